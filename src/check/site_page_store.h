// SitePageStore: the SitePages of one crawl, kept encoded. A site has up to
// ~10^5 pages and a SitePage as C++ objects costs a few KB (a string or vector
// header and a heap block per field, growth slack); encoded, its fields are
// length-prefixed bytes in large chunks, several times smaller. Pages are
// decoded on each read, so callers that need a field of a page many times
// should copy it out once.
//
// It reads like a std::vector<SitePage> that returns copies: operator[],
// range-for and size(). Writes replace a whole page. Not thread-safe for
// writes; concurrent reads are safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "check/site_model.h"

namespace govmon {

class SitePageStore {
 public:
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = SitePage;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = SitePage;

    Iterator() = default;
    Iterator(const SitePageStore* store, size_t index) : store_(store), index_(index) {}
    SitePage operator*() const { return store_->Get(index_); }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++index_;
      return old;
    }
    friend bool operator==(const Iterator& a, const Iterator& b) { return a.index_ == b.index_; }

   private:
    const SitePageStore* store_ = nullptr;
    size_t index_ = 0;
  };

  SitePageStore() = default;
  SitePageStore(std::initializer_list<SitePage> pages);

  size_t size() const { return refs_.size(); }
  bool empty() const { return refs_.empty(); }
  // Appends `page`.
  void push_back(const SitePage& page);
  // Grows with empty pages or drops pages from the end.
  void resize(size_t n);
  // Replaces page `i`. REQUIRES: i < size(). The old encoding's bytes stay
  // until the store is destroyed (the crawler writes each page once).
  void Set(size_t i, const SitePage& page);
  // A decoded copy of page `i`. REQUIRES: i < size().
  SitePage Get(size_t i) const;
  SitePage operator[](size_t i) const { return Get(i); }
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }

  // Bytes held, for benchmarks and tests.
  size_t bytes() const;

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  // Where page i's encoding starts: chunk index << 32 | offset in the chunk.
  std::vector<uint64_t> refs_;
  std::vector<std::string> chunks_;
};

}  // namespace govmon
