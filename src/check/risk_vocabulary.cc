#include "check/risk_vocabulary.h"

#include <algorithm>
#include <cassert>
#include <optional>

#include "base/strings.h"
#include "base/url.h"
#include "base/utf8.h"

namespace govmon {

// The text of data/vocabulary/risk_terms.txt, compiled in by CMake
// (risk_vocabulary_data.cc.in).
extern const char kDefaultRiskVocabularyText[];

namespace {

bool IsAsciiAlnum(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
}

// Full-width ASCII (U+FF01..U+FF5E) to ASCII, then ASCII lower-cased.
char32_t FoldCodePoint(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
  if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
  return cp;
}

// Characters that carry no meaning for matching: white space, zero-width
// characters, ASCII punctuation, general and CJK punctuation. Spammers put
// them between the characters of a word to defeat naive filters.
bool IsIgnorable(char32_t cp) {
  if (cp < 0x80) return !IsAsciiAlnum(cp);
  if (cp == 0xA0 || cp == 0xB7 || cp == 0xFEFF) return true;
  if (cp >= 0x2000 && cp <= 0x206F) return true;  // General punctuation, zero-width.
  if (cp >= 0x3000 && cp <= 0x303F) return true;  // CJK symbols and punctuation.
  if (cp >= 0xFE30 && cp <= 0xFE4F) return true;  // CJK compatibility forms.
  if (cp >= 0xFF00 && cp <= 0xFFEF) return true;  // Remaining full-width punctuation.
  return false;
}

bool IsAsciiWord(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return IsAsciiAlnum(static_cast<unsigned char>(c));
  });
}

// The ASCII words of `text` after folding: maximal runs of [a-z0-9].
std::vector<std::string> AsciiWords(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = FoldCodePoint(DecodeUtf8(text, &pos));
    if (IsAsciiAlnum(cp)) {
      current.push_back(static_cast<char>(cp));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::optional<RiskCategory> ParseCategory(std::string_view name) {
  if (name == "gambling") return RiskCategory::kGambling;
  if (name == "porn") return RiskCategory::kPorn;
  if (name == "illegal_service") return RiskCategory::kIllegalService;
  if (name == "seo_spam") return RiskCategory::kSeoSpam;
  return std::nullopt;
}

// Splits a vocabulary line on runs of tabs.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::string_view piece : Split(line, '\t')) {
    piece = TrimAscii(piece);
    if (!piece.empty()) fields.push_back(piece);
  }
  return fields;
}

}  // namespace

std::string_view RiskCategoryName(RiskCategory category) {
  switch (category) {
    case RiskCategory::kGambling:
      return "gambling";
    case RiskCategory::kPorn:
      return "porn";
    case RiskCategory::kIllegalService:
      return "illegal_service";
    case RiskCategory::kSeoSpam:
      return "seo_spam";
  }
  return "gambling";
}

std::string RiskAssessment::Summary() const {
  // Categories in the order of their first hit.
  std::vector<std::pair<RiskCategory, std::vector<std::string>>> groups;
  for (const RiskHit& hit : hits) {
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const auto& group) { return group.first == hit.category; });
    if (it == groups.end()) {
      groups.push_back({hit.category, {}});
      it = groups.end() - 1;
    }
    it->second.push_back(hit.term);
  }
  std::string out;
  for (const auto& [category, terms] : groups) {
    if (!out.empty()) out += "; ";
    out += RiskCategoryName(category);
    out += ": ";
    out += Join(terms, ", ");
  }
  return out;
}

std::string NormalizeForRisk(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = FoldCodePoint(DecodeUtf8(text, &pos));
    if (IsIgnorable(cp)) continue;
    AppendUtf8(cp, &out);
  }
  return out;
}

Result<RiskVocabulary> RiskVocabulary::Parse(std::string_view text, std::string_view name) {
  RiskVocabulary vocabulary;
  int line_number = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = TrimAscii(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    auto error = [&](std::string_view message) {
      return InvalidArgumentError(std::string(name) + ":" + std::to_string(line_number) + ": " +
                                  std::string(message));
    };
    std::vector<std::string_view> fields = Fields(trimmed);
    if (!IsValidUtf8(fields[0])) return error("term is not valid UTF-8");
    std::string key = NormalizeForRisk(fields[0]);
    if (key.empty()) return error("term '" + std::string(fields[0]) + "' has no letters");
    if (fields.size() >= 2 && fields[1] == "counter") {
      if (fields.size() != 2) return error("a counter word takes no strength");
      vocabulary.counter_words_.push_back(std::move(key));
      continue;
    }
    if (fields.size() != 3) {
      return error("expected 'term<TAB>category<TAB>strength', got " +
                   std::to_string(fields.size()) + " field(s)");
    }
    std::optional<RiskCategory> category = ParseCategory(fields[1]);
    if (!category) return error("unknown category '" + std::string(fields[1]) + "'");
    if (fields[2] != "strong" && fields[2] != "weak") {
      return error("strength must be 'strong' or 'weak', not '" + std::string(fields[2]) + "'");
    }
    Term term;
    term.written = std::string(fields[0]);
    term.ascii_word = IsAsciiWord(key);
    term.key = std::move(key);
    term.category = *category;
    term.strong = fields[2] == "strong";
    vocabulary.terms_.push_back(std::move(term));
  }
  vocabulary.Reindex();
  return vocabulary;
}

std::shared_ptr<const RiskVocabulary> RiskVocabulary::Default() {
  static const std::shared_ptr<const RiskVocabulary> vocabulary = [] {
    Result<RiskVocabulary> parsed = Parse(kDefaultRiskVocabularyText, "risk_terms.txt");
    // The built-in file is tested (risk_vocabulary_test.cc); a parse failure
    // is a build defect.
    assert(parsed.ok());
    return std::make_shared<const RiskVocabulary>(parsed.ok() ? std::move(parsed).value()
                                                              : RiskVocabulary());
  }();
  return vocabulary;
}

void RiskVocabulary::Merge(const RiskVocabulary& other) {
  for (const Term& term : other.terms_) {
    bool known =
        std::any_of(terms_.begin(), terms_.end(), [&](const Term& t) { return t.key == term.key; });
    if (!known) terms_.push_back(term);
  }
  for (const std::string& word : other.counter_words_) {
    if (std::find(counter_words_.begin(), counter_words_.end(), word) == counter_words_.end()) {
      counter_words_.push_back(word);
    }
  }
  Reindex();
}

void RiskVocabulary::Reindex() {
  first_char_.clear();
  auto add = [&](const std::string& key, uint32_t index, bool counter) {
    size_t pos = 0;
    char32_t first = DecodeUtf8(key, &pos);
    first_char_[first].push_back({index, counter});
  };
  for (uint32_t i = 0; i < terms_.size(); ++i) {
    if (!terms_[i].ascii_word) add(terms_[i].key, i, false);
  }
  for (uint32_t i = 0; i < counter_words_.size(); ++i) add(counter_words_[i], i, true);
}

RiskAssessment RiskVocabulary::Scan(std::string_view text) const {
  RiskAssessment assessment;
  if (terms_.empty()) return assessment;
  std::vector<int> counts(terms_.size(), 0);
  const std::string compact = NormalizeForRisk(text);
  for (size_t pos = 0; pos < compact.size();) {
    size_t next = pos;
    char32_t cp = DecodeUtf8(compact, &next);
    if (auto it = first_char_.find(cp); it != first_char_.end()) {
      for (const auto& [index, counter] : it->second) {
        const std::string& key = counter ? counter_words_[index] : terms_[index].key;
        if (compact.compare(pos, key.size(), key) != 0) continue;
        if (counter) {
          assessment.counter_context = true;
        } else {
          ++counts[index];
        }
      }
    }
    pos = next;
  }
  std::vector<std::string> words;
  bool words_ready = false;
  for (size_t i = 0; i < terms_.size(); ++i) {
    const Term& term = terms_[i];
    if (!term.ascii_word) continue;
    if (!words_ready) {
      words = AsciiWords(text);
      words_ready = true;
    }
    for (const std::string& word : words) {
      // Strong words also match as a prefix ("xpj" in "xpj8888"); weak ones
      // only whole, since they are short and common ("sex" vs "sussex").
      bool match = term.strong ? word.starts_with(term.key) : word == term.key;
      if (match) ++counts[i];
    }
  }
  for (size_t i = 0; i < terms_.size(); ++i) {
    if (counts[i] > 0) {
      assessment.hits.push_back(
          {terms_[i].written, terms_[i].category, terms_[i].strong, counts[i]});
    }
  }
  // A term inside a longer one ("新葡京" in "澳门新葡京") is the same evidence;
  // keep only the longest so counts of distinct terms stay honest.
  std::vector<RiskHit> kept;
  for (const RiskHit& hit : assessment.hits) {
    std::string key = NormalizeForRisk(hit.term);
    bool inside =
        std::any_of(assessment.hits.begin(), assessment.hits.end(), [&](const RiskHit& o) {
          std::string other = NormalizeForRisk(o.term);
          return other.size() > key.size() && other.find(key) != std::string::npos &&
                 o.count >= hit.count;
        });
    if (!inside) kept.push_back(hit);
  }
  assessment.hits = std::move(kept);
  return assessment;
}

RiskAssessment RiskVocabulary::AssessShortText(std::string_view text) const {
  RiskAssessment assessment = Scan(text);
  assessment.risky = !assessment.hits.empty() && !assessment.counter_context;
  return assessment;
}

RiskAssessment RiskVocabulary::AssessUrl(std::string_view url) const {
  // Only the part after the scheme: "https" and "www" carry nothing, and the
  // decoded path may hold Chinese words (/澳门新葡京/).
  std::string_view rest = url;
  if (size_t scheme = rest.find("://"); scheme != std::string_view::npos) {
    rest.remove_prefix(scheme + 3);
  }
  std::string decoded = PercentDecode(rest);
  RiskAssessment assessment = Scan(SanitizeUtf8(decoded));
  // Counter words mean nothing inside a URL.
  assessment.counter_context = false;
  assessment.risky = !assessment.hits.empty();
  return assessment;
}

RiskAssessment RiskVocabulary::AssessPage(std::string_view text) const {
  RiskAssessment assessment = Scan(text);
  int strong_distinct = 0;
  int strong_count = 0;
  int weak_distinct = 0;
  for (const RiskHit& hit : assessment.hits) {
    if (hit.strong) {
      ++strong_distinct;
      strong_count += hit.count;
    } else {
      ++weak_distinct;
    }
  }
  if (assessment.counter_context) {
    // Crackdown news names platforms too; it takes many to outweigh it.
    assessment.risky = strong_distinct >= 4;
  } else {
    assessment.risky = strong_distinct >= 2 || strong_count >= 3 ||
                       (strong_distinct >= 1 && strong_distinct + weak_distinct >= 3);
  }
  return assessment;
}

}  // namespace govmon
