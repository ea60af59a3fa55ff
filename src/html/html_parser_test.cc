#include "html/html_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "base/strings.h"
#include "base/url.h"
#include "html/link_extractor.h"
#include "html/text_extractor.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

const Link* FindLink(const Document& doc, std::string_view url) {
  for (const Link& link : doc.links) {
    if (link.url == url) return &link;
  }
  return nullptr;
}

std::vector<std::string> LinkUrls(const Document& doc) {
  std::vector<std::string> urls;
  for (const Link& link : doc.links) urls.push_back(link.url);
  return urls;
}

std::vector<std::string> BlockTexts(const Document& doc) {
  std::vector<std::string> texts;
  for (const TextBlock& block : doc.blocks) texts.push_back(block.text);
  return texts;
}

TEST(HtmlParserTest, BuildsDomWithSourceOffsets) {
  const std::string html = "<html><body><p id=x>你好</p></body></html>";
  Document doc = ParseHtml(html, "http://www.example.gov.cn/");
  ASSERT_FALSE(doc.nodes.empty());
  EXPECT_EQ(doc.nodes[0].tag, "html");
  auto p =
      std::find_if(doc.nodes.begin(), doc.nodes.end(), [](const Node& n) { return n.tag == "p"; });
  ASSERT_NE(p, doc.nodes.end());
  EXPECT_EQ(p->source_offset, html.find("<p"));
  ASSERT_NE(p->Attribute("id"), nullptr);
  EXPECT_EQ(*p->Attribute("id"), "x");
  ASSERT_THAT(p->children, SizeIs(1));
  const Node& text = doc.nodes[p->children[0]];
  EXPECT_EQ(text.type, Node::Type::kText);
  EXPECT_EQ(text.text, "你好");
  EXPECT_EQ(text.source_offset, html.find("你好"));
  EXPECT_EQ(doc.nodes[text.parent].tag, "p");
}

TEST(HtmlParserTest, ReadsTitleMetaAndBase) {
  Document doc = ParseHtml(
      "<head><title> 某某县人民政府  门户网站 </title>"
      "<meta name=\"SiteName\" content=\"某某县人民政府\">"
      "<meta name=\"SiteIDCode\" content=\"3607300001\">"
      "<meta name=\"ColumnName\" content=\"通知公告\">"
      "<meta property=\"og:title\" content=\"标题\">"
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
      "<base href=\"/static/\"></head><body><a href=\"a.html\">a</a></body>",
      "http://www.mmx.gov.cn/col/index.html");
  EXPECT_EQ(doc.title, "某某县人民政府 门户网站");
  EXPECT_EQ(doc.Meta("sitename"), "某某县人民政府");
  EXPECT_EQ(doc.Meta("SiteIDCode"), "3607300001");
  EXPECT_EQ(doc.Meta("ColumnName"), "通知公告");
  EXPECT_EQ(doc.Meta("og:title"), "标题");
  EXPECT_EQ(doc.Meta("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(doc.base_url, "http://www.mmx.gov.cn/static/");
  EXPECT_THAT(LinkUrls(doc), ElementsAre("http://www.mmx.gov.cn/static/a.html"));
}

TEST(HtmlParserTest, ExtractsLinksFromEveryResourceElement) {
  Document doc = ParseHtml(
      "<head><link rel=stylesheet href=/css/main.css><link rel=\"shortcut icon\" href=/favicon.ico>"
      "<link rel=dns-prefetch href=//cdn.example.com>"
      "<script src=js/app.js></script></head><body>"
      "<a href=news/1.html>新闻</a><map><area href=/map/a.html alt=地图></map>"
      "<iframe src=//video.example.com/player></iframe>"
      "<img src=img/a.png alt=\" 图 片 \"><img srcset=\"img/s1.png 1x, img/s2.png 2x\">"
      "<embed src=flash.swf><object data=doc.pdf></object>"
      "<picture><source srcset=\"img/p.webp\"></picture><video src=v.mp4></video>"
      "</body>",
      "https://www.example.gov.cn/dir/page.html");
  EXPECT_THAT(
      LinkUrls(doc),
      ElementsAre(
          "https://www.example.gov.cn/css/main.css", "https://www.example.gov.cn/favicon.ico",
          "https://www.example.gov.cn/dir/js/app.js", "https://www.example.gov.cn/dir/news/1.html",
          "https://www.example.gov.cn/map/a.html", "https://video.example.com/player",
          "https://www.example.gov.cn/dir/img/a.png", "https://www.example.gov.cn/dir/img/s1.png",
          "https://www.example.gov.cn/dir/flash.swf", "https://www.example.gov.cn/dir/doc.pdf",
          "https://www.example.gov.cn/dir/img/p.webp", "https://www.example.gov.cn/dir/v.mp4"));
  EXPECT_THAT(doc.stylesheets, ElementsAre("https://www.example.gov.cn/css/main.css"));
  const Link* img = FindLink(doc, "https://www.example.gov.cn/dir/img/a.png");
  ASSERT_NE(img, nullptr);
  EXPECT_EQ(img->tag, "img");
  EXPECT_EQ(img->text, "图 片");
  EXPECT_EQ(img->raw, "img/a.png");
  const Link* area = FindLink(doc, "https://www.example.gov.cn/map/a.html");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->text, "地图");
}

TEST(HtmlParserTest, CssUrlsOfThePagesOwnStyleAreImageLinks) {
  const std::string html =
      "<head><link rel=stylesheet href=/css/main.css>"
      "<style>.banner{background:url(../img/banner.jpg)}</style></head>"
      "<body><div class=banner style=\"background-image:url('bg/a.png')\">x</div>"
      "<p style=\"color:red\">y</p></body>";
  Document doc = ParseHtml(html, "https://www.example.gov.cn/dir/page.html");
  EXPECT_THAT(LinkUrls(doc), ElementsAre("https://www.example.gov.cn/css/main.css",
                                         "https://www.example.gov.cn/img/banner.jpg",
                                         "https://www.example.gov.cn/dir/bg/a.png"));
  const Link* banner = FindLink(doc, "https://www.example.gov.cn/img/banner.jpg");
  ASSERT_NE(banner, nullptr);
  EXPECT_EQ(banner->origin, LinkOrigin::kCssUrl);
  EXPECT_EQ(banner->tag, "style");
  EXPECT_EQ(banner->raw, "../img/banner.jpg");
  EXPECT_EQ(banner->source_offset, html.find("<style>"));
  const Link* inline_bg = FindLink(doc, "https://www.example.gov.cn/dir/bg/a.png");
  ASSERT_NE(inline_bg, nullptr);
  EXPECT_EQ(inline_bg->origin, LinkOrigin::kCssUrl);
  EXPECT_EQ(inline_bg->tag, "div");
  EXPECT_EQ(inline_bg->source_offset, html.find("<div"));
  // The crawler takes a linked sheet's url()s once per sheet, resolved
  // against the sheet's own URL, not the page's.
  std::vector<Link> sheet = StyleSheetLinks(
      "@import 'more.css'; .nav{background:url(../img/nav.png)} .x{background:url(/a.gif)}",
      "https://www.example.gov.cn/css/main.css");
  ASSERT_THAT(sheet, SizeIs(2));
  EXPECT_EQ(sheet[0].url, "https://www.example.gov.cn/img/nav.png");
  EXPECT_EQ(sheet[0].raw, "../img/nav.png");
  EXPECT_EQ(sheet[0].origin, LinkOrigin::kCssUrl);
  EXPECT_EQ(sheet[0].tag, "link");
  EXPECT_EQ(sheet[1].url, "https://www.example.gov.cn/a.gif");
}

TEST(HtmlParserTest, LinkResolverAgreesWithUrlResolve) {
  for (const char* base : {"http://www.example.gov.cn/col/col1/index.html",
                           "https://User@WWW.Example.gov.cn:8443/a/b?x=1#f", "http://x.gov.cn"}) {
    const LinkResolver resolver(base);
    const Url base_url = Url::Parse(base).value();
    for (const char* ref : {"/art/2023/7/5/art_1.html",
                            "news/1.html",
                            "1.html?id=2&p=3",
                            "a/./b.html",
                            "../up.html",
                            "a/..",
                            ".hidden",
                            "/x/.y",
                            "/q?a=/./b",
                            "a?b?c",
                            "http://www.other.gov.cn/x/y.html",
                            "https://Mixed.Example.com/",
                            "http://host.example.com",
                            "http://h.example.com./a",
                            "http://h.example.com:80/a",
                            "HTTP://h.example.com/a",
                            "//cdn.example.com/a.js",
                            "?page=2",
                            "a b.html",
                            "/中文.html",
                            "a:b",
                            "/a//b",
                            "x;y,z+w~v",
                            "/%7Euser"}) {
      Result<Url> expected = base_url.Resolve(ref);
      EXPECT_EQ(resolver.Resolve(ref),
                expected.ok() ? std::optional<std::string>(expected->spec()) : std::nullopt)
          << base << " + " << ref;
    }
  }
}

TEST(HtmlParserTest, SkipsNonResourceHrefs) {
  Document doc = ParseHtml(
      "<a href=\"javascript:void(0)\">x</a><a href=\"JavaScript:go()\">x</a>"
      "<a href=\"mailto:zfb@example.gov.cn\">mail</a><a href=\"tel:0797-1234567\">tel</a>"
      "<a href=\"data:text/html,hi\">d</a><a href=\"\">e</a><a href=\"#\">top</a>"
      "<a href=\"#main\">main</a><a>no href</a><a href=\"  \">blank</a>"
      "<a href=\"java&#10;script:alert(1)\">split</a><a href=\"http://[bad\">bad</a>"
      "<a href=\"/ok.html\">ok</a>",
      "http://www.example.gov.cn/");
  EXPECT_THAT(LinkUrls(doc), ElementsAre("http://www.example.gov.cn/ok.html"));
}

TEST(HtmlParserTest, AnchorTextIsCollapsedAndFallsBackToImageAlt) {
  Document doc = ParseHtml(
      "<a href=/a.html>\n  关于开展\n  <b>2023年</b>  工作的通知 </a>"
      "<a href=/b.html><img src=/logo.png alt=\"县政府网站\"></a>"
      "<a href=/c.html title=\"更多\"></a>",
      "http://www.example.gov.cn/");
  ASSERT_THAT(doc.links, SizeIs(4));
  EXPECT_EQ(doc.links[0].text, "关于开展 2023年 工作的通知");
  EXPECT_EQ(doc.links[1].text, "县政府网站");
  EXPECT_EQ(doc.links[3].text, "更多");
  EXPECT_EQ(doc.links[0].source_offset, 0u);
  EXPECT_EQ(doc.nodes[doc.links[0].node].tag, "a");
}

TEST(HtmlParserTest, FramesetFramesAreLinks) {
  Document doc =
      ParseHtml("<frameset rows=\"0,*\"><frame src=top.html><frame src=main.html></frameset>",
                "http://www.example.gov.cn/");
  EXPECT_THAT(LinkUrls(doc), ElementsAre("http://www.example.gov.cn/top.html",
                                         "http://www.example.gov.cn/main.html"));
}

TEST(HtmlParserTest, MetaRefreshIsALink) {
  Document doc = ParseHtml(
      "<meta http-equiv=\"refresh\" content=\"0; URL='http://www.bad-example.com/x'\">"
      "<meta http-equiv=refresh content=\"30\">",
      "http://www.example.gov.cn/");
  ASSERT_THAT(doc.links, SizeIs(1));
  EXPECT_EQ(doc.links[0].url, "http://www.bad-example.com/x");
  EXPECT_EQ(doc.links[0].origin, LinkOrigin::kMetaRefresh);
  EXPECT_EQ(doc.links[0].tag, "meta");
}

TEST(HtmlParserTest, LocalFileUrlResolvesOnlyAbsoluteLinks) {
  Document doc = ParseHtml("<a href=rel.html>r</a><a href=http://x.gov.cn/a>a</a>", "draft.html");
  EXPECT_THAT(LinkUrls(doc), ElementsAre("http://x.gov.cn/a"));
}

TEST(HtmlParserTest, VisibleTextBlocksFollowReadingOrder) {
  Document doc = ParseHtml(
      "<html><head><title>标题</title><style>p{color:red}</style>"
      "<script>var s = '不可见';</script></head><body>"
      "<div>第一段<span>继续</span></div><p>第二段<br>换行</p>"
      "<noscript>请开启脚本</noscript><template><p>模板</p></template>"
      "<ul><li>一</li><li>二</li></ul>"
      "<p>  English   words\n here </p></body></html>",
      "http://www.example.gov.cn/");
  EXPECT_THAT(BlockTexts(doc), ElementsAre("第一段继续", "第二段", "换行", "请开启脚本", "一", "二",
                                           "English words here"));
  EXPECT_EQ(doc.VisibleText(), "第一段继续\n第二段\n换行\n请开启脚本\n一\n二\nEnglish words here");
}

TEST(HtmlParserTest, AppendCollapsedMatchesCollapseWhitespace) {
  const std::vector<std::string> pieces = {"  a\tb\n\r c ",
                                           "\xC2\xA0中\xE3\x80\x80文\xE2\x80\x8B",
                                           "\xE2\x80\xAFx\xE2\x81\x9F",
                                           "\xEF\xBB\xBFy\xE1\x9A\x80z",
                                           "\xE2\x80\x8C\xE2\x80\x90\xC2\xA1",
                                           "\xE2\x80",
                                           "\xC2",
                                           "\xFF\xFE bad \xE3\x80",
                                           "",
                                           "   ",
                                           "end\v\f"};
  std::string out;
  std::string joined;
  bool pending = false;
  for (const std::string& piece : pieces) {
    const bool any = AppendCollapsed(piece, &out, &pending);
    EXPECT_EQ(any, !TrimUnicodeSpace(piece).empty()) << piece;
    joined += piece;
    EXPECT_EQ(out, CollapseWhitespace(joined)) << joined;
  }
}

TEST(HtmlParserTest, LineBreaksBetweenChineseCharactersAreNotSpaces) {
  Document doc = ParseHtml("<p>中华人民\n共和国 成立</p>", "");
  EXPECT_THAT(BlockTexts(doc), ElementsAre("中华人民共和国 成立"));
}

TEST(HtmlParserTest, SourceMapPointsBackIntoTheSource) {
  const std::string html = "<p>通知：  <b>关于\n  做好</b>工作</p><p>a&amp;b 你好</p>";
  Document doc = ParseHtml(html, "");
  ASSERT_THAT(doc.blocks, SizeIs(2));
  const TextBlock& b = doc.blocks[0];
  EXPECT_EQ(b.text, "通知： 关于做好工作");
  EXPECT_EQ(b.source_offset, html.find("通知"));
  auto source_of = [&](const TextBlock& block, size_t text_offset) {
    size_t result = block.source_offset;
    for (const auto& [t, s] : block.source_map) {
      if (t <= text_offset) result = s + (text_offset - t);
    }
    return result;
  };
  for (std::string_view word : {"通知", "关于", "做好", "工作"}) {
    EXPECT_EQ(source_of(b, b.text.find(word)), html.find(word)) << word;
  }
  EXPECT_EQ(doc.blocks[1].text, "a&b 你好");
  EXPECT_EQ(doc.blocks[1].source_offset, html.find("a&amp;b"));
}

TEST(HtmlParserTest, TablesHaveRowsCellsAndHeaders) {
  Document doc = ParseHtml(
      "<table><thead><tr><th>姓名</th><th>职务</th><th>联系电话</th></tr></thead>"
      "<tbody><tr><td>张三</td><td>科员</td><td>0797-1234567</td></tr>"
      "<tr><td rowspan=2>李四</td><td colspan=2>借调</td></tr>"
      "<tr><td>副科长</td><td>无</td></tr></tbody></table>",
      "");
  ASSERT_THAT(doc.tables, SizeIs(1));
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_THAT(t.rows, SizeIs(4));
  EXPECT_THAT(t.rows[0], ElementsAre("姓名", "职务", "联系电话"));
  EXPECT_THAT(t.rows[2], ElementsAre("李四", "借调"));
  EXPECT_THAT(t.rows[3], ElementsAre("副科长", "无"));
  auto block = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                            [](const TextBlock& b) { return b.text == "0797-1234567"; });
  ASSERT_NE(block, doc.blocks.end());
  EXPECT_EQ(block->table, 0);
  EXPECT_EQ(block->row, 1);
  EXPECT_EQ(block->column, 2);
  EXPECT_EQ(block->column_header, "联系电话");
  EXPECT_EQ(block->location, "表1 第2行 第3列");
  // The rowspan shifts the next row's cells right.
  auto deputy = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                             [](const TextBlock& b) { return b.text == "副科长"; });
  ASSERT_NE(deputy, doc.blocks.end());
  EXPECT_EQ(deputy->column, 1);
  EXPECT_EQ(deputy->column_header, "职务");
}

TEST(HtmlParserTest, HiddenTablesAreExtractedAndFlaggedHidden) {
  Document doc = ParseHtml(
      "<style>.x{display:none}</style>"
      "<table><tr><th>项目</th></tr><tr><td>公开</td></tr>"
      "<tr style=\"display:none\"><td>内部</td></tr></table>"
      "<div class=x><table><tr><th>姓名</th><th>身份证号</th></tr>"
      "<tr><td>张三</td><td><span>3601</span>02199001011234</td></tr></table></div>",
      "");
  ASSERT_THAT(doc.tables, SizeIs(2));
  EXPECT_FALSE(doc.tables[0].hidden);
  EXPECT_THAT(doc.tables[0].rows[2], ElementsAre("内部"));
  EXPECT_TRUE(doc.tables[1].hidden);
  EXPECT_EQ(doc.tables[1].header_rows, 1);
  EXPECT_THAT(doc.tables[1].rows[1], ElementsAre("张三", "360102199001011234"));

  auto block_of = [&](std::string_view text) -> const TextBlock* {
    for (const TextBlock& b : doc.blocks) {
      if (b.text == text) return &b;
    }
    return nullptr;
  };
  const TextBlock* open = block_of("公开");
  ASSERT_NE(open, nullptr);
  EXPECT_FALSE(open->hidden);
  EXPECT_EQ(open->location, "表1 第2行 第1列");
  const TextBlock* row = block_of("内部");
  ASSERT_NE(row, nullptr);
  EXPECT_TRUE(row->hidden);
  EXPECT_EQ(row->location, "表1 第3行 第1列（隐藏）");
  const TextBlock* id = block_of("360102199001011234");
  ASSERT_NE(id, nullptr);
  EXPECT_TRUE(id->hidden);
  EXPECT_EQ(id->table, 1);
  EXPECT_EQ(id->column_header, "身份证号");
  EXPECT_EQ(id->location, "表2 第2行 第2列（隐藏）");
  // Hidden text outside tables stays out; VisibleText() leaves hidden cells out.
  EXPECT_EQ(doc.VisibleText(), "项目\n公开");
}

TEST(HtmlParserTest, NestedTablesAreTablesOfTheirOwn) {
  std::string html = "<table><tr><td>外层<table><tr><td>内层</td></tr></table></td></tr></table>";
  // Layout tables nested hundreds deep, as broken or hostile pages have.
  for (int i = 0; i < 300; ++i) html = "<table><tr><td>" + html + "</td></tr></table>";
  Document doc = ParseHtml(html, "");
  ASSERT_THAT(doc.tables, SizeIs(302));
  EXPECT_THAT(doc.tables[300].rows[0], ElementsAre("外层"));
  EXPECT_THAT(doc.tables[301].rows[0], ElementsAre("内层"));
  EXPECT_THAT(doc.tables[0].rows[0], ElementsAre(""));
  EXPECT_THAT(BlockTexts(doc), ElementsAre("外层", "内层"));
}

TEST(HtmlParserTest, NoscriptContentIsVisibleAndItsLinksAreMarked) {
  Document doc = ParseHtml(
      "<body><noscript><p>请启用脚本，或访问<a href=\"/text.html\">文字版</a></p>"
      "<iframe src=\"https://www.tagmanager.example.com/ns.html\" width=0 height=0 "
      "style=\"display:none\"></iframe>"
      "<script>document.write('<a href=\"http://spam.example.com/\">x</a>');</script>"
      "</noscript><a href=\"/a.html\">正文</a></body>",
      "http://www.example.gov.cn/");
  EXPECT_THAT(BlockTexts(doc), ElementsAre("请启用脚本，或访问文字版", "正文"));
  const Link* text = FindLink(doc, "http://www.example.gov.cn/text.html");
  ASSERT_NE(text, nullptr);
  EXPECT_TRUE(text->visibility.visible());
  EXPECT_TRUE(text->noscript);
  const Link* frame = FindLink(doc, "https://www.tagmanager.example.com/ns.html");
  ASSERT_NE(frame, nullptr);
  EXPECT_FALSE(frame->visibility.visible());
  EXPECT_TRUE(frame->noscript);
  const Link* outside = FindLink(doc, "http://www.example.gov.cn/a.html");
  ASSERT_NE(outside, nullptr);
  EXPECT_FALSE(outside->noscript);
  // A script inside <noscript> never runs.
  EXPECT_EQ(FindLink(doc, "http://spam.example.com/"), nullptr);
}

TEST(HtmlParserTest, StyleInsideNoscriptDoesNotApply) {
  const ResourceMap sheets = {{"http://www.example.gov.cn/nojs.css", ".menu{display:block}"}};
  HtmlOptions options;
  options.stylesheets = &sheets;
  Document doc = ParseHtml(
      "<head><style>.menu{display:none}</style><noscript><style>.menu{display:block}</style>"
      "<link rel=stylesheet href=/nojs.css></noscript></head>"
      "<body><div class=menu><a href=\"http://x.example.com/\">x</a></div></body>",
      "http://www.example.gov.cn/", options);
  EXPECT_THAT(doc.stylesheets, ElementsAre("http://www.example.gov.cn/nojs.css"));
  const Link* link = FindLink(doc, "http://x.example.com/");
  ASSERT_NE(link, nullptr);
  EXPECT_FALSE(link->visibility.visible());
}

TEST(HtmlParserTest, FindsPublicationDates) {
  Document doc = ParseHtml(
      "<head><meta name=PubDate content=\"2023-07-05 10:19\"></head><body>"
      "<div class=\"header\">今天是2023年7月20日</div>"
      "<div class=\"article\"><div class=info>发布时间：2023-07-05 来源：县政府办</div>"
      "<p>根据2023/6/1会议精神……</p></div>"
      "<ul class=\"list\"><li><a href=\"/art/2023/6/2/art_1_1.html\">a</a></li>"
      "<li><a href=\"./202306/t20230603_123.html\">b</a></li></ul>"
      "<div id=\"footer\">版权所有 2019.01.02</div></body>",
      "http://www.example.gov.cn/col/t20230705_999.html");
  auto find = [&](std::string_view text) -> const DateMention* {
    for (const DateMention& d : doc.dates) {
      if (d.text == text) return &d;
    }
    return nullptr;
  };
  const DateMention* meta = find("2023-07-05");
  ASSERT_NE(meta, nullptr);
  EXPECT_EQ(meta->source, DateMention::Source::kMeta);
  const DateMention* header = find("2023年7月20日");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->region, Region::kHeader);
  EXPECT_EQ(header->source, DateMention::Source::kText);
  int labels = 0;
  for (const DateMention& d : doc.dates) {
    if (d.source == DateMention::Source::kLabel) {
      ++labels;
      EXPECT_EQ(d.date, Date(2023, 7, 5));
      EXPECT_EQ(d.region, Region::kMain);
    }
  }
  EXPECT_EQ(labels, 1);
  const DateMention* footer = find("2019.01.02");
  ASSERT_NE(footer, nullptr);
  EXPECT_EQ(footer->region, Region::kFooter);
  const DateMention* in_url = find("20230603");
  ASSERT_NE(in_url, nullptr);
  EXPECT_EQ(in_url->source, DateMention::Source::kUrl);
  EXPECT_EQ(in_url->date, Date(2023, 6, 3));
  ASSERT_NE(find("20230705"), nullptr);
  EXPECT_EQ(find("20230705")->node, -1);
}

TEST(HtmlParserTest, EmptyAndGarbageInputNeverCrash) {
  EXPECT_THAT(ParseHtml("", "").links, IsEmpty());
  const char kGarbage[] = "\0\xff<a href=\xfe>\x80</a";
  Document doc = ParseHtml(std::string(kGarbage, sizeof(kGarbage) - 1), "http://x/");
  EXPECT_THAT(doc.blocks, SizeIs(::testing::Le(2u)));
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "<a href=/deep.html>深</a>";
  Document nested = ParseHtml(deep, "http://www.example.gov.cn/");
  EXPECT_THAT(LinkUrls(nested), ElementsAre("http://www.example.gov.cn/deep.html"));
  EXPECT_THAT(BlockTexts(nested), ElementsAre("深"));
}

}  // namespace
}  // namespace govmon
