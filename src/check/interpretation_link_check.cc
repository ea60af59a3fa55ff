#include "check/interpretation_link_check.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
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
  // Related-link targets: normalised, sorted and unique once all documents
  // are known; the links as found until then.
  std::vector<std::string> links;
  bool LinksTo(const std::string& target) const {
    return std::binary_search(links.begin(), links.end(), target);
  }
};

// The titles of many documents, indexed so that the ones containing a string
// are found without searching every title: each title's 4-byte substrings
// are listed, and only the titles that hold the string's rarest 4-byte
// substring are searched. Bytes rather than characters, so that it finds
// exactly what std::string::find finds, whatever the encoding.
class TitleIndex {
 public:
  explicit TitleIndex(const std::vector<Doc>& docs) : docs_(docs) {
    for (size_t d = 0; d < docs.size(); ++d) {
      const std::string& title = docs[d].title;
      for (size_t i = 0; i + kGram <= title.size(); ++i) {
        postings_.push_back(uint64_t{GramAt(title, i)} << 32 | static_cast<uint32_t>(d));
      }
    }
    std::sort(postings_.begin(), postings_.end());
    postings_.erase(std::unique(postings_.begin(), postings_.end()), postings_.end());
  }

  // Calls visit(d) once for each index d of a doc whose title contains `s`.
  template <typename Visit>
  void ForEachContaining(std::string_view s, const Visit& visit) const {
    if (s.size() < kGram) {
      for (size_t d = 0; d < docs_.size(); ++d) {
        if (docs_[d].title.find(s) != std::string::npos) visit(d);
      }
      return;
    }
    auto best_begin = postings_.begin();
    auto best_end = postings_.end();
    for (size_t i = 0; i + kGram <= s.size() && best_begin != best_end; ++i) {
      const uint64_t gram = uint64_t{GramAt(s, i)} << 32;
      const auto begin = std::lower_bound(postings_.begin(), postings_.end(), gram);
      const auto end = std::upper_bound(begin, postings_.end(), gram | 0xFFFFFFFFu);
      if (end - begin < best_end - best_begin) {
        best_begin = begin;
        best_end = end;
      }
    }
    for (auto it = best_begin; it != best_end; ++it) {
      const size_t d = static_cast<uint32_t>(*it);
      if (docs_[d].title.find(s) != std::string::npos) visit(d);
    }
  }

 private:
  static constexpr size_t kGram = 4;
  static uint32_t GramAt(std::string_view s, size_t i) {
    uint32_t gram;
    std::memcpy(&gram, s.data() + i, kGram);
    return gram;
  }

  const std::vector<Doc>& docs_;
  std::vector<uint64_t> postings_;  // (gram << 32 | doc index), sorted, unique.
};

}  // namespace

void InterpretationLinkCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  std::vector<Doc> policies;
  std::vector<Doc> interpretations;
  std::unordered_map<std::string, size_t> policy_by_key;
  std::unordered_map<std::string, size_t> interpretation_by_key;
  static const UrlNormalizeOptions* const kNormalize = new UrlNormalizeOptions();
  for (SitePage page : site.site_pages) {
    if (!page.is_article || page.url.empty()) continue;
    const std::string where = page.column_name + " " + Join(page.breadcrumb, " ");
    const bool interpretation = ContainsAnyOf(page.title, options_.interpretation_words) ||
                                where.find("解读") != std::string::npos;
    const bool policy = !interpretation && ContainsAnyOf(where, options_.policy_columns);
    if (!interpretation && !policy) continue;
    Doc doc;
    doc.key = NormalizeUrlString(page.url, *kNormalize);
    doc.url = std::move(page.url);
    doc.title = std::move(page.title);
    doc.pub_date = page.pub_date;
    doc.links = std::move(page.related_urls);
    auto& list = interpretation ? interpretations : policies;
    auto& index = interpretation ? interpretation_by_key : policy_by_key;
    if (!index.emplace(doc.key, list.size()).second) continue;  // Same page twice.
    list.push_back(std::move(doc));
  }
  if (policies.empty()) return;
  // A link to a document's own URL that is also its key normalises to
  // itself (the URL normalised to the key): one lookup instead of
  // normalising.
  auto normalises_to_itself = [&](const std::string& url) {
    auto it = policy_by_key.find(url);
    if (it != policy_by_key.end() && policies[it->second].url == url) return true;
    it = interpretation_by_key.find(url);
    return it != interpretation_by_key.end() && interpretations[it->second].url == url;
  };
  for (std::vector<Doc>* list : {&policies, &interpretations}) {
    for (Doc& doc : *list) {
      for (std::string& link : doc.links) {
        if (!normalises_to_itself(link)) link = NormalizeUrlString(link, *kNormalize);
      }
      std::sort(doc.links.begin(), doc.links.end());
      doc.links.erase(std::unique(doc.links.begin(), doc.links.end()), doc.links.end());
    }
  }

  // Pairs (policy, interpretation): either page links to the other, or the
  // policy's title contains a name the interpretation quotes or, when it
  // quotes none, the interpretation's title without 关于/解读 (6 or more
  // characters).
  std::set<std::pair<size_t, size_t>> pairs;
  for (size_t ii = 0; ii < interpretations.size(); ++ii) {
    for (const std::string& link : interpretations[ii].links) {
      if (auto it = policy_by_key.find(link); it != policy_by_key.end()) {
        pairs.emplace(it->second, ii);
      }
    }
  }
  for (size_t pi = 0; pi < policies.size(); ++pi) {
    for (const std::string& link : policies[pi].links) {
      if (auto it = interpretation_by_key.find(link); it != interpretation_by_key.end()) {
        pairs.emplace(pi, it->second);
      }
    }
  }
  const TitleIndex policy_titles(policies);
  for (size_t ii = 0; ii < interpretations.size(); ++ii) {
    const std::string& title = interpretations[ii].title;
    std::vector<std::string> names = QuotedNames(title);
    if (names.empty()) {
      std::string core = InterpretationCore(title, options_.interpretation_words);
      if (CountCodePoints(core) >= 6) names.push_back(std::move(core));
    }
    for (const std::string& name : names) {
      policy_titles.ForEachContaining(name, [&](size_t pi) { pairs.emplace(pi, ii); });
    }
  }

  std::set<size_t> paired_policies;
  for (const auto& [pi, ii] : pairs) {
    paired_policies.insert(pi);
    const Doc& policy = policies[pi];
    const Doc& interp = interpretations[ii];
    if (!interp.LinksTo(policy.key)) {
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
    if (!policy.LinksTo(interp.key)) {
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
