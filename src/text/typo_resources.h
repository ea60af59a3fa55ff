// Loading of the typo detector's data: jieba's word list, libime's language
// model, govmon's confusion sets and misspelling lists, friso's surnames.
// Every file is optional: a missing one disables the layer that needs it, with
// a logged warning naming the file. Thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "text/typo_detector.h"

namespace govmon {

struct TypoDataPaths {
  std::string jieba_dict;  // python3-jieba dict.txt
  // Words the project adds to jieba's (data/typo/extra_words.txt): terms
  // coined after jieba's list was made (新冠, 放管服); same format.
  std::vector<std::string> extra_words;
  std::string language_model;             // libime zh_CN.lm
  std::string confusion;                  // data/typo/confusion.tsv
  std::vector<std::string> misspellings;  // data/typo/*misspellings.tsv and user files
  std::string surnames;                   // friso-dict lex-lname.lex
  // Single-character surnames taken from the top of the (frequency-ordered)
  // friso list: rarer ones are ordinary characters far more often.
  int common_surnames = 120;
};

// Where govmon's own data files are: the installed share/govmon, else the
// source tree's data/ (for builds run in place). "" when neither exists.
std::string FindGovmonDataDir();

// The Debian locations of the third-party files and govmon's files under
// `data_dir` (FindGovmonDataDir() when empty).
TypoDataPaths DefaultTypoDataPaths(const std::string& data_dir = "");

// Loads everything named in `paths`; missing or unreadable files are logged
// as warnings and leave their member null. Loading the same paths twice
// returns the same object.
std::shared_ptr<const TypoResources> LoadTypoResources(const TypoDataPaths& paths);

// `base` with the entries of the misspelling lists `files` added (the
// format of data/typo/common_misspellings.tsv): the large data is shared,
// only the misspelling matcher is rebuilt. Unreadable or malformed files are
// logged as warnings and skipped. Returns `base` when `files` is empty.
std::shared_ptr<const TypoResources> AddMisspellingFiles(std::shared_ptr<const TypoResources> base,
                                                         const std::vector<std::string>& files);

// Reads and parses one misspelling list; the first problem names the file
// and line. For a configuration to refuse a bad user file up front.
Status CheckMisspellingFile(const std::string& path);

}  // namespace govmon
