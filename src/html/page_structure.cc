#include "html/page_structure.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "base/strings.h"

namespace govmon {

using namespace std::string_view_literals;
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

bool In(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// True when `word` is one of `exact`, or begins or ends with one of `affix`
// ("mainnav", "navbar"). Short words such as "top" or "tab" are only matched
// exactly, since as affixes they hit "topic" and "table".
bool MatchesWord(std::string_view word, std::initializer_list<std::string_view> exact,
                 std::initializer_list<std::string_view> affix) {
  if (In(word, exact)) return true;
  for (std::string_view a : affix) {
    if (word.size() > a.size() && (word.starts_with(a) || word.ends_with(a))) return true;
  }
  return false;
}

// Region named by one id/class word, if any.
std::optional<Region> RegionOfWord(std::string_view w) {
  if (MatchesWord(w, {"footer", "foot", "bottom", "copyright", "copy", "ft", "dibu", "banquan"},
                  {"footer", "bottom", "copyright", "dibu", "banquan"})) {
    return Region::kFooter;
  }
  if (MatchesWord(w, {"nav", "menu", "navbar", "navigation", "daohang", "breadcrumb", "crumb"},
                  {"nav", "menu", "daohang", "crumb"})) {
    return Region::kNav;
  }
  if (MatchesWord(w, {"header", "head", "top", "banner", "masthead", "toubu"},
                  {"header", "banner", "toubu"})) {
    return Region::kHeader;
  }
  if (MatchesWord(w, {"sidebar", "side", "aside", "right"}, {"sidebar"})) return Region::kSidebar;
  if (In(w, {"main", "content", "article"})) return Region::kMain;
  return std::nullopt;
}

// Words that say a "right" column holds the page's own content ("main_right",
// "right_list"): many list pages put the article list in the right column.
bool IsContentWord(std::string_view w) {
  return In(w, {"main", "content", "con", "cont", "list", "article", "text", "detail", "news", "zw",
                "lb", "wz", "body"});
}

std::optional<Region> RegionOfNames(const std::vector<std::string>& words) {
  const bool content = std::any_of(words.begin(), words.end(), IsContentWord);
  // A chrome word wins over a content word in the same name ("mainNav").
  std::optional<Region> main;
  for (const std::string& w : words) {
    std::optional<Region> r = RegionOfWord(w);
    if (!r) continue;
    if (*r == Region::kSidebar && w == "right" && content) continue;
    if (*r == Region::kMain) {
      main = r;
      continue;
    }
    return r;
  }
  return main;
}

std::optional<Region> RegionOfRole(std::string_view role) {
  if (role == "banner") return Region::kHeader;
  if (role == "navigation" || role == "menubar" || role == "menu") return Region::kNav;
  if (role == "complementary") return Region::kSidebar;
  if (role == "contentinfo") return Region::kFooter;
  if (role == "main") return Region::kMain;
  return std::nullopt;
}

bool IsInteractiveWord(const std::string& w) {
  return MatchesWord(
      w, {"nav",      "menu",   "tab",        "tabs",      "slide",    "slides",   "slider",
          "carousel", "swiper", "banner",     "accordion", "collapse", "dropdown", "drop",
          "submenu",  "sub",    "popup",      "pop",       "toggle",   "mega",     "flyout",
          "subnav",   "modal",  "dialog",     "scroll",    "roll",     "gundong",  "lunbo",
          "huandeng", "xiala",  "focus",      "jdt",       "hover",    "expand",   "fold",
          "zhankai",  "tabcon", "tabcontent", "tabpane",   "tabpanel", "ticker",   "rotator",
          "bxslider"},
      {"nav", "menu", "slide", "slider", "carousel", "swiper", "banner", "accordion", "collapse",
       "dropdown", "submenu", "popup", "toggle", "lunbo", "gundong", "scroll", "huandeng", "xiala",
       "flyout"});
}

bool IsInteractiveRole(std::string_view role) {
  return In(role, {"navigation", "menu", "menubar", "menuitem", "tablist", "tab", "tabpanel",
                   "dialog", "listbox", "tree", "combobox", "alertdialog", "tooltip"});
}

// Normalised class/id token ("sr-only" → "sronly") for accessibility names.
bool IsAccessibilityName(std::string_view value) {
  std::string token;
  for (size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ' ';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!token.empty()) {
        for (std::string_view name :
             {"sronly", "visuallyhidden", "screenreader", "skiplink", "skipnav", "skipto",
              "skipcontent", "elementinvisible", "hiddenaccessible", "assistivetext", "readeronly",
              "srtext", "uiaccessible", "a11yhidden"}) {
          if (token.find(name) != std::string::npos) return true;
        }
        if (token == "skip" || token.starts_with("skip")) return true;
        token.clear();
      }
      continue;
    }
    if (c == '-' || c == '_') continue;
    token.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return false;
}

}  // namespace

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (!IsAlnum(c)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      continue;
    }
    if (IsUpper(c) && i > 0 && IsLower(name[i - 1]) && !word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    word.push_back(IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool LooksLikeSkipLinkText(std::string_view text) {
  std::string_view t = TrimUnicodeSpace(text);
  // Every prefix below starts with 跳, 直 or s: most anchor texts fail here.
  if (t.empty() || (t[0] != 's' && t[0] != 'S' && !t.starts_with("跳") && !t.starts_with("直"))) {
    return false;
  }
  for (std::string_view prefix :
       {"跳过", "跳到", "跳转到主要内容", "跳转到正文", "跳至", "直达正文", "skip to",
        "skip navigation", "skip nav", "skip main"}) {
    if (StartsWithIgnoreCase(t, prefix)) return true;
  }
  return false;
}

NodeRoles ComputeNodeRoles(const Document& doc) {
  const size_t n = doc.nodes.size();
  NodeRoles roles;
  roles.region.assign(n, Region::kMain);
  roles.interactive.assign(n, 0);
  roles.accessibility.assign(n, 0);
  roles.noscript.assign(n, 0);

  // Elements that scripts show and hide on demand: the targets of
  // aria-controls / data-target (tab panels, collapsible menus).
  std::unordered_set<std::string_view> controlled;
  for (const Node& node : doc.nodes) {
    if (node.type != Node::Type::kElement) continue;
    for (const auto& [key, value] : node.attributes) {
      if (key == "aria-controls") {
        for (std::string_view id : Split(value, ' ')) {
          if (!id.empty()) controlled.insert(id);
        }
      } else if ((key == "data-target" || key == "data-bs-target") && value.size() > 1 &&
                 value[0] == '#') {
        controlled.insert(std::string_view(value).substr(1));
      }
    }
  }

  std::vector<uint8_t> in_article(n, 0);
  // What an id or class value says, worked out once per distinct value: a
  // template repeats the same few names on hundreds of elements.
  struct NameFacts {
    std::optional<Region> region;
    bool interactive = false;
    bool accessibility = false;
  };
  std::unordered_map<std::string_view, NameFacts> name_facts;
  auto facts_of = [&](std::string_view value) -> const NameFacts& {
    auto [it, fresh] = name_facts.try_emplace(value);
    if (fresh) {
      const std::vector<std::string> words = NameWords(value);
      it->second.region = RegionOfNames(words);
      it->second.interactive = std::any_of(words.begin(), words.end(), IsInteractiveWord);
      it->second.accessibility = IsAccessibilityName(value);
    }
    return it->second;
  };
  for (size_t i = 0; i < n; ++i) {
    const Node& node = doc.nodes[i];
    const int parent = node.parent;
    if (parent >= 0) {
      roles.region[i] = roles.region[parent];
      roles.interactive[i] = roles.interactive[parent];
      roles.accessibility[i] = roles.accessibility[parent];
      roles.noscript[i] = roles.noscript[parent];
      in_article[i] = in_article[parent];
    }
    if (node.type != Node::Type::kElement) continue;
    const std::string& tag = node.tag;
    if (tag == "noscript"sv) roles.noscript[i] = 1;

    // Region: the nearest ancestor that names one wins.
    std::optional<Region> own;
    if (tag == "header"sv && !in_article[i]) {
      own = Region::kHeader;
    } else if (tag == "footer"sv && !in_article[i]) {
      own = Region::kFooter;
    } else if (tag == "nav"sv) {
      own = Region::kNav;
    } else if (tag == "aside"sv) {
      own = Region::kSidebar;
    } else if (tag == "main"sv || tag == "article"sv) {
      own = Region::kMain;
    }
    if (tag == "article"sv || tag == "main"sv || tag == "section"sv) in_article[i] = 1;
    // One pass over the attributes collects everything looked at below.
    const std::string* role = nullptr;
    const std::string* id = nullptr;
    const std::string* cls = nullptr;
    bool widget_attribute = false;
    for (const auto& [key, value] : node.attributes) {
      if (key == "role") {
        role = &value;
      } else if (key == "id") {
        id = &value;
      } else if (key == "class") {
        cls = &value;
      } else if (key == "aria-expanded" || key == "aria-haspopup" || key == "data-toggle" ||
                 key == "data-bs-toggle") {
        widget_attribute = true;
      }
    }
    if (!own && role != nullptr) own = RegionOfRole(AsciiLower(*role));
    static const NameFacts kNoName;
    const NameFacts& id_facts = id != nullptr ? facts_of(*id) : kNoName;
    const NameFacts& class_facts = cls != nullptr ? facts_of(*cls) : kNoName;
    if (!own) own = id_facts.region;
    if (!own) own = class_facts.region;
    if (own) roles.region[i] = *own;

    // Interactive widgets.
    if (!roles.interactive[i]) {
      bool interactive = tag == "nav"sv || tag == "menu"sv || tag == "details"sv ||
                         tag == "dialog"sv || tag == "select"sv;
      if (!interactive && role != nullptr) interactive = IsInteractiveRole(AsciiLower(*role));
      if (!interactive) interactive = widget_attribute;
      if (!interactive && id != nullptr && controlled.count(*id)) interactive = true;
      if (!interactive) interactive = class_facts.interactive || id_facts.interactive;
      roles.interactive[i] = interactive;
    }

    // Screen-reader text and skip links.
    if (!roles.accessibility[i]) {
      roles.accessibility[i] = class_facts.accessibility || id_facts.accessibility;
    }
  }
  return roles;
}

}  // namespace govmon
