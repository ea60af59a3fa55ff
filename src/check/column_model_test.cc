#include "check/column_model.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check/assessment.h"

namespace govmon {
namespace {

TEST(PaginationKeyTest, PagesOfOneListShareTheKey) {
  EXPECT_EQ(PaginationKey("http://a.gov.cn/gzdt/index_3.html"),
            PaginationKey("http://a.gov.cn/gzdt/"));
  EXPECT_EQ(PaginationKey("http://a.gov.cn/gzdt/index.html"),
            PaginationKey("http://a.gov.cn/gzdt/"));
  EXPECT_EQ(PaginationKey("http://a.gov.cn/xw/list_2.shtml"),
            PaginationKey("http://a.gov.cn/xw/list.shtml"));
  EXPECT_EQ(PaginationKey("http://a.gov.cn/list.aspx?cid=3&page=2"),
            PaginationKey("http://a.gov.cn/list.aspx?cid=3"));
  EXPECT_EQ(PaginationKey("http://a.gov.cn/col/col1/index.html?uid=9&pageNum=4"),
            PaginationKey("http://a.gov.cn/col/col1/index.html?uid=9"));
  EXPECT_EQ(PaginationKey("http://a.gov.cn/news/page/3/"), PaginationKey("http://a.gov.cn/news/"));
}

TEST(PaginationKeyTest, DifferentListsAndArticlesKeepTheirOwnKeys) {
  EXPECT_NE(PaginationKey("http://a.gov.cn/list.aspx?cid=3"),
            PaginationKey("http://a.gov.cn/list.aspx?cid=4"));
  EXPECT_NE(PaginationKey("http://a.gov.cn/gzdt/"), PaginationKey("http://a.gov.cn/tzgg/"));
  // Article ids are not page numbers.
  EXPECT_NE(PaginationKey("http://a.gov.cn/gzdt/202307/t20230705_123456.html"),
            PaginationKey("http://a.gov.cn/gzdt/202307/t20230705.html"));
  EXPECT_EQ(PaginationKey("not a url"), "not a url");
}

TEST(ClassifyColumnNameTest, LongestPatternWins) {
  const std::vector<ColumnRule> rules = DefaultColumnRules();
  EXPECT_EQ(ClassifyColumnName("工作动态", rules), ColumnType::kNews);
  EXPECT_EQ(ClassifyColumnName("乡镇动态", rules), ColumnType::kNews);
  EXPECT_EQ(ClassifyColumnName("通知公告", rules), ColumnType::kNotice);
  EXPECT_EQ(ClassifyColumnName("规范性文件", rules), ColumnType::kNotice);
  EXPECT_EQ(ClassifyColumnName("政策解读", rules), ColumnType::kOther);
  EXPECT_EQ(ClassifyColumnName("人事任免", rules), ColumnType::kPersonnel);
  EXPECT_EQ(ClassifyColumnName("规划计划", rules), ColumnType::kPersonnel);
  EXPECT_EQ(ClassifyColumnName("领导信箱", rules), ColumnType::kInteraction);
  EXPECT_EQ(ClassifyColumnName("办事指南", rules), ColumnType::kService);
  EXPECT_EQ(ClassifyColumnName("新闻发言人", rules), ColumnType::kOther);
  EXPECT_EQ(ClassifyColumnName("机构概况", rules), ColumnType::kOther);
  EXPECT_EQ(ClassifyColumnName("", rules), ColumnType::kOther);
}

TEST(ColumnRulesTest, ShippedMappingFileEqualsTheBuiltInRules) {
  std::ifstream in(std::string(GOVMON_SOURCE_DIR) + "/data/columns/default.json");
  std::stringstream text;
  text << in.rdbuf();
  std::vector<ColumnRule> rules;
  Status status = ColumnRulesFromJsonText(text.str(), &rules);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(rules, DefaultColumnRules());
}

SitePage ListPage(const std::string& url, const std::string& name, std::vector<ListItem> items) {
  SitePage p;
  p.url = url;
  p.title = name + "_某市人民政府";
  p.column_name = name;
  p.breadcrumb = {name};
  p.is_list = true;
  p.items = std::move(items);
  return p;
}

SiteSnapshot TwoColumnSite() {
  SiteSnapshot site;
  site.site = site.home_url = "http://a.gov.cn/";
  site.as_of = Date(2023, 7, 20);
  SitePage home;
  home.url = "http://a.gov.cn/";
  home.navigation = {{"工作动态", "http://a.gov.cn/gzdt/"}};
  site.site_pages.push_back(home);
  SitePage p1 = ListPage("http://a.gov.cn/gzdt/", "工作动态",
                         {{"甲", "http://a.gov.cn/gzdt/1.html", Date(2023, 7, 1)}});
  p1.pagination = {"http://a.gov.cn/gzdt/index_1.html"};
  site.site_pages.push_back(p1);
  SitePage p2 = ListPage("http://a.gov.cn/gzdt/index_1.html", "工作动态",
                         {{"乙", "http://a.gov.cn/gzdt/2.html", Date(2023, 6, 1)},
                          {"甲", "http://a.gov.cn/gzdt/1.html", Date(2023, 7, 1)}});
  site.site_pages.push_back(p2);
  // An undated list whose items' own pages carry the date.
  site.site_pages.push_back(ListPage("http://a.gov.cn/tzgg/", "通知公告",
                                     {{"丙", "http://a.gov.cn/tzgg/3.html", std::nullopt}}));
  SitePage article;
  article.url = "http://a.gov.cn/tzgg/3.html";
  article.is_article = true;
  article.pub_date = Date(2023, 2, 20);
  site.site_pages.push_back(article);
  for (const SitePage& p : site.site_pages) site.pages.push_back({p.url, 1, 200, p.title});
  site.pages[0].depth = 0;
  return site;
}

TEST(ColumnModelTest, MergesPagesDeduplicatesItemsAndDatesUndatedItemsFromTheirPages) {
  ColumnModel model = ColumnModel::Build(TwoColumnSite(), ColumnOptions());
  ASSERT_EQ(model.columns().size(), 2u);
  const Column& news = model.columns()[0];
  EXPECT_EQ(news.url, "http://a.gov.cn/gzdt/");
  EXPECT_EQ(news.pages.size(), 2u);
  EXPECT_EQ(news.item_count, 2);
  EXPECT_EQ(news.newest, Date(2023, 7, 1));
  EXPECT_EQ(news.type, ColumnType::kNews);
  EXPECT_TRUE(news.first_level);
  EXPECT_EQ(ColumnStaleness(news, Date(2023, 7, 20)).state, Staleness::State::kOverdue);
  const Column& notice = model.columns()[1];
  EXPECT_EQ(notice.newest, Date(2023, 2, 20));
  EXPECT_EQ(notice.type, ColumnType::kNotice);
  EXPECT_EQ(ColumnStaleness(notice, Date(2023, 7, 20)).state, Staleness::State::kWarning);
}

TEST(ColumnModelTest, OverridesChangeTypeWindowNameOrIgnore) {
  ColumnOptions options;
  options.overrides.push_back({"http://a.gov.cn/gzdt/", ColumnType::kOther, std::nullopt, "要闻"});
  ColumnOverride window;
  window.url = "http://a.gov.cn/tzgg/*";
  window.window_days = 30;
  options.overrides.push_back(window);
  ColumnModel model = ColumnModel::Build(TwoColumnSite(), options);
  ASSERT_EQ(model.columns().size(), 2u);
  EXPECT_EQ(model.columns()[0].type, ColumnType::kOther);
  EXPECT_EQ(model.columns()[0].name, "要闻");
  EXPECT_EQ(model.columns()[0].window_days, 0);
  EXPECT_EQ(model.columns()[1].window_days, 30);
  EXPECT_EQ(model.columns()[1].warn_days, 128 * 30 / 180);
  ColumnOverride ignore;
  ignore.url = "http://a.gov.cn/gzdt/index.html";
  ignore.ignore = true;
  options.overrides = {ignore};
  model = ColumnModel::Build(TwoColumnSite(), options);
  ASSERT_EQ(model.columns().size(), 1u);
  EXPECT_EQ(model.columns()[0].url, "http://a.gov.cn/tzgg/");
}

TEST(ColumnModelTest, FutureDatesDoNotMakeAColumnFresh) {
  SiteSnapshot site = TwoColumnSite();
  SitePage page = site.site_pages[1];
  page.items.push_back({"丁", "http://a.gov.cn/gzdt/9.html", Date(2033, 7, 1)});
  site.site_pages.Set(1, page);
  ColumnModel model = ColumnModel::Build(site, ColumnOptions());
  EXPECT_EQ(model.columns()[0].newest, Date(2023, 7, 1));
}

TEST(ColumnModelTest, HomePageIsTheFirstPageAtTheHomeUrlAndNeverAColumn) {
  SiteSnapshot site = TwoColumnSite();
  // The home page shows a dated list too, and comes after a column page.
  SitePage home = site.site_pages[0];
  home.is_list = true;
  home.items = {{"甲", "http://a.gov.cn/gzdt/1.html", Date(2023, 7, 1)}};
  SitePage list = site.site_pages[3];
  site.site_pages.Set(0, list);
  site.site_pages.Set(3, home);
  ColumnModel model = ColumnModel::Build(site, ColumnOptions());
  ASSERT_EQ(model.columns().size(), 2u);
  EXPECT_EQ(model.columns()[0].url, "http://a.gov.cn/gzdt/");
  EXPECT_EQ(model.columns()[0].name_source, "meta/breadcrumb");
  EXPECT_EQ(model.columns()[1].url, "http://a.gov.cn/tzgg/");
  EXPECT_EQ(model.columns()[1].pages, std::vector<size_t>{0});
}

TEST(ColumnModelTest, WithoutAPageAtTheHomeUrlPageZeroIsTheHome) {
  SiteSnapshot site = TwoColumnSite();
  site.home_url = site.site = "http://www.a.gov.cn/";
  // Page 0 is now a copy of the first list page of 工作动态. It counts as
  // the home page, so it is not one of the column's pages.
  site.site_pages.Set(0, site.site_pages[1]);
  ColumnModel model = ColumnModel::Build(site, ColumnOptions());
  ASSERT_EQ(model.columns().size(), 2u);
  EXPECT_EQ(model.columns()[0].url, "http://a.gov.cn/gzdt/");
  EXPECT_EQ(model.columns()[0].pages, (std::vector<size_t>{1, 2}));
  EXPECT_EQ(model.columns()[1].url, "http://a.gov.cn/tzgg/");
}

TEST(ColumnModelTest, PagerLinksMergeListsWhoseKeysDifferWhicheverPageComesFirst) {
  SiteSnapshot site;
  site.site = site.home_url = "http://a.gov.cn/";
  site.as_of = Date(2023, 7, 20);
  SitePage home;
  home.url = "http://a.gov.cn/";
  site.site_pages.push_back(home);
  // A later page of the list, served by another script, links back to the
  // first page, which the crawl reached after it.
  SitePage second = ListPage("http://a.gov.cn/module/list.jsp?col=12&pageNum=2", "工作动态",
                             {{"乙", "http://a.gov.cn/art/2.html", Date(2023, 6, 1)}});
  second.pagination = {"http://a.gov.cn/col/col12/index.html",
                       "http://a.gov.cn/module/list.jsp?col=12&pageNum=3"};
  site.site_pages.push_back(second);
  SitePage third = ListPage("http://a.gov.cn/module/list.jsp?col=12&pageNum=3", "",
                            {{"丙", "http://a.gov.cn/art/3.html", std::nullopt}});
  site.site_pages.push_back(third);
  SitePage first = ListPage("http://a.gov.cn/col/col12/index.html", "工作动态",
                            {{"甲", "http://a.gov.cn/art/1.html", Date(2023, 7, 1)}});
  site.site_pages.push_back(first);
  for (const SitePage& p : site.site_pages) site.pages.push_back({p.url, 1, 200, p.title});
  ColumnModel model = ColumnModel::Build(site, ColumnOptions());
  ASSERT_EQ(model.columns().size(), 1u);
  const Column& column = model.columns()[0];
  EXPECT_EQ(column.url, "http://a.gov.cn/col/col12/index.html");
  EXPECT_EQ(column.pages, (std::vector<size_t>{3, 1, 2}));
  EXPECT_EQ(column.name, "工作动态");
  EXPECT_EQ(column.item_count, 3);
  EXPECT_EQ(column.dated_items, 2);
  EXPECT_EQ(column.newest_url, "http://a.gov.cn/art/1.html");
}

TEST(ColumnModelTest, ForSiteSharesTheSnapshotsModelOnlyWhenItFits) {
  SiteSnapshot site = TwoColumnSite();
  ColumnOptions options;
  EXPECT_EQ(ColumnModel::ForSite(site, options)->columns().size(), 2u);  // None yet: built.
  site.columns = std::make_shared<const ColumnModel>(ColumnModel::Build(site, options));
  EXPECT_EQ(ColumnModel::ForSite(site, options), site.columns);

  ColumnOptions other = options;
  ColumnOverride ignore;
  ignore.url = "http://a.gov.cn/gzdt/";
  ignore.ignore = true;
  other.overrides.push_back(ignore);
  std::shared_ptr<const ColumnModel> rebuilt = ColumnModel::ForSite(site, other);
  EXPECT_NE(rebuilt, site.columns);
  EXPECT_EQ(rebuilt->columns().size(), 1u);
  EXPECT_EQ(rebuilt->options(), other);

  SiteSnapshot later = TwoColumnSite();
  later.columns = site.columns;
  EXPECT_EQ(ColumnModel::ForSite(later, options), site.columns);
  later.as_of = Date(2023, 7, 21);
  EXPECT_NE(ColumnModel::ForSite(later, options), site.columns);
  SiteSnapshot more = TwoColumnSite();
  more.columns = site.columns;
  more.site_pages.push_back(SitePage());
  EXPECT_NE(ColumnModel::ForSite(more, options), site.columns);
}

TEST(SiteOptionsTest, ReadsEveryFieldAndNamesTheBadOne) {
  SiteOptions options;
  std::string calendar;
  nlohmann::json j = nlohmann::json::parse(R"({
    "columns": {"windows": {"news": 7}, "warn_days": {"news": 5},
                "extra_rules": [{"pattern": "镇街动态", "type": "news"}],
                "overrides": [{"url": "http://a/x/", "type": "notice", "window_days": 0,
                               "ignore": false, "name": "公告"}]},
    "home": {"window_days": 10, "warn_days": 7},
    "messages": {"deadline_working_days": 5, "calendar": "/etc/govmon/holidays.txt"},
    "interpretation": {"no_interpretation_within_days": 0},
    "ipv6": {"min_link_share": 0.85},
    "https": {"expiry_warning_days": 14}})");
  ASSERT_TRUE(SiteOptionsFromJson(j, &options, &calendar).ok());
  EXPECT_EQ(options.columns.news_window_days, 7);
  EXPECT_EQ(options.columns.news_warn_days, 5);
  EXPECT_EQ(options.columns.rules.front().pattern, "镇街动态");
  ASSERT_EQ(options.columns.overrides.size(), 1u);
  EXPECT_EQ(options.columns.overrides[0].window_days, 0);
  EXPECT_EQ(options.columns.overrides[0].type, ColumnType::kNotice);
  EXPECT_EQ(options.home.window_days, 10);
  EXPECT_EQ(options.messages.deadline_working_days, 5);
  EXPECT_EQ(calendar, "/etc/govmon/holidays.txt");
  EXPECT_EQ(options.interpretation.no_interpretation_within_days, 0);
  EXPECT_DOUBLE_EQ(options.ipv6.min_link_share, 0.85);
  EXPECT_EQ(options.https.expiry_warning_days, 14);

  auto error = [](const char* text) {
    SiteOptions o;
    return std::string(SiteOptionsFromJson(nlohmann::json::parse(text), &o).message());
  };
  EXPECT_EQ(error(R"({"columns": {"overrides": [{"url": "http://a/", "type": "newz"}]}})"),
            "site.columns.overrides[0].type: unknown column type 'newz' (news, notice, "
            "personnel, interaction, service, other)");
  EXPECT_EQ(error(R"({"home": {"window_days": "14"}})"),
            "site.home.window_days: expected an integer, got string");
  EXPECT_EQ(error(R"({"columns": {"windows": {"news": 0}}})"),
            "site.columns.windows.news: must be between 1 and 3650, got 0");
  EXPECT_EQ(error(R"({"colums": {}})"), "site.colums: unknown field");
  EXPECT_EQ(error(R"({"columns": {"rules": [{"pattern": ""}]}})"),
            "site.columns.rules[0].pattern: expected a non-empty string");
  EXPECT_EQ(error(R"({"ipv6": {"min_link_share": 2}})"),
            "site.ipv6.min_link_share: must be between 0 and 1");
}

TEST(SiteOptionsTest, ExampleInDocsColumnsMdLoads) {
  std::ifstream in(std::string(GOVMON_SOURCE_DIR) + "/docs/columns.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  const size_t start = doc.find("```jsonc\n");
  ASSERT_NE(start, std::string::npos);
  const size_t end = doc.find("```", start + 9);
  nlohmann::json config =
      nlohmann::json::parse(doc.substr(start + 9, end - start - 9), nullptr, true, true);
  SiteOptions options;
  std::string calendar;
  Status status = SiteOptionsFromJson(config["checks"]["site"], &options, &calendar);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(options.columns.overrides.size(), 4u);
  EXPECT_TRUE(options.columns.overrides[2].ignore);
  EXPECT_EQ(options.messages.deadline_working_days, 5);
  EXPECT_EQ(calendar, "/etc/govmon/cn_holidays.txt");
  AssessmentOptions assessment;
  status = AssessmentOptionsFromJson(config["checks"]["assessment"], &assessment);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(assessment.blank_warning, 3);
}

}  // namespace
}  // namespace govmon
