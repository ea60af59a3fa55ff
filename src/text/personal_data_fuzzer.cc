// Fuzzes normalisation and the personal-data recognisers: no crash, offsets
// always inside the source, matches always inside the normalised text, masks
// never longer than the value.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/personal_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 8192) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  govmon::NormalizeOptions options;
  options.join_digit_groups = size % 2 == 0;
  options.join_split_han = size % 3 == 0;
  options.lower_ascii = size % 5 == 0;
  govmon::NormalizedText normalized;
  govmon::Normalize(input, options, &normalized);
  const std::string& text = normalized.text();
  for (size_t i = 0; i < text.size(); ++i) {
    if (normalized.SourceOffset(i) >= input.size()) std::abort();
  }
  std::vector<govmon::PersonalDataMatch> matches;
  govmon::FindPersonalData(text, govmon::RecognizerOptions{govmon::Date(2024, 6, 1)}, &matches);
  for (const auto& m : matches) {
    if (m.begin >= m.end || m.end > text.size()) std::abort();
    auto [first, last] = normalized.SourceRange(m.begin, m.end);
    if (first > last || last > input.size()) std::abort();
    if (govmon::MaskIdentifier(m.value).size() != m.value.size()) std::abort();
  }
  return 0;
}
