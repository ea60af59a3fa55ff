#include "text/segmenter.h"

#include <limits>

#include "base/utf8.h"

namespace govmon {
namespace {

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

void Segmenter::Segment(std::string_view text, std::vector<Token>* out) const { Run(text, out); }

float Segmenter::BestLogProb(std::string_view text) const { return Run(text, nullptr); }

// The word graph has an edge from character i to j when text[i, j) is a word.
// best[i] is the best log probability of text[i, end); scanning from the end
// keeps the recurrence one line: best[i] = max over edges (i, j) of
// logp(text[i, j)) + best[j]. Characters outside the vocabulary cost the
// probability of a word seen once, which is what jieba gives them too.
float Segmenter::Run(std::string_view text, std::vector<Token>* out) const {
  thread_local std::vector<size_t> offsets;  // Byte offset of each code point, plus end.
  thread_local std::vector<char32_t> cps;
  offsets.clear();
  cps.clear();
  for (size_t pos = 0; pos < text.size();) {
    offsets.push_back(pos);
    cps.push_back(DecodeUtf8(text, &pos));
  }
  offsets.push_back(text.size());
  const size_t n = cps.size();
  if (n == 0) return 0;
  thread_local std::vector<float> best;
  thread_local std::vector<size_t> next;
  thread_local std::vector<const WordInfo*> info;
  best.assign(n + 1, 0);
  next.assign(n + 1, n);
  info.assign(n + 1, nullptr);
  const float unknown = words_->min_log_prob();
  const size_t max_chars = words_->max_word_chars();
  for (size_t i = n; i-- > 0;) {
    if (IsAsciiAlnum(cps[i])) {
      size_t j = i + 1;
      while (j < n && IsAsciiAlnum(cps[j])) ++j;
      // An alphanumeric run is one token however long.
      if (i == 0 || !IsAsciiAlnum(cps[i - 1])) {
        best[i] = unknown + best[j];
        next[i] = j;
        info[i] = words_->Find(text.substr(offsets[i], offsets[j] - offsets[i]));
      } else {
        best[i] = best[i + 1];
        next[i] = i + 1;
      }
      continue;
    }
    best[i] = -std::numeric_limits<float>::infinity();
    const WordInfo* single = nullptr;
    uint32_t node = WordFrequencies::kRoot;
    for (size_t j = i + 1; j <= n && j - i <= max_chars; ++j) {
      node = words_->Child(node, cps[j - 1]);
      if (node == WordFrequencies::kRoot) break;  // No word starts with this text.
      const WordInfo* w = &words_->Info(node);
      if (j == i + 1) single = w;
      if (w->freq == 0) continue;
      float score = w->log_prob + best[j];
      if (score > best[i]) {
        best[i] = score;
        next[i] = j;
        info[i] = w;
      }
    }
    float single_score = (single && single->freq > 0 ? single->log_prob : unknown) + best[i + 1];
    if (single_score > best[i]) {
      best[i] = single_score;
      next[i] = i + 1;
      info[i] = single;
    }
  }
  if (out != nullptr) {
    for (size_t i = 0; i < n;) {
      size_t j = next[i];
      if (IsAsciiAlnum(cps[i])) {
        j = i + 1;
        while (j < n && IsAsciiAlnum(cps[j])) ++j;
      }
      Token t;
      t.begin = offsets[i];
      t.end = offsets[j];
      t.chars = j - i;
      t.info = info[i];
      out->push_back(t);
      i = j;
    }
  }
  return best[0];
}

}  // namespace govmon
