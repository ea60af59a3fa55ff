// ipv6 (IPv6 支持度): from the IPv6 probe's facts (domain.md §2.3): no AAAA
// record, a home page that does not load over IPv6, IPv4 and IPv6 home pages
// that differ (a stub page on IPv6), and too small a share of second- and
// third-level links reachable over IPv6. Reports nothing when the probe did
// not run. A site check; no I/O.
#pragma once

#include "check/check.h"
#include "check/site_options.h"

namespace govmon {

struct CrawledPage;

// The second- and third-level pages (depth 1 and 2) of a crawl that the IPv6
// probe should try (ProbeIpv6's `sample_links`): up to `max`, spread evenly
// over the crawl order, depth-1 pages first; only pages that loaded
// (HTTP 2xx).
std::vector<std::string> Ipv6SampleLinks(const std::vector<CrawledPage>& pages, size_t max = 20);

class Ipv6Check final : public SiteCheck {
 public:
  explicit Ipv6Check(Ipv6Options options) : options_(options) {}
  std::string_view id() const override { return "ipv6"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  Ipv6Options options_;
};

}  // namespace govmon
