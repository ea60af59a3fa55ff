// Document: what a visitor sees of one fetched page or attachment, the value
// every page check reads. Built by ParseHtml() (html_parser.h) for HTML and by
// the attach module for attachments. Immutable after construction; safe to
// read from many threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.h"

namespace govmon {

enum class DocumentKind { kHtml, kPlainText, kAttachment };

// How an element was found to be hidden from a visitor. Empty `techniques`
// means visible.
struct Visibility {
  // Technique names, stable ids used as dark_link kinds: display_none,
  // visibility_hidden, offscreen, zero_size, font_size_zero, same_color,
  // opacity_zero, clip, marquee, hidden_iframe, hidden_attribute …
  // (see html/visibility.h for when each applies).
  std::vector<std::string> techniques;
  // The declaration that hid it, e.g. "display:none".
  std::string rule;
  // Where that rule came from: "inline", "<style> #3: .foo a", or
  // "https://site/css/a.css: .foo a".
  std::string rule_origin;

  bool visible() const { return techniques.empty(); }
  friend bool operator==(const Visibility&, const Visibility&) = default;
};

// How a link entered the page.
enum class LinkOrigin {
  kAttribute,       // href/src/data of an element.
  kBaseHref,        // (not a link; reserved)
  kMetaRefresh,     // <meta http-equiv=refresh content="0;url=…">
  kScriptWritten,   // inside a string passed to document.write/innerHTML/insertAdjacentHTML.
  kScriptRedirect,  // location.href = "…", location.replace("…") …
  kCssUrl,          // url(…) in a style sheet or style attribute.
};

struct Link {
  std::string url;   // Absolute, resolved against the document's base URL; not normalised.
  std::string raw;   // The attribute value as written.
  std::string tag;   // Lower-case element name: a, area, img, iframe, frame, script, link,
                     // embed, object, source, meta.
  std::string text;  // Anchor text (collapsed white space), or alt/title for images.
  LinkOrigin origin = LinkOrigin::kAttribute;
  size_t source_offset = 0;  // Byte offset of the element in the (UTF-8) source.
  int node = -1;             // Index into Document::nodes, -1 when not an element.
  Visibility visibility;
  // True for links in nav menus, tabs, carousels and similar widgets that a
  // visitor can reveal by interaction; hidden links there are not dark links.
  bool interactive_container = false;
  // True for skip links and visually-hidden text meant for screen readers
  // (sr-only, visually-hidden …); hiding them is an accessibility practice.
  bool accessibility_text = false;
  // Inside <noscript>: shown to visitors and crawlers without scripts, where
  // tag managers hide their tracking frames; hiding there is not a dark link.
  bool noscript = false;
};

// A run of visible text that reads as one unit: a paragraph, heading, list
// item, table cell, spreadsheet cell, or a PDF page.
struct TextBlock {
  std::string text;          // UTF-8, white space collapsed.
  size_t source_offset = 0;  // Where the block starts in the source (HTML).
  // Maps offsets in `text` back to the source: (text offset, source offset)
  // at the start of each contributing text node, sorted by text offset.
  std::vector<std::pair<uint32_t, uint32_t>> source_map;
  // Human-readable place, empty for ordinary HTML paragraphs:
  // "表1 第3行 第2列", "Sheet1!C5（隐藏行）", "第2页", "a.zip/名单.xlsx Sheet1!C5".
  std::string location;
  int table = -1;  // For table cells: table index, row and column (0-based).
  int row = -1;
  int column = -1;
  std::string column_header;  // Header text of the cell's column, when known.
  // A spreadsheet cell whose value the file stores as a number, not as text:
  // `text` is the number as stored, so an 18-digit ID typed as a number has
  // lost its last digits (Excel keeps 15 significant digits).
  bool stored_as_number = false;
  int node = -1;  // The block's element in Document::nodes, -1 if none.
  // Hidden from visitors yet published: cells of hidden tables and rows,
  // hidden spreadsheet rows. Privacy checks read these; `location` says so.
  bool hidden = false;
};

struct Table {
  int node = -1;
  // Cell texts, row by row, without the text of tables nested in a cell
  // (those are tables of their own), each cut at 4 KB (the cell's
  // TextBlocks have all of it).
  std::vector<std::vector<std::string>> rows;
  int header_rows = 0;  // Leading rows that are headers (th / thead).
  bool hidden = false;  // The table is hidden from visitors (its cells' blocks are `hidden`).
};

// Where in a page's structure something sits; dates and links in chrome are
// not a page's own content.
enum class Region { kMain, kHeader, kNav, kSidebar, kFooter };

struct DateMention {
  Date date;
  std::string text;          // As written: "2023-07-05", "2023年7月5日".
  size_t source_offset = 0;  // In the source.
  int node = -1;
  // What the date is attached to, which decides how much it is trusted.
  enum class Source { kMeta, kLabel, kText, kUrl } source = Source::kText;
  Region region = Region::kMain;
};

// One DOM node. Elements have `tag` and `attributes`; text nodes have `text`.
struct Node {
  enum class Type { kElement, kText } type = Type::kElement;
  std::string tag;  // Lower-case.
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string text;
  int parent = -1;
  std::vector<int> children;
  size_t source_offset = 0;
  // How a visitor is kept from seeing the element, computed by the style
  // cascade: an index into Document::visibilities, shared by the elements of
  // a hidden subtree; -1 when visible. Read it with Document::VisibilityOf().
  int visibility = -1;

  // The value of attribute `name` (lower-case), or nullptr.
  const std::string* Attribute(std::string_view name) const {
    // Inline, comparing lengths and first bytes before the rest: the page
    // analysis asks this many times of every element.
    for (const auto& [key, value] : attributes) {
      if (key.size() == name.size() && (name.empty() || key[0] == name[0]) && key == name) {
        return &value;
      }
    }
    return nullptr;
  }
};

struct Document {
  DocumentKind kind = DocumentKind::kHtml;
  std::string url;       // Final URL after redirects.
  std::string base_url;  // From <base href>, else `url`.
  std::string title;
  // <meta name=… content=…>, keys as written in the page (SiteName, PubDate …).
  std::map<std::string, std::string> meta;
  std::vector<Node> nodes;  // nodes[0] is the root element when non-empty.
  std::vector<Link> links;
  std::vector<TextBlock> blocks;  // Visible text, in reading order.
  std::vector<Table> tables;
  std::vector<DateMention> dates;
  std::vector<std::string> stylesheets;  // Absolute URLs of linked style sheets.
  std::vector<Visibility> visibilities;  // Indexed by Node::visibility.

  // How `node` (an element of this document) is hidden; visible() if it is not.
  const Visibility& VisibilityOf(const Node& node) const;

  // The text of all blocks that are not `hidden`, joined by newlines.
  std::string VisibleText() const;
  // The value of meta tag `name`, compared case-insensitively, or "".
  std::string Meta(std::string_view name) const;
};

}  // namespace govmon
