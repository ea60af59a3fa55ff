// Url: a parsed absolute URL, and the normalisation that decides when two
// URLs name the same resource. A value type; all functions are pure and
// thread-safe. Parsing follows RFC 3986 with the leniencies browsers apply to
// what real pages contain (backslashes, spaces, raw non-ASCII characters).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace govmon {

class Url {
 public:
  // Parses an absolute URL with an authority ("http://host/…"). Leading and
  // trailing white space is ignored and tabs/newlines inside are dropped, as
  // browsers do. Returns InvalidArgument naming the problem otherwise.
  static Result<Url> Parse(std::string_view text);

  // Resolves `reference` (as found in an href) against this URL per RFC 3986
  // §5.2. Fails for references that do not lead to an http(s)/ftp resource
  // with an authority (mailto:, javascript:, data: …).
  Result<Url> Resolve(std::string_view reference) const;

  const std::string& scheme() const { return scheme_; }  // Lower-case, no ':'.
  const std::string& host() const { return host_; }      // Lower-case; IPv6 in [].
  int port() const { return port_; }                     // -1 when not given.
  int EffectivePort() const;                             // port() or the scheme's default.
  const std::string& path() const { return path_; }      // Starts with '/'.
  const std::string& query() const { return query_; }    // Without '?'; may be empty.
  bool has_query() const { return has_query_; }
  const std::string& fragment() const { return fragment_; }
  const std::string& userinfo() const { return userinfo_; }

  // The URL as text: scheme://[userinfo@]host[:port]path[?query][#fragment].
  // Spaces and non-ASCII bytes in path and query are percent-encoded.
  std::string spec() const;
  // scheme://host[:port] with the default port omitted.
  std::string Origin() const;
  // The path's last segment's extension, lower-case, without the dot ("pdf"),
  // or "" when there is none.
  std::string Extension() const;

  friend bool operator==(const Url&, const Url&) = default;

 private:
  std::string scheme_;
  std::string userinfo_;
  std::string host_;
  int port_ = -1;
  std::string path_ = "/";
  std::string query_;
  bool has_query_ = false;
  std::string fragment_;
  bool has_fragment_ = false;
};

struct UrlNormalizeOptions {
  // Directory index file names that are the same resource as their directory
  // ("dir/index.html" == "dir/").
  std::vector<std::string> index_names = {
      "index.html", "index.htm",   "index.shtml",  "index.jsp",    "index.php",  "index.asp",
      "index.aspx", "default.htm", "default.html", "default.aspx", "default.asp"};
  // Query parameters (compared case-insensitively) that carry a session id
  // and never change the resource.
  std::vector<std::string> session_params = {"jsessionid",   "phpsessid", "sid",     "sessionid",
                                             "aspsessionid", "cfid",      "cftoken", "sessid"};
};

// The default options, built once (building them costs as much as a short
// URL's normalisation).
const UrlNormalizeOptions& DefaultUrlNormalizeOptions();

// The dedup key of `url`: fragment dropped, scheme and host lower-cased,
// default port dropped, dot segments removed, percent-encoding normalised
// (unreserved characters decoded, hex upper-cased), directory index names and
// session-id parameters (also ";jsessionid=" path parameters) removed.
std::string NormalizeUrl(const Url& url,
                         const UrlNormalizeOptions& options = DefaultUrlNormalizeOptions());
// Parses then normalises; returns the input unchanged when it does not parse.
std::string NormalizeUrlString(std::string_view url,
                               const UrlNormalizeOptions& options = DefaultUrlNormalizeOptions());

// The registrable domain of `host` ("www.ganzhou.gov.cn" → "ganzhou.gov.cn"),
// from the public suffix list. Returns `host` itself for IP addresses and for
// hosts the list does not know.
std::string RegistrableDomain(std::string_view host);

// True when `host` matches `pattern`: "*.gov.cn" matches gov.cn and every
// host below it; a plain "example.com" matches itself and its subdomains.
bool HostMatches(std::string_view host, std::string_view pattern);

// Percent-decodes `s`; invalid escapes are kept as written.
std::string PercentDecode(std::string_view s);

}  // namespace govmon
