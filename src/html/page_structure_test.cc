#include "html/page_structure.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "html/html_parser.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;

// The region of the first element whose text is `text`.
Region RegionOfText(const std::string& html, std::string_view text) {
  HtmlOptions options;
  options.compute_visibility = false;
  Document doc = ParseHtml(html, "", options);
  NodeRoles roles = ComputeNodeRoles(doc);
  for (size_t i = 0; i < doc.nodes.size(); ++i) {
    if (doc.nodes[i].type == Node::Type::kText && doc.nodes[i].text == text) {
      return roles.region[i];
    }
  }
  ADD_FAILURE() << "no text " << text;
  return Region::kMain;
}

TEST(PageStructureTest, NameWordsSplitsSeparatorsAndCamelCase) {
  EXPECT_THAT(NameWords("g-footerNav  box_2"), ElementsAre("g", "footer", "nav", "box", "2"));
  EXPECT_THAT(NameWords("TOPBAR"), ElementsAre("topbar"));
}

TEST(PageStructureTest, RegionsFromTagsRolesAndNames) {
  EXPECT_EQ(RegionOfText("<header><p>x</p></header>", "x"), Region::kHeader);
  EXPECT_EQ(RegionOfText("<div role=contentinfo><p>x</p></div>", "x"), Region::kFooter);
  EXPECT_EQ(RegionOfText("<div id=\"bottom\"><p>x</p></div>", "x"), Region::kFooter);
  EXPECT_EQ(RegionOfText("<div class=\"copyright-wrap\">x</div>", "x"), Region::kFooter);
  EXPECT_EQ(RegionOfText("<div class=\"mainNav\">x</div>", "x"), Region::kNav);
  EXPECT_EQ(RegionOfText("<div class=\"side\">x</div>", "x"), Region::kSidebar);
  EXPECT_EQ(RegionOfText("<div class=\"top\">x</div>", "x"), Region::kHeader);
  // Nearest ancestor wins; an article's own header is content.
  EXPECT_EQ(RegionOfText("<div class=footer><div class=nav>x</div></div>", "x"), Region::kNav);
  EXPECT_EQ(RegionOfText("<article><header>x</header></article>", "x"), Region::kMain);
  // Words that only contain a keyword are not it; the list in a right-hand
  // column is the page's content.
  EXPECT_EQ(RegionOfText("<div class=\"topic stop\">x</div>", "x"), Region::kMain);
  EXPECT_EQ(RegionOfText("<div class=\"main_right\">x</div>", "x"), Region::kMain);
  EXPECT_EQ(RegionOfText("<div class=\"right\">x</div>", "x"), Region::kSidebar);
}

TEST(PageStructureTest, SkipLinkText) {
  EXPECT_TRUE(LooksLikeSkipLinkText(" 跳到主要内容 "));
  EXPECT_TRUE(LooksLikeSkipLinkText("Skip to content"));
  EXPECT_FALSE(LooksLikeSkipLinkText("关于跳到新岗位的通知"));
}

}  // namespace
}  // namespace govmon
