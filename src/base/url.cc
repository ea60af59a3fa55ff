#include "base/url.h"

#include <libpsl.h>

#include <algorithm>
#include <cctype>

#include "base/strings.h"

namespace govmon {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHex(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int HexValue(char c) {
  if (IsDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
bool IsUnreserved(unsigned char c) {
  return IsAlpha(static_cast<char>(c)) || IsDigit(static_cast<char>(c)) || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

int DefaultPort(std::string_view scheme) {
  if (scheme == "http") return 80;
  if (scheme == "https") return 443;
  if (scheme == "ftp") return 21;
  return -1;
}

// Browsers drop ASCII tabs and newlines anywhere in a URL and trim C0
// controls and spaces at both ends (WHATWG URL, "basic URL parser").
std::string CleanInput(std::string_view text) {
  while (!text.empty() && static_cast<unsigned char>(text.front()) <= 0x20) text.remove_prefix(1);
  while (!text.empty() && static_cast<unsigned char>(text.back()) <= 0x20) text.remove_suffix(1);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    out.push_back(c);
  }
  return out;
}

// Splits off "scheme:" when `s` starts with one; returns "" otherwise.
std::string_view SchemeOf(std::string_view s) {
  if (s.empty() || !IsAlpha(s[0])) return {};
  for (size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return s.substr(0, i);
    if (!IsAlpha(c) && !IsDigit(c) && c != '+' && c != '-' && c != '.') return {};
  }
  return {};
}

// RFC 3986 §5.2.4.
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t i = 0;
  const bool absolute = !path.empty() && path[0] == '/';
  if (absolute) i = 1;
  bool trailing_slash = false;
  while (i <= path.size()) {
    size_t end = path.find('/', i);
    if (end == std::string_view::npos) end = path.size();
    std::string_view seg = path.substr(i, end - i);
    bool last = end == path.size();
    if (seg == ".." || EqualsIgnoreCase(seg, "%2e%2e") || EqualsIgnoreCase(seg, ".%2e") ||
        EqualsIgnoreCase(seg, "%2e.")) {
      if (!out.empty()) out.pop_back();
      trailing_slash = true;
    } else if (seg == "." || EqualsIgnoreCase(seg, "%2e")) {
      trailing_slash = true;
    } else {
      out.push_back(seg);
      trailing_slash = false;
    }
    if (last) break;
    i = end + 1;
  }
  std::string result = absolute ? "/" : "";
  for (size_t k = 0; k < out.size(); ++k) {
    if (k > 0) result.push_back('/');
    result.append(out[k]);
  }
  if (trailing_slash && !result.empty() && result.back() != '/') result.push_back('/');
  return result;
}

// Percent-encodes bytes a URL may not carry raw (space, controls, non-ASCII,
// quotes and angle brackets); keeps existing escapes.
void AppendEncoded(std::string_view s, std::string* out, bool query) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    bool encode = c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '`' ||
                  (!query && (c == '{' || c == '}'));
    if (encode) {
      out->push_back('%');
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(ch);
    }
  }
}

// Decodes escapes of unreserved characters and upper-cases the hex digits of
// the rest, so equal resources get equal text (RFC 3986 §6.2.2.2).
std::string NormalizeEscapes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2])) {
      auto c = static_cast<unsigned char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      if (IsUnreserved(c)) {
        out.push_back(static_cast<char>(c));
      } else {
        out.push_back('%');
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 1]))));
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 2]))));
      }
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

const psl_ctx_t* PublicSuffixList() {
  // psl_latest() reads the system list (package publicsuffix) and falls back to
  // the list compiled into libpsl. Never freed: shared, immutable, thread-safe.
  static const psl_ctx_t* psl = [] {
    const psl_ctx_t* ctx = psl_latest(nullptr);
    return ctx != nullptr ? ctx : psl_builtin();
  }();
  return psl;
}

// Appends ":port". (Not `s += ":" + std::to_string(port)`: gcc 12 at -O3
// reports a false -Wrestrict on that temporary.)
void AppendPort(int port, std::string* s) {
  s->push_back(':');
  s->append(std::to_string(port));
}

bool IsIpLiteral(std::string_view host) {
  if (!host.empty() && host.front() == '[') return true;
  return !host.empty() &&
         std::all_of(host.begin(), host.end(), [](char c) { return IsDigit(c) || c == '.'; });
}

}  // namespace

Result<Url> Url::Parse(std::string_view text) {
  std::string input = CleanInput(text);
  std::replace(input.begin(), input.end(), '\\', '/');
  std::string_view s = input;
  std::string_view scheme = SchemeOf(s);
  if (scheme.empty()) {
    return InvalidArgumentError("not an absolute URL (no scheme): \"" + std::string(text) + "\"");
  }
  Url url;
  url.scheme_ = AsciiLower(scheme);
  s.remove_prefix(scheme.size() + 1);
  if (s.substr(0, 2) != "//") {
    return InvalidArgumentError("URL has no host (expected \"" + url.scheme_ + "://\"): \"" +
                                std::string(text) + "\"");
  }
  s.remove_prefix(2);
  size_t auth_end = s.find_first_of("/?#");
  std::string_view authority = s.substr(0, auth_end);
  s = auth_end == std::string_view::npos ? std::string_view() : s.substr(auth_end);

  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) {
    url.userinfo_ = std::string(authority.substr(0, at));
    authority.remove_prefix(at + 1);
  }
  std::string_view host = authority;
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    size_t close = authority.find(']');
    if (close == std::string_view::npos) {
      return InvalidArgumentError("unterminated IPv6 address in URL: \"" + std::string(text) +
                                  "\"");
    }
    host = authority.substr(0, close + 1);
    std::string_view rest = authority.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') {
        return InvalidArgumentError("junk after IPv6 address in URL: \"" + std::string(text) +
                                    "\"");
      }
      port = rest.substr(1);
    }
  } else {
    size_t colon = authority.rfind(':');
    if (colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon + 1);
    }
  }
  if (host.empty()) {
    return InvalidArgumentError("URL has an empty host: \"" + std::string(text) + "\"");
  }
  for (char c : host) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || c == '<' || c == '>' || c == '"' || c == '%' || c == '^' || c == '|') {
      return InvalidArgumentError("URL host has a forbidden character: \"" + std::string(text) +
                                  "\"");
    }
  }
  url.host_ = AsciiLower(host);
  while (!url.host_.empty() && url.host_.back() == '.') url.host_.pop_back();  // FQDN dot.
  if (url.host_.empty()) {
    return InvalidArgumentError("URL has an empty host: \"" + std::string(text) + "\"");
  }
  if (!port.empty()) {
    unsigned long long p = 0;
    if (!ParseUint(port, &p) || p > 65535) {
      return InvalidArgumentError("URL has an invalid port \"" + std::string(port) + "\": \"" +
                                  std::string(text) + "\"");
    }
    url.port_ = static_cast<int>(p);
  }

  size_t hash = s.find('#');
  if (hash != std::string_view::npos) {
    url.fragment_ = std::string(s.substr(hash + 1));
    url.has_fragment_ = true;
    s = s.substr(0, hash);
  }
  size_t question = s.find('?');
  if (question != std::string_view::npos) {
    url.query_.clear();
    AppendEncoded(s.substr(question + 1), &url.query_, /*query=*/true);
    url.has_query_ = true;
    s = s.substr(0, question);
  }
  std::string path;
  AppendEncoded(s, &path, /*query=*/false);
  url.path_ = path.empty() ? "/" : RemoveDotSegments(path);
  if (url.path_.empty() || url.path_[0] != '/') url.path_.insert(url.path_.begin(), '/');
  return url;
}

Result<Url> Url::Resolve(std::string_view reference) const {
  std::string ref = CleanInput(reference);
  std::replace(ref.begin(), ref.end(), '\\', '/');
  std::string_view r = ref;
  std::string_view scheme = SchemeOf(r);
  if (!scheme.empty()) {
    std::string lower = AsciiLower(scheme);
    // "http:foo" relative form (RFC 3986 §5.2.2 non-strict): same scheme, no "//".
    if (lower == scheme_ && r.substr(scheme.size() + 1, 2) != "//") {
      r.remove_prefix(scheme.size() + 1);
    } else {
      return Parse(r);
    }
  }
  if (r.substr(0, 2) == "//") return Parse(scheme_ + ":" + std::string(r));

  Url out = *this;
  out.has_fragment_ = false;
  out.fragment_.clear();
  std::string_view rest = r;
  size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    out.fragment_ = std::string(rest.substr(hash + 1));
    out.has_fragment_ = true;
    rest = rest.substr(0, hash);
  }
  if (rest.empty()) return out;  // Same document (fragment only or empty).
  std::string_view path = rest;
  std::string_view query;
  bool has_query = false;
  size_t question = rest.find('?');
  if (question != std::string_view::npos) {
    path = rest.substr(0, question);
    query = rest.substr(question + 1);
    has_query = true;
  }
  std::string encoded_path;
  AppendEncoded(path, &encoded_path, false);
  if (encoded_path.empty()) {
    // Query-only reference keeps the base path.
  } else if (encoded_path[0] == '/') {
    out.path_ = RemoveDotSegments(encoded_path);
  } else {
    std::string merged = path_.substr(0, path_.rfind('/') + 1) + encoded_path;
    out.path_ = RemoveDotSegments(merged);
  }
  if (out.path_.empty() || out.path_[0] != '/') out.path_.insert(out.path_.begin(), '/');
  out.query_.clear();
  out.has_query_ = has_query;
  if (has_query) AppendEncoded(query, &out.query_, true);
  return out;
}

int Url::EffectivePort() const { return port_ >= 0 ? port_ : DefaultPort(scheme_); }

std::string Url::spec() const {
  std::string s = scheme_ + "://";
  if (!userinfo_.empty()) s += userinfo_ + "@";
  s += host_;
  if (port_ >= 0) AppendPort(port_, &s);
  s += path_;
  if (has_query_) {
    s += '?';
    s += query_;
  }
  if (has_fragment_) {
    s += '#';
    s += fragment_;
  }
  return s;
}

std::string Url::Origin() const {
  std::string s = scheme_ + "://" + host_;
  if (port_ >= 0 && port_ != DefaultPort(scheme_)) AppendPort(port_, &s);
  return s;
}

std::string Url::Extension() const {
  std::string_view p = path_;
  size_t semicolon = p.find(';');
  if (semicolon != std::string_view::npos) p = p.substr(0, semicolon);
  size_t slash = p.rfind('/');
  std::string_view last = p.substr(slash + 1);
  size_t dot = last.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == last.size()) return "";
  return AsciiLower(last.substr(dot + 1));
}

std::string NormalizeUrl(const Url& url, const UrlNormalizeOptions& options) {
  auto is_session = [&options](std::string_view name) {
    return std::any_of(options.session_params.begin(), options.session_params.end(),
                       [name](const std::string& p) { return EqualsIgnoreCase(p, name); });
  };
  std::string path = NormalizeEscapes(url.path());
  // ";jsessionid=…" and similar path parameters.
  size_t semicolon = path.find(';');
  if (semicolon != std::string::npos) {
    std::string_view param = std::string_view(path).substr(semicolon + 1);
    size_t eq = param.find('=');
    if (is_session(param.substr(0, eq))) path.erase(semicolon);
  }
  size_t slash = path.rfind('/');
  std::string_view last = std::string_view(path).substr(slash + 1);
  for (const std::string& index : options.index_names) {
    if (EqualsIgnoreCase(last, index)) {
      path.erase(slash + 1);
      break;
    }
  }
  std::string query;
  if (url.has_query()) {
    for (std::string_view pair : Split(url.query(), '&')) {
      if (pair.empty()) continue;
      size_t eq = pair.find('=');
      if (is_session(pair.substr(0, eq))) continue;
      if (!query.empty()) query.push_back('&');
      query += NormalizeEscapes(pair);
    }
  }
  std::string s = url.scheme() + "://" + url.host();
  if (url.port() >= 0 && url.port() != DefaultPort(url.scheme())) AppendPort(url.port(), &s);
  s += path;
  if (!query.empty()) s += "?" + query;
  return s;
}

const UrlNormalizeOptions& DefaultUrlNormalizeOptions() {
  static const UrlNormalizeOptions* const options = new UrlNormalizeOptions();
  return *options;
}

std::string NormalizeUrlString(std::string_view url, const UrlNormalizeOptions& options) {
  Result<Url> parsed = Url::Parse(url);
  if (!parsed.ok()) return std::string(url);
  return NormalizeUrl(*parsed, options);
}

std::string RegistrableDomain(std::string_view host) {
  std::string h(host);
  if (IsIpLiteral(h)) return h;
  const char* domain = psl_registrable_domain(PublicSuffixList(), h.c_str());
  return domain != nullptr ? std::string(domain) : h;
}

bool HostMatches(std::string_view host, std::string_view pattern) {
  if (pattern.substr(0, 2) == "*.") pattern.remove_prefix(2);
  if (pattern.empty()) return false;
  if (EqualsIgnoreCase(host, pattern)) return true;
  return host.size() > pattern.size() && host[host.size() - pattern.size() - 1] == '.' &&
         EqualsIgnoreCase(host.substr(host.size() - pattern.size()), pattern);
}

std::string PercentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2])) {
      out.push_back(static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace govmon
