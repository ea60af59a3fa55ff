#include "check/cloaking_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/site_snapshot.h"

namespace govmon {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

const char kHomeText[] =
    "信丰县人民政府 首页 政务公开 政务服务 互动交流 走进信丰 县政府召开常务会议 "
    "研究部署安全生产工作 "
    "我县开展防汛应急演练 关于做好2024年春节期间安全生产工作的通知 "
    "信丰县2023年国民经济和社会发展统计公报";

CloakView View(std::string text, std::vector<CloakView::Link> links = {}) {
  CloakView view;
  view.fetched = true;
  view.http_status = 200;
  view.final_url = "http://www.xfx.gov.cn/";
  view.title = "信丰县人民政府";
  view.text = std::move(text);
  view.links = std::move(links);
  return view;
}

SiteSnapshot Site(CloakView browser, CloakView spider, CloakView referred) {
  SiteSnapshot site;
  site.site = "http://www.xfx.gov.cn/";
  CloakFacts facts;
  facts.url = "http://www.xfx.gov.cn/";
  facts.browser = std::move(browser);
  facts.spider = std::move(spider);
  facts.referred = std::move(referred);
  site.cloak_pages.push_back(std::move(facts));
  return site;
}

std::vector<Finding> Inspect(const SiteSnapshot& site) {
  FindingStore out;
  CloakingCheck().Inspect(site, &out);
  return out.ToVector();
}

TEST(CloakingCheckTest, SameViewsAreSilent) {
  std::vector<CloakView::Link> links = {{"http://www.people.com.cn/", "人民网"},
                                        {"http://www.xfx.gov.cn/zwgk/", "政务公开"}};
  EXPECT_THAT(Inspect(Site(View(kHomeText, links), View(kHomeText, links), View(kHomeText, links))),
              IsEmpty());
}

TEST(CloakingCheckTest, SmallDynamicDifferencesAreSilent) {
  std::string later = std::string(kHomeText) + " 访问量：123457";
  EXPECT_THAT(
      Inspect(Site(View(std::string(kHomeText) + " 访问量：123456"), View(later), View(later))),
      IsEmpty());
}

TEST(CloakingCheckTest, LinksOnlyTheSpiderGets) {
  std::vector<Finding> f = Inspect(Site(View(kHomeText),
                                        View(kHomeText, {{"http://www.amxpj.com/", "澳门新葡京"},
                                                         {"http://www.xfx.gov.cn/a.html", "本站"}}),
                                        View(kHomeText)));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].check, "cloaking");
  EXPECT_EQ(f[0].kind, "new_links");
  EXPECT_EQ(f[0].location, "view: Baiduspider");
  EXPECT_EQ(f[0].severity, Severity::kVeto);
  EXPECT_EQ(f[0].target, "http://www.amxpj.com/");
  EXPECT_EQ(f[0].evidence, "澳门新葡京");
  EXPECT_THAT(f[0].detail, HasSubstr("1 off-site link(s) a browser does not get"));
}

TEST(CloakingCheckTest, RefererRedirectToAnotherDomain) {
  CloakView bounced = View("欢迎光临 真人娱乐 百家乐 注册送彩金");
  bounced.final_url = "http://www.hg8868.com/";
  bounced.title = "皇冠体育";
  std::vector<Finding> f = Inspect(Site(View(kHomeText), View(kHomeText), bounced));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].kind, "redirect");
  EXPECT_EQ(f[0].location, "view: search referer");
  EXPECT_EQ(f[0].severity, Severity::kVeto);
  EXPECT_EQ(f[0].target, "http://www.hg8868.com/");
}

TEST(CloakingCheckTest, SubstitutedContentForSpiders) {
  CloakView spam = View(
      "澳门新葡京 百家乐 北京赛车 时时彩 真人娱乐 首存优惠 无限返水 棋牌娱乐 电子游艺 官方网站");
  spam.title = "澳门新葡京_信丰县人民政府";
  std::vector<Finding> f = Inspect(Site(View(kHomeText), spam, View(kHomeText)));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].kind, "content_change");
  EXPECT_EQ(f[0].severity, Severity::kVeto);
  EXPECT_THAT(f[0].detail, HasSubstr("text similarity to the browser's view is 0.0"));
  EXPECT_THAT(f[0].detail, HasSubstr("《澳门新葡京_信丰县人民政府》"));
}

TEST(CloakingCheckTest, PageOnlySearchVisitorsGet) {
  CloakView not_found;
  not_found.fetched = true;
  not_found.http_status = 404;
  std::vector<Finding> f = Inspect(Site(not_found, not_found, View(kHomeText)));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].kind, "content_change");
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_EQ(f[0].detail, "a browser gets HTTP 404, this view gets HTTP 200");
}

TEST(CloakingCheckTest, RefusedBotsAreNotCloaking) {
  CloakView refused;
  refused.fetched = true;
  refused.http_status = 403;
  EXPECT_THAT(Inspect(Site(View(kHomeText), refused, View(kHomeText))), IsEmpty());
}

TEST(CloakingCheckTest, TextSimilarity) {
  EXPECT_DOUBLE_EQ(TextSimilarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(TextSimilarity("政务公开栏目", "政务公开栏目"), 1.0);
  EXPECT_DOUBLE_EQ(TextSimilarity("政务公开栏目", "澳门新葡京"), 0.0);
  double s = TextSimilarity("信丰县人民政府办公室关于印发", "信丰县人民政府办公室关于转发");
  EXPECT_GT(s, 0.5);
  EXPECT_LT(s, 1.0);
}

}  // namespace
}  // namespace govmon
