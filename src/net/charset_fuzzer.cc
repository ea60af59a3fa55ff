// Fuzzes charset detection and conversion on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/utf8.h"
#include "net/charset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16384) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  govmon::DecodedText d = govmon::DecodeToUtf8(bytes, "text/html", true);
  if (!govmon::IsValidUtf8(d.utf8)) __builtin_trap();  // The contract: always UTF-8.
  return 0;
}
