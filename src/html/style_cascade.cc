// The cascade, per element: every rule that could apply is found through the
// sheets' indexes (by the rightmost compound's id, else one of its classes,
// else its tag, else the universal list), matched right to left against the
// DOM, and each of its values competes for its property under one 64-bit key
// that orders exactly as CSS does:
//   !important › origin level (UA < attributes < sheets < inline) ›
//   specificity › sheet order › rule order.
// Inherited properties without a value of their own take the parent's.
#include "html/style_cascade.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <span>

#include "base/strings.h"
#include "html/tag_flags.h"

namespace govmon {

using namespace std::string_view_literals;
namespace {

bool IsWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct NamedColor {
  std::string_view name;
  Rgba color;
};

// The colour names pages actually use for text and backgrounds.
constexpr NamedColor kNamedColors[] = {
    {"white", {255, 255, 255, 255}},
    {"black", {0, 0, 0, 255}},
    {"red", {255, 0, 0, 255}},
    {"green", {0, 128, 0, 255}},
    {"blue", {0, 0, 255, 255}},
    {"yellow", {255, 255, 0, 255}},
    {"gray", {128, 128, 128, 255}},
    {"grey", {128, 128, 128, 255}},
    {"silver", {192, 192, 192, 255}},
    {"navy", {0, 0, 128, 255}},
    {"maroon", {128, 0, 0, 255}},
    {"purple", {128, 0, 128, 255}},
    {"orange", {255, 165, 0, 255}},
    {"lime", {0, 255, 0, 255}},
    {"aqua", {0, 255, 255, 255}},
    {"cyan", {0, 255, 255, 255}},
    {"fuchsia", {255, 0, 255, 255}},
    {"magenta", {255, 0, 255, 255}},
    {"olive", {128, 128, 0, 255}},
    {"teal", {0, 128, 128, 255}},
    {"whitesmoke", {245, 245, 245, 255}},
    {"snow", {255, 250, 250, 255}},
    {"ivory", {255, 255, 240, 255}},
    {"lightgray", {211, 211, 211, 255}},
    {"lightgrey", {211, 211, 211, 255}},
    {"darkgray", {169, 169, 169, 255}},
    {"darkred", {139, 0, 0, 255}},
    {"darkblue", {0, 0, 139, 255}},
    {"gold", {255, 215, 0, 255}},
    {"pink", {255, 192, 203, 255}},
    {"brown", {165, 42, 42, 255}},
    {"transparent", {0, 0, 0, 0}},
};

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool ParseNumber(std::string_view text, float* value, std::string_view* rest) {
  size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  const size_t digits = i;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
  if (i == digits) return false;
  std::string number(text.substr(0, i));
  char* end = nullptr;
  const double v = std::strtod(number.c_str(), &end);
  if (end == number.c_str() || !std::isfinite(v)) return false;
  *value = static_cast<float>(std::clamp(v, -1e9, 1e9));
  *rest = text.substr(i);
  return true;
}

// Splits a value into space-separated tokens, keeping functions whole.
std::vector<std::string_view> Tokens(std::string_view value) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (IsWs(value[i]) || value[i] == ',')) ++i;
    if (i >= value.size()) break;
    const size_t start = i;
    int depth = 0;
    while (i < value.size() && (depth > 0 || !(IsWs(value[i]) || value[i] == ','))) {
      if (value[i] == '(') ++depth;
      if (value[i] == ')' && depth > 0) --depth;
      ++i;
    }
    out.push_back(value.substr(start, i - start));
  }
  return out;
}

// The arguments of a function value "name(a, b c)", or false.
bool FunctionArgs(std::string_view value, std::string_view name, std::string_view* args) {
  if (!StartsWithIgnoreCase(value, name)) return false;
  std::string_view rest = TrimAscii(value.substr(name.size()));
  if (rest.empty() || rest.front() != '(') return false;
  const size_t close = rest.rfind(')');
  if (close == std::string_view::npos) return false;
  *args = rest.substr(1, close - 1);
  return true;
}

float ToPxApprox(const CssLength& l) {
  switch (l.unit) {
    case CssLength::Unit::kPx:
      return l.value;
    case CssLength::Unit::kEm:
    case CssLength::Unit::kRem:
      return l.value * 16;
    default:
      return NAN;
  }
}

bool ClipRectHides(std::string_view args) {
  std::vector<std::string_view> parts = Tokens(args);
  if (parts.size() != 4) return false;
  float v[4];
  for (int k = 0; k < 4; ++k) {
    CssLength l;
    if (!ParseCssLength(parts[k], &l)) return false;
    v[k] = ToPxApprox(l);
    if (std::isnan(v[k])) return false;  // auto: the box's own edge.
  }
  // rect(top, right, bottom, left)
  return v[2] - v[0] <= 1 || v[1] - v[3] <= 1;
}

bool ClipPathHides(std::string_view value) {
  std::string_view args;
  if (FunctionArgs(value, "inset", &args)) {
    for (std::string_view t : Tokens(args)) {
      if (EqualsIgnoreCase(t, "round")) break;
      CssLength l;
      if (ParseCssLength(t, &l) && l.unit == CssLength::Unit::kPercent && l.value >= 50) {
        return true;
      }
    }
    return false;
  }
  if (FunctionArgs(value, "circle", &args) || FunctionArgs(value, "ellipse", &args)) {
    std::vector<std::string_view> t = Tokens(args);
    if (t.empty()) return false;
    CssLength l;
    return ParseCssLength(t[0], &l) && l.value == 0;
  }
  if (FunctionArgs(value, "polygon", &args)) {
    // All vertices the same point: nothing left.
    std::vector<std::string_view> t = Tokens(args);
    if (t.size() < 2) return false;
    for (size_t k = 2; k + 1 < t.size(); k += 2) {
      if (t[k] != t[0] || t[k + 1] != t[1]) return false;
    }
    return true;
  }
  return false;
}

void ParseTransform(std::string_view value, StyleValue* v) {
  for (std::string_view fn : Tokens(value)) {
    std::string_view args;
    if (FunctionArgs(fn, "scale", &args) || FunctionArgs(fn, "scalex", &args) ||
        FunctionArgs(fn, "scaley", &args) || FunctionArgs(fn, "scale3d", &args)) {
      for (std::string_view a : Tokens(args)) {
        float f = 1;
        std::string_view rest;
        if (ParseNumber(a, &f, &rest) && std::abs(f) < 0.01f) v->hides = true;
      }
    } else if (FunctionArgs(fn, "translate", &args) || FunctionArgs(fn, "translatex", &args) ||
               FunctionArgs(fn, "translatey", &args) || FunctionArgs(fn, "translate3d", &args)) {
      for (std::string_view a : Tokens(args)) {
        CssLength l;
        if (ParseCssLength(a, &l) && ToPxApprox(l) <= -1000) v->moves_offscreen = true;
      }
    }
  }
}

CssKeyword DisplayKeyword(std::string_view v) {
  if (EqualsIgnoreCase(v, "none")) return kDisplayNone;
  if (EqualsIgnoreCase(v, "inline")) return kDisplayInline;
  return kDisplayBlock;
}

bool IsFontSizeKeyword(std::string_view t, float* px) {
  static constexpr std::pair<std::string_view, float> kSizes[] = {
      {"xx-small", 9}, {"x-small", 10}, {"small", 13},    {"medium", 16},
      {"large", 18},   {"x-large", 24}, {"xx-large", 32}, {"xxx-large", 48}};
  for (auto [name, size] : kSizes) {
    if (EqualsIgnoreCase(t, name)) {
      *px = size;
      return true;
    }
  }
  return false;
}

// Adds one value for `property` parsed from `value`; false when it does not
// parse (the declaration is then dropped, as browsers do).
bool CompileValue(CssProperty property, std::string_view value, StyleValue* v) {
  v->property = property;
  if (EqualsIgnoreCase(value, "inherit")) {
    v->inherit = true;
    return true;
  }
  if (EqualsIgnoreCase(value, "initial") || EqualsIgnoreCase(value, "unset") ||
      EqualsIgnoreCase(value, "revert") || EqualsIgnoreCase(value, "revert-layer")) {
    if (EqualsIgnoreCase(value, "unset") && IsInheritedProperty(property)) {
      v->inherit = true;
    } else {
      v->initial = true;
    }
    return true;
  }
  switch (property) {
    case CssProperty::kDisplay:
      v->keyword = DisplayKeyword(value);
      return true;
    case CssProperty::kVisibility:
      v->keyword = EqualsIgnoreCase(value, "hidden") || EqualsIgnoreCase(value, "collapse")
                       ? kVisibilityHidden
                       : kVisibilityVisible;
      return true;
    case CssProperty::kPosition:
      if (EqualsIgnoreCase(value, "absolute")) {
        v->keyword = kPositionAbsolute;
      } else if (EqualsIgnoreCase(value, "fixed")) {
        v->keyword = kPositionFixed;
      } else if (EqualsIgnoreCase(value, "relative")) {
        v->keyword = kPositionRelative;
      } else if (EqualsIgnoreCase(value, "sticky")) {
        v->keyword = kPositionSticky;
      } else {
        v->keyword = kPositionStatic;
      }
      return true;
    case CssProperty::kOverflowX:
    case CssProperty::kOverflowY:
      v->keyword = EqualsIgnoreCase(value, "visible") ? kOverflowVisible : kOverflowHidden;
      return true;
    case CssProperty::kOpacity: {
      float f = 1;
      std::string_view rest;
      if (!ParseNumber(value, &f, &rest)) return false;
      if (TrimAscii(rest) == "%") f /= 100;
      v->number = f;
      return true;
    }
    case CssProperty::kColor:
    case CssProperty::kBackgroundColor:
      return ParseCssColor(value, &v->color);
    case CssProperty::kBackgroundImage:
      v->image = !EqualsIgnoreCase(value, "none");
      return true;
    case CssProperty::kClip: {
      std::string_view args;
      v->hides = FunctionArgs(value, "rect", &args) && ClipRectHides(args);
      return true;
    }
    case CssProperty::kClipPath:
      v->hides = ClipPathHides(value);
      return true;
    case CssProperty::kTransform:
      ParseTransform(value, v);
      return true;
    case CssProperty::kFontSize: {
      float px = 0;
      if (IsFontSizeKeyword(value, &px)) {
        v->length = {px, CssLength::Unit::kPx};
        return true;
      }
      if (EqualsIgnoreCase(value, "smaller")) {
        v->length = {0.83f, CssLength::Unit::kEm};
        return true;
      }
      if (EqualsIgnoreCase(value, "larger")) {
        v->length = {1.2f, CssLength::Unit::kEm};
        return true;
      }
      return ParseCssLength(value, &v->length) && v->length.unit != CssLength::Unit::kNumber &&
             v->length.unit != CssLength::Unit::kAuto;
    }
    case CssProperty::kLineHeight:
      if (EqualsIgnoreCase(value, "normal")) {
        v->length = {0, CssLength::Unit::kAuto};
        return true;
      }
      return ParseCssLength(value, &v->length);
    default:  // Lengths: offsets, margins, sizes, text-indent.
      if (EqualsIgnoreCase(value, "auto") || EqualsIgnoreCase(value, "none")) {
        v->length = {0, CssLength::Unit::kAuto};
        return true;
      }
      {
        std::vector<std::string_view> tokens = Tokens(value);
        return ParseCssLength(tokens.empty() ? value : tokens[0], &v->length) &&
               v->length.unit != CssLength::Unit::kNumber;
      }
  }
}

struct PropertyName {
  std::string_view name;
  CssProperty property;
};

constexpr PropertyName kLonghands[] = {
    {"display", CssProperty::kDisplay},
    {"visibility", CssProperty::kVisibility},
    {"opacity", CssProperty::kOpacity},
    {"position", CssProperty::kPosition},
    {"left", CssProperty::kLeft},
    {"top", CssProperty::kTop},
    {"right", CssProperty::kRight},
    {"bottom", CssProperty::kBottom},
    {"margin-left", CssProperty::kMarginLeft},
    {"margin-top", CssProperty::kMarginTop},
    {"text-indent", CssProperty::kTextIndent},
    {"width", CssProperty::kWidth},
    {"height", CssProperty::kHeight},
    {"max-width", CssProperty::kMaxWidth},
    {"max-height", CssProperty::kMaxHeight},
    {"overflow-x", CssProperty::kOverflowX},
    {"overflow-y", CssProperty::kOverflowY},
    {"font-size", CssProperty::kFontSize},
    {"line-height", CssProperty::kLineHeight},
    {"clip", CssProperty::kClip},
    {"clip-path", CssProperty::kClipPath},
    {"-webkit-clip-path", CssProperty::kClipPath},
    {"transform", CssProperty::kTransform},
    {"-webkit-transform", CssProperty::kTransform},
    {"-ms-transform", CssProperty::kTransform},
    {"color", CssProperty::kColor},
    {"background-color", CssProperty::kBackgroundColor},
    {"background-image", CssProperty::kBackgroundImage},
};

void CompileDeclaration(const CssDeclaration& d, std::vector<StyleValue>* out) {
  const std::string text = d.property + ":" + d.value;
  auto add = [&](CssProperty property, std::string_view value) {
    StyleValue v;
    v.important = d.important;
    if (!CompileValue(property, TrimAscii(value), &v)) return;
    v.text = text;
    out->push_back(std::move(v));
  };
  for (const PropertyName& p : kLonghands) {
    if (d.property == p.name) {
      add(p.property, d.value);
      return;
    }
  }
  const std::string_view prop = d.property;
  if (prop == "overflow") {
    std::vector<std::string_view> t = Tokens(d.value);
    if (t.empty()) return;
    add(CssProperty::kOverflowX, t[0]);
    add(CssProperty::kOverflowY, t.size() > 1 ? t[1] : t[0]);
  } else if (prop == "margin") {
    std::vector<std::string_view> t = Tokens(d.value);
    if (t.empty() || t.size() > 4) return;
    add(CssProperty::kMarginTop, t[0]);
    add(CssProperty::kMarginLeft, t.size() == 4 ? t[3] : t.size() >= 2 ? t[1] : t[0]);
  } else if (prop == "inset") {
    std::vector<std::string_view> t = Tokens(d.value);
    if (t.empty() || t.size() > 4) return;
    add(CssProperty::kTop, t[0]);
    add(CssProperty::kRight, t.size() >= 2 ? t[1] : t[0]);
    add(CssProperty::kBottom, t.size() >= 3 ? t[2] : t[0]);
    add(CssProperty::kLeft, t.size() == 4 ? t[3] : t.size() >= 2 ? t[1] : t[0]);
  } else if (prop == "background") {
    bool image = false;
    bool has_color = false;
    for (std::string_view t : Tokens(d.value)) {
      if (StartsWithIgnoreCase(t, "url(") || ContainsIgnoreCase(t, "gradient(")) image = true;
      Rgba color;
      if (!has_color && ParseCssColor(t, &color)) {
        add(CssProperty::kBackgroundColor, t);
        has_color = true;
      }
    }
    StyleValue v;
    v.property = CssProperty::kBackgroundImage;
    v.important = d.important;
    v.image = image;
    v.text = text;
    out->push_back(std::move(v));
    // The shorthand resets an omitted colour to transparent.
    if (!has_color) add(CssProperty::kBackgroundColor, "transparent");
  } else if (prop == "font") {
    // [style] [variant] [weight] size[/line-height] family: the size is the
    // first token that is a length or a size keyword ("font:0/0 a").
    for (std::string_view t : Tokens(d.value)) {
      std::string_view size = t;
      std::string_view line_height;
      const size_t slash = t.find('/');
      if (slash != std::string_view::npos) {
        size = t.substr(0, slash);
        line_height = t.substr(slash + 1);
      }
      float px = 0;
      CssLength l;
      const bool is_size = IsFontSizeKeyword(size, &px) ||
                           (ParseCssLength(size, &l) && l.unit != CssLength::Unit::kNumber &&
                            l.unit != CssLength::Unit::kAuto) ||
                           size == "0";
      if (!is_size) continue;
      add(CssProperty::kFontSize, size);
      add(CssProperty::kLineHeight, line_height.empty() ? "normal" : line_height);
      break;
    }
  }
}

}  // namespace

bool IsInheritedProperty(CssProperty p) {
  return p == CssProperty::kVisibility || p == CssProperty::kColor || p == CssProperty::kFontSize ||
         p == CssProperty::kLineHeight || p == CssProperty::kTextIndent;
}

bool ParseCssLength(std::string_view text, CssLength* out) {
  text = TrimAscii(text);
  if (EqualsIgnoreCase(text, "auto")) {
    *out = {0, CssLength::Unit::kAuto};
    return true;
  }
  float value = 0;
  std::string_view rest;
  if (!ParseNumber(text, &value, &rest)) return false;
  const std::string unit = AsciiLower(TrimAscii(rest));
  using Unit = CssLength::Unit;
  if (unit.empty()) {
    *out = {value, value == 0 ? Unit::kPx : Unit::kNumber};
  } else if (unit == "px") {
    *out = {value, Unit::kPx};
  } else if (unit == "em" || unit == "ex" || unit == "ch") {
    *out = {unit == "em" ? value : value / 2, Unit::kEm};
  } else if (unit == "rem") {
    *out = {value, Unit::kRem};
  } else if (unit == "%") {
    *out = {value, Unit::kPercent};
  } else if (unit == "vw") {
    *out = {value, Unit::kVw};
  } else if (unit == "vh") {
    *out = {value, Unit::kVh};
  } else if (unit == "pt") {
    *out = {value * 4 / 3, Unit::kPx};
  } else if (unit == "pc") {
    *out = {value * 16, Unit::kPx};
  } else if (unit == "in") {
    *out = {value * 96, Unit::kPx};
  } else if (unit == "cm") {
    *out = {value * 96 / 2.54f, Unit::kPx};
  } else if (unit == "mm") {
    *out = {value * 96 / 25.4f, Unit::kPx};
  } else {
    return false;
  }
  return true;
}

bool ParseCssColor(std::string_view text, Rgba* out) {
  text = TrimAscii(text);
  if (text.empty()) return false;
  if (text[0] == '#') {
    std::string_view hex = text.substr(1);
    int d[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    if (hex.size() != 3 && hex.size() != 4 && hex.size() != 6 && hex.size() != 8) return false;
    for (size_t k = 0; k < hex.size(); ++k) {
      d[k] = HexDigit(hex[k]);
      if (d[k] < 0) return false;
    }
    auto u8 = [](int v) { return static_cast<uint8_t>(v); };
    if (hex.size() <= 4) {
      *out = {u8(d[0] * 17), u8(d[1] * 17), u8(d[2] * 17), u8(hex.size() == 4 ? d[3] * 17 : 255)};
    } else {
      *out = {u8(d[0] * 16 + d[1]), u8(d[2] * 16 + d[3]), u8(d[4] * 16 + d[5]),
              u8(hex.size() == 8 ? d[6] * 16 + d[7] : 255)};
    }
    return true;
  }
  std::string_view args;
  if (FunctionArgs(text, "rgba", &args) || FunctionArgs(text, "rgb", &args)) {
    std::string cleaned(args);
    std::replace(cleaned.begin(), cleaned.end(), '/', ' ');
    std::vector<std::string_view> parts = Tokens(cleaned);
    if (parts.size() < 3 || parts.size() > 4) return false;
    float c[4] = {0, 0, 0, 1};
    for (size_t k = 0; k < parts.size(); ++k) {
      std::string_view rest;
      if (!ParseNumber(parts[k], &c[k], &rest)) return false;
      if (TrimAscii(rest) == "%") c[k] = k < 3 ? c[k] * 2.55f : c[k] / 100;
    }
    auto channel = [](float v) { return static_cast<uint8_t>(std::clamp(v, 0.0f, 255.0f)); };
    *out = {channel(c[0]), channel(c[1]), channel(c[2]), channel(c[3] * 255)};
    return true;
  }
  for (const NamedColor& named : kNamedColors) {
    if (EqualsIgnoreCase(text, named.name)) {
      *out = named.color;
      return true;
    }
  }
  return false;
}

void CompileDeclarations(const std::vector<CssDeclaration>& declarations,
                         std::vector<StyleValue>* out) {
  for (const CssDeclaration& d : declarations) CompileDeclaration(d, out);
}

CompiledStyleSheet::CompiledStyleSheet(std::string label, std::string_view css)
    : label_(std::move(label)) {
  CssStyleSheet sheet = ParseCss(css);
  imports_ = std::move(sheet.imports);
  for (CssRule& rule : sheet.rules) {
    Rule compiled;
    CompileDeclarations(rule.declarations, &compiled.values);
    if (compiled.values.empty()) continue;  // Nothing that bears on visibility.
    compiled.selectors = std::move(rule.selectors);
    const uint32_t r = static_cast<uint32_t>(rules_.size());
    for (uint32_t s = 0; s < compiled.selectors.size(); ++s) {
      const CssCompoundSelector& last = compiled.selectors[s].compounds.back();
      if (last.never_matches) continue;
      SelectorRef ref{r, s};
      // Features of compounds that must match ancestors: those followed by a
      // descendant or child combinator (see the ancestor filter below).
      const CssSelector& selector = compiled.selectors[s];
      size_t features = 0;
      for (size_t j = selector.combinators.size(); j-- > 0 && features < 4;) {
        if (selector.combinators[j] != CssCombinator::kDescendant &&
            selector.combinators[j] != CssCombinator::kChild) {
          continue;
        }
        const CssCompoundSelector& c = selector.compounds[j];
        if (!c.id.empty()) {
          ref.ancestor_features[features++] = AncestorFeatureHash('#', c.id);
        }
        for (const std::string& cls : c.classes) {
          if (features < 4) ref.ancestor_features[features++] = AncestorFeatureHash('.', cls);
        }
        if (!c.tag.empty() && features < 4) {
          ref.ancestor_features[features++] = AncestorFeatureHash('t', c.tag);
        }
      }
      if (!last.id.empty()) {
        by_id_[last.id].push_back(ref);
      } else if (!last.classes.empty()) {
        by_class_[last.classes[0]].push_back(ref);
      } else if (!last.tag.empty()) {
        by_tag_[last.tag].push_back(ref);
      } else {
        universal_.push_back(ref);
      }
    }
    rules_.push_back(std::move(compiled));
  }
}

const std::vector<CompiledStyleSheet::SelectorRef>* CompiledStyleSheet::ById(
    std::string_view id) const {
  if (by_id_.empty()) return nullptr;  // Most <style> blocks index few kinds.
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &it->second;
}
const std::vector<CompiledStyleSheet::SelectorRef>* CompiledStyleSheet::ByClass(
    std::string_view cls) const {
  if (by_class_.empty()) return nullptr;  // Most <style> blocks index few kinds.
  auto it = by_class_.find(cls);
  return it == by_class_.end() ? nullptr : &it->second;
}
const std::vector<CompiledStyleSheet::SelectorRef>* CompiledStyleSheet::ByTag(
    std::string_view tag) const {
  if (by_tag_.empty()) return nullptr;  // Most <style> blocks index few kinds.
  auto it = by_tag_.find(tag);
  return it == by_tag_.end() ? nullptr : &it->second;
}

std::shared_ptr<const CompiledStyleSheet> StyleSheetCache::Get(const std::string& url,
                                                               std::string_view css) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = sheets_.find(url);
    if (it != sheets_.end()) return it->second;
  }
  // Compile outside the lock; two threads may both compile, one result wins.
  auto sheet = std::make_shared<const CompiledStyleSheet>(url, css);
  std::lock_guard<std::mutex> lock(mu_);
  return sheets_.emplace(url, std::move(sheet)).first->second;
}

uint32_t AncestorFeatureHash(char kind, std::string_view name) {
  uint32_t h = 2166136261u ^ static_cast<uint8_t>(kind);
  h *= 16777619u;
  for (char c : name) {
    h ^= static_cast<uint8_t>(c);
    h *= 16777619u;
  }
  return h == 0 ? 1 : h;
}

// ---------------------------------------------------------------------------
// Matching.

namespace {

// DOM facts selector matching needs, computed once per document.
class ElementIndex {
 public:
  explicit ElementIndex(const Document& doc) : doc_(doc) {
    const size_t n = doc.nodes.size();
    prev_.assign(n, -1);
    next_.assign(n, -1);
    position_.assign(n, 0);
    class_start_.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
      const Node& node = doc.nodes[i];
      class_start_[i] = static_cast<uint32_t>(classes_.size());
      if (node.type != Node::Type::kElement) continue;
      if (const std::string* cls = node.Attribute("class")) {
        std::string_view s = *cls;
        size_t k = 0;
        while (k < s.size()) {
          while (k < s.size() && IsWs(s[k])) ++k;
          const size_t start = k;
          while (k < s.size() && !IsWs(s[k])) ++k;
          if (k > start) {
            std::string_view c = s.substr(start, k - start);
            // Skip duplicates so a rule is not found twice.
            bool seen = false;
            for (size_t j = class_start_[i]; j < classes_.size(); ++j) seen |= classes_[j] == c;
            if (!seen) classes_.push_back(c);
          }
        }
      }
      int prev = -1;
      int position = 0;
      for (int child : node.children) {
        if (doc.nodes[child].type != Node::Type::kElement) continue;
        prev_[child] = prev;
        if (prev >= 0) next_[prev] = child;
        position_[child] = ++position;
        prev = child;
      }
    }
    class_start_[n] = static_cast<uint32_t>(classes_.size());
  }

  const Node& node(int i) const { return doc_.nodes[i]; }
  int prev(int i) const { return prev_[i]; }
  int next(int i) const { return next_[i]; }
  int position(int i) const { return position_[i]; }
  std::span<const std::string_view> classes(int i) const {
    return {classes_.data() + class_start_[i], classes_.data() + class_start_[i + 1]};
  }

 private:
  const Document& doc_;
  std::vector<int> prev_, next_, position_;
  std::vector<std::string_view> classes_;
  std::vector<uint32_t> class_start_;
};

bool NthMatches(int a, int b, int position) {
  if (a == 0) return position == b;
  const int diff = position - b;
  return diff % a == 0 && diff / a >= 0;
}

bool AttributeMatches(const CssAttributeSelector& sel, const Node& node) {
  const std::string* value = node.Attribute(sel.name);
  if (value == nullptr) return false;
  using Op = CssAttributeSelector::Op;
  std::string lowered_value, lowered_sel;
  std::string_view v = *value;
  std::string_view want = sel.value;
  if (sel.case_insensitive) {
    lowered_value = AsciiLower(v);
    lowered_sel = AsciiLower(want);
    v = lowered_value;
    want = lowered_sel;
  }
  switch (sel.op) {
    case Op::kExists:
      return true;
    case Op::kEquals:
      return v == want;
    case Op::kIncludes:
      if (want.empty()) return false;
      for (std::string_view part : Split(v, ' ')) {
        if (part == want) return true;
      }
      return false;
    case Op::kDashMatch:
      return v == want || (v.size() > want.size() && v.starts_with(want) && v[want.size()] == '-');
    case Op::kPrefix:
      return !want.empty() && v.starts_with(want);
    case Op::kSuffix:
      return !want.empty() && v.ends_with(want);
    case Op::kSubstring:
      return !want.empty() && v.find(want) != std::string_view::npos;
  }
  return false;
}

// A counting Bloom filter of the ids, classes and tags of the current
// element's ancestors (WebKit's "selector filter"): a rule like
// "#box3 .tab-panel li a" is tried on an <a> only when some ancestor may have
// id box3 and class tab-panel and tag li. Most descendant selectors fail that
// test in a few instructions instead of a walk to the root.
class AncestorFilter {
 public:
  void Add(uint32_t h) {
    ++counts_[h & kMask];
    ++counts_[(h >> 16) & kMask];
  }
  void Remove(uint32_t h) {
    --counts_[h & kMask];
    --counts_[(h >> 16) & kMask];
  }
  bool MayContain(uint32_t h) const {
    return counts_[h & kMask] != 0 && counts_[(h >> 16) & kMask] != 0;
  }

 private:
  static constexpr uint32_t kMask = (1 << 12) - 1;
  std::array<uint16_t, 1 << 12> counts_ = {};
};

class Matcher {
 public:
  explicit Matcher(const ElementIndex& index) : index_(index) {}

  bool Matches(const CssSelector& selector, int element) {
    budget_ = 4096;  // Bounds backtracking on pathological selectors/trees.
    return MatchFrom(selector, selector.compounds.size() - 1, element);
  }

 private:
  bool MatchFrom(const CssSelector& s, size_t k, int element) {
    if (--budget_ < 0) return false;
    if (!MatchCompound(s.compounds[k], element)) return false;
    if (k == 0) return true;
    const Node& node = index_.node(element);
    switch (s.combinators[k - 1]) {
      case CssCombinator::kChild:
        return node.parent >= 0 && MatchFrom(s, k - 1, node.parent);
      case CssCombinator::kDescendant:
        for (int p = node.parent; p >= 0 && budget_ >= 0; p = index_.node(p).parent) {
          if (MatchFrom(s, k - 1, p)) return true;
        }
        return false;
      case CssCombinator::kAdjacent: {
        const int prev = index_.prev(element);
        return prev >= 0 && MatchFrom(s, k - 1, prev);
      }
      case CssCombinator::kSibling:
        for (int q = index_.prev(element); q >= 0 && budget_ >= 0; q = index_.prev(q)) {
          if (MatchFrom(s, k - 1, q)) return true;
        }
        return false;
    }
    return false;
  }

  bool HasClass(int element, std::string_view cls) const {
    for (std::string_view c : index_.classes(element)) {
      if (c == cls) return true;
    }
    return false;
  }

  int TypePosition(int element, bool from_end) const {
    const std::string& tag = index_.node(element).tag;
    int position = 1;
    for (int q = from_end ? index_.next(element) : index_.prev(element); q >= 0;
         q = from_end ? index_.next(q) : index_.prev(q)) {
      if (index_.node(q).tag == tag) ++position;
    }
    return position;
  }

  int LastPosition(int element) const {
    int position = 1;
    for (int q = index_.next(element); q >= 0; q = index_.next(q)) ++position;
    return position;
  }

  bool MatchCompound(const CssCompoundSelector& c, int element) {
    if (c.never_matches) return false;
    const Node& node = index_.node(element);
    if (!c.tag.empty() && c.tag != node.tag) return false;
    if (!c.id.empty()) {
      const std::string* id = node.Attribute("id");
      if (id == nullptr || *id != c.id) return false;
    }
    for (const std::string& cls : c.classes) {
      if (!HasClass(element, cls)) return false;
    }
    for (const CssAttributeSelector& attr : c.attributes) {
      if (!AttributeMatches(attr, node)) return false;
    }
    using Kind = CssPseudoClass::Kind;
    for (const CssPseudoClass& p : c.pseudo_classes) {
      bool ok = false;
      switch (p.kind) {
        case Kind::kNthChild:
          ok = NthMatches(p.a, p.b, index_.position(element));
          break;
        case Kind::kNthLastChild:
          ok = NthMatches(p.a, p.b, LastPosition(element));
          break;
        case Kind::kNthOfType:
          ok = NthMatches(p.a, p.b, TypePosition(element, false));
          break;
        case Kind::kNthLastOfType:
          ok = NthMatches(p.a, p.b, TypePosition(element, true));
          break;
        case Kind::kOnlyChild:
          ok = index_.prev(element) < 0 && index_.next(element) < 0;
          break;
        case Kind::kOnlyOfType:
          ok = TypePosition(element, false) == 1 && TypePosition(element, true) == 1;
          break;
        case Kind::kRoot:
          ok = node.parent < 0;
          break;
        case Kind::kEmpty:
          ok = node.children.empty();
          break;
        case Kind::kLink:
          ok = (node.tag == "a"sv || node.tag == "area"sv) && node.Attribute("href") != nullptr;
          break;
        case Kind::kChecked:
          ok = node.Attribute("checked") != nullptr;
          break;
        case Kind::kDisabled:
          ok = node.Attribute("disabled") != nullptr;
          break;
        case Kind::kEnabled:
          ok = node.Attribute("disabled") == nullptr;
          break;
      }
      if (!ok) return false;
    }
    for (const CssCompoundSelector& negation : c.negations) {
      if (MatchCompound(negation, element)) return false;
    }
    return true;
  }

  const ElementIndex& index_;
  int budget_ = 0;
};

// User-agent display:none (HTML's rendering section) for elements that never
// render; <area> is left out, its image map shows it.
bool IsUserAgentHidden(const Node& node, uint32_t flags) {
  if (flags & kTagUaHidden) return true;
  if (node.tag == "dialog"sv) return node.Attribute("open") == nullptr;
  if (node.tag == "input"sv) {
    const std::string* type = node.Attribute("type");
    return type != nullptr && EqualsIgnoreCase(*type, "hidden");
  }
  return false;
}

// Per-thread storage for computed styles, reused from page to page: a page's
// styles take megabytes, and fresh memory for each page costs more in page
// faults than the cascade itself.
constexpr size_t kMaxPooledStyles = 16384;
std::vector<ComputedStyle>& StylePool() {
  static thread_local std::vector<ComputedStyle> pool;
  return pool;
}

constexpr uint64_t kLevelUserAgent = 0, kLevelAttribute = 1, kLevelSheet = 2, kLevelInline = 3;

uint64_t CascadeKey(bool important, uint64_t level, uint64_t specificity, uint64_t sheet,
                    uint64_t order) {
  return (uint64_t{important} << 62) | (level << 60) | ((specificity & 0xFFFFFF) << 36) |
         ((sheet & 0xFFF) << 24) | (order & 0xFFFFFF);
}

}  // namespace

StyleCascade::StyleCascade(const Document& doc,
                           std::vector<std::shared_ptr<const CompiledStyleSheet>> sheets)
    : sheets_(std::move(sheets)) {
  const size_t n = doc.nodes.size();
  styles_.swap(StylePool());
  // Entries are reset as their elements are visited; text nodes' are unused.
  if (styles_.size() < n) styles_.resize(n);
  if (n == 0) return;
  const ElementIndex index(doc);
  Matcher matcher(index);

  static const StyleValue kUaHidden = [] {
    StyleValue v;
    v.property = CssProperty::kDisplay;
    v.keyword = kDisplayNone;
    v.text = "display:none";
    return v;
  }();
  static const StyleValue kHiddenAttribute = [] {
    StyleValue v;
    v.property = CssProperty::kDisplay;
    v.keyword = kDisplayNone;
    v.text = "hidden";
    return v;
  }();

  std::array<uint64_t, kCssPropertyCount> keys;
  std::vector<StyleValue> scratch;
  // The ancestor filter holds the features of the elements on `ancestors`,
  // the chain from the root to the current element's parent.
  auto filter = std::make_unique<AncestorFilter>();
  std::vector<int> ancestors;
  std::vector<uint32_t> features;  // Per element on `ancestors`, flattened.
  std::vector<size_t> feature_start;
  for (size_t i = 0; i < n; ++i) {
    const Node& node = doc.nodes[i];
    if (node.type != Node::Type::kElement) continue;
    while (!ancestors.empty() && ancestors.back() != node.parent) {
      for (size_t k = feature_start.back(); k < features.size(); ++k) filter->Remove(features[k]);
      features.resize(feature_start.back());
      feature_start.pop_back();
      ancestors.pop_back();
    }
    ComputedStyle& style = styles_[i];
    style = ComputedStyle();
    keys.fill(0);
    auto apply = [&](const StyleValue& v, uint64_t key, AppliedValue applied) {
      const size_t p = static_cast<size_t>(v.property);
      if (style.values[p].value != nullptr && key < keys[p]) return;
      keys[p] = key;
      applied.value = &v;
      applied.own = true;
      style.values[p] = applied;
    };

    // User agent and HTML attributes.
    const uint32_t tag_flags = TagFlags(node.tag);
    if (IsUserAgentHidden(node, tag_flags)) {
      apply(kUaHidden, CascadeKey(false, kLevelUserAgent, 0, 0, 0),
            {.source = AppliedValue::Source::kUserAgent});
    }
    // One pass over the attributes for everything the cascade reads.
    const std::string* id = nullptr;
    const std::string* inline_style = nullptr;
    const std::string* hidden = nullptr;
    const std::string* bgcolor = nullptr;
    const std::string* width = nullptr;
    const std::string* height = nullptr;
    const std::string* text_color = nullptr;  // <font color>, <body text>.
    const bool is_font = node.tag == "font"sv;
    const bool is_body = node.tag == "body"sv;
    for (const auto& [key, value] : node.attributes) {
      const std::string** slot = key == "id"sv        ? &id
                                 : key == "style"sv   ? &inline_style
                                 : key == "hidden"sv  ? &hidden
                                 : key == "bgcolor"sv ? &bgcolor
                                 : key == "width"sv   ? &width
                                 : key == "height"sv  ? &height
                                 : (is_font && key == "color"sv) || (is_body && key == "text"sv)
                                     ? &text_color
                                     : nullptr;
      if (slot != nullptr && *slot == nullptr) *slot = &value;  // The first of duplicates.
    }
    if (hidden != nullptr) {
      apply(kHiddenAttribute, CascadeKey(false, kLevelAttribute, 0, 0, 0),
            {.source = AppliedValue::Source::kAttribute});
    }
    auto attribute_value = [&](CssProperty property, std::string_view attr_name,
                               std::string_view value) {
      StyleValue v;
      std::string_view trimmed = TrimAscii(value);
      std::string css_value(trimmed);
      // HTML lengths are unitless px ("width=1").
      if (!css_value.empty() && std::all_of(css_value.begin(), css_value.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '.';
          })) {
        css_value += "px";
      }
      if (!CompileValue(property, css_value, &v)) return;
      v.text = std::string(attr_name) + "=\"" + std::string(trimmed) + "\"";
      local_values_.push_back(std::move(v));
      apply(local_values_.back(), CascadeKey(false, kLevelAttribute, 0, 0, 0),
            {.source = AppliedValue::Source::kAttribute});
    };
    if (text_color != nullptr) {
      attribute_value(CssProperty::kColor, is_font ? "color" : "text", *text_color);
    }
    if (bgcolor != nullptr) attribute_value(CssProperty::kBackgroundColor, "bgcolor", *bgcolor);
    if (tag_flags & kTagSizeAttributes) {
      if (width != nullptr) attribute_value(CssProperty::kWidth, "width", *width);
      if (height != nullptr) attribute_value(CssProperty::kHeight, "height", *height);
    }

    // Style sheets.
    auto consider = [&](const CompiledStyleSheet& sheet, size_t sheet_index,
                        const std::vector<CompiledStyleSheet::SelectorRef>* refs) {
      if (refs == nullptr) return;
      for (const CompiledStyleSheet::SelectorRef& ref : *refs) {
        bool possible = true;
        for (uint32_t h : ref.ancestor_features) {
          if (h != 0 && !filter->MayContain(h)) {
            possible = false;
            break;
          }
        }
        if (!possible) continue;
        const CompiledStyleSheet::Rule& rule = sheet.rules()[ref.rule];
        const CssSelector& selector = rule.selectors[ref.selector];
        if (!matcher.Matches(selector, static_cast<int>(i))) continue;
        for (const StyleValue& v : rule.values) {
          apply(v,
                CascadeKey(v.important, kLevelSheet, selector.specificity, sheet_index, ref.rule),
                {.selector = &selector,
                 .sheet = static_cast<uint16_t>(sheet_index),
                 .source = AppliedValue::Source::kSheet});
        }
      }
    };
    for (size_t s = 0; s < sheets_.size(); ++s) {
      const CompiledStyleSheet& sheet = *sheets_[s];
      if (id != nullptr && !id->empty()) consider(sheet, s, sheet.ById(*id));
      for (std::string_view cls : index.classes(static_cast<int>(i))) {
        consider(sheet, s, sheet.ByClass(cls));
      }
      consider(sheet, s, sheet.ByTag(node.tag));
      consider(sheet, s, &sheet.universal());
    }

    // The style attribute.
    if (inline_style != nullptr) {
      scratch.clear();
      CompileDeclarations(ParseCssDeclarations(*inline_style), &scratch);
      uint64_t order = 0;
      for (StyleValue& v : scratch) {
        local_values_.push_back(std::move(v));
        const StyleValue& stored = local_values_.back();
        apply(stored, CascadeKey(stored.important, kLevelInline, 0xFFFFFF, 0, order++),
              {.source = AppliedValue::Source::kInline});
      }
    }

    // Inheritance.
    const ComputedStyle* parent = node.parent >= 0 ? &styles_[node.parent] : nullptr;
    for (size_t p = 0; p < kCssPropertyCount; ++p) {
      AppliedValue& applied = style.values[p];
      const bool inherit = applied.value != nullptr
                               ? applied.value->inherit
                               : IsInheritedProperty(static_cast<CssProperty>(p));
      if (!inherit) continue;
      const bool explicit_inherit = applied.value != nullptr;
      if (parent != nullptr) {
        applied = parent->values[p];
        applied.own = explicit_inherit;
      } else {
        applied = AppliedValue();
      }
    }

    // This element is an ancestor of what follows until the walk leaves it.
    ancestors.push_back(static_cast<int>(i));
    feature_start.push_back(features.size());
    features.push_back(AncestorFeatureHash('t', node.tag));
    if (id != nullptr && !id->empty()) features.push_back(AncestorFeatureHash('#', *id));
    for (std::string_view cls : index.classes(static_cast<int>(i))) {
      features.push_back(AncestorFeatureHash('.', cls));
    }
    for (size_t k = feature_start.back(); k < features.size(); ++k) filter->Add(features[k]);
  }
}

StyleCascade::~StyleCascade() {
  // Keep the buffer for the thread's next page, unless a huge page grew it.
  if (styles_.capacity() <= kMaxPooledStyles) StylePool().swap(styles_);
}

std::string StyleCascade::DescribeOrigin(const AppliedValue& applied) const {
  switch (applied.source) {
    case AppliedValue::Source::kInline:
      return "inline";
    case AppliedValue::Source::kAttribute:
      return "attribute";
    case AppliedValue::Source::kUserAgent:
      return "user agent";
    case AppliedValue::Source::kSheet:
      break;
  }
  std::string out = applied.sheet < sheets_.size() ? sheets_[applied.sheet]->label() : "?";
  if (applied.selector != nullptr) {
    out += ": ";
    out += applied.selector->text;
  }
  return out;
}

}  // namespace govmon
