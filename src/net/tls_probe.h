// The TLS probe (HTTPS, advisory; domain.md §2.4): whether the site answers
// over HTTPS, whether its certificate verifies, when it expires, and whether
// plain http redirects to https. Blocking I/O; run by the crawler/app once
// per site, read by the https check from SiteSnapshot::https. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/probe_facts.h"
#include "net/ipv6_probe.h"

namespace govmon {

// Probes the host of `site_url` on https (port 443 unless the URL is https
// with another port). Never fails: what went wrong is in the result.
HttpsFacts ProbeTls(const std::string& site_url, const ProbeOptions& options);

// Parses a certificate time as OpenSSL prints it ("Mar 10 12:00:00 2025 GMT",
// also "2025-03-10 12:00:00 GMT"); the UTC date, or nullopt.
std::optional<Date> ParseCertificateTime(std::string_view text);

}  // namespace govmon
