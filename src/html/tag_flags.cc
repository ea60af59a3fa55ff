#include "html/tag_flags.h"

#include <unordered_map>
#include <vector>

namespace govmon {

namespace {

// Element names bucketed by first letter; a lookup compares a handful of
// names of the same first letter (cheaper than hashing, which showed in
// profiles: this runs several times per element).
struct TagTable {
  struct Entry {
    std::string_view name;
    uint32_t flags;
  };
  std::vector<Entry> buckets[26];
};

const TagTable& Table() {
  static const TagTable kTable = [] {
    std::unordered_map<std::string_view, uint32_t> m;
    for (std::string_view t :
         {"address",  "article",    "aside",  "blockquote", "body",   "caption", "center",
          "dd",       "details",    "dialog", "dir",        "div",    "dl",      "dt",
          "fieldset", "figcaption", "figure", "footer",     "form",   "h1",      "h2",
          "h3",       "h4",         "h5",     "h6",         "header", "hgroup",  "hr",
          "li",       "main",       "menu",   "nav",        "ol",     "p",       "pre",
          "section",  "summary",    "table",  "tbody",      "td",     "tfoot",   "th",
          "thead",    "tr",         "ul",     "option",     "legend", "marquee", "html",
          "frameset", "textarea",   "select", "button"}) {
      m[t] |= kTagBlock;
    }
    // <noscript> is not here: visitors and crawlers without scripts see it.
    for (std::string_view t : {"script", "style", "template", "head", "title", "iframe", "frame",
                               "object", "meta", "link"}) {
      m[t] |= kTagNonRendered;
    }
    for (std::string_view t :
         {"a",      "abbr", "b",   "bdi",   "bdo",  "cite", "code", "data", "dfn",    "em",
          "font",   "i",    "kbd", "label", "mark", "q",    "s",    "samp", "small",  "span",
          "strong", "sub",  "sup", "time",  "u",    "var",  "big",  "tt",   "strike", "nobr"}) {
      m[t] |= kTagInline;
    }
    for (std::string_view t : {"img", "iframe", "frame", "embed", "object", "video", "canvas",
                               "svg", "input", "audio"}) {
      m[t] |= kTagReplaced;
    }
    // <area> is not here: its image map shows it. <dialog> and
    // <input type=hidden> depend on attributes; the cascade checks those.
    for (std::string_view t : {"head", "script", "style", "template", "title", "meta", "link",
                               "base", "datalist", "param", "track"}) {
      m[t] |= kTagUaHidden;
    }
    for (std::string_view t : {"img", "iframe", "frame", "embed", "object", "marquee", "table",
                               "td", "th", "video", "canvas"}) {
      m[t] |= kTagSizeAttributes;
    }
    TagTable table;
    for (const auto& [name, flags] : m) {
      table.buckets[name[0] - 'a'].push_back({name, flags});
    }
    return table;
  }();
  return kTable;
}

}  // namespace

uint32_t TagFlags(std::string_view tag) {
  if (tag.empty() || tag[0] < 'a' || tag[0] > 'z') return 0;
  for (const TagTable::Entry& e : Table().buckets[tag[0] - 'a']) {
    if (e.name.size() == tag.size() && e.name == tag) return e.flags;
  }
  return 0;
}

}  // namespace govmon
