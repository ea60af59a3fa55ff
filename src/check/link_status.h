// LinkStatus: what probing one link target found, the fact the broken_link
// check judges. Filled by crawl/link_prober; read by checks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/fetch_error.h"

namespace govmon {

// What a link points at, as far as a visitor is concerned.
enum class TargetType : uint8_t {
  kPage,
  kImage,
  kAttachment,
  kScript,
  kStylesheet,
  kFrame,
  kMedia
};
std::string_view TargetTypeName(TargetType type);  // "page", "image", "attachment" …

struct LinkStatus {
  int http_status = 0;  // 0 when the request never got an HTTP answer.
  FetchError error = FetchError::kNone;
  bool soft_404 = false;      // 200, but the body says the page does not exist.
  std::string error_message;  // libcurl's words, for `detail`.
  std::string final_url;      // After redirects; empty when the URL did not redirect.

  // True when a visitor following the link would not get the resource.
  bool broken() const { return error != FetchError::kNone || http_status >= 400 || soft_404; }
  // The broken_link kind: http_404, http_5xx, timeout, dns, … ("" when not broken).
  std::string BrokenKind() const;
};

}  // namespace govmon
