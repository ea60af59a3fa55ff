// Fuzzes config parsing: operators hand-edit these files.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 8192) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  govmon::Result<govmon::AppConfig> config = govmon::ParseConfig(text, "fuzz.json");
  (void)config.ok();
  return 0;
}
