// Text normalisation for matching: folds the disguises that hide a phone
// number or a banned word from a naive search (full-width digits, zero-width
// characters, "赌 博", "138-1234-5678", traditional characters) while keeping
// a map from every normalised byte back to the original text, so findings can
// quote and locate what was actually written. Pure functions; a CharMap is
// immutable after construction and safe to share between threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace govmon {

// A code point → code point substitution table (e.g. traditional →
// simplified Chinese). One character maps to exactly one character, which is
// what keeps offsets exact. Lookups in the Basic Multilingual Plane are one
// array read.
class CharMap {
 public:
  CharMap();
  // Maps `from` to `to` (`to` == `from` removes a mapping).
  void Set(char32_t from, char32_t to);
  char32_t Map(char32_t c) const {
    if (c < 0x10000) {
      char16_t m = bmp_[c];
      if (m == 0) return c;
      if (m != 0xFFFF) return m;
    }
    auto it = astral_.find(c);
    return it == astral_.end() ? c : it->second;
  }
  size_t size() const { return size_; }

 private:
  std::vector<char16_t> bmp_;  // 0 = unmapped.
  std::unordered_map<char32_t, char32_t> astral_;
  size_t size_ = 0;
};

struct NormalizeOptions {
  // Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ), the ideographic
  // space and the full-width hyphen become their ASCII forms.
  bool fold_width = true;
  // Zero-width characters (U+200B-U+200D, U+2060, U+FEFF), soft hyphens and
  // NBSP are removed. An NBSP between two ASCII letters or digits becomes a
  // space instead, so that two numbers it separates stay apart.
  bool remove_invisible = true;
  // One space or hyphen between two groups of at most 8 digits is dropped:
  // "138 1234 5678" → "13812345678", "6222-0212-3456-7890" → one number.
  // Longer groups stay apart, so two numbers in a row are not glued together.
  bool join_digit_groups = false;
  // Up to 3 spacing or filler characters (space, - _ * . · / | ~ …) between
  // two Han characters are dropped: "赌 博", "赌-博" → "赌博".
  bool join_split_han = false;
  // ASCII letters become lower case.
  bool lower_ascii = false;
  // Applied to every code point after width folding, e.g. traditional →
  // simplified. Not owned; must outlive the call. Null for none.
  const CharMap* char_map = nullptr;
};

// Normalised text plus, for every byte of it, the byte offset in the original
// of the character that produced it.
class NormalizedText {
 public:
  const std::string& text() const { return text_; }
  // The original byte offset of normalised byte `offset`.
  // REQUIRES: offset < text().size().
  size_t SourceOffset(size_t offset) const { return offsets_[offset]; }
  // The original range [first, last) that produced normalised bytes
  // [begin, end): from the first contributing character to the end of the
  // last one. REQUIRES: begin < end <= text().size().
  std::pair<size_t, size_t> SourceRange(size_t begin, size_t end) const;

 private:
  friend void Normalize(std::string_view, const NormalizeOptions&, NormalizedText*);
  std::string_view source_;  // The text Normalize() read; must outlive this.
  std::string text_;
  std::vector<uint32_t> offsets_;
};

// Normalises `source` into `*out`, reusing its buffers. `out` keeps a view of
// `source`, which must outlive it. Invalid UTF-8 becomes U+FFFD.
void Normalize(std::string_view source, const NormalizeOptions& options, NormalizedText* out);

// Convenience wrapper that returns only the normalised string.
std::string NormalizeString(std::string_view source, const NormalizeOptions& options);

}  // namespace govmon
