#include "text/confusion_set.h"

#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/data_lines.h"

namespace govmon {
namespace {

std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t pos = 0; pos < s.size();) out.push_back(DecodeUtf8(s, &pos));
  return out;
}

}  // namespace

Result<std::unique_ptr<ConfusionSets>> ConfusionSets::Load(const std::string& path) {
  Result<std::string> text = ReadTextFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

Result<std::unique_ptr<ConfusionSets>> ConfusionSets::Parse(std::string_view text,
                                                            std::string_view name) {
  auto sets = std::make_unique<ConfusionSets>();
  Status s = ForEachDataLine(text, name, [&](std::string_view line, const std::string& where) {
    std::vector<std::string_view> fields = Split(line, '\t');
    std::u32string key = Decode(fields[0]);
    if (fields.size() != 4 || key.size() != 1) {
      return CorruptionError(where + ": expected 'char<TAB>same<TAB>near<TAB>shape'");
    }
    Confusions& c = sets->sets_[key[0]];
    c.same_sound = Decode(fields[1]);
    c.near_sound = Decode(fields[2]);
    c.shape = Decode(fields[3]);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return sets;
}

const Confusions* ConfusionSets::Find(char32_t c) const {
  auto it = sets_.find(c);
  return it == sets_.end() ? nullptr : &it->second;
}

bool ConfusionSets::SameSound(char32_t a, char32_t b) const {
  const Confusions* c = Find(a);
  return c != nullptr && c->same_sound.find(b) != std::u32string::npos;
}

}  // namespace govmon
