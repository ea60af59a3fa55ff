// Benchmarks of SitePageStore over a site of 10^5 page summaries: filling it,
// passes over every page in order (what the site checks do, several times a
// site) and reads in scattered order, with chunks kept in memory (chunks of
// 1 GB never fill) and with full chunks written to the temporary file.
// Results: bench/RESULTS.md, section "Page summaries".
#include <benchmark/benchmark.h>

#include <string>

#include "check/site_page_store.h"

namespace govmon {
namespace {

constexpr size_t kInMemory = size_t{1} << 30;

// One list page per 50 (20 items, pagination) and articles for the rest, as
// a crawl of a large portal gives.
SitePage PageOfLargeSite(int i) {
  SitePage p;
  const int column = i / 50;
  const std::string base = "http://www.example.gov.cn/col" + std::to_string(column) + "/";
  p.breadcrumb = {"政务公开", column % 2 == 0 ? "工作动态" : "通知公告"};
  p.column_name = p.breadcrumb.back();
  if (i % 50 < 2) {
    p.url = base + (i % 50 == 0 ? "" : "index_1.html");
    p.title = p.column_name;
    p.is_list = true;
    p.pagination = {base + (i % 50 == 0 ? "index_1.html" : "index.html")};
    for (int k = 0; k < 20; ++k) {
      p.items.push_back({"关于做好2023年防汛抗旱工作的通知" + std::to_string(k),
                         base + "202307/t20230705_" + std::to_string(i * 100 + k) + ".html",
                         Date(2023, 7, 5).AddDays(-(column % 400) - k)});
    }
    p.newest_item_date = p.items.front().date;
    p.dated_list_items = 20;
  } else {
    p.url = base + "202307/t20230705_" + std::to_string(i) + ".html";
    p.is_article = true;
    p.title = "某市人民政府关于印发《某市优化营商环境若干措施》的通知" + std::to_string(i);
    p.pub_date = Date(2023, 7, 5);
    if (i % 10 == 0) p.related_urls = {base + "202307/t20230706_" + std::to_string(i) + ".html"};
  }
  return p;
}

// Written as the crawler writes: resized as pages are fetched, each page set
// when its parsing ends, a few places out of order (here: within groups of 8).
SitePageStore LargeStore(int pages, size_t chunk_bytes) {
  SitePageStore store(chunk_bytes);
  store.resize(static_cast<size_t>(pages));
  for (int k = 0; k < pages; ++k) {
    const int i = (k ^ 7) < pages ? k ^ 7 : k;
    store.Set(static_cast<size_t>(i), PageOfLargeSite(i));
  }
  return store;
}

void BM_Fill(benchmark::State& state) {
  const int pages = static_cast<int>(state.range(0));
  std::vector<SitePage> input;
  for (int i = 0; i < pages; ++i) input.push_back(PageOfLargeSite(i));
  for (auto _ : state) {
    SitePageStore store(static_cast<size_t>(state.range(1)));
    store.resize(input.size());
    for (size_t i = 0; i < input.size(); ++i) store.Set(i, input[i]);
    benchmark::DoNotOptimize(store);
  }
  state.SetItemsProcessed(state.iterations() * pages);
}

void BM_PassInOrder(benchmark::State& state) {
  const int pages = static_cast<int>(state.range(0));
  const SitePageStore store = LargeStore(pages, static_cast<size_t>(state.range(1)));
  for (auto _ : state) {
    size_t total = 0;
    for (const SitePage& page : store) total += page.url.size() + page.items.size();
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * pages);
  state.counters["memory_MB"] = static_cast<double>(store.bytes()) / 1e6;
  state.counters["file_MB"] = static_cast<double>(store.spilled_bytes()) / 1e6;
}

// Pages in a scattered order (a stride prime to the size): every read
// misses the thread's recently read stretches of the file.
void BM_ScatteredReads(benchmark::State& state) {
  const int pages = static_cast<int>(state.range(0));
  const SitePageStore store = LargeStore(pages, static_cast<size_t>(state.range(1)));
  for (auto _ : state) {
    size_t total = 0;
    size_t at = 0;
    for (int k = 0; k < pages; ++k) {
      total += store[at].url.size();
      at = (at + 7919) % store.size();
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * pages);
}

void Sizes(benchmark::internal::Benchmark* b) {
  b->ArgNames({"pages", "chunk"});
  for (int64_t chunk :
       {static_cast<int64_t>(kInMemory), static_cast<int64_t>(SitePageStore::kDefaultChunkBytes)}) {
    b->Args({100'000, chunk});
  }
  b->Unit(benchmark::kMillisecond);
}
BENCHMARK(BM_Fill)->Apply(Sizes);
BENCHMARK(BM_PassInOrder)->Apply(Sizes);
BENCHMARK(BM_ScatteredReads)->Apply(Sizes);

}  // namespace
}  // namespace govmon

BENCHMARK_MAIN();
