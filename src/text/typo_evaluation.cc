#include "text/typo_evaluation.h"

#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/data_lines.h"

namespace govmon {

Result<std::vector<std::string>> AssembleCleanCorpus(const std::string& data_dir, size_t limit,
                                                     unsigned seed) {
  std::vector<std::string> sentences;
  std::string reports_path = data_dir + "/gov_work_reports_1954-2018.txt";
  Result<std::string> reports = ReadTextFile(reports_path);
  if (!reports.ok()) return reports.status();
  for (std::string_view line : Split(*reports, '\n')) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    for (std::string& s : SplitSentences(line.substr(tab + 1), 8, 120)) {
      sentences.push_back(std::move(s));
    }
  }
  std::string xxqg_path = data_dir + "/clean_sentences_xxqg.json";
  Result<std::string> xxqg = ReadTextFile(xxqg_path);
  if (!xxqg.ok()) return xxqg.status();
  try {
    for (const auto& item : nlohmann::json::parse(*xxqg)) {
      sentences.push_back(item.at("correct_text").get<std::string>());
    }
  } catch (const nlohmann::json::exception& e) {
    return CorruptionError(xxqg_path + ": " + e.what());
  }
  std::mt19937 rng(seed);
  std::shuffle(sentences.begin(), sentences.end(), rng);
  if (sentences.size() > limit) sentences.resize(limit);
  return sentences;
}

Result<std::vector<LabeledSentence>> LoadEcspell(const std::string& path) {
  Result<std::string> text = ReadTextFile(path);
  if (!text.ok()) return text.status();
  std::vector<LabeledSentence> out;
  try {
    for (const auto& item : nlohmann::json::parse(*text)) {
      LabeledSentence l;
      l.text = item.at("source").get<std::string>();
      std::string target = item.at("target").get<std::string>();
      size_t p = 0, q = 0;
      while (p < l.text.size() && q < target.size()) {
        size_t at = p;
        if (DecodeUtf8(l.text, &p) != DecodeUtf8(target, &q)) l.errors.push_back(at);
      }
      out.push_back(std::move(l));
    }
  } catch (const nlohmann::json::exception& e) {
    return CorruptionError(path + ": " + e.what());
  }
  return out;
}

std::vector<std::string> SplitSentences(std::string_view text, size_t min_chars, size_t max_chars) {
  std::vector<std::string> out;
  size_t start = 0;
  int quote_depth = 0;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = DecodeUtf8(text, &pos);
    // A sentence inside a quotation does not end the enclosing one.
    if (c == U'“') ++quote_depth;
    if (c == U'”' && quote_depth > 0) --quote_depth;
    if (quote_depth > 0 && c != U'\n') continue;
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

TypoEvaluation EvaluateTypo(std::shared_ptr<const TypoResources> resources,
                            const SeriousErrorKnowledge* knowledge,
                            const TypoDetectorOptions& options,
                            const std::vector<std::string>& clean,
                            const std::vector<LabeledSentence>* ecspell, unsigned seed,
                            bool keep_examples) {
  TypoEvaluation ev;
  TypoDetector full(resources, options);
  TypoDetectorOptions stat_options = options;
  stat_options.known_misspellings = false;
  stat_options.punctuation = false;
  TypoDetector statistical(resources, stat_options);
  TypoDetectorOptions known_options = options;
  known_options.statistical = false;
  known_options.punctuation = false;
  TypoDetector known(resources, known_options);
  std::vector<TypoHit> hits;
  std::vector<SeriousErrorHit> serious;

  std::clock_t start = std::clock();
  for (const std::string& s : clean) {
    hits.clear();
    serious.clear();
    full.Detect(s, &hits);
    // The corpus spans 1954-2018 and its sentences carry no date: the
    // date-dependent rules (outdated titles and names) do not apply.
    if (knowledge) knowledge->Find(s, std::nullopt, &serious);
    ev.clean.Add({s, {}}, hits);
    ev.clean_findings += static_cast<int>(hits.size() + serious.size());
    if (!keep_examples) continue;
    for (const TypoHit& h : hits) {
      ev.false_alarms.push_back(std::string(TypoKindName(h.kind)) + "\t" + h.wrong + "→" +
                                h.suggestion + "\t" + s);
    }
    for (const SeriousErrorHit& h : serious) {
      ev.false_alarms.push_back("serious_error/" + h.kind + "\t" + h.wrong + "→" + h.suggestion +
                                "\t" + s);
    }
  }
  ev.cpu_seconds = double(std::clock() - start) / CLOCKS_PER_SEC;

  // One generator per kind of injection, so that a longer misspelling list
  // does not change which confusion errors are drawn.
  std::mt19937 rng(seed);
  std::mt19937 misspelling_rng(seed ^ 0x5bd1e995u);
  LabeledSentence l;
  for (const std::string& s : clean) {
    if (resources->confusions && InjectConfusion(s, *resources->confusions, 0.7, &rng, &l)) {
      hits.clear();
      statistical.Detect(l.text, &hits);
      ev.statistical.Add(l, hits);
      if (keep_examples && hits.empty()) {
        size_t end = l.errors[0];
        DecodeUtf8(l.text, &end);
        ev.misses.push_back("statistical\t" + l.text.substr(l.errors[0], end - l.errors[0]) + "\t" +
                            l.text);
      }
    }
    hits.clear();
    statistical.Detect(s, &hits);
    ev.statistical.Add({s, {}}, hits);
    if (InjectMisspelling(s, resources->misspellings, &misspelling_rng, &l)) {
      hits.clear();
      known.Detect(l.text, &hits);
      ev.known.Add(l, hits);
      if (keep_examples && hits.empty()) ev.misses.push_back("known\t\t" + l.text);
      hits.clear();
      known.Detect(s, &hits);
      ev.known.Add({s, {}}, hits);
    }
  }
  if (ecspell) {
    for (const LabeledSentence& e : *ecspell) {
      hits.clear();
      full.Detect(e.text, &hits);
      // Punctuation findings are outside ECSpell's labels.
      std::erase_if(hits, [](const TypoHit& h) { return h.kind == TypoKind::kPunctuation; });
      ev.ecspell.Add(e, hits);
      hits.clear();
      statistical.Detect(e.text, &hits);
      ev.ecspell_statistical.Add(e, hits);
    }
  }
  return ev;
}

}  // namespace govmon
