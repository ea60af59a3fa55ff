// missing_interpretation_link (解读关联): policy documents (政策文件, 规范性文件)
// and their interpretations (政策解读, 图解, 关于《…》的解读) must link to each
// other (双向关联, domain.md §2.5). Pairs are found by title (the 《…》 name an
// interpretation quotes, or its title without 关于/的解读) and by the links
// between them. Each missing direction is a warning on the page that lacks
// the link; a recent policy document with no interpretation among the
// crawled pages is kind=no_interpretation at info level. A site check over
// the SitePages' related links; no I/O.
#pragma once

#include "check/check.h"
#include "check/site_options.h"

namespace govmon {

class InterpretationLinkCheck final : public SiteCheck {
 public:
  explicit InterpretationLinkCheck(InterpretationOptions options) : options_(std::move(options)) {}
  std::string_view id() const override { return "missing_interpretation_link"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  InterpretationOptions options_;
};

}  // namespace govmon
