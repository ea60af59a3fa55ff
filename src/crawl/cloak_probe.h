// ProbeCloaking: fetches the home page and first-level column pages three
// ways — as a browser, as Baiduspider, and as a visitor arriving from a Baidu
// search — for the cloaking check (check/cloaking_check.h). Runs on the
// caller's thread through the Fetcher, which does the requests concurrently.
#pragma once

#include <string>
#include <vector>

#include "check/link_risk_facts.h"
#include "check/site_snapshot.h"
#include "crawl/external_probe.h"
#include "net/fetcher.h"

namespace govmon {

struct CloakProbeOptions {
  std::string browser_user_agent = kBrowserUserAgent;
  std::string spider_user_agent =
      "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)";
  // The search visitor's Referer: this prefix followed by the page's host,
  // percent-encoded, as a Baidu results page would send it.
  std::string search_referer_prefix = "https://www.baidu.com/s?wd=";
  // Body bytes read per page, and text bytes kept per view.
  size_t max_body_bytes = 4 << 20;
  size_t max_text_bytes = 64 * 1024;
};

// The pages worth comparing: the home page and the first-level column pages
// (in-scope pages one link from the home page whose path is a directory or
// an index page), at most `max_pages`, home first.
std::vector<std::string> CloakProbePages(const SiteSnapshot& site, size_t max_pages = 20);

// Fetches each of `page_urls` three ways. Results follow the order of
// `page_urls`. `fetcher` must not have requests of its own pending.
std::vector<CloakFacts> ProbeCloaking(const std::vector<std::string>& page_urls, Fetcher* fetcher,
                                      const CloakProbeOptions& options = {});

struct LinkRiskProbeOptions {
  ExternalProbeOptions external;
  CloakProbeOptions cloak;
  // Pages compared three ways (CloakProbePages()); 0 turns cloaking probes off.
  size_t cloak_pages = 20;
};

// After a crawl: fills site->external_hosts by probing the hosts of
// site->external_links (which ExternalLinkCollector filled while pages were
// parsed) and site->cloak_pages for the home and first-level column pages.
// `fetcher` must not have requests of its own pending.
void ProbeLinkRisks(Fetcher* fetcher, SiteSnapshot* site, const LinkRiskProbeOptions& options = {});

// One view from one response: charset-decoded, parsed, title, text (hidden
// text included: what only spiders get is often also hidden) and navigating
// links.
CloakView CloakViewFromResponse(const FetchResponse& response, size_t max_text_bytes);

}  // namespace govmon
