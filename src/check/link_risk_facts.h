// The facts the link-risk site checks (external_link, cloaking) read from
// SiteSnapshot. The crawler gathers them: ExternalLinkCollector
// (external_link_check.h) while pages are parsed, ProbeExternalHosts()
// (crawl/external_probe.h) and ProbeCloaking() (crawl/cloak_probe.h) after
// the crawl. Plain values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace govmon {

// A visible link to a host outside the allowlist, one per distinct target
// URL (a footer's 友情链接 appear on every page but are recorded once).
struct ExternalLinkUse {
  std::string url;     // The target, absolute.
  std::string host;    // Its host, lower-case.
  std::string text;    // Anchor text; a risky one wins over the first seen.
  std::string page;    // The first page that links it (the home page when it does).
  uint32_t pages = 0;  // How many pages link it.
  bool on_home = false;
  friend bool operator==(const ExternalLinkUse&, const ExternalLinkUse&) = default;
};

// What fetching one external host's first linked URL found.
struct ExternalHostFacts {
  std::string host;
  std::string url;        // The URL fetched.
  bool resolved = true;   // False when DNS has no address for the host.
  bool answered = false;  // An HTTP response came back.
  int http_status = 0;
  std::string error;      // Fetch error name and message when !answered.
  std::string final_url;  // After HTTP redirects.
  // Where a meta refresh or script on the fetched page sends visitors
  // (parked domains often bounce on by script); "" when nowhere.
  std::string page_redirect;
  std::string title;
  std::string text;  // The page's text, cut to a sample (ExternalProbeOptions).
  friend bool operator==(const ExternalHostFacts&, const ExternalHostFacts&) = default;
};

// One page as one kind of visitor receives it.
struct CloakView {
  bool fetched = false;  // False when the fetch failed below HTTP.
  int http_status = 0;
  std::string error;
  std::string final_url;  // After HTTP redirects.
  std::string title;
  std::string text;  // Text, hidden text included, cut to a sample (CloakProbeOptions).
  struct Link {
    std::string url;
    std::string text;
    friend bool operator==(const Link&, const Link&) = default;
  };
  // Links that navigate: a/area/iframe, meta refresh, script redirects.
  std::vector<Link> links;
  friend bool operator==(const CloakView&, const CloakView&) = default;
};

// The home page or a first-level column page fetched three ways: as a
// browser, as Baiduspider, and as a visitor arriving from a Baidu search.
// Spam injected for search engines shows only in the last two (domain.md §3.2).
struct CloakFacts {
  std::string url;
  CloakView browser;
  CloakView spider;
  CloakView referred;
  friend bool operator==(const CloakFacts&, const CloakFacts&) = default;
};

}  // namespace govmon
