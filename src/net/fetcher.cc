#include "net/fetcher.h"

namespace govmon {

std::string FetchResponse::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) return value;
  }
  return "";
}

FetchResponse Fetcher::FetchNow(FetchRequest request) {
  FetchResponse result;
  Submit(std::move(request), [&result](FetchResponse r) { result = std::move(r); });
  Run();
  return result;
}

}  // namespace govmon
