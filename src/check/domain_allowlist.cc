#include "check/domain_allowlist.h"

#include "base/strings.h"
#include "base/url.h"

namespace govmon {

DomainAllowlist::DomainAllowlist(const std::vector<std::string>& extra_domains)
    // 国办函〔2018〕55号: government sites use only .gov.cn and .政务 names.
    : patterns_{"*.gov.cn", "*.政务", "*.xn--zfr164b"} {
  for (const std::string& domain : extra_domains) {
    std::string_view trimmed = TrimAscii(domain);
    if (!trimmed.empty()) patterns_.push_back(AsciiLower(trimmed));
  }
}

bool DomainAllowlist::Allows(std::string_view host) const {
  if (host.empty()) return false;
  for (const std::string& pattern : patterns_) {
    if (HostMatches(host, pattern)) return true;
  }
  return false;
}

bool DomainAllowlist::AllowsOnSite(std::string_view host, std::string_view site_host) const {
  if (host.empty()) return false;
  if (!site_host.empty()) {
    if (EqualsIgnoreCase(host, site_host)) return true;
    std::string site_domain = RegistrableDomain(site_host);
    if (!site_domain.empty() && HostMatches(host, site_domain)) return true;
  }
  return Allows(host);
}

std::string HostOfUrl(std::string_view url) {
  Result<Url> parsed = Url::Parse(url);
  if (!parsed.ok()) return "";
  return parsed->host();
}

std::shared_ptr<const RiskVocabulary> VocabularyOf(const LinkRiskOptions& options) {
  return options.vocabulary ? options.vocabulary : RiskVocabulary::Default();
}

}  // namespace govmon
