// Visible text and tables of a parsed page: the text checks read
// Document::blocks, the privacy check also Document::tables. Internal to the
// html module (ParseHtml calls it); exposed for tests. Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/document.h"

namespace govmon {

// Fills doc->blocks and doc->tables from doc->nodes. Text of hidden nodes
// (Node::visibility) and of script/style/template/head is skipped, except in
// hidden table cells: hidden tables are in doc->tables (Table::hidden) and
// their cells' text in blocks flagged TextBlock::hidden. <noscript> content
// is text. Block elements, <br> and table cells start new blocks.
// `exact_text[i]` is non-zero when text node i's text equals its source bytes
// (no character references), so offsets inside it map back exactly.
// REQUIRES: exact_text.size() == doc->nodes.size().
void ExtractTextAndTables(const std::vector<uint8_t>& exact_text, Document* doc);

// Appends `text` to `out` with runs of Unicode white space collapsed to one
// space and none leading, as CollapseWhitespace() (base/strings.h) does to the
// concatenation of successive calls; `pending_space` carries a run at the end
// of one call to the next (start it false). True if `text` has anything but
// white space.
bool AppendCollapsed(std::string_view text, std::string* out, bool* pending_space);

// True for elements whose content is never shown as page text.
bool IsNonRenderedTag(const std::string& tag);

}  // namespace govmon
