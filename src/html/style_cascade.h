// The CSS cascade, reduced to the properties that decide whether a visitor
// can see an element (display, visibility, opacity, position and offsets,
// margins, text-indent, sizes, overflow, font-size, line-height, clip,
// clip-path, transform, colours). Style sheets are compiled once into typed
// values with rules indexed by their rightmost compound's id, class or tag,
// so an element is matched only against rules that could apply to it.
// CompiledStyleSheet and StyleSheetCache are thread-safe; a StyleCascade is
// built and read by one thread.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "html/css_parser.h"
#include "html/document.h"

namespace govmon {

enum class CssProperty : uint8_t {
  kDisplay,
  kVisibility,
  kOpacity,
  kPosition,
  kLeft,
  kTop,
  kRight,
  kBottom,
  kMarginLeft,
  kMarginTop,
  kTextIndent,
  kWidth,
  kHeight,
  kMaxWidth,
  kMaxHeight,
  kOverflowX,
  kOverflowY,
  kFontSize,
  kLineHeight,
  kClip,
  kClipPath,
  kTransform,
  kColor,
  kBackgroundColor,
  kBackgroundImage,
  kCount,
};
inline constexpr size_t kCssPropertyCount = static_cast<size_t>(CssProperty::kCount);

// Whether the property inherits (visibility, color, font-size, line-height,
// text-indent).
bool IsInheritedProperty(CssProperty property);

struct CssLength {
  enum class Unit : uint8_t { kPx, kEm, kRem, kPercent, kVw, kVh, kNumber, kAuto };
  float value = 0;
  Unit unit = Unit::kPx;
  friend bool operator==(const CssLength&, const CssLength&) = default;
};

struct Rgba {
  uint8_t r = 0, g = 0, b = 0, a = 255;
  friend bool operator==(const Rgba&, const Rgba&) = default;
};

// Keyword values, per property.
enum CssKeyword : uint8_t {
  kKeywordNone = 0,
  kDisplayNone,
  kDisplayInline,
  kDisplayBlock,  // Any display that makes a box other than inline.
  kVisibilityVisible,
  kVisibilityHidden,
  kPositionStatic,
  kPositionRelative,
  kPositionAbsolute,
  kPositionFixed,
  kPositionSticky,
  kOverflowVisible,
  kOverflowHidden,  // Also clip, scroll and auto: content beyond the box is not shown.
};

// One declaration compiled for one property (a shorthand gives several).
struct StyleValue {
  CssProperty property = CssProperty::kDisplay;
  bool important = false;
  bool inherit = false;  // `inherit`: take the parent's value.
  bool initial = false;  // `initial`, `unset`, `revert`: the default.
  CssKeyword keyword = kKeywordNone;
  CssLength length;
  Rgba color;
  float number = 1;              // opacity.
  bool hides = false;            // clip / clip-path / transform leave nothing visible.
  bool moves_offscreen = false;  // transform translates far off-screen.
  bool image = false;            // background(-image) paints an image.
  std::string text;              // The declaration as written: "display:none".
};

// A parsed and indexed style sheet. Immutable once built.
class CompiledStyleSheet {
 public:
  // `label` names the sheet in Visibility::rule_origin: "<style>#2" or the
  // sheet's URL.
  CompiledStyleSheet(std::string label, std::string_view css);

  struct Rule {
    std::vector<CssSelector> selectors;
    std::vector<StyleValue> values;
  };
  struct SelectorRef {
    uint32_t rule;
    uint32_t selector;
    // Hashes (AncestorFeatureHash) of ids, classes and tags some ancestor of
    // a matching element must carry; 0 = none. Checked against a Bloom
    // filter of the element's ancestors before matching.
    std::array<uint32_t, 4> ancestor_features = {0, 0, 0, 0};
  };

  const std::string& label() const { return label_; }
  const std::vector<Rule>& rules() const { return rules_; }
  // Selectors whose rightmost compound needs this id / class / tag (keys
  // lower-case), and those that need none of them.
  const std::vector<SelectorRef>* ById(std::string_view id) const;
  const std::vector<SelectorRef>* ByClass(std::string_view cls) const;
  const std::vector<SelectorRef>* ByTag(std::string_view tag) const;
  const std::vector<SelectorRef>& universal() const { return universal_; }
  const std::vector<std::string>& imports() const { return imports_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<SelectorRef>, Hash, std::equal_to<>>;
  std::string label_;
  std::vector<Rule> rules_;
  Index by_id_, by_class_, by_tag_;
  std::vector<SelectorRef> universal_;
  std::vector<std::string> imports_;
};

// Compiled linked style sheets shared across the pages of a scan, so each is
// parsed once. Thread-safe.
class StyleSheetCache {
 public:
  // The compiled sheet for `url` with text `css`, compiling it on first use.
  // The text of a URL is assumed not to change during the cache's life.
  std::shared_ptr<const CompiledStyleSheet> Get(const std::string& url, std::string_view css);

 private:
  std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<const CompiledStyleSheet>> sheets_;
};

// Compiles `declarations` (a style attribute's) into typed values appended to
// `out`; unknown properties and bad values are dropped.
void CompileDeclarations(const std::vector<CssDeclaration>& declarations,
                         std::vector<StyleValue>* out);

// The value an element ends up with for one property, and where it came from.
struct AppliedValue {
  const StyleValue* value = nullptr;  // Null: the property's initial value.
  // The selector of the winning rule, null for inline styles and attributes.
  const CssSelector* selector = nullptr;
  uint16_t sheet = 0;  // Index of the winning rule's sheet in the cascade.
  enum class Source : uint8_t { kSheet, kInline, kAttribute, kUserAgent } source = Source::kSheet;
  bool own = false;  // Declared on this element, not inherited.
};

struct ComputedStyle {
  std::array<AppliedValue, kCssPropertyCount> values;
  const AppliedValue& operator[](CssProperty p) const { return values[static_cast<size_t>(p)]; }
};

// Runs the cascade over every element of a document.
class StyleCascade {
 public:
  // `sheets` in document order; <style> blocks and linked sheets interleave
  // as they appear. Inline style attributes and presentational attributes
  // (hidden, <font color>, bgcolor, width/height) are read from `doc`.
  StyleCascade(const Document& doc, std::vector<std::shared_ptr<const CompiledStyleSheet>> sheets);
  ~StyleCascade();
  StyleCascade(const StyleCascade&) = delete;
  StyleCascade& operator=(const StyleCascade&) = delete;

  // REQUIRES: doc.nodes[node] is an element.
  const ComputedStyle& style(int node) const { return styles_[node]; }

  // Where `applied` came from, for Visibility::rule_origin: "inline",
  // "attribute", "user agent", "<style>#2: .nav a" or
  // "https://site/css/a.css: .nav a".
  std::string DescribeOrigin(const AppliedValue& applied) const;

 private:
  std::vector<std::shared_ptr<const CompiledStyleSheet>> sheets_;
  std::deque<StyleValue> local_values_;  // Inline and attribute values.
  std::vector<ComputedStyle> styles_;    // Indexed by node; unused for text.
};

// Hash of an element feature for the ancestor filter: kind is '#' for ids,
// '.' for classes and 't' for tags. Never 0.
uint32_t AncestorFeatureHash(char kind, std::string_view name);

// Parsers for the value forms, exposed for tests.
bool ParseCssLength(std::string_view text, CssLength* out);
bool ParseCssColor(std::string_view text, Rgba* out);

}  // namespace govmon
