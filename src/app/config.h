// AppConfig: everything govmon's commands are configured with, read from a
// JSON file (comments allowed) and the command line. This is the only place
// that reads configuration; modules receive plain options structs.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "check/assessment.h"
#include "check/check_options.h"
#include "crawl/crawl_options.h"
#include "net/fetcher.h"

namespace govmon {

// One monitored site as the registry names it.
struct SiteConfig {
  std::string url;   // Start URL (the home page).
  std::string name;  // 网站名称, e.g. "某县人民政府".
  std::string unit;  // 主办单位 responsible for fixing problems.
  std::vector<std::string> extra_hosts;
  std::vector<std::string> extra_prefixes;
};

struct AppConfig {
  std::string config_path;  // Where it was read from; "" for defaults.
  // Where govmon's data files live (dictionaries, knowledge base, calendar):
  // the config's "data_dir", else $GOVMON_DATA_DIR, else the installed
  // share/govmon, else the source tree's data/.
  std::string data_dir;
  std::vector<SiteConfig> sites;
  FetcherOptions fetch;
  CrawlOptions crawl;
  CheckOptions checks;
  // The national assessment printed with every scan: indicator table and
  // thresholds (the config's "checks.assessment", else the built-in table).
  AssessmentOptions assessment;
};

// Reads `path`. Errors name the file and the field: "govmon.json: crawl.max_pages:
// expected a whole number ≥ 1, got -3".
Result<AppConfig> LoadConfig(const std::string& path);
// Parses config text (used by LoadConfig and the config fuzzer); `name` is
// used in error messages.
Result<AppConfig> ParseConfig(std::string_view text, std::string_view name);
// The defaults, with data_dir resolved.
AppConfig DefaultConfig();

// Resolves the data directory as described for AppConfig::data_dir.
std::string FindDataDir(std::string_view configured);

}  // namespace govmon
