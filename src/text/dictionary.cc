#include "text/dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {
namespace {

// Calls `line_fn(line_number, fields)` for every line that is not blank or a
// comment; stops at the first error it returns.
template <typename LineFn>
Status ForEachRecord(std::string_view text, std::string_view name, LineFn line_fn) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? "" : text.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = TrimAscii(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    auto error = [&](const std::string& message) {
      return InvalidArgumentError(std::string(name) + ":" + std::to_string(line_number) + ": " +
                                  message);
    };
    if (!IsValidUtf8(line)) return error("line is not valid UTF-8");
    std::vector<std::string_view> fields = Split(line, '\t');
    for (auto& f : fields) f = TrimAscii(f);
    std::string origin = std::string(name) + ":" + std::to_string(line_number);
    std::string message = line_fn(fields, origin);
    if (!message.empty()) return error(message);
  }
  return Status::Ok();
}

bool IsCategoryId(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return IoError(path + ": read failed");
  return buffer.str();
}

// The host of a URL or bare host name, lower-cased: "http://A.gov.cn:80/x" → "a.gov.cn".
std::string HostOf(std::string_view site) {
  size_t scheme = site.find("://");
  if (scheme != std::string_view::npos) site.remove_prefix(scheme + 3);
  site = site.substr(0, site.find_first_of("/?#"));
  site = site.substr(0, site.find(':'));
  return AsciiLower(site);
}

bool HasLetterOrNonAscii(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) return true;
  }
  return false;
}

}  // namespace

Status ParseDictionary(std::string_view text, std::string_view name,
                       std::vector<DictionaryEntry>* out) {
  return ForEachRecord(
      text, name,
      [&](const std::vector<std::string_view>& f, const std::string& origin) -> std::string {
        if (f.size() < 3) {
          return "expected at least 3 tab-separated fields (term, category, level), got " +
                 std::to_string(f.size());
        }
        if (f.size() > 5) {
          return "expected at most 5 tab-separated fields (term, category, level, replacement, "
                 "note), got " +
                 std::to_string(f.size());
        }
        if (f[0].empty()) return "empty term";
        if (!IsCategoryId(f[1])) {
          return "category '" + std::string(f[1]) + "' must be lower-case letters, digits and _";
        }
        DictionaryEntry entry;
        if (f[2] == "block") {
          entry.level = TermLevel::kBlock;
        } else if (f[2] == "caution") {
          entry.level = TermLevel::kCaution;
        } else {
          return "unknown level '" + std::string(f[2]) + "' (want block or caution)";
        }
        entry.term = std::string(f[0]);
        entry.category = std::string(f[1]);
        if (f.size() > 3) entry.replacement = std::string(f[3]);
        if (f.size() > 4) entry.note = std::string(f[4]);
        entry.origin = origin;
        out->push_back(std::move(entry));
        return "";
      });
}

Status ParseAllowlist(std::string_view text, std::string_view name, std::vector<AllowEntry>* out) {
  return ForEachRecord(
      text, name,
      [&](const std::vector<std::string_view>& f, const std::string& origin) -> std::string {
        if (f.size() < 2 || f.size() > 3) {
          return "expected 2 or 3 tab-separated fields (site, term, context), got " +
                 std::to_string(f.size());
        }
        if (f[0].empty()) return "empty site (use * for every site)";
        if (f[1].empty()) return "empty term";
        AllowEntry entry{std::string(f[0]), std::string(f[1]),
                         f.size() > 2 ? std::string(f[2]) : "", origin};
        if (!entry.context.empty() && entry.context.find(entry.term) == std::string::npos) {
          return "context '" + entry.context + "' does not contain the term '" + entry.term + "'";
        }
        out->push_back(std::move(entry));
        return "";
      });
}

Result<std::unique_ptr<TermDictionary>> TermDictionary::Build(std::vector<DictionaryEntry> entries,
                                                              std::vector<AllowEntry> allow,
                                                              std::shared_ptr<const CharMap> t2s) {
  std::unique_ptr<TermDictionary> dict(new TermDictionary());
  dict->t2s_ = std::move(t2s);
  dict->normalize_.fold_width = true;
  dict->normalize_.remove_invisible = true;
  dict->normalize_.join_split_han = true;
  dict->normalize_.lower_ascii = true;
  dict->normalize_.char_map = dict->t2s_.get();

  std::vector<std::string> phrases;
  std::map<std::string, size_t> seen;  // Normalised term → entry index.
  for (size_t i = 0; i < entries.size(); ++i) {
    std::string phrase = NormalizeString(entries[i].term, dict->normalize_);
    if (phrase.empty()) {
      return InvalidArgumentError(entries[i].origin + ": term '" + entries[i].term +
                                  "' is empty after normalisation");
    }
    auto [it, inserted] = seen.emplace(phrase, i);
    if (!inserted) {
      return InvalidArgumentError(entries[i].origin + ": duplicate term '" + entries[i].term +
                                  "' (first at " + entries[it->second].origin + ")");
    }
    dict->term_bytes_.push_back(phrase.size());
    if (!HasLetterOrNonAscii(phrase)) dict->has_symbol_only_term_ = true;
    phrases.push_back(std::move(phrase));
  }
  Result<std::unique_ptr<PhraseMatcher>> matcher = PhraseMatcher::Build(phrases);
  if (!matcher.ok()) return matcher.status();
  dict->matcher_ = std::move(matcher).value();

  dict->allow_by_entry_.resize(entries.size());
  for (size_t a = 0; a < allow.size(); ++a) {
    std::string term = NormalizeString(allow[a].term, dict->normalize_);
    auto it = seen.find(term);
    if (it == seen.end()) {
      return InvalidArgumentError(allow[a].origin + ": allowed term '" + allow[a].term +
                                  "' is not in any dictionary");
    }
    dict->allow_by_entry_[it->second].push_back(a);
    dict->allow_context_.push_back(NormalizeString(allow[a].context, dict->normalize_));
    if (allow[a].site != "*") allow[a].site = HostOf(allow[a].site);
  }
  dict->entries_ = std::move(entries);
  dict->allow_ = std::move(allow);
  return dict;
}

Result<DictionaryFiles> TermDictionary::ListDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return NotFoundError(dir + ": dictionary directory not found");
  DictionaryFiles files;
  auto list = [&](const fs::path& path, std::vector<std::string>* out) {
    std::error_code e;
    if (!fs::is_directory(path, e)) return;
    for (const auto& item : fs::directory_iterator(path, e)) {
      const std::string ext = item.path().extension().string();
      if (item.is_regular_file() && (ext == ".tsv" || ext == ".txt")) {
        out->push_back(item.path().string());
      }
    }
    std::sort(out->begin(), out->end());
  };
  list(fs::path(dir), &files.dictionaries);
  list(fs::path(dir) / "allow", &files.allowlists);
  return files;
}

Result<std::unique_ptr<TermDictionary>> TermDictionary::Load(const DictionaryFiles& files,
                                                             std::shared_ptr<const CharMap> t2s) {
  std::vector<DictionaryEntry> entries;
  std::vector<AllowEntry> allow;
  for (const std::string& path : files.dictionaries) {
    Result<std::string> text = ReadWholeFile(path);
    if (!text.ok()) return text.status();
    GOVMON_RETURN_IF_ERROR(ParseDictionary(*text, path, &entries));
  }
  for (const std::string& path : files.allowlists) {
    Result<std::string> text = ReadWholeFile(path);
    if (!text.ok()) return text.status();
    GOVMON_RETURN_IF_ERROR(ParseAllowlist(*text, path, &allow));
  }
  return Build(std::move(entries), std::move(allow), std::move(t2s));
}

bool TermDictionary::Allowed(const DictionaryEntry& entry, const NormalizedText& text, size_t begin,
                             std::string_view site) const {
  const size_t index = static_cast<size_t>(&entry - entries_.data());
  if (allow_by_entry_[index].empty()) return false;
  const std::string site_host = HostOf(site);
  const std::string& t = text.text();
  for (size_t a : allow_by_entry_[index]) {
    const AllowEntry& allow = allow_[a];
    if (allow.site != "*" && allow.site != site_host) continue;
    const std::string& context = allow_context_[a];
    if (context.empty()) return true;
    // The term may occur more than once in the context; try each placement.
    std::string_view term(t.data() + begin, term_bytes_[index]);
    for (size_t k = context.find(term); k != std::string::npos; k = context.find(term, k + 1)) {
      if (k <= begin && t.compare(begin - k, context.size(), context) == 0) return true;
    }
  }
  return false;
}

void TermDictionary::Find(std::string_view text, std::string_view site,
                          std::vector<Hit>* out) const {
  if (entries_.empty() || text.empty()) return;
  if (!has_symbol_only_term_ && !HasLetterOrNonAscii(text)) return;
  thread_local NormalizedText normalized;
  thread_local std::vector<PhraseMatch> matches;
  Normalize(text, normalize_, &normalized);
  matches.clear();
  if (!matcher_->FindAll(normalized.text(), &matches).ok()) return;
  if (matches.empty()) return;
  std::sort(matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Drop a term inside a longer term of the same category (六合彩 vs 合彩).
  size_t cover_end = 0;
  const std::string* cover_category = nullptr;
  for (const PhraseMatch& m : matches) {
    const DictionaryEntry& entry = entries_[static_cast<size_t>(m.id)];
    if (cover_category != nullptr && m.end <= cover_end && *cover_category == entry.category) {
      continue;
    }
    if (m.end > cover_end) {
      cover_end = m.end;
      cover_category = &entry.category;
    }
    if (Allowed(entry, normalized, m.begin, site)) continue;
    auto [begin, end] = normalized.SourceRange(m.begin, m.end);
    out->push_back(Hit{&entry, begin, end});
  }
}

}  // namespace govmon
