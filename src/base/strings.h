// Small ASCII-aware string helpers shared by every module. Pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace govmon {

std::string_view TrimAscii(std::string_view s);
// Also removes U+3000 (ideographic space), NBSP and other Unicode white space
// common in Chinese pages.
std::string_view TrimUnicodeSpace(std::string_view s);
std::string AsciiLower(std::string_view s);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle);
// Splits on `sep`; empty pieces are kept.
std::vector<std::string_view> Split(std::string_view s, char sep);
std::string Join(const std::vector<std::string>& parts, std::string_view sep);
// Collapses runs of white space (ASCII and Unicode) into one ASCII space and trims.
std::string CollapseWhitespace(std::string_view s);
// Parses a non-negative decimal integer that fills `s`; false on anything else.
bool ParseUint(std::string_view s, unsigned long long* out);

}  // namespace govmon
