// cloaking (搜索引擎劫持 / 快照劫持): a page that shows search engines, or
// visitors arriving from a search engine, something other than what a visitor
// who types the address sees — the usual way hacked government pages serve
// gambling links to Baidu while looking clean to their own staff (domain.md
// §3.2). A site check over CloakFacts (crawl/cloak_probe.h fetches the home
// page and first-level column pages as a browser, as Baiduspider and with a
// Baidu search Referer).
#pragma once

#include <memory>

#include "check/check.h"
#include "check/domain_allowlist.h"

namespace govmon {

// Findings, per page and per view that differs from the browser's
// (`location` is "view: Baiduspider" or "view: search referer"):
//   redirect        the view is redirected to another registrable domain
//   new_links       off-site links present only in that view (evidence: their
//                   anchor texts; target: the first of them)
//   content_change  the view's text is materially different (shingle
//                   similarity below CloakingOptions-free threshold 0.5), or
//                   only that view gets a page at all, or only it carries
//                   spam vocabulary
// Severity is veto when what only that view gets carries gambling, porn or
// illegal-service vocabulary, error otherwise.
class CloakingCheck final : public SiteCheck {
 public:
  explicit CloakingCheck(LinkRiskOptions options = {});

  std::string_view id() const override { return "cloaking"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  DomainAllowlist allowlist_;
  std::shared_ptr<const RiskVocabulary> vocabulary_;
};

// Similarity of two texts in [0, 1]: the Jaccard index of their sets of
// three-character shingles after NormalizeForRisk(). 1 for two empty texts.
double TextSimilarity(std::string_view a, std::string_view b);

}  // namespace govmon
