// SeriousErrorKnowledge: the knowledge base behind the serious_error check
// (严重表述错误, a single-veto item): wrong forms of state and organ names and of
// official formulations, leaders with their titles and terms of office, and
// institution names superseded by reforms with the date they were replaced.
// Plain tab-separated files that users edit (data/kb/*.tsv and their own
// directories); read at start-up, so new entries need no rebuild. Immutable
// after Load(); Find() is safe to call from many threads at once.
//
// wrong_forms.tsv    wrong <TAB> right <TAB> category
//                    category: state_name organ_name formulation leader_name
//                    place_name (veto) or wording (error)
// leaders.tsv        name <TAB> title <TAB> from <TAB> to      (ISO dates; empty
//                    `to` while in office). One line per title held.
// superseded.tsv     old name <TAB> new name <TAB> since <TAB> note
//                    (`since`: from this date the old name is outdated)
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "text/confusion_set.h"
#include "text/phrase_matcher.h"
#include "text/typo_detector.h"
#include "text/word_freq.h"

namespace govmon {

struct WrongFormEntry {
  std::string wrong, right, category, origin;
};
struct LeaderEntry {
  std::string name, title;
  Date from;
  std::optional<Date> to;
  std::string origin;
};
struct SupersededEntry {
  std::string old_name, new_name;
  Date since;
  std::string note, origin;
};

struct SeriousErrorHit {
  size_t begin = 0;  // Byte range in the searched text.
  size_t end = 0;
  std::string wrong;
  std::string suggestion;
  // wrong_form category, or leader_name, leader_title, leader_outdated,
  // superseded_name.
  std::string kind;
  bool veto = true;  // False for wording and outdated-but-once-right text.
  std::string detail;
};

// Parsers; `name` prefixes errors, which name the line ("leaders.tsv:4: bad date '2023-13-01'").
Status ParseWrongForms(std::string_view text, std::string_view name,
                       std::vector<WrongFormEntry>* out);
Status ParseLeaders(std::string_view text, std::string_view name, std::vector<LeaderEntry>* out);
Status ParseSuperseded(std::string_view text, std::string_view name,
                       std::vector<SupersededEntry>* out);

struct SeriousErrorPaths {
  // Directories holding wrong_forms.tsv, leaders.tsv, superseded.tsv (any
  // may be absent); later directories add to earlier ones.
  std::vector<std::string> dirs;
};
// data/kb under FindGovmonDataDir().
SeriousErrorPaths DefaultSeriousErrorPaths();

class SeriousErrorKnowledge {
 public:
  // Builds the matcher. `confusions` and `words` (both may be null) let it
  // derive misspelt forms of leaders' names: same-sound replacements that
  // are not words themselves. `words` also tells whether an old institution
  // name runs on into a word (农业部门 is not 农业部); it must outlive the
  // knowledge base.
  static Result<std::unique_ptr<SeriousErrorKnowledge>> Build(
      std::vector<WrongFormEntry> wrong_forms, std::vector<LeaderEntry> leaders,
      std::vector<SupersededEntry> superseded, const ConfusionSets* confusions,
      const WordFrequencies* words);

  // Appends the serious errors in `text` to `out`, by position. `date` is the
  // text's publication date; without one, date-dependent rules (outdated
  // titles and names) are not applied.
  void Find(std::string_view text, std::optional<Date> date,
            std::vector<SeriousErrorHit>* out) const;

  size_t pattern_count() const { return patterns_.size(); }

 private:
  enum class PatternType { kWrongForm, kNameVariant, kLeaderName, kTitle, kSuperseded };
  struct Pattern {
    PatternType type;
    size_t index;  // Into the entry vector of its type.
    std::string text;
    std::string right;         // kNameVariant: the correct name.
    bool needs_title = false;  // kNameVariant: only next to a title.
  };
  SeriousErrorKnowledge() = default;

  std::vector<WrongFormEntry> wrong_forms_;
  std::vector<LeaderEntry> leaders_;
  std::vector<SupersededEntry> superseded_;
  std::vector<Pattern> patterns_;
  std::unique_ptr<PhraseMatcher> matcher_;
  const WordFrequencies* words_ = nullptr;
};

// Reads the knowledge-base files in `dir` as LoadSeriousErrorKnowledge
// would, and returns the first problem (a missing directory, a line that
// does not parse, naming file and line); for a configuration to refuse a
// bad user directory up front rather than skip it with a warning.
Status CheckKnowledgeDir(const std::string& dir);

// Loads every file of `paths`; files that fail to parse are logged and
// skipped, so one bad user file does not disable the shipped entries. Cached
// like LoadTypoResources.
// `resources` (may be null) supplies the confusion sets and word list for
// Build().
std::shared_ptr<const SeriousErrorKnowledge> LoadSeriousErrorKnowledge(
    const SeriousErrorPaths& paths, const TypoResources* resources);

}  // namespace govmon
