#include "html/css_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

std::vector<std::string> SelectorTexts(const CssStyleSheet& sheet) {
  std::vector<std::string> out;
  for (const CssRule& rule : sheet.rules) {
    for (const CssSelector& s : rule.selectors) out.push_back(s.text);
  }
  return out;
}

TEST(CssParserTest, ParsesRulesDeclarationsAndImportant) {
  CssStyleSheet sheet = ParseCss(
      "/* 暗链 */ .hide-link { display : none !important; color:#FFF }\n"
      "h1, #top > .nav a{font-size:0;  }");
  ASSERT_THAT(sheet.rules, SizeIs(2));
  EXPECT_THAT(sheet.rules[0].declarations, ElementsAre(CssDeclaration{"display", "none", true},
                                                       CssDeclaration{"color", "#FFF", false}));
  EXPECT_THAT(SelectorTexts(sheet), ElementsAre(".hide-link", "h1", "#top > .nav a"));
}

TEST(CssParserTest, SpecificityCountsIdsClassesAndTypes) {
  CssSelector s;
  ASSERT_TRUE(ParseCssSelector("#a .b[c] li:first-child:not(.d) > span", &s));
  EXPECT_EQ(s.specificity, (1u << 16) | (4u << 8) | 2u);
  ASSERT_TRUE(ParseCssSelector("*", &s));
  EXPECT_EQ(s.specificity, 0u);
}

TEST(CssParserTest, ParsesEveryCombinatorAndAttributeOperator) {
  CssSelector s;
  ASSERT_TRUE(ParseCssSelector("div > p + a ~ span em", &s));
  EXPECT_THAT(s.combinators, ElementsAre(CssCombinator::kChild, CssCombinator::kAdjacent,
                                         CssCombinator::kSibling, CssCombinator::kDescendant));
  ASSERT_TRUE(ParseCssSelector(
      "a[href][target=_blank][class~=x][lang|=zh][href^=\"http\"][href$='.cn'][href*=gov i]", &s));
  const auto& attrs = s.compounds[0].attributes;
  ASSERT_THAT(attrs, SizeIs(7));
  EXPECT_EQ(attrs[1].op, CssAttributeSelector::Op::kEquals);
  EXPECT_EQ(attrs[1].value, "_blank");
  EXPECT_EQ(attrs[4].op, CssAttributeSelector::Op::kPrefix);
  EXPECT_EQ(attrs[4].value, "http");
  EXPECT_EQ(attrs[5].op, CssAttributeSelector::Op::kSuffix);
  EXPECT_EQ(attrs[6].op, CssAttributeSelector::Op::kSubstring);
  EXPECT_TRUE(attrs[6].case_insensitive);
}

TEST(CssParserTest, DynamicPseudoClassesAndPseudoElementsNeverMatch) {
  CssSelector s;
  for (const char* text :
       {".menu li:hover ul", "a:focus", "a::before", "p:first-line", "li:has(a)", "a:visited"}) {
    ASSERT_TRUE(ParseCssSelector(text, &s)) << text;
    bool never = false;
    for (const auto& c : s.compounds) never |= c.never_matches;
    EXPECT_TRUE(never) << text;
  }
  ASSERT_TRUE(ParseCssSelector("li:nth-child(2n+1)", &s));
  ASSERT_THAT(s.compounds[0].pseudo_classes, SizeIs(1));
  EXPECT_EQ(s.compounds[0].pseudo_classes[0].a, 2);
  EXPECT_EQ(s.compounds[0].pseudo_classes[0].b, 1);
  EXPECT_FALSE(s.compounds[0].never_matches);
}

TEST(CssParserTest, BadSelectorDropsOnlyItsRule) {
  CssStyleSheet sheet =
      ParseCss("li:nth-child(x) { color:red } .ok{display:none} svg|rect{x:1} .b{} #{y:z}");
  EXPECT_THAT(SelectorTexts(sheet), ElementsAre(".ok"));
}

TEST(CssParserTest, RecoversFromBadDeclarationsAndStrings) {
  CssStyleSheet sheet = ParseCss(
      ".a{content:\"}{;\"; *zoom:1; _height:1px; display:none; color}"
      ".b{background:url(data:image/png;base64,AAA=) no-repeat; visibility:hidden}"
      ".c{display:none !ie}");
  ASSERT_THAT(sheet.rules, SizeIs(2));
  // *zoom is dropped; _height is an unknown property, left for the cascade
  // to ignore.
  EXPECT_THAT(sheet.rules[0].declarations, ElementsAre(CssDeclaration{"content", "\"}{;\"", false},
                                                       CssDeclaration{"_height", "1px", false},
                                                       CssDeclaration{"display", "none", false}));
  EXPECT_EQ(sheet.rules[1].declarations[0].value, "url(data:image/png;base64,AAA=) no-repeat");
}

TEST(CssParserTest, MediaBlocksApplyToADesktopScreen) {
  CssStyleSheet sheet = ParseCss(
      "@charset \"utf-8\"; @import url(\"base.css\"); @import 'x.css' print;"
      "@media screen { .s{display:none} }"
      "@media print { .p{display:none} }"
      "@media (max-width: 768px) { .mobile{display:none} }"
      "@media screen and (min-width: 1024px) { .wide{display:none} }"
      "@media only screen and (max-width:640px), print and (color) { .no{display:none} }"
      "@font-face { font-family: x; src: url(x.woff) }"
      "@keyframes spin { from { left: -9999px } to { left: 0 } }"
      "@supports (display:grid) { .g{display:none} }");
  EXPECT_THAT(SelectorTexts(sheet), ElementsAre(".s", ".wide", ".g"));
  EXPECT_THAT(sheet.imports, ElementsAre("base.css", "x.css"));
}

TEST(CssParserTest, MediaQueryMatches) {
  EXPECT_TRUE(MediaQueryMatches("all"));
  EXPECT_TRUE(MediaQueryMatches("screen, print"));
  EXPECT_FALSE(MediaQueryMatches("print"));
  EXPECT_TRUE(MediaQueryMatches("not print"));
  EXPECT_TRUE(MediaQueryMatches("(min-width: 60em)"));
  EXPECT_FALSE(MediaQueryMatches("(max-width: 60em)"));
  EXPECT_FALSE(MediaQueryMatches("(prefers-color-scheme: dark)"));
  EXPECT_FALSE(MediaQueryMatches("(unknown-feature: 1)"));
}

TEST(CssParserTest, StyleAttributeDeclarations) {
  EXPECT_THAT(ParseCssDeclarations("position:absolute;left:-9999px;TOP : -999px"),
              ElementsAre(CssDeclaration{"position", "absolute", false},
                          CssDeclaration{"left", "-9999px", false},
                          CssDeclaration{"top", "-999px", false}));
  EXPECT_THAT(ParseCssDeclarations(";;:;x"), IsEmpty());
}

TEST(CssParserTest, UnterminatedInputIsTolerated) {
  CssStyleSheet sheet = ParseCss(".a{display:none");
  ASSERT_THAT(sheet.rules, SizeIs(1));
  EXPECT_THAT(ParseCss("@media screen { .b{color:red}").rules, SizeIs(1));
  EXPECT_THAT(ParseCss("\"unterminated { .c{x:y}").rules, IsEmpty());
  EXPECT_THAT(ParseCss("/* open comment .d{x:y}").rules, IsEmpty());
}

TEST(CssParserTest, FindsUrlReferences) {
  EXPECT_THAT(FindCssUrls("@import url(base.css); @import 'print.css';\n"
                          ".logo{background:#fff URL( \"../img/logo.png\" ) no-repeat}\n"
                          "/* .old{background:url(old.png)} */\n"
                          "@media (max-width:600px){.m{background-image:url('m\\'1.png')}}\n"
                          "@font-face{src:url(f.woff2) format('woff2'),url(f.woff)}\n"
                          ".a{content:\"url(not-a-link)\";cursor:url(c.cur),auto}\n"
                          ".b{background:url(data:image/png;base64,AAAA)}"
                          ".c{clip-path:url(#clip)} .d{background:url()} .e{x:myurl(y)}\n"
                          ".f{background:url(../img/logo.png)} .g{background:url(unclosed"),
              ElementsAre("../img/logo.png", "m'1.png", "f.woff2", "f.woff", "c.cur", "unclosed"));
  EXPECT_THAT(FindCssUrls("background:url(a.png)"), ElementsAre("a.png"));
  EXPECT_THAT(FindCssUrls("url("), IsEmpty());
  EXPECT_THAT(FindCssUrls("x:'unterminated"), IsEmpty());
}

TEST(CssParserTest, EscapedIdentifiers) {
  CssSelector s;
  ASSERT_TRUE(ParseCssSelector(".\\31 23.a\\:b", &s));
  EXPECT_THAT(s.compounds[0].classes, ElementsAre("123", "a:b"));
}

}  // namespace
}  // namespace govmon
