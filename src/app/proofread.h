// Proofread: the `govmon proofread FILE...|-` job for editors before they
// publish (三审三校). Each input — plain text, HTML, DOCX, XLSX, PPTX, PDF,
// legacy Office, CSV, ZIP, or standard input — becomes a Document, and every
// registered page check runs on it with PageContext::proofreading set.
#pragma once

#include <istream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "attach/extractor.h"
#include "base/date.h"
#include "check/check_options.h"
#include "check/finding.h"

namespace govmon {

struct ProofreadRequest {
  // Paths as given on the command line; "-" reads `stdin`.
  std::vector<std::string> inputs;
  Date as_of;  // "Today" for time-based judgements; Date() means today.
  AttachOptions attach;
};

struct ProofreadReport {
  // Sorted. finding.url and finding.site are the input exactly as given.
  std::vector<Finding> findings;
  // One line per input that could not be read at all ("a.pdf: encrypted: …").
  std::vector<std::string> errors;
  // {"files": n, "blocks": n, "findings": n, "errors": n, "duration_ms": n}.
  nlohmann::json summary;

  // 0 clean, 1 findings, 2 when an input could not be read.
  int exit_code() const { return !errors.empty() ? 2 : (findings.empty() ? 0 : 1); }
};

// Loads what the text checks need from files into `checks`: the
// sensitive-word dictionaries and allowlists of <data_dir>/dict, with the
// OpenCC traditional → simplified map. Leaves a dictionary already set alone.
// Errors name the file and line of a bad dictionary entry. Scan needs the
// same data: call this once at start-up for it too.
Status LoadTextCheckData(const std::string& data_dir, CheckOptions* checks);

// Turns the bytes of one input into a Document: HTML (by extension or
// content) through ParseHtml, documents and archives through
// ExtractAttachment, anything else as plain text (UTF-8, UTF-16 or GBK).
// `problems` receives the parts of an archive that could not be read.
Result<Document> DocumentFromBytes(std::string_view bytes, std::string_view path,
                                   const AttachOptions& options,
                                   std::vector<AttachmentProblem>* problems);

// Runs the page checks built from `checks` over every input. Never fails as a whole:
// an unreadable input is an error line plus an attachment_unreadable finding,
// and the other inputs are still checked.
// REQUIRES: LoadTextCheckData() has filled `checks` when sensitive words matter.
ProofreadReport RunProofread(const CheckOptions& checks, const ProofreadRequest& request,
                             std::istream& stdin_stream);

}  // namespace govmon
