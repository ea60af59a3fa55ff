#include "check/external_link_check.h"

#include "base/strings.h"
#include "base/url.h"
#include "base/utf8.h"
#include "check/site_snapshot.h"
#include "check/text_excerpt.h"

namespace govmon {

bool IsVisitorLink(const Link& link) {
  if (link.origin != LinkOrigin::kAttribute) return false;
  if (link.tag != "a" && link.tag != "area" && link.tag != "iframe" && link.tag != "frame") {
    return false;
  }
  return link.visibility.visible() || link.interactive_container;
}

ExternalLinkCollector::ExternalLinkCollector(std::string_view site_url,
                                             const LinkRiskOptions& options)
    : site_host_(HostOfUrl(site_url)),
      allowlist_(options.allowed_domains),
      vocabulary_(VocabularyOf(options)) {}

void ExternalLinkCollector::Add(const Document& doc, bool is_home) {
  std::string site_host = site_host_.empty() ? HostOfUrl(doc.url) : site_host_;
  std::vector<std::string_view> seen_on_page;
  for (const Link& link : doc.links) {
    if (!IsVisitorLink(link)) continue;
    std::string host = HostOfUrl(link.url);
    if (host.empty() || allowlist_.AllowsOnSite(host, site_host)) continue;
    auto [it, inserted] = links_.try_emplace(link.url);
    ExternalLinkUse& use = it->second;
    if (inserted) {
      use.url = link.url;
      use.host = host;
      use.text = link.text;
      use.page = doc.url;
      first_url_by_host_.try_emplace(host, link.url);
    } else if (!vocabulary_->AssessShortText(use.text).risky &&
               (use.text.empty() || vocabulary_->AssessShortText(link.text).risky)) {
      use.text = link.text;
    }
    if (is_home && !use.on_home) {
      use.on_home = true;
      use.page = doc.url;
    }
    // A page that links a target twice counts once.
    bool counted = false;
    for (std::string_view url : seen_on_page) counted = counted || url == use.url;
    if (!counted) {
      ++use.pages;
      seen_on_page.push_back(use.url);
    }
  }
}

std::vector<ExternalLinkUse> ExternalLinkCollector::Links() const {
  std::vector<ExternalLinkUse> out;
  out.reserve(links_.size());
  for (const auto& [url, use] : links_) out.push_back(use);
  return out;
}

std::vector<std::string> ExternalLinkCollector::FirstUrlPerHost() const {
  std::vector<std::string> out;
  out.reserve(first_url_by_host_.size());
  for (const auto& [host, url] : first_url_by_host_) out.push_back(url);
  return out;
}

namespace {

// What registrars and parking services write on a lapsed domain. A partner's
// domain that is parked is for sale; whoever buys it next decides what the
// government page links to (domain.md §3.1: the usual way such links turn
// into gambling links).
bool LooksParked(const ExternalHostFacts& facts) {
  const std::string text = AsciiLower(facts.title + "\n" + facts.text);
  for (std::string_view phrase :
       {"域名出售", "域名正在出售", "此域名出售", "该域名出售", "域名转让", "域名已过期",
        "域名到期", "this domain is for sale", "domain is for sale", "domain may be for sale",
        "buy this domain", "domain has expired", "this domain has been registered", "parked free",
        "parkingcrew", "sedoparking", "domain parking"}) {
    if (text.find(phrase) != std::string::npos) return true;
  }
  return false;
}

// A redirect leaves the link's registrable domain for one that is not
// allowed: the domain now belongs to someone else, or bounces visitors on.
bool LeavesDomain(std::string_view from_host, std::string_view to_url,
                  const DomainAllowlist& allowlist) {
  std::string to_host = HostOfUrl(to_url);
  if (to_host.empty() || allowlist.Allows(to_host)) return false;
  return RegistrableDomain(to_host) != RegistrableDomain(from_host);
}

}  // namespace

ExternalLinkCheck::ExternalLinkCheck(LinkRiskOptions options)
    : allowlist_(options.allowed_domains), vocabulary_(VocabularyOf(options)) {}

void ExternalLinkCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  std::map<std::string_view, const ExternalHostFacts*> facts_by_host;
  for (const ExternalHostFacts& facts : site.external_hosts) facts_by_host[facts.host] = &facts;

  for (const ExternalLinkUse& use : site.external_links) {
    // The allowlist may have grown since the links were collected.
    if (allowlist_.Allows(use.host)) continue;
    auto it = facts_by_host.find(use.host);
    const ExternalHostFacts* facts = it == facts_by_host.end() ? nullptr : it->second;

    RiskAssessment anchor = vocabulary_->AssessShortText(use.text);
    RiskAssessment url = vocabulary_->AssessUrl(use.url);
    RiskAssessment target;
    RiskAssessment redirect_url;
    bool cross_domain = false;
    std::string facts_detail = "not probed";
    if (facts != nullptr) {
      if (!facts->resolved) {
        facts_detail = "the domain does not resolve";
      } else if (!facts->answered) {
        facts_detail = "no answer: " + facts->error;
      } else {
        facts_detail = "HTTP " + std::to_string(facts->http_status);
        target = vocabulary_->AssessPage(facts->title + "\n" + facts->text);
        RiskAssessment title = vocabulary_->AssessShortText(facts->title);
        if (!target.risky && title.risky) target = title;
        const std::pair<const std::string*, const char*> hops[] = {
            {&facts->final_url, ", redirects to "},
            {&facts->page_redirect, ", the page sends on to "}};
        for (const auto& [to_ptr, label] : hops) {
          const std::string& to = *to_ptr;
          if (to.empty() || to == use.url) continue;
          facts_detail += label + to;
          if (LeavesDomain(use.host, to, allowlist_)) cross_domain = true;
          RiskAssessment r = vocabulary_->AssessUrl(to);
          if (r.risky && !redirect_url.risky) redirect_url = r;
        }
        if (!facts->title.empty())
          facts_detail += ", title 《" + ExcerptWithEllipsis(facts->title, 0, 0, 60) + "》";
      }
    }

    Finding f;
    f.check = std::string(id());
    f.site = site.site;
    f.url = use.page;
    f.target = use.url;
    f.evidence = use.text;
    std::string risk;
    if (anchor.risky || url.risky) {
      f.kind = "risky_anchor";
      f.severity = Severity::kVeto;
      risk = anchor.risky ? anchor.Summary() : url.Summary();
    } else if (target.risky || redirect_url.risky) {
      f.kind = "risky_target";
      f.severity = Severity::kVeto;
      risk = target.risky ? target.Summary() : redirect_url.Summary();
    } else if (cross_domain) {
      f.kind = "cross_domain_redirect";
      f.severity = Severity::kError;
    } else if (facts != nullptr && !facts->resolved) {
      f.kind = "unresolved";
      f.severity = Severity::kWarning;
    } else if (facts != nullptr && !facts->answered) {
      f.kind = "unreachable";
      f.severity = Severity::kWarning;
    } else if (facts != nullptr && LooksParked(*facts)) {
      f.kind = "parked_domain";
      f.severity = Severity::kWarning;
    } else {
      f.kind = "external";
      f.severity = Severity::kInfo;
    }
    f.detail = "linked from " + std::to_string(use.pages) + " page(s)";
    if (use.on_home) f.detail += " including the home page";
    f.detail += "; " + use.host + ": " + facts_detail;
    if (!risk.empty()) f.detail += "; risk vocabulary: " + risk;
    if (f.kind == "risky_target" && facts != nullptr && !facts->text.empty()) {
      f.context = ExcerptWithEllipsis(facts->text, 0, 0, 100);
    }
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
