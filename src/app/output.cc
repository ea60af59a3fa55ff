#include "app/output.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {
namespace {

struct Column {
  const char* title;
  std::string Finding::*field;
  size_t max_width;
};

// The fields a table may show, in order, with the widest each may grow.
const Column kColumns[] = {
    {"页面 URL", &Finding::url, 56},           {"目标 TARGET", &Finding::target, 56},
    {"类型 KIND", &Finding::kind, 22},         {"位置 LOCATION", &Finding::location, 24},
    {"原文 EVIDENCE", &Finding::evidence, 28}, {"建议 SUGGESTION", &Finding::suggestion, 20},
    {"上下文 CONTEXT", &Finding::context, 36}, {"说明 DETAIL", &Finding::detail, 60},
};

std::string Pad(std::string_view text, size_t width) {
  std::string s(text);
  size_t w = DisplayWidth(text);
  if (w < width) s.append(width - w, ' ');
  return s;
}

// Control characters would break the table's lines.
std::string OneLine(std::string_view text) {
  std::string s;
  s.reserve(text.size());
  for (char c : text) s.push_back((c == '\n' || c == '\r' || c == '\t') ? ' ' : c);
  return s;
}

const char* SeverityColor(Severity s) {
  switch (s) {
    case Severity::kVeto:
      return "\x1b[1;31m";
    case Severity::kError:
      return "\x1b[31m";
    case Severity::kWarning:
      return "\x1b[33m";
    case Severity::kInfo:
      return "\x1b[36m";
  }
  return "";
}

void WriteTable(std::ostream& out, const FindingStore& findings, const nlohmann::json& summary,
                const TableStyle& style) {
  // One check's findings are decoded at a time.
  std::map<std::string, std::vector<size_t>, std::less<>> group_indices;
  for (size_t i = 0; i < findings.size(); ++i) {
    const std::string_view check = findings.Key(i).check;
    auto it = group_indices.find(check);
    if (it == group_indices.end()) it = group_indices.emplace(std::string(check), 0).first;
    it->second.push_back(i);
  }
  for (const auto& [check, indices] : group_indices) {
    std::vector<Finding> decoded;
    decoded.reserve(indices.size());
    for (size_t i : indices) decoded.push_back(findings[i]);
    std::vector<const Finding*> group;
    for (const Finding& f : decoded) group.push_back(&f);
    out << "== " << check << " (" << CheckDisplayName(check) << ") — " << group.size()
        << (group.size() == 1 ? " finding" : " findings") << "\n";
    // Show only the columns some finding in this group fills.
    std::vector<const Column*> columns;
    std::vector<size_t> widths;
    for (const Column& c : kColumns) {
      size_t w = 0;
      for (const Finding* f : group) w = std::max(w, DisplayWidth(OneLine(f->*c.field)));
      if (w == 0) continue;
      columns.push_back(&c);
      widths.push_back(std::max(std::min(w, c.max_width), DisplayWidth(c.title)));
    }
    // Shrink the widest columns until the table fits the terminal.
    auto total = [&] {
      size_t t = 9;  // Severity column and separators.
      for (size_t w : widths) t += w + 2;
      return t;
    };
    while (total() > static_cast<size_t>(style.width) && !widths.empty()) {
      auto widest = std::max_element(widths.begin(), widths.end());
      if (*widest <= 12) break;
      *widest -= 1;
    }
    out << Pad("级别", 7) << "  ";
    for (size_t i = 0; i < columns.size(); ++i)
      out << Pad(FitWidth(columns[i]->title, widths[i]), widths[i]) << "  ";
    out << "\n";
    std::vector<const Finding*> sorted = group;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) {
      if (a->severity != b->severity) return a->severity > b->severity;
      return FindingLess(*a, *b);
    });
    // Findings that differ only in their page (a dead link in a template, a
    // footer typo) are one row for a person: the first page and a count.
    auto row_key = [&](const Finding* f) {
      std::string key(SeverityName(f->severity));
      for (const Column* c : columns) {
        if (c->field == &Finding::url) continue;
        key += '\x1f';
        key += f->*(c->field);
      }
      return key;
    };
    std::vector<std::pair<const Finding*, int>> rows;
    std::unordered_map<std::string, size_t> row_of;
    for (const Finding* f : sorted) {
      auto [it, inserted] = row_of.try_emplace(row_key(f), rows.size());
      if (inserted) {
        rows.emplace_back(f, 1);
      } else {
        ++rows[it->second].second;
      }
    }
    for (const auto& [f, count] : rows) {
      std::string sev = Pad(SeverityName(f->severity), 7);
      if (style.color) sev = SeverityColor(f->severity) + sev + "\x1b[0m";
      std::string line = sev + "  ";
      for (size_t i = 0; i < columns.size(); ++i) {
        std::string value = OneLine(f->*(columns[i]->field));
        if (columns[i]->field == &Finding::url && count > 1) {
          std::string more = " (+" + std::to_string(count - 1) + " pages)";
          value =
              FitWidth(value, widths[i] > DisplayWidth(more) ? widths[i] - DisplayWidth(more) : 1) +
              more;
        }
        line += Pad(FitWidth(value, widths[i]), widths[i]) + "  ";
      }
      out << std::string(TrimAscii(line)) << "\n";
    }
    out << "\n";
  }
  if (findings.empty()) out << "No problems found.\n\n";
  if (!summary.is_object()) return;
  out << "== summary\n";
  for (const auto& [key, value] : summary.items()) {
    if (value.is_object() || value.is_array()) continue;
    out << "  " << Pad(key, 18) << " "
        << (value.is_string() ? value.get<std::string>() : value.dump()) << "\n";
  }
  if (summary.contains("by_check")) {
    out << "  by check:\n";
    for (const auto& [check, count] : summary["by_check"].items()) {
      out << "    " << Pad(check, 30) << " " << count.dump() << "\n";
    }
  }
  if (summary.contains("sites") && summary["sites"].is_array()) {
    for (const auto& site : summary["sites"]) {
      if (!site.contains("assessment_text")) continue;
      out << "\n" << site["assessment_text"].get<std::string>();
    }
  }
}

}  // namespace

Result<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "jsonl") return OutputFormat::kJsonl;
  if (name == "json") return OutputFormat::kJson;
  return InvalidArgumentError("unknown output format \"" + std::string(name) +
                              "\" (expected table, jsonl or json)");
}

std::string_view CheckDisplayName(std::string_view check) {
  static const std::map<std::string_view, std::string_view> kNames = {
      {"broken_link", "不可用链接"},
      {"site_unreachable", "站点无法访问"},
      {"dark_link", "暗链"},
      {"external_link", "外链风险"},
      {"cloaking", "搜索引擎劫持"},
      {"site_identity", "网站标识"},
      {"privacy_leak", "隐私泄露"},
      {"sensitive_word", "敏感词"},
      {"attachment_unreadable", "附件无法读取"},
      {"typo", "错别字"},
      {"serious_error", "严重表述错误"},
      {"stale_column", "栏目不更新"},
      {"empty_column", "空白栏目"},
      {"home_not_updated", "首页不更新"},
      {"missing_interpretation_link", "政策解读关联"},
      {"unanswered_message", "留言未回复"},
      {"ipv6", "IPv6 支持"},
      {"https", "HTTPS"},
  };
  auto it = kNames.find(check);
  return it == kNames.end() ? std::string_view("") : it->second;
}

std::string FitWidth(std::string_view text, size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  std::string out;
  size_t used = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    size_t w = static_cast<size_t>(CodePointWidth(cp));
    if (used + w + 1 > width) break;
    out.append(text.substr(start, pos - start));
    used += w;
  }
  return out + "…";
}

void WriteReport(std::ostream& out, OutputFormat format, const FindingStore& findings,
                 const nlohmann::json& summary, const TableStyle& style) {
  constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
  switch (format) {
    case OutputFormat::kJsonl:
      for (const Finding& f : findings)
        out << FindingToJson(f).dump(-1, ' ', false, kReplace) << "\n";
      out << nlohmann::json{{"summary", summary}}.dump(-1, ' ', false, kReplace) << "\n";
      break;
    case OutputFormat::kJson: {
      // Written one finding at a time: a document of 10^5 findings is never
      // built in memory.
      out << "{\n  \"findings\": [";
      bool first = true;
      for (const Finding& f : findings) {
        out << (first ? "\n    " : ",\n    ") << FindingToJson(f).dump(-1, ' ', false, kReplace);
        first = false;
      }
      out << (first ? "],\n" : "\n  ],\n")
          << "  \"summary\": " << summary.dump(-1, ' ', false, kReplace) << "\n}\n";
      break;
    }
    case OutputFormat::kTable:
      WriteTable(out, findings, summary, style);
      break;
  }
}

}  // namespace govmon
