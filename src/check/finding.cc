#include "check/finding.h"

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <tuple>

namespace govmon {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
    case Severity::kVeto:
      return "veto";
  }
  return "warning";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  for (Severity s : {Severity::kInfo, Severity::kWarning, Severity::kError, Severity::kVeto}) {
    if (SeverityName(s) == name) return s;
  }
  return std::nullopt;
}

nlohmann::json FindingToJson(const Finding& f) {
  nlohmann::json j;
  j["check"] = f.check;
  j["severity"] = SeverityName(f.severity);
  j["site"] = f.site;
  j["url"] = f.url;
  auto put = [&j](const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
  };
  put("target", f.target);
  put("kind", f.kind);
  put("evidence", f.evidence);
  put("suggestion", f.suggestion);
  put("context", f.context);
  put("location", f.location);
  put("detail", f.detail);
  if (f.confidence) j["confidence"] = *f.confidence;
  return j;
}

void SortFindings(std::vector<Finding>* findings) {
  std::vector<uint32_t> order(findings->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return FindingLess((*findings)[a], (*findings)[b]);
  });
  // Position i takes the finding now at order[i]: follow each cycle of the
  // permutation, marking placed positions.
  for (size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start || order[start] == UINT32_MAX) continue;
    Finding held = std::move((*findings)[start]);
    size_t at = start;
    while (order[at] != start) {
      const size_t from = order[at];
      (*findings)[at] = std::move((*findings)[from]);
      order[at] = UINT32_MAX;
      at = from;
    }
    (*findings)[at] = std::move(held);
    order[at] = UINT32_MAX;
  }
}

bool FindingLess(const Finding& a, const Finding& b) {
  return std::tie(a.check, a.site, a.url, a.target, a.location, a.evidence, a.kind) <
         std::tie(b.check, b.site, b.url, b.target, b.location, b.evidence, b.kind);
}

}  // namespace govmon
