// FetchError: why an HTTP fetch failed below the HTTP level. Shared by the
// fetcher (net), the link facts (check) and the output, so it lives in base.
// The names are stable: they are broken_link kinds.
#pragma once

#include <cstdint>
#include <string_view>

namespace govmon {

enum class FetchError : uint8_t {
  kNone,
  kTimeout,
  kDns,
  kConnectionRefused,
  kConnectionReset,
  kTls,
  kRedirectLoop,
  kTooManyRedirects,
  kTooLarge,
  kBadUrl,
  kOther,
};

// "timeout", "dns", "connection_refused", … ("" for kNone).
std::string_view FetchErrorName(FetchError error);

}  // namespace govmon
