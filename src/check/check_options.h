// CheckOptions: the options of every check, gathered in one struct so that
// app/config.cc can fill it from the config file and registry.cc can hand
// each check its part. Each check's own options struct lives in its header.
#pragma once

#include <string>
#include <vector>

#include "check/domain_allowlist.h"
#include "check/privacy_leak_check.h"
#include "check/sensitive_word_check.h"
#include "check/serious_error_check.h"
#include "check/site_options.h"
#include "check/typo_check.h"

namespace govmon {

struct CheckOptions {
  // Checks to leave out, by id.
  std::vector<std::string> disabled;
  // Each check adds its own options struct as a member here, e.g.
  // PrivacyLeakOptions privacy_leak;
  // dark_link, external_link and cloaking: allowed domains, risk vocabulary.
  LinkRiskOptions link_risk;
  // The site-model checks: columns, home page, messages, interpretations, IPv6, HTTPS.
  SiteOptions site;
  PrivacyLeakOptions privacy_leak;
  SensitiveWordOptions sensitive_word;
  TypoOptions typo;
  SeriousErrorOptions serious_error;
};

}  // namespace govmon
