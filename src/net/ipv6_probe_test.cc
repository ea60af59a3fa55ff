#include "net/ipv6_probe.h"

#include <gtest/gtest.h>

#include "net/tls_probe.h"
#include "testing/http_test_server.h"

namespace govmon {
namespace {

const char kHome[] =
    "<html><head><title>某县人民政府</title><style>body{color:red}</style></head><body>"
    "<div class=nav><a href=/a/>工作动态</a><a href=/b/>通知公告</a></div>"
    "<ul><li>全县防汛工作会议召开 2023-07-18</li><li>县政府常务会议研究部署重点工作 "
    "2023-07-17</li></ul><div class=footer>主办单位：某县人民政府办公室</div></body></html>";

void ServeSite(HttpTestServer* server, const std::string& home) {
  server->Serve("/", TestResponse::Html(home));
  server->Serve("/a/", TestResponse::Html("<p>工作动态</p>"));
  server->Serve("/b/", TestResponse::Html("<p>通知公告</p>"));
}

// Two loopback servers stand for one host "gov.test": one on 127.0.0.1 and
// one on ::1, reached through curl's --connect-to.
ProbeOptions TwoStackOptions(const HttpTestServer& v4, const HttpTestServer& v6) {
  ProbeOptions options;
  options.timeout = std::chrono::seconds(5);
  options.resolve_aaaa = [](const std::string& host) {
    return host == "gov.test" ? std::vector<std::string>{"::1"} : std::vector<std::string>{};
  };
  options.connect_to_v4 = {"gov.test:80:127.0.0.1:" + std::to_string(v4.port())};
  options.connect_to_v6 = {"gov.test:80:[::1]:" + std::to_string(v6.port())};
  return options;
}

TEST(Ipv6ProbeTest, ConsistentDualStackSite) {
  HttpTestServer v4;
  HttpTestServer v6(/*ipv6=*/true);
  ServeSite(&v4, kHome);
  ServeSite(&v6, kHome);
  Ipv6Facts facts = ProbeIpv6("http://gov.test/",
                              {"http://gov.test/a/", "http://gov.test/b/", "http://gov.test/c/"},
                              TwoStackOptions(v4, v6));
  EXPECT_TRUE(facts.probed);
  EXPECT_EQ(facts.host, "gov.test");
  EXPECT_EQ(facts.aaaa, std::vector<std::string>{"::1"});
  EXPECT_TRUE(facts.home_reachable) << facts.home_error;
  EXPECT_EQ(facts.home_status, 200);
  EXPECT_DOUBLE_EQ(facts.content_similarity, 1.0);
  EXPECT_EQ(facts.links_probed, 3);
  EXPECT_EQ(facts.links_reachable, 2);  // /c/ is a 404 on IPv6.
  EXPECT_EQ(facts.unreachable_samples, std::vector<std::string>{"http://gov.test/c/"});
  EXPECT_EQ(v6.RequestCount("/a/"), 1);
  EXPECT_EQ(v4.RequestCount("/a/"), 0);
}

TEST(Ipv6ProbeTest, StubPageOnIpv6IsInconsistent) {
  HttpTestServer v4;
  HttpTestServer v6(/*ipv6=*/true);
  ServeSite(&v4, kHome);
  ServeSite(&v6, "<html><body><h1>IPv6 测试页</h1><p>It works!</p></body></html>");
  Ipv6Facts facts = ProbeIpv6("http://gov.test/", {}, TwoStackOptions(v4, v6));
  EXPECT_TRUE(facts.home_reachable);
  EXPECT_LT(facts.content_similarity, 0.2);
}

TEST(Ipv6ProbeTest, NoAaaaRecordStopsThere) {
  HttpTestServer v4;
  ServeSite(&v4, kHome);
  ProbeOptions options = TwoStackOptions(v4, v4);
  options.resolve_aaaa = [](const std::string&) { return std::vector<std::string>{}; };
  Ipv6Facts facts = ProbeIpv6("http://gov.test/", {"http://gov.test/a/"}, options);
  EXPECT_TRUE(facts.probed);
  EXPECT_TRUE(facts.aaaa.empty());
  EXPECT_FALSE(facts.home_reachable);
  EXPECT_EQ(v4.TotalRequests(), 0);
}

TEST(Ipv6ProbeTest, HomeDownOverIpv6GivesTheReason) {
  HttpTestServer v4;
  HttpTestServer v6(/*ipv6=*/true);
  ServeSite(&v4, kHome);
  v6.Serve("/", TestResponse::Status(503));
  Ipv6Facts facts = ProbeIpv6("http://gov.test/", {"http://gov.test/a/"}, TwoStackOptions(v4, v6));
  EXPECT_FALSE(facts.home_reachable);
  EXPECT_EQ(facts.home_status, 503);
  EXPECT_EQ(facts.home_error, "HTTP 503");
  EXPECT_EQ(facts.links_probed, 0);
}

TEST(Ipv6ProbeTest, RealLookupAndFetchOnLoopbackLiteral) {
  HttpTestServer v6(/*ipv6=*/true);
  ServeSite(&v6, kHome);
  EXPECT_EQ(LookupAaaa("[::1]"), std::vector<std::string>{"::1"});
  ProbeOptions options;
  options.timeout = std::chrono::seconds(5);
  Ipv6Facts facts = ProbeIpv6(v6.Url("/"), {v6.Url("/a/")}, options);
  EXPECT_EQ(facts.aaaa, std::vector<std::string>{"::1"});
  EXPECT_TRUE(facts.home_reachable) << facts.home_error;
  EXPECT_DOUBLE_EQ(facts.content_similarity, 1.0);  // No IPv4 page to differ from.
  EXPECT_EQ(facts.links_reachable, 1);
}

TEST(Ipv6ProbeTest, GivesUpOnLinksAfterRepeatedFailures) {
  HttpTestServer v4;
  HttpTestServer v6(/*ipv6=*/true);
  ServeSite(&v4, kHome);
  v6.Serve("/", TestResponse::Html(kHome));
  ProbeOptions options = TwoStackOptions(v4, v6);
  options.give_up_after = 2;
  std::vector<std::string> links;
  for (int i = 0; i < 6; ++i) links.push_back("http://gov.test/missing" + std::to_string(i));
  Ipv6Facts facts = ProbeIpv6("http://gov.test/", links, options);
  EXPECT_EQ(facts.links_probed, 6);
  EXPECT_EQ(facts.links_reachable, 0);
  EXPECT_EQ(v6.TotalRequests(), 1 + 2);  // Home, then two links before giving up.
}

TEST(PageTextSimilarityTest, IgnoresMarkupAndScripts) {
  EXPECT_DOUBLE_EQ(
      PageTextSimilarity("<p>政务公开</p>", "<div class=x>政务公开</div><script>a=1</script>"),
      1.0);
  EXPECT_DOUBLE_EQ(PageTextSimilarity("", ""), 1.0);
  EXPECT_LT(PageTextSimilarity("<p>政务公开信息</p>", "<p>完全不同的内容</p>"), 0.1);
}

TEST(TlsProbeTest, ParsesCertificateTimes) {
  EXPECT_EQ(ParseCertificateTime("Mar 10 12:00:00 2025 GMT"), Date(2025, 3, 10));
  EXPECT_EQ(ParseCertificateTime(" Jan  1 00:00:00 2030 GMT"), Date(2030, 1, 1));
  EXPECT_EQ(ParseCertificateTime("2025-03-10 12:00:00 GMT"), Date(2025, 3, 10));
  EXPECT_EQ(ParseCertificateTime("Foo 10 12:00:00 2025 GMT"), std::nullopt);
  EXPECT_EQ(ParseCertificateTime(""), std::nullopt);
}

TEST(TlsProbeTest, PlainHttpServerHasNoHttps) {
  HttpTestServer server;
  server.Serve("/", TestResponse::Html(kHome));
  ProbeOptions options;
  // The plain server waits for a request while the client waits for a TLS
  // handshake; a short timeout ends that.
  options.timeout = std::chrono::milliseconds(800);
  options.connect_to_v4 = {"gov.test:443:127.0.0.1:" + std::to_string(server.port()),
                           "gov.test:80:127.0.0.1:" + std::to_string(server.port())};
  HttpsFacts facts = ProbeTls("http://gov.test/", options);
  EXPECT_TRUE(facts.probed);
  EXPECT_EQ(facts.host, "gov.test");
  EXPECT_FALSE(facts.https_available);
  EXPECT_FALSE(facts.error.empty());
  EXPECT_FALSE(facts.http_redirects_to_https);
}

}  // namespace
}  // namespace govmon
