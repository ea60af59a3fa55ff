// Benchmarks for issue 4 (see ../RESULTS.md, section "privacy"):
//  - privacy_leak + sensitive_word over UTF-8 Chinese text (the government
//    work reports 1954-2018, with ID, mobile and bank numbers injected);
//  - a ~10 MB xlsx roster end to end (extract + both checks);
//  - memory held by the loaded dictionaries.
// Run from the source tree root: build/<dir>/bench/privacy/privacy_bench
#include <benchmark/benchmark.h>
#include <malloc.h>
#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "app/proofread.h"
#include "attach/extractor.h"
#include "attach/ooxml_testing.h"
#include "check/privacy_leak_check.h"
#include "check/sensitive_word_check.h"
#include "text/personal_data_testing.h"

namespace govmon {
namespace {

constexpr char kReports[] = "/work/shared/data/gov_work_reports_1954-2018.txt";

long RssKb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Resets the kernel's high-water mark of this process's resident set (Linux
// 4.0+), so that PeakRssSinceResetKb() measures one phase, not the set-up.
void ResetPeakRss() { std::ofstream("/proc/self/clear_refs") << "5"; }

long PeakRssSinceResetKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with("VmHWM:")) return std::atol(line.c_str() + 6);
  }
  return 0;
}

const CheckOptions& Checks() {
  static const CheckOptions* checks = [] {
    auto* c = new CheckOptions();
    Status s = LoadTextCheckData(GOVMON_SOURCE_DIR "/data", c);
    if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return c;
  }();
  return *checks;
}

// The reports split into paragraphs (they are indented with U+3000 U+3000),
// with one identifier injected about every 2 KB.
const Document& ReportsDocument() {
  static const Document* doc = [] {
    std::ifstream in(kReports, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    auto* d = new Document();
    d->url = "reports.txt";
    std::mt19937 rng(7);
    size_t pos = 0;
    int n = 0;
    const std::string indent = "\xE3\x80\x80\xE3\x80\x80";
    while (pos < text.size()) {
      size_t next = text.find(indent, pos + 1);
      if (next == std::string::npos) next = text.size();
      std::string paragraph = text.substr(pos, next - pos);
      pos = next;
      if (paragraph.size() > 2000 || ++n % 4 == 0) {
        switch (rng() % 3) {
          case 0:
            paragraph += "身份证号：" +
                         MakeIdCardForTesting("360702", "19800101", static_cast<int>(rng() % 1000));
            break;
          case 1:
            paragraph += "联系电话：138" + std::to_string(10000000 + rng() % 89999999);
            break;
          default:
            paragraph += "账号" + MakeLuhnForTesting("621700", 19, rng());
            break;
        }
      }
      TextBlock b;
      b.text = std::move(paragraph);
      d->blocks.push_back(std::move(b));
    }
    return d;
  }();
  return *doc;
}

size_t DocumentBytes(const Document& doc) {
  size_t bytes = 0;
  for (const TextBlock& b : doc.blocks) bytes += b.text.size();
  return bytes;
}

void BM_PrivacyAndSensitiveWords(benchmark::State& state) {
  const Document& doc = ReportsDocument();
  PrivacyLeakCheck privacy;
  SensitiveWordCheck sensitive(Checks().sensitive_word);
  PageContext context;
  context.as_of = Date(2024, 6, 1);
  size_t findings = 0;
  for (auto _ : state) {
    std::vector<Finding> out;
    privacy.Inspect(doc, context, &out);
    sensitive.Inspect(doc, context, &out);
    findings = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * DocumentBytes(doc)));
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["MB"] = static_cast<double>(DocumentBytes(doc)) / 1e6;
}
BENCHMARK(BM_PrivacyAndSensitiveWords)->Unit(benchmark::kMillisecond);

void BM_PrivacyOnly(benchmark::State& state) {
  const Document& doc = ReportsDocument();
  PrivacyLeakCheck privacy;
  PageContext context;
  context.as_of = Date(2024, 6, 1);
  for (auto _ : state) {
    std::vector<Finding> out;
    privacy.Inspect(doc, context, &out);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * DocumentBytes(doc)));
}
BENCHMARK(BM_PrivacyOnly)->Unit(benchmark::kMillisecond);

void BM_SensitiveWordsOnly(benchmark::State& state) {
  const Document& doc = ReportsDocument();
  SensitiveWordCheck sensitive(Checks().sensitive_word);
  PageContext context;
  for (auto _ : state) {
    std::vector<Finding> out;
    sensitive.Inspect(doc, context, &out);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * DocumentBytes(doc)));
}
BENCHMARK(BM_SensitiveWordsOnly)->Unit(benchmark::kMillisecond);

// A roster of made-up people: one row per person, text and numeric cells.
const std::string& RosterXlsx() {
  static const std::string* xlsx = [] {
    std::mt19937 rng(11);
    SheetForTesting sheet{
        "名单",
        {{"2023年城乡低保对象花名册"},
         {"序号", "姓名", "身份证号码", "联系电话", "银行账号", "家庭住址", "保障金额"}}};
    static const char* kNames[] = {"王伟", "李芳", "张敏", "刘洋", "陈静", "杨强", "赵磊", "黄军"};
    static const char* kPlaces[] = {"章贡区水东镇", "南康区唐江镇", "赣县区江口镇", "信丰县嘉定镇"};
    const int rows = static_cast<int>(
        std::getenv("GOVMON_BENCH_ROWS") ? std::atoi(std::getenv("GOVMON_BENCH_ROWS")) : 160000);
    for (int i = 1; i <= rows; ++i) {
      sheet.rows.push_back(
          {"#" + std::to_string(i), kNames[rng() % 8],
           MakeIdCardForTesting("360702",
                                "19" + std::to_string(40 + rng() % 60) + "0" +
                                    std::to_string(1 + rng() % 9) + "1" + std::to_string(rng() % 9),
                                static_cast<int>(rng() % 1000)),
           "#13" + std::to_string(100000000 + rng() % 899999999),
           MakeLuhnForTesting("622848", 19, rng()),
           std::string(kPlaces[rng() % 4]) + std::to_string(rng() % 200) + "号",
           "#" + std::to_string(300 + rng() % 700) + ".5"});
    }
    return new std::string(MakeXlsxForTesting({sheet}));
  }();
  return *xlsx;
}

void BM_Xlsx10MbEndToEnd(benchmark::State& state) {
  const std::string& xlsx = RosterXlsx();
  PrivacyLeakCheck privacy;
  SensitiveWordCheck sensitive(Checks().sensitive_word);
  PageContext context;
  context.as_of = Date(2024, 6, 1);
  size_t findings = 0, blocks = 0;
  malloc_trim(0);  // Hand back what building the fixture freed.
  const long rss_before = RssKb();
  ResetPeakRss();
  for (auto _ : state) {
    Result<Document> doc = ExtractAttachment(xlsx, "roster.xlsx", AttachOptions{});
    if (!doc.ok()) {
      state.SkipWithError(std::string(doc.status().message()).c_str());
      return;
    }
    std::vector<Finding> out;
    privacy.Inspect(*doc, context, &out);
    sensitive.Inspect(*doc, context, &out);
    findings = out.size();
    blocks = doc->blocks.size();
  }
  state.counters["xlsx_MB"] = static_cast<double>(xlsx.size()) / 1e6;
  state.counters["cells"] = static_cast<double>(blocks);
  state.counters["findings"] = static_cast<double>(findings);
  // The process's peak includes building the fixture; the run's peak is what
  // one attachment costs on top of what was resident before.
  state.counters["process_peak_rss_MB"] = static_cast<double>(PeakRssKb()) / 1024.0;
  state.counters["run_peak_rss_MB"] = static_cast<double>(PeakRssSinceResetKb()) / 1024.0;
  state.counters["rss_before_MB"] = static_cast<double>(rss_before) / 1024.0;
}
BENCHMARK(BM_Xlsx10MbEndToEnd)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Xlsx10MbExtractOnly(benchmark::State& state) {
  const std::string& xlsx = RosterXlsx();
  malloc_trim(0);
  const long rss_before = RssKb();
  ResetPeakRss();
  for (auto _ : state) {
    Result<Document> doc = ExtractAttachment(xlsx, "roster.xlsx", AttachOptions{});
    benchmark::DoNotOptimize(doc);
  }
  state.counters["run_peak_rss_MB"] = static_cast<double>(PeakRssSinceResetKb()) / 1024.0;
  state.counters["rss_before_MB"] = static_cast<double>(rss_before) / 1024.0;
}
BENCHMARK(BM_Xlsx10MbExtractOnly)->Unit(benchmark::kMillisecond)->Iterations(3);

// The checks alone on the extracted roster (extraction outside the timing).
void BM_Xlsx10MbChecksOnly(benchmark::State& state) {
  Result<Document> doc = ExtractAttachment(RosterXlsx(), "roster.xlsx", AttachOptions{});
  if (!doc.ok()) {
    state.SkipWithError(std::string(doc.status().message()).c_str());
    return;
  }
  PrivacyLeakCheck privacy;
  SensitiveWordCheck sensitive(Checks().sensitive_word);
  PageContext context;
  context.as_of = Date(2024, 6, 1);
  malloc_trim(0);
  const long rss_before = RssKb();
  ResetPeakRss();
  for (auto _ : state) {
    std::vector<Finding> out;
    privacy.Inspect(*doc, context, &out);
    sensitive.Inspect(*doc, context, &out);
    benchmark::DoNotOptimize(out);
  }
  state.counters["run_peak_rss_MB"] = static_cast<double>(PeakRssSinceResetKb()) / 1024.0;
  state.counters["rss_before_MB"] = static_cast<double>(rss_before) / 1024.0;
}
BENCHMARK(BM_Xlsx10MbChecksOnly)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_DictionaryMemory(benchmark::State& state) {
  long before = 0, after = 0;
  for (auto _ : state) {
    before = RssKb();
    CheckOptions checks;
    Status s = LoadTextCheckData(GOVMON_SOURCE_DIR "/data", &checks);
    after = RssKb();
    benchmark::DoNotOptimize(s);
  }
  state.counters["rss_before_MB"] = static_cast<double>(before) / 1024.0;
  state.counters["rss_loaded_MB"] = static_cast<double>(after) / 1024.0;
}
BENCHMARK(BM_DictionaryMemory)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace govmon

BENCHMARK_MAIN();
