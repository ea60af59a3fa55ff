// What the html module needs to know about an element name, looked up once
// per element instead of by many string comparisons. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace govmon {

enum TagFlag : uint32_t {
  kTagBlock = 1 << 0,           // Starts a new text block (div, p, li, td …).
  kTagNonRendered = 1 << 1,     // Content is never page text (script, style, head …).
  kTagInline = 1 << 2,          // Inline by default (a, span, font …).
  kTagReplaced = 1 << 3,        // Replaced content: img, iframe, embed, object …
  kTagUaHidden = 1 << 4,        // display:none in the user-agent style sheet.
  kTagSizeAttributes = 1 << 5,  // Honours width=/height= attributes.
};

// The flags of lower-case element name `tag`; 0 for unknown names.
uint32_t TagFlags(std::string_view tag);

}  // namespace govmon
