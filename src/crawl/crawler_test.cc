#include "crawl/crawler.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "check/broken_link_check.h"
#include "net/curl_fetcher.h"
#include "testing/encode.h"
#include "testing/http_test_server.h"

namespace govmon {
namespace {

using ::testing::UnorderedElementsAre;

FetcherOptions TestFetcherOptions() {
  FetcherOptions o;
  // Generous for loopback: tests run under ASan on a busy 2-core machine.
  o.total_timeout = std::chrono::milliseconds(1500);
  o.connect_timeout = std::chrono::milliseconds(1500);
  o.retry_backoff = std::chrono::milliseconds(5);
  o.max_retries = 1;
  return o;
}

std::string Page(std::string_view title, std::string_view body) {
  return "<html><head><title>" + std::string(title) + "</title></head><body>" + std::string(body) +
         "</body></html>";
}

struct Scan {
  CrawlResult crawl;
  FindingStore broken;
};

Scan RunScan(const std::string& url, CrawlOptions options = {}) {
  CurlFetcher fetcher(TestFetcherOptions());
  std::vector<std::unique_ptr<PageCheck>> no_checks;
  PageContext context;
  context.site = url;
  Crawler crawler(&fetcher, options, no_checks, context);
  Scan scan;
  scan.crawl = crawler.Crawl(url);
  SiteSnapshot snapshot;
  snapshot.site = url;
  snapshot.pages = scan.crawl.pages;
  snapshot.targets = scan.crawl.targets;
  snapshot.links = scan.crawl.edges.get();
  BrokenLinkCheck().Inspect(snapshot, &scan.broken);
  return scan;
}

// (page path, target path, kind) of each broken_link finding.
std::vector<std::string> Describe(const FindingStore& findings, const HttpTestServer& server) {
  std::vector<std::string> out;
  std::string base = server.Url("");
  for (const Finding& f : findings) {
    std::string page = f.url.starts_with(base) ? f.url.substr(base.size()) : f.url;
    std::string target = f.target.starts_with(base) ? f.target.substr(base.size()) : f.target;
    out.push_back(page + " -> " + target + " " + f.kind);
  }
  return out;
}

TEST(CrawlerTest, FindsBrokenLinksOfEveryKind) {
  HttpTestServer site;
  HttpTestServer other;  // An external host.
  other.Serve("/ok", TestResponse::Html(Page("外部", "fine")));
  int closed_port;
  {
    HttpTestServer gone;
    closed_port = gone.port();
  }
  std::string external_dead = "http://127.0.0.1:" + std::to_string(closed_port) + "/x";
  site.Serve("/",
             TestResponse::Html(Page(
                 "某县人民政府",
                 "<a href='/a.html'>A</a> <a href='missing.html'>坏链</a> <img src='/img/logo.png'>"
                 "<img src='/img/gone.png'> <a href='" +
                     other.Url("/ok") +
                     "'>外链</a>"
                     "<a href='" +
                     external_dead +
                     "'>失效外链</a> <a href='/soft.html'>软404</a>"
                     "<a href='/loop1'>loop</a> <a href='/server-error'>500</a> <a "
                     "href='/files/a.pdf'>附件</a>")));
  site.Serve("/a.html",
             TestResponse::Html(Page("A", "<a href='/'>首页</a> <a href='/missing.html'>x</a>")));
  site.Serve("/img/logo.png", TestResponse::Status(200, "PNG"));
  site.Serve("/soft.html",
             TestResponse::Html(Page("提示信息", "<p>对不起，您访问的页面不存在或已被删除。</p>")));
  site.Serve("/loop1", TestResponse::Redirect(302, "/loop2"));
  site.Serve("/loop2", TestResponse::Redirect(302, "/loop1"));
  site.Serve("/server-error", TestResponse::Status(500));

  Scan scan = RunScan(site.Url("/"));
  ASSERT_TRUE(scan.crawl.reachable);
  EXPECT_EQ(scan.crawl.stats.pages_fetched, 3);  // /, /a.html and the soft 404 page.
  EXPECT_THAT(Describe(scan.broken, site),
              UnorderedElementsAre(
                  "/ -> /missing.html http_404", "/a.html -> /missing.html http_404",
                  "/ -> /img/gone.png http_404", "/ -> " + external_dead + " connection_refused",
                  "/ -> /soft.html soft_404", "/ -> /loop1 redirect_loop",
                  "/ -> /server-error http_5xx", "/ -> /files/a.pdf http_404"));
  for (const Finding& f : scan.broken) {
    EXPECT_EQ(f.severity, f.url == site.Url("/") ? Severity::kError : Severity::kWarning)
        << f.target;
    if (f.target.ends_with("gone.png")) {
      EXPECT_EQ(f.detail, "image, on the home page, HTTP 404");
    }
    if (f.target.ends_with("a.pdf")) {
      EXPECT_EQ(f.detail, "attachment, on the home page, HTTP 404");
    }
  }
}

TEST(CrawlerTest, ProbesCssBackgroundImagesOncePerStyleSheet) {
  HttpTestServer site;
  const std::string head = "<link rel=stylesheet href='/css/site.css'>";
  site.Serve("/",
             TestResponse::Html("<html><head>" + head +
                                "</head><body><div style=\"background:url(/img/inline-gone.png)"
                                "\">x</div><a href='/a.html'>A</a></body></html>"));
  site.Serve("/a.html", TestResponse::Html("<html><head>" + head + "</head><body>a</body></html>"));
  // Relative url()s resolve against the sheet's URL: img/bg.png is /css/img/bg.png.
  TestResponse css =
      TestResponse::Status(200,
                           ".a{background:url(img/bg.png)} .b{background:url('img/missing.png')} "
                           ".c{background:url(data:,x)}");
  css.headers.emplace_back("Content-Type", "text/css");
  site.Serve("/css/site.css", css);
  site.Serve("/css/img/bg.png", TestResponse::Status(200, "PNG"));
  Scan scan = RunScan(site.Url("/"));
  EXPECT_EQ(scan.crawl.stats.pages_fetched, 2);
  EXPECT_THAT(Describe(scan.broken, site),
              UnorderedElementsAre("/ -> /img/inline-gone.png http_404",
                                   "/ -> /css/img/missing.png http_404"));
  for (const Finding& f : scan.broken) EXPECT_THAT(f.detail, ::testing::StartsWith("image"));
  EXPECT_EQ(site.RequestCount("/css/site.css"), 1);
  EXPECT_EQ(site.RequestCount("/css/img/bg.png"), 1);
}

TEST(CrawlerTest, FetchesEachTargetOnceHowEverManyPagesLinkIt) {
  HttpTestServer site;
  std::string home;
  for (int i = 0; i < 300; ++i) home += "<a href='/p" + std::to_string(i) + ".html'>p</a>";
  site.Serve("/", TestResponse::Html(Page("home", home)));
  site.SetDefault([](const TestRequest& req) {
    if (req.path.starts_with("/p")) {
      return TestResponse::Html(
          Page("p", "<a href='/common-missing.html'>x</a><img src='/gone.gif'>"));
    }
    return TestResponse::Status(404);
  });
  CrawlOptions options;
  options.max_pages = 1000;
  Scan scan = RunScan(site.Url("/"), options);
  EXPECT_EQ(scan.crawl.stats.pages_fetched, 301);
  EXPECT_EQ(scan.broken.size(), 600u);
  EXPECT_EQ(site.RequestCount("/common-missing.html"), 1);
  EXPECT_EQ(site.RequestCount("/gone.gif"), 2);  // HEAD refused with 404, then GET to be sure.
}

TEST(CrawlerTest, DecodesGbkPagesAndFollowsTheirLinks) {
  HttpTestServer site;
  site.Serve(
      "/", TestResponse::Html(
               EncodeForTesting(Page("县政府", "<a href='/gbk.html'>通知公告</a>"), "GBK"), "gbk"));
  TestResponse unlabelled;
  unlabelled.headers.emplace_back("Content-Type", "text/html");
  unlabelled.body =
      EncodeForTesting(Page("政务公开目录", "<a href='/deep.html'>下一页</a>"), "GBK");
  site.Serve("/gbk.html", unlabelled);
  site.Serve("/deep.html", TestResponse::Html(Page("deep", "")));
  Scan scan = RunScan(site.Url("/"));
  ASSERT_EQ(scan.crawl.pages.size(), 3u);
  std::map<std::string, std::string> titles;
  for (const CrawledPage& p : scan.crawl.pages) titles[p.url] = p.title;
  EXPECT_EQ(titles[site.Url("/")], "县政府");
  EXPECT_EQ(titles[site.Url("/gbk.html")], "政务公开目录");
}

TEST(CrawlerTest, KeepsToScopeAndLimits) {
  HttpTestServer site;
  HttpTestServer other;
  other.Serve("/", TestResponse::Html(Page("other", "<a href='/deeper'>d</a>")));
  site.Serve("/", TestResponse::Html(
                      Page("home", "<a href='/1'>1</a><a href='" + other.Url("/") + "'>o</a>")));
  site.Serve("/1", TestResponse::Html(Page("1", "<a href='/2'>2</a>")));
  site.Serve("/2", TestResponse::Html(Page("2", "<a href='/3'>3</a>")));
  site.Serve("/3", TestResponse::Html(Page("3", "")));
  CrawlOptions options;
  options.max_depth = 2;
  Scan scan = RunScan(site.Url("/"), options);
  EXPECT_EQ(scan.crawl.stats.pages_fetched, 3);  // /, /1, /2 parsed.
  EXPECT_EQ(site.RequestCount("/3"), 1);         // Beyond the depth: probed, not parsed.
  EXPECT_EQ(other.RequestCount("/"), 1);         // External: probed once.
  EXPECT_EQ(other.RequestCount("/deeper"), 0);   // Never crawled.
}

TEST(CrawlerTest, DedupsEquivalentUrls) {
  HttpTestServer site;
  site.Serve(
      "/", TestResponse::Html(
               Page("home",
                    "<a href='/dir/'>a</a><a href='/dir/index.html'>b</a><a href='/dir/#top'>c</a>"
                    "<a href='/x.jsp;jsessionid=AB12?id=1'>d</a><a href='/x.jsp?id=1'>e</a>"
                    "<a href='HTTP://127.0.0.1:" +
                        std::to_string(site.port()) + "/dir/'>f</a>")));
  site.Serve("/dir/", TestResponse::Html(Page("dir", "")));
  site.Serve("/x.jsp", TestResponse::Html(Page("x", "")));
  site.Serve("/x.jsp;jsessionid=AB12", TestResponse::Html(Page("x", "")));
  Scan scan = RunScan(site.Url("/"));
  EXPECT_EQ(site.RequestCount("/dir/") + site.RequestCount("/dir/index.html"), 1);
  EXPECT_EQ(site.RequestCount("/x.jsp") + site.RequestCount("/x.jsp;jsessionid=AB12"), 1);
  EXPECT_EQ(scan.crawl.stats.pages_fetched, 3);
}

TEST(CrawlerTest, ReportsUnreachableStart) {
  int closed_port;
  {
    HttpTestServer gone;
    closed_port = gone.port();
  }
  Scan scan = RunScan("http://127.0.0.1:" + std::to_string(closed_port) + "/");
  EXPECT_FALSE(scan.crawl.reachable);
  EXPECT_EQ(scan.crawl.home_status.error, FetchError::kConnectionRefused);

  HttpTestServer down;
  down.Serve("/", TestResponse::Status(503));
  Scan unavailable = RunScan(down.Url("/"));
  EXPECT_FALSE(unavailable.crawl.reachable);
  EXPECT_EQ(unavailable.crawl.home_status.http_status, 503);
}

TEST(CrawlerTest, SurvivesResetsAndSlowPages) {
  HttpTestServer site;
  TestResponse reset;
  reset.reset = true;
  TestResponse slow = TestResponse::Html(Page("slow", ""));
  slow.delay = std::chrono::milliseconds(5000);
  site.Serve("/", TestResponse::Html(Page(
                      "home", "<a href='/reset'>r</a><a href='/slow'>s</a><a href='/ok'>o</a>")));
  site.Serve("/reset", reset);
  site.Serve("/slow", slow);
  site.Serve("/ok", TestResponse::Html(Page("ok", "")));
  Scan scan = RunScan(site.Url("/"));
  EXPECT_THAT(Describe(scan.broken, site),
              UnorderedElementsAre("/ -> /reset connection_reset", "/ -> /slow timeout"));
  EXPECT_EQ(scan.crawl.stats.pages_fetched, 2);
}

TEST(CrawlerTest, RespectsRobotsWhenAsked) {
  HttpTestServer site;
  site.Serve("/robots.txt", TestResponse::Status(200, "User-agent: *\nDisallow: /private/\n"));
  site.Serve("/",
             TestResponse::Html(Page("home", "<a href='/private/a'>p</a><a href='/public'>q</a>")));
  site.Serve("/public", TestResponse::Html(Page("q", "")));
  CrawlOptions options;
  options.respect_robots = true;
  Scan scan = RunScan(site.Url("/"), options);
  EXPECT_EQ(site.RequestCount("/private/a"), 0);
  EXPECT_EQ(scan.crawl.stats.robots_skipped, 1);
  EXPECT_EQ(scan.crawl.stats.pages_fetched, 2);
}

}  // namespace
}  // namespace govmon
