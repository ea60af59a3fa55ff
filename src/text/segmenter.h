// Segmenter: cuts Chinese text into words of a WordFrequencies vocabulary, the
// way jieba does without its HMM: among all ways to cover the text with
// dictionary words (single characters always allowed), it picks the one with
// the highest product of unigram probabilities, by dynamic programming over
// the word graph. Stateless apart from the borrowed vocabulary; safe to call
// from many threads at once.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/word_freq.h"

namespace govmon {

struct Token {
  size_t begin = 0;  // Byte range in the segmented text.
  size_t end = 0;
  size_t chars = 0;                // Length in code points.
  const WordInfo* info = nullptr;  // nullptr when not a dictionary word.
  bool is_word() const { return info != nullptr && info->freq > 0; }
  friend bool operator==(const Token& a, const Token& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

class Segmenter {
 public:
  // `words` must outlive the Segmenter.
  explicit Segmenter(const WordFrequencies* words) : words_(words) {}

  // Appends the tokens of `text` to `out`, in order, covering all of it.
  // Non-Han characters form single-character tokens, except that runs of
  // ASCII letters and digits stay together.
  void Segment(std::string_view text, std::vector<Token>* out) const;
  // log10 probability of the best segmentation of `text` under the unigram model.
  float BestLogProb(std::string_view text) const;

 private:
  float Run(std::string_view text, std::vector<Token>* out) const;
  const WordFrequencies* words_;
};

}  // namespace govmon
