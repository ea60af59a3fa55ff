// stale_column (栏目不更新): a column whose newest item is older than its
// type's update window (news 14 days, notice/policy 180, personnel/planning
// 365). kind=overdue past the window, kind=warning past the pre-warning
// level, kind=undated when no item of the column carries a date (the 2015
// survey counts undated information as not updated). A site check over the
// ColumnModel; no I/O.
#pragma once

#include "check/check.h"
#include "check/site_options.h"

namespace govmon {

class StaleColumnCheck final : public SiteCheck {
 public:
  explicit StaleColumnCheck(ColumnOptions options) : options_(std::move(options)) {}
  std::string_view id() const override { return "stale_column"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  ColumnOptions options_;
};

}  // namespace govmon
