// Visibility as a specification: each hiding technique spammers use on
// government pages, and the decoys that must stay visible.
#include "html/visibility.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "html/html_parser.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr char kSite[] = "http://www.example.gov.cn/index.html";

// The link to `url` in `html`; fails the test when absent.
Link LinkTo(const std::string& html, std::string_view url, const HtmlOptions& options = {}) {
  Document doc = ParseHtml(html, kSite, options);
  for (const Link& link : doc.links) {
    if (link.url == url) return link;
  }
  ADD_FAILURE() << "no link to " << url;
  return Link();
}

constexpr char kSpam[] = "http://www.bet365-spam.com/";

std::vector<std::string> Techniques(const std::string& html) {
  return LinkTo(html, kSpam).visibility.techniques;
}

TEST(VisibilityTest, PlainLinkIsVisible) {
  EXPECT_THAT(Techniques("<p><a href=\"http://www.bet365-spam.com/\">友情链接</a></p>"), IsEmpty());
}

TEST(VisibilityTest, DisplayNoneInlineOnAncestor) {
  Link link = LinkTo(
      "<div style=\"display:none\"><a href=\"http://www.bet365-spam.com/\">澳门赌场</a></div>",
      kSpam);
  EXPECT_THAT(link.visibility.techniques, ElementsAre("display_none"));
  EXPECT_EQ(link.visibility.rule, "display:none");
  EXPECT_EQ(link.visibility.rule_origin, "inline");
  EXPECT_EQ(link.text, "澳门赌场");
}

TEST(VisibilityTest, StyleBlockRuleNamesSelectorAndBlock) {
  Link link = LinkTo(
      "<style>.x{color:red}</style><style>#links .hd { visibility: hidden }</style>"
      "<div id=links><span class=hd><a href=\"http://www.bet365-spam.com/\">x</a></span></div>",
      kSpam);
  EXPECT_THAT(link.visibility.techniques, ElementsAre("visibility_hidden"));
  EXPECT_EQ(link.visibility.rule, "visibility:hidden");
  EXPECT_EQ(link.visibility.rule_origin, "<style>#2: #links .hd");
}

TEST(VisibilityTest, LinkedStylesheetFromOptions) {
  ResourceMap sheets = {{"http://www.example.gov.cn/css/a.css", ".f a{display:none}"}};
  HtmlOptions options;
  options.stylesheets = &sheets;
  StyleSheetCache cache;
  options.stylesheet_cache = &cache;
  const std::string html =
      "<link rel=stylesheet href=/css/a.css><div class=f><a href=\"http://www.bet365-spam.com/\">"
      "x</a></div>";
  for (int round = 0; round < 2; ++round) {  // The second round hits the cache.
    Link link = LinkTo(html, kSpam, options);
    EXPECT_THAT(link.visibility.techniques, ElementsAre("display_none"));
    EXPECT_EQ(link.visibility.rule_origin, "http://www.example.gov.cn/css/a.css: .f a");
  }
  EXPECT_THAT(LinkTo(html, kSpam).visibility.techniques, IsEmpty());  // Sheet not supplied.
}

TEST(VisibilityTest, ImportedStylesheets) {
  ResourceMap sheets = {{"http://www.example.gov.cn/css/main.css", "@import url(\"hide.css\");"},
                        {"http://www.example.gov.cn/css/hide.css", ".f a{display:none}"},
                        {"http://www.example.gov.cn/inline.css", ".g a{visibility:hidden}"}};
  HtmlOptions options;
  options.stylesheets = &sheets;
  Document doc = ParseHtml(
      "<style>@import '/inline.css';</style><link rel=stylesheet href=/css/main.css>"
      "<div class=f><a href=\"http://www.bet365-spam.com/\">x</a></div>"
      "<div class=g><a href=\"http://spam2.example.com/\">y</a></div>",
      kSite, options);
  EXPECT_THAT(doc.stylesheets, ElementsAre("http://www.example.gov.cn/css/main.css",
                                           "http://www.example.gov.cn/inline.css",
                                           "http://www.example.gov.cn/css/hide.css"));
  ASSERT_EQ(doc.links.size(), 3u);
  EXPECT_THAT(doc.links[1].visibility.techniques, ElementsAre("display_none"));
  EXPECT_EQ(doc.links[1].visibility.rule_origin, "http://www.example.gov.cn/css/hide.css: .f a");
  EXPECT_THAT(doc.links[2].visibility.techniques, ElementsAre("visibility_hidden"));
}

TEST(VisibilityTest, SpecificityImportantAndSourceOrder) {
  // The later, more specific and !important rules decide.
  EXPECT_THAT(Techniques("<style>a{display:none} .v{display:inline}</style>"
                         "<a class=v href=\"http://www.bet365-spam.com/\">x</a>"),
              IsEmpty());
  EXPECT_THAT(Techniques("<style>.v{display:inline} a{display:none !important}</style>"
                         "<a class=v href=\"http://www.bet365-spam.com/\">x</a>"),
              ElementsAre("display_none"));
  EXPECT_THAT(
      Techniques("<style>#i{display:none}</style>"
                 "<a id=i style=\"display:inline\" href=\"http://www.bet365-spam.com/\">x</a>"),
      IsEmpty());
  EXPECT_THAT(Techniques("<style>div a{display:inline} a{display:none}</style>"
                         "<div><a href=\"http://www.bet365-spam.com/\">x</a></div>"),
              IsEmpty());
}

TEST(VisibilityTest, SelectorsOfEveryKind) {
  const char* cases[] = {
      "<style>div > a{display:none}</style><div><a "
      "href=\"http://www.bet365-spam.com/\">x</a></div>",
      "<style>h2 + a{display:none}</style><h2>t</h2><a href=\"http://www.bet365-spam.com/\">x</a>",
      "<style>h2 ~ a{display:none}</style><h2>t</h2><p></p><a "
      "href=\"http://www.bet365-spam.com/\">x</a>",
      "<style>a[href*=bet365]{display:none}</style><a href=\"http://www.bet365-spam.com/\">x</a>",
      "<style>a[href^=\"http://www.bet\"]{display:none}</style><a "
      "href=\"http://www.bet365-spam.com/\">x</a>",
      "<style>a[target~=b]{display:none}</style><a target=\"a b\" "
      "href=\"http://www.bet365-spam.com/\">x</a>",
      "<style>p:not(.keep) a{display:none}</style><p><a "
      "href=\"http://www.bet365-spam.com/\">x</a></p>",
      "<style>li:first-child a{display:none}</style><ul><li><a "
      "href=\"http://www.bet365-spam.com/\">x</a></li><li>b</li></ul>",
      "<style>*{display:none}</style><a href=\"http://www.bet365-spam.com/\">x</a>",
  };
  for (const char* html : cases) {
    EXPECT_THAT(Techniques(html), ElementsAre("display_none")) << html;
  }
  EXPECT_THAT(Techniques("<style>p:not(.keep) a{display:none}</style>"
                         "<p class=keep><a href=\"http://www.bet365-spam.com/\">x</a></p>"),
              IsEmpty());
}

TEST(VisibilityTest, HoverRulesNeitherShowNorHide) {
  EXPECT_THAT(
      Techniques("<style>.m ul{display:none} .m:hover ul{display:block}</style>"
                 "<div class=m><ul><li><a href=\"http://www.bet365-spam.com/\">x</a></ul></div>"),
      ElementsAre("display_none"));
  EXPECT_THAT(Techniques("<style>a:hover{display:none} a:focus{visibility:hidden}</style>"
                         "<a href=\"http://www.bet365-spam.com/\">x</a>"),
              IsEmpty());
}

TEST(VisibilityTest, EveryHidingTechnique) {
  struct Case {
    const char* html;
    const char* technique;
  };
  const Case cases[] = {
      {"<div hidden><a href=\"http://www.bet365-spam.com/\">x</a></div>", "hidden_attribute"},
      {"<div style=\"opacity:0\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
       "opacity_zero"},
      {"<div style=\"position:absolute;left:-9999px\"><a "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "offscreen"},
      {"<div style=\"position:absolute;top:-1000px\"><a "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "offscreen"},
      {"<div style=\"position:fixed;right:99999px\"><a "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "offscreen"},
      {"<div style=\"margin-left:-3000px\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
       "offscreen"},
      {"<div style=\"margin:-999px 0 0 0\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
       "offscreen"},
      {"<div style=\"text-indent:-9999px\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
       "offscreen"},
      {"<div style=\"transform:translateX(-5000px)\"><a "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "offscreen"},
      {"<div style=\"height:0;overflow:hidden\"><a "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "zero_size"},
      {"<div style=\"width:1px;height:1px;overflow:hidden\"><a "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "zero_size"},
      {"<div style=\"line-height:0;overflow:hidden\"><a "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "zero_size"},
      {"<div style=\"font-size:0\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
       "font_size_zero"},
      {"<div style=\"font:0/0 a\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
       "font_size_zero"},
      {"<a style=\"color:#fff\" href=\"http://www.bet365-spam.com/\">x</a>", "same_color"},
      {"<div style=\"background:#003366\"><a style=\"color:#036\" "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "same_color"},
      {"<body bgcolor=#000000><font color=black><a href=\"http://www.bet365-spam.com/\" "
       "style=\"color:inherit\">x</a></font>",
       "same_color"},
      {"<a style=\"color:transparent\" href=\"http://www.bet365-spam.com/\">x</a>", "same_color"},
      {"<div style=\"position:absolute;clip:rect(0 0 0 0)\"><a "
       "href=\"http://www.bet365-spam.com/\">x</a></div>",
       "clip"},
      {"<div style=\"clip-path:inset(50%)\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
       "clip"},
      {"<marquee scrollamount=3000><a href=\"http://www.bet365-spam.com/\">x</a></marquee>",
       "marquee"},
      {"<marquee width=1 height=1><a href=\"http://www.bet365-spam.com/\">x</a></marquee>",
       "marquee"},
      {"<div style=\"visibility:hidden\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
       "visibility_hidden"},
      {"<a href=\"http://www.bet365-spam.com/\"><span style=\"display:none\">x</span></a>",
       "display_none"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> t = Techniques(c.html);
    EXPECT_THAT(t, ::testing::Contains(c.technique)) << c.html;
  }
}

TEST(VisibilityTest, HiddenIframes) {
  Document doc = ParseHtml(
      "<iframe src=\"http://spam.example.com/a\" width=0 height=0></iframe>"
      "<iframe src=\"http://spam.example.com/b\" style=\"display:none\"></iframe>"
      "<iframe src=\"http://video.example.com/c\" width=640 height=360></iframe>",
      kSite);
  ASSERT_EQ(doc.links.size(), 3u);
  EXPECT_THAT(doc.links[0].visibility.techniques, ::testing::Contains("hidden_iframe"));
  EXPECT_THAT(doc.links[1].visibility.techniques, ElementsAre("display_none", "hidden_iframe"));
  EXPECT_THAT(doc.links[2].visibility.techniques, IsEmpty());
}

TEST(VisibilityTest, ZeroSizedFramesetTracks) {
  Document doc = ParseHtml(
      "<frameset rows=\"0,*\"><frame src=\"http://spam.example.com/\">"
      "<frame src=\"/main.html\"></frameset>",
      kSite);
  ASSERT_EQ(doc.links.size(), 2u);
  EXPECT_THAT(doc.links[0].visibility.techniques, ElementsAre("hidden_iframe"));
  EXPECT_EQ(doc.links[0].visibility.rule, "rows=\"0,*\"");
  EXPECT_THAT(doc.links[1].visibility.techniques, IsEmpty());
}

TEST(VisibilityTest, DecoysStayVisible) {
  const char* decoys[] = {
      // Child re-shows what its parent hid with visibility.
      "<div style=\"visibility:hidden\"><a style=\"visibility:visible\" "
      "href=\"http://www.bet365-spam.com/\">x</a></div>",
      // font-size:0 on a parent to kill inline-block gaps; children reset it.
      "<ul style=\"font-size:0\"><li style=\"font-size:14px\"><a "
      "href=\"http://www.bet365-spam.com/\">x</a></li></ul>",
      // White text on a dark banner.
      "<div style=\"background-color:#c00\"><a style=\"color:#fff\" "
      "href=\"http://www.bet365-spam.com/\">x</a></div>",
      // Logo image replacement: text moved away, the link shows its background image.
      "<h1><a "
      "style=\"display:block;width:300px;height:80px;text-indent:-9999px;background:url(logo.png)"
      "\" href=\"http://www.bet365-spam.com/\">x</a></h1>",
      // An image link inside font-size:0.
      "<div style=\"font-size:0\"><a href=\"http://www.bet365-spam.com/\"><img src=/a.png "
      "alt=a></a></div>",
      // Small negative offsets of real layouts.
      "<div style=\"position:relative;top:-20px;margin-left:-10px\"><a "
      "href=\"http://www.bet365-spam.com/\">x</a></div>",
      // width:0 on an inline element has no effect.
      "<span style=\"width:0;height:0;overflow:hidden\"><a "
      "href=\"http://www.bet365-spam.com/\">x</a></span>",
      // Print-only rules.
      "<style>@media print{a{display:none}}</style><a href=\"http://www.bet365-spam.com/\">x</a>",
      // Unrelated pseudo-elements.
      "<style>a::after{display:none} a:before{visibility:hidden}</style><a "
      "href=\"http://www.bet365-spam.com/\">x</a>",
      // A normal scrolling news ticker.
      "<marquee scrollamount=2 width=300><a href=\"http://www.bet365-spam.com/\">x</a></marquee>",
      // Grey text on white is low contrast, not hidden.
      "<a style=\"color:#999\" href=\"http://www.bet365-spam.com/\">x</a>",
  };
  for (const char* html : decoys) {
    EXPECT_THAT(Techniques(html), IsEmpty()) << html;
  }
}

TEST(VisibilityTest, HiddenTextIsNotVisibleText) {
  Document doc = ParseHtml(
      "<p>政务公开</p><div style=\"display:none\">博彩网站</div>"
      "<p style=\"font-size:0\">六合彩<span style=\"font-size:12px\">可见</span></p>",
      kSite);
  EXPECT_EQ(doc.VisibleText(), "政务公开\n可见");
}

TEST(VisibilityTest, InteractiveContainersAndAccessibilityText) {
  Document doc = ParseHtml(
      "<ul class=\"nav\"><li><a href=\"/a\">首页</a><ul class=\"sub\" style=\"display:none\">"
      "<li><a href=\"http://partner.example.com/\">合作</a></li></ul></li></ul>"
      "<div class=\"tab-content\"><div class=\"tab-pane\" style=\"display:none\">"
      "<a href=\"http://x.example.com/\">tab</a></div></div>"
      "<a class=\"sr-only\" href=\"/main\">跳到主要内容</a>"
      "<span class=\"visually-hidden\"><a href=\"http://y.example.com/\">说明</a></span>"
      "<div style=\"display:none\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
      kSite);
  auto find = [&](std::string_view url) {
    for (const Link& l : doc.links) {
      if (l.url == url) return l;
    }
    return Link();
  };
  EXPECT_TRUE(find("http://partner.example.com/").interactive_container);
  EXPECT_TRUE(find("http://x.example.com/").interactive_container);
  EXPECT_TRUE(find("http://www.example.gov.cn/main").accessibility_text);
  EXPECT_TRUE(find("http://y.example.com/").accessibility_text);
  const Link spam = find(kSpam);
  EXPECT_FALSE(spam.interactive_container);
  EXPECT_FALSE(spam.accessibility_text);
  EXPECT_FALSE(spam.visibility.visible());
}

TEST(VisibilityTest, CanBeTurnedOff) {
  HtmlOptions options;
  options.compute_visibility = false;
  EXPECT_THAT(
      LinkTo("<div style=\"display:none\"><a href=\"http://www.bet365-spam.com/\">x</a></div>",
             kSpam, options)
          .visibility.techniques,
      IsEmpty());
}

}  // namespace
}  // namespace govmon
