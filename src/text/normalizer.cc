#include "text/normalizer.h"

#include "base/utf8.h"

namespace govmon {
namespace {

constexpr char16_t kAstral = 0xFFFF;  // bmp_ marker: look the target up in astral_.

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char32_t c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Zero-width characters, soft hyphen and BOM: invisible, never meaningful
// inside a number or a word.
bool IsZeroWidth(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

char32_t FoldWidth(char32_t c) {
  if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10 + '0';
  if (c >= 0xFF21 && c <= 0xFF3A) return c - 0xFF21 + 'A';
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 0xFF41 + 'a';
  if (c == 0x3000) return ' ';
  if (c == 0xFF0D) return '-';
  return c;
}

// Characters that spammers put between the characters of a banned word.
bool IsHanFiller(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case '-':
    case '_':
    case '*':
    case '.':
    case '/':
    case '|':
    case '~':
    case '+':
    case '#':
    case 0x00B7:  // ·
    case 0x2022:  // •
    case 0x30FB:  // ・
    case 0x2013:  // –
    case 0x2014:  // —
    case 0xFF0A:  // ＊
    case 0xFF3F:  // ＿
    case 0xFF5E:  // ～
    case 0xFF0E:  // ．
    case 0xFF0F:  // ／
      return true;
    default:
      return false;
  }
}

class Normalizer {
 public:
  Normalizer(std::string_view source, const NormalizeOptions& options, std::string* text,
             std::vector<uint32_t>* offsets)
      : s_(source), o_(options), text_(text), offsets_(offsets) {}

  void Run() {
    size_t pos = 0;
    const size_t n = s_.size();
    while (pos < n) {
      const size_t start = pos;
      const auto b = static_cast<unsigned char>(s_[pos]);
      // Fast path: ASCII that no option touches.
      if (b < 0x80 && b != ' ' && b != '-' && b != '\t' &&
          !(o_.lower_ascii && b >= 'A' && b <= 'Z') && !(o_.join_split_han && IsHanFiller(b))) {
        Emit(b, start);
        ++pos;
        continue;
      }
      char32_t c = Next(&pos);
      if (o_.remove_invisible) {
        if (IsZeroWidth(c)) continue;
        if (c == 0x00A0) {
          if (!IsAsciiAlnum(last_) || !IsAsciiAlnum(Peek(pos))) continue;
          c = ' ';
        }
      }
      if (o_.join_digit_groups && (c == ' ' || c == '-') && IsAsciiDigit(last_) &&
          group_digits_ <= 8) {
        size_t following = CountDigitsAt(pos);
        if (following >= 1 && following <= 8) {
          group_digits_ = 0;
          continue;
        }
      }
      if (o_.join_split_han && IsHanFiller(c) && IsHan(last_)) {
        // Look past up to 3 fillers for a Han character.
        size_t p = pos;
        int fillers = 1;
        char32_t next = 0;
        while (p < n) {
          next = Next(&p);
          if (o_.remove_invisible && IsZeroWidth(next)) continue;
          if (!IsHanFiller(next) || ++fillers > 3) break;
        }
        if (fillers <= 3 && IsHan(next)) {
          continue;  // Drop this filler; the following ones are judged the same way.
        }
      }
      if (o_.lower_ascii && c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
      if (o_.char_map != nullptr && c >= 0x80) c = o_.char_map->Map(c);
      Emit(c, start);
    }
  }

 private:
  // Decodes the next code point with width folding applied.
  char32_t Next(size_t* pos) const {
    char32_t c = DecodeUtf8(s_, pos);
    return o_.fold_width ? FoldWidth(c) : c;
  }

  char32_t Peek(size_t pos) const { return pos < s_.size() ? Next(&pos) : 0; }

  // Digits starting at `pos`, skipping zero-width characters; stops counting at 9.
  size_t CountDigitsAt(size_t pos) const {
    size_t count = 0;
    while (pos < s_.size() && count < 9) {
      char32_t c = Next(&pos);
      if (o_.remove_invisible && IsZeroWidth(c)) continue;
      if (!IsAsciiDigit(c)) break;
      ++count;
    }
    return count;
  }

  void Emit(char32_t c, size_t source_offset) {
    if (c < 0x80) {
      text_->push_back(static_cast<char>(c));
    } else {
      AppendUtf8(c, text_);
    }
    offsets_->resize(text_->size(), static_cast<uint32_t>(source_offset));
    group_digits_ = IsAsciiDigit(c) ? group_digits_ + 1 : 0;
    last_ = c;
  }

  std::string_view s_;
  const NormalizeOptions& o_;
  std::string* text_;
  std::vector<uint32_t>* offsets_;
  char32_t last_ = 0;        // Last emitted code point.
  size_t group_digits_ = 0;  // Digits emitted since the last non-digit or joined separator.
};

}  // namespace

CharMap::CharMap() : bmp_(0x10000, 0) {}

void CharMap::Set(char32_t from, char32_t to) {
  const bool remove = from == to;
  if (from < 0x10000) {
    const bool was = bmp_[from] != 0;
    if (remove) {
      bmp_[from] = 0;
      astral_.erase(from);
    } else if (to < 0x10000 && to != kAstral) {
      bmp_[from] = static_cast<char16_t>(to);
      astral_.erase(from);
    } else {
      bmp_[from] = kAstral;
      astral_[from] = to;
    }
    const bool is = bmp_[from] != 0;
    if (is && !was) ++size_;
    if (!is && was) --size_;
    return;
  }
  const bool was = astral_.count(from) != 0;
  if (remove) {
    astral_.erase(from);
  } else {
    astral_[from] = to;
  }
  const bool is = astral_.count(from) != 0;
  if (is && !was) ++size_;
  if (!is && was) --size_;
}

std::pair<size_t, size_t> NormalizedText::SourceRange(size_t begin, size_t end) const {
  size_t first = offsets_[begin];
  size_t last = offsets_[end - 1];
  if (last < source_.size()) DecodeUtf8(source_, &last);
  return {first, last};
}

void Normalize(std::string_view source, const NormalizeOptions& options, NormalizedText* out) {
  out->source_ = source;
  out->text_.clear();
  out->offsets_.clear();
  out->text_.reserve(source.size());
  out->offsets_.reserve(source.size());
  Normalizer(source, options, &out->text_, &out->offsets_).Run();
}

std::string NormalizeString(std::string_view source, const NormalizeOptions& options) {
  NormalizedText out;
  Normalize(source, options, &out);
  return out.text();
}

}  // namespace govmon
