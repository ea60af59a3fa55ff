#include "app/scan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/http_test_server.h"

namespace govmon {
namespace {

TEST(ScanTest, ReportsBrokenLinksAndSummaryForAReachableSite) {
  HttpTestServer site;
  site.Serve("/", TestResponse::Html("<html><head><title>县政府</title></head><body>"
                                     "<a href='/gone.html'>旧文章</a></body></html>"));
  AppConfig config = DefaultConfig();
  config.checks.disabled = {"typo", "serious_error"};
  config.fetch.total_timeout = std::chrono::milliseconds(2000);
  ScanRequest request;
  request.sites.push_back({.url = site.Url("/")});
  request.as_of = Date(2023, 7, 31);
  Result<ScanReport> report = RunScan(config, request);
  ASSERT_TRUE(report.ok());
  int broken = 0;
  for (const Finding& f : report->findings) {
    if (f.check == "broken_link") {
      ++broken;
      EXPECT_EQ(f.site, site.Url("/"));
      EXPECT_EQ(f.target, site.Url("/gone.html"));
    }
  }
  EXPECT_EQ(broken, 1);
  EXPECT_EQ(report->summary["pages"], 1);
  EXPECT_EQ(report->summary["as_of"], "2023-07-31");
  EXPECT_GE(report->summary["by_check"]["broken_link"], 1);
}

TEST(ScanTest, ReportsUnreachableSiteAsVeto) {
  int port;
  {
    HttpTestServer gone;
    port = gone.port();
  }
  AppConfig config = DefaultConfig();
  config.fetch.max_retries = 0;
  ScanRequest request;
  request.sites.push_back({.url = "http://127.0.0.1:" + std::to_string(port) + "/"});
  Result<ScanReport> report = RunScan(config, request);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->findings.size(), 1u);
  EXPECT_EQ(report->findings[0].check, "site_unreachable");
  EXPECT_EQ(report->findings[0].severity, Severity::kVeto);
  EXPECT_EQ(report->findings[0].kind, "connection_refused");
}

}  // namespace
}  // namespace govmon
