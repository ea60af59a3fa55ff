// home_not_updated (首页不更新): the home page has no item dated within the
// last 14 days (a veto item, domain.md §1.2 item 3); kind=warning from 10
// days (§1.7). When the home page is only a navigation portal without dated
// items, all second-level pages count instead, as the indicator says. A site
// check; no I/O.
#pragma once

#include "check/check.h"
#include "check/site_options.h"

namespace govmon {

class HomeNotUpdatedCheck final : public SiteCheck {
 public:
  explicit HomeNotUpdatedCheck(HomeUpdateOptions options) : options_(options) {}
  std::string_view id() const override { return "home_not_updated"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  HomeUpdateOptions options_;
};

}  // namespace govmon
