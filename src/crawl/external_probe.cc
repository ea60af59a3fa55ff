#include "crawl/external_probe.h"

#include <map>

#include "base/url.h"
#include "base/utf8.h"
#include "check/domain_allowlist.h"
#include "html/html_parser.h"
#include "net/charset.h"

namespace govmon {
namespace {

bool LooksLikeHtml(const FetchResponse& response) {
  std::string type = response.Header("content-type");
  if (type.empty()) return true;  // Many parked pages send none.
  return type.find("html") != std::string::npos || type.find("text/plain") != std::string::npos;
}

}  // namespace

ExternalHostFacts ExternalHostFactsFromResponse(const FetchResponse& response,
                                                size_t max_text_bytes) {
  ExternalHostFacts facts;
  facts.url = response.url;
  Result<Url> url = Url::Parse(response.url);
  if (url.ok()) facts.host = url->host();
  if (!response.ok()) {
    facts.resolved = response.error != FetchError::kDns;
    facts.answered = false;
    facts.error = std::string(FetchErrorName(response.error));
    if (!response.error_message.empty()) facts.error += ": " + response.error_message;
    return facts;
  }
  facts.answered = true;
  facts.http_status = response.status;
  facts.final_url = response.final_url.empty() ? response.url : response.final_url;
  if (!LooksLikeHtml(response)) return facts;

  DecodedText decoded = DecodeToUtf8(response.body, response.Header("content-type"), true);
  HtmlOptions options;
  options.compute_visibility = false;  // Spam hidden on the target still counts.
  Document doc = ParseHtml(decoded.utf8, facts.final_url, options);
  facts.title = std::string(TruncateUtf8(doc.title, 512));
  facts.text = std::string(TruncateUtf8(doc.VisibleText(), max_text_bytes));
  std::string final_host = HostOfUrl(facts.final_url);
  for (const Link& link : doc.links) {
    if (link.origin != LinkOrigin::kMetaRefresh && link.origin != LinkOrigin::kScriptRedirect) {
      continue;
    }
    Result<Url> to = Url::Parse(link.url);
    if (to.ok() && to->host() != final_host) {
      facts.page_redirect = link.url;
      break;
    }
  }
  return facts;
}

std::vector<ExternalHostFacts> ProbeExternalHosts(const std::vector<std::string>& urls,
                                                  Fetcher* fetcher,
                                                  const ExternalProbeOptions& options) {
  std::map<std::string, std::string> url_by_host;
  for (const std::string& url : urls) {
    if (url_by_host.size() >= options.max_hosts) break;
    Result<Url> parsed = Url::Parse(url);
    if (!parsed.ok() || parsed->host().empty()) continue;
    url_by_host.try_emplace(parsed->host(), url);
  }
  std::map<std::string, ExternalHostFacts> facts_by_host;
  for (const auto& [host, url] : url_by_host) {
    FetchRequest request;
    request.url = url;
    request.user_agent = options.user_agent;
    request.max_body_bytes = options.max_body_bytes;
    request.max_retries = 1;
    fetcher->Submit(std::move(request), [&, host = host](FetchResponse response) {
      ExternalHostFacts facts = ExternalHostFactsFromResponse(response, options.max_text_bytes);
      facts.host = host;
      facts_by_host[host] = std::move(facts);
    });
  }
  fetcher->Run();
  std::vector<ExternalHostFacts> out;
  out.reserve(facts_by_host.size());
  for (auto& [host, facts] : facts_by_host) out.push_back(std::move(facts));
  return out;
}

}  // namespace govmon
