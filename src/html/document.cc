#include "html/document.h"

#include "base/strings.h"

namespace govmon {

const Visibility& Document::VisibilityOf(const Node& node) const {
  static const Visibility kVisible;
  return node.visibility >= 0 && static_cast<size_t>(node.visibility) < visibilities.size()
             ? visibilities[static_cast<size_t>(node.visibility)]
             : kVisible;
}

std::string Document::VisibleText() const {
  std::string out;
  for (const TextBlock& block : blocks) {
    if (block.hidden) continue;
    if (!out.empty()) out.push_back('\n');
    out += block.text;
  }
  return out;
}

std::string Document::Meta(std::string_view name) const {
  for (const auto& [key, value] : meta) {
    if (EqualsIgnoreCase(key, name)) return value;
  }
  return "";
}

}  // namespace govmon
