#include "text/word_freq.h"

#include <bit>
#include <cmath>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/data_lines.h"

namespace govmon {
namespace {

WordTag TagFromJieba(std::string_view tag) {
  if (tag == "nr" || tag == "nrfg" || tag == "nrt") return WordTag::kPersonName;
  if (tag == "ns") return WordTag::kPlaceName;
  if (tag == "nt") return WordTag::kOrganization;
  if (tag == "i" || tag == "l") return WordTag::kIdiom;
  return WordTag::kOther;
}

}  // namespace

Result<std::unique_ptr<WordFrequencies>> WordFrequencies::Load(
    const std::vector<std::string>& paths) {
  std::vector<std::string> contents;
  for (const std::string& path : paths) {
    Result<std::string> text = ReadTextFile(path);
    if (!text.ok()) return text.status();
    contents.push_back(std::move(*text));
  }
  return Parse(std::vector<std::string_view>(contents.begin(), contents.end()), paths);
}

Result<std::unique_ptr<WordFrequencies>> WordFrequencies::Parse(
    const std::vector<std::string_view>& texts, const std::vector<std::string>& names) {
  auto words = std::unique_ptr<WordFrequencies>(new WordFrequencies());
  struct Raw {
    std::string_view word;
    uint32_t freq;
    WordTag tag;
  };
  std::vector<Raw> raw;
  double total = 0;
  for (size_t file = 0; file < texts.size(); ++file) {
    std::string_view name = file < names.size() ? std::string_view(names[file]) : "<text>";
    size_t line_no = 0;
    for (std::string_view line : Split(texts[file], '\n')) {
      ++line_no;
      line = TrimAscii(line);
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string_view> fields;
      for (std::string_view f : Split(line, ' ')) {
        if (!f.empty()) fields.push_back(f);
      }
      unsigned long long freq = 0;
      if (fields.size() < 2 || !ParseUint(fields[1], &freq) || freq > 0xFFFFFFFFull) {
        return CorruptionError(std::string(name) + ":" + std::to_string(line_no) +
                               ": expected 'word frequency [tag]'");
      }
      if (!IsValidUtf8(fields[0])) {
        return CorruptionError(std::string(name) + ":" + std::to_string(line_no) +
                               ": word is not UTF-8");
      }
      raw.push_back({fields[0], static_cast<uint32_t>(freq),
                     fields.size() > 2 ? TagFromJieba(fields[2]) : WordTag::kOther});
      total += static_cast<double>(freq);
    }
  }
  if (raw.empty() || total <= 0) {
    return CorruptionError((names.empty() ? std::string("<text>") : names[0]) + ": no words");
  }
  const double log_total = std::log10(total);
  words->nodes_.emplace_back();  // The root.
  for (const Raw& r : raw) {
    if (r.freq == 0) continue;
    // Every prefix of a word is a trie node (frequency 0 unless it is a word
    // too), so the segmenter stops extending a candidate word as soon as no
    // word starts that way.
    size_t pos = 0;
    size_t chars = 0;
    char32_t prev = 0;
    char32_t first = 0;
    while (pos < r.word.size()) {
      char32_t c = DecodeUtf8(r.word, &pos);
      if (prev != 0) words->pairs_.push_back((static_cast<uint64_t>(prev) << 32) | c);
      if (prev == 0) first = c;
      prev = c;
      ++chars;
    }
    WordInfo& info = words->nodes_[words->Insert(r.word)];
    if (info.freq == 0) {
      ++words->word_count_;
      if (chars == 2) {
        ++words->positions_[first].first;
        ++words->positions_[prev].second;
      }
    }
    info.freq = std::max(info.freq, r.freq);
    info.log_prob = static_cast<float>(std::log10(static_cast<double>(info.freq)) - log_total);
    info.tag = r.tag;
    words->max_word_chars_ = std::max(words->max_word_chars_, chars);
  }
  std::sort(words->pairs_.begin(), words->pairs_.end());
  words->pairs_.erase(std::unique(words->pairs_.begin(), words->pairs_.end()), words->pairs_.end());
  words->min_log_prob_ = static_cast<float>(-log_total);
  return words;
}

const WordInfo* WordFrequencies::Find(std::string_view word) const {
  uint32_t node = kRoot;
  for (size_t pos = 0; pos < word.size();) {
    node = Child(node, DecodeUtf8(word, &pos));
    if (node == kRoot) return nullptr;
  }
  return node == kRoot ? nullptr : &nodes_[node];
}

uint32_t WordFrequencies::Child(uint32_t node, char32_t c) const {
  if (edge_keys_.empty()) return kRoot;
  const uint64_t key = EdgeKey(node, c);
  const size_t mask = edge_keys_.size() - 1;
  for (size_t slot = Slot(key);; slot = (slot + 1) & mask) {
    if (edge_children_[slot] == kRoot) return kRoot;
    if (edge_keys_[slot] == key) return edge_children_[slot];
  }
}

uint32_t WordFrequencies::Insert(std::string_view word) {
  uint32_t node = kRoot;
  for (size_t pos = 0; pos < word.size();) {
    const char32_t c = DecodeUtf8(word, &pos);
    uint32_t child = Child(node, c);
    if (child == kRoot) {
      if (2 * (edges_ + 1) > edge_keys_.size()) Grow();
      child = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      const uint64_t key = EdgeKey(node, c);
      const size_t mask = edge_keys_.size() - 1;
      size_t slot = Slot(key);
      while (edge_children_[slot] != kRoot) slot = (slot + 1) & mask;
      edge_keys_[slot] = key;
      edge_children_[slot] = child;
      ++edges_;
    }
    node = child;
  }
  return node;
}

void WordFrequencies::Grow() {
  std::vector<uint64_t> keys = std::move(edge_keys_);
  std::vector<uint32_t> children = std::move(edge_children_);
  const size_t capacity = std::max<size_t>(1024, keys.size() * 2);
  shift_ = 64 - std::countr_zero(capacity);
  edge_keys_.assign(capacity, 0);
  edge_children_.assign(capacity, kRoot);
  const size_t mask = capacity - 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (children[i] == kRoot) continue;
    size_t slot = Slot(keys[i]);
    while (edge_children_[slot] != kRoot) slot = (slot + 1) & mask;
    edge_keys_[slot] = keys[i];
    edge_children_[slot] = children[i];
  }
}

}  // namespace govmon
