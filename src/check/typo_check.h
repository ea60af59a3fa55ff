// typo (错别字): typos and mechanical errors in a page's visible text, found by
// TypoDetector's three layers (known misspellings, statistical, punctuation)
// plus a comparison of the document titles 《…》 the page cites more than
// once. kind: known_misspelling | statistical | punctuation | title_mismatch.
// Every finding has evidence (the wrong text), a suggestion where there is
// one, a confidence and a context excerpt. Inspectors' false-positive
// verdicts come back as ignore rules (per site, term and exact context). A
// PageCheck: pure, thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/check.h"
#include "text/dictionary.h"
#include "text/serious_error_kb.h"
#include "text/typo_detector.h"

namespace govmon {

struct TypoOptions {
  // The loaded data (LoadTypoResources at start-up). Null: the check loads
  // the default data itself (DefaultTypoDataPaths), logging what is missing.
  std::shared_ptr<const TypoResources> resources;
  TypoDetectorOptions detector;
  // Ignore rules, in the allowlist format of text/dictionary.h:
  //   site <TAB> term [<TAB> context]
  // `term` is a finding's evidence; with a context, only occurrences inside
  // exactly that text are ignored. `ignore_files` are read at construction.
  std::vector<AllowEntry> ignore;
  std::vector<std::string> ignore_files;
  // Users' own misspelling lists (the format of
  // data/typo/common_misspellings.tsv), added to the shipped ones at
  // construction: wrong<TAB>right[<TAB>except=phrase|phrase].
  std::vector<std::string> misspelling_files;
  // At most this many findings per page: a page full of "typos" is in a
  // language or style the models do not know.
  int max_findings_per_page = 30;
  // When the serious_error check runs too, its knowledge base: a typo inside
  // a serious error (合 in 中华人民共合国) is left to that check, which
  // reports the whole name with veto severity, rather than said twice.
  // NewPageChecks sets it; null: every typo is reported.
  std::shared_ptr<const SeriousErrorKnowledge> serious_errors;
};

// True when `rules` ignore a finding with evidence `term` at byte `begin` of
// `text`, on site `site` (a start URL; matched exactly or by host).
bool IgnoredByRules(const std::vector<AllowEntry>& rules, std::string_view site,
                    std::string_view term, std::string_view text, size_t begin);
// Reads allowlist-format ignore files into `out`; unreadable or malformed
// files are logged as warnings and skipped.
void LoadIgnoreFiles(const std::vector<std::string>& files, std::vector<AllowEntry>* out);
// Reads and parses one ignore file; the first problem names the file and
// line. For a configuration to refuse a bad file up front.
Status CheckIgnoreFile(const std::string& path);
// The page's publication date: a <meta> or labelled date of the main
// content, else meta PubDate; for proofreading, the as-of date.
std::optional<Date> PublicationDate(const Document& doc, const PageContext& context);
// How many characters either side of a typo or serious error its finding's
// context shows (ExcerptWithEllipsis in check/text_excerpt.h).
inline constexpr size_t kTypoContextChars = 15;

class TypoCheck final : public PageCheck {
 public:
  explicit TypoCheck(TypoOptions options);
  std::string_view id() const override { return "typo"; }
  void Inspect(const Document& doc, const PageContext& context,
               std::vector<Finding>* out) const override;

 private:
  // Detects typos in `text`, remembering the hits of short blocks: a site
  // repeats its navigation, footer and list captions on every page, and the
  // statistical layer is the most expensive work a page check does. The
  // memo changes no result (Detect is a pure function of the text), so the
  // check stays stateless to its callers; it is guarded by a mutex.
  void DetectMemoized(const std::string& text, std::vector<TypoHit>* hits) const;

  TypoOptions options_;
  std::unique_ptr<TypoDetector> detector_;
  mutable std::mutex memo_mu_;
  mutable std::unordered_map<std::string, std::vector<TypoHit>> memo_;
};

// The site half of the title comparison: page titles across one crawl that
// differ in one confusable character (关于印发管理办法的通知 / …关理办法…). Same
// check id "typo", kind title_mismatch, reported on the page whose title
// reads worse. A SiteCheck: pure, thread-safe.
class TypoTitleCheck final : public SiteCheck {
 public:
  explicit TypoTitleCheck(TypoOptions options);
  std::string_view id() const override { return "typo"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  TypoOptions options_;
  std::unique_ptr<TypoDetector> detector_;
};

}  // namespace govmon
