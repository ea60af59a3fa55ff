// Test helper: 7z archives written by libarchive, so that 7z fixtures (and 7z
// bombs) are made at test time instead of being checked in.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "attach/ooxml_testing.h"

namespace govmon {

// A 7z archive (LZMA, one solid block) of `members`; encryption is not
// supported and ignored. Returns "" when libarchive fails.
inline std::string Make7zForTesting(const std::vector<ZipMemberForTesting>& members) {
  std::string out;
  // Entry names are converted to UTF-16 through the thread's locale.
  static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(0));
  const locale_t previous = uselocale(utf8);
  archive* a = archive_write_new();
  if (a == nullptr) {
    uselocale(previous);
    return "";
  }
  auto write = [](archive*, void* data, const void* buffer, size_t size) -> la_ssize_t {
    static_cast<std::string*>(data)->append(static_cast<const char*>(buffer), size);
    return static_cast<la_ssize_t>(size);
  };
  bool ok = archive_write_set_format_7zip(a) == ARCHIVE_OK &&
            archive_write_set_bytes_in_last_block(a, 1) == ARCHIVE_OK &&
            archive_write_open(a, &out, nullptr, write, nullptr) == ARCHIVE_OK;
  for (const ZipMemberForTesting& m : members) {
    if (!ok) break;
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, m.name.c_str());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, static_cast<la_int64_t>(m.data.size()));
    ok = archive_write_header(a, entry) == ARCHIVE_OK &&
         archive_write_data(a, m.data.data(), m.data.size()) ==
             static_cast<la_ssize_t>(m.data.size());
    archive_entry_free(entry);
  }
  ok = archive_write_close(a) == ARCHIVE_OK && ok;
  archive_write_free(a);
  uselocale(previous);
  return ok ? out : "";
}

inline uint32_t Crc32ForTesting(std::string_view bytes) {
  uint32_t crc = 0xFFFFFFFFu;
  for (char c : bytes) {
    crc ^= static_cast<unsigned char>(c);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

// A RAR 4 archive of `members` stored without compression (method 0x30),
// written by hand after the RAR 4.x technote, since no free tool writes rar.
// Names must be ASCII. Enough to show that rar archives are read.
inline std::string MakeStoredRarForTesting(const std::vector<ZipMemberForTesting>& members) {
  auto le = [](std::string* out, uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  };
  // A block: CRC16 (low half of the CRC32 of what follows it), type, flags,
  // size, fields.
  auto block = [&](uint8_t type, uint16_t flags, const std::string& fields) {
    std::string body;
    body.push_back(static_cast<char>(type));
    le(&body, flags, 2);
    le(&body, 7 + fields.size(), 2);
    body += fields;
    std::string out;
    le(&out, Crc32ForTesting(body) & 0xFFFF, 2);
    return out + body;
  };
  std::string rar("Rar!\x1A\x07\x00", 7);
  rar += block(0x73, 0, std::string(6, '\0'));  // Archive header.
  for (const ZipMemberForTesting& m : members) {
    std::string fields;
    le(&fields, m.data.size(), 4);  // Packed size.
    le(&fields, m.data.size(), 4);  // Unpacked size.
    fields.push_back(3);            // Host OS: Unix.
    le(&fields, Crc32ForTesting(m.data), 4);
    le(&fields, 0x5B7C0000, 4);  // DOS time: 2025-11-28.
    fields.push_back(20);        // Version needed: 2.0.
    fields.push_back(0x30);      // Method: store.
    le(&fields, m.name.size(), 2);
    le(&fields, 0x81A4, 4);  // Attributes: -rw-r--r--.
    fields += m.name;
    rar += block(0x74, 0x8000, fields) + m.data;  // 0x8000: data follows.
  }
  rar += block(0x7B, 0x4000, "");  // End of archive.
  return rar;
}

}  // namespace govmon
