#include "crawl/crawl_scope.h"

#include <algorithm>

#include "base/strings.h"

namespace govmon {

CrawlScope::CrawlScope(std::vector<std::string> hosts, std::vector<std::string> prefixes)
    : prefixes_(std::move(prefixes)) {
  for (std::string& h : hosts) AddHost(std::move(h));
}

void CrawlScope::AddHost(std::string host) {
  host = AsciiLower(host);
  if (std::find(hosts_.begin(), hosts_.end(), host) == hosts_.end()) hosts_.push_back(host);
}

void CrawlScope::AddSite(const Url& url) {
  int port = url.EffectivePort();
  AddHost(port == 80 || port == 443 ? url.host() : url.host() + ":" + std::to_string(port));
}

bool CrawlScope::Contains(const Url& url) const {
  if (url.scheme() != "http" && url.scheme() != "https") return false;
  const int port = url.EffectivePort();
  const bool default_port = port == 80 || port == 443;
  std::string host_port;
  for (const std::string& h : hosts_) {
    if (h.starts_with("*.")) {
      if (default_port && HostMatches(url.host(), h)) return true;
    } else if (h.find(':') != std::string::npos && h.front() != '[') {
      if (host_port.empty()) host_port = url.host() + ":" + std::to_string(port);
      if (host_port == h) return true;
    } else if (h.front() == '[' && h.find("]:") != std::string::npos) {
      if (host_port.empty()) host_port = url.host() + ":" + std::to_string(port);
      if (host_port == h) return true;
    } else if (default_port && url.host() == h) {
      return true;
    }
  }
  if (!prefixes_.empty()) {
    std::string spec = url.spec();
    for (const std::string& p : prefixes_) {
      if (StartsWithIgnoreCase(spec, p)) return true;
    }
  }
  return false;
}

}  // namespace govmon
