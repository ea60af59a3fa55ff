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

FindingSortKey SortKeyOf(const Finding& f) {
  return {f.check, f.site, f.url, f.target, f.location, f.evidence, f.kind};
}

bool FindingLess(const Finding& a, const Finding& b) { return SortKeyOf(a) < SortKeyOf(b); }

}  // namespace govmon
