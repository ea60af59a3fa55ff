#include "check/site_page_store.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/log.h"

namespace govmon {
namespace {

SitePage FullPage(int n) {
  SitePage p;
  p.url = "http://www.a.gov.cn/zwgk/t2023_" + std::to_string(n) + ".html";
  p.title = "关于印发《某某办法》的通知" + std::to_string(n);
  p.column_name = "政策文件";
  p.breadcrumb = {"政务公开", "政策文件"};
  p.pub_date = Date(2023, 7, 1 + n % 28);
  p.is_article = n % 2 == 0;
  p.is_list = n % 2 == 1;
  p.items = {{"通知一", "http://www.a.gov.cn/1.html", Date(1965, 3, 2)},
             {"通知二", "http://www.a.gov.cn/2.html", std::nullopt}};
  p.newest_item_date = Date(2023, 6, 30);
  p.dated_list_items = 17 + n;
  p.pagination = {"http://www.a.gov.cn/zwgk/index_1.html"};
  p.empty_notice = n % 3 == 0;
  p.message_board = n % 5 == 0;
  MessageEntry m;
  m.title = "咨询";
  m.url = "http://www.a.gov.cn/hd/1.html";
  m.submitted = Date(2023, 1, 2);
  m.replied = std::nullopt;
  m.status = MessageEntry::Status::kPending;
  p.messages = {m};
  p.related_urls = {"http://www.a.gov.cn/jd/1.html", "http://www.a.gov.cn.example.com/x",
                    "https://www.b.gov.cn/", "http://www.a.gov.cn"};
  p.navigation = {{"首页", "http://www.a.gov.cn/"}, {"政务公开", "http://www.a.gov.cn/zwgk/"}};
  p.insecure_resources = {"http://cdn.example.com/a.js"};
  p.insecure_resource_count = 4;
  return p;
}

TEST(SitePageStoreTest, RoundTripsEveryField) {
  SitePageStore store;
  store.push_back(FullPage(1));
  store.push_back(SitePage());
  store.push_back(FullPage(2));
  ASSERT_EQ(store.size(), 3u);
  EXPECT_EQ(store[0], FullPage(1));
  EXPECT_EQ(store[1], SitePage());
  EXPECT_EQ(store[2], FullPage(2));
  SitePage before_epoch;
  before_epoch.pub_date = Date(1954, 9, 15);
  store.push_back(before_epoch);
  EXPECT_EQ(store[3].pub_date, Date(1954, 9, 15));
}

TEST(SitePageStoreTest, ResizeAddsEmptyPagesAndSetReplacesOne) {
  SitePageStore store;
  store.resize(3);
  EXPECT_EQ(store[1], SitePage());
  store.Set(1, FullPage(7));
  store.Set(1, FullPage(8));
  EXPECT_EQ(store[1], FullPage(8));
  EXPECT_EQ(store[0], SitePage());
  store.resize(1);
  EXPECT_EQ(store.size(), 1u);
}

TEST(SitePageStoreTest, ManyPagesSpanChunksAndIterateInOrder) {
  SitePageStore store;
  const int n = 5000;  // About 3 MB encoded: several chunks, all but one on disk.
  for (int i = 0; i < n; ++i) store.push_back(FullPage(i));
  SitePage huge;
  huge.title = std::string(3 << 20, 'x');  // Bigger than a chunk.
  store.push_back(huge);
  store.push_back(FullPage(n));  // Spills the huge page's chunk.
  int i = 0;
  for (const SitePage& page : store) {
    if (i == n) {
      EXPECT_EQ(page.title.size(), size_t{3} << 20);
    } else {
      ASSERT_EQ(page, FullPage(i > n ? i - 1 : i)) << i;
    }
    ++i;
  }
  EXPECT_EQ(i, n + 2);
  EXPECT_EQ(store[n].title, huge.title);
  // Scattered lookups read small stretches of the file, then a pass in order
  // again.
  for (int k = 0; k < n; ++k) {
    const int at = static_cast<int>((int64_t{k} * 7919) % n);
    ASSERT_EQ(store[static_cast<size_t>(at)], FullPage(at)) << at;
  }
  for (int k = 0; k < n; ++k) ASSERT_EQ(store[static_cast<size_t>(k)], FullPage(k)) << k;
  EXPECT_GT(store.spilled_bytes(), (size_t{3} << 20) + size_t{n} * 200);
  // In memory: one open chunk and 12 bytes a page (twice that with the
  // vector's growth).
  EXPECT_LT(store.bytes(), SitePageStore::kDefaultChunkBytes + size_t{n} * 24 + 4096);
}

TEST(SitePageStoreTest, SmallStoresStayInMemory) {
  SitePageStore store;
  for (int i = 0; i < 100; ++i) store.push_back(FullPage(i));
  EXPECT_EQ(store.spilled_bytes(), 0u);
  for (int i = 0; i < 100; ++i) ASSERT_EQ(store[static_cast<size_t>(i)], FullPage(i));
}

// Chunks of 700 bytes hold one or two pages (FullPage is about 330 bytes
// encoded): every page but the last few is read back from the file.
constexpr size_t kTinyChunk = 700;

TEST(SitePageStoreTest, SpilledPagesRoundTripInAnyOrder) {
  SitePageStore store(kTinyChunk);
  const int n = 300;
  for (int i = 0; i < n; ++i) {
    store.push_back(i % 7 == 3 ? SitePage() : FullPage(i));
  }
  EXPECT_GT(store.spilled_bytes(), size_t{n} * 200);
  EXPECT_LT(store.bytes(), size_t{n} * 12 + kTinyChunk * 64);
  auto expected = [](int i) { return i % 7 == 3 ? SitePage() : FullPage(i); };
  int i = 0;
  for (const SitePage& page : store) {
    ASSERT_EQ(page, expected(i)) << i;
    ++i;
  }
  // Backwards and strided: each read misses the windows read before.
  for (int k = n - 1; k >= 0; --k) ASSERT_EQ(store[static_cast<size_t>(k)], expected(k)) << k;
  for (int k = 0; k < n; k += 37) ASSERT_EQ(store[static_cast<size_t>(k)], expected(k)) << k;
}

TEST(SitePageStoreTest, SetAfterSpillReplacesThePage) {
  SitePageStore store(kTinyChunk);
  store.resize(40);
  for (size_t i = 0; i < 40; ++i) store.Set(i, FullPage(static_cast<int>(i)));
  ASSERT_GT(store.spilled_bytes(), 0u);
  store.Set(2, FullPage(1002));  // Its old bytes are on disk.
  store.Set(39, SitePage());
  for (int i = 0; i < 30; ++i) store.push_back(FullPage(100 + i));
  EXPECT_EQ(store[2], FullPage(1002));
  EXPECT_EQ(store[39], SitePage());
  EXPECT_EQ(store[3], FullPage(3));
  EXPECT_EQ(store[69], FullPage(129));
  store.resize(10);
  ASSERT_EQ(store.size(), 10u);
  EXPECT_EQ(store[9], FullPage(9));
  store.resize(12);
  EXPECT_EQ(store[11], SitePage());
}

TEST(SitePageStoreTest, CopiesAndMovesKeepTheirPages) {
  SitePageStore store(kTinyChunk);
  for (int i = 0; i < 50; ++i) store.push_back(FullPage(i));
  SitePageStore copy = store;
  // Both append to the file they share; neither sees the other's pages.
  for (int i = 0; i < 50; ++i) {
    store.push_back(FullPage(1000 + i));
    copy.push_back(FullPage(2000 + i));
  }
  copy.Set(0, FullPage(3000));
  for (size_t i = 0; i < 100; ++i) {
    const int base = i < 50 ? 0 : 950;
    ASSERT_EQ(store[i], FullPage(base + static_cast<int>(i))) << i;
    if (i > 0) {
      ASSERT_EQ(copy[i], FullPage((i < 50 ? 0 : 1950) + static_cast<int>(i))) << i;
    }
  }
  EXPECT_EQ(copy[0], FullPage(3000));
  EXPECT_EQ(store[0], FullPage(0));

  SitePageStore moved = std::move(store);
  EXPECT_EQ(moved.size(), 100u);
  EXPECT_EQ(moved[70], FullPage(1020));
  copy = moved;  // The copy's own pages go; the file stays while either needs it.
  moved = SitePageStore();
  EXPECT_EQ(copy.size(), 100u);
  EXPECT_EQ(copy[70], FullPage(1020));
  EXPECT_EQ(copy[0], FullPage(0));
}

TEST(SitePageStoreTest, ConcurrentReadsSeeEveryPage) {
  SitePageStore store(4096);
  const int n = 400;
  for (int i = 0; i < n; ++i) store.push_back(FullPage(i));
  ASSERT_GT(store.spilled_bytes(), 0u);
  std::vector<SitePage> expected;
  for (int i = 0; i < n; ++i) expected.push_back(FullPage(i));
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      int i = 0;
      for (const SitePage& page : store) {
        if (!(page == expected[static_cast<size_t>(i++)])) ++mismatches;
      }
      // Each thread its own stride through the pages.
      for (int k = 0; k < n; ++k) {
        const size_t at = static_cast<size_t>((k * (7 + 2 * t)) % n);
        if (!(store[at] == expected[at])) ++mismatches;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

// Sets an environment variable for the life of the object.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// Collects warnings for the life of the object.
class ScopedLogCapture {
 public:
  ScopedLogCapture() {
    SetLogSink([this](LogLevel level, std::string_view message) {
      if (level >= LogLevel::kWarning) messages.emplace_back(message);
    });
  }
  ~ScopedLogCapture() { SetLogSink(nullptr); }
  std::vector<std::string> messages;
};

TEST(SitePageStoreTest, UnusableTmpdirKeepsPagesInMemoryWithOneWarning) {
  ScopedEnv tmpdir("TMPDIR", "/nonexistent/govmon-site-page-store-test");
  ScopedLogCapture log;
  SitePageStore store(kTinyChunk);
  for (int i = 0; i < 60; ++i) store.push_back(FullPage(i));
  EXPECT_EQ(store.spilled_bytes(), 0u);
  for (int i = 0; i < 60; ++i) ASSERT_EQ(store[static_cast<size_t>(i)], FullPage(i));
  ASSERT_EQ(log.messages.size(), 1u);
  EXPECT_EQ(log.messages[0].rfind("page summaries stay in memory: cannot make a temporary file", 0),
            0u)
      << log.messages[0];
}

TEST(SitePageStoreTest, FullDiskKeepsTheRestInMemoryWithOneWarning) {
  // A file-size limit makes writes past 8 KB fail as a full disk would.
  rlimit old_limit;
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old_limit), 0);
  rlimit limit = old_limit;
  limit.rlim_cur = 8192;
  void (*old_handler)(int) = std::signal(SIGXFSZ, SIG_IGN);
  ScopedLogCapture log;
  SitePageStore store(kTinyChunk);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limit), 0);
  for (int i = 0; i < 60; ++i) store.push_back(FullPage(i));
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_GT(store.spilled_bytes(), 0u);
  EXPECT_LE(store.spilled_bytes(), 8192u);
  for (int i = 0; i < 60; ++i) ASSERT_EQ(store[static_cast<size_t>(i)], FullPage(i));
  ASSERT_EQ(log.messages.size(), 1u);
  EXPECT_EQ(
      log.messages[0].rfind("page summaries stay in memory: cannot write the temporary file", 0),
      0u)
      << log.messages[0];
}

TEST(SitePageStoreTest, InitializerList) {
  SitePageStore store = {FullPage(1), FullPage(2)};
  EXPECT_EQ(store.size(), 2u);
  EXPECT_EQ(store[1].url, FullPage(2).url);
}

}  // namespace
}  // namespace govmon
