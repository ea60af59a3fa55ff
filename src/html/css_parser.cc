// The parser works on the text with comments removed, in two levels: a block
// scanner that finds rules and at-rules by matching braces (respecting
// strings, parentheses and escapes, so `content:"}"` cannot derail it), and
// small parsers for selectors, declarations and media queries. Error recovery
// follows CSS Syntax 3: a bad declaration is dropped up to the next ';', a
// rule whose selector list is bad is dropped whole, and an unterminated block
// ends at the end of the sheet.
#include "html/css_parser.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_set>

#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {
namespace {

constexpr int kMaxNesting = 16;       // @media inside @supports inside …
constexpr size_t kMaxCompounds = 32;  // Per selector; longer ones are spam or attacks.

bool IsWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsNameChar(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || u >= 0x80;
}

// Removes /* comments */, leaving strings intact.
std::string StripComments(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  size_t i = 0;
  while (i < css.size()) {
    const char c = css[i];
    if (c == '/' && i + 1 < css.size() && css[i + 1] == '*') {
      size_t end = css.find("*/", i + 2);
      i = end == std::string_view::npos ? css.size() : end + 2;
      out.push_back(' ');
      continue;
    }
    if (c == '"' || c == '\'') {
      size_t j = i + 1;
      while (j < css.size() && css[j] != c && css[j] != '\n') {
        if (css[j] == '\\') ++j;
        ++j;
      }
      j = std::min(j + 1, css.size());
      out.append(css, i, j - i);
      i = j;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

// Skips a string or an escape starting at text[i]; returns the index after it.
size_t SkipAtom(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '\\') return std::min(i + 2, text.size());
  if (c == '"' || c == '\'') {
    size_t j = i + 1;
    while (j < text.size() && text[j] != c && text[j] != '\n') {
      if (text[j] == '\\') ++j;
      ++j;
    }
    return std::min(j + 1, text.size());
  }
  return i + 1;
}

// Index of the first of `stops` at nesting depth 0 (outside (), [] and
// strings) at or after `i`, or text.size().
size_t FindTopLevel(std::string_view text, size_t i, std::string_view stops) {
  int depth = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (depth == 0 && stops.find(c) != std::string_view::npos) return i;
    if (c == '(' || c == '[') {
      ++depth;
    } else if ((c == ')' || c == ']') && depth > 0) {
      --depth;
    }
    i = SkipAtom(text, i);
  }
  return text.size();
}

// Given text[open] == '{', the index of the matching '}' (or text.size()).
size_t FindBlockEnd(std::string_view text, size_t open) {
  int depth = 0;
  size_t i = open;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '{') {
      ++depth;
    } else if (c == '}') {
      if (--depth == 0) return i;
    }
    i = SkipAtom(text, i);
  }
  return text.size();
}

std::vector<std::string_view> SplitTopLevel(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = FindTopLevel(text, start, std::string_view(&sep, 1));
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// ---------------------------------------------------------------------------
// Selectors.

class SelectorParser {
 public:
  explicit SelectorParser(std::string_view text, int depth = 0) : s_(text), depth_(depth) {}

  bool Parse(CssSelector* out) {
    SkipWs();
    if (AtEnd()) return false;
    while (true) {
      CssCompoundSelector compound;
      if (!ParseCompound(&compound)) return false;
      out->compounds.push_back(std::move(compound));
      if (out->compounds.size() > kMaxCompounds) return false;
      const bool had_ws = SkipWs();
      if (AtEnd()) break;
      const char c = s_[i_];
      if (c == '>' || c == '+' || c == '~') {
        out->combinators.push_back(c == '>'   ? CssCombinator::kChild
                                   : c == '+' ? CssCombinator::kAdjacent
                                              : CssCombinator::kSibling);
        ++i_;
        SkipWs();
        if (AtEnd()) return false;
      } else if (had_ws) {
        out->combinators.push_back(CssCombinator::kDescendant);
      } else {
        return false;
      }
    }
    return true;
  }

  // A compound selector; used for :not() arguments too.
  bool ParseCompound(CssCompoundSelector* out) {
    bool any = false;
    if (!AtEnd() && s_[i_] == '*') {
      ++i_;
      any = true;
    } else if (!AtEnd() && IsIdentStart()) {
      out->tag = AsciiLower(ReadIdent());
      any = true;
    }
    if (!AtEnd() && s_[i_] == '|') return false;  // Namespaces: unsupported.
    while (!AtEnd()) {
      const char c = s_[i_];
      if (c == '#') {
        ++i_;
        std::string id = ReadIdentOrNumber();
        if (id.empty()) return false;
        if (!out->id.empty() && out->id != id) out->never_matches = true;
        out->id = std::move(id);
      } else if (c == '.') {
        ++i_;
        if (!IsIdentStart()) return false;
        out->classes.push_back(ReadIdent());
      } else if (c == '[') {
        ++i_;
        CssAttributeSelector attr;
        if (!ParseAttribute(&attr)) return false;
        out->attributes.push_back(std::move(attr));
      } else if (c == ':') {
        ++i_;
        if (!ParsePseudo(out)) return false;
      } else {
        break;
      }
      any = true;
    }
    return any;
  }

  bool AtEnd() const { return i_ >= s_.size(); }
  bool SkipWs() {
    const size_t start = i_;
    while (!AtEnd() && IsWs(s_[i_])) ++i_;
    return i_ > start;
  }

 private:
  bool IsIdentStart() const {
    if (AtEnd()) return false;
    const char c = s_[i_];
    if (c == '\\') return true;
    if (c == '-') {
      return i_ + 1 < s_.size() && (IsNameChar(s_[i_ + 1]) || s_[i_ + 1] == '\\') &&
             !(s_[i_ + 1] >= '0' && s_[i_ + 1] <= '9');
    }
    return IsNameChar(c) && !(c >= '0' && c <= '9');
  }

  // An identifier with escapes decoded (\31 → "1", \: → ":").
  std::string ReadIdent() {
    std::string out;
    while (!AtEnd()) {
      const char c = s_[i_];
      if (c == '\\') {
        ++i_;
        if (AtEnd()) break;
        size_t hex_len = 0;
        char32_t cp = 0;
        while (!AtEnd() && hex_len < 6 && std::isxdigit(static_cast<unsigned char>(s_[i_]))) {
          const char h = s_[i_];
          cp = cp * 16 + static_cast<char32_t>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
          ++i_;
          ++hex_len;
        }
        if (hex_len > 0) {
          if (!AtEnd() && IsWs(s_[i_])) ++i_;
          if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
          AppendUtf8(cp, &out);
        } else {
          out.push_back(s_[i_]);
          ++i_;
        }
      } else if (IsNameChar(c)) {
        out.push_back(c);
        ++i_;
      } else {
        break;
      }
    }
    return out;
  }

  std::string ReadIdentOrNumber() {
    if (AtEnd()) return "";
    return ReadIdent();
  }

  bool ParseAttribute(CssAttributeSelector* attr) {
    SkipWs();
    if (AtEnd() || !IsIdentStart()) return false;
    attr->name = AsciiLower(ReadIdent());
    SkipWs();
    if (AtEnd()) return false;
    if (s_[i_] == ']') {
      ++i_;
      return true;
    }
    using Op = CssAttributeSelector::Op;
    const char c = s_[i_];
    if (c == '=') {
      attr->op = Op::kEquals;
      ++i_;
    } else if (i_ + 1 < s_.size() && s_[i_ + 1] == '=') {
      switch (c) {
        case '~':
          attr->op = Op::kIncludes;
          break;
        case '|':
          attr->op = Op::kDashMatch;
          break;
        case '^':
          attr->op = Op::kPrefix;
          break;
        case '$':
          attr->op = Op::kSuffix;
          break;
        case '*':
          attr->op = Op::kSubstring;
          break;
        default:
          return false;
      }
      i_ += 2;
    } else {
      return false;
    }
    SkipWs();
    if (AtEnd()) return false;
    if (s_[i_] == '"' || s_[i_] == '\'') {
      const size_t end = SkipAtom(s_, i_);
      if (end - i_ < 2 || s_[end - 1] != s_[i_]) return false;
      std::string_view raw = s_.substr(i_ + 1, end - i_ - 2);
      for (size_t k = 0; k < raw.size(); ++k) {
        if (raw[k] == '\\' && k + 1 < raw.size()) ++k;
        attr->value.push_back(raw[k]);
      }
      i_ = end;
    } else {
      attr->value = ReadIdent();
      if (attr->value.empty()) {
        // Unquoted numbers ([colspan=2]) are invalid CSS, but browsers'
        // quirks accept digits; so do we.
        while (!AtEnd() && IsNameChar(s_[i_])) attr->value.push_back(s_[i_++]);
        if (attr->value.empty()) return false;
      }
    }
    SkipWs();
    if (!AtEnd() && (s_[i_] == 'i' || s_[i_] == 'I' || s_[i_] == 's' || s_[i_] == 'S')) {
      attr->case_insensitive = (s_[i_] | 0x20) == 'i';
      ++i_;
      SkipWs();
    }
    if (AtEnd() || s_[i_] != ']') return false;
    ++i_;
    return true;
  }

  // The argument of a functional pseudo-class, up to its ')'.
  bool ReadArgument(std::string_view* arg) {
    if (AtEnd() || s_[i_] != '(') return false;
    const size_t start = i_ + 1;
    const size_t end = FindTopLevel(s_, start, ")");
    if (end >= s_.size()) return false;
    *arg = TrimAscii(s_.substr(start, end - start));
    i_ = end + 1;
    return true;
  }

  static bool ParseNth(std::string_view arg, int* a, int* b) {
    std::string t;
    for (char c : arg) {
      if (!IsWs(c)) t.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (t == "odd") {
      *a = 2;
      *b = 1;
      return true;
    }
    if (t == "even") {
      *a = 2;
      *b = 0;
      return true;
    }
    size_t n = t.find('n');
    auto parse_int = [](std::string_view v, int* out) {
      if (v.empty()) return false;
      bool neg = false;
      if (v[0] == '+' || v[0] == '-') {
        neg = v[0] == '-';
        v.remove_prefix(1);
      }
      unsigned long long x = 0;
      if (!ParseUint(v, &x) || x > 100000) return false;
      *out = neg ? -static_cast<int>(x) : static_cast<int>(x);
      return true;
    };
    if (n == std::string::npos) {
      *a = 0;
      return parse_int(t, b);
    }
    std::string_view as = std::string_view(t).substr(0, n);
    if (as.empty() || as == "+") {
      *a = 1;
    } else if (as == "-") {
      *a = -1;
    } else if (!parse_int(as, a)) {
      return false;
    }
    std::string_view bs = std::string_view(t).substr(n + 1);
    if (bs.empty()) {
      *b = 0;
      return true;
    }
    return parse_int(bs, b);
  }

  bool ParsePseudo(CssCompoundSelector* out) {
    bool element = false;
    if (!AtEnd() && s_[i_] == ':') {
      element = true;
      ++i_;
    }
    if (AtEnd() || !IsIdentStart()) return false;
    const std::string name = AsciiLower(ReadIdent());
    using Kind = CssPseudoClass::Kind;
    std::string_view arg;
    const bool functional = !AtEnd() && s_[i_] == '(';
    if (functional && !ReadArgument(&arg)) return false;
    if (element || name == "before" || name == "after" || name == "first-line" ||
        name == "first-letter" || name == "selection" || name == "placeholder" ||
        name == "marker" || name.starts_with("-webkit-") || name.starts_with("-moz-") ||
        name.starts_with("-ms-")) {
      out->never_matches = true;  // Pseudo-elements style generated boxes.
      return true;
    }
    if (functional) {
      if (name == "not") {
        if (depth_ >= 4) return false;  // :not(:not(:not(…))) is an attack, not a page.
        for (std::string_view part : SplitTopLevel(arg, ',')) {
          SelectorParser inner(TrimAscii(part), depth_ + 1);
          CssCompoundSelector compound;
          if (!inner.ParseCompound(&compound)) return false;
          inner.SkipWs();
          if (!inner.AtEnd()) return false;  // Complex selectors in :not().
          out->negations.push_back(std::move(compound));
        }
        return true;
      }
      CssPseudoClass pseudo;
      if (name == "nth-child") {
        pseudo.kind = Kind::kNthChild;
      } else if (name == "nth-last-child") {
        pseudo.kind = Kind::kNthLastChild;
      } else if (name == "nth-of-type") {
        pseudo.kind = Kind::kNthOfType;
      } else if (name == "nth-last-of-type") {
        pseudo.kind = Kind::kNthLastOfType;
      } else {
        // :has(), :is(), :where(), :lang() …: unsupported, so the selector
        // never matches rather than matching too much.
        out->never_matches = true;
        return true;
      }
      if (!ParseNth(arg, &pseudo.a, &pseudo.b)) return false;
      out->pseudo_classes.push_back(pseudo);
      return true;
    }
    CssPseudoClass pseudo;
    if (name == "first-child") {
      pseudo = {Kind::kNthChild, 0, 1};
    } else if (name == "last-child") {
      pseudo = {Kind::kNthLastChild, 0, 1};
    } else if (name == "first-of-type") {
      pseudo = {Kind::kNthOfType, 0, 1};
    } else if (name == "last-of-type") {
      pseudo = {Kind::kNthLastOfType, 0, 1};
    } else if (name == "only-child") {
      pseudo.kind = Kind::kOnlyChild;
    } else if (name == "only-of-type") {
      pseudo.kind = Kind::kOnlyOfType;
    } else if (name == "root") {
      pseudo.kind = Kind::kRoot;
    } else if (name == "empty") {
      pseudo.kind = Kind::kEmpty;
    } else if (name == "link" || name == "any-link") {
      pseudo.kind = Kind::kLink;
    } else if (name == "checked") {
      pseudo.kind = Kind::kChecked;
    } else if (name == "disabled") {
      pseudo.kind = Kind::kDisabled;
    } else if (name == "enabled") {
      pseudo.kind = Kind::kEnabled;
    } else {
      // :hover, :focus, :active, :visited, :target, :focus-within … describe
      // states a visitor reaches by interacting, and unknown ones may be
      // anything: neither may show or hide content by default.
      out->never_matches = true;
      return true;
    }
    out->pseudo_classes.push_back(pseudo);
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
  int depth_ = 0;
};

uint32_t Saturate(uint32_t v) { return std::min<uint32_t>(v, 255); }

void CountSpecificity(const CssCompoundSelector& c, uint32_t* ids, uint32_t* classes,
                      uint32_t* types) {
  if (!c.id.empty()) ++*ids;
  *classes +=
      static_cast<uint32_t>(c.classes.size() + c.attributes.size() + c.pseudo_classes.size());
  if (!c.tag.empty()) ++*types;
  for (const CssCompoundSelector& n : c.negations) CountSpecificity(n, ids, classes, types);
}

// ---------------------------------------------------------------------------
// Media queries.

// A length in a media feature, in CSS px; NaN when not a length.
double MediaLength(std::string_view v) {
  v = TrimAscii(v);
  size_t end = 0;
  while (end < v.size() && ((v[end] >= '0' && v[end] <= '9') || v[end] == '.')) ++end;
  if (end == 0) return NAN;
  double number = std::strtod(std::string(v.substr(0, end)).c_str(), nullptr);
  std::string unit = AsciiLower(TrimAscii(v.substr(end)));
  if (unit == "px" || (unit.empty() && number == 0)) return number;
  if (unit == "em" || unit == "rem") return number * 16;
  if (unit == "pt") return number * 4 / 3;
  return NAN;
}

bool MediaFeatureMatches(std::string_view feature) {
  constexpr double kWidth = 1366, kHeight = 768;
  size_t colon = feature.find(':');
  std::string name = AsciiLower(TrimAscii(feature.substr(0, colon)));
  std::string_view value =
      colon == std::string_view::npos ? std::string_view() : TrimAscii(feature.substr(colon + 1));
  std::string lower_value = AsciiLower(value);
  auto compare = [&](std::string_view base, double actual) -> int {
    // -1: not this feature; 0: false; 1: true.
    if (name == base) return std::abs(MediaLength(value) - actual) < 0.5 ? 1 : 0;
    if (name == "min-" + std::string(base)) return actual >= MediaLength(value) ? 1 : 0;
    if (name == "max-" + std::string(base)) return actual <= MediaLength(value) ? 1 : 0;
    return -1;
  };
  for (auto [base, actual] : {std::pair<std::string_view, double>{"width", kWidth},
                              {"height", kHeight},
                              {"device-width", kWidth},
                              {"device-height", kHeight}}) {
    int r = compare(base, actual);
    if (r >= 0) return r == 1;
  }
  if (name.find("device-pixel-ratio") != std::string::npos || name.ends_with("resolution")) {
    double ratio = std::strtod(lower_value.c_str(), nullptr);
    if (lower_value.ends_with("dpi")) ratio /= 96;
    if (name.find("min-") != std::string::npos) return ratio <= 1;
    if (name.find("max-") != std::string::npos) return ratio >= 1;
    return ratio == 1;
  }
  if (name == "orientation") return lower_value == "landscape";
  if (name == "prefers-color-scheme") return lower_value == "light";
  if (name == "prefers-reduced-motion") return lower_value == "no-preference";
  if (name == "hover" || name == "any-hover") return value.empty() || lower_value == "hover";
  if (name == "pointer" || name == "any-pointer") return value.empty() || lower_value == "fine";
  if (name == "color") return true;
  if (name == "monochrome") return lower_value.empty() ? false : lower_value == "0";
  return false;
}

bool SingleMediaQueryMatches(std::string_view query) {
  std::string q = AsciiLower(TrimAscii(query));
  if (q.empty()) return true;
  bool negate = false;
  std::string_view rest = q;
  auto take_word = [&](std::string_view word) {
    if (rest.starts_with(word) &&
        (rest.size() == word.size() || IsWs(rest[word.size()]) || rest[word.size()] == '(')) {
      rest = TrimAscii(rest.substr(word.size()));
      return true;
    }
    return false;
  };
  if (take_word("not")) {
    negate = true;
  } else {
    take_word("only");
  }
  bool result = true;
  if (!rest.empty() && rest[0] != '(') {
    size_t end = 0;
    while (end < rest.size() && IsNameChar(rest[end])) ++end;
    std::string_view type = rest.substr(0, end);
    result = type == "all" || type == "screen";
    rest = TrimAscii(rest.substr(end));
    if (!rest.empty() && !take_word("and")) return false;
  }
  while (!rest.empty()) {
    if (rest[0] != '(') return false;
    size_t end = FindTopLevel(rest, 1, ")");
    if (end >= rest.size()) return false;
    if (!MediaFeatureMatches(rest.substr(1, end - 1))) result = false;
    rest = TrimAscii(rest.substr(end + 1));
    if (!rest.empty() && !take_word("and")) return false;
  }
  return negate ? !result : result;
}

// ---------------------------------------------------------------------------
// Rules.

void ParseBlockContents(std::string_view text, int depth, CssStyleSheet* sheet);

void ParseAtRule(std::string_view text, size_t* pos, int depth, CssStyleSheet* sheet) {
  size_t i = *pos + 1;
  size_t name_end = i;
  while (name_end < text.size() && IsNameChar(text[name_end])) ++name_end;
  const std::string name = AsciiLower(text.substr(i, name_end - i));
  const size_t stop = FindTopLevel(text, name_end, "{;");
  std::string_view prelude = TrimAscii(text.substr(name_end, stop - name_end));
  if (stop >= text.size() || text[stop] == ';') {
    if (name == "import") {
      // @import url("a.css") screen; / @import "a.css";
      std::string_view target = prelude;
      if (StartsWithIgnoreCase(target, "url(")) {
        size_t close = target.find(')');
        target =
            target.substr(4, close == std::string_view::npos ? std::string_view::npos : close - 4);
      } else {
        size_t end = FindTopLevel(target, 0, " \t\n");
        target = target.substr(0, end);
      }
      target = TrimAscii(target);
      if (target.size() >= 2 && (target.front() == '"' || target.front() == '\'')) {
        target = target.substr(1, target.size() - 2);
      }
      if (!target.empty()) sheet->imports.emplace_back(target);
    }
    *pos = std::min(stop + 1, text.size());
    return;
  }
  const size_t end = FindBlockEnd(text, stop);
  std::string_view body = text.substr(stop + 1, end - stop - 1);
  *pos = std::min(end + 1, text.size());
  if (depth >= kMaxNesting) return;
  if (name == "media") {
    bool any = false;
    for (std::string_view q : SplitTopLevel(prelude, ',')) any |= SingleMediaQueryMatches(q);
    if (any) ParseBlockContents(body, depth + 1, sheet);
  } else if (name == "supports" || name == "layer" || name == "document" ||
             name == "-moz-document" || name == "container" || name == "scope") {
    ParseBlockContents(body, depth + 1, sheet);
  }
  // @font-face, @keyframes, @page, @counter-style …: nothing that decides
  // whether an element is visible.
}

void ParseBlockContents(std::string_view text, int depth, CssStyleSheet* sheet) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsWs(text[i])) ++i;
    if (i >= text.size()) break;
    if (text.substr(i).starts_with("<!--")) {
      i += 4;
      continue;
    }
    if (text.substr(i).starts_with("-->")) {
      i += 3;
      continue;
    }
    const char c = text[i];
    if (c == '}' || c == ';') {
      ++i;
      continue;
    }
    if (c == '@') {
      ParseAtRule(text, &i, depth, sheet);
      continue;
    }
    const size_t open = FindTopLevel(text, i, "{");
    if (open >= text.size()) break;
    std::string_view prelude = TrimAscii(text.substr(i, open - i));
    const size_t end = FindBlockEnd(text, open);
    std::string_view body = text.substr(open + 1, end - open - 1);
    i = std::min(end + 1, text.size());
    CssRule rule;
    bool valid = !prelude.empty();
    for (std::string_view part : SplitTopLevel(prelude, ',')) {
      CssSelector selector;
      if (!ParseCssSelector(part, &selector)) {
        valid = false;
        break;
      }
      rule.selectors.push_back(std::move(selector));
    }
    if (!valid) continue;
    rule.declarations = ParseCssDeclarations(body);
    if (rule.declarations.empty()) continue;
    sheet->rules.push_back(std::move(rule));
  }
}

}  // namespace

bool ParseCssSelector(std::string_view text, CssSelector* selector) {
  *selector = CssSelector();
  text = TrimAscii(text);
  SelectorParser parser(text);
  if (!parser.Parse(selector)) return false;
  uint32_t ids = 0, classes = 0, types = 0;
  for (const CssCompoundSelector& c : selector->compounds) {
    CountSpecificity(c, &ids, &classes, &types);
  }
  selector->specificity = (Saturate(ids) << 16) | (Saturate(classes) << 8) | Saturate(types);
  selector->text = CollapseWhitespace(text);
  return true;
}

std::vector<CssDeclaration> ParseCssDeclarations(std::string_view block) {
  std::vector<CssDeclaration> out;
  size_t i = 0;
  while (i < block.size()) {
    const size_t end = FindTopLevel(block, i, ";");
    std::string_view decl = TrimAscii(block.substr(i, end - i));
    i = end + 1;
    const size_t colon = decl.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    std::string_view name = TrimAscii(decl.substr(0, colon));
    // IE hacks (*zoom, _height) are ignored by browsers; so are bad names.
    if (name.empty() || !std::all_of(name.begin(), name.end(), IsNameChar)) continue;
    std::string_view value = TrimAscii(decl.substr(colon + 1));
    CssDeclaration d;
    const size_t bang = FindTopLevel(value, 0, "!");
    if (bang < value.size()) {
      std::string_view flag = TrimAscii(value.substr(bang + 1));
      if (!EqualsIgnoreCase(flag, "important")) continue;
      d.important = true;
      value = TrimAscii(value.substr(0, bang));
    }
    if (value.empty()) continue;
    d.property = AsciiLower(name);
    d.value = std::string(value);
    out.push_back(std::move(d));
  }
  return out;
}

CssStyleSheet ParseCss(std::string_view css) {
  CssStyleSheet sheet;
  const std::string text = StripComments(css);
  ParseBlockContents(text, 0, &sheet);
  return sheet;
}

std::vector<std::string> FindCssUrls(std::string_view css) {
  std::vector<std::string> urls;
  std::unordered_set<std::string> seen;
  bool in_import = false;  // Between "@import" and its ';'.
  size_t i = 0;
  while (i < css.size()) {
    const char c = css[i];
    if (c == '/' && i + 1 < css.size() && css[i + 1] == '*') {
      const size_t end = css.find("*/", i + 2);
      i = end == std::string_view::npos ? css.size() : end + 2;
      continue;
    }
    if (c == '"' || c == '\'') {  // A string outside url(): skip it whole.
      size_t j = i + 1;
      while (j < css.size() && css[j] != c && css[j] != '\n') j += css[j] == '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (c == '@') {
      in_import = StartsWithIgnoreCase(css.substr(i + 1), "import") &&
                  (i + 7 >= css.size() || !IsNameChar(css[i + 7]));
      ++i;
      continue;
    }
    if (c == ';' || c == '{' || c == '}') in_import = false;
    if ((c != 'u' && c != 'U') || (i > 0 && IsNameChar(css[i - 1])) ||
        !StartsWithIgnoreCase(css.substr(i), "url(")) {
      ++i;
      continue;
    }
    size_t j = i + 4;
    while (j < css.size() && IsWs(css[j])) ++j;
    std::string url;
    if (j < css.size() && (css[j] == '"' || css[j] == '\'')) {
      const char quote = css[j++];
      while (j < css.size() && css[j] != quote && css[j] != '\n') {
        if (css[j] == '\\' && j + 1 < css.size()) ++j;
        url.push_back(css[j++]);
      }
      const size_t close = css.find(')', j);
      i = close == std::string_view::npos ? css.size() : close + 1;
    } else {
      while (j < css.size() && css[j] != ')') {
        if (css[j] == '\\' && j + 1 < css.size()) ++j;
        url.push_back(css[j++]);
      }
      i = j + 1;
    }
    std::string_view target = TrimAscii(url);
    if (in_import || target.empty() || target.front() == '#' ||
        StartsWithIgnoreCase(target, "data:")) {
      continue;
    }
    if (seen.emplace(target).second) urls.emplace_back(target);
  }
  return urls;
}

bool MediaQueryMatches(std::string_view query) {
  for (std::string_view q : SplitTopLevel(query, ',')) {
    if (SingleMediaQueryMatches(q)) return true;
  }
  return false;
}

}  // namespace govmon
