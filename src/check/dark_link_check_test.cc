#include "check/dark_link_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace govmon {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

Link HiddenLink(std::string url, std::string text, std::vector<std::string> techniques,
                std::string rule = "display:none", std::string origin = "inline") {
  Link link;
  link.url = std::move(url);
  link.raw = link.url;
  link.tag = "a";
  link.text = std::move(text);
  link.visibility.techniques = std::move(techniques);
  link.visibility.rule = std::move(rule);
  link.visibility.rule_origin = std::move(origin);
  return link;
}

std::vector<Finding> Inspect(const Document& doc, LinkRiskOptions options = {}) {
  PageContext context;
  context.site = "http://www.xfx.gov.cn/";
  std::vector<Finding> out;
  DarkLinkCheck(std::move(options)).Inspect(doc, context, &out);
  return out;
}

Document Page(std::vector<Link> links) {
  Document doc;
  doc.url = "http://www.xfx.gov.cn/zwgk/index.html";
  doc.links = std::move(links);
  return doc;
}

TEST(DarkLinkCheckTest, ReportsHiddenOffSiteLinkWithTechniqueAndRule) {
  std::vector<Finding> f =
      Inspect(Page({HiddenLink("http://www.example-shop.com/", "网上商城", {"display_none"},
                               "display:none", "<style> #1: .hd a")}));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].check, "dark_link");
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_EQ(f[0].kind, "display_none");
  EXPECT_EQ(f[0].evidence, "网上商城");
  EXPECT_EQ(f[0].target, "http://www.example-shop.com/");
  EXPECT_EQ(f[0].url, "http://www.xfx.gov.cn/zwgk/index.html");
  EXPECT_EQ(f[0].site, "http://www.xfx.gov.cn/");
  EXPECT_EQ(f[0].detail, "hidden by display:none (<style> #1: .hd a); <a> at byte 0");
}

TEST(DarkLinkCheckTest, HiddenLinkInNoscriptIsSilentUnlessItsWordsGiveItAway) {
  Link tracker = HiddenLink("https://www.tagmanager.example.com/ns.html", "", {"hidden_iframe"});
  tracker.tag = "iframe";
  tracker.noscript = true;
  Link spam = HiddenLink("http://www.a8x.com/", "澳门新葡京", {"display_none"});
  spam.noscript = true;
  std::vector<Finding> f = Inspect(Page({tracker, spam}));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].target, "http://www.a8x.com/");
  EXPECT_EQ(f[0].severity, Severity::kVeto);
}

TEST(DarkLinkCheckTest, SpamVocabularyMakesItAVeto) {
  std::vector<Finding> f =
      Inspect(Page({HiddenLink("http://www.a8x.com/", "澳门新葡京", {"offscreen"}, "left:-9999px"),
                    HiddenLink("http://www.xpj5566.com/", "点击进入", {"font_size_zero"})}));
  ASSERT_THAT(f, SizeIs(2));
  EXPECT_EQ(f[0].severity, Severity::kVeto);
  EXPECT_THAT(f[0].detail, ::testing::HasSubstr("risk vocabulary: gambling: 澳门新葡京"));
  EXPECT_EQ(f[1].severity, Severity::kVeto);  // From the URL.
  EXPECT_THAT(f[1].detail, ::testing::HasSubstr("risk vocabulary: in the URL: gambling: xpj"));
}

TEST(DarkLinkCheckTest, JoinsOriginAndCssTechniques) {
  Link link = HiddenLink("http://bc.example.net/", "北京赛车", {"display_none", "zero_size"});
  link.origin = LinkOrigin::kScriptWritten;
  std::vector<Finding> f = Inspect(Page({link}));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].kind, "script_written,display_none,zero_size");
}

TEST(DarkLinkCheckTest, ScriptWrittenAndRedirectLinksAreDarkEvenWhenVisible) {
  Link written = HiddenLink("http://spam.example.com/", "友情链接", {});
  written.origin = LinkOrigin::kScriptWritten;
  Link redirect;
  redirect.url = "http://jump.example.com/go";
  redirect.raw = "//jump.example.com/go";
  redirect.tag = "script";
  redirect.origin = LinkOrigin::kScriptRedirect;
  Link refresh;
  refresh.url = "http://other.example.org/";
  refresh.raw = "0;url=http://other.example.org/";
  refresh.tag = "meta";
  refresh.origin = LinkOrigin::kMetaRefresh;
  std::vector<Finding> f = Inspect(Page({written, redirect, refresh}));
  ASSERT_THAT(f, SizeIs(3));
  EXPECT_EQ(f[0].kind, "script_written");
  EXPECT_EQ(f[1].kind, "script_redirect");
  EXPECT_EQ(f[1].evidence, "//jump.example.com/go");  // No anchor text: the URL as written.
  EXPECT_EQ(f[2].kind, "meta_refresh");
}

TEST(DarkLinkCheckTest, HiddenIframeOffSite) {
  Link frame = HiddenLink("http://www.spam-frame.com/", "", {"hidden_iframe"}, "width:0");
  frame.tag = "iframe";
  std::vector<Finding> f = Inspect(Page({frame}));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].kind, "hidden_iframe");
  EXPECT_EQ(f[0].evidence, "http://www.spam-frame.com/");
}

TEST(DarkLinkCheckTest, SilentForVisibleAndOnSiteAndAllowedLinks) {
  Link visible = HiddenLink("http://www.people.com.cn/", "人民网", {});
  Link same_site = HiddenLink("http://www.xfx.gov.cn/a.html", "通知公告", {"display_none"});
  Link sub_site = HiddenLink("http://jyj.xfx.gov.cn/", "教育局", {"display_none"});
  Link other_gov = HiddenLink("https://www.gov.cn/", "中国政府网", {"display_none"});
  Link zhengwu = HiddenLink("http://www.bj.政务/", "北京", {"display_none"});
  Link conac = HiddenLink("https://bszs.conac.cn/sitename?x=1", "", {"display_none"});
  EXPECT_THAT(Inspect(Page({visible, same_site, sub_site, other_gov, zhengwu, conac})), IsEmpty());
}

TEST(DarkLinkCheckTest, ConfiguredDomainsAreAllowed) {
  Document doc = Page({HiddenLink("http://www.partner.org.cn/", "合作单位", {"display_none"})});
  EXPECT_THAT(Inspect(doc), SizeIs(1));
  LinkRiskOptions options;
  options.allowed_domains = {"partner.org.cn"};
  EXPECT_THAT(Inspect(doc, options), IsEmpty());
}

TEST(DarkLinkCheckTest, InteractiveAndAccessibilityLinksAreSilentUnlessSpam) {
  Link menu = HiddenLink("http://www.xinhuanet.com/", "新华网", {"display_none"});
  menu.interactive_container = true;
  Link skip = HiddenLink("http://www.example.org/", "跳转到主要内容", {"clip"});
  skip.accessibility_text = true;
  EXPECT_THAT(Inspect(Page({menu, skip})), IsEmpty());
  Link spam_menu = HiddenLink("http://www.a8x.com/", "百家乐", {"display_none"});
  spam_menu.interactive_container = true;
  std::vector<Finding> f = Inspect(Page({spam_menu}));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].severity, Severity::kVeto);
}

TEST(DarkLinkCheckTest, HiddenSpamLinkToTheSiteItselfIsAPlantedPage) {
  std::vector<Finding> f = Inspect(
      Page({HiddenLink("http://www.xfx.gov.cn/html/ampj/88.html", "澳门葡京赌场", {"offscreen"})}));
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].severity, Severity::kVeto);
  EXPECT_THAT(f[0].detail, ::testing::HasSubstr("on the site itself"));
}

TEST(DarkLinkCheckTest, IgnoresImagesScriptsAndNonHtml) {
  Link img = HiddenLink("http://img.example.com/a.gif", "", {"display_none"});
  img.tag = "img";
  Link script = HiddenLink("http://cdn.example.com/a.js", "", {"display_none"});
  script.tag = "script";
  EXPECT_THAT(Inspect(Page({img, script})), IsEmpty());
  Document attachment = Page({HiddenLink("http://spam.example.com/", "x", {"display_none"})});
  attachment.kind = DocumentKind::kAttachment;
  EXPECT_THAT(Inspect(attachment), IsEmpty());
}

}  // namespace
}  // namespace govmon
