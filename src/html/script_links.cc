// A small JavaScript tokenizer (identifiers, punctuation, string literals with
// escapes decoded; comments and regular-expression literals skipped) and a
// pattern matcher over its tokens. Expressions are evaluated only as far as
// "a string made of literals": `"<a href=" + u + ">"` with `u` a known string
// variable works, a function call result does not (and is left out).
#include "html/script_links.h"

#include <algorithm>
#include <unordered_map>

#include "base/utf8.h"

namespace govmon {
namespace {

constexpr size_t kMaxOutputs = 500;
constexpr size_t kMaxTotalBytes = 4 << 20;  // Variables plus outputs, per script.
constexpr size_t kMaxValueBytes = 1 << 20;
constexpr size_t kMaxTokens = 2'000'000;

struct Token {
  enum class Type { kIdent, kPunct, kString, kNumber } type;
  std::string text;  // Identifier, punctuator, decoded string or number.
  size_t offset;
};

bool IsIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsIdentChar(char c) { return IsIdentStart(c) || (c >= '0' && c <= '9'); }

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Reads `count` hex digits at s[i]; -1 if they are not all hex.
long ReadHex(std::string_view s, size_t i, size_t count) {
  if (i + count > s.size()) return -1;
  long v = 0;
  for (size_t k = 0; k < count; ++k) {
    const int h = Hex(s[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

void AppendCodePoint(long cp, std::string* out) {
  if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  AppendUtf8(static_cast<char32_t>(cp), out);
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view js) : s_(js) {}

  std::vector<Token> Run() {
    std::vector<Token> tokens;
    while (i_ < s_.size() && tokens.size() < kMaxTokens) {
      const char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++i_;
      } else if (c == '/' && Peek(1) == '/') {
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
      } else if (c == '/' && Peek(1) == '*') {
        size_t end = s_.find("*/", i_ + 2);
        i_ = end == std::string_view::npos ? s_.size() : end + 2;
      } else if (c == '<' && s_.substr(i_).starts_with("<!--")) {
        i_ += 4;  // Old-style script hiding.
      } else if (c == '-' && s_.substr(i_).starts_with("-->")) {
        i_ += 3;
      } else if (c == '"' || c == '\'' || c == '`') {
        const size_t start = i_;
        tokens.push_back({Token::Type::kString, ReadString(c), start});
      } else if (c == '/' && RegexAllowed(tokens)) {
        SkipRegex();
      } else if (IsIdentStart(c)) {
        const size_t start = i_;
        while (i_ < s_.size() && IsIdentChar(s_[i_])) ++i_;
        tokens.push_back({Token::Type::kIdent, std::string(s_.substr(start, i_ - start)), start});
      } else if (c >= '0' && c <= '9') {
        const size_t start = i_;
        while (i_ < s_.size() && (IsIdentChar(s_[i_]) || s_[i_] == '.')) ++i_;
        tokens.push_back({Token::Type::kNumber, std::string(s_.substr(start, i_ - start)), start});
      } else {
        const size_t start = i_;
        // Multi-character operators that matter: == === != += and friends.
        std::string op(1, c);
        ++i_;
        while (i_ < s_.size() && op.size() < 3 &&
               (s_[i_] == '=' || (s_[i_] == c && c != '(' && c != ')' && c != '[' && c != ']' &&
                                  c != '{' && c != '}'))) {
          op.push_back(s_[i_++]);
        }
        tokens.push_back({Token::Type::kPunct, std::move(op), start});
      }
    }
    return tokens;
  }

 private:
  char Peek(size_t k) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }

  // A '/' starts a regular expression where an operand is expected.
  static bool RegexAllowed(const std::vector<Token>& tokens) {
    if (tokens.empty()) return true;
    const Token& t = tokens.back();
    if (t.type == Token::Type::kString || t.type == Token::Type::kNumber) return false;
    if (t.type == Token::Type::kIdent) {
      return t.text == "return" || t.text == "typeof" || t.text == "case" || t.text == "in" ||
             t.text == "of" || t.text == "void";
    }
    return t.text != ")" && t.text != "]" && t.text != "}";
  }

  void SkipRegex() {
    ++i_;
    bool in_class = false;
    while (i_ < s_.size() && s_[i_] != '\n') {
      const char c = s_[i_];
      if (c == '\\') {
        i_ += 2;
        continue;
      }
      if (c == '[') in_class = true;
      if (c == ']') in_class = false;
      ++i_;
      if (c == '/' && !in_class) break;
    }
    while (i_ < s_.size() && IsIdentChar(s_[i_])) ++i_;  // Flags.
  }

  std::string ReadString(char quote) {
    std::string out;
    ++i_;
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == quote) {
        ++i_;
        break;
      }
      if (c == '\n' && quote != '`') break;  // Unterminated.
      if (c != '\\') {
        if (out.size() < kMaxValueBytes) out.push_back(c);
        ++i_;
        continue;
      }
      const char e = Peek(1);
      i_ += 2;
      switch (e) {
        case 'n':
          out.push_back('\n');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'v':
          out.push_back('\v');
          break;
        case '0':
          out.push_back('\0');
          break;
        case '\r':
          if (Peek(0) == '\n') ++i_;
          break;
        case '\n':
          break;  // Line continuation.
        case 'x': {
          long v = ReadHex(s_, i_, 2);
          if (v >= 0) {
            AppendCodePoint(v, &out);
            i_ += 2;
          } else {
            out.push_back('x');
          }
          break;
        }
        case 'u': {
          long v = -1;
          if (Peek(0) == '{') {
            size_t close = s_.find('}', i_);
            if (close != std::string_view::npos && close - i_ <= 7) {
              v = ReadHex(s_, i_ + 1, close - i_ - 1);
              if (v >= 0) i_ = close + 1;
            }
          } else {
            v = ReadHex(s_, i_, 4);
            if (v >= 0) {
              i_ += 4;
              // A surrogate pair written as two escapes.
              if (v >= 0xD800 && v <= 0xDBFF && Peek(0) == '\\' && Peek(1) == 'u') {
                long low = ReadHex(s_, i_ + 2, 4);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                  v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
                  i_ += 6;
                }
              }
            }
          }
          if (v >= 0) {
            AppendCodePoint(v, &out);
          } else {
            out.push_back('u');
          }
          break;
        }
        case '\0':
          break;
        default:
          out.push_back(e);
          break;
      }
    }
    return out;
  }

  std::string_view s_;
  size_t i_ = 0;
};

// unescape(): %XX and %uXXXX.
std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 5 < s.size() + 0 && (s[i + 1] == 'u' || s[i + 1] == 'U')) {
        long v = ReadHex(s, i + 2, 4);
        if (v >= 0) {
          AppendCodePoint(v, &out);
          i += 5;
          continue;
        }
      }
      long v = ReadHex(s, i + 1, 2);
      if (v >= 0) {
        out.push_back(static_cast<char>(v));
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

class Matcher {
 public:
  explicit Matcher(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  std::vector<ScriptOutput> Run() {
    for (size_t i = 0; i < t_.size() && out_.size() < kMaxOutputs; ++i) {
      const Token& tok = t_[i];
      if (tok.type != Token::Type::kIdent) continue;
      if ((tok.text == "var" || tok.text == "let" || tok.text == "const") && i + 2 < t_.size() &&
          t_[i + 1].type == Token::Type::kIdent && IsPunct(i + 2, "=")) {
        size_t j = i + 3;
        std::string value;
        if (Evaluate(&j, &value)) Store(t_[i + 1].text, std::move(value), false);
        continue;
      }
      if (tok.text == "write" || tok.text == "writeln") {
        // document.write( … ) — also with window.document.
        if (i >= 2 && IsPunct(i - 1, ".") && IsIdent(i - 2, "document") && IsPunct(i + 1, "(")) {
          size_t j = i + 2;
          std::string value;
          if (Evaluate(&j, &value)) Emit(ScriptOutput::Kind::kHtml, std::move(value), i - 2);
        }
        continue;
      }
      if (tok.text == "innerHTML" || tok.text == "outerHTML") {
        if (i >= 1 && IsPunct(i - 1, ".") && (IsPunct(i + 1, "=") || IsPunct(i + 1, "+="))) {
          size_t j = i + 2;
          std::string value;
          if (Evaluate(&j, &value)) Emit(ScriptOutput::Kind::kHtml, std::move(value), i);
        }
        continue;
      }
      if (tok.text == "insertAdjacentHTML") {
        // el.insertAdjacentHTML("beforeend", html)
        if (IsPunct(i + 1, "(") && i + 3 < t_.size() && IsPunct(i + 3, ",")) {
          size_t j = i + 4;
          std::string value;
          if (Evaluate(&j, &value)) Emit(ScriptOutput::Kind::kHtml, std::move(value), i);
        }
        continue;
      }
      if (tok.text == "location") {
        MatchRedirect(i);
        continue;
      }
      // A plain assignment to a known variable: x = "…"; x += "…".
      if (i + 1 < t_.size() && (IsPunct(i + 1, "=") || IsPunct(i + 1, "+=")) &&
          (i == 0 || !IsPunct(i - 1, "."))) {
        size_t j = i + 2;
        std::string value;
        if (Evaluate(&j, &value)) Store(tok.text, std::move(value), IsPunct(i + 1, "+="));
      }
    }
    return std::move(out_);
  }

 private:
  bool IsPunct(size_t i, std::string_view p) const {
    return i < t_.size() && t_[i].type == Token::Type::kPunct && t_[i].text == p;
  }
  bool IsIdent(size_t i, std::string_view name) const {
    return i < t_.size() && t_[i].type == Token::Type::kIdent && t_[i].text == name;
  }

  // Stores a variable's value unless the script has used up its budget
  // (`x += x` in a loop would otherwise double without end).
  void Store(const std::string& name, std::string value, bool append) {
    if (total_bytes_ + value.size() > kMaxTotalBytes) return;
    total_bytes_ += value.size();
    if (append) {
      vars_[name] += value;
    } else {
      vars_[name] = std::move(value);
    }
  }

  void Emit(ScriptOutput::Kind kind, std::string value, size_t token) {
    if (value.empty() || total_bytes_ + value.size() > kMaxTotalBytes) return;
    total_bytes_ += value.size();
    out_.push_back({kind, std::move(value), t_[token].offset});
  }

  // location = …, location.href = …, location.replace(…), location.assign(…)
  // (with any window./top./self./parent./document. prefix).
  void MatchRedirect(size_t i) {
    size_t j = i + 1;
    if (IsPunct(j, "=")) {
      ++j;
    } else if (IsPunct(j, ".") && IsIdent(j + 1, "href") && IsPunct(j + 2, "=")) {
      j += 3;
    } else if (IsPunct(j, ".") && (IsIdent(j + 1, "replace") || IsIdent(j + 1, "assign")) &&
               IsPunct(j + 2, "(")) {
      j += 3;
    } else {
      return;
    }
    // `var location = …` is a local variable, not a redirect.
    if (i >= 1 && (IsIdent(i - 1, "var") || IsIdent(i - 1, "let") || IsIdent(i - 1, "const"))) {
      return;
    }
    std::string value;
    if (Evaluate(&j, &value)) Emit(ScriptOutput::Kind::kRedirect, std::move(value), i);
  }

  // Evaluates a string expression starting at token *j: operands joined by
  // '+'. True when at least one operand was a known string; unknown operands
  // (function calls, unknown variables) make it false.
  bool Evaluate(size_t* j, std::string* value, int depth = 0) {
    if (depth > 8) return false;
    bool known = false;
    while (*j < t_.size()) {
      if (!Operand(j, value, &known, depth)) return false;
      if (value->size() > kMaxValueBytes) return false;
      if (IsPunct(*j, "+")) {
        ++*j;
        continue;
      }
      break;
    }
    return known;
  }

  bool Operand(size_t* j, std::string* value, bool* known, int depth) {
    if (*j >= t_.size()) return false;
    const Token& t = t_[*j];
    if (t.type == Token::Type::kString) {
      *value += t.text;
      *known = true;
      ++*j;
      return true;
    }
    if (t.type == Token::Type::kNumber) {
      *value += t.text;
      ++*j;
      return true;
    }
    if (t.type == Token::Type::kPunct && t.text == "(") {
      ++*j;
      std::string inner;
      if (!Evaluate(j, &inner, depth + 1) || !IsPunct(*j, ")")) return false;
      ++*j;
      *value += inner;
      *known = true;
      return true;
    }
    if (t.type != Token::Type::kIdent) return false;
    // unescape(…), decodeURIComponent(…), decodeURI(…), escape-free wrappers.
    if ((t.text == "unescape" || t.text == "decodeURIComponent" || t.text == "decodeURI") &&
        IsPunct(*j + 1, "(")) {
      *j += 2;
      std::string inner;
      if (!Evaluate(j, &inner, depth + 1) || !IsPunct(*j, ")")) return false;
      ++*j;
      *value += Unescape(inner);
      *known = true;
      return true;
    }
    // String.fromCharCode(104, 116, …)
    if (t.text == "String" && IsPunct(*j + 1, ".") && IsIdent(*j + 2, "fromCharCode") &&
        IsPunct(*j + 3, "(")) {
      *j += 4;
      while (*j < t_.size() && t_[*j].type == Token::Type::kNumber) {
        const std::string& n = t_[*j].text;
        long cp = n.starts_with("0x") || n.starts_with("0X")
                      ? std::strtol(n.c_str() + 2, nullptr, 16)
                      : std::strtol(n.c_str(), nullptr, 10);
        AppendCodePoint(cp, value);
        ++*j;
        if (IsPunct(*j, ",")) ++*j;
      }
      if (!IsPunct(*j, ")")) return false;
      ++*j;
      *known = true;
      return true;
    }
    auto it = vars_.find(t.text);
    if (it == vars_.end() || IsPunct(*j + 1, "(") || IsPunct(*j + 1, ".") || IsPunct(*j + 1, "[")) {
      return false;
    }
    *value += it->second;
    *known = true;
    ++*j;
    return true;
  }

  std::vector<Token> t_;
  std::unordered_map<std::string, std::string> vars_;
  std::vector<ScriptOutput> out_;
  size_t total_bytes_ = 0;
};

}  // namespace

std::vector<ScriptOutput> FindScriptOutputs(std::string_view js) {
  return Matcher(Tokenizer(js).Run()).Run();
}

std::shared_ptr<const std::vector<ScriptOutput>> ScriptOutputCache::Get(const std::string& url,
                                                                        std::string_view js) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = outputs_.find(url);
    if (it != outputs_.end()) return it->second;
  }
  // Computed outside the lock; two threads may both compute one script once.
  auto outputs = std::make_shared<const std::vector<ScriptOutput>>(FindScriptOutputs(js));
  std::lock_guard<std::mutex> lock(mu_);
  return outputs_.try_emplace(url, std::move(outputs)).first->second;
}

}  // namespace govmon
