#include "check/registry.h"

#include <algorithm>

#include "check/broken_link_check.h"
#include "check/cloaking_check.h"
#include "check/dark_link_check.h"
#include "check/empty_column_check.h"
#include "check/external_link_check.h"
#include "check/home_not_updated_check.h"
#include "check/https_check.h"
#include "check/interpretation_link_check.h"
#include "check/ipv6_check.h"
#include "check/privacy_leak_check.h"
#include "check/sensitive_word_check.h"
#include "check/serious_error_check.h"
#include "check/site_identity_check.h"
#include "check/stale_column_check.h"
#include "check/typo_check.h"
#include "check/unanswered_message_check.h"

namespace govmon {
namespace {

template <typename T>
void AddUnlessDisabled(const CheckOptions& options, std::unique_ptr<T> check,
                       std::vector<std::unique_ptr<T>>* checks) {
  const auto& off = options.disabled;
  if (std::find(off.begin(), off.end(), check->id()) != off.end()) return;
  checks->push_back(std::move(check));
}

}  // namespace

std::vector<std::unique_ptr<PageCheck>> NewPageChecks(const CheckOptions& options) {
  std::vector<std::unique_ptr<PageCheck>> checks;
  AddUnlessDisabled<PageCheck>(options, std::make_unique<DarkLinkCheck>(options.link_risk),
                               &checks);
  AddUnlessDisabled<PageCheck>(options, std::make_unique<SiteIdentityCheck>(), &checks);
  (void)options;
  AddUnlessDisabled<PageCheck>(options, std::make_unique<PrivacyLeakCheck>(options.privacy_leak),
                               &checks);
  AddUnlessDisabled<PageCheck>(
      options, std::make_unique<SensitiveWordCheck>(options.sensitive_word), &checks);
  // typo leaves the typos inside serious errors to serious_error when both run.
  auto serious = std::make_unique<SeriousErrorCheck>(options.serious_error);
  TypoOptions typo = options.typo;
  const auto& off = options.disabled;
  if (std::find(off.begin(), off.end(), serious->id()) == off.end()) {
    typo.serious_errors = serious->knowledge();
  }
  AddUnlessDisabled<PageCheck>(options, std::make_unique<TypoCheck>(std::move(typo)), &checks);
  AddUnlessDisabled<PageCheck>(options, std::move(serious), &checks);
  return checks;
}

std::vector<std::unique_ptr<SiteCheck>> NewSiteChecks(const CheckOptions& options) {
  std::vector<std::unique_ptr<SiteCheck>> checks;
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<BrokenLinkCheck>(), &checks);
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<TypoTitleCheck>(options.typo), &checks);
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<ExternalLinkCheck>(options.link_risk),
                               &checks);
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<CloakingCheck>(options.link_risk),
                               &checks);
  const SiteOptions& site = options.site;
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<StaleColumnCheck>(site.columns), &checks);
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<EmptyColumnCheck>(site.columns), &checks);
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<HomeNotUpdatedCheck>(site.home), &checks);
  AddUnlessDisabled<SiteCheck>(
      options, std::make_unique<InterpretationLinkCheck>(site.interpretation), &checks);
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<UnansweredMessageCheck>(site.messages),
                               &checks);
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<Ipv6Check>(site.ipv6), &checks);
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<HttpsCheck>(site.https), &checks);
  return checks;
}

}  // namespace govmon
