#include "check/assessment.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check/https_check.h"
#include "check/ipv6_check.h"

namespace govmon {
namespace {

SitePage Column(const std::string& url, const std::string& name, std::optional<Date> newest,
                bool blank = false) {
  SitePage p;
  p.url = url;
  p.title = name;
  p.column_name = name;
  p.is_list = !blank;
  p.empty_notice = blank;
  if (newest) p.items.push_back({name + "的信息", url + "1.html", newest});
  return p;
}

SiteSnapshot Site() {
  SiteSnapshot site;
  site.site = site.home_url = "http://a.gov.cn/";
  site.as_of = Date(2023, 7, 20);
  SitePage home;
  home.url = site.site;
  site.site_pages.push_back(home);
  // Five overdue news columns, three blank columns.
  for (int i = 0; i < 5; ++i) {
    site.site_pages.push_back(Column("http://a.gov.cn/n" + std::to_string(i) + "/",
                                     "乡镇动态" + std::to_string(i), Date(2023, 6, 1)));
  }
  for (int i = 0; i < 3; ++i) {
    site.site_pages.push_back(Column("http://a.gov.cn/b" + std::to_string(i) + "/",
                                     "专题" + std::to_string(i), std::nullopt, true));
  }
  site.site_pages.push_back(Column("http://a.gov.cn/zcwj/", "政策文件", Date(2022, 12, 1)));
  for (const SitePage& p : site.site_pages) site.pages.push_back({p.url, 1, 200, p.title});
  return site;
}

Finding MakeFinding(std::string check, std::string kind, Severity severity,
                    std::string evidence = "") {
  Finding f;
  f.check = std::move(check);
  f.kind = std::move(kind);
  f.severity = severity;
  f.evidence = std::move(evidence);
  return f;
}

TEST(AssessmentTest, CountsColumnsAgainstThresholdsAndPreWarns) {
  const SiteSnapshot site = Site();
  SiteAssessment a = AssessSite(site, FindingStore().All(), ColumnOptions(), AssessmentOptions());
  ASSERT_EQ(a.counts.size(), 3u);
  EXPECT_EQ(a.counts[0].id, "overdue_news_policy");
  EXPECT_EQ(a.counts[0].count, 6);  // Five news columns and the first-level policy column.
  EXPECT_EQ(a.counts[1].count, 9);  // Overdue and blank.
  EXPECT_EQ(a.counts[2].count, 3);
  EXPECT_EQ(a.verdict, "fail_veto");
  const VetoItem& columns = a.vetoes[3];
  EXPECT_EQ(columns.id, "columns_not_updated");
  EXPECT_TRUE(columns.triggered);
  EXPECT_EQ(columns.detail, "动态要闻、通知公告/政策文件一级栏目未更新 6 (≥5)");
  ASSERT_EQ(a.prewarnings.size(), 2u);
  EXPECT_EQ(a.prewarnings[0], "应更新但长期未更新栏目 9 个（预警线 7，否决线 10）");
  EXPECT_EQ(a.prewarnings[1], "空白栏目 3 个（预警线 3，否决线 5）");
}

TEST(AssessmentTest, VetoesFromFindingsAndDeductionScore) {
  SiteSnapshot site = Site();
  site.site_pages.resize(1);
  site.pages.resize(1);
  std::vector<Finding> findings = {
      MakeFinding("home_not_updated", "not_updated", Severity::kVeto),
      MakeFinding("unanswered_message", "unanswered", Severity::kVeto),
      MakeFinding("unanswered_message", "replied_late", Severity::kVeto),
      MakeFinding("stale_column", "overdue", Severity::kError, "政策文件"),
      MakeFinding("missing_interpretation_link", "policy_to_interpretation", Severity::kWarning),
      MakeFinding("missing_interpretation_link", "interpretation_to_policy", Severity::kWarning),
      MakeFinding("serious_error", "leader_name", Severity::kVeto),
  };
  for (int i = 0; i < 80; ++i)
    findings.push_back(MakeFinding("broken_link", "http_404", Severity::kWarning));
  findings.push_back(MakeFinding("broken_link", "http_404", Severity::kInfo));
  const FindingStore store(findings);
  SiteAssessment a = AssessSite(site, store.All(), ColumnOptions(), AssessmentOptions());
  EXPECT_TRUE(a.vetoes[0].triggered);
  EXPECT_EQ(a.vetoes[0].detail, "veto-level findings of serious_error");
  EXPECT_FALSE(a.vetoes[1].assessed);
  EXPECT_TRUE(a.vetoes[2].triggered);
  EXPECT_FALSE(a.vetoes[3].triggered);
  EXPECT_TRUE(a.vetoes[4].triggered);
  EXPECT_FALSE(a.vetoes[5].assessed);
  // −5 policy column, −1 interpretation link, −3 replies, −5 (capped) broken links.
  EXPECT_DOUBLE_EQ(a.score, 86);
  EXPECT_TRUE(a.score_uses_unconfirmed);
  ASSERT_EQ(a.deductions.size(), 4u);
  EXPECT_EQ(a.deductions[3].indicator, "broken_links");
  EXPECT_EQ(a.deductions[3].findings, 80);
  nlohmann::json j = AssessmentToJson(a);
  EXPECT_EQ(j["verdict"], "fail_veto");
  EXPECT_EQ(j["score"], 86);
  EXPECT_EQ(j["vetoes"][2]["name"], "首页不更新");
  const std::string text = FormatAssessment(a);
  EXPECT_NE(text.find("单项否决 首页不更新: 触发"), std::string::npos) << text;
  EXPECT_NE(text.find("扣分 功能设计·可用性：链接不可用: −5（80 项，分值未经核实）"),
            std::string::npos)
      << text;
}

TEST(AssessmentTest, ShippedIndicatorTableEqualsTheBuiltInOne) {
  std::ifstream in(std::string(GOVMON_SOURCE_DIR) + "/data/indicators/national_2019.json");
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, true, /*ignore_comments=*/true);
  AssessmentOptions options;
  options.indicators.clear();
  Status status = AssessmentOptionsFromJson(j, &options);
  ASSERT_TRUE(status.ok()) << status.ToString();
  const std::vector<Indicator> defaults = DefaultIndicators();
  ASSERT_EQ(options.indicators.size(), defaults.size());
  for (size_t i = 0; i < defaults.size(); ++i) {
    const Indicator& a = options.indicators[i];
    const Indicator& b = defaults[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.check, b.check);
    EXPECT_EQ(a.kinds, b.kinds);
    EXPECT_EQ(a.evidence_contains, b.evidence_contains);
    EXPECT_EQ(a.min_severity, b.min_severity);
    EXPECT_DOUBLE_EQ(a.points, b.points);
    EXPECT_EQ(a.once, b.once);
    EXPECT_DOUBLE_EQ(a.cap, b.cap);
    EXPECT_EQ(a.confirmed, b.confirmed) << a.id;
    EXPECT_EQ(a.source, b.source);
  }
  AssessmentOptions bad;
  EXPECT_EQ(AssessmentOptionsFromJson(nlohmann::json::parse(R"({"indicators": [{"id": "x",
      "name": "n", "check": "c", "points": -1}]})"),
                                      &bad)
                .message(),
            "assessment.indicators[0].points: expected a number between 0 and 100");
  EXPECT_EQ(
      AssessmentOptionsFromJson(nlohmann::json::parse(R"({"blank_veto": "5"})"), &bad).message(),
      "assessment.blank_veto: expected a non-negative integer");
}

std::vector<Finding> Inspect(const SiteCheck& check, const SiteSnapshot& site) {
  FindingStore out;
  check.Inspect(site, &out);
  return out.ToVector();
}

TEST(Ipv6CheckTest, ReportsEachFailingMeasure) {
  SiteSnapshot site;
  site.site = site.home_url = "http://a.gov.cn/";
  EXPECT_TRUE(Inspect(Ipv6Check({}), site).empty());  // Not probed.
  site.ipv6.probed = true;
  site.ipv6.host = "a.gov.cn";
  std::vector<Finding> f = Inspect(Ipv6Check({}), site);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, "no_aaaa");
  site.ipv6.aaaa = {"2001:db8::1"};
  site.ipv6.home_error = "Connection refused";
  f = Inspect(Ipv6Check({}), site);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].detail, "the home page does not load over IPv6: Connection refused");
  site.ipv6.home_reachable = true;
  site.ipv6.content_similarity = 0.4;
  site.ipv6.links_probed = 10;
  site.ipv6.links_reachable = 6;
  site.ipv6.unreachable_samples = {"http://a.gov.cn/x/"};
  f = Inspect(Ipv6Check({}), site);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].kind, "inconsistent_content");
  EXPECT_EQ(f[1].detail,
            "6 of 10 second- and third-level links load over IPv6 (60%, at least 90% expected); "
            "e.g. http://a.gov.cn/x/");
  site.ipv6.content_similarity = 0.95;
  site.ipv6.links_reachable = 10;
  EXPECT_TRUE(Inspect(Ipv6Check({}), site).empty());
}

TEST(Ipv6CheckTest, SampleLinksSpreadOverSecondAndThirdLevels) {
  std::vector<CrawledPage> pages = {{"http://a/", 0, 200, ""}};
  for (int i = 0; i < 30; ++i) pages.push_back({"http://a/l1/" + std::to_string(i), 1, 200, ""});
  for (int i = 0; i < 30; ++i) pages.push_back({"http://a/l2/" + std::to_string(i), 2, 200, ""});
  pages.push_back({"http://a/l1/broken", 1, 404, ""});
  std::vector<std::string> links = Ipv6SampleLinks(pages, 4);
  EXPECT_EQ(links, (std::vector<std::string>{"http://a/l1/0", "http://a/l1/15", "http://a/l2/0",
                                             "http://a/l2/15"}));
  pages.resize(3);
  EXPECT_EQ(Ipv6SampleLinks(pages, 20),
            (std::vector<std::string>{"http://a/l1/0", "http://a/l1/1"}));
}

TEST(HttpsCheckTest, AdvisoryFindings) {
  SiteSnapshot site;
  site.site = site.home_url = "https://a.gov.cn/";
  site.as_of = Date(2023, 7, 20);
  site.https.probed = true;
  std::vector<Finding> f = Inspect(HttpsCheck({}), site);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, "no_https");
  EXPECT_EQ(f[0].severity, Severity::kInfo);
  site.https.https_available = true;
  site.https.certificate_valid = true;
  site.https.not_after = Date(2023, 8, 1);
  f = Inspect(HttpsCheck({}), site);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].detail, "the certificate expires on 2023-08-01, in 12 days");
  site.https.not_after = Date(2023, 7, 1);
  site.https.certificate_valid = false;
  f = Inspect(HttpsCheck({}), site);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, "certificate_expired");
  site.https.not_after = Date(2024, 7, 1);
  site.https.certificate_valid = true;
  SitePage page;
  page.url = "https://a.gov.cn/x.html";
  page.insecure_resource_count = 2;
  page.insecure_resources = {"http://cdn.a.gov.cn/a.js", "http://a.gov.cn/b.png"};
  site.site_pages.push_back(page);
  f = Inspect(HttpsCheck({}), site);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, "mixed_content");
  EXPECT_EQ(f[0].target, "http://cdn.a.gov.cn/a.js");
}

}  // namespace
}  // namespace govmon
