#include "net/ipv6_probe.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

#include <algorithm>
#include <set>
#include <unordered_set>

#include "base/url.h"
#include "base/utf8.h"
#include "net/probe_fetch.h"

namespace govmon {
namespace {

// The text of an HTML page: tags, comments, scripts and styles removed,
// white space collapsed, as code points.
std::u32string PageText(const std::string& html) {
  std::string text;
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      text.push_back(html[i++]);
      continue;
    }
    auto skip_block = [&](const char* open, const char* close) {
      if (html.compare(i, std::char_traits<char>::length(open), open) != 0) return false;
      size_t end = html.find(close, i);
      i = end == std::string::npos ? html.size() : end + std::char_traits<char>::length(close);
      return true;
    };
    if (skip_block("<!--", "-->") || skip_block("<script", "</script>") ||
        skip_block("<style", "</style>")) {
      text.push_back(' ');
      continue;
    }
    size_t end = html.find('>', i);
    i = end == std::string::npos ? html.size() : end + 1;
    text.push_back(' ');
  }
  std::u32string out;
  bool space = false;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = DecodeUtf8(text, &pos);
    if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x3000) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(cp);
  }
  return out;
}

std::unordered_set<std::u32string> Shingles(const std::u32string& text) {
  std::unordered_set<std::u32string> out;
  if (text.size() < 4) {
    if (!text.empty()) out.insert(text);
    return out;
  }
  for (size_t i = 0; i + 4 <= text.size(); ++i) out.insert(text.substr(i, 4));
  return out;
}

bool Loaded(const ProbeResponse& r) { return r.ok && r.http_status >= 200 && r.http_status < 400; }

ProbeRequest MakeRequest(const std::string& url, ProbeRequest::IpVersion ip,
                         const ProbeOptions& options) {
  ProbeRequest request;
  request.url = url;
  request.ip = ip;
  request.timeout = options.timeout;
  request.connect_timeout = options.connect_timeout;
  request.user_agent = options.user_agent;
  // Reachability is measured here, not the certificate (the https check's
  // business): a bad certificate must not read as missing IPv6.
  request.verify_tls = false;
  request.connect_to =
      ip == ProbeRequest::IpVersion::kV6 ? options.connect_to_v6 : options.connect_to_v4;
  return request;
}

}  // namespace

std::vector<std::string> LookupAaaa(const std::string& host) {
  std::string name = host;
  if (name.size() > 2 && name.front() == '[' && name.back() == ']') {
    name = name.substr(1, name.size() - 2);
  }
  addrinfo hints{};
  hints.ai_family = AF_INET6;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* result = nullptr;
  std::vector<std::string> out;
  if (getaddrinfo(name.c_str(), nullptr, &hints, &result) != 0) return out;
  std::set<std::string> seen;
  for (addrinfo* ai = result; ai != nullptr; ai = ai->ai_next) {
    if (ai->ai_family != AF_INET6) continue;
    char buf[INET6_ADDRSTRLEN] = {0};
    const auto* sa = reinterpret_cast<const sockaddr_in6*>(ai->ai_addr);
    if (inet_ntop(AF_INET6, &sa->sin6_addr, buf, sizeof buf) == nullptr) continue;
    // IPv4-mapped addresses (::ffff:a.b.c.d) are not IPv6 support.
    if (IN6_IS_ADDR_V4MAPPED(&sa->sin6_addr)) continue;
    if (seen.insert(buf).second) out.push_back(buf);
  }
  freeaddrinfo(result);
  return out;
}

double PageTextSimilarity(const std::string& a, const std::string& b) {
  const auto sa = Shingles(PageText(a));
  const auto sb = Shingles(PageText(b));
  if (sa.empty() && sb.empty()) return 1;
  size_t common = 0;
  for (const auto& s : sa) common += sb.count(s);
  const size_t all = sa.size() + sb.size() - common;
  return all == 0 ? 1 : static_cast<double>(common) / static_cast<double>(all);
}

Ipv6Facts ProbeIpv6(const std::string& home_url, const std::vector<std::string>& sample_links,
                    const ProbeOptions& options) {
  Ipv6Facts facts;
  facts.probed = true;
  Result<Url> url = Url::Parse(home_url);
  if (!url.ok()) {
    facts.home_error = std::string(url.status().message());
    return facts;
  }
  facts.host = url->host();
  facts.aaaa = options.resolve_aaaa ? options.resolve_aaaa(facts.host) : LookupAaaa(facts.host);
  if (facts.aaaa.empty()) return facts;

  const ProbeResponse v6 = ProbeFetch(MakeRequest(home_url, ProbeRequest::IpVersion::kV6, options));
  facts.home_status = v6.http_status;
  facts.home_reachable = Loaded(v6);
  if (!facts.home_reachable) {
    facts.home_error = v6.ok ? "HTTP " + std::to_string(v6.http_status) : v6.error;
    return facts;
  }
  const ProbeResponse v4 = ProbeFetch(MakeRequest(home_url, ProbeRequest::IpVersion::kV4, options));
  // Without an IPv4 page to compare with (an IPv6-only host), there is
  // nothing inconsistent.
  facts.content_similarity = Loaded(v4) ? PageTextSimilarity(v4.body, v6.body) : 1;

  int failed_in_a_row = 0;
  for (const std::string& link : sample_links) {
    if (facts.links_probed >= options.max_links) break;
    ++facts.links_probed;
    bool loaded = false;
    if (failed_in_a_row < options.give_up_after) {
      loaded = Loaded(ProbeFetch(MakeRequest(link, ProbeRequest::IpVersion::kV6, options)));
    }
    failed_in_a_row = loaded ? 0 : failed_in_a_row + 1;
    if (loaded) {
      ++facts.links_reachable;
    } else if (facts.unreachable_samples.size() < 5) {
      facts.unreachable_samples.push_back(link);
    }
  }
  return facts;
}

}  // namespace govmon
