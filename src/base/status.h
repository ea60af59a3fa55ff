// Status: the outcome of an operation that can fail in an expected way
// (bad input, I/O failure). OK carries no allocation. Values are immutable
// and safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace govmon {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // The caller's input is malformed; the message names it.
  kNotFound,
  kIoError,
  kCorruption,         // Stored or fetched data does not parse.
  kResourceExhausted,  // A size, time or count limit was hit.
  kUnavailable,        // A dependency (network, database) did not answer.
  kUnimplemented,
  kInternal,
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : rep_(code == StatusCode::kOk ? nullptr
                                     : std::make_shared<const Rep>(Rep{code, std::move(message)})) {
  }

  static Status Ok() { return Status(); }

  bool ok() const { return rep_ == nullptr; }
  StatusCode code() const { return rep_ ? rep_->code : StatusCode::kOk; }
  // The message given at construction; empty for OK.
  std::string_view message() const { return rep_ ? std::string_view(rep_->message) : ""; }
  // "OK" or "<code name>: <message>", for logs and tests.
  std::string ToString() const;

  // Prefixes the message with `context`, e.g. the file name being read.
  Status WithContext(std::string_view context) const;

  friend bool operator==(const Status& a, const Status& b) {
    return a.code() == b.code() && a.message() == b.message();
  }

 private:
  struct Rep {
    StatusCode code;
    std::string message;
  };
  std::shared_ptr<const Rep> rep_;
};

inline Status InvalidArgumentError(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status NotFoundError(std::string m) { return Status(StatusCode::kNotFound, std::move(m)); }
inline Status IoError(std::string m) { return Status(StatusCode::kIoError, std::move(m)); }
inline Status CorruptionError(std::string m) {
  return Status(StatusCode::kCorruption, std::move(m));
}
inline Status ResourceExhaustedError(std::string m) {
  return Status(StatusCode::kResourceExhausted, std::move(m));
}
inline Status UnavailableError(std::string m) {
  return Status(StatusCode::kUnavailable, std::move(m));
}
inline Status InternalError(std::string m) { return Status(StatusCode::kInternal, std::move(m)); }

std::string_view StatusCodeName(StatusCode code);

}  // namespace govmon
