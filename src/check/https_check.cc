#include "check/https_check.h"

#include "base/strings.h"
#include "check/site_snapshot.h"

namespace govmon {

void HttpsCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  const std::string home = site.home_url.empty() ? site.site : site.home_url;
  auto make = [&](std::string kind, Severity severity) {
    Finding f;
    f.check = "https";
    f.site = site.site;
    f.url = home;
    f.kind = std::move(kind);
    f.severity = severity;
    return f;
  };
  const HttpsFacts& facts = site.https;
  if (facts.probed) {
    if (!facts.https_available) {
      Finding f = make("no_https", Severity::kInfo);
      f.evidence = facts.host;
      f.detail = "the site does not answer over HTTPS";
      if (!facts.error.empty()) f.detail += ": " + facts.error;
      out->push_back(std::move(f));
    } else {
      if (facts.not_after && *facts.not_after < site.as_of) {
        Finding f = make("certificate_expired", Severity::kWarning);
        f.evidence = facts.subject;
        f.detail = "the certificate expired on " + facts.not_after->ToIso();
        out->push_back(std::move(f));
      } else if (facts.not_after &&
                 facts.not_after->DaysSince(site.as_of) <= options_.expiry_warning_days) {
        Finding f = make("certificate_expiring", Severity::kInfo);
        f.evidence = facts.subject;
        f.detail = "the certificate expires on " + facts.not_after->ToIso() + ", in " +
                   std::to_string(facts.not_after->DaysSince(site.as_of)) + " days";
        out->push_back(std::move(f));
      } else if (!facts.certificate_valid) {
        Finding f = make("certificate_invalid", Severity::kWarning);
        f.evidence = facts.subject;
        f.detail = "the certificate does not verify";
        if (!facts.verify_error.empty()) f.detail += ": " + facts.verify_error;
        out->push_back(std::move(f));
      }
    }
  }
  for (const SitePage& page : site.site_pages) {
    if (page.insecure_resource_count == 0) continue;
    Finding f = make("mixed_content", Severity::kInfo);
    f.url = page.url;
    f.target = page.insecure_resources.empty() ? "" : page.insecure_resources[0];
    f.detail = "the https page loads " + std::to_string(page.insecure_resource_count) +
               " resource(s) over http";
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
