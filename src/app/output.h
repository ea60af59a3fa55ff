// Writers for what scan and proofread print: a table for people (grouped by
// check, column widths that account for Chinese text), JSON Lines and JSON
// for programs (the finding contract of docs/findings.md). Pure functions of
// their inputs.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "check/finding_store.h"

namespace govmon {

enum class OutputFormat { kTable, kJsonl, kJson };

// "table", "jsonl" or "json"; InvalidArgument naming the value otherwise.
Result<OutputFormat> ParseOutputFormat(std::string_view name);

struct TableStyle {
  int width = 160;     // Terminal columns to fit.
  bool color = false;  // ANSI colours for severities.
};

// Writes `findings` and `summary` (an object; see docs/findings.md) to `out`.
// jsonl: one finding per line, then {"summary": …}. json: {"findings": […],
// "summary": …}. table: findings grouped by check, then the summary.
void WriteReport(std::ostream& out, OutputFormat format, const FindingStore& findings,
                 const nlohmann::json& summary, const TableStyle& style = {});

// The Chinese name of a check for people ("broken_link" → "不可用链接").
std::string_view CheckDisplayName(std::string_view check);

// Cuts `text` to at most `width` terminal columns, ending in "…" when cut.
std::string FitWidth(std::string_view text, size_t width);

}  // namespace govmon
