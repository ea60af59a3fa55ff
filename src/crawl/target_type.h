// How the crawler decides what a link points at (page, image, attachment …)
// before fetching it: from the element that links it and the URL's extension.
#pragma once

#include <string_view>

#include "check/link_status.h"
#include "html/document.h"

namespace govmon {

// The type of the target of `link` (whose URL has extension `extension`,
// lower-case, "" for none).
TargetType ClassifyTarget(const Link& link, std::string_view extension);

// True when a Content-Type header value names HTML (or XHTML).
bool IsHtmlContentType(std::string_view content_type);

}  // namespace govmon
