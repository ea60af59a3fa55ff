#include "check/site_page_store.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cassert>
#include <cerrno>
#include <optional>
#include <string_view>
#include <system_error>

#include "base/byte_codec.h"
#include "base/log.h"
#include "base/temp_file.h"

namespace govmon {
namespace {

// The encoding: unsigned LEB128 varints; a string is its length then its
// bytes; a URL likewise, without the page's origin when it shares it; a list
// is its length then its entries; an optional date is 0 for none, else 1 +
// the zigzag of its days since the epoch.

// The origin ("https://www.a.gov.cn") of an absolute URL, or "".
std::string_view OriginOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  const size_t path = url.find('/', scheme + 3);
  return path == std::string_view::npos ? url : url.substr(0, path);
}

// Writer and Reader add to base/byte_codec.h what a SitePage needs: URLs
// without the page's origin, optional dates, lists.
class Writer {
 public:
  Writer(std::string* out, std::string_view origin) : bytes_(out), origin_(origin) {}
  void Varint(uint64_t v) { bytes_.Varint(v); }
  void String(const std::string& s) { bytes_.Bytes(s); }
  // Most URLs a page keeps are on its own site: those are written without
  // their origin. The low bit of the length says which.
  void Url(const std::string& url) {
    const std::string_view view(url);
    const bool on_site = !origin_.empty() && view.starts_with(origin_);
    const std::string_view rest = on_site ? view.substr(origin_.size()) : view;
    bytes_.Varint((rest.size() << 1) | (on_site ? 1 : 0));
    bytes_.Raw(rest);
  }
  void Urls(const std::vector<std::string>& v) {
    Varint(v.size());
    for (const std::string& s : v) Url(s);
  }
  void OptionalDate(const std::optional<Date>& d) {
    if (!d) {
      Varint(0);
      return;
    }
    const int64_t days = d->days_since_epoch();
    Varint(1 + ((static_cast<uint64_t>(days) << 1) ^ static_cast<uint64_t>(days >> 63)));
  }
  void Strings(const std::vector<std::string>& v) {
    Varint(v.size());
    for (const std::string& s : v) String(s);
  }
  void Links(const std::vector<ContentLink>& v) {
    Varint(v.size());
    for (const ContentLink& l : v) {
      String(l.text);
      Url(l.url);
    }
  }

 private:
  ByteWriter bytes_;
  std::string_view origin_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : bytes_(in) {}
  void set_origin(std::string_view origin) { origin_ = origin; }
  uint64_t Varint() { return bytes_.Varint(); }
  size_t Size() { return bytes_.Size(); }
  void String(std::string* s) { s->assign(bytes_.Bytes()); }
  void Url(std::string* s) {
    const uint64_t v = Varint();
    const std::string_view rest = bytes_.Raw(static_cast<size_t>(v >> 1));
    if (v & 1) {
      s->reserve(origin_.size() + rest.size());
      s->assign(origin_);
      s->append(rest);
    } else {
      s->assign(rest);
    }
  }
  void Urls(std::vector<std::string>* v) {
    v->resize(Size());
    for (std::string& s : *v) Url(&s);
  }
  std::optional<Date> OptionalDate() {
    const uint64_t v = Varint();
    if (v == 0) return std::nullopt;
    const uint64_t z = v - 1;
    const int64_t days = static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1);
    return Date::FromDaysSinceEpoch(static_cast<long>(days));
  }
  void Strings(std::vector<std::string>* v) {
    v->resize(Size());
    for (std::string& s : *v) String(&s);
  }
  void Links(std::vector<ContentLink>* v) {
    v->resize(Size());
    for (ContentLink& l : *v) {
      String(&l.text);
      Url(&l.url);
    }
  }

 private:
  ByteReader bytes_;
  std::string_view origin_;
};

constexpr uint64_t kArticle = 1;
constexpr uint64_t kList = 2;
constexpr uint64_t kEmptyNotice = 4;
constexpr uint64_t kMessageBoard = 8;

void Encode(const SitePage& page, std::string* out) {
  Writer w(out, OriginOf(page.url));
  w.String(page.url);
  w.String(page.title);
  w.String(page.column_name);
  w.Strings(page.breadcrumb);
  w.OptionalDate(page.pub_date);
  uint64_t flags = 0;
  if (page.is_article) flags |= kArticle;
  if (page.is_list) flags |= kList;
  if (page.empty_notice) flags |= kEmptyNotice;
  if (page.message_board) flags |= kMessageBoard;
  w.Varint(flags);
  w.Varint(page.items.size());
  for (const ListItem& item : page.items) {
    w.String(item.title);
    w.Url(item.url);
    w.OptionalDate(item.date);
  }
  w.OptionalDate(page.newest_item_date);
  w.Varint(static_cast<uint64_t>(page.dated_list_items));
  w.Urls(page.pagination);
  w.Varint(page.messages.size());
  for (const MessageEntry& m : page.messages) {
    w.String(m.title);
    w.Url(m.url);
    w.OptionalDate(m.submitted);
    w.OptionalDate(m.replied);
    w.Varint(static_cast<uint64_t>(m.status));
  }
  w.Urls(page.related_urls);
  w.Links(page.navigation);
  w.Urls(page.insecure_resources);
  w.Varint(static_cast<uint64_t>(page.insecure_resource_count));
}

SitePage Decode(std::string_view encoded) {
  Reader r(encoded);
  SitePage page;
  r.String(&page.url);
  r.set_origin(OriginOf(page.url));
  r.String(&page.title);
  r.String(&page.column_name);
  r.Strings(&page.breadcrumb);
  page.pub_date = r.OptionalDate();
  const uint64_t flags = r.Varint();
  page.is_article = (flags & kArticle) != 0;
  page.is_list = (flags & kList) != 0;
  page.empty_notice = (flags & kEmptyNotice) != 0;
  page.message_board = (flags & kMessageBoard) != 0;
  page.items.resize(r.Size());
  for (ListItem& item : page.items) {
    r.String(&item.title);
    r.Url(&item.url);
    item.date = r.OptionalDate();
  }
  page.newest_item_date = r.OptionalDate();
  page.dated_list_items = static_cast<int>(r.Varint());
  r.Urls(&page.pagination);
  page.messages.resize(r.Size());
  for (MessageEntry& m : page.messages) {
    r.String(&m.title);
    r.Url(&m.url);
    m.submitted = r.OptionalDate();
    m.replied = r.OptionalDate();
    m.status = static_cast<MessageEntry::Status>(r.Varint());
  }
  r.Urls(&page.related_urls);
  r.Links(&page.navigation);
  r.Urls(&page.insecure_resources);
  page.insecure_resource_count = static_cast<int>(r.Varint());
  return page;
}

// Temporary files and reading them back.

std::string ErrnoText(int error) {
  return std::error_code(error, std::generic_category()).message();
}

bool WriteAt(int fd, const char* data, size_t n, uint64_t offset) {
  while (n > 0) {
    const ssize_t written = ::pwrite(fd, data, n, static_cast<off_t>(offset));
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    n -= static_cast<size_t>(written);
    offset += static_cast<uint64_t>(written);
  }
  return true;
}

bool ReadAt(int fd, char* data, size_t n, uint64_t offset) {
  while (n > 0) {
    const ssize_t got = ::pread(fd, data, n, static_cast<off_t>(offset));
    if (got < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (got == 0) {  // The file is shorter than what was written to it.
      errno = EIO;
      return false;
    }
    data += got;
    n -= static_cast<size_t>(got);
    offset += static_cast<uint64_t>(got);
  }
  return true;
}

// Each thread keeps the last few stretches of temporary files it read
// (windows). A read that misses them but lands near the last window read is
// taken for a pass over the pages in order and reads the 64 KB of the chunk
// from the page on, so such a pass costs one pread per 64 KB; any other miss
// reads 4 KB (a lookup of one page). The crawler writes pages in the order
// their parsing ends, which differs from page order by a few places; the
// other windows absorb that. Windows never go stale: written parts of a
// file never change, and file ids are never reused.
constexpr size_t kWindowBytes = 64 << 10;
constexpr size_t kLookupBytes = 4 << 10;

struct Window {
  uint64_t file = 0;  // SpillFile::id; 0 for none.
  uint64_t begin = 0;
  uint64_t last_use = 0;
  std::string bytes;
};

struct WindowCache {
  std::array<Window, 4> windows;
  uint64_t clock = 0;
  // The last window read.
  uint64_t last_file = 0;
  uint64_t last_begin = 0;
  uint64_t last_end = 0;
};

std::atomic<uint64_t> next_file_id{1};

}  // namespace

struct SitePageStore::SpillFile {
  explicit SpillFile(int fd_in) : fd(fd_in), id(next_file_id.fetch_add(1)) {}
  ~SpillFile() { ::close(fd); }
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  const int fd;
  const uint64_t id;
  std::atomic<uint64_t> end{0};  // Bytes reserved so far; copies append too.
  std::atomic<bool> read_error_logged{false};
};

SitePageStore::SitePageStore(size_t chunk_bytes)
    : chunk_bytes_(std::clamp<size_t>(chunk_bytes, 1, size_t{1} << 30)) {}

SitePageStore::SitePageStore(std::initializer_list<SitePage> pages) {
  for (const SitePage& page : pages) push_back(page);
}

void SitePageStore::push_back(const SitePage& page) {
  refs_.emplace_back();
  Set(refs_.size() - 1, page);
}

void SitePageStore::resize(size_t n) { refs_.resize(n); }

void SitePageStore::Set(size_t i, const SitePage& page) {
  assert(i < refs_.size());
  thread_local std::string encoded;
  encoded.clear();
  Encode(page, &encoded);
  assert(!encoded.empty() && encoded.size() <= UINT32_MAX);
  if (chunks_.empty() || (!chunks_.back().bytes.empty() &&
                          chunks_.back().bytes.size() + encoded.size() > chunk_bytes_)) {
    std::string buffer;
    if (!chunks_.empty()) buffer = Spill();
    // A buffer that grew for a page bigger than a chunk is not kept.
    // (Assigning an empty string would keep its capacity; a swap frees it.)
    if (buffer.capacity() > 2 * chunk_bytes_) std::string().swap(buffer);
    buffer.reserve(std::max(chunk_bytes_, encoded.size()));
    chunks_.emplace_back();
    chunks_.back().bytes = std::move(buffer);
  }
  std::string& chunk = chunks_.back().bytes;
  refs_[i] = Ref{static_cast<uint32_t>(chunks_.size() - 1), static_cast<uint32_t>(chunk.size()),
                 static_cast<uint32_t>(encoded.size())};
  chunk.append(encoded);
  if (encoded.capacity() > kDefaultChunkBytes) std::string().swap(encoded);
}

std::string SitePageStore::Spill() {
  Chunk& chunk = chunks_.back();
  if (!spill_failed_ && file_ == nullptr) {
    std::string error;
    const int fd = OpenUnlinkedTempFile(&error);
    if (fd < 0) {
      Log(LogLevel::kWarning, "page summaries stay in memory: cannot make a temporary file: {}",
          error);
      spill_failed_ = true;
    } else {
      file_ = std::make_shared<SpillFile>(fd);
    }
  }
  if (spill_failed_) return std::string();
  const uint64_t offset = file_->end.fetch_add(chunk.bytes.size());
  if (!WriteAt(file_->fd, chunk.bytes.data(), chunk.bytes.size(), offset)) {
    Log(LogLevel::kWarning, "page summaries stay in memory: cannot write the temporary file: {}",
        ErrnoText(errno));
    spill_failed_ = true;
    return std::string();
  }
  chunk.file_offset = offset;
  chunk.size = chunk.bytes.size();
  std::string buffer;
  buffer.swap(chunk.bytes);
  buffer.clear();
  return buffer;
}

SitePage SitePageStore::Get(size_t i) const {
  assert(i < refs_.size());
  const Ref ref = refs_[i];
  if (ref.size == 0) return SitePage();
  const Chunk& chunk = chunks_[ref.chunk];
  if (chunk.file_offset == kInMemory)
    return Decode(std::string_view(chunk.bytes).substr(ref.offset, ref.size));

  const uint64_t at = chunk.file_offset + ref.offset;
  int error = 0;
  if (ref.size > kWindowBytes) {
    std::string big(ref.size, '\0');
    if (ReadAt(file_->fd, big.data(), big.size(), at)) return Decode(big);
    error = errno;
  } else {
    thread_local WindowCache cache;
    Window* victim = &cache.windows[0];
    for (Window& w : cache.windows) {
      if (w.file == file_->id && w.begin <= at && at + ref.size <= w.begin + w.bytes.size()) {
        w.last_use = ++cache.clock;
        return Decode(std::string_view(w.bytes).substr(at - w.begin, ref.size));
      }
      if (w.last_use < victim->last_use) victim = &w;
    }
    const bool in_order = cache.last_file == file_->id && at >= cache.last_begin &&
                          at < cache.last_end + kWindowBytes;
    // The window stays within the chunk: past its end may be another
    // store's bytes still being written.
    const size_t length = static_cast<size_t>(
        std::min<uint64_t>(std::max<size_t>(in_order ? kWindowBytes : kLookupBytes, ref.size),
                           chunk.file_offset + chunk.size - at));
    victim->file = 0;
    victim->bytes.resize(length);
    if (ReadAt(file_->fd, victim->bytes.data(), length, at)) {
      victim->file = cache.last_file = file_->id;
      victim->begin = cache.last_begin = at;
      cache.last_end = at + length;
      victim->last_use = ++cache.clock;
      return Decode(std::string_view(victim->bytes).substr(0, ref.size));
    }
    error = errno;
  }
  if (!file_->read_error_logged.exchange(true)) {
    Log(LogLevel::kError, "page summaries: cannot read the temporary file back: {}",
        ErrnoText(error));
  }
  return SitePage();
}

size_t SitePageStore::bytes() const {
  size_t total = refs_.capacity() * sizeof(Ref) + chunks_.capacity() * sizeof(Chunk);
  for (const Chunk& chunk : chunks_) total += chunk.bytes.capacity();
  return total;
}

size_t SitePageStore::spilled_bytes() const {
  size_t total = 0;
  for (const Chunk& chunk : chunks_) {
    if (chunk.file_offset != kInMemory) total += chunk.size;
  }
  return total;
}

}  // namespace govmon
