#include "check/site_options.h"

#include <nlohmann/json.hpp>

namespace govmon {
namespace {

constexpr std::pair<ColumnType, std::string_view> kTypeNames[] = {
    {ColumnType::kNews, "news"},           {ColumnType::kNotice, "notice"},
    {ColumnType::kPersonnel, "personnel"}, {ColumnType::kInteraction, "interaction"},
    {ColumnType::kService, "service"},     {ColumnType::kOther, "other"},
};

Status FieldError(const std::string& field, const std::string& message) {
  return InvalidArgumentError(field + ": " + message);
}

std::string TypeOf(const nlohmann::json& j) { return j.type_name(); }

// Reads an integer field in [min, max] when present.
Status ReadInt(const nlohmann::json& object, const char* key, const std::string& path, int min,
               int max, int* out) {
  auto it = object.find(key);
  if (it == object.end()) return Status::Ok();
  const std::string field = path + "." + key;
  if (!it->is_number_integer()) return FieldError(field, "expected an integer, got " + TypeOf(*it));
  const long long v = it->get<long long>();
  if (v < min || v > max) {
    return FieldError(field, "must be between " + std::to_string(min) + " and " +
                                 std::to_string(max) + ", got " + std::to_string(v));
  }
  *out = static_cast<int>(v);
  return Status::Ok();
}

Status ReadFraction(const nlohmann::json& object, const char* key, const std::string& path,
                    double* out) {
  auto it = object.find(key);
  if (it == object.end()) return Status::Ok();
  const std::string field = path + "." + key;
  if (!it->is_number()) return FieldError(field, "expected a number, got " + TypeOf(*it));
  const double v = it->get<double>();
  if (v < 0 || v > 1) return FieldError(field, "must be between 0 and 1");
  *out = v;
  return Status::Ok();
}

Status ReadStrings(const nlohmann::json& object, const char* key, const std::string& path,
                   std::vector<std::string>* out) {
  auto it = object.find(key);
  if (it == object.end()) return Status::Ok();
  const std::string field = path + "." + key;
  if (!it->is_array()) return FieldError(field, "expected an array of strings");
  std::vector<std::string> values;
  for (size_t i = 0; i < it->size(); ++i) {
    const nlohmann::json& v = (*it)[i];
    if (!v.is_string() || v.get<std::string>().empty()) {
      return FieldError(field + "[" + std::to_string(i) + "]", "expected a non-empty string");
    }
    values.push_back(v.get<std::string>());
  }
  *out = std::move(values);
  return Status::Ok();
}

Status RequireObject(const nlohmann::json& j, const std::string& path) {
  if (!j.is_object()) return FieldError(path, "expected an object, got " + TypeOf(j));
  return Status::Ok();
}

// Rejects keys the options do not know, so that a typo does not silently
// leave a default in place.
Status CheckKeys(const nlohmann::json& object, const std::string& path,
                 std::initializer_list<std::string_view> known) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool ok = false;
    for (std::string_view k : known) ok |= it.key() == k;
    if (!ok) return FieldError(path + "." + it.key(), "unknown field");
  }
  return Status::Ok();
}

Status ReadType(const nlohmann::json& j, const std::string& field, ColumnType* out) {
  if (!j.is_string()) return FieldError(field, "expected a column type string");
  std::optional<ColumnType> type = ParseColumnType(j.get<std::string>());
  if (!type) {
    return FieldError(field, "unknown column type '" + j.get<std::string>() +
                                 "' (news, notice, personnel, interaction, service, other)");
  }
  *out = *type;
  return Status::Ok();
}

Status ReadRules(const nlohmann::json& j, const std::string& path, std::vector<ColumnRule>* out) {
  if (!j.is_array()) return FieldError(path, "expected an array of {pattern, type}");
  std::vector<ColumnRule> rules;
  for (size_t i = 0; i < j.size(); ++i) {
    const std::string item = path + "[" + std::to_string(i) + "]";
    const nlohmann::json& r = j[i];
    GOVMON_RETURN_IF_ERROR(RequireObject(r, item));
    GOVMON_RETURN_IF_ERROR(CheckKeys(r, item, {"pattern", "type"}));
    ColumnRule rule;
    auto pattern = r.find("pattern");
    if (pattern == r.end() || !pattern->is_string() || pattern->get<std::string>().empty()) {
      return FieldError(item + ".pattern", "expected a non-empty string");
    }
    rule.pattern = pattern->get<std::string>();
    auto type = r.find("type");
    if (type == r.end()) return FieldError(item + ".type", "missing");
    GOVMON_RETURN_IF_ERROR(ReadType(*type, item + ".type", &rule.type));
    rules.push_back(std::move(rule));
  }
  *out = std::move(rules);
  return Status::Ok();
}

Status ReadColumns(const nlohmann::json& j, const std::string& path, ColumnOptions* o) {
  GOVMON_RETURN_IF_ERROR(RequireObject(j, path));
  GOVMON_RETURN_IF_ERROR(
      CheckKeys(j, path, {"rules", "extra_rules", "windows", "warn_days", "overrides"}));
  if (auto it = j.find("rules"); it != j.end()) {
    GOVMON_RETURN_IF_ERROR(ReadRules(*it, path + ".rules", &o->rules));
  }
  if (auto it = j.find("extra_rules"); it != j.end()) {
    std::vector<ColumnRule> extra;
    GOVMON_RETURN_IF_ERROR(ReadRules(*it, path + ".extra_rules", &extra));
    // Extra rules come first, so they win ties with the defaults.
    extra.insert(extra.end(), o->rules.begin(), o->rules.end());
    o->rules = std::move(extra);
  }
  for (const char* key : {"windows", "warn_days"}) {
    auto it = j.find(key);
    if (it == j.end()) continue;
    const std::string sub = path + "." + key;
    GOVMON_RETURN_IF_ERROR(RequireObject(*it, sub));
    GOVMON_RETURN_IF_ERROR(CheckKeys(*it, sub, {"news", "notice", "personnel"}));
    const bool window = std::string_view(key) == "windows";
    GOVMON_RETURN_IF_ERROR(
        ReadInt(*it, "news", sub, 1, 3650, window ? &o->news_window_days : &o->news_warn_days));
    GOVMON_RETURN_IF_ERROR(ReadInt(*it, "notice", sub, 1, 3650,
                                   window ? &o->notice_window_days : &o->notice_warn_days));
    GOVMON_RETURN_IF_ERROR(ReadInt(*it, "personnel", sub, 1, 3650,
                                   window ? &o->personnel_window_days : &o->personnel_warn_days));
  }
  if (auto it = j.find("overrides"); it != j.end()) {
    if (!it->is_array()) return FieldError(path + ".overrides", "expected an array");
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string item = path + ".overrides[" + std::to_string(i) + "]";
      const nlohmann::json& r = (*it)[i];
      GOVMON_RETURN_IF_ERROR(RequireObject(r, item));
      GOVMON_RETURN_IF_ERROR(CheckKeys(r, item, {"url", "type", "window_days", "name", "ignore"}));
      ColumnOverride over;
      auto url = r.find("url");
      if (url == r.end() || !url->is_string() || url->get<std::string>().empty()) {
        return FieldError(item + ".url", "expected the column's URL");
      }
      over.url = url->get<std::string>();
      if (auto type = r.find("type"); type != r.end()) {
        ColumnType t{};
        GOVMON_RETURN_IF_ERROR(ReadType(*type, item + ".type", &t));
        over.type = t;
      }
      if (r.contains("window_days")) {
        int days = 0;
        GOVMON_RETURN_IF_ERROR(ReadInt(r, "window_days", item, 0, 3650, &days));
        over.window_days = days;
      }
      if (auto name = r.find("name"); name != r.end()) {
        if (!name->is_string()) return FieldError(item + ".name", "expected a string");
        over.name = name->get<std::string>();
      }
      if (auto ignore = r.find("ignore"); ignore != r.end()) {
        if (!ignore->is_boolean()) return FieldError(item + ".ignore", "expected true or false");
        over.ignore = ignore->get<bool>();
      }
      o->overrides.push_back(std::move(over));
    }
  }
  return Status::Ok();
}

}  // namespace

std::string_view ColumnTypeName(ColumnType type) {
  for (const auto& [t, name] : kTypeNames) {
    if (t == type) return name;
  }
  return "other";
}

std::optional<ColumnType> ParseColumnType(std::string_view name) {
  for (const auto& [t, n] : kTypeNames) {
    if (n == name) return t;
  }
  return std::nullopt;
}

std::vector<ColumnRule> DefaultColumnRules() {
  using T = ColumnType;
  // The names of domain.md §1.2 item 4 and the column types of vendor
  // systems (§5.1 ChannelType, §5.3); anything unmatched is "other".
  return {
      {"工作动态", T::kNews},      {"要闻", T::kNews},          {"动态", T::kNews},
      {"新闻", T::kNews},          {"工作进展", T::kNews},      {"图片新闻", T::kNews},
      {"媒体关注", T::kNews},      {"媒体聚焦", T::kNews},      {"新闻发言人", T::kOther},
      {"通知公告", T::kNotice},    {"公告", T::kNotice},        {"通知", T::kNotice},
      {"公示", T::kNotice},        {"政策文件", T::kNotice},    {"规范性文件", T::kNotice},
      {"政府文件", T::kNotice},    {"文件", T::kNotice},        {"政策", T::kNotice},
      {"规章", T::kNotice},        {"政府令", T::kNotice},      {"政策解读", T::kOther},
      {"解读", T::kOther},         {"人事信息", T::kPersonnel}, {"人事", T::kPersonnel},
      {"任免", T::kPersonnel},     {"招聘", T::kPersonnel},     {"招考", T::kPersonnel},
      {"规划计划", T::kPersonnel}, {"规划", T::kPersonnel},     {"计划", T::kPersonnel},
      {"留言", T::kInteraction},   {"信箱", T::kInteraction},   {"咨询", T::kInteraction},
      {"投诉", T::kInteraction},   {"问政", T::kInteraction},   {"互动", T::kInteraction},
      {"访谈", T::kInteraction},   {"征集", T::kInteraction},   {"调查", T::kInteraction},
      {"建言", T::kInteraction},   {"来信", T::kInteraction},   {"办事", T::kService},
      {"服务", T::kService},       {"指南", T::kService},       {"下载", T::kService},
  };
}

int ColumnOptions::WindowDays(ColumnType type) const {
  switch (type) {
    case ColumnType::kNews:
      return news_window_days;
    case ColumnType::kNotice:
      return notice_window_days;
    case ColumnType::kPersonnel:
      return personnel_window_days;
    default:
      return 0;
  }
}

int ColumnOptions::WarnDays(ColumnType type) const {
  switch (type) {
    case ColumnType::kNews:
      return news_warn_days;
    case ColumnType::kNotice:
      return notice_warn_days;
    case ColumnType::kPersonnel:
      return personnel_warn_days;
    default:
      return 0;
  }
}

Status SiteOptionsFromJson(const nlohmann::json& json, SiteOptions* options,
                           std::string* calendar_path) {
  const std::string path = "site";
  GOVMON_RETURN_IF_ERROR(RequireObject(json, path));
  GOVMON_RETURN_IF_ERROR(
      CheckKeys(json, path, {"columns", "home", "messages", "interpretation", "ipv6", "https"}));
  if (auto it = json.find("columns"); it != json.end()) {
    GOVMON_RETURN_IF_ERROR(ReadColumns(*it, path + ".columns", &options->columns));
  }
  if (auto it = json.find("home"); it != json.end()) {
    const std::string p = path + ".home";
    GOVMON_RETURN_IF_ERROR(RequireObject(*it, p));
    GOVMON_RETURN_IF_ERROR(CheckKeys(*it, p, {"window_days", "warn_days"}));
    GOVMON_RETURN_IF_ERROR(ReadInt(*it, "window_days", p, 1, 365, &options->home.window_days));
    GOVMON_RETURN_IF_ERROR(ReadInt(*it, "warn_days", p, 1, 365, &options->home.warn_days));
  }
  if (auto it = json.find("messages"); it != json.end()) {
    const std::string p = path + ".messages";
    GOVMON_RETURN_IF_ERROR(RequireObject(*it, p));
    GOVMON_RETURN_IF_ERROR(
        CheckKeys(*it, p, {"veto_months", "lookback_months", "deadline_working_days", "calendar"}));
    MessageOptions& m = options->messages;
    GOVMON_RETURN_IF_ERROR(ReadInt(*it, "veto_months", p, 1, 24, &m.veto_months));
    GOVMON_RETURN_IF_ERROR(ReadInt(*it, "lookback_months", p, 1, 120, &m.lookback_months));
    GOVMON_RETURN_IF_ERROR(
        ReadInt(*it, "deadline_working_days", p, 0, 365, &m.deadline_working_days));
    if (auto cal = it->find("calendar"); cal != it->end()) {
      if (!cal->is_string()) return FieldError(p + ".calendar", "expected a file path");
      if (calendar_path != nullptr) *calendar_path = cal->get<std::string>();
    }
  }
  if (auto it = json.find("interpretation"); it != json.end()) {
    const std::string p = path + ".interpretation";
    GOVMON_RETURN_IF_ERROR(RequireObject(*it, p));
    GOVMON_RETURN_IF_ERROR(CheckKeys(
        *it, p, {"policy_columns", "interpretation_words", "no_interpretation_within_days"}));
    InterpretationOptions& o = options->interpretation;
    GOVMON_RETURN_IF_ERROR(ReadStrings(*it, "policy_columns", p, &o.policy_columns));
    GOVMON_RETURN_IF_ERROR(ReadStrings(*it, "interpretation_words", p, &o.interpretation_words));
    GOVMON_RETURN_IF_ERROR(ReadInt(*it, "no_interpretation_within_days", p, 0, 36500,
                                   &o.no_interpretation_within_days));
  }
  if (auto it = json.find("ipv6"); it != json.end()) {
    const std::string p = path + ".ipv6";
    GOVMON_RETURN_IF_ERROR(RequireObject(*it, p));
    GOVMON_RETURN_IF_ERROR(CheckKeys(*it, p, {"min_content_similarity", "min_link_share"}));
    GOVMON_RETURN_IF_ERROR(
        ReadFraction(*it, "min_content_similarity", p, &options->ipv6.min_content_similarity));
    GOVMON_RETURN_IF_ERROR(ReadFraction(*it, "min_link_share", p, &options->ipv6.min_link_share));
  }
  if (auto it = json.find("https"); it != json.end()) {
    const std::string p = path + ".https";
    GOVMON_RETURN_IF_ERROR(RequireObject(*it, p));
    GOVMON_RETURN_IF_ERROR(CheckKeys(*it, p, {"expiry_warning_days"}));
    GOVMON_RETURN_IF_ERROR(
        ReadInt(*it, "expiry_warning_days", p, 0, 365, &options->https.expiry_warning_days));
  }
  return Status::Ok();
}

Status ColumnRulesFromJsonText(std::string_view text, std::vector<ColumnRule>* rules) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/true,
                                 /*ignore_comments=*/true);
  } catch (const nlohmann::json::exception& e) {
    return InvalidArgumentError(std::string("column rules: ") + e.what());
  }
  return ReadRules(json, "rules", rules);
}

}  // namespace govmon
