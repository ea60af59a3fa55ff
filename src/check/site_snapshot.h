// SiteSnapshot: everything a SiteCheck may read about one crawl of one site,
// gathered by the crawler (and, on the platform, the store) before site checks
// run. Read-only while checks run.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/date.h"
#include "check/link_risk_facts.h"
#include "check/link_status.h"
#include "check/site_model.h"
#include "check/site_page_store.h"

namespace govmon {

class ColumnModel;  // check/column_model.h

// A page the crawler fetched and parsed. Kept small: a site has up to ~10^5.
struct CrawledPage {
  std::string url;  // Final URL.
  int depth = 0;    // Links from the start URL.
  int http_status = 0;
  std::string title;
};

// A distinct link target seen during the crawl, probed once.
struct LinkTarget {
  std::string url;
  TargetType type = TargetType::kPage;
  bool external = false;  // Outside the crawl scope.
  LinkStatus status;
};

// One (page, target) pair: page `from` links to target `to`.
struct LinkEdge {
  uint32_t from = 0;  // Index into SiteSnapshot::pages.
  uint32_t to = 0;    // Index into SiteSnapshot::targets.
};

// The (page, target) pairs of a crawl. They can outnumber pages a hundred to
// one, so implementations may keep them outside memory (crawl/edge_spool.h);
// callers only stream them.
class LinkGraph {
 public:
  virtual ~LinkGraph() = default;
  // Calls `visit` for every edge, in the order they were recorded.
  virtual void ForEachEdge(const std::function<void(const LinkEdge&)>& visit) const = 0;
};

struct SiteSnapshot {
  std::string site;      // The start URL as given.
  std::string home_url;  // The start URL's final URL after redirects.
  Date as_of;
  std::vector<CrawledPage> pages;  // pages[0] is the home page when it was fetched.
  // A deque: it grows to ~10^5 entries without a vector's doubling slack
  // or the copy made when a vector reallocates.
  std::deque<LinkTarget> targets;
  const LinkGraph* links = nullptr;  // Not owned; outlives the checks' run.
  // Parallel to `pages`: SummarizePage() of each parsed HTML page (an entry
  // with only `url` set for pages that are not HTML). The home page's entry
  // is summarised with SummarizeOptions::keep_navigation. May be empty when
  // the crawler kept no summaries; the column checks then report nothing.
  SitePageStore site_pages;
  // The site's columns, built from site_pages once by whoever fills them
  // (RunScan) so that the column checks and the assessment share one model;
  // null when not built. Read it through ColumnModel::ForSite(), which builds
  // a model when this one is missing or was built with other options.
  std::shared_ptr<const ColumnModel> columns;
  Ipv6Facts ipv6;    // From ProbeIpv6() (net/ipv6_probe.h); `probed` false if not run.
  HttpsFacts https;  // From ProbeTls() (net/tls_probe.h); `probed` false if not run.
  // Visible off-site links (ExternalLinkCollector), what their hosts serve
  // (ProbeExternalHosts(), crawl/external_probe.h) and the home and column
  // pages seen three ways (ProbeCloaking(), crawl/cloak_probe.h). Empty when
  // not gathered; external_link and cloaking then report nothing.
  std::vector<ExternalLinkUse> external_links;
  std::vector<ExternalHostFacts> external_hosts;
  std::vector<CloakFacts> cloak_pages;
};

}  // namespace govmon
