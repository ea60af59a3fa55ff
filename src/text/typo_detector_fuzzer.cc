// Fuzzes TypoDetector (all layers, title comparison) and the serious-error
// knowledge base on arbitrary text, with the small test resources so that
// each input runs in microseconds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/log.h"
#include "text/serious_error_kb.h"
#include "text/typo_detector.h"
#include "text/typo_testing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace govmon;
  if (size > 4096) return 0;
  static const auto resources = [] {
    SetLogLevel(LogLevel::kSilent);
    return SmallTypoResourcesForTesting();
  }();
  static const auto kb = [] {
    std::vector<LeaderEntry> leaders;
    std::vector<WrongFormEntry> wrong;
    std::vector<SupersededEntry> superseded;
    (void)ParseLeaders("习近平\t国家主席\t2013-03-14\n", "l", &leaders);
    (void)ParseWrongForms("扫黑险恶\t扫黑除恶\tformulation\n", "w", &wrong);
    (void)ParseSuperseded("国土资源局\t自然资源局\t2019-04-01\n", "s", &superseded);
    return std::move(*SeriousErrorKnowledge::Build(
        wrong, leaders, superseded, resources->confusions.get(), resources->words.get()));
  }();
  std::string text(reinterpret_cast<const char*>(data), size);
  TypoDetector detector(resources, {});
  std::vector<TypoHit> hits;
  detector.Detect(text, &hits);
  for (const TypoHit& h : hits) {
    if (h.begin > h.end || h.end > text.size()) __builtin_trap();
    (void)TypoDetector::RepeatedInDocument(text, h.begin, h.end, {text, "现歹化"});
  }
  detector.CompareTitles({text, text + "通知", "关于" + text}, &hits);
  std::vector<SeriousErrorHit> serious;
  kb->Find(text, Date(2024, 1, 1), &serious);
  for (const SeriousErrorHit& h : serious) {
    if (h.begin > h.end || h.end > text.size()) __builtin_trap();
  }
  return 0;
}
