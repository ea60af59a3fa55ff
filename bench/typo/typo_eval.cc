// typo_eval: the evaluation of the typo and serious-error checks (issue 5).
// It assembles its corpus at run time from the shared data directory (never
// copied into the repository) and prints the figures bench/RESULTS.md
// records:
//   clean prose     sentences of the government work reports 1954-2018 and
//                   the 学习强国 clean sentences: false alarms;
//   injected errors the same sentences with one confusion-set character
//                   replaced (statistical layer) or a right form replaced by a
//                   known misspelling (dictionary layer): precision, recall;
//   ECSpell odw     the official-document train split, as published;
//   speed           sentences per CPU second of typo + serious_error, one
//                   thread; load time and peak memory.
// Usage: typo_eval [--data DIR] [--sentences N] [--seed S] [--min-gain G]
//                  [--extra E] [--orig O] [--func F] [--unigram-weight U]
//                  [--novel-weight W] [--min-evidence M] [-v]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "base/log.h"
#include "text/serious_error_kb.h"
#include "text/typo_evaluation.h"
#include "text/typo_resources.h"

namespace govmon {
namespace {

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
  TypoDetectorOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--data" && has_value)
      data = argv[++i];
    else if (a == "--sentences" && has_value)
      limit = std::stoul(argv[++i]);
    else if (a == "--seed" && has_value)
      seed = static_cast<unsigned>(std::stoul(argv[++i]));
    else if (a == "--min-gain" && has_value)
      options.min_gain = std::stod(argv[++i]);
    else if (a == "--extra" && has_value)
      options.extra_for_weak_confusion = std::stod(argv[++i]);
    else if (a == "--orig" && has_value)
      options.extra_for_original_word = std::stod(argv[++i]);
    else if (a == "--func" && has_value)
      options.extra_for_function_char = std::stod(argv[++i]);
    else if (a == "--unigram-weight" && has_value)
      options.unigram_weight = std::stod(argv[++i]);
    else if (a == "--novel-weight" && has_value)
      options.novel_word_weight = std::stod(argv[++i]);
    else if (a == "--min-evidence" && has_value)
      options.min_evidence = std::stod(argv[++i]);
    else if (a == "-v")
      verbose = true;
    else {
      std::fprintf(stderr, "typo_eval: unknown argument '%s'\n", a.c_str());
      return 2;
    }
  }
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  auto resources = LoadTypoResources(DefaultTypoDataPaths());
  auto kb = LoadSeriousErrorKnowledge(DefaultSeriousErrorPaths(), resources.get());
  double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double load_cpu = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  auto corpus = AssembleCleanCorpus(data, limit, seed);
  auto ecspell = LoadEcspell(data + "/ecspell_odw_train.json");
  if (!corpus.ok() || !ecspell.ok()) {
    std::fprintf(stderr, "typo_eval: %s\n",
                 (corpus.ok() ? ecspell.status() : corpus.status()).ToString().c_str());
    return 1;
  }
  TypoEvaluation ev =
      EvaluateTypo(resources, kb.get(), options, *corpus, &*ecspell, seed + 1, verbose);
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  for (const std::string& s : ev.false_alarms) std::printf("FA\t%s\n", s.c_str());
  for (const std::string& s : ev.misses) std::printf("MISS\t%s\n", s.c_str());
  size_t chars = ev.clean.chars;
  std::printf("load: %.2f s wall, %.2f s CPU; peak_rss_mb=%.0f\n", load, load_cpu,
              double(usage.ru_maxrss) / 1024);
  std::printf(
      "clean: sentences=%d chars=%zu flagged_sentences=%d (%.2f%%) findings=%d "
      "(%.2f per 20000 chars)\n",
      ev.clean.sentences, chars, ev.clean.flagged, 100.0 * ev.clean.flagged / ev.clean.sentences,
      ev.clean_findings, 20000.0 * ev.clean_findings / double(chars));
  std::printf("speed: %.0f sentences per CPU second (typo + serious_error, one thread)\n",
              ev.clean.sentences / ev.cpu_seconds);
  Report("injected, statistical layer", ev.statistical);
  Report("injected, known misspellings", ev.known);
  Report("ecspell_odw_train, typo (no punct.)", ev.ecspell);
  Report("ecspell_odw_train, statistical", ev.ecspell_statistical);
  return 0;
}

}  // namespace
}  // namespace govmon

int main(int argc, char** argv) {
  govmon::SetLogLevel(govmon::LogLevel::kError);
  return govmon::Main(argc, argv);
}
