// UTF-8 helpers. All functions are pure and thread-safe. Invalid sequences are
// never fatal: decoders yield U+FFFD and advance by one byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace govmon {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at `s[*pos]` and advances `*pos` past it.
// REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// True when `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// Replaces every ill-formed sequence in `s` with U+FFFD.
std::string SanitizeUtf8(std::string_view s);

// Number of code points in `s`.
size_t CountCodePoints(std::string_view s);

// Columns `s` takes on a terminal: East Asian wide and full-width characters
// count 2, combining marks and zero-width characters 0, others 1.
size_t DisplayWidth(std::string_view s);
int CodePointWidth(char32_t cp);

// CJK unified ideographs (basic block and extension A), the characters that
// Chinese text checks work on.
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}

// The longest prefix of `s` with at most `max_bytes` bytes that does not cut a
// character in two.
std::string_view TruncateUtf8(std::string_view s, size_t max_bytes);

// The last `count` code points of `s`.
std::string_view LastCodePoints(std::string_view s, size_t count);

}  // namespace govmon
