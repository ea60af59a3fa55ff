// Page structure: where each node sits in a page's layout (header, nav,
// sidebar, footer or main content), whether it belongs to an interactive
// widget (menus, tabs, carousels) and whether it is screen-reader text.
// Decided from tags, ARIA roles and the words in id/class names, which is how
// government CMS templates name their parts ("footer", "g-nav", "lunbo" …).
// Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/document.h"

namespace govmon {

// Structural facts per node, indexed like Document::nodes. Each fact is
// inherited from the nearest ancestor that decides it.
struct NodeRoles {
  std::vector<Region> region;
  // Inside a navigation menu, drop-down, tab set, carousel, accordion …
  std::vector<uint8_t> interactive;
  // Inside skip links or visually-hidden screen-reader text.
  std::vector<uint8_t> accessibility;
  // Inside <noscript>.
  std::vector<uint8_t> noscript;
};

NodeRoles ComputeNodeRoles(const Document& doc);

// The words of an id or class attribute, lower-case: "g-footerNav box" →
// {"g", "footer", "nav", "box"}. Splits on non-alphanumerics and on
// lower→upper case changes.
std::vector<std::string> NameWords(std::string_view name);

// True when `text` reads like a skip link ("跳到主要内容", "Skip to content").
bool LooksLikeSkipLinkText(std::string_view text);

}  // namespace govmon
