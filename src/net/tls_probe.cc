#include "net/tls_probe.h"

#include <cstdio>

#include "base/strings.h"
#include "base/url.h"
#include "net/probe_fetch.h"

namespace govmon {

std::optional<Date> ParseCertificateTime(std::string_view text) {
  std::string s(TrimAscii(text));
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char month[4] = {0};
  int day = 0, year = 0, hh = 0, mm = 0, ss = 0;
  if (std::sscanf(s.c_str(), "%3s %d %d:%d:%d %d", month, &day, &hh, &mm, &ss, &year) == 6) {
    for (int m = 0; m < 12; ++m) {
      if (std::string_view(month) == kMonths[m] && Date::IsValid(year, m + 1, day)) {
        return Date(year, m + 1, day);
      }
    }
    return std::nullopt;
  }
  int mon = 0;
  if (std::sscanf(s.c_str(), "%d-%d-%d", &year, &mon, &day) == 3 && Date::IsValid(year, mon, day)) {
    return Date(year, mon, day);
  }
  return std::nullopt;
}

HttpsFacts ProbeTls(const std::string& site_url, const ProbeOptions& options) {
  HttpsFacts facts;
  facts.probed = true;
  Result<Url> url = Url::Parse(site_url);
  if (!url.ok()) {
    facts.error = std::string(url.status().message());
    return facts;
  }
  facts.host = url->host();
  const std::string https_url =
      url->scheme() == "https" ? url->Origin() + "/" : "https://" + url->host() + "/";

  ProbeRequest request;
  request.timeout = options.timeout;
  request.connect_timeout = options.connect_timeout;
  request.user_agent = options.user_agent;
  request.connect_to = options.connect_to_v4;
  request.follow_redirects = false;

  // Verified first: a failure to verify is a finding, any other failure
  // means there is no HTTPS to speak of.
  request.url = https_url;
  const ProbeResponse verified = ProbeFetch(request);
  if (!verified.ok && !verified.tls_verify_failed) {
    facts.error = verified.error;
    return facts;
  }
  facts.https_available = true;
  facts.certificate_valid = verified.ok;
  if (!verified.ok) facts.verify_error = verified.error;

  // Then without verification, for the certificate's own facts.
  request.verify_tls = false;
  request.certificate_info = true;
  const ProbeResponse info = ProbeFetch(request);
  for (const auto& [key, value] : info.certificate) {
    if (key == "Expire date") facts.not_after = ParseCertificateTime(value);
    if (key == "Subject") facts.subject = std::string(TrimAscii(value));
  }

  // Does plain http send visitors to https?
  if (url->scheme() == "http" || url->scheme() == "https") {
    ProbeRequest plain;
    plain.url = "http://" + url->host() +
                (url->scheme() == "http" && url->port() > 0 ? ":" + std::to_string(url->port())
                                                            : std::string()) +
                "/";
    plain.follow_redirects = false;
    plain.timeout = options.timeout;
    plain.connect_timeout = options.connect_timeout;
    plain.connect_to = options.connect_to_v4;
    const ProbeResponse r = ProbeFetch(plain);
    facts.http_redirects_to_https = r.ok && r.http_status >= 300 && r.http_status < 400 &&
                                    StartsWithIgnoreCase(r.location, "https://");
  }
  return facts;
}

}  // namespace govmon
