#include "crawl/render_verifier.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

TEST(WebDriverClientTest, DecodesBase64) {
  EXPECT_EQ(DecodeBase64("iVBORw0KGgo=").value(), "\x89PNG\r\n\x1a\n");
  EXPECT_EQ(DecodeBase64("5pS/5Yqh\n5YWs5byA").value(), "政务公开");
  EXPECT_EQ(DecodeBase64("").value(), "");
  EXPECT_EQ(DecodeBase64("ab*c").status().message(), "base64: invalid character at offset 2");
}

Finding Dark(std::string page, std::string target) {
  Finding f;
  f.check = "dark_link";
  f.url = std::move(page);
  f.target = std::move(target);
  f.detail = "hidden by display:none (inline)";
  return f;
}

TEST(RenderVerifierTest, GroupsDarkLinkTargetsByPage) {
  Finding other;
  other.check = "broken_link";
  other.url = "http://a/";
  other.target = "http://x/";
  std::vector<Finding> findings = {Dark("http://a/", "http://s1/"), other,
                                   Dark("http://b/", "http://s2/"), Dark("http://a/", "http://s3/"),
                                   Dark("http://a/", "http://s1/")};
  EXPECT_THAT(DarkLinkTargetsByPage(findings),
              ElementsAre(Pair("http://a/", ElementsAre("http://s1/", "http://s3/")),
                          Pair("http://b/", ElementsAre("http://s2/"))));
}

TEST(RenderVerifierTest, AppliesTheBrowserVerdictToFindings) {
  std::vector<Finding> findings = {Dark("http://a/", "http://s1/"), Dark("http://a/", "http://s2/"),
                                   Dark("http://a/", "http://s3/"),
                                   Dark("http://b/", "http://s1/")};
  RenderReport report;
  report.page_url = "http://a/";
  report.screenshot = "/var/lib/govmon/shots/a.png";
  report.links = {{"http://s1/", true, false, -9999, 10, 56, 18, "off-screen at (-9999, 10)"},
                  {"http://s2/", true, true, 100, 200, 56, 18, ""},
                  {"http://s3/", false, false, 0, 0, 0, 0, ""}};
  ApplyRenderReport(report, &findings);
  EXPECT_EQ(findings[0].detail,
            "hidden by display:none (inline); rendered: hidden (off-screen at (-9999, 10)), box "
            "56×18 at (-9999, 10); screenshot: /var/lib/govmon/shots/a.png");
  EXPECT_EQ(findings[0].confidence, 0.99);
  EXPECT_THAT(findings[1].detail, HasSubstr("rendered: visible, box 56×18 at (100, 200)"));
  EXPECT_EQ(findings[1].confidence, 0.3);
  EXPECT_THAT(findings[2].detail, HasSubstr("rendered: not in the rendered page"));
  EXPECT_EQ(findings[3].detail, "hidden by display:none (inline)");  // Another page.
  EXPECT_FALSE(findings[3].confidence.has_value());
}

// Drives the real browser: runs only where Debian's chromium and
// chromium-driver are installed.
TEST(RenderVerifierTest, BrowserConfirmsHiddenLinksAndTakesScreenshot) {
  if (!RenderingAvailable()) GTEST_SKIP() << "chromium / chromedriver not installed";
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("govmon_render_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::path page = dir / "index.html";
  std::ofstream(page) << R"(<!DOCTYPE html><html><head><meta charset="utf-8">
<style>.hd{display:none} .away{position:absolute;left:-9999px}</style></head>
<body style="background:#fff"><h1>信丰县人民政府</h1>
<p><a href="http://www.people.com.cn/">人民网</a></p>
<div class="hd"><a href="http://www.amxpj.com/">澳门新葡京</a></div>
<div class="away"><a href="http://www.bjl88.net/">百家乐</a></div>
<p style="color:#fff"><a href="http://www.ssc.example/" style="color:#fff">时时彩</a></p>
<script>document.write('<a href="http://www.zr.example/" style="font-size:0">真人娱乐</a>');</script>
</body></html>)";
  Result<std::unique_ptr<WebDriverSession>> session = WebDriverSession::Start();
  ASSERT_TRUE(session.ok()) << session.status().ToString();
  RenderVerifier verifier(session->get());
  std::string shot = (dir / "shot.png").string();
  std::string url = "file://" + page.string();
  Result<RenderReport> report = verifier.Verify(
      url,
      {"http://www.people.com.cn/", "http://www.amxpj.com/", "http://www.bjl88.net/",
       "http://www.ssc.example/", "http://www.zr.example/", "http://absent.example/"},
      shot);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  const std::vector<RenderedLink>& links = report->links;
  ASSERT_EQ(links.size(), 6u);
  EXPECT_TRUE(links[0].visible) << links[0].reason;
  EXPECT_GT(links[0].width, 10);
  EXPECT_FALSE(links[1].visible);
  EXPECT_THAT(links[1].reason, HasSubstr("display:none on div.hd"));
  EXPECT_FALSE(links[2].visible);
  EXPECT_THAT(links[2].reason, HasSubstr("off-screen"));
  EXPECT_FALSE(links[3].visible);
  EXPECT_THAT(links[3].reason, HasSubstr("text colour"));
  EXPECT_TRUE(links[4].found);
  EXPECT_FALSE(links[4].visible);
  EXPECT_FALSE(links[5].found);
  EXPECT_EQ(report->screenshot, shot);
  std::ifstream png(shot, std::ios::binary);
  std::string magic(8, '\0');
  png.read(magic.data(), 8);
  EXPECT_EQ(magic, "\x89PNG\r\n\x1a\n");
  session->reset();
  std::filesystem::remove_all(dir);
}

TEST(RenderVerifierTest, VerifyDarkLinksAmendsFindingsWithScreenshots) {
  if (!RenderingAvailable()) GTEST_SKIP() << "chromium / chromedriver not installed";
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("govmon_render_findings_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::path page = dir / "page.html";
  std::ofstream(page) << "<p>首页</p><div style='display:none'><a "
                         "href='http://www.amxpj.com/'>澳门新葡京</a></div>";
  std::string url = "file://" + page.string();
  std::vector<Finding> findings = {Dark(url, "http://www.amxpj.com/")};
  RenderOptions options;
  options.screenshot_dir = (dir / "shots").string();
  std::vector<std::string> errors;
  ASSERT_TRUE(VerifyDarkLinks(options, &findings, &errors).ok());
  EXPECT_TRUE(errors.empty());
  EXPECT_THAT(findings[0].detail, HasSubstr("rendered: hidden (display:none on div)"));
  EXPECT_THAT(findings[0].detail,
              HasSubstr("screenshot: " + options.screenshot_dir + "/darklink-"));
  EXPECT_EQ(findings[0].confidence, 0.99);
  size_t shots = 0;
  for (const auto& entry : std::filesystem::directory_iterator(options.screenshot_dir)) {
    shots += entry.path().extension() == ".png";
  }
  EXPECT_EQ(shots, 1u);
  std::filesystem::remove_all(dir);
}

TEST(RenderVerifierTest, VerifyDarkLinksWithoutBrowserIsUnavailable) {
  std::vector<Finding> findings = {Dark("http://a/", "http://s1/")};
  RenderOptions options;
  options.webdriver.chromedriver = "/nonexistent/chromedriver";
  Status status = VerifyDarkLinks(options, &findings);
  EXPECT_EQ(status.code(), StatusCode::kUnavailable);
  EXPECT_EQ(status.message(),
            "webdriver: /nonexistent/chromedriver is not installed (apt-get install chromium "
            "chromium-driver)");
  EXPECT_EQ(findings[0].detail, "hidden by display:none (inline)");
}

}  // namespace
}  // namespace govmon
