#include "check/registry.h"

#include <algorithm>

#include "check/broken_link_check.h"

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
  (void)options;
  return checks;
}

std::vector<std::unique_ptr<SiteCheck>> NewSiteChecks(const CheckOptions& options) {
  std::vector<std::unique_ptr<SiteCheck>> checks;
  AddUnlessDisabled<SiteCheck>(options, std::make_unique<BrokenLinkCheck>(), &checks);
  return checks;
}

}  // namespace govmon
