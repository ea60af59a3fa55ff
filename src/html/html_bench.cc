// Document analysis throughput (parse + cascade + visibility + links + text +
// tables + dates) on realistic government pages in testdata/html/, one
// thread, so bytes/s is MB/s per core. The linked sheet portal.css is
// supplied through a StyleSheetCache, as the crawler does.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "html/html_parser.h"

namespace govmon {
namespace {

std::string ReadTestdata(const std::string& name) {
  std::ifstream in(std::string(GOVMON_SOURCE_DIR) + "/testdata/html/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* const kPages[] = {"portal_home.html", "list_page.html", "article_table.html",
                              "article_short.html"};

void RunParse(benchmark::State& state, const std::vector<std::string>& pages, bool visibility) {
  const ResourceMap sheets = {{"http://www.mmx.gov.cn/css/portal.css", ReadTestdata("portal.css")}};
  StyleSheetCache cache;
  HtmlOptions options;
  options.stylesheets = &sheets;
  options.stylesheet_cache = &cache;
  options.compute_visibility = visibility;
  size_t bytes = 0;
  size_t links = 0;
  for (auto _ : state) {
    for (const std::string& page : pages) {
      Document doc = ParseHtml(page, "http://www.mmx.gov.cn/col/col1/index.html", options);
      links += doc.links.size();
      benchmark::DoNotOptimize(doc);
      bytes += page.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["links/page"] =
      static_cast<double>(links) / static_cast<double>(state.iterations() * pages.size());
}

void BM_ParsePage(benchmark::State& state) {
  const std::vector<std::string> pages = {ReadTestdata(kPages[state.range(0)])};
  state.SetLabel(kPages[state.range(0)]);
  RunParse(state, pages, true);
}
BENCHMARK(BM_ParsePage)->DenseRange(0, 3);

void BM_ParseAllPages(benchmark::State& state) {
  std::vector<std::string> pages;
  for (const char* name : kPages) pages.push_back(ReadTestdata(name));
  RunParse(state, pages, state.range(0) != 0);
  state.SetLabel(state.range(0) != 0 ? "with visibility" : "without visibility");
}
BENCHMARK(BM_ParseAllPages)->Arg(1)->Arg(0);

}  // namespace
}  // namespace govmon

BENCHMARK_MAIN();
