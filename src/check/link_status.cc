#include "check/link_status.h"

namespace govmon {

std::string_view TargetTypeName(TargetType type) {
  switch (type) {
    case TargetType::kPage:
      return "page";
    case TargetType::kImage:
      return "image";
    case TargetType::kAttachment:
      return "attachment";
    case TargetType::kScript:
      return "script";
    case TargetType::kStylesheet:
      return "stylesheet";
    case TargetType::kFrame:
      return "frame";
    case TargetType::kMedia:
      return "media";
  }
  return "page";
}

std::string LinkStatus::BrokenKind() const {
  if (error != FetchError::kNone) return std::string(FetchErrorName(error));
  if (http_status >= 500) return "http_5xx";
  if (http_status >= 400) return "http_" + std::to_string(http_status);
  if (soft_404) return "soft_404";
  return "";
}

}  // namespace govmon
