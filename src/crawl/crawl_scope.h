// CrawlScope: which URLs belong to the site being crawled (crawled and
// parsed) and which are outside it (only probed). Immutable after set-up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/url.h"

namespace govmon {

class CrawlScope {
 public:
  CrawlScope() = default;
  // `hosts`: exact hosts ("www.x.gov.cn", "127.0.0.1:8080") or "*.suffix"
  // patterns; `prefixes`: URL prefixes.
  CrawlScope(std::vector<std::string> hosts, std::vector<std::string> prefixes);

  // Adds `url`'s host. A host on a default port (80, 443) is in scope over
  // both http and https; on another port only on that port, so that another
  // service on the same machine stays outside.
  void AddSite(const Url& url);
  // Adds "host" or "host:port" or "*.suffix".
  void AddHost(std::string host);
  // True when `url` is an http(s) URL on a scope host or under a prefix.
  bool Contains(const Url& url) const;
  const std::vector<std::string>& hosts() const { return hosts_; }

 private:
  std::vector<std::string> hosts_;
  std::vector<std::string> prefixes_;
};

}  // namespace govmon
