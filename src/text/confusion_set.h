// ConfusionSets: for each standard Chinese character, the characters a writer
// may have typed or written instead of it, in three groups: same syllable,
// near syllable (fuzzy initials/finals), similar shape. Built by
// tools/typo/build_confusion.py from Unihan into data/typo/confusion.tsv.
// Immutable after Load(); safe to read from many threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/result.h"

namespace govmon {

struct Confusions {
  std::u32string same_sound;
  std::u32string near_sound;
  std::u32string shape;
};

class ConfusionSets {
 public:
  // Reads "char<TAB>same<TAB>near<TAB>shape" lines. Errors name file and line.
  static Result<std::unique_ptr<ConfusionSets>> Load(const std::string& path);
  static Result<std::unique_ptr<ConfusionSets>> Parse(std::string_view text, std::string_view name);

  // The confusions of `c`, or nullptr when it has none.
  const Confusions* Find(char32_t c) const;
  // True when `a` and `b` are in each other's same-sound group.
  bool SameSound(char32_t a, char32_t b) const;
  size_t size() const { return sets_.size(); }

 private:
  std::unordered_map<char32_t, Confusions> sets_;
};

}  // namespace govmon
