#include "check/link_status.h"

namespace govmon {

std::string_view FetchErrorName(FetchError error) {
  switch (error) {
    case FetchError::kNone:
      return "";
    case FetchError::kTimeout:
      return "timeout";
    case FetchError::kDns:
      return "dns";
    case FetchError::kConnectionRefused:
      return "connection_refused";
    case FetchError::kConnectionReset:
      return "connection_reset";
    case FetchError::kTls:
      return "tls";
    case FetchError::kRedirectLoop:
      return "redirect_loop";
    case FetchError::kTooManyRedirects:
      return "too_many_redirects";
    case FetchError::kTooLarge:
      return "too_large";
    case FetchError::kBadUrl:
      return "bad_url";
    case FetchError::kOther:
      return "fetch_error";
  }
  return "fetch_error";
}

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
