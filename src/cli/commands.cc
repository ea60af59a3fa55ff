#include "cli/commands.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "app/config.h"
#include "app/output.h"
#include "app/proofread.h"
#include "app/scan.h"
#include "app/static_server.h"
#include "base/log.h"
#include "base/strings.h"
#include "base/url.h"

namespace govmon {
namespace {

// Options every command that reports findings shares.
struct ReportFlags {
  std::optional<OutputFormat> format;
  std::string out_path;
  std::string config_path;
  std::optional<Date> as_of;
  bool quiet = false;
  bool color = true;
};

// What a command's flag parser needs: the flag, and its value if it takes one.
class ArgReader {
 public:
  explicit ArgReader(const std::vector<std::string>& args) : args_(args) {}
  bool Done() const { return i_ >= args_.size(); }
  const std::string& Next() { return args_[i_++]; }
  // The value of a flag given as "--flag value" or "--flag=value".
  bool Value(const std::string& arg, std::string_view flag, std::string* value) {
    if (arg == flag) {
      if (i_ >= args_.size()) {
        error_ = "option " + std::string(flag) + " needs a value";
        return true;
      }
      *value = args_[i_++];
      return true;
    }
    if (arg.size() > flag.size() && arg.starts_with(flag) && arg[flag.size()] == '=') {
      *value = arg.substr(flag.size() + 1);
      return true;
    }
    return false;
  }
  std::string error_;

 private:
  const std::vector<std::string>& args_;
  size_t i_ = 0;
};

int Fail(const std::string& message) {
  std::fprintf(stderr, "govmon: %s\n", message.c_str());
  return 2;
}

bool ParseInt(const std::string& text, long long min, long long max, long long* out) {
  unsigned long long v = 0;
  if (!ParseUint(text, &v) || static_cast<long long>(v) < min || static_cast<long long>(v) > max) {
    return false;
  }
  *out = static_cast<long long>(v);
  return true;
}

// Handles the flags shared by scan and demo. Returns true when `arg` was one
// of them; sets `*error` on a bad value.
bool ReportFlag(ArgReader& r, const std::string& arg, ReportFlags* flags, std::string* error) {
  std::string value;
  if (r.Value(arg, "--format", &value)) {
    Result<OutputFormat> f = ParseOutputFormat(value);
    if (!f.ok())
      *error = std::string(f.status().message());
    else
      flags->format = *f;
    return true;
  }
  if (r.Value(arg, "--out", &value)) {
    flags->out_path = value;
    return true;
  }
  if (r.Value(arg, "--config", &value)) {
    flags->config_path = value;
    return true;
  }
  if (r.Value(arg, "--as-of", &value)) {
    flags->as_of = Date::ParseIso(value);
    if (!flags->as_of) *error = "--as-of: expected a date YYYY-MM-DD, got \"" + value + "\"";
    return true;
  }
  if (arg == "-q" || arg == "--quiet") {
    flags->quiet = true;
    return true;
  }
  if (arg == "--no-color") {
    flags->color = false;
    return true;
  }
  return false;
}

int TerminalWidth() {
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 40) return ws.ws_col;
  return 160;
}

// Writes the report where --out says (or stdout). The format defaults to a
// table on a terminal and to JSON Lines otherwise.
int Emit(const ReportFlags& flags, const FindingStore& findings, const nlohmann::json& summary) {
  const bool to_terminal = flags.out_path.empty() && isatty(STDOUT_FILENO);
  OutputFormat format =
      flags.format.value_or(to_terminal ? OutputFormat::kTable : OutputFormat::kJsonl);
  TableStyle style;
  style.width = to_terminal ? TerminalWidth() : 200;
  style.color = to_terminal && flags.color;
  if (flags.out_path.empty()) {
    WriteReport(std::cout, format, findings, summary, style);
    std::cout.flush();
    return std::cout ? 0 : Fail("cannot write to standard output");
  }
  std::ofstream out(flags.out_path, std::ios::binary | std::ios::trunc);
  if (!out) return Fail(flags.out_path + ": cannot open for writing: " + std::strerror(errno));
  WriteReport(out, format, findings, summary, style);
  out.close();
  if (!out) return Fail(flags.out_path + ": write failed");
  return 0;
}

// A live progress line on stderr, only when stderr is a terminal.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  ~ProgressLine() { Clear(); }
  void Update(const std::string& site, const CrawlStats& s) {
    if (!enabled_) return;
    double seconds = static_cast<double>(s.elapsed.count()) / 1000.0;
    double rate = seconds > 0 ? s.pages_fetched / seconds : 0;
    long long secs = s.elapsed.count() / 1000;
    std::string host = site;
    if (Result<Url> u = Url::Parse(site); u.ok()) host = u->host();
    std::fprintf(stderr,
                 "\r\x1b[K%s  pages %d fetched, %d queued · links %d probed · errors %d · %.1f "
                 "pages/s · %02lld:%02lld",
                 host.c_str(), s.pages_fetched, s.pages_queued, s.links_probed, s.errors, rate,
                 secs / 60, secs % 60);
    std::fflush(stderr);
    dirty_ = true;
  }
  void Clear() {
    if (enabled_ && dirty_) std::fprintf(stderr, "\r\x1b[K");
    dirty_ = false;
  }

 private:
  bool enabled_;
  bool dirty_ = false;
};

Result<AppConfig> ConfigFor(const ReportFlags& flags) {
  if (flags.config_path.empty()) return DefaultConfig();
  return LoadConfig(flags.config_path);
}

const char kScanHelp[] =
    "usage: govmon scan [URL...] [options]\n\n"
    "Crawls the site of each start URL (or of each site in the config) and reports\n"
    "broken links, hidden links, personal-data leaks, wording errors, stale columns …\n\n"
    "options:\n"
    "  --format table|jsonl|json  output format (default: table on a terminal, else jsonl)\n"
    "  --out FILE                 write the report to FILE\n"
    "  --as-of YYYY-MM-DD         'today' for every time-based judgement (default: today)\n"
    "  --config FILE              JSON config (sites, crawl, fetch, checks); see README\n"
    "  --max-pages N              pages to parse per site (default 5000)\n"
    "  --max-depth N              link depth from the start URL (default 8)\n"
    "  --concurrency N            requests in flight (default 64)\n"
    "  --per-host N               connections per host (default 16)\n"
    "  --delay-ms N               politeness delay between requests to one host\n"
    "  --timeout SECONDS          per-request timeout (default 15, the national probe rule)\n"
    "  --user-agent TEXT          User-Agent header\n"
    "  --respect-robots           obey robots.txt\n"
    "  --no-external              do not probe links that leave the site\n"
    "  --no-attachments           do not download and read attachments\n"
    "  --disable CHECK[,CHECK]    leave checks out (ids as in the output)\n"
    "  --render                   confirm hidden links in chromium and save screenshots\n"
    "  --screenshots DIR          where --render saves them (default govmon-screenshots)\n"
    "  -q, --quiet                no progress line\n";

// Parses scan's own flags into `config`; positional arguments are start URLs.
int ParseScanArgs(const std::vector<std::string>& args, ReportFlags* flags,
                  std::vector<std::string>* urls, std::vector<std::string>* overrides) {
  ArgReader r(args);
  std::string error;
  while (!r.Done() && error.empty() && r.error_.empty()) {
    const std::string& arg = r.Next();
    if (arg == "--help" || arg == "-h") {
      std::fputs(kScanHelp, stdout);
      return -1;
    }
    if (ReportFlag(r, arg, flags, &error)) continue;
    std::string value;
    bool matched = false;
    for (const char* flag :
         {"--max-pages", "--max-depth", "--concurrency", "--per-host", "--delay-ms", "--timeout",
          "--user-agent", "--disable", "--screenshots"}) {
      if (r.Value(arg, flag, &value)) {
        overrides->push_back(std::string(flag) + "=" + value);
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (arg == "--respect-robots" || arg == "--no-external" || arg == "--no-attachments" ||
        arg == "--render") {
      overrides->push_back(arg);
      continue;
    }
    if (arg.starts_with("-") && arg != "-") {
      error = "unknown option '" + arg + "' (see govmon scan --help)";
      break;
    }
    urls->push_back(arg);
  }
  if (!r.error_.empty()) error = r.error_;
  if (!error.empty()) return Fail(error);
  return 0;
}

// Applies command-line overrides ("--max-pages=10") to `config`.
int ApplyOverrides(const std::vector<std::string>& overrides, AppConfig* config) {
  for (const std::string& o : overrides) {
    size_t eq = o.find('=');
    std::string flag = o.substr(0, eq);
    std::string value = eq == std::string::npos ? "" : o.substr(eq + 1);
    long long n = 0;
    auto need_int = [&](long long min, long long max) {
      if (ParseInt(value, min, max, &n)) return true;
      Fail(flag + ": expected a whole number from " + std::to_string(min) + " to " +
           std::to_string(max) + ", got \"" + value + "\"");
      return false;
    };
    if (flag == "--max-pages") {
      if (!need_int(1, 10'000'000)) return 2;
      config->crawl.max_pages = static_cast<int>(n);
    } else if (flag == "--max-depth") {
      if (!need_int(0, 1000)) return 2;
      config->crawl.max_depth = static_cast<int>(n);
    } else if (flag == "--concurrency") {
      if (!need_int(1, 10000)) return 2;
      config->fetch.max_concurrency = static_cast<int>(n);
    } else if (flag == "--per-host") {
      if (!need_int(1, 1000)) return 2;
      config->fetch.max_per_host = static_cast<int>(n);
    } else if (flag == "--delay-ms") {
      if (!need_int(0, 600000)) return 2;
      config->fetch.per_host_delay = std::chrono::milliseconds(n);
    } else if (flag == "--timeout") {
      if (!need_int(1, 3600)) return 2;
      config->fetch.total_timeout = std::chrono::seconds(n);
      config->fetch.connect_timeout = std::chrono::seconds(n);
    } else if (flag == "--user-agent") {
      config->fetch.user_agent = value;
    } else if (flag == "--disable") {
      for (std::string_view id : Split(value, ',')) {
        if (!id.empty()) config->checks.disabled.emplace_back(id);
      }
    } else if (flag == "--respect-robots") {
      config->crawl.respect_robots = true;
    } else if (flag == "--no-external") {
      config->crawl.probe_external = false;
    } else if (flag == "--no-attachments") {
      config->crawl.check_attachments = false;
    }
  }
  return 0;
}

int ScanAndReport(const AppConfig& config, const std::vector<SiteConfig>& sites,
                  const ReportFlags& flags, const std::vector<std::string>& overrides) {
  ScanRequest request;
  for (const std::string& o : overrides) {
    if (o == "--render") request.render = true;
    if (o.starts_with("--screenshots=")) request.screenshot_dir = o.substr(14);
  }
  request.sites = sites;
  request.as_of = flags.as_of.value_or(Date::Today());
  ProgressLine progress(!flags.quiet);
  request.progress = [&progress](const std::string& site, const CrawlStats& stats) {
    progress.Update(site, stats);
  };
  Result<ScanReport> report = RunScan(config, request);
  progress.Clear();
  if (!report.ok()) return Fail(report.status().ToString());
  return Emit(flags, report->findings, report->summary);
}

}  // namespace

int RunScanCommand(const std::vector<std::string>& args) {
  ReportFlags flags;
  std::vector<std::string> urls;
  std::vector<std::string> overrides;
  if (int rc = ParseScanArgs(args, &flags, &urls, &overrides); rc != 0) return rc < 0 ? 0 : rc;
  Result<AppConfig> config = ConfigFor(flags);
  if (!config.ok()) return Fail(std::string(config.status().message()));
  if (int rc = ApplyOverrides(overrides, &*config); rc != 0) return rc;
  std::vector<SiteConfig> sites;
  for (const std::string& url : urls) {
    Result<Url> parsed = Url::Parse(url);
    if (!parsed.ok())
      return Fail("start URL \"" + url +
                  "\" is not a URL: " + std::string(parsed.status().message()));
    if (parsed->scheme() != "http" && parsed->scheme() != "https") {
      return Fail("start URL \"" + url + "\" is not an http(s) URL");
    }
    SiteConfig site;
    site.url = url;
    for (const SiteConfig& known : config->sites) {
      if (known.url == url) site = known;
    }
    sites.push_back(std::move(site));
  }
  if (sites.empty()) sites = config->sites;
  if (sites.empty())
    return Fail("no start URL given and no sites in the config (see govmon scan --help)");
  return ScanAndReport(*config, sites, flags, overrides);
}

int RunDemoCommand(const std::vector<std::string>& args) {
  ReportFlags flags;
  std::vector<std::string> urls;
  std::vector<std::string> overrides;
  if (int rc = ParseScanArgs(args, &flags, &urls, &overrides); rc != 0) return rc < 0 ? 0 : rc;
  if (!urls.empty()) return Fail("demo takes no URL; it scans the bundled demo site");
  Result<AppConfig> config = ConfigFor(flags);
  if (!config.ok()) return Fail(std::string(config.status().message()));
  if (int rc = ApplyOverrides(overrides, &*config); rc != 0) return rc;
  std::string site_dir = config->data_dir + "/demo/site";
  std::error_code ec;
  if (!std::filesystem::is_directory(site_dir, ec)) {
    // Running from a build tree: the demo sits beside data/ in the sources.
    site_dir = config->data_dir + "/../demo/site";
  }
  StaticSiteServer server;
  Result<int> port = server.Start(site_dir);
  if (!port.ok()) return Fail("demo site: " + std::string(port.status().message()));
  if (!flags.as_of) flags.as_of = Date(2023, 7, 31);  // The demo's pages are dated for this day.
  SiteConfig site;
  site.url = "http://127.0.0.1:" + std::to_string(*port) + "/";
  site.name = "青岚县人民政府（演示）";
  if (!flags.quiet) {
    std::fprintf(stderr, "govmon demo: serving %s at %s, scanning as of %s\n", site_dir.c_str(),
                 site.url.c_str(), flags.as_of->ToIso().c_str());
  }
  return ScanAndReport(*config, {site}, flags, overrides);
}

const char kProofreadHelp[] =
    "usage: govmon proofread FILE...|- [options]\n\n"
    "Runs every text check (personal data, sensitive words, typos, serious wording\n"
    "errors …) on drafts before they are published: plain text, HTML, DOCX, XLSX,\n"
    "PPTX, PDF, legacy Office files, CSV, ZIP, or standard input ('-').\n\n"
    "options:\n"
    "  --format table|jsonl|json  output format (default: table on a terminal, else jsonl)\n"
    "  --out FILE                 write the report to FILE\n"
    "  --as-of YYYY-MM-DD         the date the draft will be published (default: today)\n"
    "  --config FILE              JSON config (checks section)\n\n"
    "exit status: 0 clean, 1 findings, 2 an input could not be read or bad arguments\n";

int RunProofreadCommand(const std::vector<std::string>& args) {
  ReportFlags flags;
  std::vector<std::string> inputs;
  ArgReader r(args);
  std::string error;
  while (!r.Done() && error.empty() && r.error_.empty()) {
    const std::string& arg = r.Next();
    if (arg == "--help" || arg == "-h") {
      std::fputs(kProofreadHelp, stdout);
      return 0;
    }
    if (ReportFlag(r, arg, &flags, &error)) continue;
    if (arg.starts_with("-") && arg != "-") {
      error = "unknown option '" + arg + "' (see govmon proofread --help)";
      break;
    }
    inputs.push_back(arg);
  }
  if (!r.error_.empty()) error = r.error_;
  if (!error.empty()) return Fail(error);
  if (inputs.empty()) return Fail("proofread: no input given (a file, or - for standard input)");
  Result<AppConfig> config = ConfigFor(flags);
  if (!config.ok()) return Fail(std::string(config.status().message()));
  CheckOptions checks = config->checks;
  if (Status s = LoadTextCheckData(config->data_dir, &checks); !s.ok()) {
    return Fail(std::string(s.message()));
  }
  ProofreadRequest request;
  request.inputs = inputs;
  request.as_of = flags.as_of.value_or(Date::Today());
  ProofreadReport report = RunProofread(checks, request, std::cin);
  for (const std::string& e : report.errors) std::fprintf(stderr, "govmon: %s\n", e.c_str());
  FindingStore findings;
  for (const Finding& f : report.findings) findings.push_back(f);
  if (int rc = Emit(flags, findings, report.summary); rc != 0) return rc;
  return report.exit_code();
}

int RunVersionCommand(const std::vector<std::string>&) {
  std::printf("govmon %s\n", GOVMON_VERSION);
  return 0;
}

}  // namespace govmon
