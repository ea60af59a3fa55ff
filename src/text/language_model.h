// LanguageModel: the Chinese word-trigram model of fcitx5's libime (Debian
// libime-data-language-model, zh_CN.lm, KenLM format), behind a small
// interface. Scores are log10 probabilities. The model is word-based: text
// must be segmented into words (Segmenter) before scoring. Immutable after
// Open(); Score() is safe to call from many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace govmon {

class LanguageModel {
 public:
  static constexpr uint32_t kUnknownWord = 0;

  // Loads the model file. NotFound when it does not exist, Corruption when
  // libime cannot read it.
  static Result<std::unique_ptr<LanguageModel>> Open(const std::string& path);
  // The usual install places of zh_CN.lm on Debian (any architecture); the
  // first that exists, or "" when none does.
  static std::string FindDefaultModel();

  ~LanguageModel();
  LanguageModel(const LanguageModel&) = delete;
  LanguageModel& operator=(const LanguageModel&) = delete;

  // Index of `word` in the model's vocabulary, kUnknownWord when absent.
  uint32_t Index(std::string_view word) const;
  bool Contains(std::string_view word) const { return Index(word) != kUnknownWord; }

  // log10 probability of the word sequence `words`, at the beginning of a
  // sentence when `sentence_start`, else without left context. Words outside
  // the vocabulary get the model's unknown-word penalty.
  float Score(const std::vector<std::string_view>& words, bool sentence_start) const;

 private:
  struct Impl;
  explicit LanguageModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace govmon
