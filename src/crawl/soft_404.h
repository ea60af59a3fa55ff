// Soft 404 (内容死链): a page that answers 200 but tells the visitor it does not
// exist. Government CMSs do this for deleted articles. Decided from the
// title and visible text only; pure.
#pragma once

#include <string_view>

namespace govmon {

// The heuristic, documented in soft_404.cc. `visible_text` is the page's text
// as a visitor reads it (no markup).
bool LooksLikeSoft404(std::string_view title, std::string_view visible_text);

}  // namespace govmon
