// Test helpers that make valid (and deliberately invalid) personal
// identifiers, so tests never need real people's numbers. Header-only; for
// tests, benchmarks and fuzzers.
#pragma once

#include <cstdint>
#include <string>

#include "text/personal_data.h"

namespace govmon {

// An 18-digit ID number with a correct check digit. `region` is 6 digits,
// `birth` is YYYYMMDD, `sequence` 0-999.
inline std::string MakeIdCardForTesting(const std::string& region, const std::string& birth,
                                        int sequence) {
  std::string first17 = region + birth;
  std::string seq = std::to_string(sequence % 1000);
  first17 += std::string(3 - seq.size(), '0') + seq;
  return first17 + IdCardCheckDigit(first17);
}

// The same number with a check digit that is wrong.
inline std::string WithWrongCheckDigitForTesting(std::string id) {
  id.back() = id.back() == '0' ? '1' : (id.back() == 'X' ? '2' : '0');
  return id;
}

// A number of `length` digits starting with `prefix` whose Luhn digit is
// correct; `fill` seeds the middle digits.
inline std::string MakeLuhnForTesting(const std::string& prefix, size_t length, uint64_t fill) {
  std::string s = prefix;
  while (s.size() < length - 1) {
    fill = fill * 6364136223846793005ull + 1442695040888963407ull;
    s.push_back(static_cast<char>('0' + (fill >> 33) % 10));
  }
  for (char c = '0'; c <= '9'; ++c) {
    if (LuhnValid(s + c)) return s + c;
  }
  return s + '0';  // Unreachable: one of ten digits always fits.
}

}  // namespace govmon
