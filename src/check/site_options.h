// Options of the site-model checks (columns, home page, messages,
// interpretations, IPv6, HTTPS) and their JSON form. Defaults follow the
// national indicators (domain.md §1.2, §1.7); values marked [U] there are
// configurable because they are not confirmed. Plain values; thread-safe to
// read.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar.h"
#include "base/status.h"

namespace govmon {

// What a column is for, which decides how often it must be updated.
enum class ColumnType {
  kNews,         // 动态、要闻: 14 days.
  kNotice,       // 通知公告、政策文件: 180 days.
  kPersonnel,    // 人事、规划计划: 365 days.
  kInteraction,  // 留言、信箱、访谈: no window (answered messages are judged instead).
  kService,      // 办事服务: no window.
  kOther,        // Everything else: no window.
};

std::string_view ColumnTypeName(ColumnType type);  // "news", "notice", "personnel" …
std::optional<ColumnType> ParseColumnType(std::string_view name);

// A column whose name contains `pattern` has `type`; the longest matching
// pattern wins, and the earlier rule among equally long ones.
struct ColumnRule {
  std::string pattern;
  ColumnType type = ColumnType::kOther;
  friend bool operator==(const ColumnRule&, const ColumnRule&) = default;
};

// The built-in name→type mapping; data/columns/default.json holds the same.
std::vector<ColumnRule> DefaultColumnRules();

// The site config's word on one column, found by URL.
struct ColumnOverride {
  // The column's URL (its first list page). A trailing '*' matches every
  // column whose URL starts with the rest.
  std::string url;
  std::optional<ColumnType> type;
  std::optional<int> window_days;  // 0: never stale.
  std::optional<std::string> name;
  bool ignore = false;  // Leave the column out of every check.
  friend bool operator==(const ColumnOverride&, const ColumnOverride&) = default;
};

struct ColumnOptions {
  std::vector<ColumnRule> rules = DefaultColumnRules();
  // Update windows by type, in days (domain.md §1.2 item 4; vendor code).
  int news_window_days = 14;
  int notice_window_days = 180;
  int personnel_window_days = 365;
  // Early warning (kind=warning) once the newest item is this old. News
  // follows the home page's 10-of-14 pre-warning (§1.7); the other two are
  // the same share of their windows [U].
  int news_warn_days = 10;
  int notice_warn_days = 128;
  int personnel_warn_days = 260;
  std::vector<ColumnOverride> overrides;

  int WindowDays(ColumnType type) const;
  int WarnDays(ColumnType type) const;
  friend bool operator==(const ColumnOptions&, const ColumnOptions&) = default;
};

struct HomeUpdateOptions {
  int window_days = 14;  // 首页不更新 veto: no new item for 2 weeks (§1.2 item 3).
  int warn_days = 10;    // Vendor pre-warning (§1.7).
};

struct MessageOptions {
  int veto_months = 3;       // 互动回应差: a message unanswered > 3 months …
  int lookback_months = 12;  // … within the year before the check (§1.2 item 5).
  // The local reply deadline in working days (e.g. 5); 0 turns it off.
  int deadline_working_days = 0;
  // Working days follow this calendar; without one, Monday–Friday.
  std::shared_ptr<const WorkCalendar> calendar;
};

struct InterpretationOptions {
  // Column names (substrings) whose documents must have an interpretation.
  std::vector<std::string> policy_columns = {"政策文件", "规范性文件", "政府文件", "政策法规",
                                             "文件",     "规章",       "政府令",   "政府规章"};
  // Title or column words that mark an interpretation.
  std::vector<std::string> interpretation_words = {"解读", "图解", "一图读懂", "答记者问", "问答"};
  // Policy documents older than this (by publication date) are not reported
  // for lacking an interpretation; 0 reports all.
  int no_interpretation_within_days = 365;
};

struct Ipv6Options {
  double min_content_similarity = 0.8;  // IPv4 vs IPv6 home page text [U].
  double min_link_share = 0.9;          // 二级/三级内链 reachable over IPv6 [U].
};

struct HttpsOptions {
  int expiry_warning_days = 30;
};

struct SiteOptions {
  ColumnOptions columns;
  HomeUpdateOptions home;
  MessageOptions messages;
  InterpretationOptions interpretation;
  Ipv6Options ipv6;
  HttpsOptions https;
};

// Fills `options` from a JSON object of the shape documented in
// docs/columns.md; fields not given keep their values. Errors name the field,
// e.g. "site.columns.overrides[2].type: unknown column type 'newz'".
// `calendar` fields are paths: they are returned in *calendar_path for the
// caller to load (WorkCalendar::LoadFile) when not null.
Status SiteOptionsFromJson(const nlohmann::json& json, SiteOptions* options,
                           std::string* calendar_path = nullptr);
// Reads a JSON array of {"pattern": …, "type": …} rules (the format of
// data/columns/default.json, `//` comments allowed).
Status ColumnRulesFromJsonText(std::string_view text, std::vector<ColumnRule>* rules);

}  // namespace govmon
