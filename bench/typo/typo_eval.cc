// typo_eval: the evaluation of the typo check (issue 5), run by hand or by
// bench/typo/run.sh. It assembles its corpus at run time from the shared data
// directory (never copied into the repository):
//   clean prose     sentences of the government work reports 1954-2018 and
//                   the 学习强国 clean sentences: false alarms;
//   injected errors the same sentences with one confusion-set character
//                   replaced (statistical layer) or a right form replaced by
//                   a known misspelling (dictionary layer): precision, recall;
//   ECSpell odw     the official-document train split, as is: precision, recall;
//   speed           sentences per second of the full typo + serious-error
//                   detection on one core; load time and peak memory.
// Usage: typo_eval [--data DIR] [--sentences N] [--seed S] [--min-gain G] [--extra E] [-v]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "base/log.h"
#include "base/utf8.h"
#include "text/serious_error_kb.h"
#include "text/typo_evaluation.h"
#include "text/typo_resources.h"

namespace govmon {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream b;
  b << in.rdbuf();
  return b.str();
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

void Report(const char* name, const DetectionCounts& c) {
  std::printf("%-34s sentences=%d with_errors=%d flagged=%d tp=%d precision=%.3f recall=%.3f\n",
              name, c.sentences, c.with_errors, c.flagged, c.true_positives, c.precision(),
              c.recall());
}

int Main(int argc, char** argv) {
  std::string data = GOVMON_SOURCE_DIR "/../shared/data";
  size_t limit = 4000;
  unsigned seed = 20240601;
  bool verbose = false;
  TypoDetectorOptions base;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc)
      data = argv[++i];
    else if (a == "--sentences" && i + 1 < argc)
      limit = std::stoul(argv[++i]);
    else if (a == "--seed" && i + 1 < argc)
      seed = static_cast<unsigned>(std::stoul(argv[++i]));
    else if (a == "--min-gain" && i + 1 < argc)
      base.min_gain = std::stod(argv[++i]);
    else if (a == "--extra" && i + 1 < argc)
      base.extra_for_weak_confusion = std::stod(argv[++i]);
    else if (a == "--orig" && i + 1 < argc)
      base.extra_for_original_word = std::stod(argv[++i]);
    else if (a == "--func" && i + 1 < argc)
      base.extra_for_function_char = std::stod(argv[++i]);
    else if (a == "-v")
      verbose = true;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto resources = LoadTypoResources(DefaultTypoDataPaths());
  auto kb = LoadSeriousErrorKnowledge(DefaultSeriousErrorPaths(), resources.get());
  double load = Seconds(t0);
  TypoDetector detector(resources, base);
  TypoDetectorOptions stat_only = base;
  stat_only.known_misspellings = false;
  stat_only.punctuation = false;
  TypoDetector statistical(resources, stat_only);
  TypoDetectorOptions known_only = base;
  known_only.statistical = false;
  known_only.punctuation = false;
  TypoDetector known(resources, known_only);

  // Clean prose: work reports (every year) and 学习强国 sentences, shuffled.
  std::vector<std::string> sentences;
  {
    std::istringstream reports(ReadAll(data + "/gov_work_reports_1954-2018.txt"));
    std::string line;
    while (std::getline(reports, line)) {
      size_t tab = line.find('\t');
      for (std::string& s : SplitSentences(line.substr(tab + 1), 8, 120)) sentences.push_back(s);
    }
    auto xxqg = nlohmann::json::parse(ReadAll(data + "/clean_sentences_xxqg.json"));
    for (const auto& item : xxqg) sentences.push_back(item["correct_text"].get<std::string>());
  }
  std::mt19937 rng(seed);
  std::shuffle(sentences.begin(), sentences.end(), rng);
  if (sentences.size() > limit) sentences.resize(limit);

  DetectionCounts clean;
  size_t clean_chars = 0;
  int false_alarms = 0;
  std::vector<TypoHit> hits;
  auto t1 = std::chrono::steady_clock::now();
  std::clock_t cpu1 = std::clock();
  for (const std::string& s : sentences) {
    hits.clear();
    detector.Detect(s, &hits);
    std::vector<SeriousErrorHit> serious;
    kb->Find(s, Date(2020, 1, 1), &serious);
    clean.Add({s, {}}, hits);
    clean_chars += CountCodePoints(s);
    false_alarms += static_cast<int>(hits.size() + serious.size());
    if (verbose) {
      for (const TypoHit& h : hits) {
        std::printf("FA\t%s\t%s→%s\t%s\t%s\n", std::string(TypoKindName(h.kind)).c_str(),
                    h.wrong.c_str(), h.suggestion.c_str(), s.c_str(), h.detail.c_str());
      }
      for (const SeriousErrorHit& h : serious) {
        std::printf("FA\tserious\t%s→%s\t%s\n", h.wrong.c_str(), h.suggestion.c_str(), s.c_str());
      }
    }
  }
  double detect_seconds = Seconds(t1);
  // CPU time, not wall time: the machine the evaluation runs on is shared.
  double detect_cpu = double(std::clock() - cpu1) / CLOCKS_PER_SEC;

  // Injected errors: every sentence once clean, once with an error.
  DetectionCounts stat_counts, known_counts;
  std::mt19937 inject_rng(seed + 1);
  int stat_shown = 0;
  for (const std::string& s : sentences) {
    LabeledSentence l;
    if (InjectConfusion(s, *resources->confusions, 0.7, &inject_rng, &l)) {
      hits.clear();
      statistical.Detect(l.text, &hits);
      stat_counts.Add(l, hits);
      if (verbose && hits.empty()) {
        size_t e = l.errors[0];
        size_t q = e;
        DecodeUtf8(l.text, &q);
        std::printf("MISS\t%s\t%s\n", l.text.substr(e, q - e).c_str(), l.text.c_str());
      }
      if (verbose) {
        ++stat_shown;
        for (const TypoHit& h : hits) {
          std::printf("INJ\t%d\t%s\t%s\n", h.begin == l.errors[0] ? 1 : 0, h.detail.c_str(),
                      l.text.c_str());
        }
      }
    }
    hits.clear();
    statistical.Detect(s, &hits);
    stat_counts.Add({s, {}}, hits);
    if (InjectMisspelling(s, resources->misspellings, &inject_rng, &l)) {
      hits.clear();
      known.Detect(l.text, &hits);
      if (verbose && hits.empty()) std::printf("KMISS\t%s\n", l.text.c_str());
      known_counts.Add(l, hits);
      hits.clear();
      known.Detect(s, &hits);
      known_counts.Add({s, {}}, hits);
    }
  }

  // ECSpell official-document split, as published.
  DetectionCounts ecspell, ecspell_stat;
  {
    auto items = nlohmann::json::parse(ReadAll(data + "/ecspell_odw_train.json"));
    for (const auto& item : items) {
      LabeledSentence l;
      l.text = item["source"].get<std::string>();
      std::string target = item["target"].get<std::string>();
      size_t p = 0, q = 0;
      while (p < l.text.size() && q < target.size()) {
        size_t at = p;
        if (DecodeUtf8(l.text, &p) != DecodeUtf8(target, &q)) l.errors.push_back(at);
      }
      hits.clear();
      detector.Detect(l.text, &hits);
      // Punctuation findings are outside ECSpell's labels.
      std::erase_if(hits, [](const TypoHit& h) { return h.kind == TypoKind::kPunctuation; });
      ecspell.Add(l, hits);
      hits.clear();
      statistical.Detect(l.text, &hits);
      ecspell_stat.Add(l, hits);
    }
  }

  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("load_seconds=%.2f peak_rss_mb=%.0f\n", load, double(usage.ru_maxrss) / 1024);
  std::printf(
      "clean: sentences=%zu chars=%zu flagged_sentences=%d (%.2f%%) findings=%d "
      "(%.2f per 20000 chars)\n",
      sentences.size(), clean_chars, clean.flagged, 100.0 * clean.flagged / clean.sentences,
      false_alarms, 20000.0 * false_alarms / double(clean_chars));
  std::printf(
      "speed: %.0f sentences per CPU second, %.0f per wall second (typo + "
      "serious_error, one thread)\n",
      double(sentences.size()) / detect_cpu, double(sentences.size()) / detect_seconds);
  Report("injected, statistical layer", stat_counts);
  Report("injected, known misspellings", known_counts);
  Report("ecspell_odw_train, full typo", ecspell);
  Report("ecspell_odw_train, statistical", ecspell_stat);
  return 0;
}

}  // namespace
}  // namespace govmon

int main(int argc, char** argv) {
  govmon::SetLogLevel(govmon::LogLevel::kError);
  return govmon::Main(argc, argv);
}
