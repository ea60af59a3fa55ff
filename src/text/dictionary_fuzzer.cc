// Fuzzes the dictionary and allowlist parsers, and, when the input parses,
// builds a TermDictionary from it and searches the input itself.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "text/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<govmon::DictionaryEntry> entries;
  std::vector<govmon::AllowEntry> allow;
  govmon::Status dict = govmon::ParseDictionary(input, "fuzz.tsv", &entries);
  govmon::Status allowed = govmon::ParseAllowlist(input, "allow.tsv", &allow);
  if (!dict.ok() && dict.message().find("fuzz.tsv:") != 0) std::abort();
  if (!allowed.ok() && allowed.message().find("allow.tsv:") != 0) std::abort();
  if (!dict.ok() || entries.size() > 64) return 0;
  auto built = govmon::TermDictionary::Build(
      entries, allowed.ok() ? allow : std::vector<govmon::AllowEntry>{}, nullptr);
  if (!built.ok()) return 0;
  std::vector<govmon::TermDictionary::Hit> hits;
  (*built)->Find(input, "http://a.gov.cn/", &hits);
  for (const auto& h : hits) {
    if (h.begin >= h.end || h.end > input.size() || h.entry == nullptr) std::abort();
  }
  return 0;
}
