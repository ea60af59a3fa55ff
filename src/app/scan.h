// Scan: the `govmon scan` job for a list of sites — crawl each, run the page
// checks during the crawl and the site checks after it, and gather the
// findings and a summary of what was done. This is the composition root that
// names the concrete fetcher and wires the modules together.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/config.h"
#include "base/date.h"
#include "check/finding_store.h"
#include "crawl/crawler.h"

namespace govmon {

struct ScanRequest {
  std::vector<SiteConfig> sites;
  Date as_of;  // "Today" for every time-based judgement.
  // Verify dark links in a real browser (chromium + chromedriver) and save
  // screenshots into `screenshot_dir`.
  bool render = false;
  std::string screenshot_dir = "govmon-screenshots";
  // Called on the scan thread with the running totals (for the progress line).
  std::function<void(const std::string& site, const CrawlStats&)> progress;
};

struct ScanReport {
  FindingStore findings;   // Sorted for stable output.
  nlohmann::json summary;  // The contract's summary object.
};

// Runs the scan. Fails only when the configuration cannot be used (a data
// file that does not load); unreachable sites and broken pages are findings.
Result<ScanReport> RunScan(const AppConfig& config, const ScanRequest& request);

}  // namespace govmon
