#include "html/script_links.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "html/html_parser.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using Kind = ScriptOutput::Kind;

std::vector<std::string> Values(std::string_view js) {
  std::vector<std::string> out;
  for (const ScriptOutput& o : FindScriptOutputs(js)) out.push_back(o.value);
  return out;
}

TEST(ScriptLinksTest, DocumentWriteOfLiteralsAndConcatenation) {
  EXPECT_THAT(
      Values("document.write('<a href=\"http://a.com/\">a</a>');"
             "document.writeln(\"<div>\" + '<a href=http://b.com/>b</a>' + \"</div>\");"),
      ElementsAre("<a href=\"http://a.com/\">a</a>", "<div><a href=http://b.com/>b</a></div>"));
}

TEST(ScriptLinksTest, EscapesUnescapeAndFromCharCode) {
  EXPECT_THAT(Values("document.write(\"\\x3ca href=\\u0022http://c.com/\\u0022\\x3e\");"),
              ElementsAre("<a href=\"http://c.com/\">"));
  EXPECT_THAT(Values("document.write(unescape('%3Ca%20href%3D%22http%3A//d.com/%22%3E%u4E2D'));"),
              ElementsAre("<a href=\"http://d.com/\">中"));
  EXPECT_THAT(Values("document.write(String.fromCharCode(60,98,62));"), ElementsAre("<b>"));
}

TEST(ScriptLinksTest, InnerHtmlOuterHtmlAndInsertAdjacentHtml) {
  EXPECT_THAT(Values("el.innerHTML = '<a href=/x>x</a>'; el.innerHTML += '<i>y</i>';"
                     "document.getElementById('f').outerHTML='<p>z</p>';"
                     "box.insertAdjacentHTML('beforeend', '<a href=//e.com>e</a>');"),
              ElementsAre("<a href=/x>x</a>", "<i>y</i>", "<p>z</p>", "<a href=//e.com>e</a>"));
}

TEST(ScriptLinksTest, FollowsStringVariables) {
  EXPECT_THAT(Values("var u = 'http://f.com/'; var h = '<a href=\"' + u + '\">f</a>';"
                     "h += '<br>'; document.write(h);"),
              ElementsAre("<a href=\"http://f.com/\">f</a><br>"));
  // Computed values are unknown, and nothing is guessed.
  EXPECT_THAT(Values("document.write(makeLink()); document.write(x + '<b>');"), IsEmpty());
}

TEST(ScriptLinksTest, Redirects) {
  std::vector<ScriptOutput> out = FindScriptOutputs(
      "if (navigator.userAgent.indexOf('Baiduspider') < 0) {"
      " window.location.href = 'http://g.com/'; }"
      "location = \"http://h.com/\"; top.location.replace('http://i.com/');"
      "window.location.assign(\"/local.html\"); if (location.href == 'x') {}"
      "var location = 'not a redirect';");
  ASSERT_EQ(out.size(), 4u);
  for (const ScriptOutput& o : out) EXPECT_EQ(o.kind, Kind::kRedirect);
  EXPECT_EQ(out[0].value, "http://g.com/");
  EXPECT_EQ(out[1].value, "http://h.com/");
  EXPECT_EQ(out[2].value, "http://i.com/");
  EXPECT_EQ(out[3].value, "/local.html");
}

TEST(ScriptLinksTest, IgnoresCommentsStringsAndRegexes) {
  EXPECT_THAT(Values("// document.write('<a href=http://j.com/>');\n"
                     "/* document.write('<a href=http://k.com/>'); */"
                     "var s = \"document.write('<a href=http://l.com/>')\";"
                     "var r = /document.write\\('x'\\)/g;"),
              IsEmpty());
}

TEST(ScriptLinksTest, ParseHtmlAddsScriptWrittenLinksAndRedirects) {
  const std::string html =
      "<html><body><p>正文</p><script>"
      "document.write('<div style=\"display:none\"><a href=\"http://www.spam-bet.com/\">"
      "博彩</a></div>');"
      "setTimeout(function(){ location.href = 'http://www.spam-redirect.com/'; }, 0);"
      "</script><script src=\"/js/common.js\"></script></body></html>";
  ResourceMap scripts = {{"http://www.example.gov.cn/js/common.js",
                          "document.write(\"<a href='http://www.spam-file.com/'>x</a>\");"}};
  HtmlOptions options;
  options.scripts = &scripts;
  Document doc = ParseHtml(html, "http://www.example.gov.cn/a.html", options);
  std::vector<std::string> urls;
  for (const Link& l : doc.links) urls.push_back(l.url);
  EXPECT_THAT(urls,
              ElementsAre("http://www.example.gov.cn/js/common.js", "http://www.spam-bet.com/",
                          "http://www.spam-redirect.com/", "http://www.spam-file.com/"));
  const Link& written = doc.links[1];
  EXPECT_EQ(written.origin, LinkOrigin::kScriptWritten);
  EXPECT_EQ(written.text, "博彩");
  EXPECT_THAT(written.visibility.techniques, ElementsAre("display_none"));
  EXPECT_EQ(written.source_offset, html.find("document.write"));
  EXPECT_EQ(doc.nodes[written.node].tag, "script");
  EXPECT_EQ(doc.links[2].origin, LinkOrigin::kScriptRedirect);
  EXPECT_EQ(doc.links[2].source_offset, html.find("location.href"));
  EXPECT_EQ(doc.links[3].origin, LinkOrigin::kScriptWritten);
  EXPECT_TRUE(doc.links[3].visibility.visible());
  // Without the file, only inline scripts are read.
  EXPECT_EQ(ParseHtml(html, "http://www.example.gov.cn/a.html").links.size(), 3u);
}

TEST(ScriptLinksTest, ScriptsInsideHiddenContainersWriteHiddenLinks) {
  Document doc = ParseHtml(
      "<div style=\"position:absolute;left:-8000px\"><script>"
      "document.write('<a href=http://www.spam-bet.com/>x</a>')</script></div>",
      "http://www.example.gov.cn/");
  ASSERT_EQ(doc.links.size(), 1u);
  EXPECT_THAT(doc.links[0].visibility.techniques, ElementsAre("offscreen"));
}

TEST(ScriptLinksTest, NonJavaScriptTypesAreNotRun) {
  Document doc = ParseHtml(
      "<script type=\"text/template\">document.write('<a href=http://x.com/>x</a>')</script>",
      "http://www.example.gov.cn/");
  EXPECT_THAT(doc.links, IsEmpty());
}

}  // namespace
}  // namespace govmon
