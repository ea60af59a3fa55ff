#include "html/tag_flags.h"

#include <unordered_map>

namespace govmon {

uint32_t TagFlags(std::string_view tag) {
  static const std::unordered_map<std::string_view, uint32_t> kFlags = [] {
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
    for (std::string_view t : {"script", "style", "noscript", "template", "head", "title", "iframe",
                               "frame", "object", "meta", "link"}) {
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
                               "base", "noscript", "datalist", "param", "track"}) {
      m[t] |= kTagUaHidden;
    }
    for (std::string_view t : {"img", "iframe", "frame", "embed", "object", "marquee", "table",
                               "td", "th", "video", "canvas"}) {
      m[t] |= kTagSizeAttributes;
    }
    return m;
  }();
  auto it = kFlags.find(tag);
  return it == kFlags.end() ? 0 : it->second;
}

}  // namespace govmon
