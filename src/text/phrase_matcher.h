// PhraseMatcher: finds every occurrence of many literal phrases in one pass,
// like RE2::Set for literals. Built once from a phrase list (a dictionary at
// start-up); then immutable, and FindAll is safe to call from many threads at
// once. Backed by vectorscan (the portable hyperscan).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace govmon {

struct PhraseMatch {
  int id = 0;        // Index of the phrase in the list given to Build().
  size_t begin = 0;  // Byte range of the occurrence in the searched text.
  size_t end = 0;
  friend bool operator==(const PhraseMatch&, const PhraseMatch&) = default;
};

struct PhraseMatcherOptions {
  // ASCII letters match regardless of case ("BET365" matches "bet365").
  bool ascii_caseless = true;
};

class PhraseMatcher {
 public:
  // Compiles `phrases` (UTF-8, non-empty, duplicates allowed). Fails with
  // InvalidArgument naming the phrase when one is empty, or Internal when the
  // engine refuses the set.
  static Result<std::unique_ptr<PhraseMatcher>> Build(const std::vector<std::string>& phrases,
                                                      const PhraseMatcherOptions& options = {});
  ~PhraseMatcher();
  PhraseMatcher(const PhraseMatcher&) = delete;
  PhraseMatcher& operator=(const PhraseMatcher&) = delete;

  // Appends every occurrence of every phrase in `text` to `out`, overlapping
  // ones included, ordered by end offset. Returns a non-OK status only when
  // the engine fails (out of memory). Matches that end at the same offset
  // come in no particular order.
  Status FindAll(std::string_view text, std::vector<PhraseMatch>* out) const;

  size_t size() const { return lengths_.size(); }

 private:
  struct Engine;
  PhraseMatcher() = default;
  std::unique_ptr<Engine> engine_;
  std::vector<size_t> lengths_;  // Byte length of each phrase.
};

}  // namespace govmon
