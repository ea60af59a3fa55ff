// PDF text layer through poppler-cpp: one block per page with its page number.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>

#include "attach/extract_internal.h"
#include "base/strings.h"

namespace govmon {
namespace {

void QuietPoppler(const std::string& /*message*/, void* /*closure*/) {}

// Lines of a page with white space inside each line collapsed; lines are kept
// apart so that numbers on consecutive lines never run together.
std::string PageText(const std::string& raw) {
  std::string out;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t eol = raw.find('\n', start);
    if (eol == std::string::npos) eol = raw.size();
    std::string line = CollapseWhitespace(std::string_view(raw).substr(start, eol - start));
    if (!line.empty()) {
      if (!out.empty()) out.push_back('\n');
      out += line;
    }
    start = eol + 1;
  }
  return out;
}

// poppler builds its global parameters (font tables, a scan of the font
// directories: about 1.5 ms) when the first document opens and frees them
// when the last one closes, so a crawl that reads PDFs one at a time would
// pay that for every file. One tiny document kept open for the life of the
// process keeps them built. Intentionally never freed.
void KeepPopplerGlobalsAlive() {
  static constexpr char kEmptyPdf[] =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
      "trailer<</Size 3/Root 1 0 R>>\n%%EOF\n";
  static poppler::document* const keep_alive =
      poppler::document::load_from_raw_data(kEmptyPdf, sizeof kEmptyPdf - 1);
  (void)keep_alive;
}

}  // namespace

Status ExtractPdf(std::string_view bytes, ExtractBudget* budget, Document* doc) {
  static std::once_flag quiet;
  std::call_once(quiet, [] {
    poppler::set_debug_error_function(QuietPoppler, nullptr);
    KeepPopplerGlobalsAlive();
  });
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return UnreadableError(UnreadableReason::kTooLarge, "PDF over 2 GB");
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (pdf == nullptr) {
    // poppler returns null both for damage and for a missing user password;
    // an /Encrypt dictionary tells them apart.
    if (std::string_view(bytes).find("/Encrypt") != std::string_view::npos) {
      return UnreadableError(UnreadableReason::kEncrypted, "PDF is password-protected");
    }
    return UnreadableError(UnreadableReason::kCorrupt, "PDF cannot be parsed");
  }
  if (pdf->is_locked()) {
    return UnreadableError(UnreadableReason::kEncrypted, "PDF is password-protected");
  }
  const int pages = pdf->pages();
  size_t text_bytes = 0;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (page == nullptr) continue;
    poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    std::string text = PageText(std::string(utf8.begin(), utf8.end()));
    if (text.empty()) continue;
    text_bytes += text.size();
    TextBlock b;
    b.text = std::move(text);
    b.location = "第" + std::to_string(i + 1) + "页";
    if (!budget->AddBlock(doc, std::move(b))) break;
  }
  if (pages > 0 && text_bytes == 0) {
    return UnreadableError(
        UnreadableReason::kNoTextLayer,
        "PDF has no text layer (" + std::to_string(pages) + " pages, probably scanned images)");
  }
  return Status::Ok();
}

}  // namespace govmon
