#include "html/style_cascade.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "html/html_parser.h"

namespace govmon {
namespace {

TEST(StyleCascadeTest, ParsesLengths) {
  CssLength l;
  ASSERT_TRUE(ParseCssLength("-9999px", &l));
  EXPECT_EQ(l, (CssLength{-9999, CssLength::Unit::kPx}));
  ASSERT_TRUE(ParseCssLength("-999em", &l));
  EXPECT_EQ(l.unit, CssLength::Unit::kEm);
  ASSERT_TRUE(ParseCssLength("0", &l));
  EXPECT_EQ(l.unit, CssLength::Unit::kPx);
  ASSERT_TRUE(ParseCssLength("12pt", &l));
  EXPECT_FLOAT_EQ(l.value, 16);
  ASSERT_TRUE(ParseCssLength("-100%", &l));
  EXPECT_EQ(l.unit, CssLength::Unit::kPercent);
  EXPECT_FALSE(ParseCssLength("calc(100% - 10px)", &l));
  EXPECT_FALSE(ParseCssLength("px", &l));
}

TEST(StyleCascadeTest, ParsesColors) {
  Rgba c;
  ASSERT_TRUE(ParseCssColor("#FFF", &c));
  EXPECT_EQ(c, (Rgba{255, 255, 255, 255}));
  ASSERT_TRUE(ParseCssColor("#00336680", &c));
  EXPECT_EQ(c, (Rgba{0, 51, 102, 128}));
  ASSERT_TRUE(ParseCssColor("rgba(255, 0, 0, 0)", &c));
  EXPECT_EQ(c.a, 0);
  ASSERT_TRUE(ParseCssColor("rgb(100% 0% 0% / 50%)", &c));
  EXPECT_EQ(c.r, 255);
  EXPECT_EQ(c.a, 127);
  ASSERT_TRUE(ParseCssColor("White", &c));
  EXPECT_EQ(c, (Rgba{255, 255, 255, 255}));
  EXPECT_FALSE(ParseCssColor("#12", &c));
  EXPECT_FALSE(ParseCssColor("currentcolor", &c));
}

TEST(StyleCascadeTest, CompilesShorthands) {
  std::vector<StyleValue> values;
  CompileDeclarations({{"margin", "-999px 0 0 -20px", false},
                       {"font", "italic bold 0/0 Arial", false},
                       {"overflow", "hidden", true},
                       {"background", "url(a.png) no-repeat #c00", false},
                       {"unknown-prop", "1", false}},
                      &values);
  std::vector<CssProperty> properties;
  for (const StyleValue& v : values) properties.push_back(v.property);
  EXPECT_THAT(properties,
              ::testing::ElementsAre(CssProperty::kMarginTop, CssProperty::kMarginLeft,
                                     CssProperty::kFontSize, CssProperty::kLineHeight,
                                     CssProperty::kOverflowX, CssProperty::kOverflowY,
                                     CssProperty::kBackgroundColor, CssProperty::kBackgroundImage));
  EXPECT_FLOAT_EQ(values[0].length.value, -999);
  EXPECT_FLOAT_EQ(values[1].length.value, -20);
  EXPECT_FLOAT_EQ(values[2].length.value, 0);
  EXPECT_TRUE(values[4].important);
  EXPECT_EQ(values[6].color, (Rgba{204, 0, 0, 255}));
  EXPECT_TRUE(values[7].image);
  EXPECT_EQ(values[0].text, "margin:-999px 0 0 -20px");
}

TEST(StyleCascadeTest, IndexesRulesByRightmostCompound) {
  CompiledStyleSheet sheet("<style>#1",
                           "#a .b{display:none} .c span{display:none} div p{display:none}"
                           "*{opacity:1} .x:hover{display:none} p{text-align:center}");
  EXPECT_EQ(sheet.ById("a"), nullptr);  // #a .b is keyed by .b, its rightmost compound.
  ASSERT_NE(sheet.ByClass("b"), nullptr);
  ASSERT_NE(sheet.ByTag("span"), nullptr);
  ASSERT_NE(sheet.ByTag("p"), nullptr);
  EXPECT_EQ(sheet.ByTag("p")->size(), 1u);  // text-align bears on no visibility.
  EXPECT_EQ(sheet.universal().size(), 1u);
  EXPECT_EQ(sheet.ByClass("x"), nullptr);  // :hover never matches.
}

TEST(StyleCascadeTest, InheritsInheritedPropertiesOnly) {
  Document doc = ParseHtml(
      "<div style=\"visibility:hidden;color:red;opacity:0.5;font-size:0\"><span>x</span></div>",
      "");
  std::vector<std::shared_ptr<const CompiledStyleSheet>> none;
  StyleCascade cascade(doc, none);
  int span = -1;
  for (size_t i = 0; i < doc.nodes.size(); ++i) {
    if (doc.nodes[i].tag == "span") span = static_cast<int>(i);
  }
  ASSERT_GE(span, 0);
  const ComputedStyle& s = cascade.style(span);
  ASSERT_NE(s[CssProperty::kVisibility].value, nullptr);
  EXPECT_FALSE(s[CssProperty::kVisibility].own);
  EXPECT_EQ(s[CssProperty::kVisibility].value->text, "visibility:hidden");
  ASSERT_NE(s[CssProperty::kColor].value, nullptr);
  ASSERT_NE(s[CssProperty::kFontSize].value, nullptr);
  EXPECT_EQ(s[CssProperty::kOpacity].value, nullptr);
  EXPECT_EQ(cascade.DescribeOrigin(s[CssProperty::kVisibility]), "inline");
}

}  // namespace
}  // namespace govmon
