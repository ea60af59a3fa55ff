#include "check/assessment.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "check/column_model.h"

namespace govmon {
namespace {

bool Contains(const std::vector<std::string>& values, std::string_view v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

bool Matches(const Indicator& indicator, const Finding& f) {
  if (f.check != indicator.check) return false;
  if (!indicator.kinds.empty() && !Contains(indicator.kinds, f.kind)) return false;
  if (indicator.min_severity && f.severity < *indicator.min_severity) return false;
  if (!indicator.evidence_contains.empty()) {
    bool any = false;
    for (const std::string& word : indicator.evidence_contains) {
      any |= f.evidence.find(word) != std::string::npos;
    }
    if (!any) return false;
  }
  return true;
}

std::string Points(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", std::round(v * 100) / 100);
  return buf;
}

Status FieldError(const std::string& field, const std::string& message) {
  return InvalidArgumentError(field + ": " + message);
}

Status ReadStringList(const nlohmann::json& j, const std::string& field,
                      std::vector<std::string>* out) {
  if (!j.is_array()) return FieldError(field, "expected an array of strings");
  out->clear();
  for (const nlohmann::json& v : j) {
    if (!v.is_string()) return FieldError(field, "expected an array of strings");
    out->push_back(v.get<std::string>());
  }
  return Status::Ok();
}

Status ReadIndicator(const nlohmann::json& j, const std::string& path, Indicator* out) {
  if (!j.is_object()) return FieldError(path, "expected an object");
  static constexpr std::string_view kKeys[] = {
      "id",           "section", "name", "check", "kinds",     "evidence_contains",
      "min_severity", "points",  "once", "cap",   "confirmed", "source"};
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (std::find(std::begin(kKeys), std::end(kKeys), it.key()) == std::end(kKeys)) {
      return FieldError(path + "." + it.key(), "unknown field");
    }
  }
  Indicator ind;
  for (const char* key : {"id", "section", "name", "check", "source"}) {
    auto it = j.find(key);
    if (it == j.end()) {
      if (std::string_view(key) == "id" || std::string_view(key) == "check" ||
          std::string_view(key) == "name") {
        return FieldError(path + "." + key, "missing");
      }
      continue;
    }
    if (!it->is_string()) return FieldError(path + "." + key, "expected a string");
    std::string value = it->get<std::string>();
    if (std::string_view(key) == "id") ind.id = value;
    if (std::string_view(key) == "section") ind.section = value;
    if (std::string_view(key) == "name") ind.name = value;
    if (std::string_view(key) == "check") ind.check = value;
    if (std::string_view(key) == "source") ind.source = value;
  }
  if (auto it = j.find("kinds"); it != j.end()) {
    GOVMON_RETURN_IF_ERROR(ReadStringList(*it, path + ".kinds", &ind.kinds));
  }
  if (auto it = j.find("evidence_contains"); it != j.end()) {
    GOVMON_RETURN_IF_ERROR(
        ReadStringList(*it, path + ".evidence_contains", &ind.evidence_contains));
  }
  if (auto it = j.find("min_severity"); it != j.end()) {
    std::optional<Severity> s =
        it->is_string() ? ParseSeverity(it->get<std::string>()) : std::nullopt;
    if (!s) return FieldError(path + ".min_severity", "expected info, warning, error or veto");
    ind.min_severity = s;
  }
  for (const char* key : {"points", "cap"}) {
    auto it = j.find(key);
    if (it == j.end()) continue;
    if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 100) {
      return FieldError(path + "." + key, "expected a number between 0 and 100");
    }
    (std::string_view(key) == "points" ? ind.points : ind.cap) = it->get<double>();
  }
  for (const char* key : {"once", "confirmed"}) {
    auto it = j.find(key);
    if (it == j.end()) continue;
    if (!it->is_boolean()) return FieldError(path + "." + key, "expected true or false");
    (std::string_view(key) == "once" ? ind.once : ind.confirmed) = it->get<bool>();
  }
  *out = std::move(ind);
  return Status::Ok();
}

}  // namespace

std::vector<Indicator> DefaultIndicators() {
  std::vector<Indicator> t;
  auto add = [&](Indicator i) { t.push_back(std::move(i)); };
  add({"policy_column_not_updated",
       "发布解读",
       "监测时间点前6个月内政策文件类一级栏目未更新",
       "stale_column",
       {"overdue", "undated"},
       {"政策", "文件"},
       std::nullopt,
       5,
       true,
       5,
       true,
       "国管局 2019Q2 self-check, −5 (domain.md §1.3)"});
  add({"news_column_not_updated",
       "发布解读",
       "动态要闻类栏目未及时更新",
       "stale_column",
       {"overdue", "undated"},
       {"动态", "要闻", "新闻"},
       std::nullopt,
       1,
       false,
       5,
       false,
       "[U] point value not seen; a placeholder to configure"});
  add({"interpretation_link",
       "发布解读",
       "解读关联未达到相关要求",
       "missing_interpretation_link",
       {"interpretation_to_policy", "policy_to_interpretation"},
       {},
       std::nullopt,
       1,
       true,
       1,
       true,
       "NSFC self-check, −1 (domain.md §1.3); the per-occurrence rule is [U]"});
  add({"message_replies",
       "互动交流",
       "监测时间点前2个月内未更新留言答复",
       "unanswered_message",
       {"unanswered", "replied_late", "overdue", "late_reply"},
       {},
       std::nullopt,
       3,
       true,
       3,
       true,
       "国管局 2019Q2 self-check, −3 (domain.md §1.3); mapped from late or missing replies [D]"});
  add({"ipv6",
       "功能设计",
       "IPv6 改造",
       "ipv6",
       {"no_aaaa", "home_unreachable"},
       {},
       std::nullopt,
       1,
       true,
       1,
       false,
       "[U] scored under 功能设计 (domain.md §1.3); value not seen"});
  add({"broken_links",
       "功能设计",
       "可用性：链接不可用",
       "broken_link",
       {},
       {},
       Severity::kWarning,
       0.1,
       false,
       5,
       false,
       "[U] 2015 rule \"其他页面…每发现一个打不开或错误的扣0.1分\" (domain.md §1.3); cap not "
       "seen"});
  return t;
}

Status AssessmentOptionsFromJson(const nlohmann::json& json, AssessmentOptions* options) {
  const std::string path = "assessment";
  if (!json.is_object()) return FieldError(path, "expected an object");
  for (auto it = json.begin(); it != json.end(); ++it) {
    const std::string& key = it.key();
    const std::string field = path + "." + key;
    if (key == "indicators") {
      if (!it->is_array()) return FieldError(field, "expected an array");
      std::vector<Indicator> indicators;
      std::set<std::string> ids;
      for (size_t i = 0; i < it->size(); ++i) {
        Indicator ind;
        const std::string item = field + "[" + std::to_string(i) + "]";
        GOVMON_RETURN_IF_ERROR(ReadIndicator((*it)[i], item, &ind));
        if (!ids.insert(ind.id).second) return FieldError(item + ".id", "duplicate id " + ind.id);
        indicators.push_back(std::move(ind));
      }
      options->indicators = std::move(indicators);
      continue;
    }
    int* target = key == "overdue_news_policy_veto" ? &options->overdue_news_policy_veto
                  : key == "should_update_veto"     ? &options->should_update_veto
                  : key == "should_update_warning"  ? &options->should_update_warning
                  : key == "blank_veto"             ? &options->blank_veto
                  : key == "blank_warning"          ? &options->blank_warning
                                                    : nullptr;
    if (target != nullptr) {
      if (!it->is_number_integer() || it->get<int>() < 0) {
        return FieldError(field, "expected a non-negative integer");
      }
      *target = it->get<int>();
    } else if (key == "pass_score") {
      if (!it->is_number()) return FieldError(field, "expected a number");
      options->pass_score = it->get<double>();
    } else {
      return FieldError(field, "unknown field");
    }
  }
  return Status::Ok();
}

SiteAssessment AssessSite(const SiteSnapshot& site, FindingStore::Range findings,
                          const ColumnOptions& columns, const AssessmentOptions& options) {
  SiteAssessment a;
  a.site = site.site;
  a.as_of = site.as_of;

  // One pass over the findings (a site can have 10^5, decoded one at a time):
  // what the veto items read, and the count of each deduction indicator.
  static const std::set<std::string_view> kSiteModelChecks = {
      "site_unreachable", "home_not_updated", "stale_column", "empty_column", "unanswered_message"};
  std::set<std::string> security_checks;
  bool unreachable = false;
  std::vector<Finding> home_findings;
  std::vector<Finding> message_findings;
  std::vector<int> indicator_counts(options.indicators.size(), 0);
  for (const Finding& f : findings) {
    if (f.severity == Severity::kVeto && !kSiteModelChecks.count(f.check)) {
      security_checks.insert(f.check);
    }
    unreachable |= f.check == "site_unreachable";
    if (f.check == "home_not_updated") home_findings.push_back(f);
    if (f.check == "unanswered_message") message_findings.push_back(f);
    for (size_t i = 0; i < options.indicators.size(); ++i) {
      indicator_counts[i] += Matches(options.indicators[i], f);
    }
  }

  // 1 安全、泄密事故等严重问题: any veto-level finding of the content checks.
  VetoItem security{"security", "安全、泄密事故等严重问题"};
  security.triggered = !security_checks.empty();
  for (const std::string& c : security_checks) {
    security.detail += (security.detail.empty() ? "veto-level findings of " : ", ") + c;
  }
  a.vetoes.push_back(security);

  // 2 站点无法访问: needs a week of probes; this scan is one.
  VetoItem unavailable{"unavailable", "站点无法访问"};
  unavailable.assessed = false;
  a.reachable = !unreachable;
  unavailable.detail = a.reachable
                           ? "the home page loaded on this scan; the rule needs a week of probes"
                           : "the home page could not be opened on this scan (one-shot)";
  if (!a.reachable) a.prewarnings.push_back("首页本次无法访问（单次探测）");
  a.vetoes.push_back(unavailable);

  // 3 首页不更新.
  VetoItem home{"home_not_updated", "首页不更新"};
  for (const Finding& f : home_findings) {
    if (f.kind == "not_updated") {
      home.triggered = true;
      home.detail = f.detail;
    } else {
      a.prewarnings.push_back("首页即将超期未更新: " + f.detail);
    }
  }
  a.vetoes.push_back(home);

  // 4 栏目不更新: three counts.
  const std::shared_ptr<const ColumnModel> model = ColumnModel::ForSite(site, columns);
  ThresholdCount news_policy{"overdue_news_policy", "动态要闻、通知公告/政策文件一级栏目未更新", 0,
                             options.overdue_news_policy_veto, 0};
  ThresholdCount should{"should_update", "应更新但长期未更新栏目", 0, options.should_update_veto,
                        options.should_update_warning};
  ThresholdCount blank{"blank", "空白栏目", 0, options.blank_veto, options.blank_warning};
  for (const Column& column : model->columns()) {
    const Staleness s = ColumnStaleness(column, site.as_of);
    using State = Staleness::State;
    const bool not_updated = s.state == State::kOverdue || s.state == State::kUndated;
    if (s.state == State::kBlank) {
      ++blank.count;
      blank.columns.push_back(column.url);
    }
    // The 2015 survey counts blank columns among those that should update.
    if (not_updated || s.state == State::kBlank) {
      ++should.count;
      should.columns.push_back(column.url);
    }
    if (not_updated && (column.type == ColumnType::kNews ||
                        (column.type == ColumnType::kNotice && column.first_level))) {
      ++news_policy.count;
      news_policy.columns.push_back(column.url);
    }
  }
  VetoItem columns_item{"columns_not_updated", "栏目不更新"};
  for (ThresholdCount* c : {&news_policy, &should, &blank}) {
    if (c->count >= c->veto_at) {
      columns_item.triggered = true;
      if (!columns_item.detail.empty()) columns_item.detail += "; ";
      columns_item.detail +=
          c->name + " " + std::to_string(c->count) + " (≥" + std::to_string(c->veto_at) + ")";
    } else if (c->warn_at > 0 && c->count >= c->warn_at) {
      a.prewarnings.push_back(c->name + " " + std::to_string(c->count) + " 个（预警线 " +
                              std::to_string(c->warn_at) + "，否决线 " +
                              std::to_string(c->veto_at) + "）");
    }
    a.counts.push_back(*c);
  }
  a.vetoes.push_back(columns_item);

  // 5 互动回应差.
  VetoItem interaction{"poor_interaction", "互动回应差"};
  int late = 0;
  for (const Finding& f : message_findings) {
    if (f.severity == Severity::kVeto) ++late;
    if (f.kind == "no_channel") a.prewarnings.push_back("未发现留言咨询渠道（请人工确认）");
  }
  interaction.triggered = late > 0;
  if (late > 0) {
    interaction.detail = std::to_string(late) +
                         " message(s) of the last year unanswered for "
                         "more than 3 months";
  }
  a.vetoes.push_back(interaction);

  // 6 服务不实用: needs the 办事指南 elements, which govmon does not read yet.
  VetoItem service{"services_not_practical", "服务不实用"};
  service.assessed = false;
  service.detail = "not assessed by govmon";
  a.vetoes.push_back(service);

  // Deductions.
  double total = 0;
  for (size_t i = 0; i < options.indicators.size(); ++i) {
    const Indicator& ind = options.indicators[i];
    const int n = indicator_counts[i];
    if (n == 0) continue;
    double points = ind.once ? ind.points : ind.points * n;
    if (ind.cap > 0) points = std::min(points, ind.cap);
    a.deductions.push_back({ind.id, ind.section, ind.name, n, points, ind.confirmed});
    total += points;
    a.score_uses_unconfirmed |= !ind.confirmed;
  }
  a.score = std::max(0.0, 100 - total);
  bool veto = false;
  for (const VetoItem& v : a.vetoes) veto |= v.triggered;
  a.verdict = veto ? "fail_veto" : a.score < options.pass_score ? "fail_score" : "pass";
  return a;
}

nlohmann::json AssessmentToJson(const SiteAssessment& a) {
  nlohmann::json j;
  j["site"] = a.site;
  j["as_of"] = a.as_of.ToIso();
  j["reachable"] = a.reachable;
  j["verdict"] = a.verdict;
  j["score"] = std::round(a.score * 100) / 100;
  j["score_uses_unconfirmed_values"] = a.score_uses_unconfirmed;
  nlohmann::json vetoes = nlohmann::json::array();
  for (const VetoItem& v : a.vetoes) {
    nlohmann::json item = {
        {"id", v.id}, {"name", v.name}, {"assessed", v.assessed}, {"triggered", v.triggered}};
    if (!v.detail.empty()) item["detail"] = v.detail;
    vetoes.push_back(std::move(item));
  }
  j["vetoes"] = std::move(vetoes);
  nlohmann::json counts = nlohmann::json::array();
  for (const ThresholdCount& c : a.counts) {
    nlohmann::json item = {{"id", c.id},
                           {"name", c.name},
                           {"count", c.count},
                           {"veto_at", c.veto_at},
                           {"columns", c.columns}};
    if (c.warn_at > 0) item["warn_at"] = c.warn_at;
    counts.push_back(std::move(item));
  }
  j["counts"] = std::move(counts);
  j["prewarnings"] = a.prewarnings;
  nlohmann::json deductions = nlohmann::json::array();
  for (const Deduction& d : a.deductions) {
    deductions.push_back({{"indicator", d.indicator},
                          {"section", d.section},
                          {"name", d.name},
                          {"findings", d.findings},
                          {"points", std::round(d.points * 100) / 100},
                          {"confirmed", d.confirmed}});
  }
  j["deductions"] = std::move(deductions);
  return j;
}

std::string FormatAssessment(const SiteAssessment& a) {
  std::string out = "national assessment of " + a.site + " as of " + a.as_of.ToIso() + ": ";
  out += a.verdict == "fail_veto"    ? "不合格（单项否决）"
         : a.verdict == "fail_score" ? "不合格（得分低于及格线）"
                                     : "未触发否决项";
  out += "\n";
  for (const VetoItem& v : a.vetoes) {
    out += "  单项否决 " + v.name + ": ";
    out += !v.assessed ? "未评估" : v.triggered ? "触发" : "未触发";
    if (!v.detail.empty()) out += " — " + v.detail;
    out += "\n";
  }
  for (const ThresholdCount& c : a.counts) {
    out +=
        "  " + c.name + ": " + std::to_string(c.count) + " / 否决线 " + std::to_string(c.veto_at);
    if (c.warn_at > 0) out += "，预警线 " + std::to_string(c.warn_at);
    out += "\n";
  }
  for (const std::string& w : a.prewarnings) out += "  预警: " + w + "\n";
  for (const Deduction& d : a.deductions) {
    out += "  扣分 " + d.section + "·" + d.name + ": −" + Points(d.points) + "（" +
           std::to_string(d.findings) + " 项" + (d.confirmed ? "" : "，分值未经核实") + "）\n";
  }
  out += "  扣分指标得分（仅 govmon 可检项）: " + Points(a.score) +
         (a.score_uses_unconfirmed ? "（含未经核实的分值）" : "") + "\n";
  return out;
}

}  // namespace govmon
