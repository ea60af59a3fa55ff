// Fuzzes the OFD reader. Input that is not already a zip is split at NUL
// bytes into OFD.xml, Doc_0/Document.xml and one page's Content.xml.
#include "attach/attachment_fuzzer_main.h"
#include "attach/ooxml_testing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  if (!input.starts_with("PK")) {
    std::string parts[3];
    for (size_t i = 0, at = 0; i < 3 && at <= input.size(); ++i) {
      size_t nul = i < 2 ? input.find('\0', at) : std::string::npos;
      parts[i] = input.substr(at, nul == std::string::npos ? std::string::npos : nul - at);
      if (nul == std::string::npos) break;
      at = nul + 1;
    }
    input = govmon::MakeZipForTesting({{"OFD.xml", parts[0]},
                                       {"Doc_0/Document.xml", parts[1]},
                                       {"Doc_0/Pages/Page_0/Content.xml", parts[2]}});
  }
  govmon::FuzzExtract(input, "fuzz.ofd");
  return 0;
}
