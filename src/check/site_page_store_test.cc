#include "check/site_page_store.h"

#include <gtest/gtest.h>

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
  const int n = 5000;  // About 3 MB encoded: several chunks.
  for (int i = 0; i < n; ++i) store.push_back(FullPage(i));
  SitePage huge;
  huge.title = std::string(3 << 20, 'x');  // Bigger than a chunk.
  store.push_back(huge);
  int i = 0;
  for (const SitePage& page : store) {
    if (i < n) {
      ASSERT_EQ(page, FullPage(i)) << i;
    } else {
      EXPECT_EQ(page.title.size(), size_t{3} << 20);
    }
    ++i;
  }
  EXPECT_EQ(i, n + 1);
  // Far smaller than the objects: FullPage is ~25 heap blocks.
  EXPECT_LT(store.bytes(), size_t{n} * 1000 + (size_t{4} << 20));
}

TEST(SitePageStoreTest, InitializerList) {
  SitePageStore store = {FullPage(1), FullPage(2)};
  EXPECT_EQ(store.size(), 2u);
  EXPECT_EQ(store[1].url, FullPage(2).url);
}

}  // namespace
}  // namespace govmon
