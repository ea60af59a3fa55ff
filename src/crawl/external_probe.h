// ProbeExternalHosts: after a crawl, fetches one URL of each external host
// that the site's visible links lead to, once per host, and records what a
// visitor would get there (ExternalHostFacts, read by the external_link
// check). Runs on the caller's thread through the Fetcher; the fetcher does
// the requests concurrently.
#pragma once

#include <string>
#include <vector>

#include "check/link_risk_facts.h"
#include "net/fetcher.h"

namespace govmon {

// A desktop browser's User-Agent: re-registered domains and cloaking sites
// often serve crawlers something other than what visitors see.
inline constexpr char kBrowserUserAgent[] =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36";

struct ExternalProbeOptions {
  // Hosts probed at most; links to the others are reported as not probed.
  size_t max_hosts = 2000;
  // Body bytes read per page.
  size_t max_body_bytes = 1 << 20;
  // Bytes of each page's text kept in ExternalHostFacts::text.
  size_t max_text_bytes = 16 * 1024;
  std::string user_agent = kBrowserUserAgent;
};

// Fetches the first URL given for each distinct host of `urls` (one request
// per host) and returns the facts ordered by host. URLs that do not parse
// are skipped. `fetcher` must not have requests of its own pending.
std::vector<ExternalHostFacts> ProbeExternalHosts(const std::vector<std::string>& urls,
                                                  Fetcher* fetcher,
                                                  const ExternalProbeOptions& options = {});

// The facts one response gives: charset-decoded, parsed, title and text cut
// to `max_text_bytes`, and where a meta refresh or script on the page sends
// visitors when that is another host.
ExternalHostFacts ExternalHostFactsFromResponse(const FetchResponse& response,
                                                size_t max_text_bytes);

}  // namespace govmon
