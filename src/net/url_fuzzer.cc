// Fuzzes URL parsing, resolution and normalisation (hrefs come from any page).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/url.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t split = text.find('\n');
  std::string_view first = text.substr(0, split);
  std::string_view second =
      split == std::string_view::npos ? std::string_view() : text.substr(split + 1);
  govmon::Result<govmon::Url> base = govmon::Url::Parse(first);
  if (!base.ok()) base = govmon::Url::Parse("http://www.example.gov.cn/a/b/index.html");
  govmon::Result<govmon::Url> resolved = base->Resolve(second);
  if (resolved.ok()) {
    std::string spec = resolved->spec();
    govmon::Result<govmon::Url> again = govmon::Url::Parse(spec);
    if (!again.ok()) __builtin_trap();  // What we print must parse again.
    govmon::NormalizeUrl(*resolved);
    resolved->Extension();
  }
  govmon::NormalizeUrlString(first);
  return 0;
}
