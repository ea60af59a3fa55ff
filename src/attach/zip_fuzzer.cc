// Fuzzes archive handling: entry names, limits, nesting.
#include "attach/attachment_fuzzer_main.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  govmon::FuzzExtract(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.zip");
  return 0;
}
