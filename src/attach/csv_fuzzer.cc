// Fuzzes CSV and plain-text decoding (BOMs, GBK, quoting).
#include "attach/attachment_fuzzer_main.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  govmon::FuzzExtract(input, "fuzz.csv");
  govmon::FuzzExtract(input, "fuzz.txt");
  return 0;
}
