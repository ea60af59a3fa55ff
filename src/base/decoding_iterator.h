// DecodingIterator: the iterator of govmon's compact stores (FindingStore,
// SitePageStore). They keep their elements encoded and decode element i on
// each read, so the iterator hands out values, not references: an input
// iterator over indices [0, size) calling `store->Get(i)`.
#pragma once

#include <cstddef>
#include <iterator>

namespace govmon {

template <typename Store, typename Value>
class DecodingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = Value;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = Value;

  DecodingIterator() = default;
  DecodingIterator(const Store* store, size_t index) : store_(store), index_(index) {}
  Value operator*() const { return store_->Get(index_); }
  DecodingIterator& operator++() {
    ++index_;
    return *this;
  }
  DecodingIterator operator++(int) {
    DecodingIterator old = *this;
    ++index_;
    return old;
  }
  friend bool operator==(const DecodingIterator& a, const DecodingIterator& b) {
    return a.index_ == b.index_;
  }

 private:
  const Store* store_ = nullptr;
  size_t index_ = 0;
};

}  // namespace govmon
