// TypoDetector: finds typos (错别字) and mechanical errors in Chinese text, in
// three layers:
//   known_misspelling  a dictionary of wrong → right forms (data/typo/*.tsv),
//                      matched in one pass, each match confirmed by the
//                      segmentation so that a form spanning two words (以经济)
//                      is not taken for a misspelling (以经);
//   statistical        a character whose replacement from its confusion set
//                      (same/near sound, similar shape) makes the sentence
//                      decisively more probable under the word-trigram language
//                      model backed by jieba unigram frequencies;
//   punctuation        unbalanced 《》（）“”, half-width punctuation between
//                      Chinese characters, doubled function characters (的的).
// Person and place names are never corrected. Built once from TypoResources;
// immutable, and Detect() is safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "text/confusion_set.h"
#include "text/language_model.h"
#include "text/phrase_matcher.h"
#include "text/segmenter.h"
#include "text/word_freq.h"

namespace govmon {

enum class TypoKind { kKnownMisspelling, kStatistical, kPunctuation, kTitleMismatch };
// "known_misspelling", "statistical", "punctuation", "title_mismatch".
std::string_view TypoKindName(TypoKind kind);

struct MisspellingEntry {
  std::string wrong;
  std::string right;
  // Longer phrases, each containing `wrong`, in which it is legitimate.
  std::vector<std::string> except;
  std::string origin;  // "file:line".
};

// Parses misspelling lines "wrong<TAB>right[<TAB>except=a|b]"; `name` prefixes
// errors ("common_misspellings.tsv:7: …").
Status ParseMisspellings(std::string_view text, std::string_view name,
                         std::vector<MisspellingEntry>* out);

// The data every layer reads. Any member may be null: a layer whose data is
// missing is skipped (TypoResources::Load logs which).
struct TypoResources {
  std::shared_ptr<const WordFrequencies> words;
  std::shared_ptr<const LanguageModel> model;
  std::shared_ptr<const ConfusionSets> confusions;
  std::vector<MisspellingEntry> misspellings;
  std::shared_ptr<const PhraseMatcher> misspelling_matcher;
  // Common surnames (single characters) and compound surnames.
  std::unordered_set<char32_t> surnames;
  std::unordered_set<std::u32string> compound_surnames;
};

struct TypoDetectorOptions {
  bool known_misspellings = true;
  bool statistical = true;
  bool punctuation = true;
  // Minimum gain in log10 probability of the corrected sentence over the
  // original for a same-sound correction; near-sound and shape corrections
  // must gain `extra_for_weak_confusion` more.
  double min_gain = 4.0;
  double extra_for_weak_confusion = 2.0;
  // Extra gain required when the original character forms a word with a
  // neighbour (any jieba frequency): it may be a rare word the models lack.
  double extra_for_original_word = 2.0;
  // Extra gain required to restore a function character (和, 从, 的) that
  // completes no word: only the language model speaks for it.
  double extra_for_function_char = 1.0;
  // A word the correction forms must have at least this jieba frequency.
  unsigned min_word_freq = 30;
  // Words less frequent than this are examined like single characters.
  unsigned rare_word_freq = 20;
  // A candidate is reported when its combined evidence reaches
  // `min_evidence`:
  //   (gain − threshold) + unigram_weight × unigram gain
  //     − novel_word_weight × log10(1 + plausibility of the original pair)
  // where threshold is min_gain plus the extras above; the unigram gain is
  // that of the best jieba segmentation alone, so a correction must read
  // better to both models; and the plausibility of the original pair is how
  // readily its first character begins and its second ends two-character
  // words (铺通, 扶志 may be words the lists lack; a typo's pair seldom
  // is). A candidate whose gain falls more than `max_gain_shortfall` short
  // of its threshold is never reported.
  double unigram_weight = 1.5;
  double novel_word_weight = 1.5;
  double min_evidence = 2.75;
  double max_gain_shortfall = 3.0;
  // More statistical hits than this in one clause means the clause is not
  // ordinary prose (a name list, classical Chinese): none are reported.
  int max_hits_per_clause = 2;
};

struct TypoHit {
  size_t begin = 0;  // Byte range of the wrong text in the detected text.
  size_t end = 0;
  std::string wrong;
  std::string suggestion;  // Empty when there is nothing to suggest.
  TypoKind kind = TypoKind::kStatistical;
  double confidence = 0;  // 0..1.
  std::string detail;     // Human-readable reason.
};

class TypoDetector {
 public:
  TypoDetector(std::shared_ptr<const TypoResources> resources, TypoDetectorOptions options);

  // Appends the problems found in `text` (one paragraph or cell) to `out`,
  // ordered by position.
  void Detect(std::string_view text, std::vector<TypoHit>* out) const;

  // The layers one by one (Detect runs all enabled ones).
  void DetectKnown(std::string_view text, std::vector<TypoHit>* out) const;
  void DetectStatistical(std::string_view text, std::vector<TypoHit>* out) const;
  void DetectPunctuation(std::string_view text, std::vector<TypoHit>* out) const;

  // True when a statistical hit at bytes [begin, end) of `text` is a term
  // the document uses again: the character with its left or right neighbour
  // occurs in two different surroundings in the texts of `document` (every
  // block of a page, `text` among them). A typo seldom repeats itself letter
  // for letter; a term the models lack (思政课) does.
  static bool RepeatedInDocument(std::string_view text, size_t begin, size_t end,
                                 const std::vector<std::string_view>& document);

  // Compares titles (the text inside 《》 of one document, or the page
  // titles of a site) that differ in one confusable character: the less
  // probable spelling is reported (`wrong`, with `begin`/`end` the differing
  // character's bytes in it) against the other (`suggestion`). `titles` may
  // repeat; each distinct pair is reported once.
  void CompareTitles(const std::vector<std::string>& titles, std::vector<TypoHit>* out) const;

  // log10 probability of a clause of Chinese text under the hybrid model
  // (language model where it knows the word, jieba unigram where it does
  // not). `sentence_start` selects the begin-of-sentence context.
  float ScoreClause(std::string_view clause, bool sentence_start) const;

  const TypoResources& resources() const { return *resources_; }

 private:
  struct Clause;
  // `protected_tail`: characters at the end of the clause that are an
  // address (a proper noun) and are never corrected.
  void DetectInClause(std::string_view text, size_t begin, size_t end, bool sentence_start,
                      size_t protected_tail, std::vector<TypoHit>* out) const;
  float ScoreTokens(std::string_view text, const std::vector<Token>& tokens,
                    bool sentence_start) const;
  bool InsideName(const std::vector<char32_t>& cps, const std::vector<Token>& tokens,
                  const std::vector<size_t>& token_of, size_t i) const;

  std::shared_ptr<const TypoResources> resources_;
  TypoDetectorOptions options_;
  Segmenter segmenter_;
};

}  // namespace govmon
