// Fuzzes the xlsx reader. Input that is not already a zip is split at the
// first NUL byte into a worksheet and a shared-string table.
#include "attach/attachment_fuzzer_main.h"
#include "attach/ooxml_testing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 65536) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  if (!input.starts_with("PK")) {
    size_t nul = input.find('\0');
    std::string sheet = input.substr(0, nul);
    std::string shared = nul == std::string::npos ? "" : input.substr(nul + 1);
    input = govmon::MakeZipForTesting({{"xl/workbook.xml",
                                        "<workbook><sheets><sheet name=\"S\" sheetId=\"1\" "
                                        "r:id=\"rId1\" state=\"hidden\"/></sheets></workbook>"},
                                       {"xl/_rels/workbook.xml.rels",
                                        "<Relationships><Relationship Id=\"rId1\" "
                                        "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                                       {"xl/worksheets/sheet1.xml", sheet},
                                       {"xl/sharedStrings.xml", shared}});
  }
  govmon::FuzzExtract(input, "fuzz.xlsx");
  return 0;
}
