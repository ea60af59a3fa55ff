#include "app/proofread.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <sstream>

#include "base/attachment_types.h"
#include "base/strings.h"
#include "check/attachment_unreadable.h"
#include "check/registry.h"
#include "html/html_parser.h"
#include "net/charset.h"
#include "text/dictionary.h"
#include "text/opencc.h"

namespace govmon {
namespace {

// HTML by extension, or, for standard input and unknown extensions, by a
// start that only markup has.
bool LooksLikeHtml(std::string_view bytes, const std::string& ext) {
  if (ext == "html" || ext == "htm" || ext == "shtml" || ext == "xhtml") return true;
  if (!ext.empty() && ext != "txt") return false;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string_view head = TrimAscii(bytes.substr(0, 4096));
  if (!head.starts_with("<")) return false;
  return ContainsIgnoreCase(head, "<html") || ContainsIgnoreCase(head, "<!doctype html") ||
         ContainsIgnoreCase(head, "<body") || ContainsIgnoreCase(head, "<p") ||
         ContainsIgnoreCase(head, "<div");
}

Result<std::string> ReadInput(const std::string& path, std::istream& stdin_stream, size_t limit) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(stdin_stream), std::istreambuf_iterator<char>());
    if (stdin_stream.bad()) return IoError("-: cannot read standard input");
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return NotFoundError(path + ": cannot open");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return IoError(path + ": read failed");
    bytes = std::move(buffer).str();
  }
  if (bytes.size() > limit) {
    return ResourceExhaustedError(path + ": " + std::to_string(bytes.size()) +
                                  " bytes, over the limit of " + std::to_string(limit));
  }
  return bytes;
}

}  // namespace

Status LoadTextCheckData(const std::string& data_dir, CheckOptions* checks) {
  if (checks->sensitive_word.dictionary != nullptr) return Status::Ok();
  Result<DictionaryFiles> files = TermDictionary::ListDirectory(data_dir + "/dict");
  if (!files.ok()) return files.status();
  Result<std::shared_ptr<const CharMap>> t2s = LoadTraditionalToSimplified();
  if (!t2s.ok()) return t2s.status();
  Result<std::unique_ptr<TermDictionary>> dictionary = TermDictionary::Load(*files, *t2s);
  if (!dictionary.ok()) return dictionary.status();
  checks->sensitive_word.dictionary = std::shared_ptr<const TermDictionary>(std::move(*dictionary));
  return Status::Ok();
}

Result<Document> DocumentFromBytes(std::string_view bytes, std::string_view path,
                                   const AttachOptions& options,
                                   std::vector<AttachmentProblem>* problems) {
  const std::string ext = PathExtension(path);
  if (LooksLikeHtml(bytes, ext)) {
    DecodedText text = DecodeToUtf8(bytes, "", /*is_html=*/true);
    Document doc = ParseHtml(text.utf8, path);
    doc.url = std::string(path);
    return doc;
  }
  Result<Document> doc = ExtractAttachment(bytes, path, options, problems);
  if (doc.ok() && (ext.empty() || ext == "txt" || ext == "md" || ext == "text") &&
      !bytes.starts_with("%PDF") && !bytes.starts_with("PK")) {
    doc->kind = DocumentKind::kPlainText;
  }
  return doc;
}

ProofreadReport RunProofread(const CheckOptions& checks, const ProofreadRequest& request,
                             std::istream& stdin_stream) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<PageCheck>> page_checks = NewPageChecks(checks);
  ProofreadReport report;
  size_t blocks = 0;
  for (const std::string& input : request.inputs) {
    PageContext context;
    context.site = input;
    context.as_of = request.as_of == Date() ? Date::Today() : request.as_of;
    context.proofreading = true;

    Result<std::string> bytes = ReadInput(input, stdin_stream, request.attach.max_input_bytes);
    if (!bytes.ok()) {
      report.errors.push_back(std::string(bytes.status().message()));
      continue;
    }
    std::vector<AttachmentProblem> problems;
    Result<Document> doc = DocumentFromBytes(*bytes, input, request.attach, &problems);
    for (const AttachmentProblem& p : problems) {
      report.findings.push_back(AttachmentUnreadableFinding(
          input, input, UnreadableReasonName(UnreadableReasonOf(p.status)), p.status.message(),
          p.path));
    }
    if (!doc.ok()) {
      report.errors.push_back(input + ": " + std::string(doc.status().message()));
      report.findings.push_back(AttachmentUnreadableFinding(
          input, input, UnreadableReasonName(UnreadableReasonOf(doc.status())),
          doc.status().message()));
      continue;
    }
    doc->url = input;
    blocks += doc->blocks.size();
    for (const auto& check : page_checks) check->Inspect(*doc, context, &report.findings);
  }
  std::sort(report.findings.begin(), report.findings.end(), FindingLess);
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  report.summary = {
      {"files", request.inputs.size()},     {"blocks", blocks},
      {"findings", report.findings.size()}, {"errors", report.errors.size()},
      {"duration_ms", elapsed.count()},
  };
  return report;
}

}  // namespace govmon
