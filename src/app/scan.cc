#include "app/scan.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>

#include "app/proofread.h"
#include "attach/extractor.h"
#include "base/log.h"
#include "check/assessment.h"
#include "check/attachment_unreadable.h"
#include "check/column_model.h"
#include "check/external_link_check.h"
#include "check/ipv6_check.h"
#include "check/registry.h"
#include "crawl/cloak_probe.h"
#include "crawl/render_verifier.h"
#include "net/curl_fetcher.h"
#include "net/ipv6_probe.h"
#include "net/tls_probe.h"

namespace govmon {
namespace {

using ScanClock = std::chrono::steady_clock;

long long MillisSince(ScanClock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(ScanClock::now() - start).count();
}

Finding SiteUnreachable(const SiteConfig& site, const CrawlResult& crawl) {
  Finding f;
  f.check = "site_unreachable";
  f.severity = Severity::kVeto;
  f.site = site.url;
  f.url = site.url;
  const LinkStatus& s = crawl.home_status;
  f.kind = s.error != FetchError::kNone ? std::string(FetchErrorName(s.error))
                                        : "http_" + std::to_string(s.http_status);
  if (s.http_status >= 500 && s.error == FetchError::kNone) f.kind = "http_5xx";
  f.detail = "the home page could not be opened";
  if (s.http_status > 0) f.detail += ": HTTP " + std::to_string(s.http_status);
  if (!s.error_message.empty()) f.detail += ": " + s.error_message;
  f.detail +=
      " (one-shot probe; the national rule counts failures over a week of ≥20 probes a day)";
  return f;
}

// Reads attachments with the attach module; what cannot be read becomes an
// attachment_unreadable finding (the whole file, or parts of an archive).
AttachmentReader MakeAttachmentReader(const std::string& site) {
  return [site](std::string_view bytes, std::string_view url) {
    AttachmentContent content;
    std::vector<AttachmentProblem> problems;
    Result<Document> doc = ExtractAttachment(bytes, url, AttachOptions{}, &problems);
    if (doc.ok()) {
      content.document = std::move(*doc);
    } else {
      content.problems.push_back(AttachmentUnreadableFinding(
          site, url, UnreadableReasonName(UnreadableReasonOf(doc.status())),
          doc.status().message()));
    }
    for (const AttachmentProblem& p : problems) {
      content.problems.push_back(
          AttachmentUnreadableFinding(site, url, UnreadableReasonName(UnreadableReasonOf(p.status)),
                                      p.status.message(), p.path));
    }
    return content;
  };
}

}  // namespace

Result<ScanReport> RunScan(const AppConfig& config, const ScanRequest& request) {
  const auto started = ScanClock::now();
  CheckOptions check_options = config.checks;
  GOVMON_RETURN_IF_ERROR(LoadTextCheckData(config.data_dir, &check_options));
  std::vector<std::unique_ptr<PageCheck>> page_checks = NewPageChecks(check_options);
  std::vector<std::unique_ptr<SiteCheck>> site_checks = NewSiteChecks(check_options);
  ScanReport report;
  CrawlStats total;
  nlohmann::json sites = nlohmann::json::array();
  for (const SiteConfig& site : request.sites) {
    CurlFetcher fetcher(config.fetch);
    CrawlOptions crawl_options = config.crawl;
    for (const std::string& h : site.extra_hosts) crawl_options.extra_hosts.push_back(h);
    for (const std::string& p : site.extra_prefixes) crawl_options.extra_prefixes.push_back(p);
    PageContext context;
    context.site = site.url;
    context.as_of = request.as_of;
    Crawler crawler(&fetcher, crawl_options, page_checks, context);
    if (crawl_options.check_attachments)
      crawler.set_attachment_reader(MakeAttachmentReader(site.url));
    // Off-site links are gathered from every page while the crawl runs.
    ExternalLinkCollector external(site.url, config.checks.link_risk);
    std::mutex external_mu;
    crawler.set_document_observer([&](const Document& doc, bool is_home) {
      std::lock_guard<std::mutex> lock(external_mu);
      external.Add(doc, is_home);
    });
    if (request.progress) {
      crawler.set_progress([&](const CrawlStats& stats) { request.progress(site.url, stats); });
    }
    CrawlResult crawl = crawler.Crawl(site.url);
    Log(LogLevel::kInfo, "{}: crawled {} pages in {} ms", site.url, crawl.stats.pages_fetched,
        crawl.stats.elapsed.count());
    const size_t first_finding = report.findings.size();
    for (const Finding& f : crawl.findings) report.findings.push_back(f);
    crawl.findings = FindingStore();
    SiteSnapshot snapshot;
    snapshot.site = site.url;
    snapshot.home_url = crawl.home_url;
    snapshot.as_of = request.as_of;
    if (!crawl.reachable) {
      report.findings.push_back(SiteUnreachable(site, crawl));
    } else {
      snapshot.pages = std::move(crawl.pages);
      snapshot.site_pages = std::move(crawl.site_pages);
      snapshot.targets = std::move(crawl.targets);
      snapshot.links = crawl.edges.get();
      // What the site checks need from the network beyond the crawl.
      snapshot.external_links = external.Links();
      const auto probes_started = ScanClock::now();
      LinkRiskProbeOptions probe_options;
      if (!crawl_options.probe_external) probe_options.external.max_hosts = 0;
      ProbeLinkRisks(&fetcher, &snapshot, probe_options);
      ProbeOptions probe;
      probe.timeout = config.fetch.total_timeout;
      probe.user_agent = config.fetch.user_agent;
      snapshot.ipv6 = ProbeIpv6(snapshot.home_url, Ipv6SampleLinks(snapshot.pages), probe);
      snapshot.https = ProbeTls(snapshot.home_url, probe);
      Log(LogLevel::kInfo, "{}: site probes took {} ms", site.url, MillisSince(probes_started));
      // The column checks and the assessment share one column model.
      const auto columns_started = ScanClock::now();
      snapshot.columns = std::make_shared<const ColumnModel>(
          ColumnModel::Build(snapshot, check_options.site.columns));
      Log(LogLevel::kDebug, "{}: column model took {} ms, {} columns", site.url,
          MillisSince(columns_started), snapshot.columns->columns().size());
      for (const auto& check : site_checks) {
        const auto check_started = ScanClock::now();
        const size_t before = report.findings.size();
        check->Inspect(snapshot, &report.findings);
        Log(LogLevel::kDebug, "{}: site check {} took {} ms, {} findings", site.url, check->id(),
            MillisSince(check_started), report.findings.size() - before);
      }
    }
    // Every finding names its site (a check may leave it to the scan).
    for (size_t i = first_finding; i < report.findings.size(); ++i) {
      if (!report.findings.Key(i).site.empty()) continue;
      Finding f = report.findings[i];
      f.site = site.url;
      report.findings.Set(i, f);
    }
    nlohmann::json site_summary = {
        {"site", site.url},
        {"reachable", crawl.reachable},
        {"pages", crawl.stats.pages_fetched},
        {"links_probed", crawl.stats.links_probed},
        {"attachments", crawl.stats.attachments},
        {"errors", crawl.stats.errors},
        {"bytes", crawl.stats.bytes},
        {"duration_ms", crawl.stats.elapsed.count()},
    };
    // The national assessment of this site from this scan's findings.
    const auto assessment_started = ScanClock::now();
    SiteAssessment assessment =
        AssessSite(snapshot, report.findings.Slice(first_finding, report.findings.size()),
                   check_options.site.columns, config.assessment);
    site_summary["assessment"] = AssessmentToJson(assessment);
    site_summary["assessment_text"] = FormatAssessment(assessment);
    Log(LogLevel::kDebug, "{}: assessment took {} ms", site.url, MillisSince(assessment_started));
    if (!site.name.empty()) site_summary["name"] = site.name;
    if (!site.unit.empty()) site_summary["unit"] = site.unit;
    sites.push_back(std::move(site_summary));
    total.pages_fetched += crawl.stats.pages_fetched;
    total.links_probed += crawl.stats.links_probed;
    total.attachments += crawl.stats.attachments;
    total.errors += crawl.stats.errors;
    total.bytes += crawl.stats.bytes;
  }
  nlohmann::json render_summary;
  if (request.render) {
    // A real browser confirms what static analysis found hidden, and takes
    // the screenshots that serve as evidence (截图取证).
    RenderOptions render;
    render.screenshot_dir = request.screenshot_dir;
    std::vector<std::string> page_errors;
    // The browser only annotates dark_link findings; they go out and back.
    std::vector<size_t> dark_at;
    std::vector<Finding> dark;
    for (size_t i = 0; i < report.findings.size(); ++i) {
      if (report.findings.Key(i).check != "dark_link") continue;
      dark_at.push_back(i);
      dark.push_back(report.findings[i]);
    }
    Status rendered = VerifyDarkLinks(render, &dark, &page_errors);
    for (size_t k = 0; k < dark.size(); ++k) report.findings.Set(dark_at[k], dark[k]);
    render_summary = {{"status", rendered.ok() ? "ok" : rendered.ToString()},
                      {"page_errors", page_errors}};
  }
  const auto sort_started = ScanClock::now();
  report.findings.Sort();
  Log(LogLevel::kDebug, "sorting {} findings took {} ms", report.findings.size(),
      MillisSince(sort_started));
  std::map<std::string, int> by_check;
  for (size_t i = 0; i < report.findings.size(); ++i) {
    by_check[std::string(report.findings.Key(i).check)]++;
  }
  const long long elapsed_ms = MillisSince(started);
  report.summary = {
      {"as_of", request.as_of.ToIso()},
      {"sites_scanned", request.sites.size()},
      {"pages", total.pages_fetched},
      {"links_probed", total.links_probed},
      {"attachments", total.attachments},
      {"bytes", total.bytes},
      {"errors", total.errors},
      {"findings", report.findings.size()},
      {"duration_ms", elapsed_ms},
      {"by_check", by_check},
      {"sites", sites},
  };
  if (!render_summary.is_null()) report.summary["render"] = render_summary;
  return report;
}

}  // namespace govmon
