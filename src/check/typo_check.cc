#include "check/typo_check.h"

#include <map>
#include <set>
#include <tuple>

#include "base/log.h"
#include "base/utf8.h"
#include "check/site_snapshot.h"
#include "check/text_excerpt.h"
#include "text/data_lines.h"
#include "text/typo_resources.h"

namespace govmon {
namespace {

std::string_view HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  size_t end = url.find_first_of("/:?#");
  return url.substr(0, end);
}

Severity SeverityOf(TypoKind kind) {
  switch (kind) {
    case TypoKind::kKnownMisspelling:
      return Severity::kError;
    case TypoKind::kPunctuation:
      return Severity::kInfo;
    default:
      return Severity::kWarning;
  }
}

}  // namespace

bool IgnoredByRules(const std::vector<AllowEntry>& rules, std::string_view site,
                    std::string_view term, std::string_view text, size_t begin) {
  for (const AllowEntry& r : rules) {
    if (r.term != term) continue;
    if (r.site != "*" && r.site != site && r.site != HostOf(site)) continue;
    if (r.context.empty()) return true;
    for (size_t at = text.find(r.context); at != std::string_view::npos;
         at = text.find(r.context, at + 1)) {
      if (at <= begin && begin + term.size() <= at + r.context.size()) return true;
    }
  }
  return false;
}

void LoadIgnoreFiles(const std::vector<std::string>& files, std::vector<AllowEntry>* out) {
  for (const std::string& path : files) {
    Result<std::string> text = ReadTextFile(path);
    if (!text.ok()) {
      Log(LogLevel::kWarning, "typo: {}; ignore rules skipped", text.status().ToString());
      continue;
    }
    std::vector<AllowEntry> rules;
    if (Status s = ParseAllowlist(*text, path, &rules); !s.ok()) {
      Log(LogLevel::kWarning, "typo: {}; file skipped", s.ToString());
      continue;
    }
    out->insert(out->end(), rules.begin(), rules.end());
  }
}

Status CheckIgnoreFile(const std::string& path) {
  Result<std::string> text = ReadTextFile(path);
  if (!text.ok()) return text.status();
  std::vector<AllowEntry> rules;
  return ParseAllowlist(*text, path, &rules);
}

std::optional<Date> PublicationDate(const Document& doc, const PageContext& context) {
  if (context.proofreading) return context.as_of;
  const DateMention* best = nullptr;
  for (const DateMention& d : doc.dates) {
    if (d.region != Region::kMain && d.source != DateMention::Source::kMeta) continue;
    if (d.source == DateMention::Source::kMeta) return d.date;
    if (d.source == DateMention::Source::kLabel && !best) best = &d;
  }
  if (best) return best->date;
  for (const char* name : {"PubDate", "publishdate", "pubdate", "firstpublishedtime"}) {
    std::string v = doc.Meta(name);
    if (v.size() >= 10) {
      std::string iso = v.substr(0, 10);
      for (char& c : iso) {
        if (c == '/' || c == '.') c = '-';
      }
      if (auto d = Date::ParseIso(iso)) return d;
    }
  }
  return std::nullopt;
}

TypoCheck::TypoCheck(TypoOptions options) : options_(std::move(options)) {
  if (!options_.resources) options_.resources = LoadTypoResources(DefaultTypoDataPaths());
  options_.resources = AddMisspellingFiles(options_.resources, options_.misspelling_files);
  LoadIgnoreFiles(options_.ignore_files, &options_.ignore);
  detector_ = std::make_unique<TypoDetector>(options_.resources, options_.detector);
}

void TypoCheck::DetectMemoized(const std::string& text, std::vector<TypoHit>* hits) const {
  // Long blocks are article text, seldom repeated: not worth the memory.
  constexpr size_t kMaxMemoText = 600;
  // Bounded: ≤ 600 bytes of text an entry, so the memo stays under ~15 MB.
  constexpr size_t kMaxMemoEntries = 20000;
  if (text.size() > kMaxMemoText) {
    detector_->Detect(text, hits);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(memo_mu_);
    auto it = memo_.find(text);
    if (it != memo_.end()) {
      hits->insert(hits->end(), it->second.begin(), it->second.end());
      return;
    }
  }
  std::vector<TypoHit> found;
  detector_->Detect(text, &found);
  hits->insert(hits->end(), found.begin(), found.end());
  std::lock_guard<std::mutex> lock(memo_mu_);
  if (memo_.size() >= kMaxMemoEntries) memo_.clear();
  memo_.emplace(text, std::move(found));
}

void TypoCheck::Inspect(const Document& doc, const PageContext& context,
                        std::vector<Finding>* out) const {
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  int count = 0;
  // The page's text, for the statistical layer's last test: a "typo" the
  // page writes twice is a term the models lack.
  std::vector<std::string_view> page_text;
  page_text.reserve(doc.blocks.size() + 1);
  for (const TextBlock& block : doc.blocks) page_text.push_back(block.text);
  page_text.push_back(doc.title);
  // The answer depends only on the character and its two neighbours; a page
  // that repeats one "typo" a thousand times asks once.
  std::map<std::string_view, bool> repeated;
  auto RepeatedOnPage = [&](std::string_view text, size_t begin, size_t end) {
    size_t from = begin;
    while (from > 0 && begin - from < 4) {
      --from;
      if ((static_cast<unsigned char>(text[from]) & 0xC0) != 0x80) break;
    }
    size_t to = end;
    if (to < text.size()) DecodeUtf8(text, &to);
    auto [it, fresh] = repeated.try_emplace(text.substr(from, to - from), false);
    if (fresh) it->second = TypoDetector::RepeatedInDocument(text, begin, end, page_text);
    return it->second;
  };
  // The spans serious_error reports in the text at hand (see
  // TypoOptions::serious_errors), found only when a block has a typo.
  const std::optional<Date> date =
      options_.serious_errors ? PublicationDate(doc, context) : std::nullopt;
  std::string_view serious_text;
  std::vector<SeriousErrorHit> serious;
  auto inside_serious_error = [&](std::string_view text, size_t begin, size_t end) {
    if (!options_.serious_errors) return false;
    if (serious_text.data() != text.data() || serious_text.size() != text.size()) {
      serious_text = text;
      serious.clear();
      options_.serious_errors->Find(text, date, &serious);
    }
    for (const SeriousErrorHit& s : serious) {
      if (s.begin <= begin && end <= s.end) return true;
    }
    return false;
  };
  auto emit = [&](const TypoHit& h, std::string_view text, size_t begin, size_t end,
                  const std::string& location) {
    if (count >= options_.max_findings_per_page) return;
    if (h.kind != TypoKind::kPunctuation && inside_serious_error(text, begin, end)) return;
    if (IgnoredByRules(options_.ignore, context.site, h.wrong, text, begin)) return;
    if (h.kind == TypoKind::kStatistical && RepeatedOnPage(text, begin, end)) return;
    Finding f;
    f.check = "typo";
    f.severity = SeverityOf(h.kind);
    f.site = context.site;
    f.url = doc.url;
    f.kind = std::string(TypoKindName(h.kind));
    f.evidence = h.wrong;
    f.suggestion = h.suggestion;
    f.context = ExcerptWithEllipsis(text, begin, end, kTypoContextChars);
    f.location = location;
    f.detail = h.detail;
    f.confidence = h.confidence;
    if (!seen.insert({f.kind, f.evidence, f.context}).second) return;
    ++count;
    out->push_back(std::move(f));
  };
  std::vector<TypoHit> hits;
  bool title_in_blocks = doc.title.empty();
  std::vector<std::string> titles;
  for (const TextBlock& block : doc.blocks) {
    if (block.text == doc.title) title_in_blocks = true;
    // A typo nobody can see embarrasses nobody. Hidden blocks (hidden table
    // cells and sheets) still go to privacy_leak and sensitive_word.
    if (block.hidden) continue;
    hits.clear();
    DetectMemoized(block.text, &hits);
    for (const TypoHit& h : hits) emit(h, block.text, h.begin, h.end, block.location);
    // Titles cited in the block, for the comparison below.
    for (size_t at = block.text.find("《"); at != std::string::npos;
         at = block.text.find("《", at + 1)) {
      size_t close = block.text.find("》", at);
      if (close == std::string::npos) break;
      titles.push_back(block.text.substr(at + 3, close - at - 3));
    }
  }
  if (!title_in_blocks) {
    hits.clear();
    detector_->Detect(doc.title, &hits);
    for (const TypoHit& h : hits) emit(h, doc.title, h.begin, h.end, "标题");
  }
  hits.clear();
  detector_->CompareTitles(titles, &hits);
  for (TypoHit& h : hits) {
    h.wrong = "《" + h.wrong + "》";
    h.suggestion = "《" + h.suggestion + "》";
    for (const TextBlock& block : doc.blocks) {
      size_t at = block.text.find(h.wrong);
      if (at == std::string::npos) continue;
      emit(h, block.text, at, at + h.wrong.size(), block.location);
      break;
    }
  }
}

TypoTitleCheck::TypoTitleCheck(TypoOptions options) : options_(std::move(options)) {
  if (!options_.resources) options_.resources = LoadTypoResources(DefaultTypoDataPaths());
  LoadIgnoreFiles(options_.ignore_files, &options_.ignore);
  detector_ = std::make_unique<TypoDetector>(options_.resources, options_.detector);
}

void TypoTitleCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  std::vector<std::string> titles;
  std::map<std::string, std::vector<size_t>> pages_by_title;
  for (size_t i = 0; i < site.pages.size(); ++i) {
    const std::string& title = site.pages[i].title;
    if (title.empty()) continue;
    titles.push_back(title);
    pages_by_title[title].push_back(i);
  }
  std::vector<TypoHit> hits;
  detector_->CompareTitles(titles, &hits);
  for (const TypoHit& h : hits) {
    if (IgnoredByRules(options_.ignore, site.site, h.wrong, h.wrong, 0)) continue;
    const std::string& right_url = site.pages[pages_by_title[h.suggestion].front()].url;
    for (size_t page : pages_by_title[h.wrong]) {
      Finding f;
      f.check = "typo";
      f.severity = Severity::kWarning;
      f.site = site.site;
      f.url = site.pages[page].url;
      f.kind = std::string(TypoKindName(h.kind));
      f.evidence = h.wrong;
      f.suggestion = h.suggestion;
      f.context = h.wrong;
      f.location = "标题";
      f.detail = h.detail + "（" + right_url + "）";
      f.confidence = h.confidence;
      out->push_back(std::move(f));
    }
  }
}

}  // namespace govmon
