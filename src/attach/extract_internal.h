// Internal to the attach module: the per-format extractors that
// ExtractAttachment() dispatches to, and the budget they share. Not for use
// outside src/attach.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attach/extractor.h"

namespace govmon {

// An error carrying its UnreadableReason as the message prefix.
Status UnreadableError(UnreadableReason reason, std::string message);

// Limits shared by everything extracted from one attachment.
struct ExtractBudget {
  const AttachOptions& options;
  std::vector<AttachmentProblem>* problems;  // May be null.
  size_t expanded = 0;                       // Bytes decompressed so far.
  int entries = 0;                           // Archive entries read so far.

  // Adds a text block, unless max_blocks is reached (then returns false).
  bool AddBlock(Document* doc, TextBlock block);
  bool truncated = false;
};

// A zip archive held in memory (libzip).
class ZipArchive {
 public:
  struct Entry {
    uint64_t index = 0;
    std::string name;  // UTF-8 (GBK names are converted).
    uint64_t size = 0;
    uint64_t compressed_size = 0;
    bool encrypted = false;
    bool directory = false;
  };
  // `bytes` must outlive the archive. Errors: corrupt, or encrypted.
  static Result<std::unique_ptr<ZipArchive>> Open(std::string_view bytes, std::string_view name);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  const std::vector<Entry>& entries() const { return entries_; }
  // The entry named exactly `name`, or nullptr.
  const Entry* Find(std::string_view name) const;
  // Decompresses an entry within the budget's size, ratio and count limits.
  Result<std::string> Read(const Entry& entry, ExtractBudget* budget) const;
  // The same, handing the bytes to `consume` 64 KB at a time instead of
  // holding them; a non-OK Status from `consume` stops and is returned.
  Status ReadChunks(const Entry& entry, ExtractBudget* budget,
                    const std::function<Status(std::string_view)>& consume) const;

 private:
  ZipArchive() = default;
  struct Handle;
  std::unique_ptr<Handle> handle_;
  std::string name_;
  std::vector<Entry> entries_;
};

// What ReadLibarchive() does with the entries of an archive: `wanted` picks
// files by name (UTF-8, GBK names converted); `entry` receives each picked
// file's bytes, or why it could not be read. A non-OK Status from `entry`
// stops the reading and is returned.
struct ArchiveVisitor {
  std::function<bool(const std::string& name)> wanted;
  std::function<Status(const std::string& name, Result<std::string> bytes)> entry;
};

// Reads a 7z or rar archive held in memory through libarchive, in order,
// within the budget's count and size limits and its expansion ratio (judged
// on the whole archive: solid archives have no per-entry compressed size).
// Errors: the archive cannot be opened at all (corrupt, encrypted headers,
// unsupported variant) or holds no file. Entries that fail reach
// `visit.entry` as errors; a size or count limit hit stops the archive there.
Status ReadLibarchive(std::string_view bytes, std::string_view name, ExtractBudget* budget,
                      const ArchiveVisitor& visit);

// OOXML: the archive is a docx / xlsx / pptx package.
Status ExtractDocx(const ZipArchive& zip, ExtractBudget* budget, Document* doc);
Status ExtractXlsx(const ZipArchive& zip, ExtractBudget* budget, Document* doc);
Status ExtractPptx(const ZipArchive& zip, ExtractBudget* budget, Document* doc);

// OFD (GB/T 33190) text, one block per page ("第N页").
Status ExtractOfd(const ZipArchive& zip, ExtractBudget* budget, Document* doc);

// PDF text layer, one block per page ("第N页").
Status ExtractPdf(std::string_view bytes, ExtractBudget* budget, Document* doc);

// Legacy binary Office (OLE) files through Debian's converters.
enum class LegacyFormat { kWord, kExcel, kPowerPoint };
Status ExtractLegacyOffice(std::string_view bytes, LegacyFormat format, ExtractBudget* budget,
                           Document* doc);

// Plain text and CSV in UTF-8, UTF-16 (with BOM) or GBK/GB18030.
Result<std::string> DecodeText(std::string_view bytes);
Status ExtractPlainText(std::string_view bytes, ExtractBudget* budget, Document* doc);
Status ExtractCsv(std::string_view bytes, char separator, ExtractBudget* budget, Document* doc);
// Adds CSV-shaped text (already UTF-8) as table cells of table `table`, with
// locations "<prefix>第R行 第C列" and column headers from the header row.
void AddCsvCells(std::string_view text, char separator, int table, std::string_view prefix,
                 ExtractBudget* budget, Document* doc);

// Turns a number as a spreadsheet stores it ("1.3812345678E+10",
// "3.60702198503124E+17") into the digits Excel shows for a whole number,
// without going through floating point; other numbers are returned as
// stored. An 18-digit ID typed as a number keeps only its first 15
// significant digits: what is stored is what is recoverable.
std::string ExcelNumberText(std::string_view v);

// "C" for column 3 (1-based): the spreadsheet column letters.
std::string ColumnLetters(int column);

}  // namespace govmon
