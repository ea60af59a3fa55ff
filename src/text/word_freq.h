// WordFrequencies: a word list with corpus frequencies and part-of-speech tags,
// read from jieba's dict.txt (package python3-jieba): "word freq [tag]" per
// line. It is the vocabulary the Segmenter cuts text into and the unigram
// model the typo detector backs the language model with. Immutable after
// Load(); safe to read from many threads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/result.h"

namespace govmon {

// The tags the typo checks care about; everything else is kOther.
enum class WordTag : uint8_t {
  kOther,
  kPersonName,    // nr, nrfg, nrt
  kPlaceName,     // ns
  kOrganization,  // nt
  kIdiom,         // i (成语), l (习用语)
};

struct WordInfo {
  uint32_t freq = 0;   // 0: only a prefix of longer words, not a word.
  float log_prob = 0;  // log10(freq / total); meaningful when freq > 0.
  WordTag tag = WordTag::kOther;
};

class WordFrequencies {
 public:
  // Reads jieba-format dictionaries; a word in several keeps its highest
  // frequency and its last tag. Errors name the file and line.
  static Result<std::unique_ptr<WordFrequencies>> Load(const std::vector<std::string>& paths);
  // Parses dictionary texts; `names` prefix error messages ("dict.txt:3: …").
  static Result<std::unique_ptr<WordFrequencies>> Parse(const std::vector<std::string_view>& texts,
                                                        const std::vector<std::string>& names);

  // The entry for `word`, or nullptr when it is neither a word nor a prefix of one.
  const WordInfo* Find(std::string_view word) const;

  // The list as a trie over code points, for callers that extend a candidate
  // word one character at a time (the segmenter's word graph): one table
  // probe per character instead of hashing every longer prefix again.
  // Node 0 is the root (the empty string).
  static constexpr uint32_t kRoot = 0;
  // The node for the text of `node` followed by `c`; kRoot when no word
  // starts that way.
  uint32_t Child(uint32_t node, char32_t c) const;
  // The entry of a node other than kRoot (freq 0 for a prefix only).
  const WordInfo& Info(uint32_t node) const { return nodes_[node]; }
  // Frequency of `word`; 0 when it is not a word.
  uint32_t Frequency(std::string_view word) const {
    const WordInfo* info = Find(word);
    return info ? info->freq : 0;
  }
  // True when the characters `a` `b` stand next to each other inside some
  // word of the list: a pair no word has is a sign of a typo.
  bool PairInWord(char32_t a, char32_t b) const {
    return std::binary_search(pairs_.begin(), pairs_.end(), (static_cast<uint64_t>(a) << 32) | b);
  }
  // How many two-character words begin with `c`, and how many end with it: a
  // character's habit of forming words in that position. An unknown pair
  // whose first character often begins words and whose second often ends
  // them (铺通, 扶志) may be a word the list lacks; a typo's pair seldom is.
  uint32_t FirstOfPairWords(char32_t c) const {
    auto it = positions_.find(c);
    return it == positions_.end() ? 0 : it->second.first;
  }
  uint32_t LastOfPairWords(char32_t c) const {
    auto it = positions_.find(c);
    return it == positions_.end() ? 0 : it->second.second;
  }
  // log10 probability a word of frequency 1 would have: the floor for unknown text.
  float min_log_prob() const { return min_log_prob_; }
  size_t word_count() const { return word_count_; }
  // Longest word, in code points.
  size_t max_word_chars() const { return max_word_chars_; }

 private:
  // Adds the path for `word` and returns its node.
  uint32_t Insert(std::string_view word);
  // Rebuilds the transition table at twice the capacity.
  void Grow();
  static uint64_t EdgeKey(uint32_t node, char32_t c) {
    return (static_cast<uint64_t>(node) << 21) | static_cast<uint64_t>(c);
  }
  size_t Slot(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }

  std::vector<WordInfo> nodes_;  // By node; nodes_[kRoot] is unused.
  // Open addressing with linear probing: edge key → child node; an empty
  // slot has child kRoot. Kept at most half full.
  std::vector<uint64_t> edge_keys_;
  std::vector<uint32_t> edge_children_;
  int shift_ = 64;
  size_t edges_ = 0;
  std::vector<uint64_t> pairs_;  // Sorted.
  // Per character: two-character words it begins, and ends.
  std::unordered_map<char32_t, std::pair<uint32_t, uint32_t>> positions_;
  float min_log_prob_ = -10;
  size_t word_count_ = 0;
  size_t max_word_chars_ = 1;
};

}  // namespace govmon
