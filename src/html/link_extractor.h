// Link extraction: every URL a page references (anchors, frames, images,
// scripts, style sheets, embedded objects, meta refresh), resolved against the
// page's base URL, with anchor text and the visibility of its element.
// Internal to the html module (ParseHtml calls it); exposed for tests.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/url.h"
#include "html/document.h"
#include "html/page_structure.h"

namespace govmon {

// Resolves references found in a page against its base URL.
class LinkResolver {
 public:
  // `base_url` may be empty or not a URL (a local file); then only absolute
  // references resolve.
  explicit LinkResolver(std::string_view base_url);

  // The absolute URL of `reference`, or nullopt when it names no fetchable
  // resource: empty, "#…" (same page), javascript:, mailto:, tel:, data:,
  // about: …, or unparsable.
  std::optional<std::string> Resolve(std::string_view reference) const;

 private:
  std::optional<Url> base_;
  std::string prefix_;     // "scheme://host:port" of base_.
  std::string directory_;  // base_'s path up to its last '/'.
};

// The URL part of a meta refresh's content ("5; url=/new/" → "/new/"), or ""
// when it only reloads the page.
std::string_view MetaRefreshTarget(std::string_view content);

// The first URL of a srcset attribute ("a.jpg 1x, b.jpg 2x" → "a.jpg").
std::string_view FirstSrcsetUrl(std::string_view srcset);

// Which node visibility a link inherits: for links whose only content is an
// image, techniques that hide only text (font-size, colour, text-indent) do
// not hide the link. `text_only_hidden[i]` marks nodes hidden only by those.
// Appends doc's links from doc->nodes. Empty
// `text_only_hidden` means no visibility was computed.
void ExtractLinks(const NodeRoles& roles, const LinkResolver& resolver,
                  const std::vector<uint8_t>& text_only_hidden, Document* doc);

// Appends a LinkOrigin::kCssUrl link for each url() in `css` (a style
// sheet or a style attribute), with `tag`, `source_offset` and `node`.
void AppendCssUrlLinks(std::string_view css, const LinkResolver& resolver, const std::string& tag,
                       size_t source_offset, int node, std::vector<Link>* out);

}  // namespace govmon
