#include <zip.h>

#include "attach/extract_internal.h"
#include "base/utf8.h"

namespace govmon {

// Defined in plain_text.cc.
Result<std::string> IconvToUtf8(std::string_view bytes, const char* charset);

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip != nullptr) zip_discard(zip);
  }
};

ZipArchive::~ZipArchive() = default;

Result<std::unique_ptr<ZipArchive>> ZipArchive::Open(std::string_view bytes,
                                                     std::string_view name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return UnreadableError(UnreadableReason::kCorrupt, std::string(name) + ": " + message);
  }
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (zip == nullptr) {
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    zip_source_free(source);
    return UnreadableError(UnreadableReason::kCorrupt,
                           std::string(name) + ": not a readable zip archive (" + message + ")");
  }
  zip_error_fini(&error);
  std::unique_ptr<ZipArchive> archive(new ZipArchive());
  archive->handle_ = std::make_unique<Handle>();
  archive->handle_->zip = zip;
  archive->name_ = std::string(name);
  const zip_int64_t count = zip_get_num_entries(zip, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW, &st) != 0) continue;
    Entry e;
    e.index = static_cast<uint64_t>(i);
    std::string raw = (st.valid & ZIP_STAT_NAME) && st.name != nullptr ? st.name : "";
    if (IsValidUtf8(raw)) {
      e.name = raw;
    } else {
      // Archives made on Chinese Windows store GBK names without the UTF-8 flag.
      Result<std::string> converted = IconvToUtf8(raw, "GB18030");
      e.name = converted.ok() ? *converted : SanitizeUtf8(raw);
    }
    e.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    e.compressed_size = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    e.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
    e.directory = !e.name.empty() && e.name.back() == '/';
    archive->entries_.push_back(std::move(e));
  }
  return archive;
}

const ZipArchive::Entry* ZipArchive::Find(std::string_view name) const {
  for (const Entry& e : entries_) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

Result<std::string> ZipArchive::Read(const Entry& entry, ExtractBudget* budget) const {
  std::string data;
  data.reserve(
      static_cast<size_t>(std::min<uint64_t>(entry.size, budget->options.max_expanded_bytes)));
  GOVMON_RETURN_IF_ERROR(ReadChunks(entry, budget, [&](std::string_view chunk) {
    data.append(chunk);
    return Status::Ok();
  }));
  return data;
}

Status ZipArchive::ReadChunks(const Entry& entry, ExtractBudget* budget,
                              const std::function<Status(std::string_view)>& consume) const {
  const AttachOptions& o = budget->options;
  const std::string where = name_ + "/" + entry.name;
  if (entry.encrypted) {
    return UnreadableError(UnreadableReason::kEncrypted, where + ": entry is password-protected");
  }
  if (++budget->entries > o.max_entries) {
    return UnreadableError(
        UnreadableReason::kTooLarge,
        where + ": more than " + std::to_string(o.max_entries) + " archive entries");
  }
  const size_t remaining =
      budget->expanded < o.max_expanded_bytes ? o.max_expanded_bytes - budget->expanded : 0;
  if (entry.size > remaining) {
    return UnreadableError(UnreadableReason::kTooLarge,
                           where + ": expands to " + std::to_string(entry.size) +
                               " bytes, over the limit of " + std::to_string(o.max_expanded_bytes));
  }
  // Small parts may compress extremely well (empty XML), so the ratio is only
  // judged above 1 MB.
  if (entry.size > (1u << 20) && static_cast<double>(entry.size) >
                                     o.max_expansion_ratio * static_cast<double>(std::max<uint64_t>(
                                                                 entry.compressed_size, 1))) {
    return UnreadableError(UnreadableReason::kTooLarge,
                           where + ": expansion ratio over " +
                               std::to_string(static_cast<int>(o.max_expansion_ratio)) +
                               ":1 (zip bomb?)");
  }
  zip_file_t* file = zip_fopen_index(handle_->zip, entry.index, 0);
  if (file == nullptr) {
    zip_error_t* error = zip_get_error(handle_->zip);
    const bool password = zip_error_code_zip(error) == ZIP_ER_NOPASSWD ||
                          zip_error_code_zip(error) == ZIP_ER_WRONGPASSWD;
    std::string message = zip_error_strerror(error);
    zip_error_clear(handle_->zip);
    return UnreadableError(password ? UnreadableReason::kEncrypted : UnreadableReason::kCorrupt,
                           where + ": " + message);
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> closer(file, zip_fclose);
  size_t read = 0;
  char buffer[1 << 16];
  while (true) {
    zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      return UnreadableError(UnreadableReason::kCorrupt,
                             where + ": " + zip_error_strerror(zip_file_get_error(file)));
    }
    if (n == 0) break;
    read += static_cast<size_t>(n);
    if (read > entry.size || read > remaining) {
      return UnreadableError(UnreadableReason::kCorrupt,
                             where + ": entry is larger than its header says");
    }
    budget->expanded += static_cast<size_t>(n);
    GOVMON_RETURN_IF_ERROR(consume(std::string_view(buffer, static_cast<size_t>(n))));
  }
  return Status::Ok();
}

}  // namespace govmon
