#include "check/text_excerpt.h"

#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {

std::string BlockLocation(const TextBlock& block) {
  if (!block.location.empty()) return block.location;
  if (block.table < 0) return "";
  return "表" + std::to_string(block.table + 1) + " 第" + std::to_string(block.row + 1) + "行 第" +
         std::to_string(block.column + 1) + "列";
}

std::string ExcerptWithEllipsis(std::string_view text, size_t begin, size_t end, size_t radius) {
  // Walk back `radius` characters from begin and forward from end.
  size_t first = begin;
  for (size_t n = 0; n < radius && first > 0; ++n) {
    do {
      --first;
    } while (first > 0 && (static_cast<unsigned char>(text[first]) & 0xC0) == 0x80);
  }
  size_t last = end;
  for (size_t n = 0; n < radius && last < text.size(); ++n) DecodeUtf8(text, &last);
  std::string out;
  if (first > 0) out += "…";
  out += CollapseWhitespace(text.substr(first, last - first));
  if (last < text.size()) out += "…";
  return out;
}

}  // namespace govmon
