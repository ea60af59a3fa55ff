#include "crawl/cloak_probe.h"

#include <set>

#include "base/url.h"
#include "base/utf8.h"
#include "html/html_parser.h"
#include "net/charset.h"

namespace govmon {
namespace {

// A column page's URL names a directory ("/zwgk/") or its index page.
bool LooksLikeColumn(const Url& url) {
  const std::string& path = url.path();
  if (path.empty() || path.back() == '/') return true;
  size_t slash = path.rfind('/');
  std::string_view last = std::string_view(path).substr(slash + 1);
  return last.starts_with("index.") || last.starts_with("default.") || last.starts_with("list.");
}

std::string PercentEncode(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
        c == '-' || c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

bool Navigates(const Link& link) {
  if (link.origin == LinkOrigin::kMetaRefresh || link.origin == LinkOrigin::kScriptRedirect) {
    return true;
  }
  return link.tag == "a" || link.tag == "area" || link.tag == "iframe" || link.tag == "frame";
}

}  // namespace

std::vector<std::string> CloakProbePages(const SiteSnapshot& site, size_t max_pages) {
  std::vector<std::string> out;
  if (max_pages == 0) return out;
  std::string home = !site.home_url.empty() ? site.home_url
                     : !site.pages.empty()  ? site.pages[0].url
                                            : site.site;
  if (!home.empty()) out.push_back(home);
  for (const CrawledPage& page : site.pages) {
    if (out.size() >= max_pages) break;
    if (page.depth != 1 || page.http_status < 200 || page.http_status >= 300) continue;
    Result<Url> url = Url::Parse(page.url);
    if (!url.ok() || !LooksLikeColumn(*url) || page.url == home) continue;
    out.push_back(page.url);
  }
  return out;
}

CloakView CloakViewFromResponse(const FetchResponse& response, size_t max_text_bytes) {
  CloakView view;
  if (!response.ok()) {
    view.error = std::string(FetchErrorName(response.error));
    if (!response.error_message.empty()) view.error += ": " + response.error_message;
    return view;
  }
  view.fetched = true;
  view.http_status = response.status;
  view.final_url = response.final_url.empty() ? response.url : response.final_url;
  DecodedText decoded = DecodeToUtf8(response.body, response.Header("content-type"), true);
  HtmlOptions options;
  options.compute_visibility = false;
  Document doc = ParseHtml(decoded.utf8, view.final_url, options);
  view.title = std::string(TruncateUtf8(doc.title, 512));
  view.text = std::string(TruncateUtf8(doc.VisibleText(), max_text_bytes));
  for (const Link& link : doc.links) {
    if (Navigates(link)) view.links.push_back({link.url, link.text});
  }
  return view;
}

std::vector<CloakFacts> ProbeCloaking(const std::vector<std::string>& page_urls, Fetcher* fetcher,
                                      const CloakProbeOptions& options) {
  std::vector<CloakFacts> out(page_urls.size());
  for (size_t i = 0; i < page_urls.size(); ++i) {
    out[i].url = page_urls[i];
    Result<Url> url = Url::Parse(page_urls[i]);
    std::string host = url.ok() ? url->host() : "";
    struct Variant {
      CloakView* view;
      std::string user_agent;
      std::string referer;
    };
    const Variant variants[] = {
        {&out[i].browser, options.browser_user_agent, ""},
        {&out[i].spider, options.spider_user_agent, ""},
        {&out[i].referred, options.browser_user_agent,
         options.search_referer_prefix + PercentEncode(host)},
    };
    for (const Variant& variant : variants) {
      FetchRequest request;
      request.url = page_urls[i];
      request.user_agent = variant.user_agent;
      if (!variant.referer.empty()) request.headers.push_back({"Referer", variant.referer});
      request.max_body_bytes = options.max_body_bytes;
      CloakView* view = variant.view;
      size_t max_text = options.max_text_bytes;
      fetcher->Submit(std::move(request), [view, max_text](FetchResponse response) {
        *view = CloakViewFromResponse(response, max_text);
      });
    }
  }
  fetcher->Run();
  return out;
}

void ProbeLinkRisks(Fetcher* fetcher, SiteSnapshot* site, const LinkRiskProbeOptions& options) {
  std::vector<std::string> first_urls;
  std::set<std::string> hosts;
  for (const ExternalLinkUse& use : site->external_links) {
    if (hosts.insert(use.host).second) first_urls.push_back(use.url);
  }
  site->external_hosts = ProbeExternalHosts(first_urls, fetcher, options.external);
  site->cloak_pages =
      ProbeCloaking(CloakProbePages(*site, options.cloak_pages), fetcher, options.cloak);
}

}  // namespace govmon
