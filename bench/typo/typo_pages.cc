// typo_pages: the per-page cost of the typo and serious_error checks inside a
// scan, without the network. It parses every page of a generated site (see
// bench/crawl/gen_site.py) or any list of HTML files once, then runs the two
// checks over the parsed Documents the way a crawl does (one check object for
// the whole site, so repeated blocks hit the typo memo) and prints CPU
// milliseconds per page for each check, and the findings by kind.
// Usage: typo_pages ROOT PAGES_TXT [--repeat N]
//   ROOT       the directory the page paths are relative to (OUT/site)
//   PAGES_TXT  one page path per line (OUT/pages.txt)
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "base/log.h"
#include "check/serious_error_check.h"
#include "check/typo_check.h"
#include "html/html_parser.h"

namespace govmon {
namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

int Main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: typo_pages ROOT PAGES_TXT [--repeat N]\n");
    return 2;
  }
  std::string root = argv[1];
  int repeat = 1;
  if (argc == 5 && std::string(argv[3]) == "--repeat") repeat = std::max(1, std::atoi(argv[4]));
  std::ifstream list(argv[2]);
  if (!list) {
    std::fprintf(stderr, "typo_pages: %s: cannot read\n", argv[2]);
    return 1;
  }
  std::vector<Document> docs;
  for (std::string path; std::getline(list, path);) {
    if (path.empty()) continue;
    std::ifstream in(root + path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "typo_pages: %s%s: cannot read\n", root.c_str(), path.c_str());
      return 1;
    }
    std::stringstream bytes;
    bytes << in.rdbuf();
    docs.push_back(ParseHtml(bytes.str(), "http://www.example.gov.cn" + path));
  }
  double t0 = CpuSeconds();
  // As NewPageChecks builds them: typo defers to serious_error's knowledge base.
  SeriousErrorCheck serious({});
  TypoOptions typo_options;
  typo_options.serious_errors = serious.knowledge();
  TypoCheck typo(typo_options);
  double load = CpuSeconds() - t0;
  PageContext context;
  context.site = "http://www.example.gov.cn/";
  std::map<std::string, int> kinds;
  double typo_cpu = 0, serious_cpu = 0;
  size_t chars = 0;
  for (const Document& d : docs) {
    for (const TextBlock& b : d.blocks) chars += b.text.size();
  }
  for (int r = 0; r < repeat; ++r) {
    for (const Document& d : docs) {
      std::vector<Finding> out;
      double a = CpuSeconds();
      typo.Inspect(d, context, &out);
      double b = CpuSeconds();
      serious.Inspect(d, context, &out);
      double c = CpuSeconds();
      typo_cpu += b - a;
      serious_cpu += c - b;
      if (r == 0) {
        for (const Finding& f : out) ++kinds[f.check + "/" + f.kind + "\t" + f.evidence];
      }
    }
  }
  double pages = double(docs.size()) * repeat;
  std::printf("pages=%zu repeat=%d text_bytes_per_page=%.0f load_cpu_s=%.2f\n", docs.size(), repeat,
              double(chars) / double(docs.size()), load);
  std::printf("typo: %.3f ms CPU/page; serious_error: %.3f ms CPU/page\n", 1000 * typo_cpu / pages,
              1000 * serious_cpu / pages);
  for (const auto& [k, n] : kinds) std::printf("%6d  %s\n", n, k.c_str());
  return 0;
}

}  // namespace
}  // namespace govmon

int main(int argc, char** argv) {
  govmon::SetLogLevel(govmon::LogLevel::kError);
  return govmon::Main(argc, argv);
}
