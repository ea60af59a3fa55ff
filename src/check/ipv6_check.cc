#include "check/ipv6_check.h"

#include <algorithm>
#include <cmath>

#include "check/site_snapshot.h"

namespace govmon {
namespace {

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

}  // namespace

std::vector<std::string> Ipv6SampleLinks(const std::vector<CrawledPage>& pages, size_t max) {
  std::vector<std::string> out;
  for (int depth : {1, 2}) {
    std::vector<const CrawledPage*> level;
    for (const CrawledPage& page : pages) {
      if (page.depth == depth && page.http_status >= 200 && page.http_status < 300) {
        level.push_back(&page);
      }
    }
    // Half of the samples from each level when both have enough.
    const size_t want = depth == 1 ? std::min(level.size(), (max + 1) / 2) : max - out.size();
    const size_t take = std::min(want, level.size());
    for (size_t i = 0; i < take; ++i) out.push_back(level[i * level.size() / take]->url);
  }
  return out;
}

void Ipv6Check::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  const Ipv6Facts& facts = site.ipv6;
  if (!facts.probed) return;
  auto add = [&](std::string kind, Severity severity, std::string detail) {
    Finding f;
    f.check = "ipv6";
    f.site = site.site;
    f.url = site.home_url.empty() ? site.site : site.home_url;
    f.kind = std::move(kind);
    f.severity = severity;
    f.evidence = facts.host;
    f.detail = std::move(detail);
    out->push_back(std::move(f));
  };
  if (facts.aaaa.empty()) {
    add("no_aaaa", Severity::kError, facts.host + " has no AAAA record");
    return;
  }
  if (!facts.home_reachable) {
    std::string detail = "the home page does not load over IPv6";
    if (facts.home_status > 0) detail += " (HTTP " + std::to_string(facts.home_status) + ")";
    if (!facts.home_error.empty()) detail += ": " + facts.home_error;
    add("home_unreachable", Severity::kError, detail);
    return;
  }
  if (facts.content_similarity < options_.min_content_similarity) {
    add("inconsistent_content", Severity::kWarning,
        "the home page over IPv6 matches the IPv4 one only " + Percent(facts.content_similarity) +
            " (at least " + Percent(options_.min_content_similarity) + " expected)");
  }
  if (facts.links_probed > 0) {
    const double share = static_cast<double>(facts.links_reachable) / facts.links_probed;
    if (share < options_.min_link_share) {
      std::string detail = std::to_string(facts.links_reachable) + " of " +
                           std::to_string(facts.links_probed) +
                           " second- and third-level links load over IPv6 (" + Percent(share) +
                           ", at least " + Percent(options_.min_link_share) + " expected)";
      if (!facts.unreachable_samples.empty()) detail += "; e.g. " + facts.unreachable_samples[0];
      add("links_unreachable", Severity::kWarning, detail);
    }
  }
}

}  // namespace govmon
