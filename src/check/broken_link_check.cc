#include "check/broken_link_check.h"

#include <cstdint>
#include <unordered_set>

#include "check/site_snapshot.h"

namespace govmon {

// Severity follows the national indicators' 可用性 rules: a dead link on the
// home page is scored more heavily than one deeper in the site (domain.md
// §1.3, the 2015 rule "首页上的链接…每发现一个…扣分"), so it is an error; other
// dead links are warnings. Dead external links are still the site's problem
// (the visitor cannot tell the difference) but weigh less.
void BrokenLinkCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  if (site.links == nullptr) return;
  // One finding per (page, target) pair, even when the graph holds a pair
  // twice (a page's <img> and a style sheet it links may name one image).
  // Only broken pairs are remembered: about 1 % of them.
  std::unordered_set<uint64_t> reported;
  site.links->ForEachEdge([&](const LinkEdge& edge) {
    if (edge.to >= site.targets.size() || edge.from >= site.pages.size()) return;
    const LinkTarget& target = site.targets[edge.to];
    if (!target.status.broken()) return;
    if (!reported.insert((static_cast<uint64_t>(edge.from) << 32) | edge.to).second) return;
    const CrawledPage& page = site.pages[edge.from];
    const bool on_home = edge.from == 0;
    Finding f;
    f.check = "broken_link";
    f.site = site.site;
    f.url = page.url;
    f.target = target.url;
    f.kind = target.status.BrokenKind();
    f.severity =
        on_home ? Severity::kError : (target.external ? Severity::kInfo : Severity::kWarning);
    f.detail = std::string(TargetTypeName(target.type));
    if (target.external) f.detail += ", external link";
    f.detail += on_home ? ", on the home page" : ", not on the home page";
    if (target.status.http_status > 0) {
      f.detail += ", HTTP " + std::to_string(target.status.http_status);
    }
    if (!target.status.error_message.empty()) f.detail += ", " + target.status.error_message;
    out->push_back(std::move(f));
  });
}

}  // namespace govmon
