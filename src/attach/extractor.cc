#include "attach/extractor.h"

#include <algorithm>

#include "attach/extract_internal.h"
#include "base/attachment_types.h"
#include "base/strings.h"

namespace govmon {
namespace {

constexpr std::string_view kReasonNames[] = {"corrupt",     "encrypted", "no_text_layer",
                                             "unsupported", "too_large", "timeout"};

std::string BaseName(std::string_view name) {
  name = name.substr(0, name.find_first_of("?#"));
  size_t slash = name.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? name : name.substr(slash + 1));
}

enum class Format {
  kDocx,
  kXlsx,
  kPptx,
  kOfd,
  kZip,
  kSolidArchive,  // 7z, rar.
  kPdf,
  kLegacyWord,
  kLegacyExcel,
  kLegacyPowerPoint,
  kEncryptedOoxml,
  kCsv,
  kText,
  kUnsupported,
};

bool IsTiff(std::string_view bytes) {
  return bytes.starts_with(std::string_view("II*\0", 4)) ||
         bytes.starts_with(std::string_view("MM\0*", 4));
}

// Document formats govmon knows by name but does not read: Sursen CEB and
// GD, and OpenDocument.
bool IsUnreadDocumentType(std::string_view ext) {
  return ext == "ceb" || ext == "gd" || ext == "odt" || ext == "ods" || ext == "odp";
}

bool Has(std::string_view bytes, std::string_view needle) {
  return bytes.find(needle) != std::string_view::npos;
}

Format DetectFormat(std::string_view bytes, const std::string& ext, const ZipArchive* zip) {
  if (bytes.starts_with("%PDF") || (bytes.size() > 1024 && Has(bytes.substr(0, 1024), "%PDF-"))) {
    return Format::kPdf;
  }
  if (zip != nullptr) {
    if (zip->Find("word/document.xml")) return Format::kDocx;
    if (zip->Find("xl/workbook.xml")) return Format::kXlsx;
    if (zip->Find("ppt/presentation.xml")) return Format::kPptx;
    if (zip->Find("OFD.xml")) return Format::kOfd;
    // ODF is a zip too; a zip named .ofd without OFD.xml is damaged.
    if (IsUnreadDocumentType(ext) || ext == "ofd") return Format::kUnsupported;
    return Format::kZip;
  }
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    // An OLE compound file. Password-protected OOXML is stored this way too,
    // with an "EncryptedPackage" stream (names are UTF-16LE).
    static const std::string kEncrypted("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    if (Has(bytes, kEncrypted)) return Format::kEncryptedOoxml;
    if (ext == "xls" || ext == "et" || ext == "xlt" || ext == "ett") return Format::kLegacyExcel;
    if (ext == "ppt" || ext == "dps" || ext == "pps" || ext == "pot")
      return Format::kLegacyPowerPoint;
    static const std::string kWorkbook("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
    static const std::string kPowerPoint("P\0o\0w\0e\0r\0P\0o\0i\0n\0t\0", 20);
    if (ext != "doc" && ext != "wps" && ext != "dot" && ext != "wpt") {
      if (Has(bytes, kWorkbook)) return Format::kLegacyExcel;
      if (Has(bytes, kPowerPoint)) return Format::kLegacyPowerPoint;
    }
    return Format::kLegacyWord;
  }
  if (bytes.starts_with("Rar!\x1A\x07") || bytes.starts_with("7z\xBC\xAF\x27\x1C")) {
    return Format::kSolidArchive;
  }
  if (bytes.starts_with("\x89PNG") || bytes.starts_with("\xFF\xD8\xFF") ||
      bytes.starts_with("GIF8") || IsTiff(bytes) || bytes.starts_with("{\\rtf")) {
    return Format::kUnsupported;
  }
  if (ext == "csv" || ext == "tsv") return Format::kCsv;
  if (ext == "txt" || ext == "text" || ext == "log" || ext == "md") return Format::kText;
  if (ext == "docx" || ext == "xlsx" || ext == "pptx" || ext == "zip" || ext == "pdf" ||
      ext == "doc" || ext == "xls" || ext == "ppt" || ext == "wps" || ext == "et" || ext == "dps" ||
      ext == "rar" || ext == "7z" || ext == "ofd" || IsUnreadDocumentType(ext)) {
    return Format::kUnsupported;  // Claims a binary format but is not one: see caller.
  }
  return Format::kText;
}

Status Extract(std::string_view bytes, const std::string& name, int depth, ExtractBudget* budget,
               Document* doc);

// Extracts one file of an archive named `name` into `doc`, prefixing the
// locations of its blocks with "<archive>/<entry>"; a file that cannot be
// read goes to the budget's problems. Returns false when the rest of the
// archive should not be read (the block or byte budget is spent).
bool AddArchiveEntry(const std::string& name, const std::string& entry_name,
                     Result<std::string> bytes, int depth, ExtractBudget* budget, Document* doc) {
  const std::string path = BaseName(name) + "/" + entry_name;
  Document inner;
  Status status =
      bytes.ok() ? Extract(*bytes, entry_name, depth + 1, budget, &inner) : bytes.status();
  if (!status.ok()) {
    if (budget->problems != nullptr) budget->problems->push_back({path, status});
    // When the byte or entry budget is spent, the other entries would fail
    // the same way: one problem says so, not one per entry.
    return UnreadableReasonOf(status) != UnreadableReason::kTooLarge ||
           (budget->expanded < budget->options.max_expanded_bytes &&
            budget->entries <= budget->options.max_entries);
  }
  const size_t table_base = doc->tables.size();
  const std::string inner_prefix = BaseName(entry_name) + "/";
  auto relocate = [&](TextBlock& b) {
    if (b.location.starts_with(inner_prefix)) {
      // Blocks of a nested archive already start with that archive's name.
      b.location.insert(0,
                        BaseName(name) + "/" +
                            entry_name.substr(0, entry_name.size() - BaseName(entry_name).size()));
    } else if (b.location.empty()) {
      b.location = path;
    } else {
      b.location.insert(0, path + " ");
    }
    if (b.table >= 0) b.table += static_cast<int>(table_base);
  };
  for (Table& t : inner.tables) doc->tables.push_back(std::move(t));
  if (doc->blocks.empty()) {
    // The first entry's blocks are taken whole rather than copied: a large
    // roster in an archive is not held twice.
    doc->blocks = std::move(inner.blocks);
    for (TextBlock& b : doc->blocks) relocate(b);
    if (doc->blocks.size() > budget->options.max_blocks) {
      doc->blocks.resize(budget->options.max_blocks);
      budget->truncated = true;
      return false;
    }
    return true;
  }
  doc->blocks.reserve(
      std::min(doc->blocks.size() + inner.blocks.size(), budget->options.max_blocks));
  for (TextBlock& b : inner.blocks) {
    relocate(b);
    if (!budget->AddBlock(doc, std::move(b))) return false;
  }
  return true;
}

Status CheckArchiveDepth(const std::string& name, int depth, const ExtractBudget& budget) {
  if (depth < budget.options.max_depth) return Status::Ok();
  return UnreadableError(UnreadableReason::kTooLarge, name + ": archives nested deeper than " +
                                                          std::to_string(budget.options.max_depth));
}

// Reads every entry of a plain zip archive that looks like an attachment.
Status ExtractZip(const ZipArchive& zip, const std::string& name, int depth, ExtractBudget* budget,
                  Document* doc) {
  GOVMON_RETURN_IF_ERROR(CheckArchiveDepth(name, depth, *budget));
  for (const ZipArchive::Entry& e : zip.entries()) {
    if (e.directory || !IsAttachmentExtension(FileExtension(e.name))) continue;
    if (!AddArchiveEntry(name, e.name, zip.Read(e, budget), depth, budget, doc)) break;
  }
  return Status::Ok();
}

// The same for 7z and rar archives, through libarchive.
Status ExtractSolidArchive(std::string_view bytes, const std::string& name, int depth,
                           ExtractBudget* budget, Document* doc) {
  GOVMON_RETURN_IF_ERROR(CheckArchiveDepth(name, depth, *budget));
  bool stopped = false;
  ArchiveVisitor visit;
  visit.wanted = [&](const std::string& entry_name) {
    return !stopped && IsAttachmentExtension(FileExtension(entry_name));
  };
  visit.entry = [&](const std::string& entry_name, Result<std::string> entry_bytes) {
    stopped = !AddArchiveEntry(name, entry_name, std::move(entry_bytes), depth, budget, doc);
    return Status::Ok();
  };
  return ReadLibarchive(bytes, BaseName(name), budget, visit);
}

Status Extract(std::string_view bytes, const std::string& name, int depth, ExtractBudget* budget,
               Document* doc) {
  const std::string ext = FileExtension(name);
  std::unique_ptr<ZipArchive> zip;
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) {
    Result<std::unique_ptr<ZipArchive>> opened = ZipArchive::Open(bytes, BaseName(name));
    if (!opened.ok()) return opened.status();
    zip = std::move(opened).value();
  }
  switch (DetectFormat(bytes, ext, zip.get())) {
    case Format::kDocx:
      return ExtractDocx(*zip, budget, doc);
    case Format::kXlsx:
      return ExtractXlsx(*zip, budget, doc);
    case Format::kPptx:
      return ExtractPptx(*zip, budget, doc);
    case Format::kOfd:
      return ExtractOfd(*zip, budget, doc);
    case Format::kZip:
      return ExtractZip(*zip, name, depth, budget, doc);
    case Format::kSolidArchive:
      return ExtractSolidArchive(bytes, name, depth, budget, doc);
    case Format::kPdf:
      return ExtractPdf(bytes, budget, doc);
    case Format::kLegacyWord:
      return ExtractLegacyOffice(bytes, LegacyFormat::kWord, budget, doc);
    case Format::kLegacyExcel:
      return ExtractLegacyOffice(bytes, LegacyFormat::kExcel, budget, doc);
    case Format::kLegacyPowerPoint:
      return ExtractLegacyOffice(bytes, LegacyFormat::kPowerPoint, budget, doc);
    case Format::kEncryptedOoxml:
      return UnreadableError(UnreadableReason::kEncrypted, "password-protected Office document");
    case Format::kCsv:
      return ExtractCsv(bytes, ext == "tsv" ? '\t' : ',', budget, doc);
    case Format::kText:
      return ExtractPlainText(bytes, budget, doc);
    case Format::kUnsupported:
      break;
  }
  if (bytes.starts_with("\x89PNG") || bytes.starts_with("\xFF\xD8\xFF") ||
      bytes.starts_with("GIF8") || IsTiff(bytes)) {
    return UnreadableError(UnreadableReason::kUnsupported, "an image (text in images needs OCR)");
  }
  if (IsUnreadDocumentType(ext)) {
    return UnreadableError(UnreadableReason::kUnsupported, "." + ext + " documents are not read");
  }
  if (bytes.starts_with("{\\rtf")) {
    return UnreadableError(UnreadableReason::kUnsupported, "RTF documents are not read");
  }
  return UnreadableError(UnreadableReason::kCorrupt,
                         "content is not a ." + ext + " file (damaged or mislabelled)");
}

}  // namespace

Status UnreadableError(UnreadableReason reason, std::string message) {
  std::string full(kReasonNames[static_cast<size_t>(reason)]);
  full += ": ";
  full += message;
  StatusCode code = StatusCode::kCorruption;
  if (reason == UnreadableReason::kTooLarge || reason == UnreadableReason::kTimeout) {
    code = StatusCode::kResourceExhausted;
  } else if (reason == UnreadableReason::kUnsupported) {
    code = StatusCode::kUnimplemented;
  }
  return Status(code, std::move(full));
}

std::string_view UnreadableReasonName(UnreadableReason reason) {
  return kReasonNames[static_cast<size_t>(reason)];
}

UnreadableReason UnreadableReasonOf(const Status& status) {
  std::string_view m = status.message();
  // The reason may follow a context prefix ("a.zip: corrupt: …").
  for (size_t i = 0; i < std::size(kReasonNames); ++i) {
    std::string tag = std::string(kReasonNames[i]) + ": ";
    if (m.starts_with(tag) || m.find(": " + tag) != std::string_view::npos) {
      return static_cast<UnreadableReason>(i);
    }
  }
  if (status.code() == StatusCode::kResourceExhausted) return UnreadableReason::kTooLarge;
  return UnreadableReason::kCorrupt;
}

bool ExtractBudget::AddBlock(Document* doc, TextBlock block) {
  if (doc->blocks.size() >= options.max_blocks) {
    truncated = true;
    return false;
  }
  doc->blocks.push_back(std::move(block));
  return true;
}

Result<Document> ExtractAttachment(std::string_view bytes, std::string_view name,
                                   const AttachOptions& options,
                                   std::vector<AttachmentProblem>* problems) {
  const std::string file(name);
  if (bytes.size() > options.max_input_bytes) {
    return UnreadableError(UnreadableReason::kTooLarge,
                           file + ": " + std::to_string(bytes.size()) +
                               " bytes, over the limit of " +
                               std::to_string(options.max_input_bytes));
  }
  ExtractBudget budget{options, problems};
  Document doc;
  doc.kind = DocumentKind::kAttachment;
  doc.url = file;
  doc.base_url = file;
  doc.title = BaseName(name);
  Status status = Extract(bytes, file, 0, &budget, &doc);
  if (!status.ok()) {
    return Status(status.code(), std::string(status.message()) + " (" + file + ")");
  }
  if (budget.truncated && problems != nullptr) {
    problems->push_back(
        {file, UnreadableError(UnreadableReason::kTooLarge, "only the first " +
                                                                std::to_string(options.max_blocks) +
                                                                " text blocks were read")});
  }
  return doc;
}

}  // namespace govmon
