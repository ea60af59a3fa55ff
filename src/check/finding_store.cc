#include "check/finding_store.h"

#include <algorithm>
#include <numeric>

#include "base/byte_codec.h"

namespace govmon {
namespace {

// Chunks are this big unless one finding needs more; a full chunk is never
// reallocated, so memory grows by at most one chunk at a time.
constexpr size_t kChunkBytes = 1 << 20;

// The encoding of one finding: a flags byte (severity in the low two bits,
// bit 2 set when a confidence follows as 8 raw bytes); the numbers of the
// interned strings check, site, kind, target, detail, location, suggestion;
// then url, evidence and context as length-prefixed bytes.
constexpr uint8_t kHasConfidence = 4;

}  // namespace

FindingStore::FindingStore(std::initializer_list<Finding> findings) {
  for (const Finding& f : findings) push_back(f);
}

FindingStore::FindingStore(const std::vector<Finding>& findings) {
  for (const Finding& f : findings) push_back(f);
}

std::vector<Finding> FindingStore::ToVector() const { return {begin(), end()}; }

FindingStore::FindingStore(const FindingStore& other)
    : refs_(other.refs_), chunks_(other.chunks_), strings_(other.strings_) {
  for (uint32_t id = 0; id < strings_.size(); ++id) ids_.emplace(strings_[id], id);
}

FindingStore& FindingStore::operator=(const FindingStore& other) {
  if (this != &other) *this = FindingStore(other);
  return *this;
}

uint32_t FindingStore::Intern(std::string_view s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(s);
  ids_.emplace(strings_.back(), id);
  return id;
}

void FindingStore::push_back(const Finding& finding) {
  refs_.push_back(0);
  Set(refs_.size() - 1, finding);
}

void FindingStore::Set(size_t i, const Finding& f) {
  std::string encoded;
  ByteWriter w(&encoded);
  const uint8_t flags =
      static_cast<uint8_t>(static_cast<uint8_t>(f.severity) | (f.confidence ? kHasConfidence : 0));
  w.Varint(flags);
  if (f.confidence) w.Double(*f.confidence);
  for (const std::string* s :
       {&f.check, &f.site, &f.kind, &f.target, &f.detail, &f.location, &f.suggestion}) {
    w.Varint(Intern(*s));
  }
  w.Bytes(f.url);
  w.Bytes(f.evidence);
  w.Bytes(f.context);

  if (chunks_.empty() || chunks_.back().size() + encoded.size() > chunks_.back().capacity()) {
    chunks_.emplace_back();
    chunks_.back().reserve(std::max(kChunkBytes, encoded.size()));
  }
  std::string& chunk = chunks_.back();
  refs_[i] = (static_cast<uint64_t>(chunks_.size() - 1) << 32) | chunk.size();
  chunk.append(encoded);
}

std::string_view FindingStore::EncodingAt(size_t i) const {
  const uint64_t ref = refs_[i];
  const std::string& chunk = chunks_[ref >> 32];
  return std::string_view(chunk).substr(ref & 0xFFFFFFFFu);
}

Finding FindingStore::Get(size_t i) const {
  ByteReader r(EncodingAt(i));
  Finding f;
  const auto flags = static_cast<uint8_t>(r.Varint());
  f.severity = static_cast<Severity>(flags & 3);
  if (flags & kHasConfidence) f.confidence = r.Double();
  for (std::string* s :
       {&f.check, &f.site, &f.kind, &f.target, &f.detail, &f.location, &f.suggestion}) {
    *s = strings_[r.Varint()];
  }
  f.url = r.Bytes();
  f.evidence = r.Bytes();
  f.context = r.Bytes();
  return f;
}

FindingSortKey FindingStore::Key(size_t i) const {
  ByteReader r(EncodingAt(i));
  if (r.Varint() & kHasConfidence) r.Double();
  FindingSortKey key;
  key.check = strings_[r.Varint()];
  key.site = strings_[r.Varint()];
  key.kind = strings_[r.Varint()];
  key.target = strings_[r.Varint()];
  r.Varint();  // detail
  key.location = strings_[r.Varint()];
  r.Varint();  // suggestion
  key.url = r.Bytes();
  key.evidence = r.Bytes();
  return key;
}

void FindingStore::Sort() {
  std::vector<uint32_t> order(refs_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return Key(a) < Key(b); });
  std::vector<uint64_t> sorted(refs_.size());
  for (size_t i = 0; i < order.size(); ++i) sorted[i] = refs_[order[i]];
  refs_ = std::move(sorted);
}

size_t FindingStore::bytes() const {
  size_t n = refs_.capacity() * sizeof(uint64_t);
  for (const std::string& c : chunks_) n += c.capacity();
  for (const std::string& s : strings_) n += sizeof(std::string) + (s.size() > 15 ? s.size() : 0);
  return n + ids_.size() * 48;
}

}  // namespace govmon
