// Benchmarks of SitePageStore over a site of 10^5 page summaries: filling it,
// passes over every page in order (what the site checks do, several times a
// site) and reads in scattered order, with full 1 MB chunks written to the
// temporary file (spill:1) and kept in memory (spill:0: $TMPDIR names no
// directory, the store's fallback, which is how every chunk was kept before).
// Results: bench/RESULTS.md, section "Page summaries".
#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <optional>
#include <string>
#include <vector>

#include "base/log.h"
#include "check/site_page_store.h"

namespace govmon {
namespace {

// While it lives, stores cannot make a temporary file (when `in_memory`) and
// their one warning is not printed.
class MemoryOnly {
 public:
  explicit MemoryOnly(bool in_memory) {
    if (!in_memory) return;
    if (const char* old = getenv("TMPDIR")) old_ = old;
    setenv("TMPDIR", "/nonexistent/site-page-store-bench", 1);
    SetLogSink([](LogLevel, std::string_view) {});
    active_ = true;
  }
  ~MemoryOnly() {
    if (!active_) return;
    SetLogSink(nullptr);
    if (old_) {
      setenv("TMPDIR", old_->c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
  }

 private:
  bool active_ = false;
  std::optional<std::string> old_;
};

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
SitePageStore LargeStore(int pages, bool spill) {
  const MemoryOnly memory_only(!spill);
  SitePageStore store;
  store.resize(static_cast<size_t>(pages));
  for (int k = 0; k < pages; ++k) {
    const int i = (k ^ 7) < pages ? k ^ 7 : k;
    store.Set(static_cast<size_t>(i), PageOfLargeSite(i));
  }
  return store;
}

void Counters(benchmark::State& state, const SitePageStore& store) {
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(store.size()));
  state.counters["memory_MB"] = static_cast<double>(store.bytes()) / 1e6;
  state.counters["file_MB"] = static_cast<double>(store.spilled_bytes()) / 1e6;
}

void BM_Fill(benchmark::State& state) {
  const int pages = static_cast<int>(state.range(0));
  std::vector<SitePage> input;
  for (int i = 0; i < pages; ++i) input.push_back(PageOfLargeSite(i));
  const MemoryOnly memory_only(state.range(1) == 0);
  SitePageStore last;
  for (auto _ : state) {
    SitePageStore store;
    store.resize(input.size());
    for (size_t i = 0; i < input.size(); ++i) store.Set(i, input[i]);
    benchmark::DoNotOptimize(store);
    state.PauseTiming();
    last = std::move(store);
    state.ResumeTiming();
  }
  Counters(state, last);
}

void BM_PassInOrder(benchmark::State& state) {
  const SitePageStore store = LargeStore(static_cast<int>(state.range(0)), state.range(1) != 0);
  for (auto _ : state) {
    size_t total = 0;
    for (const SitePage& page : store) total += page.url.size() + page.items.size();
    benchmark::DoNotOptimize(total);
  }
  Counters(state, store);
}

// Pages in a scattered order (a stride prime to the size): every read
// misses the thread's recently read stretches of the file.
void BM_ScatteredReads(benchmark::State& state) {
  const SitePageStore store = LargeStore(static_cast<int>(state.range(0)), state.range(1) != 0);
  for (auto _ : state) {
    size_t total = 0;
    size_t at = 0;
    for (size_t k = 0; k < store.size(); ++k) {
      total += store[at].url.size();
      at = (at + 7919) % store.size();
    }
    benchmark::DoNotOptimize(total);
  }
  Counters(state, store);
}

void Sizes(benchmark::internal::Benchmark* b) {
  b->ArgNames({"pages", "spill"});
  b->Args({100'000, 0});
  b->Args({100'000, 1});
  b->Unit(benchmark::kMillisecond);
}
BENCHMARK(BM_Fill)->Apply(Sizes);
BENCHMARK(BM_PassInOrder)->Apply(Sizes);
BENCHMARK(BM_ScatteredReads)->Apply(Sizes);

}  // namespace
}  // namespace govmon

BENCHMARK_MAIN();
