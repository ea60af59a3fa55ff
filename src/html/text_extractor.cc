#include "html/text_extractor.h"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "base/utf8.h"
#include "html/tag_flags.h"

namespace govmon {

using namespace std::string_view_literals;
namespace {

// The length in bytes of the white-space character at s[i] (the set of
// base/strings.h's CollapseWhitespace: ASCII space, tab, line breaks, U+00A0,
// U+1680, U+2000–U+200B, U+202F, U+205F, U+3000, U+FEFF), or 0. Matches
// bytes, not decoded code points: this runs over every byte of a page's text.
size_t SpaceLength(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r') ? 1 : 0;
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  switch (b) {
    case 0xC2:
      return at(1) == 0xA0 ? 2 : 0;
    case 0xE1:
      return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0;
    case 0xE2:
      if (at(1) == 0x80) return at(2) >= 0x80 && (at(2) <= 0x8B || at(2) == 0xAF) ? 3 : 0;
      return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0;
    case 0xE3:
      return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0;
    case 0xEF:
      return at(1) == 0xBB && at(2) == 0xBF ? 3 : 0;
    default:
      return 0;
  }
}

// Whether the character starting at s[i] is East Asian wide.
bool IsWideAt(std::string_view s, size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0xE1) return false;  // Below U+1000.
  const char32_t cp = DecodeUtf8(s, &i);
  return cp >= 0x1100 && CodePointWidth(cp) == 2;
}

// The start of the character that ends at s[end - 1].
size_t LastCharStart(std::string_view s, size_t end) {
  size_t k = end - 1;
  while (k > 0 && end - k < 4 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return k;
}

struct CellInfo {
  int table = -1;
  int row = -1;
  int column = -1;
  // The cell is hidden from visitors (itself, its row or its table): its text
  // is still extracted, as a hidden leak is still a leak.
  bool hidden = false;
};

// Accumulates one block of text with white space collapsed as a browser
// would, and the map from text offsets back to source offsets.
class BlockBuilder {
 public:
  void Append(const Node& node, bool exact) {
    const std::string_view s = node.text;
    size_t pos = 0;
    bool first_in_node = true;
    while (pos < s.size()) {
      if (const size_t n = SpaceLength(s, pos); n > 0) {
        pending_space_ = true;
        if (s[pos] == '\n' || s[pos] == '\r') space_had_newline_ = true;
        pos += n;
        continue;
      }
      // A run of characters up to the next white space, appended at once.
      const size_t start = pos;
      while (pos < s.size() && SpaceLength(s, pos) == 0) ++pos;
      if (pending_space_ && !text_.empty()) {
        // A line break between two CJK characters is an artefact of source
        // formatting, not a word space (CSS Text 3 segment-break rules).
        if (!(space_had_newline_ && last_wide_ && IsWideAt(s, start))) text_.push_back(' ');
      }
      pending_space_ = false;
      space_had_newline_ = false;
      const size_t src = node.source_offset + start;
      if (text_.empty()) source_offset_ = exact ? src : node.source_offset;
      if (exact) {
        if (map_.empty() || map_.back().second + (text_.size() - map_.back().first) != src) {
          map_.emplace_back(static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(src));
        }
      } else if (first_in_node) {
        map_.emplace_back(static_cast<uint32_t>(text_.size()),
                          static_cast<uint32_t>(node.source_offset));
      }
      first_in_node = false;
      text_.append(s, start, pos - start);
      last_wide_ = IsWideAt(s, LastCharStart(s, pos));
    }
  }

  bool empty() const { return text_.empty(); }
  void MarkHidden() { hidden_ = true; }

  // Moves the block out (if it has text) and resets.
  void Flush(int node, const CellInfo& cell, const std::vector<std::string>* headers,
             std::vector<TextBlock>* out) {
    if (!text_.empty()) {
      TextBlock block;
      block.text = std::move(text_);
      block.source_offset = source_offset_;
      block.source_map = std::move(map_);
      block.node = node;
      block.hidden = hidden_;
      if (cell.table >= 0) {
        block.table = cell.table;
        block.row = cell.row;
        block.column = cell.column;
        // "表1 第2行 第3列", built in one buffer: tables have thousands of cells.
        std::string& location = block.location;
        location.reserve(48);
        auto number = [&location](int n) {
          char digits[16];
          const auto [end, ec] = std::to_chars(digits, digits + sizeof(digits), n + 1);
          location.append(digits, ec == std::errc() ? end : digits);
        };
        location += "表";
        number(cell.table);
        location += " 第";
        number(cell.row);
        location += "行 第";
        number(cell.column);
        location += "列";
        if (hidden_) location += "（隐藏）";
        if (headers != nullptr && static_cast<size_t>(cell.column) < headers->size()) {
          block.column_header = (*headers)[cell.column];
        }
      }
      out->push_back(std::move(block));
    }
    text_.clear();
    map_.clear();
    pending_space_ = false;
    space_had_newline_ = false;
    last_wide_ = false;
    hidden_ = false;
  }

 private:
  std::string text_;
  std::vector<std::pair<uint32_t, uint32_t>> map_;
  size_t source_offset_ = 0;
  bool pending_space_ = false;
  bool space_had_newline_ = false;
  bool last_wide_ = false;
  bool hidden_ = false;
};

bool TextVisible(const Document& doc, const Node& text) {
  return text.parent < 0 || doc.nodes[text.parent].visibility < 0;
}

// Table::rows keeps this much of a cell's text; its text blocks have all.
constexpr size_t kMaxCellBytes = 4096;

// The visible text under `root` (all its text when `include_hidden`) but
// not in nested tables, white space collapsed, blocks joined by a space, cut
// at kMaxCellBytes. Iterative: pages nest thousands deep.
std::string SubtreeText(const Document& doc, int root, bool include_hidden) {
  std::string out;
  bool pending = false;
  std::vector<int> stack = {root};
  while (!stack.empty()) {
    if (out.size() >= kMaxCellBytes) break;
    const int i = stack.back();
    stack.pop_back();
    const Node& node = doc.nodes[i];
    if (node.type == Node::Type::kText) {
      if (include_hidden || TextVisible(doc, node)) AppendCollapsed(node.text, &out, &pending);
      continue;
    }
    const uint32_t flags = TagFlags(node.tag);
    if (flags & kTagNonRendered) continue;
    // A nested table is a table of its own: its text is in its rows, not in
    // the enclosing cell's (so each node is read for one cell only).
    if (i != root && node.tag == "table"sv) {
      pending = true;
      continue;
    }
    if (node.tag == "br"sv || (flags & kTagBlock)) pending = true;
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back(*it);
  }
  if (out.size() > kMaxCellBytes) out.resize(TruncateUtf8(out, kMaxCellBytes).size());
  return out;
}

int SpanAttribute(const Node& cell, std::string_view name) {
  const std::string* value = cell.Attribute(name);
  if (value == nullptr) return 1;
  int n = 0;
  for (char c : *value) {
    if (c < '0' || c > '9') break;
    n = n * 10 + (c - '0');
    if (n > 1000) break;
  }
  return std::clamp(n, 1, 1000);
}

struct TableLayout {
  std::vector<CellInfo> cells;                    // Indexed by node; table < 0 for non-cells.
  std::vector<std::vector<std::string>> headers;  // Per table: header text by column.
};

void CollectRows(const Document& doc, int table_node, std::vector<std::pair<int, bool>>* rows) {
  for (int child : doc.nodes[table_node].children) {
    const Node& c = doc.nodes[child];
    if (c.type != Node::Type::kElement) continue;
    if (c.tag == "tr"sv) {
      rows->emplace_back(child, false);
    } else if (c.tag == "thead"sv || c.tag == "tbody"sv || c.tag == "tfoot"sv) {
      for (int grandchild : c.children) {
        const Node& g = doc.nodes[grandchild];
        if (g.type == Node::Type::kElement && g.tag == "tr"sv) {
          rows->emplace_back(grandchild, c.tag == "thead"sv);
        }
      }
    }
  }
}

TableLayout BuildTables(Document* doc) {
  TableLayout layout;
  for (size_t t = 0; t < doc->nodes.size(); ++t) {
    const Node& table_node = doc->nodes[t];
    if (table_node.type != Node::Type::kElement || table_node.tag != "table"sv) continue;
    if (layout.cells.empty()) layout.cells.resize(doc->nodes.size());
    const int table_index = static_cast<int>(doc->tables.size());
    Table table;
    table.node = static_cast<int>(t);
    table.hidden = table_node.visibility >= 0;
    std::vector<std::pair<int, bool>> rows;
    CollectRows(*doc, static_cast<int>(t), &rows);
    std::vector<int> occupied;  // Rows still covered by a rowspan, per column.
    std::vector<std::string> headers;
    bool leading_headers = true;
    for (size_t r = 0; r < rows.size(); ++r) {
      const Node& tr = doc->nodes[rows[r].first];
      std::vector<std::string> texts;
      bool all_th = true;
      bool any_cell = false;
      size_t column = 0;
      std::vector<std::pair<size_t, int>> placed;  // (column, colspan) per cell.
      for (int child : tr.children) {
        const Node& cell = doc->nodes[child];
        if (cell.type != Node::Type::kElement || (cell.tag != "td"sv && cell.tag != "th"sv))
          continue;
        any_cell = true;
        if (cell.tag != "th"sv) all_th = false;
        while (column < occupied.size() && occupied[column] > 0) ++column;
        const int colspan = std::min(SpanAttribute(cell, "colspan"), 100);
        const int rowspan = SpanAttribute(cell, "rowspan");
        if (occupied.size() < column + colspan) occupied.resize(column + colspan, 0);
        for (int k = 0; k < colspan; ++k) occupied[column + k] = rowspan;
        const bool hidden = cell.visibility >= 0;
        layout.cells[child] =
            CellInfo{table_index, static_cast<int>(r), static_cast<int>(column), hidden};
        texts.push_back(SubtreeText(*doc, child, hidden));
        placed.emplace_back(column, colspan);
        column += colspan;
      }
      for (int& o : occupied) {
        if (o > 0) --o;
      }
      const bool header = any_cell && (rows[r].second || all_th);
      if (leading_headers && header) {
        ++table.header_rows;
        for (size_t k = 0; k < placed.size(); ++k) {
          const auto [col, span] = placed[k];
          if (headers.size() < col + span) headers.resize(col + span);
          for (int s = 0; s < span; ++s) headers[col + s] = texts[k];
        }
      } else if (any_cell) {
        leading_headers = false;
      }
      table.rows.push_back(std::move(texts));
    }
    layout.headers.push_back(std::move(headers));
    doc->tables.push_back(std::move(table));
  }
  return layout;
}

}  // namespace

bool AppendCollapsed(std::string_view text, std::string* out, bool* pending_space) {
  bool any = false;
  size_t pos = 0;
  while (pos < text.size()) {
    if (const size_t n = SpaceLength(text, pos); n > 0) {
      *pending_space = true;
      pos += n;
      continue;
    }
    const size_t start = pos;
    while (pos < text.size() && SpaceLength(text, pos) == 0) ++pos;
    if (*pending_space && !out->empty()) out->push_back(' ');
    *pending_space = false;
    out->append(text, start, pos - start);
    any = true;
  }
  return any;
}

bool IsNonRenderedTag(const std::string& tag) { return (TagFlags(tag) & kTagNonRendered) != 0; }

void ExtractTextAndTables(const std::vector<uint8_t>& exact_text, Document* doc) {
  if (doc->nodes.empty()) return;
  TableLayout layout = BuildTables(doc);
  static const CellInfo kNoCell;

  struct Frame {
    int node;
    size_t next_child;
  };
  std::vector<Frame> stack = {{0, 0}};
  std::vector<int> blocks = {-1};  // Enclosing block elements.
  std::vector<CellInfo> cells = {kNoCell};
  BlockBuilder builder;
  auto flush = [&] {
    const CellInfo& cell = cells.back();
    const std::vector<std::string>* headers =
        cell.table >= 0 ? &layout.headers[cell.table] : nullptr;
    builder.Flush(blocks.back(), cell, headers, &doc->blocks);
  };

  // Enter the root.
  auto enter = [&](int index) -> bool {
    const Node& node = doc->nodes[index];
    if (node.type == Node::Type::kText) {
      if (TextVisible(*doc, node)) {
        builder.Append(node, exact_text[index] != 0);
      } else if (cells.back().hidden) {
        builder.Append(node, exact_text[index] != 0);
        builder.MarkHidden();
      }
      return false;
    }
    const uint32_t flags = TagFlags(node.tag);
    if (flags & kTagNonRendered) return false;
    if (node.tag == "br"sv) {
      flush();
      return false;
    }
    if (flags & kTagBlock) {
      flush();
      blocks.push_back(index);
      if (!layout.cells.empty() && layout.cells[index].table >= 0) {
        cells.push_back(layout.cells[index]);
      } else {
        cells.push_back(cells.back());
      }
    }
    return true;
  };
  auto leave = [&](int index) {
    if (blocks.back() == index) {  // A block element: enter() pushed it.
      flush();
      blocks.pop_back();
      cells.pop_back();
    }
  };

  if (!enter(0)) return;
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const Node& node = doc->nodes[frame.node];
    if (frame.next_child < node.children.size()) {
      const int child = node.children[frame.next_child++];
      if (enter(child)) stack.push_back({child, 0});
      continue;
    }
    leave(frame.node);
    stack.pop_back();
  }
  flush();
}

}  // namespace govmon
