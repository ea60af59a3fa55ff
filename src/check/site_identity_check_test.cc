#include "check/site_identity_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "html/html_parser.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Document HomePage(std::vector<std::string> texts, std::vector<Link> links = {}) {
  Document doc;
  doc.url = "http://www.xfx.gov.cn/";
  for (std::string& t : texts) {
    TextBlock block;
    block.text = std::move(t);
    doc.blocks.push_back(std::move(block));
  }
  doc.links = std::move(links);
  return doc;
}

Link MakeLink(std::string url, std::string text, std::string tag = "a") {
  Link link;
  link.url = std::move(url);
  link.text = std::move(text);
  link.tag = std::move(tag);
  return link;
}

std::vector<std::string> MissingKinds(const Document& doc, bool is_home = true) {
  PageContext context;
  context.site = "http://www.xfx.gov.cn/";
  context.is_home = is_home;
  std::vector<Finding> out;
  SiteIdentityCheck().Inspect(doc, context, &out);
  std::vector<std::string> kinds;
  for (const Finding& f : out) {
    EXPECT_EQ(f.check, "site_identity");
    EXPECT_EQ(f.url, "http://www.xfx.gov.cn/");
    kinds.push_back(f.kind);
  }
  return kinds;
}

const std::vector<Link> kBadges = {
    MakeLink("https://bszs.conac.cn/sitename?method=show&id=5A1F", "党政机关"),
    MakeLink("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3607300001",
             "我为政府网站找错"),
};

TEST(SiteIdentityCheckTest, CompleteFooterIsSilent) {
  Document doc =
      HomePage({"主办单位：信丰县人民政府办公室 承办：信丰县大数据中心",
                "联系电话：0797-3322110 地址：江西省信丰县嘉定镇",
                "网站标识码：3607220001 赣ICP备05004569号-1", "赣公网安备 36072202000123号"},
               kBadges);
  EXPECT_THAT(MissingKinds(doc), IsEmpty());
}

TEST(SiteIdentityCheckTest, ReportsEachMissingItem) {
  EXPECT_THAT(MissingKinds(HomePage({"欢迎访问"})),
              ElementsAre("site_id_code", "icp_record", "police_record", "sponsor", "contact",
                          "conac_badge", "error_report_entry"));
}

TEST(SiteIdentityCheckTest, OnlyOnTheHomePage) {
  EXPECT_THAT(MissingKinds(HomePage({"欢迎访问"}), /*is_home=*/false), IsEmpty());
}

TEST(SiteIdentityCheckTest, AcceptsSpacedLabelsAndDepartmentCodes) {
  Document doc =
      HomePage({"主 办：国家税务总局 网站标识码 bm29000002",
                "京ICP备 05070218号 京公网安备11010202008132号", "邮箱：webmaster@example.gov.cn"},
               kBadges);
  EXPECT_THAT(MissingKinds(doc), IsEmpty());
}

TEST(SiteIdentityCheckTest, RejectsMalformedCodes) {
  Document doc = HomePage(
      {"主办单位：某某局 电话：12345", "网站标识码：36072200 ICP备案号：暂无", "公网安备123号"},
      kBadges);
  EXPECT_THAT(MissingKinds(doc), ElementsAre("site_id_code", "icp_record", "police_record"));
}

TEST(SiteIdentityCheckTest, HiddenBadgeLinksDoNotCount) {
  std::vector<Link> links = kBadges;
  for (Link& link : links) link.visibility.techniques = {"display_none"};
  Document doc =
      HomePage({"主办单位：某某局 电话：0797-1234567 网站标识码：3607220001 赣ICP备05004569号 "
                "赣公网安备36072202000123号"},
               links);
  EXPECT_THAT(MissingKinds(doc), ElementsAre("conac_badge", "error_report_entry"));
}

TEST(SiteIdentityCheckTest, BadgeScriptsCount) {
  std::vector<Link> links = {
      MakeLink("https://dcs.conac.cn/js/36/000/0000/60000000.js", "", "script"),
      MakeLink("https://zfwzgl.www.gov.cn/exposure/jiucuo.js", "", "script")};
  Document doc =
      HomePage({"主办单位：某某局 电话：0797-1234567 网站标识码：3607220001 赣ICP备05004569号 "
                "赣公网安备36072202000123号"},
               links);
  EXPECT_THAT(MissingKinds(doc), IsEmpty());
}

TEST(SiteIdentityCheckTest, MetaSiteIdCodeIsNotEnoughButIsNamed) {
  Document doc = HomePage({"欢迎访问"});
  doc.meta["SiteIDCode"] = "3607220001";
  PageContext context;
  context.is_home = true;
  std::vector<Finding> out;
  SiteIdentityCheck().Inspect(doc, context, &out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].kind, "site_id_code");
  EXPECT_THAT(out[0].detail, ::testing::HasSubstr("SiteIDCode meta tag says 3607220001"));
}

std::vector<std::string> MissingOnParsedPage(const std::string& html) {
  return MissingKinds(ParseHtml(html, "http://www.xfx.gov.cn/"));
}

TEST(SiteIdentityCheckTest, RealHomePageFooterIsComplete) {
  // A portal home page of the dark-link corpus: footer with every item, the
  // badges as linked images.
  std::ifstream in(GOVMON_SOURCE_DIR "/testdata/darklink/cases/decoy_visible_external.html");
  ASSERT_TRUE(in);
  std::stringstream html;
  html << in.rdbuf();
  EXPECT_THAT(MissingOnParsedPage(html.str()), IsEmpty());
}

TEST(SiteIdentityCheckTest, ParsedFooterWithGaps) {
  EXPECT_THAT(
      MissingOnParsedPage(R"(<html><body><div class="main">内容</div>
<div class="footer"><p>版权所有：某某县人民政府　技术支持：某某网络公司</p>
<p>网站标识码：3607220001</p><p style="display:none">赣ICP备05004569号</p>
<script src="https://dcs.conac.cn/js/36/000/0000/60000000.js"></script></div></body></html>)"),
      ElementsAre("icp_record", "police_record", "sponsor", "contact", "error_report_entry"));
}

TEST(SiteIdentityCheckTest, ScriptBuiltPagesGetLowConfidence) {
  Document doc = ParseHtml(
      "<html><body><div id='app'></div><script src='/static/js/app.js'></script></body></html>",
      "http://www.xfx.gov.cn/");
  PageContext context;
  context.is_home = true;
  std::vector<Finding> out;
  SiteIdentityCheck().Inspect(doc, context, &out);
  ASSERT_EQ(out.size(), 7u);
  EXPECT_EQ(out[0].confidence, 0.3);
  EXPECT_THAT(out[0].detail, ::testing::HasSubstr("footer may be written by a script"));
  // A page with a real amount of text is judged as it is.
  Document full = HomePage({std::string(400, 'x')});
  out.clear();
  SiteIdentityCheck().Inspect(full, context, &out);
  ASSERT_FALSE(out.empty());
  EXPECT_FALSE(out[0].confidence.has_value());
}

}  // namespace
}  // namespace govmon
