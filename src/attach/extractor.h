// Attachment text extraction: turns the bytes of a downloaded attachment
// (docx, xlsx, pptx, pdf, ofd, doc, xls, ppt, wps, et, csv, txt, zip, 7z, rar) into a
// Document whose blocks carry precise locations (sheet and cell, table row
// and column, page, path inside an archive), so that page checks run on
// attachments exactly as on pages. Every extraction is bounded in size, time,
// archive expansion and depth; a hostile file yields an error, never a hang
// or an exhausted machine. Thread-safe: no shared state.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "html/document.h"

namespace govmon {

struct AttachOptions {
  // Attachments larger than this are not read.
  size_t max_input_bytes = 64u << 20;
  // Bytes that may be decompressed in total from one attachment (all archive
  // entries and OOXML parts, nested archives included).
  size_t max_expanded_bytes = 512u << 20;
  // A zip entry that would expand more than this many times its compressed
  // size is refused (zip bombs reach 1000:1; text and XML rarely exceed 50:1).
  // 7z and rar compress entries together, so there the whole archive may not
  // expand more than this many times its size (plus 1 MB).
  double max_expansion_ratio = 200.0;
  // Archives inside archives deeper than this are skipped.
  int max_depth = 3;
  // Archive entries read per attachment.
  int max_entries = 10000;
  // Text blocks per attachment; the rest is cut (and reported).
  size_t max_blocks = 2000000;
  // Wall time for one external converter (antiword, catdoc, xls2csv, catppt).
  std::chrono::milliseconds tool_timeout{15000};
  // Directory for temporary copies handed to converters; "" = $TMPDIR or /tmp.
  std::string temp_dir;
};

// Why an attachment could not be read, the `kind` of an attachment_unreadable
// finding.
enum class UnreadableReason {
  kCorrupt,      // Damaged or not what its name says.
  kEncrypted,    // Password-protected.
  kNoTextLayer,  // A scanned PDF: pages without text.
  kUnsupported,  // A format govmon cannot read (images, RTF, some rar variants …).
  kTooLarge,     // A size, expansion, depth or count limit was hit.
  kTimeout,      // A converter did not finish in time.
};

// Stable ids: "corrupt", "encrypted", "no_text_layer", "unsupported",
// "too_large", "timeout".
std::string_view UnreadableReasonName(UnreadableReason reason);
// The reason an extraction error stands for (errors from this module carry it
// as the message prefix "<reason>: ").
UnreadableReason UnreadableReasonOf(const Status& status);

// A part of an archive that could not be read while the rest could.
struct AttachmentProblem {
  std::string path;  // Path inside the archive, "a.zip/docs/b.pdf".
  Status status;
};

// Extracts the text of `bytes`. `name` is the file name or URL, used for the
// format when the content does not tell, and for locations inside archives.
// The Document has kind kAttachment, url = `name`, and one block per
// paragraph, table cell, spreadsheet cell, slide paragraph or PDF/OFD page.
// Errors (see UnreadableReason) name the file. Parts of an archive that fail
// are skipped and appended to `problems` when it is not null.
Result<Document> ExtractAttachment(std::string_view bytes, std::string_view name,
                                   const AttachOptions& options,
                                   std::vector<AttachmentProblem>* problems = nullptr);

}  // namespace govmon
