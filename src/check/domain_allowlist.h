// DomainAllowlist: the hosts a government page may link to without the link
// counting as external: *.gov.cn, *.政务 (also in its punycode form), the
// domains the configuration adds, and the site's own registrable domain.
// Immutable; safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/risk_vocabulary.h"

namespace govmon {

// Options shared by the link-risk checks (dark_link, external_link,
// cloaking): what counts as off-site and which words make a link dangerous.
struct LinkRiskOptions {
  // Domains outside *.gov.cn and *.政务 that every site may link to. A plain
  // domain also covers its subdomains. conac.cn issues the 党政机关网站标识
  // badge that every government site links to.
  std::vector<std::string> allowed_domains = {"conac.cn"};
  // The risk vocabulary; null means the built-in one
  // (RiskVocabulary::Default()).
  std::shared_ptr<const RiskVocabulary> vocabulary;
};

class DomainAllowlist {
 public:
  // `extra_domains` are added to *.gov.cn and *.政务.
  explicit DomainAllowlist(const std::vector<std::string>& extra_domains);

  // True when `host` (lower-case, as Url::host() gives it) is allowed for
  // every site.
  bool Allows(std::string_view host) const;
  // True when `host` is allowed on a page of the site whose host is
  // `site_host`: also the site's own host and registrable domain
  // (www.ganzhou.gov.cn allows ganzhou.gov.cn and all of *.ganzhou.gov.cn).
  bool AllowsOnSite(std::string_view host, std::string_view site_host) const;

 private:
  std::vector<std::string> patterns_;
};

// The host of absolute `url`, lower-case; "" when it does not parse.
std::string HostOfUrl(std::string_view url);

// The vocabulary `options` names, or the built-in one.
std::shared_ptr<const RiskVocabulary> VocabularyOf(const LinkRiskOptions& options);

}  // namespace govmon
