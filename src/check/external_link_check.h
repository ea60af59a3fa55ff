// external_link (非法外链 risk): visible links to hosts outside the allowlist
// (*.gov.cn, *.政务, configured domains). Partner sites' domains expire and
// are re-registered by gambling and porn sites; a government page that still
// links them "links to pornographic content", a single-veto item (domain.md
// §3.1). A site check: it reads the links the crawler collected and what
// fetching each external host found (check/link_risk_facts.h).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "check/check.h"
#include "check/domain_allowlist.h"
#include "check/link_risk_facts.h"

namespace govmon {

// Gathers ExternalLinkUse values from each parsed page of one site. Not
// thread-safe: call from one thread at a time (or under the caller's mutex).
class ExternalLinkCollector {
 public:
  // `site_url` is the site's start URL; links to its registrable domain are
  // not external.
  ExternalLinkCollector(std::string_view site_url, const LinkRiskOptions& options);

  // Records the visible off-site links of `doc` (a page of the site).
  void Add(const Document& doc, bool is_home);
  // The links recorded, ordered by URL.
  std::vector<ExternalLinkUse> Links() const;
  // The first recorded URL of each distinct host, ordered by host: what
  // ProbeExternalHosts() fetches.
  std::vector<std::string> FirstUrlPerHost() const;

 private:
  std::string site_host_;
  DomainAllowlist allowlist_;
  std::shared_ptr<const RiskVocabulary> vocabulary_;
  std::map<std::string, ExternalLinkUse, std::less<>> links_;
  std::map<std::string, std::string, std::less<>> first_url_by_host_;
};

// One finding per distinct external target URL:
//   kind      risky_anchor / risky_target / cross_domain_redirect (high risk),
//             unresolved / unreachable / parked_domain (medium), external (low)
//   severity  veto when spam vocabulary is involved, error for a redirect to
//             another registrable domain, warning for a dead or parked
//             (for sale) domain, info otherwise
//   url       the first page that links it; target the link; evidence the
//             anchor text; detail the host's facts and how many pages link it.
class ExternalLinkCheck final : public SiteCheck {
 public:
  explicit ExternalLinkCheck(LinkRiskOptions options = {});

  std::string_view id() const override { return "external_link"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  DomainAllowlist allowlist_;
  std::shared_ptr<const RiskVocabulary> vocabulary_;
};

// True for links a visitor can follow on the page: visible a/area/iframe/
// frame in the markup, and those in menus a visitor opens (a drop-down of
// 友情链接 is still a link the site offers).
bool IsVisitorLink(const Link& link);

}  // namespace govmon
