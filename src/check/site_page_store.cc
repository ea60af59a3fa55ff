#include "check/site_page_store.h"

#include <algorithm>
#include <cassert>
#include <optional>
#include <string_view>

namespace govmon {
namespace {

// Chunks are this big unless one page needs more; a full chunk is never
// reallocated, so memory grows by at most one chunk at a time.
constexpr size_t kChunkBytes = 1 << 20;

// The encoding: unsigned LEB128 varints; a string is its length then its
// bytes; a URL likewise, without the page's origin when it shares it; a list is its length then its
// entries; an optional date is 0 for none, else 1 + the zigzag of its days since the epoch. The
// origin ("https://www.a.gov.cn") of an absolute URL, or "".
std::string_view OriginOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  const size_t path = url.find('/', scheme + 3);
  return path == std::string_view::npos ? url : url.substr(0, path);
}

class Writer {
 public:
  Writer(std::string* out, std::string_view origin) : out_(out), origin_(origin) {}
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_->push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_->push_back(static_cast<char>(v));
  }
  void String(const std::string& s) {
    Varint(s.size());
    out_->append(s);
  }
  // Most URLs a page keeps are on its own site: those are written without
  // their origin. The low bit of the length says which.
  void Url(const std::string& url) {
    const std::string_view view(url);
    if (!origin_.empty() && view.substr(0, origin_.size()) == origin_) {
      Varint(((url.size() - origin_.size()) << 1) | 1);
      out_->append(view.substr(origin_.size()));
    } else {
      Varint(url.size() << 1);
      out_->append(url);
    }
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
  std::string* out_;
  std::string_view origin_;
};

class Reader {
 public:
  explicit Reader(const char* p) : p_(reinterpret_cast<const unsigned char*>(p)) {}
  void set_origin(std::string_view origin) { origin_ = origin; }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      const unsigned char b = *p_++;
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
  }
  size_t Size() { return static_cast<size_t>(Varint()); }
  void String(std::string* s) {
    const size_t n = Size();
    s->assign(reinterpret_cast<const char*>(p_), n);
    p_ += n;
  }
  void Url(std::string* s) {
    const uint64_t v = Varint();
    const size_t n = static_cast<size_t>(v >> 1);
    if (v & 1) {
      s->reserve(origin_.size() + n);
      s->assign(origin_);
      s->append(reinterpret_cast<const char*>(p_), n);
    } else {
      s->assign(reinterpret_cast<const char*>(p_), n);
    }
    p_ += n;
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
  const unsigned char* p_;
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

SitePage Decode(const char* data) {
  Reader r(data);
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

}  // namespace

SitePageStore::SitePageStore(std::initializer_list<SitePage> pages) {
  for (const SitePage& page : pages) push_back(page);
}

void SitePageStore::push_back(const SitePage& page) {
  refs_.push_back(kEmpty);
  Set(refs_.size() - 1, page);
}

void SitePageStore::resize(size_t n) { refs_.resize(n, kEmpty); }

void SitePageStore::Set(size_t i, const SitePage& page) {
  assert(i < refs_.size());
  thread_local std::string encoded;
  encoded.clear();
  Encode(page, &encoded);
  if (chunks_.empty() || chunks_.back().size() + encoded.size() > chunks_.back().capacity()) {
    chunks_.emplace_back();
    chunks_.back().reserve(std::max(kChunkBytes, encoded.size()));
  }
  std::string& chunk = chunks_.back();
  refs_[i] = (static_cast<uint64_t>(chunks_.size() - 1) << 32) | chunk.size();
  chunk.append(encoded);
}

SitePage SitePageStore::Get(size_t i) const {
  assert(i < refs_.size());
  const uint64_t ref = refs_[i];
  if (ref == kEmpty) return SitePage();
  return Decode(chunks_[ref >> 32].data() + (ref & 0xFFFFFFFFu));
}

size_t SitePageStore::bytes() const {
  size_t total = refs_.capacity() * sizeof(uint64_t);
  for (const std::string& chunk : chunks_) total += chunk.capacity();
  return total;
}

}  // namespace govmon
