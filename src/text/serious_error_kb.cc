#include "text/serious_error_kb.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

#include "base/log.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "text/data_lines.h"
#include "text/typo_resources.h"

namespace govmon {
namespace {

std::vector<std::string_view> Fields(std::string_view line) { return Split(line, '\t'); }

Result<Date> ParseDate(std::string_view s, const std::string& where) {
  std::optional<Date> d = Date::ParseIso(TrimAscii(s));
  if (!d)
    return InvalidArgumentError(where + ": bad date '" + std::string(s) + "' (want YYYY-MM-DD)");
  return *d;
}

const std::set<std::string>& VetoCategories() {
  static const std::set<std::string> kVeto = {"state_name", "organ_name", "formulation",
                                              "leader_name", "place_name"};
  return kVeto;
}

// The code points just before byte offset `at` in `text`, up to `count`.
std::u32string Before(std::string_view text, size_t at, size_t count) {
  std::u32string out;
  size_t p = at;
  while (p > 0 && out.size() < count) {
    size_t q = p - 1;
    while (q > 0 && (static_cast<unsigned char>(text[q]) & 0xC0) == 0x80) --q;
    size_t r = q;
    out.insert(out.begin(), DecodeUtf8(text, &r));
    p = q;
  }
  return out;
}

// The sentence (between 。！？; or line breaks) around byte offset `at`.
std::string_view SentenceAround(std::string_view text, size_t at) {
  static const char* const kEnds[] = {"。", "！", "？", "；", "\n"};
  size_t begin = 0, end = text.size();
  for (const char* e : kEnds) {
    size_t b = text.rfind(e, at);
    if (b != std::string_view::npos) begin = std::max(begin, b + std::strlen(e));
    size_t f = text.find(e, at);
    if (f != std::string_view::npos) end = std::min(end, f);
  }
  return text.substr(begin, end > begin ? end - begin : 0);
}

// Words that mark a text as talking about the past or about the reform itself:
// the old name is then right.
bool HistoricalMarkerBefore(std::string_view text, size_t at) {
  std::u32string b = Before(text, at, 3);
  return b.find(U'原') != std::u32string::npos || b.find(U'前') != std::u32string::npos ||
         b.find(U"时任") != std::u32string::npos || b.find(U"曾任") != std::u32string::npos;
}

}  // namespace

Status ParseWrongForms(std::string_view text, std::string_view name,
                       std::vector<WrongFormEntry>* out) {
  return ForEachDataLine(text, name, [&](std::string_view line, const std::string& where) {
    auto f = Fields(line);
    if (f.size() < 3 || f[0].empty() || f[1].empty() || f[2].empty()) {
      return InvalidArgumentError(where + ": expected 'wrong<TAB>right<TAB>category'");
    }
    std::string category(TrimAscii(f[2]));
    if (!VetoCategories().count(category) && category != "wording") {
      return InvalidArgumentError(where + ": unknown category '" + category +
                                  "' (want state_name, organ_name, formulation, leader_name, "
                                  "place_name or wording)");
    }
    out->push_back({std::string(f[0]), std::string(f[1]), category, where});
    return Status::Ok();
  });
}

Status ParseLeaders(std::string_view text, std::string_view name, std::vector<LeaderEntry>* out) {
  return ForEachDataLine(text, name, [&](std::string_view line, const std::string& where) {
    auto f = Fields(line);
    if (f.size() < 3 || f[0].empty() || f[1].empty()) {
      return InvalidArgumentError(where + ": expected 'name<TAB>title<TAB>from<TAB>to'");
    }
    LeaderEntry e{std::string(f[0]), std::string(f[1]), Date(), std::nullopt, where};
    Result<Date> from = ParseDate(f[2], where);
    if (!from.ok()) return from.status();
    e.from = *from;
    if (f.size() > 3 && !TrimAscii(f[3]).empty()) {
      Result<Date> to = ParseDate(f[3], where);
      if (!to.ok()) return to.status();
      if (*to < e.from) return InvalidArgumentError(where + ": term ends before it begins");
      e.to = *to;
    }
    out->push_back(std::move(e));
    return Status::Ok();
  });
}

Status ParseSuperseded(std::string_view text, std::string_view name,
                       std::vector<SupersededEntry>* out) {
  return ForEachDataLine(text, name, [&](std::string_view line, const std::string& where) {
    auto f = Fields(line);
    if (f.size() < 3 || f[0].empty() || f[1].empty()) {
      return InvalidArgumentError(where + ": expected 'old<TAB>new<TAB>since[<TAB>note]'");
    }
    Result<Date> since = ParseDate(f[2], where);
    if (!since.ok()) return since.status();
    out->push_back({std::string(f[0]), std::string(f[1]), *since,
                    f.size() > 3 ? std::string(f[3]) : "", where});
    return Status::Ok();
  });
}

SeriousErrorPaths DefaultSeriousErrorPaths() {
  SeriousErrorPaths p;
  std::string dir = FindGovmonDataDir();
  if (!dir.empty()) p.dirs.push_back(dir + "/kb");
  return p;
}

Result<std::unique_ptr<SeriousErrorKnowledge>> SeriousErrorKnowledge::Build(
    std::vector<WrongFormEntry> wrong_forms, std::vector<LeaderEntry> leaders,
    std::vector<SupersededEntry> superseded, const ConfusionSets* confusions,
    const WordFrequencies* words) {
  auto kb = std::unique_ptr<SeriousErrorKnowledge>(new SeriousErrorKnowledge());
  kb->wrong_forms_ = std::move(wrong_forms);
  kb->leaders_ = std::move(leaders);
  kb->superseded_ = std::move(superseded);
  kb->words_ = words;
  for (size_t i = 0; i < kb->wrong_forms_.size(); ++i) {
    kb->patterns_.push_back({PatternType::kWrongForm, i, kb->wrong_forms_[i].wrong, "", false});
  }
  std::set<std::string> names, titles;
  for (const LeaderEntry& e : kb->leaders_) {
    names.insert(e.name);
    titles.insert(e.title);
  }
  for (const std::string& t : titles)
    kb->patterns_.push_back({PatternType::kTitle, 0, t, "", false});
  for (const std::string& n : names) {
    kb->patterns_.push_back({PatternType::kLeaderName, 0, n, "", false});
    if (!confusions) continue;
    // Misspelt names: one character replaced by a same-sound one. The result
    // must not be a word or another leader's name. A three-character name
    // miswritten in its given name is an error anywhere; other variants
    // (the surname, two-character names) only next to a title, where no
    // namesake can be meant.
    std::u32string cps;
    for (size_t pos = 0; pos < n.size();) cps.push_back(DecodeUtf8(n, &pos));
    for (size_t i = 0; i < cps.size(); ++i) {
      const Confusions* c = confusions->Find(cps[i]);
      if (!c) continue;
      for (char32_t rep : c->same_sound) {
        std::string variant;
        for (size_t k = 0; k < cps.size(); ++k) AppendUtf8(k == i ? rep : cps[k], &variant);
        if (names.count(variant) || (words && words->Frequency(variant) > 0)) continue;
        bool anywhere = cps.size() >= 3 && i >= 1;
        kb->patterns_.push_back({PatternType::kNameVariant, 0, variant, n, !anywhere});
      }
    }
  }
  for (size_t i = 0; i < kb->superseded_.size(); ++i) {
    kb->patterns_.push_back({PatternType::kSuperseded, i, kb->superseded_[i].old_name, "", false});
  }
  if (kb->patterns_.empty()) return kb;
  std::vector<std::string> texts;
  texts.reserve(kb->patterns_.size());
  for (const Pattern& p : kb->patterns_) texts.push_back(p.text);
  auto matcher = PhraseMatcher::Build(texts);
  if (!matcher.ok()) return matcher.status();
  kb->matcher_ = std::move(*matcher);
  return kb;
}

void SeriousErrorKnowledge::Find(std::string_view text, std::optional<Date> date,
                                 std::vector<SeriousErrorHit>* out) const {
  if (!matcher_ || text.empty()) return;
  std::vector<PhraseMatch> matches;
  if (!matcher_->FindAll(text, &matches).ok()) return;
  std::sort(matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Titles by where they end and where they begin, longest first, so that
  // 国务院副总理 is read as one title and not as 总理.
  std::map<size_t, const PhraseMatch*> title_ending, title_starting;
  for (const PhraseMatch& m : matches) {
    if (patterns_[static_cast<size_t>(m.id)].type != PatternType::kTitle) continue;
    auto& e = title_ending[m.end];
    if (!e || e->end - e->begin < m.end - m.begin) e = &m;
    auto& s = title_starting[m.begin];
    if (!s || s->end - s->begin < m.end - m.begin) s = &m;
  }
  auto title_next_to = [&](const PhraseMatch& m) -> const PhraseMatch* {
    if (auto it = title_ending.find(m.begin); it != title_ending.end()) return it->second;
    if (auto it = title_starting.find(m.end); it != title_starting.end()) return it->second;
    return nullptr;
  };
  size_t covered_end = 0;
  for (const PhraseMatch& m : matches) {
    const Pattern& p = patterns_[static_cast<size_t>(m.id)];
    if (p.type == PatternType::kTitle) continue;
    if (m.begin < covered_end && p.type != PatternType::kLeaderName) continue;
    SeriousErrorHit hit;
    hit.begin = m.begin;
    hit.end = m.end;
    hit.wrong = p.text;
    switch (p.type) {
      case PatternType::kTitle:
        continue;
      case PatternType::kWrongForm: {
        const WrongFormEntry& e = wrong_forms_[p.index];
        hit.suggestion = e.right;
        hit.kind = e.category;
        hit.veto = VetoCategories().count(e.category) > 0;
        hit.detail = "严重表述错误：" + e.wrong + " 应为 " + e.right + "（" + e.origin + "）";
        break;
      }
      case PatternType::kNameVariant: {
        if (p.needs_title && !title_next_to(m)) continue;
        hit.suggestion = p.right;
        hit.kind = "leader_name";
        hit.detail = "领导人姓名疑似写错：" + p.text + " 应为 " + p.right;
        break;
      }
      case PatternType::kLeaderName: {
        const PhraseMatch* t = title_next_to(m);
        if (!t) continue;
        std::string title(text.substr(t->begin, t->end - t->begin));
        // 副 before a title the knowledge base lacks in its 副 form.
        if (t->end == m.begin && Before(text, t->begin, 1) == U"副") continue;
        bool held = false, held_then = false;
        std::string terms;
        for (const LeaderEntry& e : leaders_) {
          if (e.name != p.text || e.title != title) continue;
          held = true;
          if (!date || (e.from <= *date && (!e.to || *date <= e.to->AddDays(30)))) held_then = true;
          if (!date || *date >= e.from) {
            terms += (terms.empty() ? "" : "，") + e.from.ToIso() + "至" +
                     (e.to ? e.to->ToIso() : std::string("今"));
          }
        }
        size_t first = std::min(t->begin, m.begin);
        if (!held) {
          hit.begin = first;
          hit.end = std::max(t->end, m.end);
          hit.wrong = std::string(text.substr(hit.begin, hit.end - hit.begin));
          hit.kind = "leader_title";
          hit.detail = p.text + " 未担任" + title + "（据知识库）";
          break;
        }
        if (held_then || terms.empty() || HistoricalMarkerBefore(text, first)) continue;
        hit.begin = first;
        hit.end = std::max(t->end, m.end);
        hit.wrong = std::string(text.substr(hit.begin, hit.end - hit.begin));
        hit.kind = "leader_outdated";
        hit.veto = false;
        hit.detail = p.text + " 任" + title + "：" + terms + "；发布日期 " + date->ToIso() +
                     " 已不在任，如为历史报道请写明“时任”";
        break;
      }
      case PatternType::kSuperseded: {
        const SupersededEntry& e = superseded_[p.index];
        if (!date || *date < e.since) continue;
        if (HistoricalMarkerBefore(text, m.begin)) continue;
        // Inside the new name (旅游局 in 文化和旅游局)?
        bool inside_new = false;
        for (size_t at = text.find(e.new_name); at != std::string_view::npos;
             at = text.find(e.new_name, at + 1)) {
          if (at <= m.begin && m.end <= at + e.new_name.size()) inside_new = true;
        }
        if (inside_new) continue;
        // The name runs on into a longer word (农业部门, 文化部长 is fine) or
        // is the tail of a current name (生态环境保护局).
        if (m.end < text.size() && words_) {
          std::u32string last = Before(text, m.end, 1);
          size_t q = m.end;
          std::string pair;
          AppendUtf8(last[0], &pair);
          AppendUtf8(DecodeUtf8(text, &q), &pair);
          if (words_->Frequency(pair) >= 1000 && pair != "局局") continue;
        }
        if (Before(text, m.begin, 2) == U"生态") continue;
        std::string_view sentence = SentenceAround(text, m.begin);
        static const char* const kReform[] = {"更名", "改为", "组建", "整合",     "不再保留",
                                              "划入", "划转", "撤销", "机构改革", "改革前"};
        bool about_reform = false;
        for (const char* w : kReform) {
          if (sentence.find(w) != std::string_view::npos) about_reform = true;
        }
        if (about_reform) continue;
        hit.suggestion = e.new_name;
        hit.kind = "superseded_name";
        hit.veto = false;
        hit.detail = "机构名称已变更：" + e.old_name + " 自 " + e.since.ToIso() + " 起为 " +
                     e.new_name + (e.note.empty() ? "" : "（" + e.note + "）");
        break;
      }
    }
    covered_end = std::max(covered_end, hit.end);
    out->push_back(std::move(hit));
  }
}

Status CheckKnowledgeDir(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return NotFoundError(dir + ": knowledge base directory not found");
  }
  std::vector<WrongFormEntry> wrong;
  std::vector<LeaderEntry> leaders;
  std::vector<SupersededEntry> superseded;
  auto check = [&](const char* file, auto parse, auto* vec) {
    std::string path = dir + "/" + file;
    if (!std::filesystem::exists(path, ec)) return Status::Ok();
    Result<std::string> text = ReadTextFile(path);
    if (!text.ok()) return text.status();
    return parse(*text, path, vec);
  };
  GOVMON_RETURN_IF_ERROR(check("wrong_forms.tsv", ParseWrongForms, &wrong));
  GOVMON_RETURN_IF_ERROR(check("leaders.tsv", ParseLeaders, &leaders));
  return check("superseded.tsv", ParseSuperseded, &superseded);
}

std::shared_ptr<const SeriousErrorKnowledge> LoadSeriousErrorKnowledge(
    const SeriousErrorPaths& paths, const TypoResources* resources) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const SeriousErrorKnowledge>> cache;
  std::string key =
      Join(paths.dirs, "\n") + '\n' + std::to_string(reinterpret_cast<uintptr_t>(resources));
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[key];
  if (slot) return slot;
  std::vector<WrongFormEntry> wrong;
  std::vector<LeaderEntry> leaders;
  std::vector<SupersededEntry> superseded;
  for (const std::string& dir : paths.dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      Log(LogLevel::kWarning, "serious_error: {}: knowledge base directory not found", dir);
      continue;
    }
    auto load = [&](const char* file, auto parse, auto* vec) {
      std::string path = dir + "/" + file;
      Result<std::string> text = ReadTextFile(path);
      if (!text.ok()) return;
      auto copy = *vec;
      if (Status s = parse(*text, path, vec); !s.ok()) {
        Log(LogLevel::kWarning, "serious_error: {}; file skipped", s.ToString());
        *vec = std::move(copy);
      }
    };
    load("wrong_forms.tsv", ParseWrongForms, &wrong);
    load("leaders.tsv", ParseLeaders, &leaders);
    load("superseded.tsv", ParseSuperseded, &superseded);
  }
  auto kb =
      SeriousErrorKnowledge::Build(std::move(wrong), std::move(leaders), std::move(superseded),
                                   resources ? resources->confusions.get() : nullptr,
                                   resources ? resources->words.get() : nullptr);
  if (!kb.ok()) {
    Log(LogLevel::kWarning, "serious_error: knowledge base: {}; the check is off",
        kb.status().ToString());
    auto empty = SeriousErrorKnowledge::Build({}, {}, {}, nullptr, nullptr);
    slot = std::move(*empty);
  } else {
    slot = std::move(*kb);
  }
  return slot;
}

}  // namespace govmon
