#include "base/url.h"

#include <gtest/gtest.h>

namespace govmon {
namespace {

std::string Resolve(std::string_view base, std::string_view ref) {
  Result<Url> b = Url::Parse(base);
  EXPECT_TRUE(b.ok()) << b.status().ToString();
  Result<Url> r = b->Resolve(ref);
  return r.ok() ? r->spec() : "ERROR: " + std::string(r.status().message());
}

TEST(UrlTest, ParsesComponents) {
  Result<Url> url = Url::Parse("  HTTP://www.GanZhou.gov.cn:8080/a/b.html?x=1#top ");
  ASSERT_TRUE(url.ok()) << url.status().ToString();
  EXPECT_EQ(url->scheme(), "http");
  EXPECT_EQ(url->host(), "www.ganzhou.gov.cn");
  EXPECT_EQ(url->port(), 8080);
  EXPECT_EQ(url->path(), "/a/b.html");
  EXPECT_EQ(url->query(), "x=1");
  EXPECT_EQ(url->fragment(), "top");
  EXPECT_EQ(url->Extension(), "html");
  EXPECT_EQ(url->Origin(), "http://www.ganzhou.gov.cn:8080");
}

TEST(UrlTest, ParsesIpv6AndEmptyPath) {
  Result<Url> url = Url::Parse("http://[::1]:9000");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url->host(), "[::1]");
  EXPECT_EQ(url->port(), 9000);
  EXPECT_EQ(url->path(), "/");
}

TEST(UrlTest, RejectsNonUrlsWithClearMessages) {
  EXPECT_EQ(Url::Parse("www.gov.cn").status().message(),
            "not an absolute URL (no scheme): \"www.gov.cn\"");
  EXPECT_EQ(Url::Parse("http:/x").status().message(),
            "URL has no host (expected \"http://\"): \"http:/x\"");
  EXPECT_EQ(Url::Parse("http://host:99999/").status().message(),
            "URL has an invalid port \"99999\": \"http://host:99999/\"");
  EXPECT_FALSE(Url::Parse("http:///path").ok());
  EXPECT_FALSE(Url::Parse("").ok());
}

TEST(UrlTest, ResolvesRelativeReferencesPerRfc3986) {
  const char* base = "http://a/b/c/d;p?q";
  EXPECT_EQ(Resolve(base, "g"), "http://a/b/c/g");
  EXPECT_EQ(Resolve(base, "./g"), "http://a/b/c/g");
  EXPECT_EQ(Resolve(base, "g/"), "http://a/b/c/g/");
  EXPECT_EQ(Resolve(base, "/g"), "http://a/g");
  EXPECT_EQ(Resolve(base, "//g"), "http://g/");
  EXPECT_EQ(Resolve(base, "?y"), "http://a/b/c/d;p?y");
  EXPECT_EQ(Resolve(base, "g?y"), "http://a/b/c/g?y");
  EXPECT_EQ(Resolve(base, "#s"), "http://a/b/c/d;p?q#s");
  EXPECT_EQ(Resolve(base, ".."), "http://a/b/");
  EXPECT_EQ(Resolve(base, "../g"), "http://a/b/g");
  EXPECT_EQ(Resolve(base, "../../g"), "http://a/g");
  EXPECT_EQ(Resolve(base, "../../../g"), "http://a/g");
  EXPECT_EQ(Resolve(base, "g;x=1/../y"), "http://a/b/c/y");
  EXPECT_EQ(Resolve(base, ""), "http://a/b/c/d;p?q");
}

TEST(UrlTest, ResolvesWhatRealPagesContain) {
  const char* base = "http://www.xx.gov.cn/zwgk/tzgg/index.html";
  EXPECT_EQ(Resolve(base, "..\\zcwj\\t20230705_1.html"),
            "http://www.xx.gov.cn/zwgk/zcwj/t20230705_1.html");
  EXPECT_EQ(Resolve(base, " ./附件/名单.xls "),
            "http://www.xx.gov.cn/zwgk/tzgg/%E9%99%84%E4%BB%B6/%E5%90%8D%E5%8D%95.xls");
  EXPECT_EQ(Resolve(base, "https://other.example.com/x"), "https://other.example.com/x");
  EXPECT_EQ(Resolve(base, "a b.html"), "http://www.xx.gov.cn/zwgk/tzgg/a%20b.html");
  EXPECT_TRUE(Resolve(base, "javascript:void(0)").starts_with("ERROR"));
  EXPECT_TRUE(Resolve(base, "mailto:a@b.cn").starts_with("ERROR"));
}

TEST(UrlTest, NormalizesForDedup) {
  EXPECT_EQ(NormalizeUrlString("HTTP://WWW.X.GOV.CN:80/a/./b/../c.html#frag"),
            "http://www.x.gov.cn/a/c.html");
  EXPECT_EQ(NormalizeUrlString("https://x.gov.cn:443/"), "https://x.gov.cn/");
  EXPECT_EQ(NormalizeUrlString("http://x.gov.cn/dir/index.html"), "http://x.gov.cn/dir/");
  EXPECT_EQ(NormalizeUrlString("http://x.gov.cn/dir/"), "http://x.gov.cn/dir/");
  EXPECT_EQ(NormalizeUrlString("http://x.gov.cn/Default.aspx"), "http://x.gov.cn/");
  EXPECT_EQ(NormalizeUrlString("http://x.gov.cn/%7euser/%e4%b8%ad"),
            "http://x.gov.cn/~user/%E4%B8%AD");
  EXPECT_EQ(NormalizeUrlString("http://x.gov.cn/a.jsp;jsessionid=ABC123?id=5"),
            "http://x.gov.cn/a.jsp?id=5");
  EXPECT_EQ(NormalizeUrlString("http://x.gov.cn/a.php?PHPSESSID=77&id=5&sid=9"),
            "http://x.gov.cn/a.php?id=5");
  EXPECT_EQ(NormalizeUrlString("http://x.gov.cn/a.php?"), "http://x.gov.cn/a.php");
  EXPECT_EQ(NormalizeUrlString("http://x.gov.cn:8080/"), "http://x.gov.cn:8080/");
}

TEST(UrlTest, RegistrableDomainUsesPublicSuffixList) {
  EXPECT_EQ(RegistrableDomain("www.ganzhou.gov.cn"), "ganzhou.gov.cn");
  EXPECT_EQ(RegistrableDomain("a.b.example.com"), "example.com");
  EXPECT_EQ(RegistrableDomain("127.0.0.1"), "127.0.0.1");
}

TEST(UrlTest, HostMatchesPatterns) {
  EXPECT_TRUE(HostMatches("www.ganzhou.gov.cn", "*.gov.cn"));
  EXPECT_TRUE(HostMatches("gov.cn", "*.gov.cn"));
  EXPECT_FALSE(HostMatches("notgov.cn", "*.gov.cn"));
  EXPECT_TRUE(HostMatches("news.example.com", "example.com"));
  EXPECT_FALSE(HostMatches("badexample.com", "example.com"));
}

}  // namespace
}  // namespace govmon
