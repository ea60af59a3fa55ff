#include "crawl/target_type.h"

#include <array>

#include "base/attachment_types.h"
#include "base/strings.h"

namespace govmon {
namespace {

template <size_t N>
bool OneOf(std::string_view ext, const std::array<std::string_view, N>& list) {
  for (std::string_view e : list) {
    if (ext == e) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 10> kImage = {"jpg",  "jpeg", "png", "gif",  "bmp",
                                                     "webp", "svg",  "ico", "jfif", "avif"};
constexpr std::array<std::string_view, 10> kMedia = {"mp4", "mp3", "flv", "swf", "avi",
                                                     "wmv", "wav", "m4v", "mov", "webm"};

}  // namespace

TargetType ClassifyTarget(const Link& link, std::string_view ext) {
  // url() in CSS: background images (also fonts and cursors), probed alike.
  if (link.origin == LinkOrigin::kCssUrl) return TargetType::kImage;
  const std::string& tag = link.tag;
  if (tag == "img") return TargetType::kImage;
  if (tag == "script") return TargetType::kScript;
  if (tag == "link") {
    if (ext == "css") return TargetType::kStylesheet;
    if (OneOf(ext, kImage)) return TargetType::kImage;
    return TargetType::kStylesheet;
  }
  if (tag == "iframe" || tag == "frame") return TargetType::kFrame;
  if (tag == "embed" || tag == "object" || tag == "source" || tag == "video" || tag == "audio") {
    return OneOf(ext, kImage) ? TargetType::kImage : TargetType::kMedia;
  }
  if (IsAttachmentExtension(ext)) return TargetType::kAttachment;
  if (OneOf(ext, kImage)) return TargetType::kImage;
  if (OneOf(ext, kMedia)) return TargetType::kMedia;
  if (ext == "css") return TargetType::kStylesheet;
  if (ext == "js") return TargetType::kScript;
  return TargetType::kPage;
}

bool IsHtmlContentType(std::string_view content_type) {
  return ContainsIgnoreCase(content_type, "text/html") ||
         ContainsIgnoreCase(content_type, "application/xhtml");
}

}  // namespace govmon
