// Fetcher: the seam through which govmon talks HTTP. CurlFetcher is real
// (libcurl multi); FakeFetcher (fake_fetcher.h) serves canned responses so
// crawler tests never open sockets.
//
// The interface is asynchronous so that one thread can keep hundreds of
// requests in flight: Submit() queues a request, Run() performs I/O and calls
// each request's callback on the calling thread when it completes. Callbacks
// may Submit() more requests. A Fetcher is used from one thread at a time.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "base/fetch_error.h"

namespace govmon {

struct FetchRequest {
  enum class Method { kGet, kHead };
  std::string url;
  Method method = Method::kGet;
  // Extra request headers, e.g. {"Referer", "https://www.baidu.com/"}.
  std::vector<std::pair<std::string, std::string>> headers;
  // Overrides FetcherOptions::user_agent when non-empty.
  std::string user_agent;
  // The body is cut (and the response marked truncated) beyond this size.
  size_t max_body_bytes = 8 << 20;
  // Follow redirects (3xx with Location) up to FetcherOptions::max_redirects.
  bool follow_redirects = true;
  // 0 = FetcherOptions::max_retries.
  int max_retries = -1;
  // Resolve names to IPv6 addresses only (IPv6 support checks).
  bool ipv6_only = false;
  // Not queued behind the host's other waiting requests: urgent and other
  // requests take turns. The crawler marks the pages it crawls, which its
  // parse workers wait for; link probes, queued by the ten thousand on a
  // large site, would otherwise hold them up.
  bool urgent = false;
};

struct FetchResponse {
  std::string url;                     // As requested.
  std::string final_url;               // After redirects.
  std::vector<std::string> redirects;  // Each URL that answered with a redirect, in order.
  int status = 0;                      // HTTP status of the final response; 0 when none.
  std::vector<std::pair<std::string, std::string>> headers;  // Names lower-cased.
  std::string body;  // Raw bytes (decoded from gzip/br, not from the charset).
  bool truncated = false;
  FetchError error = FetchError::kNone;
  std::string error_message;
  int attempts = 1;
  std::chrono::milliseconds elapsed{0};
  std::string primary_ip;  // Address of the server that answered.

  // The value of header `name` (lower-case), or "".
  std::string Header(std::string_view name) const;
  bool ok() const { return error == FetchError::kNone && status > 0; }
};

struct FetcherOptions {
  // Honest identification (the national rules ask monitors to be identifiable).
  std::string user_agent = "govmon/0.1 (+government website monitoring; https://github.com/govmon)";
  std::chrono::milliseconds connect_timeout{15000};
  // Total time for one attempt; 15 s is the national probe rule (domain.md §1.2).
  std::chrono::milliseconds total_timeout{15000};
  int max_redirects = 10;
  // Retries for transient failures (timeouts, resets, 502/503/504/429), with
  // exponential backoff starting at retry_backoff.
  int max_retries = 2;
  std::chrono::milliseconds retry_backoff{500};
  // Connections in flight at once, overall and per host.
  int max_concurrency = 64;
  int max_per_host = 16;
  // Minimum gap between the starts of two requests to the same host.
  std::chrono::milliseconds per_host_delay{0};
  // Verify TLS certificates. Government sites with broken chains are
  // reported (as tls errors) rather than silently accepted.
  bool verify_tls = true;
  // Use HTTP/2 where the server offers it (ALPN); HTTP/1.1 otherwise.
  bool http2 = true;
};

class Fetcher {
 public:
  using Callback = std::function<void(FetchResponse)>;
  virtual ~Fetcher() = default;
  // Queues `request`; `done` runs on the Run() thread when it completes.
  virtual void Submit(FetchRequest request, Callback done) = 0;
  // Performs I/O until every submitted request (including those submitted by
  // callbacks) has completed.
  virtual void Run() = 0;
  // Requests queued or in flight.
  virtual size_t pending() const = 0;
  // Sets a function that Run() calls on its thread between I/O rounds (often:
  // after every completion and at least every ~100 ms). It may Submit().
  virtual void set_hook(std::function<void()> hook) = 0;
  // Makes a Run() blocked in I/O wait return to call the hook soon. The one
  // method that is safe to call from any thread.
  virtual void Wakeup() = 0;

  // Fetches one URL and waits for it. REQUIRES: not called from a callback.
  FetchResponse FetchNow(FetchRequest request);
};

}  // namespace govmon
