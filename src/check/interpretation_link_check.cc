#include "check/interpretation_link_check.h"

#include <optional>
#include <set>
#include <unordered_map>

#include "base/strings.h"
#include "base/url.h"
#include "base/utf8.h"
#include "check/site_snapshot.h"

namespace govmon {
namespace {

bool ContainsAnyOf(std::string_view text, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The names in 《…》 in `title`.
std::vector<std::string> QuotedNames(std::string_view title) {
  std::vector<std::string> names;
  size_t pos = 0;
  while ((pos = title.find("《", pos)) != std::string_view::npos) {
    size_t end = title.find("》", pos);
    if (end == std::string_view::npos) break;
    std::string name(TrimUnicodeSpace(title.substr(pos + 3, end - pos - 3)));
    if (CountCodePoints(name) >= 4) names.push_back(name);
    pos = end + 3;
  }
  return names;
}

void EraseAll(std::string* s, std::string_view word) {
  for (size_t at = s->find(word); at != std::string::npos; at = s->find(word)) {
    s->erase(at, word.size());
  }
}

// An interpretation's title without the words that make it one:
// "关于某市营商环境若干措施的解读" → "某市营商环境若干措施".
std::string InterpretationCore(std::string title, const std::vector<std::string>& words) {
  for (std::string_view w : {"《", "》", "政策解读", "的解读", "文字解读", "图文解读", "关于"}) {
    EraseAll(&title, w);
  }
  for (const std::string& w : words) EraseAll(&title, w);
  return std::string(TrimUnicodeSpace(title));
}

struct Doc {
  std::string key;  // Normalised URL.
  std::string url;
  std::string title;
  std::optional<Date> pub_date;
  std::set<std::string> links;  // Normalised related-link targets.
};

}  // namespace

void InterpretationLinkCheck::Inspect(const SiteSnapshot& site, std::vector<Finding>* out) const {
  std::vector<Doc> policies;
  std::vector<Doc> interpretations;
  std::unordered_map<std::string, size_t> policy_by_key;
  std::unordered_map<std::string, size_t> interpretation_by_key;
  for (const SitePage& page : site.site_pages) {
    if (!page.is_article || page.url.empty()) continue;
    const std::string where = page.column_name + " " + Join(page.breadcrumb, " ");
    const bool interpretation = ContainsAnyOf(page.title, options_.interpretation_words) ||
                                where.find("解读") != std::string::npos;
    const bool policy = !interpretation && ContainsAnyOf(where, options_.policy_columns);
    if (!interpretation && !policy) continue;
    Doc doc;
    doc.key = NormalizeUrlString(page.url);
    doc.url = page.url;
    doc.title = page.title;
    doc.pub_date = page.pub_date;
    for (const std::string& url : page.related_urls) doc.links.insert(NormalizeUrlString(url));
    auto& list = interpretation ? interpretations : policies;
    auto& index = interpretation ? interpretation_by_key : policy_by_key;
    if (!index.emplace(doc.key, list.size()).second) continue;  // Same page twice.
    list.push_back(std::move(doc));
  }
  if (policies.empty()) return;

  // Pairs (policy, interpretation), by title and by links.
  std::set<std::pair<size_t, size_t>> pairs;
  for (size_t ii = 0; ii < interpretations.size(); ++ii) {
    const Doc& interp = interpretations[ii];
    const std::string& title = interp.title;
    std::vector<std::string> names = QuotedNames(title);
    const std::string core = InterpretationCore(title, options_.interpretation_words);
    for (size_t pi = 0; pi < policies.size(); ++pi) {
      const Doc& policy = policies[pi];
      const std::string& policy_title = policy.title;
      bool match = interp.links.count(policy.key) > 0 || policy.links.count(interp.key) > 0;
      for (const std::string& name : names) match |= policy_title.find(name) != std::string::npos;
      if (!match && names.empty() && CountCodePoints(core) >= 6) {
        match = policy_title.find(core) != std::string::npos;
      }
      if (match) pairs.emplace(pi, ii);
    }
  }

  std::set<size_t> paired_policies;
  for (const auto& [pi, ii] : pairs) {
    paired_policies.insert(pi);
    const Doc& policy = policies[pi];
    const Doc& interp = interpretations[ii];
    if (interp.links.count(policy.key) == 0) {
      Finding f;
      f.check = "missing_interpretation_link";
      f.severity = Severity::kWarning;
      f.site = site.site;
      f.url = interp.url;
      f.target = policy.url;
      f.kind = "interpretation_to_policy";
      f.evidence = interp.title;
      f.context = policy.title;
      f.detail = "the interpretation does not link to the policy document it interprets";
      out->push_back(std::move(f));
    }
    if (policy.links.count(interp.key) == 0) {
      Finding f;
      f.check = "missing_interpretation_link";
      f.severity = Severity::kWarning;
      f.site = site.site;
      f.url = policy.url;
      f.target = interp.url;
      f.kind = "policy_to_interpretation";
      f.evidence = policy.title;
      f.context = interp.title;
      f.detail = "the policy document does not link to its interpretation";
      out->push_back(std::move(f));
    }
  }

  for (size_t pi = 0; pi < policies.size(); ++pi) {
    if (paired_policies.count(pi)) continue;
    const Doc& page = policies[pi];
    if (options_.no_interpretation_within_days > 0) {
      if (!page.pub_date ||
          site.as_of.DaysSince(*page.pub_date) > options_.no_interpretation_within_days) {
        continue;
      }
    }
    Finding f;
    f.check = "missing_interpretation_link";
    f.severity = Severity::kInfo;
    f.site = site.site;
    f.url = page.url;
    f.kind = "no_interpretation";
    f.evidence = page.title;
    f.detail = "no interpretation of this policy document was found among the crawled pages";
    if (page.pub_date) f.detail += " (published " + page.pub_date->ToIso() + ")";
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
