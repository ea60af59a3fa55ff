#include "base/fetch_error.h"

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

}  // namespace govmon
