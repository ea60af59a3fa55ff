// Finding: one problem a check found, the unit that every later stage (track,
// store, report) works with. A plain value type. Field meanings are the public
// finding contract of ../../docs/findings.md; check ids are stable forever.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace govmon {

// Ordered by seriousness. kVeto marks a single-veto (单项否决) item of the
// national indicators: one is enough to fail the site.
enum class Severity { kInfo, kWarning, kError, kVeto };

std::string_view SeverityName(Severity severity);  // "info", "warning", "error", "veto"
// Parses the names above; nullopt otherwise.
std::optional<Severity> ParseSeverity(std::string_view name);

struct Finding {
  std::string check;  // Stable check id, e.g. "broken_link".
  Severity severity = Severity::kWarning;
  std::string site;        // The site's start URL (or the file for proofread).
  std::string url;         // Where the problem is: page, attachment, column or site.
  std::string target;      // Link checks: the linked URL.
  std::string kind;        // Sub-kind, e.g. "http_404", "id_card", "display_none".
  std::string evidence;    // The text as found; personal data masked.
  std::string suggestion;  // The correction, for typos and wording.
  std::string context;     // A short excerpt around the problem (masked as evidence is).
  std::string location;  // Place inside the document: "表1 第3行 第2列", "Sheet1!C5", "第2页".
  std::string detail;    // Everything else a reviewer needs, human-readable.
  std::optional<double> confidence;  // 0..1 where the check estimates one.

  friend bool operator==(const Finding&, const Finding&) = default;
};

// The JSON object of the finding contract. Empty optional fields are omitted.
nlohmann::json FindingToJson(const Finding& finding);

// The fields findings are ordered by, in that order, as views.
struct FindingSortKey {
  std::string_view check, site, url, target, location, evidence, kind;
  friend auto operator<=>(const FindingSortKey&, const FindingSortKey&) = default;
};

// The sort key of `finding`; it refers to the finding's strings.
FindingSortKey SortKeyOf(const Finding& finding);

// Orders findings for stable output: by check, site, url, target, location,
// evidence, then kind.
bool FindingLess(const Finding& a, const Finding& b);

}  // namespace govmon
