#include "app/config.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/proofread.h"

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

// A user's knowledge-base directory, misspelling list and ignore files, named
// in the config, change what a proofread reports.
TEST(ConfigTest, UserTypoAndKnowledgeBaseFilesReachTheChecks) {
  namespace fs = std::filesystem;
  fs::path dir =
      fs::temp_directory_path() /
      ("govmon-config-typo-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::create_directories(dir / "kb");
  auto write = [&](const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  };
  write(dir / "kb" / "wrong_forms.tsv", "青云县政务服务办\t青云县行政审批服务局\torgan_name\n");
  std::string misspellings = write(dir / "misspellings.tsv", "经验交留\t经验交流\n");
  std::string ignore = write(dir / "ignore.tsv", "*\t再接再励\n");
  std::string bad = write(dir / "bad.tsv", "*\n");
  std::string config_text = R"({"checks": {
      "typo": {"misspelling_files": [")" +
                            misspellings + R"("], "ignore_files": [")" + ignore + R"("]},
      "serious_error": {"kb_dirs": [")" +
                            (dir / "kb").string() + R"("]}}})";
  Result<AppConfig> c = ParseConfig(config_text, "govmon.json");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->checks.serious_error.extra_kb_dirs, std::vector<std::string>{(dir / "kb").string()});

  ProofreadRequest request;
  request.inputs = {"-"};
  request.as_of = Date(2024, 6, 1);
  auto proofread = [&](const CheckOptions& checks) {
    std::istringstream in("青云县政务服务办召开经验交留会。我们再接再励，布署工作。");
    std::vector<std::string> found;
    for (const Finding& f : RunProofread(checks, request, in).findings) {
      found.push_back(f.check + ":" + f.evidence);
    }
    std::sort(found.begin(), found.end());
    return found;
  };
  using ::testing::Contains;
  using ::testing::Not;
  std::vector<std::string> configured = proofread(c->checks);
  std::vector<std::string> shipped = proofread(CheckOptions());
  // The user's knowledge-base entry.
  EXPECT_THAT(configured, Contains("serious_error:青云县政务服务办"));
  EXPECT_THAT(shipped, Not(Contains("serious_error:青云县政务服务办")));
  // The user's misspelling (the statistical layer alone flags only 留).
  EXPECT_THAT(configured, Contains("typo:经验交留"));
  EXPECT_THAT(shipped, Not(Contains("typo:经验交留")));
  // The ignore rule, and the shipped lists still at work.
  EXPECT_THAT(configured, Not(Contains("typo:再接再励")));
  EXPECT_THAT(shipped, Contains("typo:再接再励"));
  EXPECT_THAT(configured, Contains("typo:布署"));

  // Bad files are refused up front, naming the config file, field and entry.
  EXPECT_EQ(ParseConfig(R"({"checks": {"typo": {"ignore_files": [")" + bad + R"("]}}})", "a.json")
                .status()
                .message(),
            "a.json: checks.typo.ignore_files[0]: " + bad +
                ":1: expected 2 or 3 tab-separated fields (site, term, context), got 1");
  EXPECT_EQ(
      ParseConfig(R"({"checks": {"serious_error": {"kb_dirs": ["/nonexistent/kb"]}}})", "a.json")
          .status()
          .message(),
      "a.json: checks.serious_error.kb_dirs[0]: /nonexistent/kb: knowledge base directory "
      "not found");
  EXPECT_EQ(
      ParseConfig(R"({"checks": {"typo": {"misspellings": []}}})", "a.json").status().message(),
      "a.json: checks.typo.misspellings: unknown option");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace govmon
