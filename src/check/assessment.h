// The national assessment of one site (国办秘函〔2019〕19号, domain.md §1.1–§1.3,
// §1.7): which single-veto items the scan triggered, the column counts
// against their thresholds, the pre-warnings, and a deduction score from a
// configurable indicator table. Computed from a scan's findings and the
// site's ColumnModel after the site checks ran; no I/O. Values; thread-safe.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "check/finding.h"
#include "check/finding_store.h"
#include "check/site_options.h"
#include "check/site_snapshot.h"

namespace govmon {

// One row of the deduction table: findings that match it cost points.
struct Indicator {
  std::string id;                  // Stable, e.g. "policy_column_not_updated".
  std::string section;             // 发布解读, 办事服务, 互动交流, 功能设计.
  std::string name;                // As the indicators word it.
  std::string check;               // Finding check id that counts.
  std::vector<std::string> kinds;  // Finding kinds that count; empty: any.
  // Only findings whose evidence (the column name) contains one of these.
  std::vector<std::string> evidence_contains;
  std::optional<Severity> min_severity;
  double points = 0;       // Per finding, or once when `once`.
  bool once = false;       // Deducted once however many findings match.
  double cap = 0;          // Deductions of the row never exceed this (0: no cap).
  bool confirmed = false;  // Point value seen in a source ([C] in domain.md).
  std::string source;      // Where the value comes from, or why it is a guess.
};

// The built-in table (data/indicators/national_2019.json holds the same).
std::vector<Indicator> DefaultIndicators();

struct AssessmentOptions {
  std::vector<Indicator> indicators = DefaultIndicators();
  // 栏目不更新 thresholds (domain.md §1.2 item 4) and pre-warnings (§1.7).
  int overdue_news_policy_veto = 5;  // 动态要闻 + 通知公告/政策文件 一级栏目.
  int should_update_veto = 10;       // 应更新但长期未更新.
  int should_update_warning = 7;     // "超过 6 个".
  int blank_veto = 5;
  int blank_warning = 3;  // "超过 2 个".
  double pass_score = 60;
};

// Reads {"indicators": [...]} (the format of data/indicators/*.json) and
// the threshold fields; errors name the field ("assessment.indicators[3].points: …").
Status AssessmentOptionsFromJson(const nlohmann::json& json, AssessmentOptions* options);

struct VetoItem {
  std::string id;        // security, unavailable, home_not_updated, columns_not_updated,
                         // poor_interaction, services_not_practical.
  std::string name;      // 单项否决 item as worded.
  bool assessed = true;  // False when govmon cannot judge it from one scan.
  bool triggered = false;
  std::string detail;
};

struct ThresholdCount {
  std::string id;  // overdue_news_policy, should_update, blank.
  std::string name;
  int count = 0;
  int veto_at = 0;
  int warn_at = 0;                   // 0: no pre-warning level.
  std::vector<std::string> columns;  // Column URLs that count.
};

struct Deduction {
  std::string indicator;
  std::string section;
  std::string name;
  int findings = 0;
  double points = 0;
  bool confirmed = false;
};

struct SiteAssessment {
  std::string site;
  Date as_of;
  bool reachable = true;  // The home page loaded on this scan (one-shot).
  std::vector<VetoItem> vetoes;
  std::vector<ThresholdCount> counts;
  std::vector<std::string> prewarnings;
  std::vector<Deduction> deductions;
  double score = 100;  // 100 minus the deductions govmon can check.
  bool score_uses_unconfirmed = false;
  // "fail_veto", "fail_score" or "pass" (of what govmon can check).
  std::string verdict = "pass";
};

// Assesses `site` from `findings` (all findings of this site's scan, page
// and site checks) and the site's columns.
SiteAssessment AssessSite(const SiteSnapshot& site, FindingStore::Range findings,
                          const ColumnOptions& columns, const AssessmentOptions& options);

nlohmann::json AssessmentToJson(const SiteAssessment& assessment);
// A few lines for the text output of `govmon scan`.
std::string FormatAssessment(const SiteAssessment& assessment);

}  // namespace govmon
