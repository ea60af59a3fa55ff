// Visibility: whether a visitor can see each element, decided from the style
// cascade without rendering. Techniques (Visibility::techniques):
//   display_none       display:none (also user-agent hidden elements)
//   hidden_attribute   the HTML `hidden` attribute
//   visibility_hidden  visibility:hidden/collapse (children may override)
//   opacity_zero       opacity ≤ 0.05
//   offscreen          left/top ≤ -500px, right/bottom far out, margins
//                      ≤ -500px, translate ≤ -1000px, text-indent ≤ -500px
//                      (not when the element paints a background image:
//                      that is image replacement of a logo, still visible)
//   zero_size          width/height ≤ 1px with overflow hidden (block boxes),
//                      line-height 0 with overflow hidden, scale(0), 1×1 images
//   font_size_zero     font-size ≤ 1px
//   same_color         text colour equal (±12 per channel) to the background
//                      colour behind it, or transparent text
//   clip               clip:rect() of no area on a positioned box, clip-path
//                      that leaves nothing (inset ≥ 50%, circle(0) …)
//   marquee            <marquee> with scrollamount ≥ 100 or a box ≤ 4px
//   hidden_iframe      an iframe/frame ≤ 1px or hidden by any technique
// Box techniques hide the whole subtree; visibility_hidden, font_size_zero,
// same_color and text-indent hide only text, and descendants that reset the
// property are visible again. Pure functions.
#pragma once

#include <cstdint>
#include <vector>

#include "html/document.h"
#include "html/style_cascade.h"

namespace govmon {

// Sets Node::visibility of every element of `doc`. `text_only_hidden[i]`
// becomes 1 for elements hidden only by text techniques (their images and
// re-styled children still show).
void ComputeVisibility(const StyleCascade& cascade, Document* doc,
                       std::vector<uint8_t>* text_only_hidden);

}  // namespace govmon
