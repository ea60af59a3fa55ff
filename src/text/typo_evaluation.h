// Building blocks of the typo evaluation (bench/typo and the CI test): cutting
// prose into sentences, injecting errors with the confusion sets and the
// misspelling list, and sentence-level scoring. Deterministic for a given
// seed. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "text/confusion_set.h"
#include "text/serious_error_kb.h"
#include "text/typo_detector.h"

namespace govmon {

struct LabeledSentence {
  std::string text;
  // Byte offsets in `text` of the characters that are wrong; empty when clean.
  std::vector<size_t> errors;
};

// The evaluation corpus of clean prose, assembled at run time from the shared
// data directory (never copied into the repository): sentences of the
// government work reports 1954-2018 and the 学习强国 clean sentences, shuffled
// with `seed`, at most `limit`. NotFound naming the file when one is missing.
Result<std::vector<std::string>> AssembleCleanCorpus(const std::string& data_dir, size_t limit,
                                                     unsigned seed);

// The ECSpell official-document sentences (ecspell_odw_train.json) with their
// error positions.
Result<std::vector<LabeledSentence>> LoadEcspell(const std::string& path);

// Splits prose at 。！？ (keeping the mark) and returns the sentences whose
// length in code points is within [min_chars, max_chars], trimmed.
std::vector<std::string> SplitSentences(std::string_view text, size_t min_chars, size_t max_chars);

// Replaces one Han character of `sentence` by a character of its confusion
// set: same sound with probability `same_sound_share`, else near sound or
// similar shape. Returns false when no character of the sentence has one.
bool InjectConfusion(const std::string& sentence, const ConfusionSets& confusions,
                     double same_sound_share, std::mt19937* rng, LabeledSentence* out);

// Replaces one occurrence of a right form from `entries` in `sentence` by its
// wrong form. Returns false when the sentence holds no right form.
bool InjectMisspelling(const std::string& sentence, const std::vector<MisspellingEntry>& entries,
                       std::mt19937* rng, LabeledSentence* out);

// Sentence-level detection counts, the usual CSC measure: a flagged sentence
// is a true positive when it has errors and the flagged characters are
// exactly its error characters.
struct DetectionCounts {
  int sentences = 0;
  int with_errors = 0;
  int flagged = 0;
  int true_positives = 0;
  size_t chars = 0;
  double precision() const { return flagged ? double(true_positives) / flagged : 1.0; }
  double recall() const { return with_errors ? double(true_positives) / with_errors : 1.0; }
  void Add(const LabeledSentence& sentence, const std::vector<TypoHit>& hits);
};

// Everything the evaluation measures, for one detector configuration.
struct TypoEvaluation {
  DetectionCounts clean;        // All layers and the serious-error check on clean prose.
  int clean_findings = 0;       // Findings on clean prose (each is a false alarm).
  DetectionCounts statistical;  // Statistical layer: every sentence clean and injected.
  DetectionCounts known;        // Known-misspelling layer: likewise.
  DetectionCounts ecspell;      // All typo layers but punctuation, on ECSpell.
  DetectionCounts ecspell_statistical;
  double cpu_seconds = 0;  // CPU time of the clean pass (typo + serious_error).
  // With `keep_examples`: "kind\twrong→right\tsentence" for each false alarm
  // on clean prose and each statistical miss.
  std::vector<std::string> false_alarms;
  std::vector<std::string> misses;
};

// Runs the evaluation over `clean` (and `ecspell` when not null). Errors are
// injected with a generator seeded by `seed`: per sentence one confusion-set
// replacement (70 % same sound) and, where a right form occurs, one known
// misspelling. `knowledge` may be null.
TypoEvaluation EvaluateTypo(std::shared_ptr<const TypoResources> resources,
                            const SeriousErrorKnowledge* knowledge,
                            const TypoDetectorOptions& options,
                            const std::vector<std::string>& clean,
                            const std::vector<LabeledSentence>* ecspell, unsigned seed,
                            bool keep_examples);

}  // namespace govmon
