// Fuzzes the PDF text-layer reader (poppler behind our interface).
#include "attach/attachment_fuzzer_main.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  govmon::FuzzExtract(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.pdf");
  return 0;
}
