// The site-model checks on the demo portal (demo/site, demo/README.md),
// read from disk as the crawler would fetch it: the planted column, home
// page, interpretation and message problems must be found, and the decoys
// must stay silent. The portal was written by another engineer, so this is
// also a test on a layout the site model was not shaped on.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check/assessment.h"
#include "check/column_model.h"
#include "check/empty_column_check.h"
#include "check/home_not_updated_check.h"
#include "check/interpretation_link_check.h"
#include "check/site_snapshot.h"
#include "check/stale_column_check.h"
#include "check/unanswered_message_check.h"
#include "html/html_parser.h"
#include "net/charset.h"

namespace govmon {

void PrintTo(const Finding& finding, std::ostream* os);

namespace {

const char kOrigin[] = "http://www.qinglan.gov.cn";

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const SiteSnapshot& DemoSite() {
  static const SiteSnapshot* site = [] {
    auto* s = new SiteSnapshot();
    const std::filesystem::path root = std::filesystem::path(GOVMON_SOURCE_DIR) / "demo/site";
    s->site = s->home_url = std::string(kOrigin) + "/";
    s->as_of = Date(2023, 7, 31);
    std::vector<std::pair<std::string, std::filesystem::path>> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.path().extension() != ".html") continue;
      std::string rel = std::filesystem::relative(entry.path(), root).generic_string();
      files.emplace_back(rel, entry.path());
    }
    // The home page first, then by path, as a breadth-first crawl records them.
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
      auto depth = [](const std::string& p) {
        return p == "index.html" ? 0 : static_cast<int>(std::count(p.begin(), p.end(), '/'));
      };
      return std::make_pair(depth(a.first), a.first) < std::make_pair(depth(b.first), b.first);
    });
    for (const auto& [rel, path] : files) {
      std::string url = std::string(kOrigin) + "/" + rel;
      if (url.ends_with("/index.html")) url.resize(url.size() - 10);
      DecodedText text = DecodeToUtf8(ReadFile(path), "text/html", /*is_html=*/true);
      Document doc = ParseHtml(text.utf8, url);
      const int depth = rel == "index.html" ? 0 : rel.ends_with("/index.html") ? 1 : 2;
      s->pages.push_back({url, depth, 200, doc.title});
      SummarizeOptions options;
      options.keep_navigation = depth == 0;
      s->site_pages.push_back(SummarizePage(doc, options));
    }
    return s;
  }();
  return *site;
}

FindingStore RunSiteModelChecks() {
  FindingStore out;
  const SiteOptions options;
  StaleColumnCheck(options.columns).Inspect(DemoSite(), &out);
  EmptyColumnCheck(options.columns).Inspect(DemoSite(), &out);
  HomeNotUpdatedCheck(options.home).Inspect(DemoSite(), &out);
  InterpretationLinkCheck(options.interpretation).Inspect(DemoSite(), &out);
  UnansweredMessageCheck(options.messages).Inspect(DemoSite(), &out);
  return out;
}

nlohmann::json ReadJson(const char* name) {
  return nlohmann::json::parse(ReadFile(std::filesystem::path(GOVMON_SOURCE_DIR) / "demo" / name));
}

// A column is given as its folder ("/xwzx/gzdt/"), equal to its index.html.
bool UrlEndsWith(const std::string& url, const std::string& suffix) {
  if (url.ends_with(suffix)) return true;
  return suffix.ends_with("/") && url.ends_with(suffix + "index.html");
}

bool Matches(const Finding& f, const nlohmann::json& e) {
  if (f.check != e["check"].get<std::string>()) return false;
  if (e.contains("url_suffix")) {
    const std::string suffix = e["url_suffix"].get<std::string>();
    if (suffix == "/" ? f.url != std::string(kOrigin) + "/" : !UrlEndsWith(f.url, suffix)) {
      return false;
    }
  }
  if (e.contains("target_suffix") && !f.target.ends_with(e["target_suffix"].get<std::string>())) {
    return false;
  }
  if (e.contains("kind") && f.kind != e["kind"].get<std::string>()) return false;
  if (e.contains("evidence") && f.evidence != e["evidence"].get<std::string>()) return false;
  return true;
}

const std::set<std::string> kMyChecks = {"stale_column", "empty_column", "home_not_updated",
                                         "missing_interpretation_link", "unanswered_message"};

TEST(DemoSiteTest, FindsThePlantedSiteModelProblems) {
  const std::vector<Finding> findings = RunSiteModelChecks().ToVector();
  for (const nlohmann::json& e : ReadJson("expected.json")) {
    if (!kMyChecks.count(e["check"].get<std::string>())) continue;
    bool found = false;
    for (const Finding& f : findings) found |= Matches(f, e);
    EXPECT_TRUE(found) << "missing " << e.dump();
  }
}

TEST(DemoSiteTest, DecoysStaySilent) {
  const std::vector<Finding> findings = RunSiteModelChecks().ToVector();
  for (const nlohmann::json& d : ReadJson("decoys.json")) {
    if (!kMyChecks.count(d["check"].get<std::string>())) continue;
    for (const Finding& f : findings) {
      EXPECT_FALSE(Matches(f, d)) << "decoy " << d["why"] << " fired: " << FindingToJson(f).dump();
    }
  }
}

TEST(DemoSiteTest, NoFindingsBeyondThePlantedOnes) {
  const std::vector<Finding> findings = RunSiteModelChecks().ToVector();
  const nlohmann::json expected = ReadJson("expected.json");
  for (const Finding& f : findings) {
    bool planted = false;
    for (const nlohmann::json& e : expected) planted |= Matches(f, e);
    // Early warnings are not planted problems but are not false either.
    if (f.kind == "warning") continue;
    EXPECT_TRUE(planted) << "unplanted: " << FindingToJson(f).dump();
  }
}

TEST(DemoSiteTest, ColumnsOfTheDemoPortal) {
  ColumnModel model = ColumnModel::Build(DemoSite(), ColumnOptions());
  std::vector<std::string> got;
  for (const Column& c : model.columns()) {
    got.push_back(c.url.substr(sizeof(kOrigin) - 1) + " " + c.name + " " +
                  std::string(ColumnTypeName(c.type)) + " " + std::to_string(c.pages.size()));
  }
  // The overview page 政务公开 (boxes with 更多 links) and the site map are
  // not columns; 通知公告 has two pages.
  EXPECT_THAT(got, ::testing::ElementsAre(
                       "/hdjl/ldxx/ 领导信箱 interaction 1", "/xwzx/gzdt/ 工作动态 news 1",
                       "/xwzx/xzdt/ 乡镇动态 news 1", "/zwgk/ghjh/ 规划计划 personnel 1",
                       "/zwgk/jyta/ 建议提案办理 other 1", "/zwgk/tzgg/ 通知公告 notice 2",
                       "/zwgk/zcjd/ 政策解读 other 1", "/zwgk/zcwj/ 政策文件 notice 1"));
}

TEST(DemoSiteTest, AssessmentSeesTheHomePageVeto) {
  const FindingStore findings = RunSiteModelChecks();
  SiteAssessment a = AssessSite(DemoSite(), findings.All(), ColumnOptions(), AssessmentOptions());
  EXPECT_EQ(a.verdict, "fail_veto");
  EXPECT_TRUE(a.vetoes[2].triggered);  // 首页不更新.
  EXPECT_TRUE(a.vetoes[4].triggered);  // 互动回应差: a message of April still unanswered.
  EXPECT_EQ(a.counts[2].count, 1);     // One blank column.
}

}  // namespace
}  // namespace govmon
