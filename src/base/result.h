// Result<T>: a value or the Status that explains why there is none. It has the
// shape of C++23 std::expected so that it can be replaced by it later.
#pragma once

#include <cassert>
#include <optional>
#include <utility>

#include "base/status.h"

namespace govmon {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design.
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design.
    assert(!status_.ok() && "Result built from an OK status has no value");
  }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok().
  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  T value_or(T fallback) const& { return ok() ? *value_ : std::move(fallback); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace govmon

// Returns early from the enclosing function when `expr` (a Status) is not OK.
#define GOVMON_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::govmon::Status govmon_status_ = (expr);        \
    if (!govmon_status_.ok()) return govmon_status_; \
  } while (0)
