// End to end: the bundled demo portal, served over loopback, scanned as of
// its date. Every problem planted in demo/expected.json must be reported,
// and nothing listed in demo/decoys.json may be.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "app/scan.h"
#include "app/static_server.h"

namespace govmon {
namespace {

nlohmann::json ReadJson(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

std::string Field(const nlohmann::json& j, const char* key) {
  return j.contains(key) ? j[key].get<std::string>() : "";
}

// A column is named by its folder ("/xwzx/gzdt/"); findings may name its
// index page.
bool UrlEndsWith(const std::string& url, const std::string& suffix) {
  if (suffix.empty()) return true;
  if (url.ends_with(suffix)) return true;
  return suffix.ends_with("/") && url.ends_with(suffix + "index.html");
}

bool Matches(const Finding& f, const nlohmann::json& want, const std::string& site) {
  if (f.check != Field(want, "check")) return false;
  std::string url_suffix = Field(want, "url_suffix");
  if (url_suffix == "/") {
    if (f.url != site && f.url != site + "index.html") return false;
  } else if (!UrlEndsWith(f.url, url_suffix)) {
    return false;
  }
  if (!UrlEndsWith(f.target, Field(want, "target_suffix"))) return false;
  if (want.contains("kind") && f.kind != Field(want, "kind")) return false;
  if (want.contains("evidence") && f.evidence.find(Field(want, "evidence")) == std::string::npos) {
    return false;
  }
  return true;
}

TEST(DemoTest, ReportsEveryPlantedProblemAndNoDecoy) {
  const std::string demo = std::string(GOVMON_SOURCE_DIR) + "/demo";
  StaticSiteServer server;
  Result<int> port = server.Start(demo + "/site");
  ASSERT_TRUE(port.ok()) << port.status().ToString();
  const std::string site = "http://127.0.0.1:" + std::to_string(*port) + "/";

  AppConfig config = DefaultConfig();
  config.data_dir = std::string(GOVMON_SOURCE_DIR) + "/data";
  config.fetch.total_timeout = std::chrono::seconds(5);
  ScanRequest request;
  request.sites.push_back({.url = site});
  request.as_of = Date(2023, 7, 31);
  Result<ScanReport> report = RunScan(config, request);
  ASSERT_TRUE(report.ok()) << report.status().ToString();

  for (const nlohmann::json& want : ReadJson(demo + "/expected.json")) {
    bool found = false;
    for (const Finding& f : report->findings) found = found || Matches(f, want, site);
    EXPECT_TRUE(found) << "planted problem not reported: " << want.dump();
  }
  for (const nlohmann::json& decoy : ReadJson(demo + "/decoys.json")) {
    for (const Finding& f : report->findings) {
      EXPECT_FALSE(Matches(f, decoy, site))
          << "decoy reported: " << decoy.dump() << "\n  finding: " << FindingToJson(f).dump();
    }
  }
}

}  // namespace
}  // namespace govmon
