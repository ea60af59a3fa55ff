#include "check/sensitive_word_check.h"

#include <map>

#include "check/text_excerpt.h"

namespace govmon {
namespace {

constexpr size_t kExcerptRadius = 15;

struct Occurrence {
  Finding finding;
  int count = 0;
};

}  // namespace

void SensitiveWordCheck::Inspect(const Document& doc, const PageContext& context,
                                 std::vector<Finding>* out) const {
  if (options_.dictionary == nullptr) return;
  std::vector<TermDictionary::Hit> hits;
  // One finding per distinct term and page; later occurrences only count.
  std::map<const DictionaryEntry*, Occurrence> seen;
  std::vector<const DictionaryEntry*> order;
  for (const TextBlock& block : doc.blocks) {
    hits.clear();
    options_.dictionary->Find(block.text, context.site, &hits);
    for (const TermDictionary::Hit& hit : hits) {
      auto [it, inserted] = seen.try_emplace(hit.entry);
      ++it->second.count;
      if (!inserted) continue;
      order.push_back(hit.entry);
      const DictionaryEntry& e = *hit.entry;
      Finding& f = it->second.finding;
      f.check = std::string(id());
      f.severity = e.level == TermLevel::kBlock ? Severity::kError : Severity::kWarning;
      f.site = context.site;
      f.url = doc.url;
      f.kind = e.category;
      f.evidence = block.text.substr(hit.begin, hit.end - hit.begin);
      f.suggestion = e.replacement;
      f.context = ExcerptWithEllipsis(block.text, hit.begin, hit.end, kExcerptRadius);
      f.location = BlockLocation(block);
      f.detail = std::string(e.level == TermLevel::kBlock ? "禁止使用" : "慎用") + "：" + e.term;
      if (!e.note.empty()) f.detail += "（" + e.note + "）";
      // The dictionary file by name, not the install path: "gambling.tsv:12".
      std::string_view origin = e.origin;
      if (size_t slash = origin.find_last_of('/'); slash != std::string_view::npos) {
        origin.remove_prefix(slash + 1);
      }
      f.detail += "；词库 " + std::string(origin);
    }
  }
  for (const DictionaryEntry* entry : order) {
    Occurrence& o = seen[entry];
    if (o.count > 1) o.finding.detail += "；本文档出现 " + std::to_string(o.count) + " 次";
    out->push_back(std::move(o.finding));
  }
}

}  // namespace govmon
