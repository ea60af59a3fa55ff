// A tolerant CSS parser: style sheets → rules (selectors + declarations), as
// much as the visibility cascade needs. Like a browser it never fails: what
// it cannot parse it skips (a bad declaration, a rule with a bad selector, an
// unknown at-rule) and goes on. @media blocks are kept when they apply to a
// desktop screen (1366×768, see MediaQueryMatches); @font-face, @keyframes
// and @page are skipped. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govmon {

struct CssAttributeSelector {
  enum class Op : uint8_t {
    kExists,     // [a]
    kEquals,     // [a=b]
    kIncludes,   // [a~=b]  whitespace-separated word
    kDashMatch,  // [a|=b]  b or b-…
    kPrefix,     // [a^=b]
    kSuffix,     // [a$=b]
    kSubstring,  // [a*=b]
  };
  std::string name;  // Lower-case.
  Op op = Op::kExists;
  std::string value;
  bool case_insensitive = false;  // [a=b i]
  friend bool operator==(const CssAttributeSelector&, const CssAttributeSelector&) = default;
};

// A structural pseudo-class; dynamic ones (:hover, :focus …) and
// pseudo-elements make the whole compound never match, because a visitor does
// not see them without interacting.
struct CssPseudoClass {
  enum class Kind : uint8_t {
    kNthChild,       // :first-child is nth-child(0n+1)
    kNthLastChild,   // :last-child
    kNthOfType,      // :first-of-type
    kNthLastOfType,  // :last-of-type
    kOnlyChild,
    kOnlyOfType,
    kRoot,
    kEmpty,
    kLink,      // :link, :any-link
    kChecked,   // :checked (the checked attribute)
    kDisabled,  // :disabled (the disabled attribute)
    kEnabled,
  };
  Kind kind = Kind::kNthChild;
  int a = 0;  // For nth-*: matches positions a·n + b (1-based), n ≥ 0.
  int b = 1;
  friend bool operator==(const CssPseudoClass&, const CssPseudoClass&) = default;
};

struct CssCompoundSelector {
  std::string tag;  // Lower-case; empty for any element (`*` or omitted).
  std::string id;
  std::vector<std::string> classes;
  std::vector<CssAttributeSelector> attributes;
  std::vector<CssPseudoClass> pseudo_classes;
  // :not(a, b): the element must match none of these.
  std::vector<CssCompoundSelector> negations;
  // Dynamic pseudo-classes (:hover …) and pseudo-elements (::before …).
  bool never_matches = false;
  friend bool operator==(const CssCompoundSelector&, const CssCompoundSelector&) = default;
};

enum class CssCombinator : uint8_t {
  kDescendant,  // a b
  kChild,       // a > b
  kAdjacent,    // a + b
  kSibling,     // a ~ b
};

struct CssSelector {
  // Left to right; combinators[i] joins compounds[i] and compounds[i + 1].
  std::vector<CssCompoundSelector> compounds;
  std::vector<CssCombinator> combinators;
  // (ids << 16) | (classes, attributes, pseudo-classes << 8) | types; each
  // count saturates at 255.
  uint32_t specificity = 0;
  std::string text;  // As written, white space collapsed: ".nav > li a".
};

struct CssDeclaration {
  std::string property;  // Lower-case: "display".
  std::string value;     // As written, trimmed, without "!important".
  bool important = false;
  friend bool operator==(const CssDeclaration&, const CssDeclaration&) = default;
};

struct CssRule {
  std::vector<CssSelector> selectors;  // The group: "h1, .title" has two.
  std::vector<CssDeclaration> declarations;
};

struct CssStyleSheet {
  std::vector<CssRule> rules;  // In source order, @media contents flattened in.
  // @import URLs as written, for the caller to resolve and fetch.
  std::vector<std::string> imports;
};

// Parses a style sheet (the text of a <style> block or a .css file).
CssStyleSheet ParseCss(std::string_view css);

// Parses the declarations of a style attribute or a rule's block body.
std::vector<CssDeclaration> ParseCssDeclarations(std::string_view block);

// Parses one selector ("div.nav > a:first-child"); false when it is invalid
// or uses something unsupported (namespaces, :has()).
bool ParseCssSelector(std::string_view text, CssSelector* selector);

// The url(…) references of CSS text (a style sheet, or a style attribute's
// declarations) as written, unquoted and trimmed, in order, each once:
// background images, fonts, cursors, in any rule or at-rule whether its media
// applies or not. Left out: @import targets (ParseCss lists those), data:
// URIs and in-document references (url(#clip)). Comments are skipped.
std::vector<std::string> FindCssUrls(std::string_view css);

// Whether a media query list ("screen and (max-width: 768px), print")
// applies to a desktop browser window 1366×768 CSS px at 1 dppx with a fine
// pointer and light colour scheme. Unknown features do not match.
bool MediaQueryMatches(std::string_view query);

}  // namespace govmon
