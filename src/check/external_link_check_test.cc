#include "check/external_link_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "check/site_snapshot.h"
#include "html/html_parser.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

Link MakeLink(std::string url, std::string text, std::vector<std::string> hidden = {}) {
  Link link;
  link.url = std::move(url);
  link.text = std::move(text);
  link.tag = "a";
  link.visibility.techniques = std::move(hidden);
  return link;
}

Document Page(std::string url, std::vector<Link> links) {
  Document doc;
  doc.url = std::move(url);
  doc.links = std::move(links);
  return doc;
}

TEST(ExternalLinkCollectorTest, RecordsVisibleOffSiteLinksOncePerTarget) {
  ExternalLinkCollector collector("http://www.xfx.gov.cn/", {});
  Link menu = MakeLink("http://www.partner.com/", "合作伙伴", {"display_none"});
  menu.interactive_container = true;
  collector.Add(Page("http://www.xfx.gov.cn/a.html",
                     {MakeLink("http://www.people.com.cn/", "人民网"),
                      MakeLink("http://www.people.com.cn/", "人民网"),
                      MakeLink("http://www.xfx.gov.cn/b.html", "本站"),
                      MakeLink("http://jyj.xfx.gov.cn/", "教育局"),
                      MakeLink("https://www.gov.cn/", "中国政府网"),
                      MakeLink("http://hidden.example.com/", "x", {"display_none"}), menu}),
                false);
  collector.Add(Page("http://www.xfx.gov.cn/", {MakeLink("http://www.people.com.cn/", "")}), true);
  std::vector<ExternalLinkUse> links = collector.Links();
  ASSERT_THAT(links, SizeIs(2));
  EXPECT_EQ(links[0].url, "http://www.partner.com/");
  EXPECT_EQ(links[1].url, "http://www.people.com.cn/");
  EXPECT_EQ(links[1].host, "www.people.com.cn");
  EXPECT_EQ(links[1].text, "人民网");
  EXPECT_EQ(links[1].pages, 2u);
  EXPECT_TRUE(links[1].on_home);
  EXPECT_EQ(links[1].page, "http://www.xfx.gov.cn/");
  EXPECT_THAT(collector.FirstUrlPerHost(),
              ElementsAre("http://www.partner.com/", "http://www.people.com.cn/"));
}

TEST(ExternalLinkCollectorTest, ARiskyAnchorWinsOverAnOrdinaryOne) {
  ExternalLinkCollector collector("http://www.xfx.gov.cn/", {});
  collector.Add(
      Page("http://www.xfx.gov.cn/a.html", {MakeLink("http://x.example.com/", "友情链接")}), false);
  collector.Add(Page("http://www.xfx.gov.cn/b.html", {MakeLink("http://x.example.com/", "百家乐")}),
                false);
  EXPECT_EQ(collector.Links()[0].text, "百家乐");
}

ExternalLinkUse Use(std::string url, std::string text) {
  ExternalLinkUse use;
  use.host = HostOfUrl(url);
  use.url = std::move(url);
  use.text = std::move(text);
  use.page = "http://www.xfx.gov.cn/";
  use.pages = 3;
  use.on_home = true;
  return use;
}

ExternalHostFacts Answered(std::string url, std::string title, std::string text = "") {
  ExternalHostFacts facts;
  facts.host = HostOfUrl(url);
  facts.url = url;
  facts.final_url = url;
  facts.answered = true;
  facts.http_status = 200;
  facts.title = std::move(title);
  facts.text = std::move(text);
  return facts;
}

std::vector<Finding> Inspect(const SiteSnapshot& site) {
  FindingStore out;
  ExternalLinkCheck().Inspect(site, &out);
  return out.ToVector();
}

TEST(ExternalLinkCheckTest, OrdinaryExternalLinkIsInfo) {
  SiteSnapshot site;
  site.site = "http://www.xfx.gov.cn/";
  site.external_links = {Use("http://www.people.com.cn/", "人民网")};
  site.external_hosts = {Answered("http://www.people.com.cn/", "人民网")};
  std::vector<Finding> f = Inspect(site);
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].check, "external_link");
  EXPECT_EQ(f[0].kind, "external");
  EXPECT_EQ(f[0].severity, Severity::kInfo);
  EXPECT_EQ(f[0].url, "http://www.xfx.gov.cn/");
  EXPECT_EQ(f[0].target, "http://www.people.com.cn/");
  EXPECT_EQ(f[0].evidence, "人民网");
  EXPECT_EQ(f[0].detail,
            "linked from 3 page(s) including the home page; www.people.com.cn: HTTP 200, title "
            "《人民网》");
}

TEST(ExternalLinkCheckTest, ExpiredPartnerDomainNowGambling) {
  SiteSnapshot site;
  site.external_links = {Use("http://www.xfnongye.com/", "信丰农业信息网")};
  site.external_hosts = {Answered("http://www.xfnongye.com/", "澳门新葡京娱乐场-首页",
                                  "百家乐 真人娱乐 注册送彩金 北京赛车")};
  std::vector<Finding> f = Inspect(site);
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].kind, "risky_target");
  EXPECT_EQ(f[0].severity, Severity::kVeto);
  EXPECT_THAT(f[0].detail, HasSubstr("risk vocabulary: gambling:"));
  EXPECT_THAT(f[0].context, HasSubstr("百家乐"));
}

TEST(ExternalLinkCheckTest, RiskyAnchorIsVetoWithoutProbe) {
  SiteSnapshot site;
  site.external_links = {Use("http://www.abc123.com/", "北京赛车pk10")};
  std::vector<Finding> f = Inspect(site);
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].kind, "risky_anchor");
  EXPECT_EQ(f[0].severity, Severity::kVeto);
  EXPECT_THAT(f[0].detail, HasSubstr("not probed"));
}

TEST(ExternalLinkCheckTest, RedirectToAnotherRegistrableDomain) {
  SiteSnapshot site;
  site.external_links = {Use("http://www.oldpartner.com/", "老合作单位"),
                         Use("http://news.example.com/", "新闻")};
  ExternalHostFacts moved = Answered("http://www.oldpartner.com/", "欢迎");
  moved.final_url = "https://www.parked-domains.net/lander";
  ExternalHostFacts same = Answered("http://news.example.com/", "新闻");
  same.final_url = "https://www.example.com/news/";  // Same registrable domain.
  site.external_hosts = {moved, same};
  std::vector<Finding> f = Inspect(site);
  ASSERT_THAT(f, SizeIs(2));
  EXPECT_EQ(f[0].kind, "cross_domain_redirect");
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_THAT(f[0].detail, HasSubstr("redirects to https://www.parked-domains.net/lander"));
  EXPECT_EQ(f[1].kind, "external");
}

TEST(ExternalLinkCheckTest, ScriptBounceToGamblingIsRisky) {
  SiteSnapshot site;
  site.external_links = {Use("http://www.oldpartner.com/", "老合作单位")};
  ExternalHostFacts facts = Answered("http://www.oldpartner.com/", "");
  facts.page_redirect = "http://www.xpj9999.com/";
  site.external_hosts = {facts};
  std::vector<Finding> f = Inspect(site);
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].kind, "risky_target");
  EXPECT_THAT(f[0].detail, HasSubstr("the page sends on to http://www.xpj9999.com/"));
}

TEST(ExternalLinkCheckTest, DeadDomainsAreMediumRisk) {
  SiteSnapshot site;
  site.external_links = {Use("http://gone.example.com/", "旧链接"),
                         Use("http://down.example.com/", "旧链接2")};
  ExternalHostFacts gone;
  gone.host = "gone.example.com";
  gone.resolved = false;
  ExternalHostFacts down;
  down.host = "down.example.com";
  down.error = "timeout: Connection timed out after 15000 ms";
  site.external_hosts = {gone, down};
  std::vector<Finding> f = Inspect(site);
  ASSERT_THAT(f, SizeIs(2));
  EXPECT_EQ(f[0].kind, "unresolved");
  EXPECT_EQ(f[0].severity, Severity::kWarning);
  EXPECT_EQ(f[1].kind, "unreachable");
  EXPECT_THAT(f[1].detail, HasSubstr("no answer: timeout"));
}

TEST(ExternalLinkCheckTest, NothingGatheredNothingReported) {
  EXPECT_THAT(Inspect(SiteSnapshot{}), IsEmpty());
}

TEST(ExternalLinkCollectorTest, ParsedPageWithDropDownOfOtherSites) {
  // A column page whose sidebar drop-down (hidden until opened) lists news
  // sites: they are links the site offers, so they are collected; the
  // footer's gov.cn and conac.cn links are not external.
  std::ifstream in(GOVMON_SOURCE_DIR "/testdata/darklink/cases/decoy_dropdown_external.html");
  ASSERT_TRUE(in);
  std::stringstream html;
  html << in.rdbuf();
  Document doc = ParseHtml(html.str(), "http://www.nkq.gov.cn/zwgk/tzgg/");
  ExternalLinkCollector collector("http://www.nkq.gov.cn/", {});
  collector.Add(doc, false);
  std::vector<std::string> hosts;
  for (const ExternalLinkUse& use : collector.Links()) hosts.push_back(use.host);
  EXPECT_THAT(hosts, ElementsAre("www.cctv.com", "www.jxnews.com.cn", "www.people.com.cn",
                                 "www.xinhuanet.com"));
}

TEST(ExternalLinkCheckTest, ParkedDomainIsMediumRisk) {
  SiteSnapshot site;
  site.external_links = {Use("http://www.xf-nongye.com/", "信丰农业信息网"),
                         Use("http://www.old-partner.net/", "合作单位")};
  site.external_hosts = {Answered("http://www.xf-nongye.com/", "xf-nongye.com",
                                  "此域名正在出售，有意者请联系 QQ 123456"),
                         Answered("http://www.old-partner.net/", "old-partner.net",
                                  "This domain may be for sale. Buy this domain")};
  std::vector<Finding> f = Inspect(site);
  ASSERT_THAT(f, SizeIs(2));
  EXPECT_EQ(f[0].kind, "parked_domain");
  EXPECT_EQ(f[0].severity, Severity::kWarning);
  EXPECT_EQ(f[1].kind, "parked_domain");
}

}  // namespace
}  // namespace govmon
