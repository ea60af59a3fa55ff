// Fuzzes the risk-vocabulary file parser (users edit these files) and the
// three assessments, which see hostile anchor texts, URLs and pages. The
// first half of the input is a vocabulary file, the second a text.
#include <cstdint>
#include <string_view>

#include "check/risk_vocabulary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16 * 1024) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view file = input.substr(0, size / 2);
  std::string_view text = input.substr(size / 2);
  govmon::Result<govmon::RiskVocabulary> parsed = govmon::RiskVocabulary::Parse(file, "fuzz.txt");
  const govmon::RiskVocabulary& vocabulary =
      parsed.ok() ? *parsed : *govmon::RiskVocabulary::Default();
  for (const govmon::RiskAssessment& a :
       {vocabulary.AssessShortText(text), vocabulary.AssessUrl(text),
        vocabulary.AssessPage(text)}) {
    if (a.risky && a.hits.empty()) __builtin_trap();
    (void)a.Summary();
  }
  (void)govmon::NormalizeForRisk(text);
  return 0;
}
