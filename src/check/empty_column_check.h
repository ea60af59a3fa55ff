// empty_column (空白栏目): a column that shows no items at all — its page says
// 暂无信息 / 暂无数据, or its list is empty. Five or more fail the site
// (domain.md §1.2 item 4). A site check over the ColumnModel; no I/O.
#pragma once

#include "check/check.h"
#include "check/site_options.h"

namespace govmon {

class EmptyColumnCheck final : public SiteCheck {
 public:
  explicit EmptyColumnCheck(ColumnOptions options) : options_(std::move(options)) {}
  std::string_view id() const override { return "empty_column"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  ColumnOptions options_;
};

}  // namespace govmon
