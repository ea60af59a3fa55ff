#include "html/link_extractor.h"

#include <algorithm>

#include "base/strings.h"
#include "html/css_parser.h"
#include "html/text_extractor.h"

namespace govmon {

using namespace std::string_view_literals;
namespace {

// Schemes that name no resource a crawler could fetch or a visitor could be
// sent to by a link check.
bool IsSkippedScheme(std::string_view scheme) {
  for (std::string_view s : {"javascript", "mailto", "tel", "data", "about", "sms", "vbscript",
                             "callto", "blob", "file", "weixin", "tencent", "chrome"}) {
    if (EqualsIgnoreCase(scheme, s)) return true;
  }
  return false;
}

// Elements whose visibility a visitor can judge. Others (script, link, meta)
// are not displayed at all, so their links carry no visibility.
bool IsDisplayedTag(const std::string& tag) {
  return tag == "a"sv || tag == "area"sv || tag == "img"sv || tag == "iframe"sv ||
         tag == "frame"sv || tag == "embed"sv || tag == "object"sv || tag == "video"sv ||
         tag == "audio"sv || tag == "input"sv;
}

bool HasRelToken(const std::string* rel, std::string_view token) {
  if (rel == nullptr) return false;
  for (std::string_view part : Split(*rel, ' ')) {
    if (EqualsIgnoreCase(TrimAscii(part), token)) return true;
  }
  return false;
}

// What a visitor sees inside a link element: its text (collapsed), whether
// any of it is visible, and the first hidden node when none is.
struct LinkContent {
  std::string text;
  bool has_visible_content = false;
  bool has_image = false;
  std::string image_alt;
  int first_hidden = -1;
};

LinkContent ContentOf(const Document& doc, int root, const std::vector<uint8_t>& text_only) {
  LinkContent content;
  bool pending_space = false;
  std::vector<int> stack(doc.nodes[root].children.rbegin(), doc.nodes[root].children.rend());
  while (!stack.empty()) {
    const int i = stack.back();
    stack.pop_back();
    const Node& node = doc.nodes[i];
    if (node.type == Node::Type::kText) {
      if (!AppendCollapsed(node.text, &content.text, &pending_space)) continue;
      const Node& parent = doc.nodes[node.parent];
      if (parent.visibility < 0) {
        content.has_visible_content = true;
      } else if (content.first_hidden < 0) {
        content.first_hidden = node.parent;
      }
      continue;
    }
    if (IsNonRenderedTag(node.tag)) continue;
    if (node.tag == "img"sv || node.tag == "svg"sv || node.tag == "input"sv) {
      content.has_image = true;
      if (node.visibility < 0 || (!text_only.empty() && text_only[i])) {
        content.has_visible_content = true;
      } else if (content.first_hidden < 0) {
        content.first_hidden = i;
      }
      if (content.image_alt.empty()) {
        const std::string* alt = node.Attribute("alt");
        if (alt == nullptr) alt = node.Attribute("title");
        if (alt != nullptr) content.image_alt = CollapseWhitespace(*alt);
      }
    }
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back(*it);
  }
  return content;
}

}  // namespace

void AppendCssUrlLinks(std::string_view css, const LinkResolver& resolver, const std::string& tag,
                       size_t source_offset, int node, std::vector<Link>* out) {
  for (std::string& raw : FindCssUrls(css)) {
    std::optional<std::string> url = resolver.Resolve(raw);
    if (!url) continue;
    Link link;
    link.url = std::move(*url);
    link.raw = std::move(raw);
    link.tag = tag;
    link.origin = LinkOrigin::kCssUrl;
    link.source_offset = source_offset;
    link.node = node;
    out->push_back(std::move(link));
  }
}

namespace {

// Characters that Url::Resolve() copies as they are, in a path or a query.
bool IsPlainUrlChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
         c == '.' || c == '-' || c == '_' || c == '~' || c == '=' || c == '&' || c == '+' ||
         c == ',' || c == ';';
}

// True for a path (and query) that resolution leaves as written: plain
// characters, at most one '?', and no dot segments ("./", "../").
bool IsPlainPathAndQuery(std::string_view s) {
  if (s.empty() || s.front() == '.') return false;
  bool query = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '?') {
      if (query) return false;
      query = true;
    } else if (!IsPlainUrlChar(c)) {
      return false;
    } else if (c == '.' && !query && s[i - 1] == '/') {
      return false;
    }
  }
  return true;
}

// An absolute http(s) URL written as Url::Parse() would write it: lower-case
// scheme and host, no port or user, a plain path.
bool IsCanonicalAbsoluteUrl(std::string_view ref) {
  size_t host_start;
  if (ref.starts_with("http://")) {
    host_start = 7;
  } else if (ref.starts_with("https://")) {
    host_start = 8;
  } else {
    return false;
  }
  const size_t slash = ref.find('/', host_start);
  if (slash == std::string_view::npos || slash == host_start || ref[slash - 1] == '.') return false;
  for (size_t i = host_start; i < slash; ++i) {
    const char c = ref[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) return false;
  }
  return IsPlainPathAndQuery(ref.substr(slash));
}

}  // namespace

LinkResolver::LinkResolver(std::string_view base_url) {
  Result<Url> base = Url::Parse(base_url);
  if (!base.ok()) return;
  base_ = std::move(base).value();
  // The base's "scheme://host:port" and directory, for references that
  // resolve by concatenation (most of a page's links).
  std::string spec = base_->spec();
  prefix_ = spec.substr(0, spec.find('/', base_->scheme().size() + 3));
  directory_ = base_->path().substr(0, base_->path().rfind('/') + 1);
}

std::optional<std::string> LinkResolver::Resolve(std::string_view reference) const {
  std::string_view ref = TrimUnicodeSpace(reference);
  if (ref.empty() || ref.front() == '#') return std::nullopt;
  // Fast paths, equal to the general one below for these forms.
  if (IsCanonicalAbsoluteUrl(ref)) return std::string(ref);
  if (base_ && ref.front() != '?' && !ref.starts_with("//") && IsPlainPathAndQuery(ref)) {
    return ref.front() == '/' ? prefix_ + std::string(ref)
                              : prefix_ + directory_ + std::string(ref);
  }
  // A scheme is letters/digits/+-. before the first ':' that precedes any of
  // "/?#". Browsers strip tabs and newlines inside ("java\nscript:").
  size_t colon = ref.find_first_of(":/?#");
  if (colon != std::string_view::npos && ref[colon] == ':') {
    std::string scheme;
    for (char c : ref.substr(0, colon)) {
      if (c != '\t' && c != '\n' && c != '\r') scheme.push_back(c);
    }
    if (IsSkippedScheme(scheme)) return std::nullopt;
  }
  Result<Url> url = base_ ? base_->Resolve(ref) : Url::Parse(ref);
  if (!url.ok()) return std::nullopt;
  return url->spec();
}

std::string_view MetaRefreshTarget(std::string_view content) {
  size_t sep = content.find_first_of(";,");
  if (sep == std::string_view::npos) return "";
  std::string_view rest = TrimAscii(content.substr(sep + 1));
  if (StartsWithIgnoreCase(rest, "url")) {
    std::string_view after = TrimAscii(rest.substr(3));
    if (!after.empty() && after.front() == '=') rest = TrimAscii(after.substr(1));
  }
  if (!rest.empty() && (rest.front() == '\'' || rest.front() == '"')) {
    const char quote = rest.front();
    rest.remove_prefix(1);
    size_t end = rest.find(quote);
    if (end != std::string_view::npos) rest = rest.substr(0, end);
  }
  return TrimAscii(rest);
}

std::string_view FirstSrcsetUrl(std::string_view srcset) {
  std::string_view s = TrimAscii(srcset);
  size_t end = s.find_first_of(" \t\n\r\f,");
  return end == std::string_view::npos ? s : s.substr(0, end);
}

void ExtractLinks(const NodeRoles& roles, const LinkResolver& resolver,
                  const std::vector<uint8_t>& text_only_hidden, Document* doc) {
  const std::vector<Node>& nodes = doc->nodes;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& node = nodes[i];
    if (node.type != Node::Type::kElement) continue;
    const std::string& tag = node.tag;
    // Background images and other url()s of the page's own style: <style>
    // blocks and style attributes (linked sheets': StyleSheetLinks()).
    if (tag == "style"sv) {
      std::string css;
      for (int child : node.children) {
        if (nodes[child].type == Node::Type::kText) css += nodes[child].text;
      }
      AppendCssUrlLinks(css, resolver, tag, node.source_offset, static_cast<int>(i), &doc->links);
      continue;
    }
    if (const std::string* style = node.Attribute("style");
        style != nullptr && ContainsIgnoreCase(*style, "url(")) {
      AppendCssUrlLinks(*style, resolver, tag, node.source_offset, static_cast<int>(i),
                        &doc->links);
    }
    std::string_view raw;
    LinkOrigin origin = LinkOrigin::kAttribute;
    const std::string* value = nullptr;
    if (tag == "a"sv || tag == "area"sv) {
      value = node.Attribute("href");
    } else if (tag == "img"sv || tag == "source"sv) {
      value = node.Attribute("src");
      if (value == nullptr || TrimAscii(*value).empty()) {
        const std::string* srcset = node.Attribute("srcset");
        if (srcset != nullptr) raw = FirstSrcsetUrl(*srcset);
      }
    } else if (tag == "iframe"sv || tag == "frame"sv || tag == "embed"sv || tag == "script"sv ||
               tag == "video"sv || tag == "audio"sv) {
      value = node.Attribute("src");
    } else if (tag == "input"sv) {
      const std::string* type = node.Attribute("type");
      if (type != nullptr && EqualsIgnoreCase(*type, "image")) value = node.Attribute("src");
    } else if (tag == "object"sv) {
      value = node.Attribute("data");
    } else if (tag == "link"sv) {
      const std::string* rel = node.Attribute("rel");
      if (HasRelToken(rel, "dns-prefetch") || HasRelToken(rel, "preconnect")) continue;
      value = node.Attribute("href");
    } else if (tag == "meta"sv) {
      const std::string* equiv = node.Attribute("http-equiv");
      const std::string* content = node.Attribute("content");
      if (equiv == nullptr || content == nullptr ||
          !EqualsIgnoreCase(TrimAscii(*equiv), "refresh")) {
        continue;
      }
      raw = MetaRefreshTarget(*content);
      origin = LinkOrigin::kMetaRefresh;
    } else {
      continue;
    }
    if (value != nullptr) raw = *value;
    std::optional<std::string> url = resolver.Resolve(raw);
    if (!url) continue;

    Link link;
    link.url = std::move(*url);
    link.raw = std::string(raw);
    link.tag = tag;
    link.origin = origin;
    link.source_offset = node.source_offset;
    link.node = static_cast<int>(i);
    link.interactive_container = roles.interactive[i] != 0;
    link.accessibility_text = roles.accessibility[i] != 0;
    link.noscript = roles.noscript[i] != 0;

    if (tag == "a"sv || tag == "area"sv) {
      if (tag == "a"sv) {
        LinkContent content = ContentOf(*doc, static_cast<int>(i), text_only_hidden);
        link.text = !content.text.empty() ? std::move(content.text) : content.image_alt;
        if (node.visibility < 0) {
          // A visible anchor whose every piece of content is hidden shows
          // nothing: <a href><span style="display:none">…</span></a>.
          if (!content.has_visible_content && content.first_hidden >= 0) {
            link.visibility = doc->VisibilityOf(nodes[content.first_hidden]);
          }
        } else {
          // Hidden only by text techniques (font-size:0, text-indent, colour)
          // yet showing an image or re-sized text: the visitor sees it, as
          // with logo links that use text-indent image replacement.
          const bool text_only = !text_only_hidden.empty() && text_only_hidden[i];
          if (!(text_only && content.has_visible_content))
            link.visibility = doc->VisibilityOf(node);
        }
      } else {
        link.visibility = doc->VisibilityOf(node);
      }
      if (link.text.empty()) {
        for (std::string_view attr : {"alt", "title", "aria-label"}) {
          const std::string* v = node.Attribute(attr);
          if (v != nullptr && !v->empty()) {
            link.text = CollapseWhitespace(*v);
            break;
          }
        }
      }
      if (LooksLikeSkipLinkText(link.text)) link.accessibility_text = true;
    } else if (IsDisplayedTag(tag)) {
      for (std::string_view attr : {"alt", "title"}) {
        const std::string* v = node.Attribute(attr);
        if (v != nullptr && !v->empty()) {
          link.text = CollapseWhitespace(*v);
          break;
        }
      }
      const bool text_only = !text_only_hidden.empty() && text_only_hidden[i];
      if (!text_only) link.visibility = doc->VisibilityOf(node);
    } else if (tag == "source"sv && node.parent >= 0) {
      link.visibility = doc->VisibilityOf(nodes[node.parent]);
    }

    doc->links.push_back(std::move(link));
  }
}

}  // namespace govmon
