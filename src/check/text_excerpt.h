// Helpers that text checks share to describe where in a Document a problem
// sits: block locations and short excerpts. Pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "html/document.h"

namespace govmon {

// The place of a block for findings: its own location, or "表2 第3行 第4列"
// for a table cell that has none, or "" for an ordinary paragraph.
std::string BlockLocation(const TextBlock& block);

// A short excerpt of `text` around byte range [begin, end): up to `radius`
// characters either side, white space collapsed, with "…" where cut.
// REQUIRES: begin <= end <= text.size(), both on character boundaries.
std::string ExcerptWithEllipsis(std::string_view text, size_t begin, size_t end, size_t radius);

}  // namespace govmon
