// govmon: the command-line front end. A table of commands, as ninja's tools
// are; each command parses its own flags and calls into app/.
#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/log.h"
#include "cli/commands.h"

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>& args);
};

const Command kCommands[] = {
    {"scan", "crawl sites and report their problems", govmon::RunScanCommand},
    {"proofread", "check drafts (text, HTML, DOCX, XLSX, PDF) before publishing",
     govmon::RunProofreadCommand},
    {"demo", "serve the bundled demo county portal on loopback and scan it",
     govmon::RunDemoCommand},
    {"version", "print the version", govmon::RunVersionCommand},
};

void PrintUsage(std::FILE* out) {
  std::fprintf(out,
               "usage: govmon COMMAND [options]\n\n"
               "govmon monitors government websites: broken links, hidden links, personal-data\n"
               "leaks, typos and wording errors, stale columns and more.\n\ncommands:\n");
  for (const Command& c : kCommands) std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
  std::fprintf(out, "\nRun 'govmon COMMAND --help' for a command's options.\n");
}

}  // namespace

int main(int argc, char** argv) {
  // Parse threads allocate and free many small objects; glibc's default of
  // one arena per thread per core fragments the heap of a long crawl (see
  // bench/RESULTS.md, Crawl). Two arenas keep RSS close to the live heap.
  mallopt(M_ARENA_MAX, 2);
  if (const char* level = std::getenv("GOVMON_LOG")) {
    if (std::optional<govmon::LogLevel> parsed = govmon::ParseLogLevel(level)) {
      govmon::SetLogLevel(*parsed);
    } else {
      std::fprintf(
          stderr, "govmon: GOVMON_LOG=%s: not one of debug, info, warning, error, silent\n", level);
      return 2;
    }
  }
  if (argc < 2) {
    PrintUsage(stderr);
    return 2;
  }
  std::string_view name = argv[1];
  if (name == "help" || name == "--help" || name == "-h") {
    PrintUsage(stdout);
    return 0;
  }
  if (name == "--version") name = "version";
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const Command& c : kCommands) {
    if (name == c.name) return c.run(args);
  }
  std::fprintf(stderr, "govmon: unknown command '%.*s'\n\n", static_cast<int>(name.size()),
               name.data());
  PrintUsage(stderr);
  return 2;
}
