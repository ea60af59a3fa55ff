// Shared body of the attachment fuzzers: extract with tight limits and check
// that every block has text and a location inside the document's bounds.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "attach/extractor.h"

namespace govmon {

inline void FuzzExtract(std::string_view bytes, std::string_view name) {
  AttachOptions options;
  options.max_input_bytes = 1 << 20;
  options.max_expanded_bytes = 8 << 20;
  options.max_blocks = 20000;
  options.max_depth = 2;
  options.tool_timeout = std::chrono::milliseconds(2000);
  std::vector<AttachmentProblem> problems;
  Result<Document> doc = ExtractAttachment(bytes, name, options, &problems);
  if (!doc.ok()) {
    // Every failure names its reason.
    std::string_view m = doc.status().message();
    if (m.find(": ") == std::string_view::npos) std::abort();
    return;
  }
  if (doc->blocks.size() > options.max_blocks) std::abort();
  for (const TextBlock& b : doc->blocks) {
    if (b.text.empty()) std::abort();
    if (b.table >= 0 && b.row < 0) std::abort();
  }
}

}  // namespace govmon
