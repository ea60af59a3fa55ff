// FindingStore: the findings of a scan, kept encoded. A scan of a large site
// can report 10^5 findings and more (a broken target linked from every page
// is one finding per page); as Finding objects they cost ~600 bytes each
// (ten string headers, heap blocks, a vector's growth slack). Encoded, the
// fields that repeat across findings (check, site, kind, target, detail,
// location, suggestion) are stored once and referred to by number, and the
// rest are length-prefixed bytes in large chunks: about a fifth of that.
//
// It reads like a std::vector<Finding> that returns copies: operator[],
// range-for, size(). Not thread-safe for writes; concurrent reads are safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/decoding_iterator.h"
#include "check/finding.h"

namespace govmon {

class FindingStore {
 public:
  using Iterator = DecodingIterator<FindingStore, Finding>;

  // Findings [first, last) of a store, for range-for.
  class Range {
   public:
    Range(const FindingStore* store, size_t first, size_t last)
        : store_(store), first_(first), last_(last) {}
    Iterator begin() const { return Iterator(store_, first_); }
    Iterator end() const { return Iterator(store_, last_); }
    size_t size() const { return last_ - first_; }

   private:
    const FindingStore* store_;
    size_t first_;
    size_t last_;
  };

  FindingStore() = default;
  FindingStore(std::initializer_list<Finding> findings);
  explicit FindingStore(const std::vector<Finding>& findings);
  FindingStore(const FindingStore& other);
  FindingStore& operator=(const FindingStore& other);
  FindingStore(FindingStore&&) noexcept = default;
  FindingStore& operator=(FindingStore&&) noexcept = default;

  size_t size() const { return refs_.size(); }
  bool empty() const { return refs_.empty(); }
  void push_back(const Finding& finding);
  // A decoded copy of finding `i`. REQUIRES: i < size().
  Finding Get(size_t i) const;
  Finding operator[](size_t i) const { return Get(i); }
  // Replaces finding `i`. REQUIRES: i < size(). The old encoding's bytes stay
  // until the store is destroyed.
  void Set(size_t i, const Finding& finding);
  // The sort key fields of finding `i` (check, site, url …) without
  // decoding the rest. The views live as long as the store.
  FindingSortKey Key(size_t i) const;

  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }
  Range Slice(size_t first, size_t last) const { return Range(this, first, last); }
  Range All() const { return Range(this, 0, size()); }
  // Decoded copies of all findings (for tests and small stores).
  std::vector<Finding> ToVector() const;

  // Orders the findings by FindingLess, keeping the order of equal ones.
  // Moves only the 8-byte references, never the findings.
  void Sort();

  // Bytes held, for benchmarks and tests.
  size_t bytes() const;

 private:
  uint32_t Intern(std::string_view s);
  std::string_view EncodingAt(size_t i) const;

  // Where finding i's encoding starts: chunk index << 32 | offset in the chunk.
  std::vector<uint64_t> refs_;
  std::vector<std::string> chunks_;
  // Interned strings by number; a deque so that the views in `ids_` stay valid.
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, uint32_t> ids_;
};

}  // namespace govmon
