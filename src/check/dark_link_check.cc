#include "check/dark_link_check.h"

#include <algorithm>

#include "base/strings.h"

namespace govmon {
namespace {

// The technique names of how the link entered the page, if not by markup.
std::string_view OriginTechnique(LinkOrigin origin) {
  switch (origin) {
    case LinkOrigin::kScriptWritten:
      return "script_written";
    case LinkOrigin::kMetaRefresh:
      return "meta_refresh";
    case LinkOrigin::kScriptRedirect:
      return "script_redirect";
    default:
      return "";
  }
}

// Elements that take a visitor somewhere. Images, scripts and style sheets
// load silently; hiding them hides no link.
bool IsNavigable(const Link& link) {
  if (link.origin == LinkOrigin::kMetaRefresh || link.origin == LinkOrigin::kScriptRedirect) {
    return true;
  }
  if (link.origin != LinkOrigin::kAttribute && link.origin != LinkOrigin::kScriptWritten) {
    return false;
  }
  return link.tag == "a" || link.tag == "area" || link.tag == "iframe" || link.tag == "frame";
}

std::string Techniques(const Link& link) {
  std::vector<std::string> names;
  if (std::string_view origin = OriginTechnique(link.origin); !origin.empty()) {
    names.emplace_back(origin);
  }
  for (const std::string& technique : link.visibility.techniques) {
    if (std::find(names.begin(), names.end(), technique) == names.end()) {
      names.push_back(technique);
    }
  }
  return Join(names, ",");
}

std::string Describe(const Link& link) {
  std::string detail;
  switch (link.origin) {
    case LinkOrigin::kScriptWritten:
      detail = "written into the page by a script";
      break;
    case LinkOrigin::kMetaRefresh:
      detail = "meta refresh sends visitors to another site";
      break;
    case LinkOrigin::kScriptRedirect:
      detail = "a script sends visitors to another site";
      break;
    default:
      break;
  }
  if (!link.visibility.visible()) {
    if (!detail.empty()) detail += "; ";
    detail += "hidden by ";
    detail +=
        link.visibility.rule.empty() ? std::string("the page's markup") : link.visibility.rule;
    if (!link.visibility.rule_origin.empty()) detail += " (" + link.visibility.rule_origin + ")";
  }
  detail += "; <" + link.tag + "> at byte " + std::to_string(link.source_offset);
  return detail;
}

}  // namespace

DarkLinkCheck::DarkLinkCheck(LinkRiskOptions options)
    : allowlist_(options.allowed_domains), vocabulary_(VocabularyOf(options)) {}

void DarkLinkCheck::Inspect(const Document& doc, const PageContext& context,
                            std::vector<Finding>* out) const {
  if (doc.kind != DocumentKind::kHtml) return;
  std::string site_host = HostOfUrl(context.site);
  if (site_host.empty()) site_host = HostOfUrl(doc.url);
  for (const Link& link : doc.links) {
    if (!IsNavigable(link)) continue;
    const bool hidden = !link.visibility.visible() || link.origin != LinkOrigin::kAttribute;
    if (!hidden) continue;
    std::string host = HostOfUrl(link.url);
    if (host.empty()) continue;

    RiskAssessment text_risk = vocabulary_->AssessShortText(link.text);
    RiskAssessment url_risk = vocabulary_->AssessUrl(link.url);
    const bool risky = text_risk.risky || url_risk.risky;
    const bool on_site = allowlist_.AllowsOnSite(host, site_host);
    // Menus, tabs, carousels and screen-reader text are hidden by design and
    // revealed by the visitor; within the site a hidden link misleads no
    // one. Either is silent unless its words give it away: a hidden
    // "澳门新葡京" link is spam wherever it sits, and one to the site itself is
    // a parasite page planted there (寄生虫/泛目录).
    // So is a hidden link in <noscript>, which a visitor with scripts never
    // gets: tag managers' tracking frames.
    if (!risky &&
        (on_site || link.interactive_container || link.accessibility_text || link.noscript)) {
      continue;
    }

    Finding f;
    f.check = std::string(id());
    f.severity = risky ? Severity::kVeto : Severity::kError;
    f.site = context.site;
    f.url = doc.url;
    f.target = link.url;
    f.kind = Techniques(link);
    // Redirects and frames have no anchor text: the URL as written is what
    // an inspector searches the source for.
    const bool textless =
        link.origin != LinkOrigin::kAttribute || link.tag == "iframe" || link.tag == "frame";
    f.evidence = link.text.empty() && textless ? link.raw : link.text;
    f.detail = Describe(link);
    if (on_site) f.detail += "; the target is on the site itself: a planted spam page";
    if (risky) {
      f.detail += "; risk vocabulary: ";
      if (text_risk.risky) f.detail += text_risk.Summary();
      if (text_risk.risky && url_risk.risky) f.detail += "; ";
      if (url_risk.risky) f.detail += "in the URL: " + url_risk.Summary();
    }
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
