#include "check/serious_error_check.h"

#include <set>
#include <tuple>

#include "check/text_excerpt.h"
#include "check/typo_check.h"
#include "text/typo_resources.h"

namespace govmon {

SeriousErrorCheck::SeriousErrorCheck(SeriousErrorOptions options) : options_(std::move(options)) {
  if (!options_.knowledge) {
    SeriousErrorPaths paths = DefaultSeriousErrorPaths();
    paths.dirs.insert(paths.dirs.end(), options_.extra_kb_dirs.begin(),
                      options_.extra_kb_dirs.end());
    auto resources = LoadTypoResources(DefaultTypoDataPaths());
    options_.knowledge = LoadSeriousErrorKnowledge(paths, resources.get());
  }
  LoadIgnoreFiles(options_.ignore_files, &options_.ignore);
}

void SeriousErrorCheck::Inspect(const Document& doc, const PageContext& context,
                                std::vector<Finding>* out) const {
  std::optional<Date> date = PublicationDate(doc, context);
  std::set<std::tuple<std::string, std::string>> seen;
  std::vector<SeriousErrorHit> hits;
  auto inspect = [&](const std::string& text, const std::string& location) {
    hits.clear();
    options_.knowledge->Find(text, date, &hits);
    for (const SeriousErrorHit& h : hits) {
      if (IgnoredByRules(options_.ignore, context.site, h.wrong, text, h.begin)) continue;
      Finding f;
      f.check = "serious_error";
      f.severity = h.veto ? Severity::kVeto : Severity::kError;
      f.site = context.site;
      f.url = doc.url;
      f.kind = h.kind;
      f.evidence = h.wrong;
      f.suggestion = h.suggestion;
      f.context = ExcerptWithEllipsis(text, h.begin, h.end, kTypoContextChars);
      f.location = location;
      f.detail = h.detail;
      f.confidence = h.veto ? 0.95 : 0.8;
      if (!seen.insert({f.evidence, f.context}).second) continue;
      out->push_back(std::move(f));
    }
  };
  bool title_in_blocks = doc.title.empty();
  for (const TextBlock& block : doc.blocks) {
    if (block.text == doc.title) title_in_blocks = true;
    inspect(block.text, block.location);
  }
  if (!title_in_blocks) inspect(doc.title, "标题");
}

}  // namespace govmon
