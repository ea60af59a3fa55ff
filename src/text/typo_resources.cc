#include "text/typo_resources.h"

#include <filesystem>
#include <map>
#include <mutex>

#include "base/log.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "text/data_lines.h"

#ifndef GOVMON_INSTALL_DATA_DIR
#define GOVMON_INSTALL_DATA_DIR "/usr/share/govmon"
#endif
#ifndef GOVMON_SOURCE_DATA_DIR
#define GOVMON_SOURCE_DATA_DIR ""
#endif

namespace govmon {
namespace {

// Appends the entries of the misspelling lists `files` to r->misspellings,
// logging and skipping files that cannot be read or parsed, and rebuilds the
// matcher over all of them.
void AddMisspellings(const std::vector<std::string>& files, TypoResources* r) {
  for (const std::string& path : files) {
    Result<std::string> text = ReadTextFile(path);
    if (!text.ok()) {
      Log(LogLevel::kWarning, "typo: {}; misspelling list skipped", text.status().ToString());
      continue;
    }
    std::vector<MisspellingEntry> entries;
    if (Status s = ParseMisspellings(*text, path, &entries); !s.ok()) {
      Log(LogLevel::kWarning, "typo: {}; file skipped", s.ToString());
      continue;
    }
    for (MisspellingEntry& e : entries) r->misspellings.push_back(std::move(e));
  }
  if (!r->misspellings.empty()) {
    std::vector<std::string> wrongs;
    wrongs.reserve(r->misspellings.size());
    for (const MisspellingEntry& e : r->misspellings) wrongs.push_back(e.wrong);
    if (auto m = PhraseMatcher::Build(wrongs); m.ok()) {
      r->misspelling_matcher = std::move(*m);
    } else {
      Log(LogLevel::kWarning, "typo: misspelling lists: {}", m.status().ToString());
    }
  }
}

std::shared_ptr<const TypoResources> Load(const TypoDataPaths& paths) {
  auto r = std::make_shared<TypoResources>();
  std::vector<std::string> word_files = {paths.jieba_dict};
  std::error_code ec;
  for (const std::string& f : paths.extra_words) {
    if (std::filesystem::is_regular_file(f, ec)) {
      word_files.push_back(f);
    } else {
      Log(LogLevel::kWarning, "typo: {}: extra word list not found; skipped", f);
    }
  }
  if (auto words = WordFrequencies::Load(word_files); words.ok()) {
    r->words = std::move(*words);
  } else {
    Log(LogLevel::kWarning,
        "typo: {}; word segmentation, the statistical layer and the "
        "segmentation check of known misspellings are off (install python3-jieba)",
        words.status().ToString());
  }
  if (paths.language_model.empty()) {
    Log(LogLevel::kWarning,
        "typo: no language model zh_CN.lm found (install "
        "libime-data-language-model); statistical scores use word frequencies only");
  } else if (auto model = LanguageModel::Open(paths.language_model); model.ok()) {
    r->model = std::move(*model);
  } else {
    Log(LogLevel::kWarning, "typo: {}; statistical scores use word frequencies only",
        model.status().ToString());
  }
  if (auto conf = ConfusionSets::Load(paths.confusion); conf.ok()) {
    r->confusions = std::move(*conf);
  } else {
    Log(LogLevel::kWarning, "typo: {}; the statistical layer is off", conf.status().ToString());
  }
  AddMisspellings(paths.misspellings, r.get());
  Result<std::string> text = ReadTextFile(paths.surnames);
  if (!paths.surnames.empty() && text.ok()) {
    int singles = 0;
    for (std::string_view line : Split(*text, '\n')) {
      line = TrimAscii(line);
      if (line.empty() || line[0] == '#' || !IsValidUtf8(line)) continue;
      std::u32string name;
      for (size_t pos = 0; pos < line.size();) name.push_back(DecodeUtf8(line, &pos));
      if (name.size() == 1 && singles < paths.common_surnames) {
        r->surnames.insert(name[0]);
        ++singles;
      } else if (name.size() == 2) {
        r->compound_surnames.insert(name);
      }
    }
  } else {
    Log(LogLevel::kWarning,
        "typo: {}: cannot open surname list (install friso-dict); "
        "personal names are protected by the word list only",
        paths.surnames);
  }
  return r;
}

}  // namespace

std::string FindGovmonDataDir() {
  std::error_code ec;
  for (const char* dir : {GOVMON_INSTALL_DATA_DIR, GOVMON_SOURCE_DATA_DIR}) {
    if (*dir && std::filesystem::is_directory(std::string(dir) + "/typo", ec)) return dir;
  }
  return "";
}

TypoDataPaths DefaultTypoDataPaths(const std::string& data_dir) {
  std::string dir = data_dir.empty() ? FindGovmonDataDir() : data_dir;
  TypoDataPaths p;
  p.jieba_dict = "/usr/lib/python3/dist-packages/jieba/dict.txt";
  p.language_model = LanguageModel::FindDefaultModel();
  p.extra_words = {dir + "/typo/extra_words.txt"};
  p.confusion = dir + "/typo/confusion.tsv";
  p.misspellings = {dir + "/typo/common_misspellings.tsv", dir + "/typo/derived_misspellings.tsv"};
  p.surnames = "/usr/share/friso/dict/UTF-8/lex-lname.lex";
  return p;
}

std::shared_ptr<const TypoResources> LoadTypoResources(const TypoDataPaths& paths) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const TypoResources>> cache;
  std::string key = paths.jieba_dict + '\n' + Join(paths.extra_words, "\n") + '\n' +
                    paths.language_model + '\n' + paths.confusion + '\n' +
                    Join(paths.misspellings, "\n") + '\n' + paths.surnames + '\n' +
                    std::to_string(paths.common_surnames);
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[key];
  if (!slot) slot = Load(paths);
  return slot;
}

std::shared_ptr<const TypoResources> AddMisspellingFiles(std::shared_ptr<const TypoResources> base,
                                                         const std::vector<std::string>& files) {
  if (files.empty() || !base) return base;
  auto r = std::make_shared<TypoResources>(*base);
  AddMisspellings(files, r.get());
  return r;
}

Status CheckMisspellingFile(const std::string& path) {
  Result<std::string> text = ReadTextFile(path);
  if (!text.ok()) return text.status();
  std::vector<MisspellingEntry> entries;
  return ParseMisspellings(*text, path, &entries);
}

}  // namespace govmon
