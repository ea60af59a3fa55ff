// Term dictionaries: plain tab-separated files that users edit (sensitive
// words, banned and caution wording) and allowlists that silence known false
// positives. A TermDictionary is built once at start-up from those files; it is
// immutable afterwards and Find() is safe to call from many threads at once.
//
// Dictionary file, UTF-8, one entry per line; '#' starts a comment line:
//   term <TAB> category <TAB> level [<TAB> replacement [<TAB> note]]
//   百家乐	gambling	block		博彩游戏名
//   残废人	banned_wording	block	残疾人	新华社禁用词
// category: lower-case ASCII id (it becomes the finding kind);
// level: "block" (must not appear) or "caution" (check the wording).
//
// Allowlist file, same syntax:
//   site <TAB> term [<TAB> context]
//   *	博彩	打击博彩
//   http://www.example.gov.cn/	成人高考
// site "*" means every site, otherwise the site's start URL, or its host. With
// a context, only occurrences inside exactly that text are allowed.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "text/normalizer.h"
#include "text/phrase_matcher.h"

namespace govmon {

enum class TermLevel { kBlock, kCaution };

struct DictionaryEntry {
  std::string term;
  std::string category;
  TermLevel level = TermLevel::kBlock;
  std::string replacement;  // May be empty.
  std::string note;         // May be empty.
  std::string origin;       // "file:line", for reports and error messages.
  friend bool operator==(const DictionaryEntry&, const DictionaryEntry&) = default;
};

struct AllowEntry {
  std::string site;  // "*" for every site.
  std::string term;
  std::string context;  // Empty: every occurrence of `term` is allowed.
  std::string origin;
  friend bool operator==(const AllowEntry&, const AllowEntry&) = default;
};

// Parses dictionary text; `name` prefixes error messages, which name the line:
// "gambling.tsv:12: unknown level 'blok' (want block or caution)".
Status ParseDictionary(std::string_view text, std::string_view name,
                       std::vector<DictionaryEntry>* out);
// Parses allowlist text, with errors named as above.
Status ParseAllowlist(std::string_view text, std::string_view name, std::vector<AllowEntry>* out);

// The files TermDictionary::LoadDirectory() reads: every *.tsv / *.txt in
// `dir` is a dictionary, every one under `dir`/allow/ an allowlist.
struct DictionaryFiles {
  std::vector<std::string> dictionaries;
  std::vector<std::string> allowlists;
};

class TermDictionary {
 public:
  struct Hit {
    const DictionaryEntry* entry = nullptr;  // Owned by the dictionary.
    size_t begin = 0;                        // Byte range in the original text passed to Find().
    size_t end = 0;
  };

  // Builds the matcher. Terms are normalised the way Find() normalises text
  // (width, case, spacing tricks, and `t2s` when given), so a term written in
  // traditional characters or full width still matches. Fails on duplicate
  // terms, naming both places.
  static Result<std::unique_ptr<TermDictionary>> Build(std::vector<DictionaryEntry> entries,
                                                       std::vector<AllowEntry> allow,
                                                       std::shared_ptr<const CharMap> t2s);
  // Reads the files, parses them and builds. Errors name the file and line.
  static Result<std::unique_ptr<TermDictionary>> Load(const DictionaryFiles& files,
                                                      std::shared_ptr<const CharMap> t2s);
  // Lists the dictionary and allowlist files of a directory (sorted by name).
  // NotFound when `dir` does not exist.
  static Result<DictionaryFiles> ListDirectory(const std::string& dir);

  // Appends the dictionary terms found in `text` to `out`, skipping those
  // allowed for `site` (a start URL; "" for none), ordered by position.
  // Overlapping terms are all reported, except a term inside a longer term of
  // the same category at the same place.
  void Find(std::string_view text, std::string_view site, std::vector<Hit>* out) const;

  const std::vector<DictionaryEntry>& entries() const { return entries_; }
  const NormalizeOptions& normalize_options() const { return normalize_; }

 private:
  TermDictionary() = default;
  bool Allowed(const DictionaryEntry& entry, const NormalizedText& text, size_t begin,
               std::string_view site) const;

  std::vector<DictionaryEntry> entries_;
  std::vector<AllowEntry> allow_;
  std::vector<std::string> allow_context_;  // Normalised AllowEntry::context.
  // For each entry, indexes into allow_ of its allowlist entries.
  std::vector<std::vector<size_t>> allow_by_entry_;
  std::vector<size_t> term_bytes_;  // Normalised term length per entry.
  std::shared_ptr<const CharMap> t2s_;
  NormalizeOptions normalize_;
  std::unique_ptr<PhraseMatcher> matcher_;
  // Some term has no letter and no non-ASCII character ("12345"); otherwise
  // texts of only digits and punctuation (spreadsheet numbers) are skipped.
  bool has_symbol_only_term_ = false;
};

}  // namespace govmon
