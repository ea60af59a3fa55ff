#include "text/typo_evaluation.h"

#include <algorithm>
#include <set>

#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {

std::vector<std::string> SplitSentences(std::string_view text, size_t min_chars, size_t max_chars) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = DecodeUtf8(text, &pos);
    if (c == U'。' || c == U'！' || c == U'？') {
      // Closing quotes and brackets belong to the sentence they close.
      static const std::u32string kClosers = U"”’」』）》";
      size_t q = pos;
      while (q < text.size() && kClosers.find(DecodeUtf8(text, &q)) != std::u32string::npos) {
        pos = q;
      }
    }
    if (c == U'。' || c == U'！' || c == U'？' || c == U'\n' || pos == text.size()) {
      std::string_view s = TrimUnicodeSpace(text.substr(start, pos - start));
      size_t n = CountCodePoints(s);
      if (n >= min_chars && n <= max_chars && c != U'\n') out.emplace_back(s);
      start = pos;
    }
  }
  return out;
}

bool InjectConfusion(const std::string& sentence, const ConfusionSets& confusions,
                     double same_sound_share, std::mt19937* rng, LabeledSentence* out) {
  std::vector<size_t> offsets;
  for (size_t pos = 0; pos < sentence.size();) {
    size_t at = pos;
    char32_t c = DecodeUtf8(sentence, &pos);
    const Confusions* conf = IsHan(c) ? confusions.Find(c) : nullptr;
    if (conf && !conf->same_sound.empty()) offsets.push_back(at);
  }
  if (offsets.empty()) return false;
  size_t at = offsets[std::uniform_int_distribution<size_t>(0, offsets.size() - 1)(*rng)];
  size_t end = at;
  char32_t c = DecodeUtf8(sentence, &end);
  const Confusions* conf = confusions.Find(c);
  std::u32string pool = conf->same_sound;
  if (std::uniform_real_distribution<double>(0, 1)(*rng) >= same_sound_share) {
    std::u32string weak = conf->near_sound + conf->shape;
    if (!weak.empty()) pool = weak;
  }
  char32_t rep = pool[std::uniform_int_distribution<size_t>(0, pool.size() - 1)(*rng)];
  out->text = sentence.substr(0, at);
  AppendUtf8(rep, &out->text);
  out->text += sentence.substr(end);
  out->errors = {at};
  return true;
}

bool InjectMisspelling(const std::string& sentence, const std::vector<MisspellingEntry>& entries,
                       std::mt19937* rng, LabeledSentence* out) {
  std::vector<std::pair<size_t, const MisspellingEntry*>> found;
  for (const MisspellingEntry& e : entries) {
    if (CountCodePoints(e.right) != CountCodePoints(e.wrong)) continue;
    size_t at = sentence.find(e.right);
    if (at != std::string::npos) found.emplace_back(at, &e);
  }
  if (found.empty()) return false;
  auto [at, e] = found[std::uniform_int_distribution<size_t>(0, found.size() - 1)(*rng)];
  out->text = sentence.substr(0, at) + e->wrong + sentence.substr(at + e->right.size());
  out->errors.clear();
  // The error characters are those where the two forms differ.
  size_t p = 0, q = 0;
  while (p < e->wrong.size() && q < e->right.size()) {
    size_t p0 = p;
    char32_t a = DecodeUtf8(e->wrong, &p);
    char32_t b = DecodeUtf8(e->right, &q);
    if (a != b) out->errors.push_back(at + p0);
  }
  return true;
}

void DetectionCounts::Add(const LabeledSentence& sentence, const std::vector<TypoHit>& hits) {
  ++sentences;
  chars += CountCodePoints(sentence.text);
  if (!sentence.errors.empty()) ++with_errors;
  if (hits.empty()) return;
  ++flagged;
  if (sentence.errors.empty()) return;
  // Every flagged character must be an error and every error flagged.
  std::set<size_t> flagged_chars;
  for (const TypoHit& h : hits) {
    for (size_t pos = h.begin; pos < h.end;) {
      size_t at = pos;
      DecodeUtf8(sentence.text, &pos);
      flagged_chars.insert(at);
    }
  }
  // A known misspelling flags its whole form; count it by its error characters.
  std::set<size_t> errors(sentence.errors.begin(), sentence.errors.end());
  bool all_errors_flagged =
      std::includes(flagged_chars.begin(), flagged_chars.end(), errors.begin(), errors.end());
  bool all_hits_on_errors = true;
  for (const TypoHit& h : hits) {
    bool on_error = false;
    for (size_t e : errors) {
      if (e >= h.begin && e < h.end) on_error = true;
    }
    if (!on_error) all_hits_on_errors = false;
  }
  if (all_errors_flagged && all_hits_on_errors) ++true_positives;
}

}  // namespace govmon
