// Fuzzes the docx reader. Input that is not already a zip is taken as the
// package's word/document.xml, so the fuzzer reaches the XML walker.
#include "attach/attachment_fuzzer_main.h"
#include "attach/ooxml_testing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  if (!input.starts_with("PK")) {
    input = govmon::MakeZipForTesting({{"word/document.xml", input}});
  }
  govmon::FuzzExtract(input, "fuzz.docx");
  return 0;
}
