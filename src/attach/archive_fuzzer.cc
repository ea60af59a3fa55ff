// Fuzzes 7z and rar handling through libarchive: headers, entry names,
// limits, nesting. The file name says 7z, but the content decides the format.
#include "attach/attachment_fuzzer_main.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  govmon::FuzzExtract(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.7z");
  return 0;
}
