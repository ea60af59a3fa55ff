// CurlFetcher: the real Fetcher, on the libcurl multi interface. One thread
// drives hundreds of transfers; connections are reused per host (HTTP/1.1
// keep-alive, HTTP/2 multiplexing over TLS). It schedules requests per host
// (connection limit, politeness delay), follows redirects itself so that loops
// are told from long chains, and retries transient failures with backoff.
// Not thread-safe: use from one thread.
#pragma once

#include <memory>

#include "base/clock.h"
#include "net/fetcher.h"

namespace govmon {

class CurlFetcher final : public Fetcher {
 public:
  explicit CurlFetcher(FetcherOptions options = {});
  ~CurlFetcher() override;
  CurlFetcher(const CurlFetcher&) = delete;
  CurlFetcher& operator=(const CurlFetcher&) = delete;

  void Submit(FetchRequest request, Callback done) override;
  void Run() override;
  size_t pending() const override;
  void set_hook(std::function<void()> hook) override;
  void Wakeup() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace govmon
