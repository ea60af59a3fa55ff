#include <gtest/gtest.h>

#include "html/html_parser.h"
#include "html/script_links.h"

namespace govmon {
namespace {

std::vector<std::string> ScriptWrittenUrls(const Document& doc) {
  std::vector<std::string> urls;
  for (const Link& link : doc.links) {
    if (link.origin == LinkOrigin::kScriptWritten) urls.push_back(link.url);
  }
  return urls;
}

TEST(ScriptOutputCacheTest, PagesSharingAScriptGetTheSameLinksAsWithoutTheCache) {
  ResourceMap scripts = {{"http://x.gov.cn/js/common.js",
                          "document.write('<a href=\"/a.html\">A</a><a href=\"b.html\">B</a>');"}};
  const char* page = "<html><body><script src='/js/common.js'></script></body></html>";
  HtmlOptions plain;
  plain.scripts = &scripts;
  ScriptOutputCache cache;
  HtmlOptions cached = plain;
  cached.script_cache = &cache;
  Document expected = ParseHtml(page, "http://x.gov.cn/dir/p1.html", plain);
  ASSERT_EQ(ScriptWrittenUrls(expected).size(), 2u);
  EXPECT_EQ(ScriptWrittenUrls(ParseHtml(page, "http://x.gov.cn/dir/p1.html", cached)),
            ScriptWrittenUrls(expected));
  // A second page in another folder: the script's relative links resolve
  // against that page, though its outputs come from the cache.
  Document second = ParseHtml(page, "http://x.gov.cn/other/p2.html", cached);
  EXPECT_EQ(ScriptWrittenUrls(second),
            (std::vector<std::string>{"http://x.gov.cn/a.html", "http://x.gov.cn/other/b.html"}));
  EXPECT_EQ(cache.Get("http://x.gov.cn/js/common.js", "ignored")->size(), 1u);
}

}  // namespace
}  // namespace govmon
