// The IPv6 probe (IPv6 支持度, domain.md §2.3): the host's AAAA records, the
// home page over IPv6, IPv4 vs IPv6 home page consistency, and the share of
// sample second- and third-level links that load over IPv6. Blocking I/O;
// run by the crawler/app once per site before the site checks, which read
// the result from SiteSnapshot::ipv6. Thread-safe.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "base/probe_facts.h"

namespace govmon {

struct ProbeOptions {
  std::chrono::milliseconds timeout{15000};  // Per request (the 15 s of §1.2 item 2).
  std::chrono::milliseconds connect_timeout{5000};
  int max_links = 20;  // Sample links probed over IPv6 at most.
  // After this many sample links in a row fail, the rest count as failed
  // without being tried (a host without IPv6 would otherwise cost minutes).
  int give_up_after = 5;
  std::string user_agent = "govmon-probe/1.0";
  // The AAAA lookup; the default uses getaddrinfo(AF_INET6). Tests replace it.
  std::function<std::vector<std::string>(const std::string& host)> resolve_aaaa;
  // curl --connect-to entries for the IPv4 and the IPv6 requests (tests:
  // two loopback servers standing for one host).
  std::vector<std::string> connect_to_v4;
  std::vector<std::string> connect_to_v6;
};

// The host's IPv6 addresses (AAAA), via getaddrinfo; empty when none or on
// error. An IPv6 literal host ("[::1]") resolves to itself.
std::vector<std::string> LookupAaaa(const std::string& host);

// How alike two HTML pages read: Jaccard similarity of the character
// 4-grams of their text with tags, scripts and styles removed; 1 for two
// empty pages.
double PageTextSimilarity(const std::string& a, const std::string& b);

// Probes `home_url` and `sample_links` (second- and third-level pages of the
// site, e.g. from the crawl) over IPv6. Never fails: what went wrong is in
// the result.
Ipv6Facts ProbeIpv6(const std::string& home_url, const std::vector<std::string>& sample_links,
                    const ProbeOptions& options);

}  // namespace govmon
