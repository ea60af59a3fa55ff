// 7z and rar archives, read through libarchive (Debian's libarchive reads 7z,
// rar 4 and most of rar 5). libarchive decompresses entries as a stream, so
// the limits of ZipArchive::Read are kept while reading: the entry count, the
// bytes expanded per attachment, and an expansion ratio judged on the whole
// archive (7z and rar compress many entries as one solid block, so an entry
// has no compressed size of its own).
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

#include <algorithm>

#include "attach/extract_internal.h"
#include "base/utf8.h"

namespace govmon {

// Defined in plain_text.cc.
Result<std::string> IconvToUtf8(std::string_view bytes, const char* charset);

namespace {

// libarchive converts entry names (UTF-16 in 7z, UTF-8 or OEM in rar) to the
// current locale's charset, and the "C" locale cannot hold Chinese names.
// This switches the calling thread alone (uselocale) to C.UTF-8 while an
// archive is read; other threads and the process locale are untouched.
class ScopedUtf8Locale {
 public:
  ScopedUtf8Locale() {
    static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(0));
    if (utf8 != static_cast<locale_t>(0)) previous_ = uselocale(utf8);
  }
  ~ScopedUtf8Locale() {
    if (previous_ != static_cast<locale_t>(0)) uselocale(previous_);
  }
  ScopedUtf8Locale(const ScopedUtf8Locale&) = delete;
  ScopedUtf8Locale& operator=(const ScopedUtf8Locale&) = delete;

 private:
  locale_t previous_ = static_cast<locale_t>(0);
};

struct ArchiveCloser {
  void operator()(archive* a) const { archive_read_free(a); }
};

std::string ErrorOf(archive* a) {
  const char* message = archive_error_string(a);
  return message != nullptr ? message : "unknown libarchive error";
}

// libarchive reports a missing passphrase with messages like "Encrypted file
// is unsupported" or "Passphrase required for this entry".
bool MentionsEncryption(std::string_view message) {
  return message.find("ncrypt") != std::string_view::npos ||
         message.find("assphrase") != std::string_view::npos ||
         message.find("assword") != std::string_view::npos;
}

// Why libarchive could not go on: a password, a feature it lacks (some rar 5
// and rar 2.x methods, filters), or damage.
UnreadableReason ReasonOf(std::string_view message) {
  if (MentionsEncryption(message)) return UnreadableReason::kEncrypted;
  if (message.find("nsupported") != std::string_view::npos ||
      message.find("not supported") != std::string_view::npos) {
    return UnreadableReason::kUnsupported;
  }
  return UnreadableReason::kCorrupt;
}

std::string EntryName(archive_entry* entry) {
  const char* utf8 = archive_entry_pathname_utf8(entry);
  if (utf8 != nullptr && IsValidUtf8(utf8)) return utf8;
  const char* raw = archive_entry_pathname(entry);
  std::string name = raw != nullptr ? raw : "";
  if (IsValidUtf8(name)) return name;
  // Archives made on Chinese Windows store GBK names.
  Result<std::string> converted = IconvToUtf8(name, "GB18030");
  return converted.ok() ? *converted : SanitizeUtf8(name);
}

}  // namespace

Status ReadLibarchive(std::string_view bytes, std::string_view name, ExtractBudget* budget,
                      const ArchiveVisitor& visit) {
  const AttachOptions& o = budget->options;
  ScopedUtf8Locale utf8_names;
  std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
  if (a == nullptr) return UnreadableError(UnreadableReason::kCorrupt, "libarchive unavailable");
  archive_read_support_format_7zip(a.get());
  archive_read_support_format_rar(a.get());
  archive_read_support_format_rar5(a.get());
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
    std::string message = ErrorOf(a.get());
    return UnreadableError(ReasonOf(message),
                           std::string(name) + ": not a readable archive (" + message + ")");
  }
  // Bytes this archive may expand to in total: the ratio limit, applied to the
  // whole archive, with 1 MB of slack for small archives of small files.
  const double ratio_limit =
      o.max_expansion_ratio * static_cast<double>(bytes.size()) + static_cast<double>(1u << 20);
  size_t expanded_here = 0;
  int files = 0;
  archive_entry* entry = nullptr;
  while (true) {
    int rc = archive_read_next_header(a.get(), &entry);
    if (rc == ARCHIVE_EOF) break;
    if (rc == ARCHIVE_FATAL || (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)) {
      std::string message = ErrorOf(a.get());
      if (files == 0) {
        return UnreadableError(ReasonOf(message), std::string(name) + ": " + message);
      }
      if (budget->problems != nullptr) {
        budget->problems->push_back(
            {std::string(name),
             UnreadableError(UnreadableReason::kCorrupt, std::string(name) + ": " + message)});
      }
      break;  // The rest of a damaged stream cannot be found.
    }
    ++files;
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const std::string entry_name = EntryName(entry);
    if (!visit.wanted(entry_name)) continue;
    const std::string where = std::string(name) + "/" + entry_name;
    if (++budget->entries > o.max_entries) {
      // What was read so far stays; the rest of the archive is not read.
      GOVMON_RETURN_IF_ERROR(visit.entry(
          entry_name, UnreadableError(UnreadableReason::kTooLarge,
                                      where + ": more than " + std::to_string(o.max_entries) +
                                          " archive entries")));
      break;
    }
    if (archive_entry_is_encrypted(entry)) {
      GOVMON_RETURN_IF_ERROR(visit.entry(
          entry_name,
          UnreadableError(UnreadableReason::kEncrypted, where + ": entry is password-protected")));
      continue;
    }
    const size_t remaining =
        budget->expanded < o.max_expanded_bytes ? o.max_expanded_bytes - budget->expanded : 0;
    const bool size_known = archive_entry_size_is_set(entry) != 0;
    const auto declared = static_cast<uint64_t>(std::max<la_int64_t>(archive_entry_size(entry), 0));
    if (size_known && declared > remaining) {
      GOVMON_RETURN_IF_ERROR(visit.entry(
          entry_name, UnreadableError(UnreadableReason::kTooLarge,
                                      where + ": expands to " + std::to_string(declared) +
                                          " bytes, over the limit of " +
                                          std::to_string(o.max_expanded_bytes))));
      continue;
    }
    std::string data;
    // A header may lie about the size: reserve no more than the ratio allows.
    const double allowed = std::max(0.0, ratio_limit - static_cast<double>(expanded_here));
    data.reserve(static_cast<size_t>(
        std::min({static_cast<double>(declared), static_cast<double>(remaining), allowed})));
    char buffer[1 << 16];
    Status status;
    while (true) {
      la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
      if (n < 0) {
        std::string message = ErrorOf(a.get());
        status = UnreadableError(ReasonOf(message), where + ": " + message);
        break;
      }
      if (n == 0) break;
      data.append(buffer, static_cast<size_t>(n));
      if (data.size() > remaining) {
        status = UnreadableError(UnreadableReason::kTooLarge,
                                 where + ": expands past the limit of " +
                                     std::to_string(o.max_expanded_bytes) + " bytes");
        break;
      }
      if (static_cast<double>(expanded_here + data.size()) > ratio_limit) {
        status = UnreadableError(UnreadableReason::kTooLarge,
                                 where + ": expansion ratio over " +
                                     std::to_string(static_cast<int>(o.max_expansion_ratio)) +
                                     ":1 (archive bomb?)");
        break;
      }
    }
    budget->expanded += data.size();
    expanded_here += data.size();
    if (!status.ok()) {
      GOVMON_RETURN_IF_ERROR(visit.entry(entry_name, status));
      if (UnreadableReasonOf(status) == UnreadableReason::kTooLarge) break;
      continue;
    }
    GOVMON_RETURN_IF_ERROR(visit.entry(entry_name, std::move(data)));
  }
  if (files == 0) {
    // libarchive ends some damaged archives quietly; an archive published
    // with nothing in it is worth a look as well.
    return UnreadableError(UnreadableReason::kCorrupt,
                           std::string(name) + ": no files could be read from the archive");
  }
  return Status::Ok();
}

}  // namespace govmon
