#include "text/language_model.h"

#include <libime/core/languagemodel.h>

#include <filesystem>
#include <stdexcept>

namespace govmon {

struct LanguageModel::Impl {
  explicit Impl(const char* path) : model(path) {}
  libime::LanguageModel model;
};

LanguageModel::LanguageModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
LanguageModel::~LanguageModel() = default;

Result<std::unique_ptr<LanguageModel>> LanguageModel::Open(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return NotFoundError(path + ": language model file not found");
  }
  try {
    auto impl = std::make_unique<Impl>(path.c_str());
    return std::unique_ptr<LanguageModel>(new LanguageModel(std::move(impl)));
  } catch (const std::exception& e) {
    return CorruptionError(path + ": cannot read language model: " + e.what());
  }
}

std::string LanguageModel::FindDefaultModel() {
  static const char* const kPlaces[] = {
      "/usr/lib/x86_64-linux-gnu/libime/zh_CN.lm",
      "/usr/lib/aarch64-linux-gnu/libime/zh_CN.lm",
      "/usr/lib/loongarch64-linux-gnu/libime/zh_CN.lm",
      "/usr/lib/riscv64-linux-gnu/libime/zh_CN.lm",
      "/usr/lib/libime/zh_CN.lm",
      "/usr/lib64/libime/zh_CN.lm",
  };
  std::error_code ec;
  for (const char* place : kPlaces) {
    if (std::filesystem::is_regular_file(place, ec)) return place;
  }
  return "";
}

uint32_t LanguageModel::Index(std::string_view word) const {
  libime::WordIndex index = impl_->model.index(word);
  if (impl_->model.isUnknown(index, word)) return kUnknownWord;
  return index == kUnknownWord ? kUnknownWord : index;
}

float LanguageModel::Score(const std::vector<std::string_view>& words, bool sentence_start) const {
  const libime::LanguageModel& m = impl_->model;
  return m.wordsScore(sentence_start ? m.beginState() : m.nullState(), words);
}

}  // namespace govmon
