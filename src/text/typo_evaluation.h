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

#include "text/confusion_set.h"
#include "text/typo_detector.h"

namespace govmon {

// Splits prose at 。！？ (keeping the mark) and returns the sentences whose
// length in code points is within [min_chars, max_chars], trimmed.
std::vector<std::string> SplitSentences(std::string_view text, size_t min_chars, size_t max_chars);

struct LabeledSentence {
  std::string text;
  // Byte offsets in `text` of the characters that are wrong; empty when clean.
  std::vector<size_t> errors;
};

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

}  // namespace govmon
