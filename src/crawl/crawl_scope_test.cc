#include "crawl/crawl_scope.h"

#include <gtest/gtest.h>

namespace govmon {
namespace {

bool In(const CrawlScope& scope, std::string_view url) { return scope.Contains(*Url::Parse(url)); }

TEST(CrawlScopeTest, SiteHostOnDefaultPortsCoversHttpAndHttps) {
  CrawlScope scope;
  scope.AddSite(*Url::Parse("http://www.xx.gov.cn/"));
  EXPECT_TRUE(In(scope, "https://www.xx.gov.cn/a.html"));
  EXPECT_TRUE(In(scope, "http://www.xx.gov.cn/b/"));
  EXPECT_FALSE(In(scope, "http://zwgk.xx.gov.cn/"));
  EXPECT_FALSE(In(scope, "http://www.xx.gov.cn:8080/"));
  EXPECT_FALSE(In(scope, "ftp://www.xx.gov.cn/"));
}

TEST(CrawlScopeTest, NonDefaultPortIsItsOwnSite) {
  CrawlScope scope;
  scope.AddSite(*Url::Parse("http://127.0.0.1:8001/"));
  EXPECT_TRUE(In(scope, "http://127.0.0.1:8001/x"));
  EXPECT_FALSE(In(scope, "http://127.0.0.1:8002/x"));
}

TEST(CrawlScopeTest, ConfiguredHostsAndPrefixes) {
  CrawlScope scope({"*.xx.gov.cn"}, {"http://www.other.gov.cn/zwgk/"});
  EXPECT_TRUE(In(scope, "https://zwgk.xx.gov.cn/"));
  EXPECT_TRUE(In(scope, "http://www.other.gov.cn/zwgk/t1.html"));
  EXPECT_FALSE(In(scope, "http://www.other.gov.cn/bsfw/"));
}

}  // namespace
}  // namespace govmon
