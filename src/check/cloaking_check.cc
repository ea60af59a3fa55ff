#include "check/cloaking_check.h"

#include <set>
#include <unordered_set>

#include "base/strings.h"
#include "base/url.h"
#include "base/utf8.h"
#include "check/site_snapshot.h"
#include "check/text_excerpt.h"

namespace govmon {
namespace {

// Below this similarity two views of one page are different pages. Pages
// fetched seconds apart differ by a visit counter or a rotating picture,
// which moves the index by a few hundredths; injected spam blocks and
// substituted pages move it by far more.
constexpr double kMaterialSimilarity = 0.5;
// Texts shorter than this (in bytes) are too small to compare by shingles.
constexpr size_t kMinComparableText = 60;

std::unordered_set<uint64_t> Shingles(std::string_view text) {
  std::string compact = NormalizeForRisk(text);
  std::vector<char32_t> cps;
  size_t pos = 0;
  while (pos < compact.size()) cps.push_back(DecodeUtf8(compact, &pos));
  std::unordered_set<uint64_t> out;
  if (cps.size() < 3) {
    if (!cps.empty()) out.insert(std::hash<std::string>()(compact));
    return out;
  }
  for (size_t i = 0; i + 3 <= cps.size(); ++i) {
    uint64_t h = (static_cast<uint64_t>(cps[i]) << 42) ^ (static_cast<uint64_t>(cps[i + 1]) << 21) ^
                 static_cast<uint64_t>(cps[i + 2]);
    out.insert(h);
  }
  return out;
}

bool Ok(const CloakView& view) {
  return view.fetched && view.http_status >= 200 && view.http_status < 300;
}

std::string HostSiteOf(const CloakFacts& facts, const SiteSnapshot& site) {
  std::string host = HostOfUrl(site.site);
  if (host.empty()) host = HostOfUrl(facts.url);
  return host;
}

}  // namespace

double TextSimilarity(std::string_view a, std::string_view b) {
  std::unordered_set<uint64_t> sa = Shingles(a);
  std::unordered_set<uint64_t> sb = Shingles(b);
  if (sa.empty() && sb.empty()) return 1.0;
  size_t common = 0;
  for (uint64_t h : sa) common += sb.count(h);
  size_t all = sa.size() + sb.size() - common;
  return static_cast<double>(common) / static_cast<double>(all);
}

CloakingCheck::CloakingCheck(LinkRiskOptions options)
    : allowlist_(options.allowed_domains), vocabulary_(VocabularyOf(options)) {}

void CloakingCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  for (const CloakFacts& facts : site.cloak_pages) {
    const CloakView& browser = facts.browser;
    const std::string site_host = HostSiteOf(facts, site);
    std::set<std::string> browser_links;
    for (const CloakView::Link& link : browser.links) {
      browser_links.insert(NormalizeUrlString(link.url));
    }
    const RiskAssessment browser_risk =
        vocabulary_->AssessPage(browser.title + "\n" + browser.text);

    const std::pair<const CloakView*, const char*> views[] = {
        {&facts.spider, "view: Baiduspider"}, {&facts.referred, "view: search referer"}};
    for (const auto& [view_ptr, location] : views) {
      const CloakView& view = *view_ptr;
      if (!Ok(view)) continue;  // Sites often refuse bots; that hides nothing.
      auto finding = [&](std::string kind) {
        Finding f;
        f.check = std::string(id());
        f.site = site.site;
        f.url = facts.url;
        f.kind = std::move(kind);
        f.location = location;
        f.severity = Severity::kError;
        return f;
      };

      // 1. Sent elsewhere.
      std::string browser_host =
          HostOfUrl(browser.final_url.empty() ? facts.url : browser.final_url);
      std::string view_host = HostOfUrl(view.final_url);
      if (!view_host.empty() && !allowlist_.AllowsOnSite(view_host, site_host) &&
          RegistrableDomain(view_host) != RegistrableDomain(browser_host)) {
        Finding f = finding("redirect");
        f.target = view.final_url;
        f.evidence = view.title;
        RiskAssessment risk = vocabulary_->AssessUrl(view.final_url);
        RiskAssessment page = vocabulary_->AssessPage(view.title + "\n" + view.text);
        if (risk.risky || page.risky) f.severity = Severity::kVeto;
        f.detail = "redirected to " + view.final_url + " while a browser stays on " +
                   (browser.final_url.empty() ? facts.url : browser.final_url);
        if (risk.risky || page.risky) {
          f.detail += "; risk vocabulary: " + (risk.risky ? risk.Summary() : page.Summary());
        }
        out->push_back(std::move(f));
        continue;  // A different site: its links and text say nothing more.
      }

      // 2. Off-site links only this view gets.
      std::vector<const CloakView::Link*> added;
      std::set<std::string> added_urls;
      bool risky_link = false;
      std::string risky_summary;
      for (const CloakView::Link& link : view.links) {
        std::string host = HostOfUrl(link.url);
        if (host.empty() || allowlist_.AllowsOnSite(host, site_host)) continue;
        std::string key = NormalizeUrlString(link.url);
        if (browser_links.count(key) > 0 || !added_urls.insert(key).second) continue;
        added.push_back(&link);
        RiskAssessment text = vocabulary_->AssessShortText(link.text);
        RiskAssessment url = vocabulary_->AssessUrl(link.url);
        if ((text.risky || url.risky) && !risky_link) {
          risky_link = true;
          risky_summary = text.risky ? text.Summary() : url.Summary();
        }
      }
      if (!added.empty()) {
        Finding f = finding("new_links");
        f.target = added[0]->url;
        std::vector<std::string> texts;
        std::vector<std::string> urls;
        for (const CloakView::Link* link : added) {
          if (texts.size() < 5 && !link->text.empty()) texts.push_back(link->text);
          if (urls.size() < 10) urls.push_back(link->url);
        }
        f.evidence = Join(texts, "、");
        if (risky_link) f.severity = Severity::kVeto;
        f.detail = std::to_string(added.size()) +
                   " off-site link(s) a browser does not get: " + Join(urls, " ");
        if (added.size() > urls.size()) f.detail += " …";
        if (risky_link) f.detail += "; risk vocabulary: " + risky_summary;
        out->push_back(std::move(f));
      }

      // 3. Different content.
      const RiskAssessment view_risk = vocabulary_->AssessPage(view.title + "\n" + view.text);
      const bool only_view_risky = view_risk.risky && !browser_risk.risky;
      std::string why;
      if (!Ok(browser)) {
        why = "a browser gets " +
              (browser.fetched ? "HTTP " + std::to_string(browser.http_status)
                               : "no page (" + browser.error + ")") +
              ", this view gets HTTP " + std::to_string(view.http_status);
      } else if (browser.text.size() >= kMinComparableText ||
                 view.text.size() >= kMinComparableText) {
        double similarity = TextSimilarity(browser.text, view.text);
        if (similarity < kMaterialSimilarity) {
          char buf[32];
          snprintf(buf, sizeof buf, "%.2f", similarity);
          why = std::string("text similarity to the browser's view is ") + buf;
        }
      }
      // Spam words that come only from the new links already reported are
      // not a second finding.
      if (why.empty() && only_view_risky && !risky_link) {
        why = "only this view carries spam vocabulary";
      }
      if (!why.empty()) {
        Finding f = finding("content_change");
        f.evidence = view.title;
        f.context = ExcerptWithEllipsis(view.text, 0, 0, 100);
        f.detail = why;
        if (view.title != browser.title && !browser.title.empty()) {
          f.detail += "; title 《" + view.title + "》 instead of 《" + browser.title + "》";
        }
        if (only_view_risky) {
          f.severity = Severity::kVeto;
          f.detail += "; risk vocabulary: " + view_risk.Summary();
        }
        out->push_back(std::move(f));
      }
    }
  }
}

}  // namespace govmon
