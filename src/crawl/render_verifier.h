// RenderVerifier: rendered verification of dark links (--render). A real
// browser (WebDriverSession) says whether each link the static analysis found
// hidden is really invisible — its computed visibility and bounding box — and
// a PNG screenshot with those links marked is saved as evidence (截图取证).
// Optional: everything else works without a browser. One thread at a time.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "check/finding.h"
#include "crawl/webdriver_client.h"

namespace govmon {

// What the browser says about one link of the page.
struct RenderedLink {
  std::string url;
  bool found = false;    // An a/area/iframe/frame with this URL is in the rendered page.
  bool visible = false;  // A visitor can see it.
  // Bounding box in page coordinates (CSS pixels).
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  // Why the browser does not show it: "display:none on div.hd",
  // "off-screen at (-9999, 0)", "text colour rgb(255, 255, 255) on
  // rgb(255, 255, 255)" …; "" when visible or not found.
  std::string reason;
  friend bool operator==(const RenderedLink&, const RenderedLink&) = default;
};

struct RenderReport {
  std::string page_url;
  std::vector<RenderedLink> links;  // In the order asked.
  std::string screenshot;           // Path of the PNG written, "" when none.
};

class RenderVerifier {
 public:
  // `session` must outlive the verifier.
  explicit RenderVerifier(WebDriverSession* session, int max_screenshot_height = 8000)
      : session_(session), max_screenshot_height_(max_screenshot_height) {}

  // Opens `page_url`, asks about each of `link_urls` (absolute, as in
  // Finding::target), marks them in the page (visible ones outlined, hidden
  // ones listed in a red panel and their nearest shown container outlined)
  // and writes a full-page PNG to `screenshot_path` (skipped when empty).
  Result<RenderReport> Verify(std::string_view page_url, const std::vector<std::string>& link_urls,
                              const std::string& screenshot_path);

 private:
  WebDriverSession* session_;
  int max_screenshot_height_;
};

// The pages that have dark_link findings and, for each, their targets, in
// the order first seen: what to Verify().
std::vector<std::pair<std::string, std::vector<std::string>>> DarkLinkTargetsByPage(
    const std::vector<Finding>& findings);

// Adds the browser's verdict to the dark_link findings of report.page_url:
// "; rendered: hidden (display:none on div.hd), box 0×0 at (0, 0);
// screenshot: <path>" in detail, and confidence 0.99 when the browser
// confirms the link hidden, 0.3 when it shows it, 0.7 when the link is not in
// the rendered page (redirects, links a script did not write in the end).
void ApplyRenderReport(const RenderReport& report, std::vector<Finding>* findings);

struct RenderOptions {
  WebDriverOptions webdriver;
  // Directory the screenshots go to (created if missing); "" takes none.
  std::string screenshot_dir;
  // Pages verified at most per call; the rest keep their static verdict.
  size_t max_pages = 50;
};

// What `govmon scan --render` runs after the crawl: starts one browser,
// verifies every page that has dark_link findings (screenshot
// <screenshot_dir>/darklink-<hash of the page URL>.png) and amends those
// findings with ApplyRenderReport(). Returns Unavailable when no browser can
// be started (the findings are then left as they are); a page that fails to
// render is skipped and described in `*page_errors` when given.
Status VerifyDarkLinks(const RenderOptions& options, std::vector<Finding>* findings,
                       std::vector<std::string>* page_errors = nullptr);

}  // namespace govmon
