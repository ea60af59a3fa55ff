// SitePageStore: the SitePages of one crawl, kept encoded and mostly on disk.
// A site has up to ~10^5 pages and a SitePage as C++ objects costs a few KB
// (a string or vector header and a heap block per field, growth slack);
// encoded, its fields are length-prefixed bytes, several times smaller, and
// appended to chunks. A full chunk is written to an unlinked temporary file
// (in $TMPDIR, else /tmp) and freed, so memory holds one open chunk and 12
// bytes per page whatever the site's size. When no temporary file can be
// made or written, chunks stay in memory (one warning is logged): a page is
// never lost. Pages are decoded on each read, so callers that need a field
// of a page many times should copy it out once.
//
// It reads like a std::vector<SitePage> that returns copies: operator[],
// range-for and size(). Writes replace a whole page. Not thread-safe for
// writes; concurrent reads are safe (each thread reads the file through its
// own cache of recently read stretches, at most 256 KB, so a pass over the
// pages in order reads the file in large sequential pieces).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "base/decoding_iterator.h"
#include "check/site_model.h"

namespace govmon {

class SitePageStore {
 public:
  using Iterator = DecodingIterator<SitePageStore, SitePage>;

  static constexpr size_t kDefaultChunkBytes = size_t{1} << 20;

  SitePageStore() = default;
  // Chunks of `chunk_bytes` (a page bigger than that gets a chunk of its
  // own). Small chunks make tests spill after a few pages.
  explicit SitePageStore(size_t chunk_bytes);
  SitePageStore(std::initializer_list<SitePage> pages);
  // Copies share the temporary file, whose written parts never change; each
  // copy appends to it on its own.
  SitePageStore(const SitePageStore&) = default;
  SitePageStore& operator=(const SitePageStore&) = default;
  SitePageStore(SitePageStore&&) = default;
  SitePageStore& operator=(SitePageStore&&) = default;
  ~SitePageStore() = default;

  size_t size() const { return refs_.size(); }
  bool empty() const { return refs_.empty(); }
  // Appends `page`.
  void push_back(const SitePage& page);
  // Grows with empty pages or drops pages from the end.
  void resize(size_t n);
  // Replaces page `i`. REQUIRES: i < size(). The old encoding's bytes stay
  // until the store is destroyed (the crawler writes each page once).
  void Set(size_t i, const SitePage& page);
  // A decoded copy of page `i`, or an empty SitePage if the temporary file
  // cannot be read back (an I/O error; logged). REQUIRES: i < size().
  SitePage Get(size_t i) const;
  SitePage operator[](size_t i) const { return Get(i); }
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }

  // Bytes held in memory, for benchmarks and tests.
  size_t bytes() const;
  // Bytes written to the temporary file, for benchmarks and tests.
  size_t spilled_bytes() const;

 private:
  struct SpillFile;
  // Where a page's encoding is: its chunk, its offset in the chunk and its
  // size. size == 0 for an empty page (no encoding is empty).
  struct Ref {
    uint32_t chunk = 0;
    uint32_t offset = 0;
    uint32_t size = 0;
  };
  static constexpr uint64_t kInMemory = ~uint64_t{0};
  struct Chunk {
    std::string bytes;                 // The encodings while the chunk is in memory.
    uint64_t file_offset = kInMemory;  // Where the chunk is in file_ once written.
    size_t size = 0;                   // Bytes in the chunk.
  };

  // Writes the last chunk to file_ and frees it; returns its buffer, emptied,
  // for reuse. Leaves the chunk in memory if it cannot be written.
  std::string Spill();

  size_t chunk_bytes_ = kDefaultChunkBytes;
  std::vector<Ref> refs_;
  std::vector<Chunk> chunks_;
  std::shared_ptr<SpillFile> file_;  // Null until a chunk is first written.
  bool spill_failed_ = false;        // A temporary file could not be made or written.
};

}  // namespace govmon
