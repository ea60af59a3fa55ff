// What the site probes found: IPv6 support (net/ipv6_probe.h) and HTTPS
// (net/tls_probe.h). Produced by the net module, handed to the site checks in
// SiteSnapshot; plain values kept here so that both modules can name them
// without depending on each other.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace govmon {

// What the IPv6 probe (net/ipv6_probe.h) found for a site.
struct Ipv6Facts {
  std::string host;
  bool probed = false;            // False when the probe did not run.
  std::vector<std::string> aaaa;  // IPv6 addresses the host resolves to.
  bool home_reachable = false;    // The home page loaded over IPv6.
  int home_status = 0;            // HTTP status over IPv6.
  std::string home_error;         // Why it did not load, when it did not.
  double content_similarity = 0;  // 0..1, IPv4 vs IPv6 home page text.
  int links_probed = 0;           // Second- and third-level links tried over IPv6.
  int links_reachable = 0;
  std::vector<std::string> unreachable_samples;  // Up to 5 links that failed.
  friend bool operator==(const Ipv6Facts&, const Ipv6Facts&) = default;
};

// What the TLS probe (net/tls_probe.h) found for a site.
struct HttpsFacts {
  std::string host;
  bool probed = false;
  bool https_available = false;    // A TLS connection on 443 succeeded.
  std::string error;               // Why not, when not.
  bool certificate_valid = false;  // Verified against the system CA store.
  std::string verify_error;        // The verifier's message when not valid.
  std::optional<Date> not_after;   // Certificate expiry (UTC date).
  std::string subject;
  bool http_redirects_to_https = false;
  friend bool operator==(const HttpsFacts&, const HttpsFacts&) = default;
};

}  // namespace govmon
