// RiskVocabulary: the words that mark gambling, pornography, illegal services
// and search-engine spam (data/vocabulary/risk_terms.txt), and the judgement
// of whether an anchor text, a URL or a whole page carries them. Immutable
// after construction; safe to share between threads (hold it through
// std::shared_ptr<const RiskVocabulary>).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/result.h"

namespace govmon {

enum class RiskCategory { kGambling, kPorn, kIllegalService, kSeoSpam };
// "gambling", "porn", "illegal_service", "seo_spam".
std::string_view RiskCategoryName(RiskCategory category);

// One vocabulary term found in a text.
struct RiskHit {
  std::string term;  // As written in the vocabulary.
  RiskCategory category = RiskCategory::kGambling;
  bool strong = false;
  int count = 0;  // Occurrences in the text.
  friend bool operator==(const RiskHit&, const RiskHit&) = default;
};

// What the vocabulary says about one text.
struct RiskAssessment {
  // True when the text reads as spam under the rules of the Assess* function
  // that produced it.
  bool risky = false;
  // Distinct terms found, in vocabulary order; may be non-empty when !risky.
  std::vector<RiskHit> hits;
  // A counter-context word (打击, 警方 …) was present.
  bool counter_context = false;

  // "gambling: 澳门新葡京, 百家乐; porn: 约炮" over `hits`, "" when none.
  std::string Summary() const;
};

class RiskVocabulary {
 public:
  RiskVocabulary() = default;  // Empty: nothing is risky.

  // Parses the file format of data/vocabulary/risk_terms.txt. `name` (a file
  // name) prefixes error messages: "risk_terms.txt:12: unknown category 'x'".
  static Result<RiskVocabulary> Parse(std::string_view text, std::string_view name);
  // The vocabulary built into the binary (data/vocabulary/risk_terms.txt at
  // build time). Never null.
  static std::shared_ptr<const RiskVocabulary> Default();

  // Adds the terms of `other` (e.g. a local file) to this vocabulary.
  void Merge(const RiskVocabulary& other);

  // Short texts (anchor text, alt, title): risky when any term is present and
  // no counter-context word is.
  RiskAssessment AssessShortText(std::string_view text) const;
  // A URL: its percent-decoded host, path and query. Risky when any term is
  // present. ASCII terms match at the start of a word (strong) or as a whole
  // word (weak): "xpj" in "xpj8888.com", not in "expj".
  RiskAssessment AssessUrl(std::string_view url) const;
  // A whole page's text: risky when two distinct strong terms appear, or one
  // strong term three times, or three distinct terms of which one is strong
  // (weak terms alone, and any weak term in the presence of counter context,
  // are what legitimate crackdown news contains).
  RiskAssessment AssessPage(std::string_view text) const;

  size_t size() const { return terms_.size(); }

 private:
  struct Term {
    std::string written;
    std::string key;  // Normalised with NormalizeForRisk().
    RiskCategory category = RiskCategory::kGambling;
    bool strong = false;
    bool ascii_word = false;  // Only [a-z0-9]: matched against words.
  };

  // Counts every term in `text`; fills hits and counter_context.
  RiskAssessment Scan(std::string_view text) const;

  // Rebuilds first_char_ from terms_ and counter_words_.
  void Reindex();

  std::vector<Term> terms_;
  std::vector<std::string> counter_words_;  // Normalised.
  // The terms matched in the folded text (not ASCII words) and the counter
  // words, by their first code point, so that a scan looks up each position
  // once instead of searching for every term: {index, is counter word}.
  std::unordered_map<char32_t, std::vector<std::pair<uint32_t, bool>>> first_char_;
};

// Folds `text` for matching: ASCII lower-cased, full-width forms to ASCII,
// white space, zero-width characters and the punctuation spammers put between
// characters removed. Exposed for tests.
std::string NormalizeForRisk(std::string_view text);

}  // namespace govmon
