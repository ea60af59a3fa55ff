// unanswered_message (互动回应差): messages on the site's message boards
// (网络问政, 咨询投诉, 领导信箱, 留言) that were submitted within the last year
// and stayed unanswered for more than 3 months are veto-level (domain.md §1.2
// item 5); a configurable local deadline in working days (WorkCalendar)
// gives warnings. A site without any message board gets kind=no_channel. A
// site check over the SitePages' messages; no I/O.
#pragma once

#include "check/check.h"
#include "check/site_options.h"

namespace govmon {

class UnansweredMessageCheck final : public SiteCheck {
 public:
  explicit UnansweredMessageCheck(MessageOptions options) : options_(std::move(options)) {}
  std::string_view id() const override { return "unanswered_message"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  MessageOptions options_;
};

}  // namespace govmon
