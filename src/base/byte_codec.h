// ByteWriter and ByteReader: the small binary encoding of govmon's compact
// stores (findings, page summaries) — unsigned LEB128 varints and
// length-prefixed byte strings appended to a std::string. Only for data the
// process wrote itself: the reader trusts its input (REQUIRES: well formed).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace govmon {

class ByteWriter {
 public:
  explicit ByteWriter(std::string* out) : out_(out) {}
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_->push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_->push_back(static_cast<char>(v));
  }
  // Its length as a varint, then the bytes.
  void Bytes(std::string_view s) {
    Varint(s.size());
    Raw(s);
  }
  // The bytes alone: the reader must know their length.
  void Raw(std::string_view s) { out_->append(s); }
  void Double(double d) {
    char raw[sizeof d];
    std::memcpy(raw, &d, sizeof d);
    out_->append(raw, sizeof raw);
  }

 private:
  std::string* out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; pos_ < in_.size(); shift += 7) {
      const auto byte = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) break;
    }
    return v;
  }
  size_t Size() { return static_cast<size_t>(Varint()); }
  // A view into the input: valid as long as the input is.
  std::string_view Bytes() { return Raw(Size()); }
  // The next `n` bytes (fewer at the end of the input).
  std::string_view Raw(size_t n) {
    std::string_view s = in_.substr(std::min(pos_, in_.size()), n);
    pos_ += s.size();
    return s;
  }
  double Double() {
    double d = 0;
    if (pos_ + sizeof d <= in_.size()) std::memcpy(&d, in_.data() + pos_, sizeof d);
    pos_ += sizeof d;
    return d;
  }
  size_t position() const { return pos_; }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace govmon
