#include "net/curl_fetcher.h"

#include <gtest/gtest.h>

#include "testing/http_test_server.h"

namespace govmon {
namespace {

FetcherOptions FastOptions() {
  FetcherOptions o;
  o.total_timeout = std::chrono::milliseconds(1500);
  o.connect_timeout = std::chrono::milliseconds(1500);
  o.retry_backoff = std::chrono::milliseconds(10);
  return o;
}

TEST(CurlFetcherTest, FetchesPageWithHeadersAndBody) {
  HttpTestServer server;
  server.Serve("/index.html", TestResponse::Html("<p>首页</p>"));
  CurlFetcher fetcher(FastOptions());
  FetchResponse r = fetcher.FetchNow({.url = server.Url("/index.html")});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "<p>首页</p>");
  EXPECT_EQ(r.Header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(r.error, FetchError::kNone);
  EXPECT_EQ(r.final_url, server.Url("/index.html"));
}

TEST(CurlFetcherTest, SendsHonestUserAgentAndExtraHeaders) {
  HttpTestServer server;
  std::string seen_agent, seen_referer;
  server.Route("/", [&](const TestRequest& req) {
    seen_agent = req.Header("user-agent");
    seen_referer = req.Header("referer");
    return TestResponse::Html("ok");
  });
  CurlFetcher fetcher(FastOptions());
  FetchRequest req{.url = server.Url("/")};
  req.headers.emplace_back("Referer", "https://www.baidu.com/s?wd=x");
  fetcher.FetchNow(req);
  EXPECT_TRUE(seen_agent.starts_with("govmon/"));
  EXPECT_EQ(seen_referer, "https://www.baidu.com/s?wd=x");
}

TEST(CurlFetcherTest, Reports404And500WithoutError) {
  HttpTestServer server;
  server.Serve("/500", TestResponse::Status(500));
  CurlFetcher fetcher(FastOptions());
  EXPECT_EQ(fetcher.FetchNow({.url = server.Url("/missing")}).status, 404);
  FetchResponse r = fetcher.FetchNow({.url = server.Url("/500")});
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.error, FetchError::kNone);
  EXPECT_EQ(server.RequestCount("/500"), 1);  // 500 is not transient; 503 is.
}

TEST(CurlFetcherTest, RetriesTransientFailuresWithBackoff) {
  HttpTestServer server;
  int calls = 0;
  server.Route("/flaky", [&](const TestRequest&) {
    return ++calls < 3 ? TestResponse::Status(503) : TestResponse::Html("recovered");
  });
  CurlFetcher fetcher(FastOptions());
  FetchResponse r = fetcher.FetchNow({.url = server.Url("/flaky")});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.attempts, 3);
}

TEST(CurlFetcherTest, FollowsRedirectsAndDetectsLoops) {
  HttpTestServer server;
  server.Serve("/old", TestResponse::Redirect(301, "/new"));
  server.Serve("/new", TestResponse::Html("moved"));
  server.Serve("/a", TestResponse::Redirect(302, "/b"));
  server.Serve("/b", TestResponse::Redirect(302, "/a"));
  for (int i = 0; i < 20; ++i) {
    server.Serve("/chain" + std::to_string(i),
                 TestResponse::Redirect(302, "/chain" + std::to_string(i + 1)));
  }
  CurlFetcher fetcher(FastOptions());
  FetchResponse moved = fetcher.FetchNow({.url = server.Url("/old")});
  EXPECT_EQ(moved.status, 200);
  EXPECT_EQ(moved.final_url, server.Url("/new"));
  EXPECT_EQ(moved.redirects.size(), 1u);

  EXPECT_EQ(fetcher.FetchNow({.url = server.Url("/a")}).error, FetchError::kRedirectLoop);
  EXPECT_EQ(fetcher.FetchNow({.url = server.Url("/chain0")}).error, FetchError::kTooManyRedirects);
}

TEST(CurlFetcherTest, TimesOutSlowResponses) {
  HttpTestServer server;
  TestResponse slow = TestResponse::Html("late");
  slow.delay = std::chrono::milliseconds(1000);
  server.Serve("/slow", slow);
  FetcherOptions o = FastOptions();
  o.total_timeout = std::chrono::milliseconds(200);
  o.max_retries = 0;
  CurlFetcher fetcher(o);
  FetchResponse r = fetcher.FetchNow({.url = server.Url("/slow")});
  EXPECT_EQ(r.error, FetchError::kTimeout);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.error_message.find("milliseconds"), std::string::npos) << r.error_message;
  EXPECT_NE(r.error_message.find("timed out"), std::string::npos) << r.error_message;
}

TEST(CurlFetcherTest, ReportsConnectionResetAndRefused) {
  HttpTestServer server;
  TestResponse reset;
  reset.reset = true;
  server.Serve("/reset", reset);
  FetcherOptions o = FastOptions();
  o.max_retries = 1;
  CurlFetcher fetcher(o);
  FetchResponse r = fetcher.FetchNow({.url = server.Url("/reset")});
  EXPECT_EQ(r.error, FetchError::kConnectionReset);
  EXPECT_EQ(server.RequestCount("/reset"), 2);  // Retried once.

  int closed_port;
  {
    HttpTestServer gone;
    closed_port = gone.port();
  }
  FetchResponse refused =
      fetcher.FetchNow({.url = "http://127.0.0.1:" + std::to_string(closed_port) + "/"});
  EXPECT_EQ(refused.error, FetchError::kConnectionRefused);
  // curl says how long it took ("after 0 ms"); a finding's text must not vary by run.
  EXPECT_EQ(refused.error_message.find(" ms"), std::string::npos) << refused.error_message;
  EXPECT_NE(refused.error_message.find("Failed to connect"), std::string::npos)
      << refused.error_message;
}

TEST(CurlFetcherTest, RejectsBadUrlsAndUnknownHosts) {
  CurlFetcher fetcher(FastOptions());
  EXPECT_EQ(fetcher.FetchNow({.url = "not a url"}).error, FetchError::kBadUrl);
  FetchResponse dns = fetcher.FetchNow({.url = "http://no-such-host.invalid/"});
  EXPECT_EQ(dns.error, FetchError::kDns);
}

TEST(CurlFetcherTest, TruncatesLargeBodies) {
  HttpTestServer server;
  server.Serve("/big", TestResponse::Html(std::string(100000, 'x')));
  CurlFetcher fetcher(FastOptions());
  FetchResponse r = fetcher.FetchNow({.url = server.Url("/big"), .max_body_bytes = 1000});
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.truncated);
  EXPECT_EQ(r.body.size(), 1000u);
  EXPECT_EQ(r.error, FetchError::kNone);
}

TEST(CurlFetcherTest, RunsManyRequestsConcurrentlyWithHead) {
  HttpTestServer server;
  server.SetDefault([](const TestRequest& req) {
    return req.path.starts_with("/p") ? TestResponse::Html("page " + req.path)
                                      : TestResponse::Status(404);
  });
  CurlFetcher fetcher(FastOptions());
  int ok = 0, heads = 0;
  for (int i = 0; i < 200; ++i) {
    FetchRequest req{.url = server.Url("/p" + std::to_string(i))};
    if (i % 2) req.method = FetchRequest::Method::kHead;
    bool head = i % 2;
    fetcher.Submit(req, [&ok, &heads, head](FetchResponse r) {
      if (r.status == 200) ++ok;
      if (head && r.body.empty()) ++heads;
    });
  }
  fetcher.Run();
  EXPECT_EQ(ok, 200);
  EXPECT_EQ(heads, 100);
  EXPECT_EQ(fetcher.pending(), 0u);
}

TEST(CurlFetcherTest, StartsUrgentRequestsBeforeTheHostsOthers) {
  HttpTestServer server;
  server.SetDefault([](const TestRequest&) { return TestResponse::Html("x"); });
  FetcherOptions o = FastOptions();
  o.max_concurrency = 1;
  o.max_per_host = 1;
  CurlFetcher fetcher(o);
  std::vector<std::string> order;
  auto record = [&order](FetchResponse r) { order.push_back(r.url.substr(r.url.rfind('/'))); };
  for (int i = 0; i < 4; ++i)
    fetcher.Submit({.url = server.Url("/probe" + std::to_string(i))}, record);
  fetcher.Submit({.url = server.Url("/page"), .urgent = true}, record);
  fetcher.Run();
  // Submitted last, started first; the others keep their order.
  EXPECT_EQ(order, (std::vector<std::string>{"/page", "/probe0", "/probe1", "/probe2", "/probe3"}));
}

TEST(CurlFetcherTest, SpacesRequestsToOneHostByPolitenessDelay) {
  HttpTestServer server;
  server.SetDefault([](const TestRequest&) { return TestResponse::Html("x"); });
  FetcherOptions o = FastOptions();
  o.per_host_delay = std::chrono::milliseconds(50);
  CurlFetcher fetcher(o);
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i)
    fetcher.Submit({.url = server.Url("/" + std::to_string(i))}, [](FetchResponse) {});
  fetcher.Run();
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(200));
}

}  // namespace
}  // namespace govmon
