// Fuzzes robots.txt parsing and matching (untrusted input from every site).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "net/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 8192) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  govmon::Robots robots = govmon::Robots::Parse(text, "govmon");
  robots.Allowed("/index.html");
  robots.Allowed(text.substr(0, 64));
  return 0;
}
