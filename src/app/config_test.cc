#include "app/config.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace govmon {
namespace {

TEST(ConfigTest, ReadsSitesCrawlAndFetchWithComments) {
  Result<AppConfig> c = ParseConfig(R"({
    // 本市政府网站
    "sites": [{"url": "http://www.example.gov.cn/", "name": "某市人民政府", "unit": "市政府办",
               "extra_hosts": ["zwgk.example.gov.cn"]}],
    "crawl": {"max_pages": 200, "max_depth": 3, "respect_robots": true},
    "fetch": {"timeout_seconds": 10, "delay_ms": 250, "concurrency": 8, "per_host": 2},
    "checks": {"disabled": ["typo"], "allowed_domains": ["example.com"]}
  })",
                                    "govmon.json");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_EQ(c->sites.size(), 1u);
  EXPECT_EQ(c->sites[0].name, "某市人民政府");
  EXPECT_EQ(c->sites[0].extra_hosts[0], "zwgk.example.gov.cn");
  EXPECT_EQ(c->crawl.max_pages, 200);
  EXPECT_TRUE(c->crawl.respect_robots);
  EXPECT_EQ(c->fetch.total_timeout, std::chrono::milliseconds(10000));
  EXPECT_EQ(c->fetch.per_host_delay, std::chrono::milliseconds(250));
  EXPECT_EQ(c->fetch.max_per_host, 2);
  EXPECT_EQ(c->checks.disabled, std::vector<std::string>{"typo"});
  EXPECT_EQ(c->checks.link_risk.allowed_domains, std::vector<std::string>{"example.com"});
}

TEST(ConfigTest, ErrorsNameTheFileAndField) {
  EXPECT_EQ(ParseConfig(R"({"crawl": {"max_pages": -3}})", "a.json").status().message(),
            "a.json: crawl.max_pages: expected a whole number from 1 to 10000000, got -3");
  EXPECT_EQ(ParseConfig(R"({"crawl": {"max_page": 3}})", "a.json").status().message(),
            "a.json: crawl.max_page: unknown option");
  EXPECT_EQ(ParseConfig(R"({"sites": [{"url": "www.x.gov.cn"}]})", "a.json").status().message(),
            "a.json: sites[0].url: not an absolute URL (no scheme): \"www.x.gov.cn\"");
  EXPECT_EQ(ParseConfig(R"({"fetch": {"http2": "yes"}})", "a.json").status().message(),
            "a.json: fetch.http2: expected true or false, got \"yes\"");
  EXPECT_TRUE(ParseConfig("{\"sites\": [", "a.json")
                  .status()
                  .message()
                  .starts_with("a.json: not valid JSON at byte"));
  EXPECT_EQ(LoadConfig("/nonexistent/govmon.json").status().message(),
            "/nonexistent/govmon.json: cannot read the config file: No such file or directory");
}

TEST(ConfigTest, ReadsTheColumnsDocExample) {
  std::ifstream in(std::string(GOVMON_SOURCE_DIR) + "/docs/columns.md");
  std::stringstream doc;
  doc << in.rdbuf();
  std::string text = doc.str();
  size_t start = text.find("```jsonc\n{\n  \"checks\"");
  ASSERT_NE(start, std::string::npos);
  start += 9;
  size_t end = text.find("```", start);
  std::string example = text.substr(start, end - start);
  // The example names an operator's own calendar file; use the bundled one.
  const std::string calendar = "/etc/govmon/cn_holidays.txt";
  ASSERT_NE(example.find(calendar), std::string::npos);
  example.replace(example.find(calendar), calendar.size(),
                  std::string(GOVMON_SOURCE_DIR) + "/data/calendar/cn_holidays.txt");
  Result<AppConfig> c = ParseConfig(example, "columns.md");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->checks.site.messages.deadline_working_days, 5);
  EXPECT_EQ(c->assessment.blank_warning, 3);
}

}  // namespace
}  // namespace govmon
