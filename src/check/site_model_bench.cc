// Benchmarks of the site model: SummarizePage() on realistic pages (the
// crawler calls it once per HTML page, after ParseHtml), and
// ColumnModel::Build() plus the column checks over a site of 10^5 pages.
// With GOVMON_BENCH_SITE_DIR set to a generated site's root (bench/crawl,
// e.g. /tmp/cb/sites/p20000-l60-s1-port28180/site), the site checks that
// run after a crawl are also timed over that site's pages, summarised as
// the crawler would (home page first, with its navigation).
// Results: bench/RESULTS.md, sections "check: site model" and "Site checks
// after the crawl".
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "check/column_model.h"
#include "check/empty_column_check.h"
#include "check/interpretation_link_check.h"
#include "check/stale_column_check.h"
#include "html/html_parser.h"
#include "net/charset.h"

namespace govmon {
namespace {

std::string Read(const std::string& rel) {
  std::ifstream in(std::string(GOVMON_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Document Parse(const std::string& rel, const std::string& url) {
  DecodedText text = DecodeToUtf8(Read(rel), "text/html", true);
  return ParseHtml(text.utf8, url);
}

void BM_SummarizePage(benchmark::State& state, const char* rel) {
  const std::string html = Read(rel);
  const Document doc = Parse(rel, "http://www.example.gov.cn/gzdt/index.html");
  for (auto _ : state) {
    SitePage page = SummarizePage(doc);
    benchmark::DoNotOptimize(page);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html.size()));
}
BENCHMARK_CAPTURE(BM_SummarizePage, portal_home, "testdata/html/portal_home.html");
BENCHMARK_CAPTURE(BM_SummarizePage, list_page, "testdata/html/list_page.html");
BENCHMARK_CAPTURE(BM_SummarizePage, article_table, "testdata/html/article_table.html");
BENCHMARK_CAPTURE(BM_SummarizePage, table_layout_list, "testdata/site/table/list_11_1.html");

// A site of `pages` pages: one list page per 50 (with 20 items, two pages of
// pagination) and articles for the rest, as a crawl of a large portal gives.
SiteSnapshot LargeSite(int pages) {
  SiteSnapshot site;
  site.site = site.home_url = "http://www.example.gov.cn/";
  site.as_of = Date(2023, 7, 20);
  for (int i = 0; i < pages; ++i) {
    SitePage p;
    const int column = i / 50;
    const std::string base = "http://www.example.gov.cn/col" + std::to_string(column) + "/";
    if (i % 50 < 2) {
      p.url = base + (i % 50 == 0 ? "" : "index_1.html");
      p.is_list = true;
      p.column_name = column % 3 == 0 ? "工作动态" : column % 3 == 1 ? "通知公告" : "人事信息";
      p.breadcrumb = {"政务公开", p.column_name};
      p.pagination = {base + (i % 50 == 0 ? "index_1.html" : "index.html")};
      for (int k = 0; k < 20; ++k) {
        p.items.push_back({"关于做好2023年防汛抗旱工作的通知" + std::to_string(k),
                           base + "202307/t20230705_" + std::to_string(i * 100 + k) + ".html",
                           Date(2023, 7, 5).AddDays(-(column % 400) - k)});
      }
    } else {
      p.url = base + "202307/t20230705_" + std::to_string(i) + ".html";
      p.is_article = true;
      p.title = "某市人民政府关于印发《某市优化营商环境若干措施》的通知";
      p.pub_date = Date(2023, 7, 5);
    }
    site.pages.push_back({p.url, i == 0 ? 0 : 2, 200, p.title});
    site.site_pages.push_back(std::move(p));
  }
  return site;
}

void BM_ColumnChecksOnLargeSite(benchmark::State& state) {
  const SiteSnapshot site = LargeSite(static_cast<int>(state.range(0)));
  const StaleColumnCheck check{ColumnOptions()};
  for (auto _ : state) {
    FindingStore out;
    check.Inspect(site, &out);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ColumnChecksOnLargeSite)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The pages of the generated site under `root`, as a crawl of
// http://127.0.0.1:28180/ records them: the home page first, then by path.
SiteSnapshot GeneratedSite(const std::filesystem::path& root) {
  SiteSnapshot site;
  site.site = site.home_url = "http://127.0.0.1:28180/";
  site.as_of = Date(2026, 11, 28);
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() == ".html") {
      files.push_back(std::filesystem::relative(entry.path(), root).generic_string());
    }
  }
  std::sort(files.begin(), files.end(), [](const std::string& a, const std::string& b) {
    return std::make_pair(a != "index.html", a) < std::make_pair(b != "index.html", b);
  });
  for (const std::string& rel : files) {
    std::ifstream in(root / rel, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string url = site.home_url + (rel == "index.html" ? "" : rel);
    const Document doc = ParseHtml(DecodeToUtf8(bytes.str(), "text/html", true).utf8, url);
    SummarizeOptions options;
    options.keep_navigation = site.site_pages.empty();
    site.site_pages.push_back(SummarizePage(doc, options));
    site.pages.push_back({url, 1, 200, doc.title});
  }
  return site;
}

void BM_GeneratedSite(benchmark::State& state, const SiteSnapshot* site, const SiteCheck* check) {
  for (auto _ : state) {
    FindingStore out;
    check->Inspect(*site, &out);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(site->site_pages.size()));
}

void BM_GeneratedSiteColumnModel(benchmark::State& state, const SiteSnapshot* site) {
  for (auto _ : state) {
    ColumnModel model = ColumnModel::Build(*site, ColumnOptions());
    benchmark::DoNotOptimize(model);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(site->site_pages.size()));
}

}  // namespace
}  // namespace govmon

int main(int argc, char** argv) {
  using namespace govmon;
  benchmark::Initialize(&argc, argv);
  if (const char* dir = std::getenv("GOVMON_BENCH_SITE_DIR")) {
    static const SiteSnapshot* site = new SiteSnapshot(GeneratedSite(dir));
    static const StaleColumnCheck* stale = new StaleColumnCheck(ColumnOptions());
    static const EmptyColumnCheck* empty = new EmptyColumnCheck(ColumnOptions());
    static const InterpretationLinkCheck* interpretation =
        new InterpretationLinkCheck(InterpretationOptions());
    benchmark::RegisterBenchmark("BM_GeneratedSite/column_model", BM_GeneratedSiteColumnModel, site)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_GeneratedSite/stale_column", BM_GeneratedSite, site, stale)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_GeneratedSite/empty_column", BM_GeneratedSite, site, empty)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_GeneratedSite/missing_interpretation_link", BM_GeneratedSite,
                                 site, interpretation)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
