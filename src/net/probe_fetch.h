// ProbeFetch: one blocking HTTP(S) request made the way the site probes need
// it — pinned to IPv4 or IPv6, optionally without certificate verification,
// with the server certificate's facts — rather than the way the crawler
// fetches (net/curl_fetcher.h). The one place the probes touch libcurl.
// Thread-safe: calls share nothing.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace govmon {

struct ProbeRequest {
  enum class IpVersion { kAny, kV4, kV6 };
  std::string url;
  IpVersion ip = IpVersion::kAny;
  bool follow_redirects = true;  // Up to 5.
  bool verify_tls = true;
  bool certificate_info = false;  // Fill ProbeResponse::certificate.
  std::chrono::milliseconds timeout{15000};
  std::chrono::milliseconds connect_timeout{5000};
  size_t max_body = 2 << 20;  // Longer bodies are cut, not failed.
  std::string user_agent = "govmon-probe/1.0";
  // curl --connect-to entries ("host:port:connect-host:connect-port"), to
  // send a host's requests to another address (tests; split-horizon DNS).
  std::vector<std::string> connect_to;
};

struct ProbeResponse {
  bool ok = false;  // A response arrived (any HTTP status).
  int http_status = 0;
  std::string error;               // Transport error message when !ok.
  bool tls_verify_failed = false;  // The certificate did not verify.
  std::string location;            // Location header of a redirect (when not followed).
  std::string body;
  std::string remote_ip;
  // "Subject", "Expire date", "Start date", … of the server's (first)
  // certificate, when ProbeRequest::certificate_info.
  std::vector<std::pair<std::string, std::string>> certificate;
};

ProbeResponse ProbeFetch(const ProbeRequest& request);

}  // namespace govmon
