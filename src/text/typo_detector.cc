#include "text/typo_detector.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <tuple>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/data_lines.h"

namespace govmon {
namespace {

struct Decoded {
  std::vector<char32_t> cps;
  std::vector<size_t> offsets;  // Byte offset of each code point, plus the end.
};

Decoded DecodeAll(std::string_view s) {
  Decoded d;
  for (size_t pos = 0; pos < s.size();) {
    d.offsets.push_back(pos);
    d.cps.push_back(DecodeUtf8(s, &pos));
  }
  d.offsets.push_back(s.size());
  return d;
}

std::string Encode(char32_t c) {
  std::string s;
  AppendUtf8(c, &s);
  return s;
}

bool EndsSentence(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'\n' || c == U'!' ||
         c == U'?' || c == U'…';
}

// Maps a log10 gain to a confidence: the gain at the threshold gives 0.9,
// each further order of magnitude closes the remaining gap tenfold.
double ConfidenceFromGain(double gain, double threshold) {
  double c = 1.0 - std::pow(10.0, -(gain - threshold + 1.0));
  return std::clamp(c, 0.5, 0.99);
}

bool IsFunctionChar(char32_t c) {
  static const std::u32string kFunctionChars =
      U"的了是在和有地得着个这那就也都而及与或对把被一不我你他她它们之其所以于为将从向上下中"
      U"要会可能又还并但等些每各该此很最更";
  return kFunctionChars.find(c) != std::u32string::npos;
}

// Characters of transliterated foreign names (姆本巴, 布特拉加亚). Two or
// more of them around a character mark a foreign name, not ours to correct.
bool IsTransliterationChar(char32_t c) {
  static const std::u32string kChars =
      U"阿埃艾奥巴拜班邦贝比彼宾波伯博布达黛丹迪蒂杜敦厄恩菲芬弗盖戈格贡哈赫霍吉贾杰"
      U"卡凯坎科克库拉莱兰劳勒雷里莉琳卢鲁伦罗洛玛迈麦曼梅蒙米姆穆纳娜奈内尼纽努诺欧"
      U"帕佩普奇齐乔切琼萨塞桑瑟森沙舍什斯索塔泰坦特汀图托瓦旺威韦维沃乌锡夏辛雅耶伊"
      U"尤约泽扎詹兹佐";
  return kChars.find(c) != std::u32string::npos;
}

bool IsPlaceSuffix(char32_t c) {
  static const std::u32string kSuffixes =
      U"省市县区乡镇村庄屯寨堡州旗盟山河湖江岛湾港峡岭坡沟泉桥街路巷";
  return kSuffixes.find(c) != std::u32string::npos;
}

}  // namespace

std::string_view TypoKindName(TypoKind kind) {
  switch (kind) {
    case TypoKind::kKnownMisspelling:
      return "known_misspelling";
    case TypoKind::kStatistical:
      return "statistical";
    case TypoKind::kPunctuation:
      return "punctuation";
    case TypoKind::kTitleMismatch:
      return "title_mismatch";
  }
  return "statistical";
}

Status ParseMisspellings(std::string_view text, std::string_view name,
                         std::vector<MisspellingEntry>* out) {
  return ForEachDataLine(text, name, [&](std::string_view line, const std::string& where) {
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() < 2 || fields.size() > 3 || fields[0].empty() || fields[1].empty()) {
      return InvalidArgumentError(where + ": expected 'wrong<TAB>right[<TAB>except=…]'");
    }
    if (fields[0] == fields[1]) {
      return InvalidArgumentError(where + ": wrong and right forms are the same");
    }
    MisspellingEntry entry;
    entry.wrong = std::string(fields[0]);
    entry.right = std::string(fields[1]);
    entry.origin = where;
    if (fields.size() == 3) {
      std::string_view ex = fields[2];
      if (ex.substr(0, 7) != "except=") {
        return InvalidArgumentError(where + ": third field must be 'except=phrase|phrase'");
      }
      for (std::string_view phrase : Split(ex.substr(7), '|')) {
        if (phrase.find(entry.wrong) == std::string_view::npos) {
          return InvalidArgumentError(where + ": except phrase '" + std::string(phrase) +
                                      "' does not contain '" + entry.wrong + "'");
        }
        entry.except.emplace_back(phrase);
      }
    }
    out->push_back(std::move(entry));
    return Status::Ok();
  });
}

TypoDetector::TypoDetector(std::shared_ptr<const TypoResources> resources,
                           TypoDetectorOptions options)
    : resources_(std::move(resources)), options_(options), segmenter_(resources_->words.get()) {}

void TypoDetector::Detect(std::string_view text, std::vector<TypoHit>* out) const {
  size_t first = out->size();
  if (options_.known_misspellings) DetectKnown(text, out);
  if (options_.statistical) {
    // A statistical hit inside a known misspelling says the same thing twice.
    std::vector<TypoHit> stat;
    DetectStatistical(text, &stat);
    for (TypoHit& h : stat) {
      bool covered = false;
      for (size_t k = first; k < out->size(); ++k) {
        if (h.begin < (*out)[k].end && (*out)[k].begin < h.end) covered = true;
      }
      if (!covered) out->push_back(std::move(h));
    }
  }
  if (options_.punctuation) DetectPunctuation(text, out);
  std::stable_sort(out->begin() + static_cast<long>(first), out->end(),
                   [](const TypoHit& a, const TypoHit& b) { return a.begin < b.begin; });
}

// --- Known misspellings -----------------------------------------------------

void TypoDetector::DetectKnown(std::string_view text, std::vector<TypoHit>* out) const {
  const TypoResources& r = *resources_;
  if (!r.misspelling_matcher || text.empty()) return;
  std::vector<PhraseMatch> matches;
  if (!r.misspelling_matcher->FindAll(text, &matches).ok()) return;
  std::sort(matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  size_t last_end = 0;
  for (const PhraseMatch& m : matches) {
    if (m.begin < last_end) continue;  // Inside a longer misspelling already reported.
    const MisspellingEntry& e = r.misspellings[static_cast<size_t>(m.id)];
    bool excepted = false;
    for (const std::string& phrase : e.except) {
      for (size_t at = phrase.find(e.wrong); at != std::string::npos && !excepted;
           at = phrase.find(e.wrong, at + 1)) {
        if (at <= m.begin && text.substr(m.begin - at, phrase.size()) == phrase) excepted = true;
      }
    }
    if (excepted) continue;
    // Confirm in context: the corrected reading of the surrounding Han run
    // must be the more probable one. 以经济 reads better as 以/经济 than as
    // 已经济, so 以经 there is no misspelling of 已经.
    if (r.words) {
      size_t run_begin = m.begin;
      size_t run_end = m.end;
      for (int k = 0; k < 6 && run_begin > 0; ++k) {
        size_t p = run_begin - 1;
        while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
        size_t q = p;
        if (!IsHan(DecodeUtf8(text, &q))) break;
        run_begin = p;
      }
      for (int k = 0; k < 6 && run_end < text.size(); ++k) {
        size_t q = run_end;
        if (!IsHan(DecodeUtf8(text, &q))) break;
        run_end = q;
      }
      std::string_view run = text.substr(run_begin, run_end - run_begin);
      std::string corrected(text.substr(run_begin, m.begin - run_begin));
      corrected += e.right;
      corrected += text.substr(m.end, run_end - m.end);
      if (ScoreClause(corrected, false) <= ScoreClause(run, false)) continue;
    }
    TypoHit hit;
    hit.begin = m.begin;
    hit.end = m.end;
    hit.wrong = e.wrong;
    hit.suggestion = e.right;
    hit.kind = TypoKind::kKnownMisspelling;
    hit.confidence = 0.99;
    hit.detail = "常见错别字：" + e.wrong + " 应为 " + e.right + "（" + e.origin + "）";
    out->push_back(std::move(hit));
    last_end = m.end;
  }
}

// --- Statistical layer ------------------------------------------------------

namespace {

// An address written before a house number (青云镇府前街26号, 人民路8号) is a
// proper noun: the characters of a clause that ends in a street word and is
// followed by a number and 号 are not corrected. Returns how many characters
// at the clause's end to protect (an address rarely has more than 12).
size_t AddressTail(std::string_view text, size_t begin, size_t end) {
  static constexpr std::u32string_view kStreetEnds = U"路街巷道弄里村组湾";
  if (end <= begin) return 0;
  size_t last = end - 1;
  while (last > begin && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
  size_t p = last;
  if (kStreetEnds.find(DecodeUtf8(text, &p)) == std::u32string_view::npos) return 0;
  size_t q = end;
  int digits = 0;
  while (q < text.size() && digits < 8) {
    size_t r = q;
    char32_t c = DecodeUtf8(text, &r);
    if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) {
      ++digits;
    } else if (!(c == U'-' && digits > 0)) {
      break;
    }
    q = r;
  }
  if (digits == 0 || q >= text.size()) return 0;
  size_t r = q;
  char32_t after = DecodeUtf8(text, &r);
  return (after == U'号' || after == U'弄' || after == U'栋' || after == U'幢') ? 12 : 0;
}

// True when `text` holds [stem_begin, stem_end) — the characters before a
// suspect at [stem_end, char_end) — twice more, each time followed by
// another character: a series of parallel phrases (急民之所急、办民之所想、
// 解民之所忧). Once more is not enough: 虚拟经济 … 虚拟襟济 is the same term
// written twice, once wrong.
bool SeriesInText(std::string_view text, size_t stem_begin, size_t stem_end, size_t char_end) {
  std::string_view stem = text.substr(stem_begin, stem_end - stem_begin);
  std::string_view suspect = text.substr(stem_end, char_end - stem_end);
  int others = 0;
  for (size_t at = text.find(stem); at != std::string_view::npos; at = text.find(stem, at + 1)) {
    if (at == stem_begin) continue;
    size_t next = at + stem.size();
    if (next < text.size() && text.substr(next, suspect.size()) != suspect) {
      size_t q = next;
      if (IsHan(DecodeUtf8(text, &q)) && ++others == 2) return true;
    }
  }
  return false;
}

}  // namespace

float TypoDetector::ScoreTokens(std::string_view text, const std::vector<Token>& tokens,
                                bool sentence_start) const {
  const TypoResources& r = *resources_;
  float score = 0;
  if (!r.model) {
    for (const Token& t : tokens) score += t.is_word() ? t.info->log_prob : r.words->min_log_prob();
    return score;
  }
  // Runs of words the model knows are scored together; a jieba word the
  // model lacks (扫黑除恶, long names) scores its unigram probability and the
  // context starts afresh after it.
  thread_local std::vector<std::string_view> run;
  run.clear();
  bool at_start = sentence_start;
  for (const Token& t : tokens) {
    std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (t.is_word() && !r.model->Contains(word)) {
      if (!run.empty()) score += r.model->Score(run, at_start);
      run.clear();
      at_start = false;
      score += t.info->log_prob;
      continue;
    }
    run.push_back(word);
  }
  if (!run.empty()) score += r.model->Score(run, at_start);
  return score;
}

float TypoDetector::ScoreClause(std::string_view clause, bool sentence_start) const {
  if (!resources_->words) return 0;
  std::vector<Token> tokens;
  segmenter_.Segment(clause, &tokens);
  return ScoreTokens(clause, tokens, sentence_start);
}

bool TypoDetector::InsideName(const std::vector<char32_t>& cps, const std::vector<Token>& tokens,
                              const std::vector<size_t>& token_of, size_t i) const {
  const TypoResources& r = *resources_;
  const Token& t = tokens[token_of[i]];
  if (t.info != nullptr && t.info->freq > 0 &&
      (t.info->tag == WordTag::kPersonName || t.info->tag == WordTag::kPlaceName ||
       t.info->tag == WordTag::kOrganization)) {
    return true;
  }
  // A surname standing alone followed by one or two characters that the
  // segmenter also leaves alone reads as a personal name (杜家毫): its given
  // name is not ours to correct, nor is the surname.
  auto single = [&](size_t k) { return k < cps.size() && tokens[token_of[k]].chars == 1; };
  for (size_t back = 0; back <= 2 && back <= i; ++back) {
    size_t s = i - back;
    if (!single(s) || !r.surnames.count(cps[s])) continue;
    if (single(s + 1) || (s + 1 < cps.size() && tokens[token_of[s + 1]].chars == 2 &&
                          tokens[token_of[s + 1]].begin != 0)) {
      return true;
    }
  }
  for (size_t back = 0; back <= 3 && back <= i; ++back) {
    size_t s = i - back;
    if (s + 1 < cps.size() && r.compound_surnames.count(std::u32string{cps[s], cps[s + 1]})) {
      return true;
    }
  }
  return false;
}

void TypoDetector::DetectStatistical(std::string_view text, std::vector<TypoHit>* out) const {
  if (!resources_->words || !resources_->confusions) return;
  bool sentence_start = true;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t c = DecodeUtf8(text, &pos);
    if (!IsHan(c)) {
      if (EndsSentence(c))
        sentence_start = true;
      else if (c != U' ' && c != U'\u3000')
        sentence_start = false;
      continue;
    }
    size_t end = pos;
    while (end < text.size()) {
      size_t q = end;
      if (!IsHan(DecodeUtf8(text, &q))) break;
      end = q;
    }
    DetectInClause(text, start, end, sentence_start, AddressTail(text, start, end), out);
    sentence_start = false;
    pos = end;
  }
}

void TypoDetector::DetectInClause(std::string_view text, size_t begin, size_t end,
                                  bool sentence_start, size_t protected_tail,
                                  std::vector<TypoHit>* out) const {
  const TypoResources& r = *resources_;
  std::string_view clause = text.substr(begin, end - begin);
  Decoded d = DecodeAll(clause);
  const size_t n = d.cps.size();
  if (n < 3) return;  // Too little context to judge.
  std::vector<Token> tokens;
  segmenter_.Segment(clause, &tokens);
  std::vector<size_t> token_of(n);
  {
    size_t k = 0;
    for (size_t i = 0; i < n; ++i) {
      while (d.offsets[i] >= tokens[k].end) ++k;
      token_of[i] = k;
    }
  }
  const float base = ScoreTokens(clause, tokens, sentence_start);

  struct Candidate {
    size_t pos;
    char32_t replacement;
    double gain;
    double threshold;
    std::string group;
    double evidence = 0;
  };
  std::vector<Candidate> found;
  float base_unigram = std::nanf("");
  std::vector<Token> new_tokens;
  std::string modified;
  const size_t checked = n > protected_tail ? n - protected_tail : 0;
  for (size_t i = 0; i < checked; ++i) {
    const Token& t = tokens[token_of[i]];
    bool suspicious = t.chars == 1 || !t.is_word() || t.info->freq < options_.rare_word_freq;
    if (!suspicious) continue;
    // The commonest function characters are left alone: replacing them
    // (的→第 in 的一个) is how a model's blind spots turn into false alarms,
    // and their misuse (的/地/得) is a matter of grammar, not spelling.
    if (IsFunctionChar(d.cps[i])) continue;
    // Nor is the last character of an unknown name ending in a place
    // suffix (怀西堡): places are not ours to correct.
    if (IsPlaceSuffix(d.cps[i]) && i > 0 && tokens[token_of[i - 1]].chars == 1 && t.chars == 1) {
      continue;
    }
    const Confusions* conf = r.confusions->Find(d.cps[i]);
    if (conf == nullptr) continue;
    if (InsideName(d.cps, tokens, token_of, i)) continue;
    // A character that pairs with a neighbour as it does inside some
    // dictionary word may belong to a rare word the models lack (辅业, 问责);
    // a typo usually makes pairs no word has (现歹化).
    int foreign = 0;
    for (size_t k = (i >= 2 ? i - 2 : 0); k < std::min(n, i + 3); ++k) {
      if (IsTransliterationChar(d.cps[k])) ++foreign;
    }
    if (foreign >= 2 && IsTransliterationChar(d.cps[i])) continue;
    // Parallel constructions choose their varying characters on purpose:
    // 能减尽减, 应收尽收 (the character recurs two places on), 懒政怠政,
    // 控赃控人 (it stands between two equal characters), 减税减费 (its left
    // neighbour recurs two places back), 急民之所急、解民之所忧 (the three
    // characters before it recur in the text before another character).
    if ((i >= 2 && d.cps[i - 2] == d.cps[i]) || (i + 2 < n && d.cps[i + 2] == d.cps[i]) ||
        (i > 0 && i + 1 < n && d.cps[i - 1] == d.cps[i + 1]) ||
        (i >= 3 && d.cps[i - 1] == d.cps[i - 3]) || (i + 3 < n && d.cps[i + 1] == d.cps[i + 3])) {
      continue;
    }
    // The same holds for a two-character word of the language model's
    // vocabulary that the character forms as written (酒驾, 尾页): the
    // model's vocabulary knows newer words than the dictionary does.
    auto model_word = [&](size_t a) {
      return r.model != nullptr && a + 2 <= n &&
             r.model->Contains(clause.substr(d.offsets[a], d.offsets[a + 2] - d.offsets[a]));
    };
    double original_word_extra = 0;
    if ((i > 0 && r.words->PairInWord(d.cps[i - 1], d.cps[i])) ||
        (i + 1 < n && r.words->PairInWord(d.cps[i], d.cps[i + 1])) ||
        (i > 0 && model_word(i - 1)) || model_word(i)) {
      original_word_extra = options_.extra_for_original_word;
    }
    Candidate best{i, 0, -1e9, 0, ""};
    // The spans around i that a replacement could complete into a word start
    // at a in [i-3, i] and end at b <= a+4. Walked on the word trie: the
    // node of text[a, i) (kNoWord when no word starts that way) and the
    // frequency of each original span text[a, b), once per position rather
    // than once per replacement.
    constexpr uint32_t kNoWord = ~0u;
    const size_t first_a = i >= 3 ? i - 3 : 0;
    uint32_t before[4];            // By i - a.
    uint32_t original[4][5] = {};  // By i - a, b - a.
    for (size_t a = first_a; a <= i; ++a) {
      uint32_t node = WordFrequencies::kRoot;
      for (size_t k = a; k < i && node != kNoWord; ++k) {
        node = r.words->Child(node, d.cps[k]);
        if (node == WordFrequencies::kRoot) node = kNoWord;
      }
      before[i - a] = node;
      for (size_t b = i + 1; node != kNoWord && b <= std::min(n, a + 4); ++b) {
        node = r.words->Child(node, d.cps[b - 1]);
        if (node == WordFrequencies::kRoot) break;
        original[i - a][b - a] = r.words->Info(node).freq;
      }
    }
    const std::pair<const std::u32string*, double> groups[] = {
        {&conf->same_sound, 0.0},
        {&conf->near_sound, options_.extra_for_weak_confusion},
        {&conf->shape, options_.extra_for_weak_confusion}};
    for (const auto& [group, extra] : groups) {
      for (char32_t rep : *group) {
        // Cheap filter: the replacement must complete a common word with its
        // neighbours that the original characters do not already form.
        bool forms_word = false;
        for (size_t a = first_a; a <= i && !forms_word; ++a) {
          if (before[i - a] == kNoWord) continue;
          uint32_t node = r.words->Child(before[i - a], rep);
          for (size_t b = i + 1; node != WordFrequencies::kRoot && b <= std::min(n, a + 4); ++b) {
            if (b > i + 1) {
              node = r.words->Child(node, d.cps[b - 1]);
              if (node == WordFrequencies::kRoot) break;
            }
            const WordInfo& w = r.words->Info(node);
            if (b - a < 2 || w.freq < options_.min_word_freq) continue;
            if (static_cast<uint64_t>(original[i - a][b - a]) * 10 < w.freq) {
              forms_word = true;
              break;
            }
          }
        }
        // A function character needs no word to stand in (节能环保胡可再生
        // 能源: 和), but then the model alone must vouch for it, harder.
        double function_extra = 0;
        if (!forms_word) {
          if (t.chars != 1 || group != &conf->same_sound || !IsFunctionChar(rep)) continue;
          function_extra = options_.extra_for_function_char;
        }
        modified.assign(clause.substr(0, d.offsets[i]));
        AppendUtf8(rep, &modified);
        modified.append(clause.substr(d.offsets[i + 1]));
        new_tokens.clear();
        segmenter_.Segment(modified, &new_tokens);
        double gain = ScoreTokens(modified, new_tokens, sentence_start) - base;
        double threshold = options_.min_gain + extra + original_word_extra + function_extra;
        if (gain - threshold > best.gain - best.threshold) {
          best = {i, rep, gain, threshold, group == &conf->same_sound ? "同音" : "形近或近音"};
        }
      }
    }
    if (best.replacement == 0 || best.gain < best.threshold - options_.max_gain_shortfall) continue;
    // The second opinion: the best jieba segmentation alone must gain too.
    if (std::isnan(base_unigram)) base_unigram = segmenter_.BestLogProb(clause);
    modified.assign(clause.substr(0, d.offsets[i]));
    AppendUtf8(best.replacement, &modified);
    modified.append(clause.substr(d.offsets[i + 1]));
    double unigram_gain = segmenter_.BestLogProb(modified) - base_unigram;
    // Could the original character and a neighbour be a word the lists lack?
    uint32_t novel = 0;
    if (i > 0) {
      novel = std::min(r.words->FirstOfPairWords(d.cps[i - 1]), r.words->LastOfPairWords(d.cps[i]));
    }
    if (i + 1 < n) {
      novel = std::max(novel, std::min(r.words->FirstOfPairWords(d.cps[i]),
                                       r.words->LastOfPairWords(d.cps[i + 1])));
    }
    best.evidence = best.gain - best.threshold + options_.unigram_weight * unigram_gain -
                    options_.novel_word_weight * std::log10(1.0 + novel);
    if (best.evidence < options_.min_evidence) continue;
    // The tests that search the whole text come last, for the few
    // candidates left: a series of parallel phrases, a term used again.
    if (i >= 3 && SeriesInText(text, begin + d.offsets[i - 3], begin + d.offsets[i],
                               begin + d.offsets[i + 1])) {
      continue;
    }
    if (RepeatedInDocument(text, begin + d.offsets[i], begin + d.offsets[i + 1], {text})) continue;
    found.push_back(best);
  }
  if (found.empty()) return;
  // Keep the strongest of neighbouring candidates: one typo lifts the
  // probability of its neighbours' replacements too.
  std::sort(found.begin(), found.end(),
            [](const Candidate& a, const Candidate& b) { return a.evidence > b.evidence; });
  std::vector<Candidate> kept;
  for (const Candidate& c : found) {
    bool near = false;
    for (const Candidate& k : kept) {
      if ((c.pos > k.pos ? c.pos - k.pos : k.pos - c.pos) <= 2) near = true;
    }
    if (!near) kept.push_back(c);
  }
  if (static_cast<int>(kept.size()) > options_.max_hits_per_clause) return;
  for (const Candidate& c : kept) {
    TypoHit hit;
    hit.begin = begin + d.offsets[c.pos];
    hit.end = begin + d.offsets[c.pos + 1];
    hit.wrong = Encode(d.cps[c.pos]);
    hit.suggestion = Encode(c.replacement);
    hit.kind = TypoKind::kStatistical;
    hit.confidence = ConfidenceFromGain(c.evidence, options_.min_evidence);
    char gain[32];
    std::snprintf(gain, sizeof gain, "%.1f", c.gain);
    hit.detail = "疑似" + c.group + "错字：" + hit.wrong + " 应为 " + hit.suggestion +
                 "（改后句子概率高 10^" + gain + " 倍）";
    out->push_back(std::move(hit));
  }
}

bool TypoDetector::RepeatedInDocument(std::string_view text, size_t begin, size_t end,
                                      const std::vector<std::string_view>& document) {
  // Occurrences count once per distinct surrounding (two characters either
  // side): a page that shows one heading twice (title and <h1>) repeats a
  // slip, it does not use a term twice.
  auto back = [](std::string_view t, size_t at, int chars) {
    for (int k = 0; k < chars && at > 0; ++k) {
      --at;
      while (at > 0 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) --at;
    }
    return at;
  };
  auto forward = [](std::string_view t, size_t at, int chars) {
    for (int k = 0; k < chars && at < t.size(); ++k) DecodeUtf8(t, &at);
    return at;
  };
  auto used_twice = [&](std::string_view pair) {
    std::string_view first_window;
    for (std::string_view t : document) {
      for (size_t at = t.find(pair); at != std::string_view::npos; at = t.find(pair, at + 1)) {
        size_t a = back(t, at, 2);
        std::string_view window = t.substr(a, forward(t, at + pair.size(), 2) - a);
        if (first_window.data() == nullptr) {
          first_window = window;
        } else if (window != first_window) {
          return true;
        }
      }
    }
    return false;
  };
  if (begin > 0) {
    size_t p = back(text, begin, 1);
    size_t q = p;
    if (IsHan(DecodeUtf8(text, &q)) && used_twice(text.substr(p, end - p))) return true;
  }
  if (end < text.size()) {
    size_t q = end;
    if (IsHan(DecodeUtf8(text, &q)) && used_twice(text.substr(begin, q - begin))) return true;
  }
  return false;
}

// --- Mechanical errors ------------------------------------------------------

void TypoDetector::DetectPunctuation(std::string_view text, std::vector<TypoHit>* out) const {
  Decoded d = DecodeAll(text);
  const size_t n = d.cps.size();
  auto add = [&](size_t i, size_t j, std::string suggestion, std::string detail) {
    TypoHit hit;
    hit.begin = d.offsets[i];
    hit.end = d.offsets[j];
    hit.wrong = std::string(text.substr(hit.begin, hit.end - hit.begin));
    hit.suggestion = std::move(suggestion);
    hit.kind = TypoKind::kPunctuation;
    hit.confidence = 0.9;
    hit.detail = std::move(detail);
    out->push_back(std::move(hit));
  };
  // A block that ends in an ellipsis was cut short (list pages truncate
  // titles), so an opener without its closer there is no error.
  bool truncated = false;
  for (size_t k = n; k-- > 0;) {
    char32_t c = d.cps[k];
    if (c == U' ' || c == U'\u3000') continue;
    truncated = c == U'…' || c == U'.' || c == U'⋯';
    break;
  }
  // Brackets: 《》 and （） never span paragraphs; “” may (a quotation of
  // several paragraphs opens each one and closes only the last), so for
  // quotes only a closer without opener and an opener reopened are errors.
  struct Pair {
    char32_t open, close;
    const char* name;
  };
  static const Pair kPairs[] = {
      {U'《', U'》', "书名号"}, {U'（', U'）', "括号"}, {U'“', U'”', "引号"}};
  for (const Pair& p : kPairs) {
    std::vector<size_t> open;
    for (size_t i = 0; i < n; ++i) {
      if (d.cps[i] == p.open) {
        if (p.open == U'“' && !open.empty()) {
          // (Unless the open one is a stray closer, reported already.)
          if (d.cps[open.back()] == p.open) {
            add(open.back(), open.back() + 1, "", std::string(p.name) + "不成对：缺少右" + p.name);
          }
          open.clear();
        }
        open.push_back(i);
      } else if (d.cps[i] == p.close) {
        if (open.empty() && p.open == U'“') {
          // A closing quote where an opening one belongs (一个”五讲四美”的):
          // one slip, which the next closing quote answers.
          add(i, i + 1, Encode(p.open), std::string(p.name) + "方向错误：此处应为左" + p.name);
          open.push_back(i);
        } else if (open.empty()) {
          add(i, i + 1, "", std::string(p.name) + "不成对：缺少左" + p.name);
        } else {
          open.pop_back();
        }
      }
    }
    if (p.open != U'“' && !truncated) {
      for (size_t i : open) add(i, i + 1, "", std::string(p.name) + "不成对：缺少右" + p.name);
    }
  }
  // Half-width punctuation between two Chinese characters, where the block
  // also uses the full-width mark: a text written throughout with half-width
  // commas is a house style (or a converter's), a stray one is a slip.
  auto uses = [&](char32_t mark) {
    return std::find(d.cps.begin(), d.cps.end(), mark) != d.cps.end();
  };
  static const std::pair<char32_t, char32_t> kHalfToFull[] = {
      {U',', U'，'}, {U';', U'；'}, {U':', U'：'}, {U'?', U'？'}, {U'!', U'！'}};
  for (size_t i = 1; i + 1 < n; ++i) {
    if (!IsHan(d.cps[i - 1]) || !IsHan(d.cps[i + 1])) continue;
    for (const auto& [half, full] : kHalfToFull) {
      if (d.cps[i] == half && uses(full)) add(i, i + 1, Encode(full), "中文中使用了半角标点");
    }
  }
  // Doubled function characters that the segmentation leaves as two single
  // tokens (我们的的工作); 为了了解, 目的的实现 and 不了了之 segment otherwise.
  static const std::u32string kDoubled = U"的了是在和与及对把被将从向于并但或之其为而";
  if (resources_->words) {
    for (size_t i = 0; i + 1 < n; ++i) {
      if (d.cps[i] != d.cps[i + 1] || kDoubled.find(d.cps[i]) == std::u32string::npos) continue;
      size_t a = i;
      while (a > 0 && IsHan(d.cps[a - 1]) && i - a < 6) --a;
      size_t b = i + 2;
      while (b < n && IsHan(d.cps[b]) && b - i < 8) ++b;
      std::string_view run = text.substr(d.offsets[a], d.offsets[b] - d.offsets[a]);
      std::vector<Token> tokens;
      segmenter_.Segment(run, &tokens);
      size_t first = d.offsets[i] - d.offsets[a];
      size_t second = d.offsets[i + 1] - d.offsets[a];
      bool alone = true;
      for (const Token& t : tokens) {
        if ((t.begin == first || t.begin == second) && t.chars == 1) continue;
        if (t.begin <= first && first < t.end) alone = false;
        if (t.begin <= second && second < t.end) alone = false;
      }
      if (alone) add(i, i + 2, Encode(d.cps[i]), "字词重复");
    }
  }
}

// --- Titles -----------------------------------------------------------------

void TypoDetector::CompareTitles(const std::vector<std::string>& titles,
                                 std::vector<TypoHit>* out) const {
  if (!resources_->confusions || !resources_->words) return;
  std::vector<std::string_view> distinct(titles.begin(), titles.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  // Titles that differ in exactly one character meet in the bucket of their
  // text with that character masked, so a site's 10^5 titles need no
  // pairwise comparison. A bucket is the hash of the masked text (a site's
  // titles give millions of masked texts: too many to keep as strings);
  // members are compared again below, so a hash collision costs nothing.
  // Big buckets are templates (关于X同志任职的通知): many documents, not one
  // misspelt.
  constexpr size_t kMaxBucket = 32;
  struct Masked {
    uint64_t bucket;
    uint32_t title;
    uint32_t offset;  // Byte offset of the masked character.
    bool operator<(const Masked& o) const {
      return std::tie(bucket, title, offset) < std::tie(o.bucket, o.title, o.offset);
    }
  };
  std::vector<Masked> masked;
  for (size_t x = 0; x < distinct.size(); ++x) {
    const std::string_view t = distinct[x];
    const size_t chars = CountCodePoints(t);
    if (chars < 4 || chars > 80) continue;
    for (size_t pos = 0; pos < t.size();) {
      const size_t begin = pos;
      if (!IsHan(DecodeUtf8(t, &pos))) continue;
      const uint64_t head = std::hash<std::string_view>()(t.substr(0, begin));
      const uint64_t tail = std::hash<std::string_view>()(t.substr(pos));
      const uint64_t bucket = (head * 0x9E3779B97F4A7C15ull) ^ (tail + 0x632BE59BD9B4E019ull) ^
                              (static_cast<uint64_t>(begin) << 48);
      masked.push_back({bucket, static_cast<uint32_t>(x), static_cast<uint32_t>(begin)});
    }
  }
  std::sort(masked.begin(), masked.end());
  // Whether titles a and b are the same text but for the one character at
  // byte `diff` in each.
  auto differ_only_at = [](std::string_view a, std::string_view b, size_t diff) {
    if (a.substr(0, diff) != b.substr(0, diff)) return false;
    size_t pa = diff, pb = diff;
    DecodeUtf8(a, &pa);
    DecodeUtf8(b, &pb);
    return a.substr(pa) == b.substr(pb);
  };
  auto confusable = [](const Confusions* c, char32_t other) {
    return c && (c->same_sound.find(other) != std::u32string::npos ||
                 c->shape.find(other) != std::u32string::npos ||
                 c->near_sound.find(other) != std::u32string::npos);
  };
  for (size_t first = 0, last = 0; first < masked.size(); first = last) {
    last = first + 1;
    while (last < masked.size() && masked[last].bucket == masked[first].bucket) ++last;
    if (last - first < 2 || last - first > kMaxBucket) continue;
    const size_t diff = masked[first].offset;
    for (size_t p = first; p < last; ++p) {
      for (size_t q = p + 1; q < last; ++q) {
        const std::string_view ta = distinct[masked[p].title];
        const std::string_view tb = distinct[masked[q].title];
        if (!differ_only_at(ta, tb, diff)) continue;
        size_t pa = diff, pb = diff;
        char32_t ca = DecodeUtf8(ta, &pa);
        char32_t cb = DecodeUtf8(tb, &pb);
        if (!confusable(resources_->confusions->Find(ca), cb) &&
            !confusable(resources_->confusions->Find(cb), ca)) {
          continue;
        }
        float sa = ScoreClause(ta, true);
        float sb = ScoreClause(tb, true);
        if (std::fabs(sa - sb) < 1.0f) continue;  // Both read as Chinese: two documents.
        TypoHit hit;
        hit.wrong = std::string(sa < sb ? ta : tb);
        hit.suggestion = std::string(sa < sb ? tb : ta);
        hit.begin = diff;
        hit.end = diff + (sa < sb ? pa : pb) - diff;
        hit.kind = TypoKind::kTitleMismatch;
        hit.confidence = ConfidenceFromGain(std::fabs(sa - sb), 1.0);
        hit.detail = "同一文件名称在别处写作“" + hit.suggestion + "”";
        out->push_back(std::move(hit));
      }
    }
  }
}

}  // namespace govmon
