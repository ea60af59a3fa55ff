// dark_link (暗链): a link a visitor cannot see — hidden by CSS, written by a
// script, a meta refresh or script redirect, or a hidden iframe — that leads
// off the site's allowed domains. Spammers plant these on government pages to
// lend search-engine rank to gambling and porn sites; linking to such content
// is a single-veto item (国办秘函〔2019〕19号, domain.md §3).
#pragma once

#include <memory>

#include "check/check.h"
#include "check/domain_allowlist.h"

namespace govmon {

// One finding per hidden off-site link:
//   kind     the hiding techniques, comma-joined: "display_none",
//            "script_written,offscreen", "meta_refresh" …
//   evidence the anchor text (alt/title for images; the URL as written for
//            redirects, which have no text)
//   target   the link's URL
//   detail   the rule that hid it and where the rule came from
// Severity is veto when the anchor text or the URL carries gambling, porn or
// illegal-service vocabulary, error otherwise. Hidden links within the site,
// and links in menus, tabs, carousels and accessibility text that a visitor
// can reveal, are not reported.
class DarkLinkCheck final : public PageCheck {
 public:
  explicit DarkLinkCheck(LinkRiskOptions options = {});

  std::string_view id() const override { return "dark_link"; }
  void Inspect(const Document& doc, const PageContext& context,
               std::vector<Finding>* out) const override;

 private:
  DomainAllowlist allowlist_;
  std::shared_ptr<const RiskVocabulary> vocabulary_;
};

}  // namespace govmon
