// Tests of the link-risk probes: ProbeExternalHosts (external_probe.h) and
// ProbeCloaking (cloak_probe.h), over a scripted Fetcher.
#include "crawl/external_probe.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <deque>
#include <map>

#include "crawl/cloak_probe.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::SizeIs;

// Answers each request with what `serve` returns; callbacks run in Run().
class ScriptedFetcher final : public Fetcher {
 public:
  explicit ScriptedFetcher(std::function<FetchResponse(const FetchRequest&)> serve)
      : serve_(std::move(serve)) {}
  void Submit(FetchRequest request, Callback done) override {
    queue_.push_back({std::move(request), std::move(done)});
  }
  void Run() override {
    while (!queue_.empty()) {
      auto [request, done] = std::move(queue_.front());
      queue_.pop_front();
      requests.push_back(request);
      FetchResponse response = serve_(request);
      response.url = request.url;
      done(std::move(response));
    }
  }
  size_t pending() const override { return queue_.size(); }
  void set_hook(std::function<void()> hook) override { hook_ = std::move(hook); }
  void Wakeup() override {}

  std::vector<FetchRequest> requests;

 private:
  std::function<FetchResponse(const FetchRequest&)> serve_;
  std::deque<std::pair<FetchRequest, Callback>> queue_;
  std::function<void()> hook_;
};

FetchResponse Html(std::string body, int status = 200) {
  FetchResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = {{"content-type", "text/html; charset=utf-8"}};
  return r;
}

std::string Header(const FetchRequest& request, std::string_view name) {
  for (const auto& [key, value] : request.headers) {
    if (key == name) return value;
  }
  return "";
}

TEST(ExternalProbeTest, FetchesOneUrlPerHostAndRecordsWhatItServes) {
  ScriptedFetcher fetcher([](const FetchRequest& request) {
    if (request.url.find("gone.example.com") != std::string::npos) {
      FetchResponse r;
      r.error = FetchError::kDns;
      r.error_message = "Could not resolve host";
      return r;
    }
    if (request.url.find("slow.example.com") != std::string::npos) {
      FetchResponse r;
      r.error = FetchError::kTimeout;
      return r;
    }
    FetchResponse r = Html(
        "<html><head><title>澳门新葡京</title></head><body><p>百家乐 真人娱乐</p>"
        "<script>window.location.href='http://www.xpj9.com/';</script></body></html>");
    r.final_url = "http://www.partner-parked.com/landing";
    return r;
  });
  std::vector<ExternalHostFacts> facts =
      ProbeExternalHosts({"http://www.partner.com/a.html", "http://www.partner.com/b.html",
                          "http://gone.example.com/", "http://slow.example.com/x", "not a url"},
                         &fetcher);
  ASSERT_THAT(fetcher.requests, SizeIs(3));
  EXPECT_EQ(fetcher.requests[0].user_agent, kBrowserUserAgent);
  ASSERT_THAT(facts, SizeIs(3));
  EXPECT_EQ(facts[0].host, "gone.example.com");
  EXPECT_FALSE(facts[0].resolved);
  EXPECT_FALSE(facts[0].answered);
  EXPECT_EQ(facts[0].error, "dns: Could not resolve host");
  EXPECT_EQ(facts[1].host, "slow.example.com");
  EXPECT_TRUE(facts[1].resolved);
  EXPECT_FALSE(facts[1].answered);
  EXPECT_EQ(facts[2].host, "www.partner.com");
  EXPECT_EQ(facts[2].url, "http://www.partner.com/a.html");
  EXPECT_TRUE(facts[2].answered);
  EXPECT_EQ(facts[2].http_status, 200);
  EXPECT_EQ(facts[2].final_url, "http://www.partner-parked.com/landing");
  EXPECT_EQ(facts[2].title, "澳门新葡京");
  EXPECT_THAT(facts[2].text, ::testing::HasSubstr("百家乐"));
  EXPECT_EQ(facts[2].page_redirect, "http://www.xpj9.com/");
}

TEST(ExternalProbeTest, KeepsTextSampleShortAndWholeCharacters) {
  FetchResponse r = Html("<p>" + std::string(3000, 'a') + "政务公开政务公开</p>");
  r.url = "http://x.example.com/";
  ExternalHostFacts facts = ExternalHostFactsFromResponse(r, 3002);
  EXPECT_EQ(facts.text, std::string(3000, 'a'));
}

TEST(ExternalProbeTest, DecodesGbkPages) {
  // "政府" in GBK.
  FetchResponse r = Html("<title>\xD5\xFE\xB8\xAE</title>");
  r.url = "http://x.example.com/";
  r.headers = {{"content-type", "text/html; charset=gbk"}};
  EXPECT_EQ(ExternalHostFactsFromResponse(r, 100).title, "政府");
}

TEST(CloakProbeTest, FetchesEachPageAsBrowserSpiderAndSearchVisitor) {
  ScriptedFetcher fetcher([](const FetchRequest& request) {
    bool spider = request.user_agent.find("Baiduspider") != std::string::npos;
    bool referred = !Header(request, "Referer").empty();
    std::string body = "<title>信丰县人民政府</title><p>政务公开</p>";
    if (spider) body += "<a href='http://www.amxpj.com/'>澳门新葡京</a>";
    if (referred) body += "<p>referred</p>";
    return Html(body);
  });
  std::vector<CloakFacts> facts = ProbeCloaking({"http://www.xfx.gov.cn/"}, &fetcher);
  ASSERT_THAT(fetcher.requests, SizeIs(3));
  EXPECT_EQ(Header(fetcher.requests[2], "Referer"), "https://www.baidu.com/s?wd=www.xfx.gov.cn");
  ASSERT_THAT(facts, SizeIs(1));
  EXPECT_EQ(facts[0].url, "http://www.xfx.gov.cn/");
  EXPECT_TRUE(facts[0].browser.fetched);
  EXPECT_EQ(facts[0].browser.title, "信丰县人民政府");
  EXPECT_TRUE(facts[0].browser.links.empty());
  EXPECT_THAT(facts[0].spider.links,
              ElementsAre(CloakView::Link{"http://www.amxpj.com/", "澳门新葡京"}));
  EXPECT_THAT(facts[0].referred.text, ::testing::HasSubstr("referred"));
}

TEST(CloakProbeTest, PicksHomeAndFirstLevelColumns) {
  SiteSnapshot site;
  site.home_url = "http://www.xfx.gov.cn/";
  auto page = [](std::string url, int depth, int status = 200) {
    CrawledPage p;
    p.url = std::move(url);
    p.depth = depth;
    p.http_status = status;
    return p;
  };
  site.pages = {page("http://www.xfx.gov.cn/", 0),
                page("http://www.xfx.gov.cn/zwgk/", 1),
                page("http://www.xfx.gov.cn/zwgk/tzgg/202403/t20240312_1.html", 1),
                page("http://www.xfx.gov.cn/hdjl/index.html", 1),
                page("http://www.xfx.gov.cn/zwfw/", 1, 404),
                page("http://www.xfx.gov.cn/zwgk/zcwj/", 2)};
  EXPECT_THAT(CloakProbePages(site),
              ElementsAre("http://www.xfx.gov.cn/", "http://www.xfx.gov.cn/zwgk/",
                          "http://www.xfx.gov.cn/hdjl/index.html"));
  EXPECT_THAT(CloakProbePages(site, 2),
              ElementsAre("http://www.xfx.gov.cn/", "http://www.xfx.gov.cn/zwgk/"));
}

TEST(CloakProbeTest, ProbeLinkRisksFillsTheSnapshot) {
  ScriptedFetcher fetcher([](const FetchRequest&) { return Html("<title>t</title><p>x</p>"); });
  SiteSnapshot site;
  site.home_url = "http://www.xfx.gov.cn/";
  ExternalLinkUse a;
  a.url = "http://www.people.com.cn/a.html";
  a.host = "www.people.com.cn";
  ExternalLinkUse b = a;
  b.url = "http://www.people.com.cn/b.html";
  site.external_links = {a, b};
  ProbeLinkRisks(&fetcher, &site);
  ASSERT_THAT(site.external_hosts, SizeIs(1));
  EXPECT_EQ(site.external_hosts[0].url, "http://www.people.com.cn/a.html");
  ASSERT_THAT(site.cloak_pages, SizeIs(1));
  EXPECT_EQ(site.cloak_pages[0].url, "http://www.xfx.gov.cn/");
  EXPECT_EQ(fetcher.requests.size(), 4u);
}

}  // namespace
}  // namespace govmon
