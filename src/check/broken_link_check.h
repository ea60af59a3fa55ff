// broken_link (不可用链接): one finding per (page, target) pair whose target a
// visitor cannot open. A site check: it reads the probe results and the link
// graph that the crawler gathered.
#pragma once

#include "check/check.h"

namespace govmon {

class BrokenLinkCheck final : public SiteCheck {
 public:
  std::string_view id() const override { return "broken_link"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;
};

}  // namespace govmon
