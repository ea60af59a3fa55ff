// End-to-end tests of the site model on five portal layouts rendered the way
// real CMSs render them (testdata/site/, see generate.py there): each page is
// decoded as the crawler decodes it, parsed with ParseHtml, summarised, and
// the columns and site checks are compared with the layouts' ground truth.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/url.h"
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

void PrintTo(const Finding& finding, std::ostream* os) { *os << FindingToJson(finding).dump(); }

namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Field;

const char* const kLayouts[] = {"trs", "table", "cards", "hanweb", "gbk"};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string LayoutDir(const std::string& layout) {
  return std::string(GOVMON_SOURCE_DIR) + "/testdata/site/" + layout + "/";
}

struct Layout {
  SiteSnapshot site;
  nlohmann::json expected;
};

// Loads a layout as the crawler would hand it to the site checks.
Layout LoadLayout(const std::string& name) {
  Layout layout;
  const std::string dir = LayoutDir(name);
  layout.expected = nlohmann::json::parse(ReadFile(dir + "expected.json"));
  SiteSnapshot& site = layout.site;
  site.site = layout.expected["home"].get<std::string>();
  site.home_url = site.site;
  site.as_of = *Date::ParseIso(layout.expected["as_of"].get<std::string>());
  std::istringstream pages(ReadFile(dir + "pages.txt"));
  std::string line;
  std::vector<std::tuple<int, std::string, std::string>> entries;
  while (std::getline(pages, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    int depth = 0;
    std::string url, file;
    fields >> depth >> url >> file;
    entries.emplace_back(depth, url, file);
  }
  // The home page first, as the crawler records it.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); });
  for (const auto& [depth, url, file] : entries) {
    DecodedText text = DecodeToUtf8(ReadFile(dir + file), "text/html", /*is_html=*/true);
    Document doc = ParseHtml(text.utf8, url);
    CrawledPage page;
    page.url = url;
    page.depth = depth;
    page.http_status = 200;
    page.title = doc.title;
    site.pages.push_back(page);
    SummarizeOptions options;
    options.keep_navigation = depth == 0;
    site.site_pages.push_back(SummarizePage(doc, options));
  }
  return layout;
}

// Each layout is parsed once per test binary run.
const Layout& CachedLayout(const std::string& name) {
  static auto* cache = new std::map<std::string, Layout>();
  auto it = cache->find(name);
  if (it == cache->end()) it = cache->emplace(name, LoadLayout(name)).first;
  return it->second;
}

TEST(SiteLayoutTest, GbkLayoutIsReallyGbk) {
  const std::string raw = ReadFile(LayoutDir("gbk") + "gzdt/index.htm");
  DecodedText text = DecodeToUtf8(raw, "text/html", true);
  EXPECT_EQ(text.charset, Charset::kGb18030);
  EXPECT_NE(raw.find("\xb9\xa4\xd7\xf7\xb6\xaf\xcc\xac"), std::string::npos);  // 工作动态 in GBK.
}

// Column discovery and classification across all layouts: a discovered
// column counts as correct when its URL and type match the truth.
TEST(SiteLayoutTest, ColumnDiscoveryAndClassificationPrecisionAndRecall) {
  int found = 0, expected = 0, correct = 0;
  for (const char* name : kLayouts) {
    SCOPED_TRACE(name);
    Layout layout = CachedLayout(name);
    ColumnModel model = ColumnModel::Build(layout.site, ColumnOptions());
    std::map<std::string, const Column*> by_url;
    for (const Column& column : model.columns()) by_url[NormalizeUrlString(column.url)] = &column;
    found += static_cast<int>(model.columns().size());
    for (const nlohmann::json& truth : layout.expected["columns"]) {
      ++expected;
      const std::string url = truth["url"].get<std::string>();
      auto it = by_url.find(NormalizeUrlString(url));
      if (it == by_url.end()) {
        ADD_FAILURE() << "column not found: " << url;
        continue;
      }
      const Column& column = *it->second;
      EXPECT_EQ(column.name, truth["name"].get<std::string>()) << url;
      const std::string type(ColumnTypeName(column.type));
      EXPECT_EQ(type, truth["type"].get<std::string>()) << url;
      if (type == truth["type"].get<std::string>()) ++correct;
      EXPECT_EQ(column.blank, truth["blank"].get<bool>()) << url;
      // The newest item date: never a sidebar or footer date (every layout
      // has newer dates there than in most columns).
      const std::string newest = column.newest ? column.newest->ToIso() : "";
      const std::string want = truth["newest"].is_null() ? "" : truth["newest"].get<std::string>();
      EXPECT_EQ(newest, want) << url;
    }
    for (const Column& column : model.columns()) {
      bool known = false;
      for (const nlohmann::json& truth : layout.expected["columns"]) {
        known |=
            NormalizeUrlString(truth["url"].get<std::string>()) == NormalizeUrlString(column.url);
      }
      EXPECT_TRUE(known) << "spurious column " << column.url << " " << column.name;
    }
  }
  ASSERT_GT(found, 0);
  const double precision = static_cast<double>(correct) / found;
  const double recall = static_cast<double>(correct) / expected;
  EXPECT_GE(precision, 0.95) << correct << "/" << found;
  EXPECT_GE(recall, 0.95) << correct << "/" << expected;
}

TEST(SiteLayoutTest, PaginationIsMergedIntoOneColumn) {
  for (const char* name : kLayouts) {
    SCOPED_TRACE(name);
    Layout layout = CachedLayout(name);
    ColumnModel model = ColumnModel::Build(layout.site, ColumnOptions());
    for (const nlohmann::json& truth : layout.expected["columns"]) {
      for (const Column& column : model.columns()) {
        if (NormalizeUrlString(column.url) != NormalizeUrlString(truth["url"].get<std::string>()))
          continue;
        EXPECT_EQ(static_cast<int>(column.pages.size()), truth["pages"].get<int>()) << column.url;
        EXPECT_EQ(column.pages.empty() ? "" : layout.site.site_pages[column.pages[0]].url,
                  column.url);
      }
    }
  }
}

std::vector<Finding> RunCheck(const SiteCheck& check, const SiteSnapshot& site) {
  FindingStore out;
  check.Inspect(site, &out);
  return out.ToVector();
}

auto IsFinding(const std::string& kind, const std::string& url_suffix) {
  return AllOf(Field(&Finding::kind, kind), Field(&Finding::url, ::testing::EndsWith(url_suffix)));
}

TEST(SiteLayoutTest, StaleColumnsAcrossLayouts) {
  std::vector<Finding> all;
  for (const char* name : kLayouts) {
    Layout layout = CachedLayout(name);
    std::vector<Finding> f = RunCheck(StaleColumnCheck(ColumnOptions()), layout.site);
    all.insert(all.end(), f.begin(), f.end());
  }
  // 人事信息 newest 2022-03-01: 506 days against a 365-day window.
  EXPECT_THAT(all, Contains(IsFinding("overdue", "trs-city.gov.cn/rsxx/")));
  // 乡镇动态 newest 2023-06-20 while the left box shows 2023-07-19.
  EXPECT_THAT(all, Contains(IsFinding("overdue", "list.aspx?cid=15")));
  // 公告公示 2022-12-20: 212 days against 180.
  EXPECT_THAT(all, Contains(IsFinding("overdue", "col/col1202/index.html")));
  // 招聘信息 2022-09-01: 322 days, past the 260-day pre-warning.
  EXPECT_THAT(all, Contains(IsFinding("warning", "zwgk/zpxx/list.html")));
  for (const Finding& f : all) {
    EXPECT_THAT(f.url, ::testing::Not(::testing::HasSubstr("gzdt"))) << f.detail;
    if (f.kind == "overdue") {
      EXPECT_EQ(f.severity, Severity::kError);
    }
  }
  ASSERT_THAT(all, Contains(IsFinding("overdue", "list.aspx?cid=15")));
  for (const Finding& f : all) {
    if (f.url.ends_with("cid=15")) {
      EXPECT_EQ(f.detail,
                "type news, window 14 days, newest item 2023-06-20 (30 days before 2023-07-20), "
                "16 days overdue, first-level column");
      EXPECT_EQ(f.evidence, "乡镇动态");
    }
  }
}

TEST(SiteLayoutTest, BlankColumnsAcrossLayouts) {
  std::vector<Finding> all;
  for (const char* name : kLayouts) {
    Layout layout = CachedLayout(name);
    std::vector<Finding> f = RunCheck(EmptyColumnCheck(ColumnOptions()), layout.site);
    all.insert(all.end(), f.begin(), f.end());
  }
  EXPECT_THAT(all, Contains(IsFinding("blank", "/ztzl/")));
  EXPECT_THAT(all, Contains(IsFinding("blank", "/hdjl/zxft/list.html")));
  EXPECT_THAT(all, Contains(IsFinding("blank", "gbk-town.gov.cn/zcjd/")));
  EXPECT_EQ(all.size(), 3u);
}

TEST(SiteLayoutTest, HomePagesAreUpToDateIncludingNavigationOnlyHome) {
  for (const char* name : kLayouts) {
    SCOPED_TRACE(name);
    Layout layout = CachedLayout(name);
    EXPECT_THAT(RunCheck(HomeNotUpdatedCheck({}), layout.site), ::testing::IsEmpty());
    // Twenty days later every home page is stale, and the GBK portal (no
    // dated item on its home page) is judged by its second-level pages.
    layout.site.as_of = layout.site.as_of.AddDays(20);
    std::vector<Finding> later = RunCheck(HomeNotUpdatedCheck({}), layout.site);
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].kind, "not_updated");
    EXPECT_EQ(later[0].severity, Severity::kVeto);
  }
  Layout gbk = CachedLayout("gbk");
  gbk.site.as_of = Date(2023, 7, 24);
  std::vector<Finding> f = RunCheck(HomeNotUpdatedCheck({}), gbk.site);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, "warning");
  EXPECT_EQ(f[0].detail,
            "no dated item on the home page; the second-level pages' newest item is from "
            "2023-07-12, 12 days before 2023-07-24 (pre-warning at 10 days, limit 14)");
}

TEST(SiteLayoutTest, UnansweredMessagesAcrossBoardStyles) {
  std::map<std::string, std::vector<Finding>> by_layout;
  for (const char* name : kLayouts) {
    Layout layout = CachedLayout(name);
    by_layout[name] = RunCheck(UnansweredMessageCheck({}), layout.site);
  }
  // Table board: pending since 2023-03-01, and answered after 4 months.
  EXPECT_THAT(by_layout["trs"],
              Contains(AllOf(Field(&Finding::kind, "unanswered"),
                             Field(&Finding::evidence, "反映某路段路灯不亮问题"))));
  EXPECT_THAT(by_layout["trs"], Contains(AllOf(Field(&Finding::kind, "replied_late"),
                                               Field(&Finding::evidence, "关于学区划分的咨询"))));
  EXPECT_EQ(by_layout["trs"].size(), 2u);  // The 2022-05 message is older than a year.
  EXPECT_THAT(by_layout["table"], Contains(Field(&Finding::evidence, "投诉某小区噪音扰民")));
  EXPECT_EQ(by_layout["table"].size(), 1u);
  // List entries with status words.
  EXPECT_THAT(by_layout["hanweb"],
              Contains(AllOf(Field(&Finding::kind, "unanswered"),
                             Field(&Finding::evidence, "反映农贸市场卫生问题"))));
  EXPECT_EQ(by_layout["hanweb"].size(), 1u);
  // One page per message (GBK).
  ASSERT_EQ(by_layout["gbk"].size(), 1u);
  EXPECT_EQ(by_layout["gbk"][0].kind, "unanswered");
  EXPECT_EQ(by_layout["gbk"][0].evidence, "反映村道破损问题");  // The message's heading.
  EXPECT_EQ(by_layout["gbk"][0].severity, Severity::kVeto);
  EXPECT_EQ(by_layout["gbk"][0].detail,
            "submitted 2023-02-10, still unanswered on 2023-07-20 after 160 days (limit 3 months)");
  // The cards portal has no message board at all.
  ASSERT_EQ(by_layout["cards"].size(), 1u);
  EXPECT_EQ(by_layout["cards"][0].kind, "no_channel");
}

TEST(SiteLayoutTest, LocalDeadlineInWorkingDays) {
  Layout layout = CachedLayout("table");
  MessageOptions options;
  options.deadline_working_days = 5;
  options.calendar = std::make_shared<WorkCalendar>(
      *WorkCalendar::LoadFile(std::string(GOVMON_SOURCE_DIR) + "/data/calendar/cn_holidays.txt"));
  std::vector<Finding> f = RunCheck(UnansweredMessageCheck(options), layout.site);
  // 2023-06-28 → 2023-07-12 is 10 working days.
  EXPECT_THAT(f, Contains(AllOf(Field(&Finding::kind, "late_reply"),
                                Field(&Finding::evidence, "咨询新生儿医保办理"))));
  EXPECT_EQ(f.size(), 2u);
}

TEST(SiteLayoutTest, PolicyInterpretationLinks) {
  Layout layout = CachedLayout("trs");
  std::vector<Finding> f = RunCheck(InterpretationLinkCheck({}), layout.site);
  // The interpretation does not link back to its policy; the policy links to it.
  EXPECT_THAT(f, Contains(AllOf(Field(&Finding::kind, "interpretation_to_policy"),
                                Field(&Finding::url, ::testing::HasSubstr("/zcjd/")),
                                Field(&Finding::target, ::testing::HasSubstr("t20230601_1001")))));
  for (const Finding& finding : f) EXPECT_NE(finding.kind, "policy_to_interpretation");
  // Two policy documents of the last year have no interpretation.
  int none = 0;
  for (const Finding& finding : f) {
    if (finding.kind == "no_interpretation") {
      ++none;
      EXPECT_EQ(finding.severity, Severity::kInfo);
    }
  }
  EXPECT_EQ(none, 2);
  EXPECT_EQ(f.size(), 3u);
}

}  // namespace
}  // namespace govmon
