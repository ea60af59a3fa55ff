#include "app/config.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/calendar.h"
#include "base/url.h"
#include "check/site_options.h"
#include "text/typo_resources.h"

namespace govmon {
namespace {

using Json = nlohmann::json;

// Reads typed fields out of a JSON object, remembering the first error with
// the field's full path. Unknown keys are errors too: a misspelt option that
// silently does nothing is worse than a refusal.
class FieldReader {
 public:
  FieldReader(const Json& object, std::string path, std::string file, Status* error)
      : object_(object), path_(std::move(path)), file_(std::move(file)), error_(error) {
    if (!object_.is_object() && error_->ok()) Fail("", "expected an object");
  }

  template <typename T>
  void Int(const char* key, T* out, long long min, long long max) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_number_integer() || v->get<long long>() < min || v->get<long long>() > max) {
      Fail(key, "expected a whole number from " + std::to_string(min) + " to " +
                    std::to_string(max) + ", got " + v->dump());
      return;
    }
    *out = static_cast<T>(v->get<long long>());
  }
  void Bool(const char* key, bool* out) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_boolean()) return Fail(key, "expected true or false, got " + v->dump());
    *out = v->get<bool>();
  }
  void String(const char* key, std::string* out) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_string()) return Fail(key, "expected a string, got " + v->dump());
    *out = v->get<std::string>();
  }
  void Strings(const char* key, std::vector<std::string>* out) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_array()) return Fail(key, "expected a list of strings, got " + v->dump());
    out->clear();
    for (const Json& e : *v) {
      if (!e.is_string()) return Fail(key, "expected a list of strings, got " + v->dump());
      out->push_back(e.get<std::string>());
    }
  }
  void Millis(const char* key, std::chrono::milliseconds* out, double scale) {
    const Json* v = Find(key);
    if (!v) return;
    if (!v->is_number() || v->get<double>() < 0) {
      return Fail(key, "expected a non-negative number, got " + v->dump());
    }
    *out = std::chrono::milliseconds(static_cast<long long>(v->get<double>() * scale));
  }
  const Json* Object(const char* key) { return Find(key); }
  // Reports keys that no reader asked for.
  void RejectUnknown() {
    if (!object_.is_object()) return;
    for (const auto& [key, value] : object_.items()) {
      if (std::find(seen_.begin(), seen_.end(), key) == seen_.end()) {
        Fail(key, "unknown option");
        return;
      }
    }
  }
  std::string Path(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

 private:
  const Json* Find(const char* key) {
    seen_.push_back(key);
    if (!object_.is_object()) return nullptr;
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }
  void Fail(const std::string& key, const std::string& message) {
    if (!error_->ok()) return;
    std::string where = key.empty() ? path_ : Path(key.c_str());
    *error_ = InvalidArgumentError(file_ + ": " + (where.empty() ? "" : where + ": ") + message);
  }

  const Json& object_;
  std::string path_;
  std::string file_;
  Status* error_;
  std::vector<std::string> seen_;
};

// Checks each user data file or directory named in the list `field` as its
// check would read it; the first problem becomes an error naming the config
// file and the list entry ("govmon.json: checks.typo.ignore_files[0]: …").
void CheckUserFiles(const std::string& file, const std::string& field,
                    const std::vector<std::string>& paths, Status (*check)(const std::string&),
                    Status* error) {
  for (size_t i = 0; i < paths.size() && error->ok(); ++i) {
    Status s = check(paths[i]);
    if (!s.ok()) {
      *error = InvalidArgumentError(file + ": " + field + "[" + std::to_string(i) +
                                    "]: " + std::string(s.message()));
    }
  }
}

}  // namespace

std::string FindDataDir(std::string_view configured) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!configured.empty()) return std::string(configured);
  if (const char* env = std::getenv("GOVMON_DATA_DIR"); env && *env) return env;
  // Installed layout: <prefix>/bin/govmon and <prefix>/share/govmon.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path share = exe.parent_path().parent_path() / "share" / "govmon";
    if (fs::is_directory(share / "dict", ec)) return share.string();
  }
#ifdef GOVMON_SOURCE_DATA_DIR
  if (fs::is_directory(GOVMON_SOURCE_DATA_DIR, ec)) return GOVMON_SOURCE_DATA_DIR;
#endif
  return "/usr/share/govmon";
}

// The working-day calendar for message deadlines: the configured file, else
// <data_dir>/calendar/cn_holidays.txt. A configured file must load; the
// default may be absent (working days then fall back to Monday–Friday).
Status LoadCalendar(const std::string& configured, AppConfig* config) {
  std::string path =
      configured.empty() ? config->data_dir + "/calendar/cn_holidays.txt" : configured;
  std::error_code ec;
  if (configured.empty() && !std::filesystem::exists(path, ec)) return Status::Ok();
  Result<WorkCalendar> calendar = WorkCalendar::LoadFile(path);
  if (!calendar.ok()) return calendar.status();
  config->checks.site.messages.calendar =
      std::make_shared<const WorkCalendar>(std::move(*calendar));
  return Status::Ok();
}

AppConfig DefaultConfig() {
  AppConfig config;
  config.data_dir = FindDataDir("");
  // Defaults cannot fail to load: a broken installed calendar is reported
  // when a scan loads the config explicitly.
  (void)LoadCalendar("", &config);
  return config;
}

Result<AppConfig> ParseConfig(std::string_view text, std::string_view name) {
  AppConfig config = DefaultConfig();
  config.config_path = std::string(name);
  std::string calendar_path;  // checks.site.messages.calendar, when given.
  Json root;
  try {
    root = Json::parse(text, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
  } catch (const Json::parse_error& e) {
    return InvalidArgumentError(std::string(name) + ": not valid JSON at byte " +
                                std::to_string(e.byte) + ": " + e.what());
  }
  Status error;
  const std::string file(name);
  FieldReader top(root, "", file, &error);
  std::string data_dir;
  top.String("data_dir", &data_dir);
  if (!data_dir.empty()) config.data_dir = data_dir;

  if (const Json* sites = top.Object("sites")) {
    if (!sites->is_array()) {
      return InvalidArgumentError(file + ": sites: expected a list of sites");
    }
    for (size_t i = 0; i < sites->size() && error.ok(); ++i) {
      SiteConfig site;
      const Json& s = (*sites)[i];
      FieldReader r(s, "sites[" + std::to_string(i) + "]", file, &error);
      r.String("url", &site.url);
      r.String("name", &site.name);
      r.String("unit", &site.unit);
      r.Strings("extra_hosts", &site.extra_hosts);
      r.Strings("extra_prefixes", &site.extra_prefixes);
      r.RejectUnknown();
      if (error.ok()) {
        Result<Url> url = Url::Parse(site.url);
        if (!url.ok()) {
          error = InvalidArgumentError(file + ": " + r.Path("url") + ": " +
                                       std::string(url.status().message()));
        }
      }
      config.sites.push_back(std::move(site));
    }
  }
  if (const Json* crawl = top.Object("crawl")) {
    FieldReader r(*crawl, "crawl", file, &error);
    CrawlOptions& c = config.crawl;
    r.Int("max_pages", &c.max_pages, 1, 10'000'000);
    r.Int("max_depth", &c.max_depth, 0, 1000);
    r.Int("max_page_bytes", &c.max_page_bytes, 1024, 1LL << 32);
    r.Int("max_attachment_bytes", &c.max_attachment_bytes, 1024, 1LL << 34);
    r.Strings("extra_hosts", &c.extra_hosts);
    r.Strings("extra_prefixes", &c.extra_prefixes);
    r.Bool("respect_robots", &c.respect_robots);
    r.Bool("probe_external", &c.probe_external);
    r.Bool("check_attachments", &c.check_attachments);
    r.Int("parse_threads", &c.parse_threads, 0, 256);
    r.RejectUnknown();
  }
  if (const Json* fetch = top.Object("fetch")) {
    FieldReader r(*fetch, "fetch", file, &error);
    FetcherOptions& f = config.fetch;
    r.String("user_agent", &f.user_agent);
    r.Millis("timeout_seconds", &f.total_timeout, 1000);
    r.Millis("connect_timeout_seconds", &f.connect_timeout, 1000);
    r.Millis("delay_ms", &f.per_host_delay, 1);
    r.Millis("retry_backoff_ms", &f.retry_backoff, 1);
    r.Int("retries", &f.max_retries, 0, 10);
    r.Int("max_redirects", &f.max_redirects, 0, 50);
    r.Int("concurrency", &f.max_concurrency, 1, 10000);
    r.Int("per_host", &f.max_per_host, 1, 1000);
    r.Bool("verify_tls", &f.verify_tls);
    r.Bool("http2", &f.http2);
    r.RejectUnknown();
  }
  if (const Json* checks = top.Object("checks")) {
    if (!checks->is_object()) return InvalidArgumentError(file + ": checks: expected an object");
    FieldReader r(*checks, "checks", file, &error);
    r.Strings("disabled", &config.checks.disabled);
    r.Strings("allowed_domains", &config.checks.link_risk.allowed_domains);
    if (const Json* site = r.Object("site"); site && error.ok()) {
      // Columns, home page, messages, interpretation, IPv6, HTTPS: see docs/columns.md.
      Status s = SiteOptionsFromJson(*site, &config.checks.site, &calendar_path);
      if (!s.ok()) error = InvalidArgumentError(file + ": checks." + std::string(s.message()));
    }
    if (const Json* assessment = r.Object("assessment"); assessment && error.ok()) {
      // Indicator table and thresholds of the national assessment.
      Status s = AssessmentOptionsFromJson(*assessment, &config.assessment);
      if (!s.ok()) error = InvalidArgumentError(file + ": checks." + std::string(s.message()));
    }
    if (const Json* typo = r.Object("typo"); typo && error.ok()) {
      // Users' own misspelling lists and ignore rules (README, 配置).
      TypoOptions& t = config.checks.typo;
      FieldReader tr(*typo, "checks.typo", file, &error);
      tr.Strings("misspelling_files", &t.misspelling_files);
      tr.Strings("ignore_files", &t.ignore_files);
      tr.Int("max_findings_per_page", &t.max_findings_per_page, 1, 1'000'000);
      tr.RejectUnknown();
      CheckUserFiles(file, "checks.typo.misspelling_files", t.misspelling_files,
                     CheckMisspellingFile, &error);
      CheckUserFiles(file, "checks.typo.ignore_files", t.ignore_files, CheckIgnoreFile, &error);
    }
    if (const Json* serious = r.Object("serious_error"); serious && error.ok()) {
      // Users' own knowledge-base directories and ignore rules (README, 配置).
      SeriousErrorOptions& s = config.checks.serious_error;
      FieldReader sr(*serious, "checks.serious_error", file, &error);
      sr.Strings("kb_dirs", &s.extra_kb_dirs);
      sr.Strings("ignore_files", &s.ignore_files);
      sr.RejectUnknown();
      CheckUserFiles(file, "checks.serious_error.kb_dirs", s.extra_kb_dirs, CheckKnowledgeDir,
                     &error);
      CheckUserFiles(file, "checks.serious_error.ignore_files", s.ignore_files, CheckIgnoreFile,
                     &error);
    }
    r.RejectUnknown();
  }

  top.RejectUnknown();
  if (!error.ok()) return error;
  GOVMON_RETURN_IF_ERROR(LoadCalendar(calendar_path, &config));
  return config;
}

Result<AppConfig> LoadConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot read the config file: " + std::strerror(errno));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseConfig(buffer.str(), path);
}

}  // namespace govmon
