#include "check/privacy_leak_check.h"

#include <algorithm>
#include <array>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

#include "check/text_excerpt.h"
#include "text/normalizer.h"
#include "text/personal_data.h"

namespace govmon {
namespace {

constexpr size_t kKinds = 5;
constexpr size_t kExcerptRadius = 20;
// How far before a number a label still names it: "身份证号码（18位）：" is
// about 30 bytes of UTF-8.
constexpr size_t kLabelWindow = 36;

// Labels that say what a number is (GB/T 35273 categories as they are written
// in disclosure tables), by PersonalDataKind.
constexpr std::array<std::array<std::string_view, 10>, kKinds> kLabels = {{
    {"身份证", "证件号", "身份号码", "公民身份", "证件编号", "身份证明", "社保卡号"},
    {"手机", "电话", "联系方式", "联系人", "移动电话", "联系号码", "电話"},
    {"银行卡", "卡号", "账号", "帐号", "银行账户", "开户", "代发", "存折", "账户", "收款"},
    {"护照"},
    {"通行证", "回乡证", "往来港澳", "来往内地"},
}};

// Labels of numbers that are not personal: document, order and serial
// numbers, organisation codes. When one is nearer to the number than any
// personal label, the number is not reported.
constexpr std::array<std::string_view, 26> kNonPersonalLabels = {
    "订单",   "流水",     "单号",     "编号",     "文号",     "批次",       "序列号",
    "序号",   "条码",     "信用代码", "机构代码", "税号",     "纳税人识别", "注册号",
    "合同号", "项目代码", "邮编",     "邮政编码", "传真",     "发票",       "案号",
    "工单",   "快递",     "运单",     "备案号",   "许可证号",
};

struct LabelHit {
  size_t position = 0;  // End of the label; larger is nearer.
  bool found = false;
  std::string_view label;
};

// The nearest occurrence (largest end) of any of `labels` in `window`.
template <typename Labels>
LabelHit Nearest(std::string_view window, const Labels& labels) {
  LabelHit hit;
  for (std::string_view label : labels) {
    if (label.empty()) continue;
    size_t at = window.rfind(label);
    if (at == std::string_view::npos) continue;
    size_t end = at + label.size();
    if (!hit.found || end > hit.position) hit = {end, true, label};
  }
  return hit;
}

template <typename Labels>
bool ContainsAny(std::string_view text, const Labels& labels) {
  for (std::string_view label : labels) {
    if (!label.empty() && text.find(label) != std::string_view::npos) return true;
  }
  return false;
}

// Cheap test run before normalising a block: a number worth recognising has
// at least 7 digits (ASCII or full-width).
bool HasEnoughDigits(std::string_view text) {
  int digits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= '0' && c <= '9') {
      if (++digits >= 7) return true;
    } else if (c == 0xEF && i + 2 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xBC &&
               static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
               static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      if (++digits >= 7) return true;
    }
  }
  return false;
}

// Masks all but the last 4 of every run of 6 or more ASCII digits, so an
// excerpt never shows a number the recognisers did not classify.
void MaskDigitRuns(std::string* s) {
  size_t i = 0;
  while (i < s->size()) {
    if ((*s)[i] < '0' || (*s)[i] > '9') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s->size() && (*s)[j] >= '0' && (*s)[j] <= '9') ++j;
    if (j - i >= 6)
      std::fill(s->begin() + static_cast<long>(i), s->begin() + static_cast<long>(j - 4), '*');
    i = j;
  }
}

// Why a value was taken for personal data; `text` points at a constant or at
// the block's column header, both alive until Inspect returns.
struct Reason {
  enum class Type { kLabel, kHeader, kCharacters } type = Type::kCharacters;
  std::string_view text;
};

struct Candidate {
  PersonalDataMatch match;
  size_t source_begin = 0;  // In the block's original text.
  size_t source_end = 0;
  double confidence = 0;
  Reason reason;
  size_t lost_digits = 0;  // Trailing digits a spreadsheet number cell lost.
};

// One distinct leaked value: its finding (an index into the output, whose
// detail is written last, when the per-document counts are known).
// One distinct leaked value, waiting to become a finding once the document's
// counts are known. Findings are built only then, into an output reserved to
// the exact size: a roster's 500,000 findings never meet a vector doubling.
struct Leak {
  const TextBlock* block = nullptr;  // Where the value first appears.
  PersonalDataKind kind = PersonalDataKind::kIdCard;
  int occurrences = 1;
  Reason reason;
  size_t lost_digits = 0;
  double confidence = 0;
  std::string evidence;
  std::string context;
};

// The distinct values of one document: an open-addressing hash table (linear
// probing, at most half full) whose keys are views into arena chunks that
// never move. A roster has hundreds of thousands of values; a node-based map
// spent more time on allocation and cache misses than the recognisers did.
class DistinctValues {
 public:
  // Returns the index stored for `value`, inserting `index` when new.
  std::pair<size_t, bool> Insert(std::string_view value, size_t index) {
    if ((count_ + 1) * 2 > slots_.size()) Grow();
    const size_t hash = std::hash<std::string_view>()(value);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.key.data() == nullptr) {
        slot = {Store(value), hash, index};
        ++count_;
        return {index, true};
      }
      if (slot.hash == hash && slot.key == value) return {slot.value, false};
    }
  }

 private:
  struct Slot {
    std::string_view key;  // data() == nullptr: empty.
    size_t hash = 0;
    size_t value = 0;
  };

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.key.data() == nullptr) continue;
      size_t i = slot.hash & mask;
      while (slots_[i].key.data() != nullptr) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::string_view Store(std::string_view value) {
    constexpr size_t kChunk = 64 << 10;
    if (chunks_.empty() || used_ + value.size() > kChunk) {
      chunks_.push_back(std::make_unique<char[]>(std::max(kChunk, value.size() + 1)));
      used_ = 0;
    }
    char* at = chunks_.back().get() + used_;
    std::copy(value.begin(), value.end(), at);
    used_ += value.size();
    return {at, value.size()};
  }

  std::vector<Slot> slots_;
  size_t count_ = 0;
  std::vector<std::unique_ptr<char[]>> chunks_;
  size_t used_ = 0;
};

std::string_view CharactersReason(PersonalDataKind kind) {
  return kind == PersonalDataKind::kIdCard     ? "校验位、出生日期和地区码均有效"
         : kind == PersonalDataKind::kBankCard ? "通过 Luhn 校验且属银行卡号段"
                                               : "符合号段规则";
}

// "身份证号未脱敏（前有标签“身份证”）；该号码出现 2 次；本文档共 …", written
// into `scratch` and returned as a string of exactly its size (a roster has
// hundreds of thousands of these).
std::string LeakDetail(const Leak& leak, std::string_view summary, std::string* scratch) {
  std::string& detail = *scratch;
  detail.clear();
  detail += PersonalDataKindLabel(leak.kind);
  detail += "未脱敏（";
  switch (leak.reason.type) {
    case Reason::Type::kLabel:
      detail += "前有标签“";
      detail += leak.reason.text;
      detail += "”";
      break;
    case Reason::Type::kHeader:
      detail += "所在列表头“";
      detail += leak.reason.text;
      detail += "”";
      break;
    case Reason::Type::kCharacters:
      detail += leak.reason.text;
      break;
  }
  detail += "）";
  if (leak.lost_digits > 0) {
    detail += "；单元格以数值格式存储，电子表格只保留 15 位有效数字，末 ";
    detail += std::to_string(leak.lost_digits);
    detail += leak.kind == PersonalDataKind::kIdCard ? " 位已丢失或失真，无法核验校验位"
                                                     : " 位已丢失或失真，无法核验 Luhn 校验";
  }
  if (leak.occurrences > 1) {
    detail += "；该号码出现 ";
    detail += std::to_string(leak.occurrences);
    detail += " 次";
  }
  detail += summary;
  return std::string(detail);
}

}  // namespace

void PrivacyLeakCheck::Inspect(const Document& doc, const PageContext& context,
                               std::vector<Finding>* out) const {
  NormalizeOptions normalize;
  normalize.join_digit_groups = true;
  RecognizerOptions recognize;
  recognize.today = context.as_of;

  thread_local NormalizedText normalized;
  std::vector<PersonalDataMatch> matches;
  // A deque: it grows without copying, and gives its memory back while the
  // findings are built from its front.
  std::deque<Leak> leaks;
  std::vector<Candidate> candidates;
  std::string masked;  // The current block with every recognised value masked.
  std::vector<std::pair<size_t, size_t>> masked_ranges;
  DistinctValues distinct;  // Value → index into leaks.
  // Spreadsheets repeat one header per column over thousands of rows; what a
  // header says is worked out once per header and kind.
  std::unordered_map<std::string_view, std::array<int8_t, kKinds>> header_classes;

  for (const TextBlock& block : doc.blocks) {
    if (!HasEnoughDigits(block.text)) continue;
    Normalize(block.text, normalize, &normalized);
    const std::string& text = normalized.text();
    matches.clear();
    FindPersonalData(text, recognize, &matches);
    // A number cell that holds more digits than a spreadsheet keeps: judge it
    // by the digits that survive.
    size_t lost_digits = 0;
    if (matches.empty() && block.stored_as_number) {
      if (std::optional<PersonalDataMatch> m = FindIdentifierWithLostDigits(text, recognize)) {
        lost_digits = text.size() - std::min<size_t>(SignificantDigits(text), 15);
        matches.push_back(std::move(*m));
      }
    }
    if (matches.empty()) continue;

    candidates.clear();
    size_t previous_end = 0;
    for (PersonalDataMatch& m : matches) {
      const auto k = static_cast<size_t>(m.kind);
      size_t from = std::max(previous_end, m.begin > kLabelWindow ? m.begin - kLabelWindow : 0);
      previous_end = m.end;
      std::string_view window(text.data() + from, m.begin - from);
      LabelHit own = Nearest(window, kLabels[k]);
      LabelHit other = Nearest(window, kNonPersonalLabels);
      bool header_own = false;
      bool header_other = false;
      if (!block.column_header.empty()) {
        auto [hc, fresh] = header_classes.try_emplace(block.column_header);
        if (fresh) hc->second.fill(-1);
        int8_t& cls = hc->second[k];
        if (cls < 0) {
          // 0: says nothing, 1: names this kind, 2: names a non-personal number.
          cls = ContainsAny(block.column_header, kLabels[k])           ? 1
                : ContainsAny(block.column_header, kNonPersonalLabels) ? 2
                                                                       : 0;
        }
        header_own = cls == 1;
        header_other = cls == 2;
      }
      if (other.found && (!own.found || other.position > own.position)) continue;
      if (header_other && !own.found) continue;
      if (m.kind == PersonalDataKind::kMobile && !options_.report_mobile) continue;
      if (m.needs_context && !own.found && !header_own) continue;

      Candidate c;
      c.match = std::move(m);
      c.confidence = c.match.confidence;
      c.lost_digits = lost_digits;
      if (own.found) {
        c.confidence = std::max(c.confidence, 0.95);
        c.reason = {Reason::Type::kLabel, own.label};
      } else if (header_own) {
        c.confidence = std::max(c.confidence, 0.95);
        c.reason = {Reason::Type::kHeader, block.column_header};
      } else {
        c.reason = {Reason::Type::kCharacters, CharactersReason(c.match.kind)};
      }
      if (c.confidence < options_.min_confidence) continue;
      std::tie(c.source_begin, c.source_end) = normalized.SourceRange(c.match.begin, c.match.end);
      candidates.push_back(std::move(c));
    }
    if (candidates.empty()) continue;

    // The block with every recognised value masked, for excerpts.
    masked.clear();
    masked_ranges.clear();
    size_t copied = 0;
    for (const Candidate& c : candidates) {
      masked.append(block.text, copied, c.source_begin - copied);
      size_t begin = masked.size();
      AppendMaskedIdentifier(c.match.value, &masked);
      masked_ranges.emplace_back(begin, masked.size());
      copied = c.source_end;
    }
    masked.append(block.text, copied);

    for (size_t i = 0; i < candidates.size(); ++i) {
      const Candidate& c = candidates[i];
      auto [first, inserted] = distinct.Insert(c.match.value, leaks.size());
      if (!inserted) {
        ++leaks[first].occurrences;
        continue;
      }
      Leak& leak = leaks.emplace_back();
      leak.block = &block;
      leak.kind = c.match.kind;
      leak.reason = c.reason;
      leak.lost_digits = c.lost_digits;
      leak.confidence = c.confidence;
      if (masked_ranges[i].first == 0 && masked_ranges[i].second == masked.size()) {
        leak.context = masked;  // A cell that holds only the number.
        leak.evidence = masked;
      } else {
        leak.evidence =
            masked.substr(masked_ranges[i].first, masked_ranges[i].second - masked_ranges[i].first);
        leak.context = ExcerptWithEllipsis(masked, masked_ranges[i].first, masked_ranges[i].second,
                                           kExcerptRadius);
        MaskDigitRuns(&leak.context);
      }
    }
  }
  if (leaks.empty()) return;
  distinct = DistinctValues();  // Its memory is better spent on the findings.

  std::array<int, kKinds> per_kind{};
  for (const Leak& leak : leaks) ++per_kind[static_cast<size_t>(leak.kind)];
  std::string summary = "；本文档共 " + std::to_string(leaks.size()) + " 个未脱敏个人信息：";
  bool first = true;
  for (size_t k = 0; k < kKinds; ++k) {
    if (per_kind[k] == 0) continue;
    if (!first) summary += "、";
    first = false;
    summary += std::string(PersonalDataKindLabel(static_cast<PersonalDataKind>(k))) + " " +
               std::to_string(per_kind[k]);
  }
  out->reserve(out->size() + leaks.size());
  std::string scratch;
  for (; !leaks.empty(); leaks.pop_front()) {
    Leak& leak = leaks.front();
    Finding& f = out->emplace_back();
    f.check = std::string(id());
    f.severity = leak.kind == PersonalDataKind::kMobile ? Severity::kWarning : Severity::kError;
    f.site = context.site;
    f.url = doc.url;
    f.kind = std::string(PersonalDataKindName(leak.kind));
    f.evidence = std::move(leak.evidence);
    f.context = std::move(leak.context);
    f.location = BlockLocation(*leak.block);
    f.confidence = leak.confidence;
    f.detail = LeakDetail(leak, summary, &scratch);
  }
}

}  // namespace govmon
