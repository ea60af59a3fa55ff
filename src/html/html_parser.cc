// ParseHtml: gumbo builds the HTML5 tree; we copy it into Document::nodes
// (pre-order, so a parent always precedes its children), then derive the
// head facts, styles and visibility, links, text, tables and dates from it.
// gumbo is used here and nowhere else.
#include "html/html_parser.h"

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <utility>

#include "base/strings.h"
#include "html/date_extractor.h"
#include "html/link_extractor.h"
#include "html/page_structure.h"
#include "html/script_links.h"
#include "html/style_cascade.h"
#include "html/text_extractor.h"
#include "html/visibility.h"

namespace govmon {

using namespace std::string_view_literals;
namespace {

// A bump allocator for gumbo: its tree is thousands of small allocations
// that live exactly as long as one parse, so they come from a per-thread arena
// that is reset, not freed piece by piece. This halves the cost of memory
// management in parsing. Blocks are kept for the thread's next page up to
// kMaxRetained bytes.
class GumboArena {
 public:
  static constexpr size_t kBlockSize = 256 * 1024;
  static constexpr size_t kMaxRetained = 16 * 1024 * 1024;

  void* Allocate(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (size > static_cast<size_t>(end_ - next_)) NextBlock(size);
    void* p = next_;
    next_ += size;
    return p;
  }

  // Forgets every allocation; keeps (some of) the memory.
  void Reset() {
    size_t retained = 0;
    size_t keep = 0;
    while (keep < blocks_.size() && retained + blocks_[keep].size <= kMaxRetained) {
      retained += blocks_[keep].size;
      ++keep;
    }
    blocks_.resize(keep);
    current_ = 0;
    next_ = end_ = nullptr;
    if (!blocks_.empty()) Enter(0);
  }

  static void* GumboAllocate(void* arena, size_t size) {
    return static_cast<GumboArena*>(arena)->Allocate(size);
  }
  static void GumboFree(void*, void*) {}

 private:
  struct Block {
    std::unique_ptr<char[]> data;
    size_t size;
  };

  void Enter(size_t block) {
    current_ = block;
    next_ = blocks_[block].data.get();
    end_ = next_ + blocks_[block].size;
  }

  void NextBlock(size_t size) {
    // Reuse a retained block when the request fits, else add one. The first
    // block is entered by Reset(), or here on the first allocation.
    const size_t first = next_ == nullptr ? 0 : current_ + 1;
    for (size_t b = first; b < blocks_.size(); ++b) {
      if (size <= blocks_[b].size) {
        Enter(b);
        return;
      }
    }
    const size_t block = std::max(size, kBlockSize);
    blocks_.push_back({std::make_unique_for_overwrite<char[]>(block), block});
    Enter(blocks_.size() - 1);
  }

  std::vector<Block> blocks_;
  size_t current_ = 0;
  char* next_ = nullptr;  // Free space of the current block: [next_, end_).
  char* end_ = nullptr;
};

std::string TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  if (piece.length == 0 || piece.data == nullptr) return "";
  gumbo_tag_from_original_text(&piece);
  return AsciiLower(std::string_view(piece.data, piece.length));
}

// Copies gumbo's tree into doc->nodes. Comments are dropped; <template>
// contents become ordinary children of the template element. Iterative, as
// broken pages nest elements thousands deep.
void BuildNodes(const GumboNode* document, Document* doc, std::vector<uint8_t>* exact_text) {
  struct Item {
    const GumboNode* node;
    int parent;
  };
  std::vector<Item> stack;
  // Nodes are large: count them so that the vector never grows (and moves).
  size_t count = 0;
  {
    std::vector<const GumboNode*> pending = {document};
    while (!pending.empty()) {
      const GumboNode* g = pending.back();
      pending.pop_back();
      ++count;
      const GumboVector* children =
          g->type == GUMBO_NODE_DOCUMENT ? &g->v.document.children
          : g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE ? &g->v.element.children
                                                                            : nullptr;
      if (children == nullptr) continue;
      for (unsigned k = 0; k < children->length; ++k) {
        pending.push_back(static_cast<const GumboNode*>(children->data[k]));
      }
    }
  }
  doc->nodes.reserve(count);
  exact_text->reserve(count);
  const GumboVector& top = document->v.document.children;
  for (unsigned k = top.length; k > 0; --k) {
    stack.push_back({static_cast<const GumboNode*>(top.data[k - 1]), -1});
  }
  while (!stack.empty()) {
    const Item item = stack.back();
    stack.pop_back();
    const GumboNode* g = item.node;
    if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE &&
        g->type != GUMBO_NODE_WHITESPACE && g->type != GUMBO_NODE_TEXT &&
        g->type != GUMBO_NODE_CDATA) {
      continue;  // Comments, the document node.
    }
    const int index = static_cast<int>(doc->nodes.size());
    // Only one root: stray top-level nodes (text before <html>) hang under
    // the first.
    const int parent = item.parent < 0 && index > 0 ? 0 : item.parent;
    if (parent >= 0) doc->nodes[parent].children.push_back(index);
    // Built in place; the vector was reserved for every node, so `node`
    // stays valid.
    Node& node = doc->nodes.emplace_back();
    node.parent = parent;
    bool exact = false;
    const GumboVector* children = nullptr;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
      const GumboElement& e = g->v.element;
      node.type = Node::Type::kElement;
      if (e.tag != GUMBO_TAG_UNKNOWN) {
        node.tag.assign(gumbo_normalized_tagname(e.tag));
      } else {
        node.tag = TagName(e);
      }
      node.source_offset = e.start_pos.offset;
      node.attributes.reserve(e.attributes.length);
      node.children.reserve(e.children.length);
      for (unsigned a = 0; a < e.attributes.length; ++a) {
        const auto* attr = static_cast<const GumboAttribute*>(e.attributes.data[a]);
        node.attributes.emplace_back(attr->name, attr->value);
      }
      children = &e.children;
    } else if (g->type == GUMBO_NODE_WHITESPACE) {
      // Indentation between tags: only whether it holds a line break
      // matters (text collapses it), so it is not copied.
      const GumboText& t = g->v.text;
      node.type = Node::Type::kText;
      node.text.assign(
          std::string_view(t.original_text.data, t.original_text.length).find_first_of("\n\r") !=
                  std::string_view::npos
              ? "\n"
              : " ");
      node.source_offset = t.start_pos.offset;
    } else {
      const GumboText& t = g->v.text;
      node.type = Node::Type::kText;
      node.text.assign(t.text);
      node.source_offset = t.start_pos.offset;
      exact = t.original_text.length == node.text.size() &&
              std::string_view(t.original_text.data, t.original_text.length) == node.text;
    }
    exact_text->push_back(exact);
    if (children != nullptr) {
      for (unsigned k = children->length; k > 0; --k) {
        stack.push_back({static_cast<const GumboNode*>(children->data[k - 1]), index});
      }
    }
  }
}

// Title, <base href>, meta tags and linked style sheets.
void ReadHead(Document* doc) {
  bool have_base = false;
  for (const Node& node : doc->nodes) {
    if (node.type != Node::Type::kElement) continue;
    if (node.tag == "title"sv && doc->title.empty()) {
      std::string text;
      for (int child : node.children) {
        if (doc->nodes[child].type == Node::Type::kText) text += doc->nodes[child].text;
      }
      doc->title = CollapseWhitespace(text);
    } else if (node.tag == "base"sv && !have_base) {
      const std::string* href = node.Attribute("href");
      if (href == nullptr) continue;
      have_base = true;
      LinkResolver resolver(doc->url);
      if (std::optional<std::string> base = resolver.Resolve(*href)) doc->base_url = *base;
    } else if (node.tag == "meta"sv) {
      const std::string* content = node.Attribute("content");
      if (content == nullptr) continue;
      for (std::string_view key : {"name", "property", "http-equiv", "itemprop"}) {
        const std::string* name = node.Attribute(key);
        if (name != nullptr && !name->empty()) {
          doc->meta.emplace(*name, *content);  // The first of duplicates wins.
          break;
        }
      }
    }
  }
}

Document ParseHtmlAtDepth(std::string_view utf8_html, std::string_view url,
                          const HtmlOptions& options, int depth);

// <link rel=stylesheet href=…>, not an alternate style sheet.
bool IsStylesheetLink(const Node& node) {
  if (node.type != Node::Type::kElement || node.tag != "link"sv) return false;
  const std::string* rel = node.Attribute("rel");
  if (rel == nullptr || node.Attribute("href") == nullptr) return false;
  bool stylesheet = false;
  bool alternate = false;
  for (std::string_view token : Split(*rel, ' ')) {
    if (EqualsIgnoreCase(TrimAscii(token), "stylesheet")) stylesheet = true;
    if (EqualsIgnoreCase(TrimAscii(token), "alternate")) alternate = true;
  }
  return stylesheet && !alternate;
}

// Fills doc->stylesheets, one entry per stylesheet link (empty when its href
// does not resolve), in document order.
void ResolveStylesheetLinks(const LinkResolver& resolver, Document* doc) {
  for (const Node& node : doc->nodes) {
    if (!IsStylesheetLink(node)) continue;
    std::optional<std::string> url = resolver.Resolve(*node.Attribute("href"));
    doc->stylesheets.push_back(url ? std::move(*url) : std::string());
  }
}

// The page's style sheets in cascade order: <style> blocks (those whose
// media applies) and linked sheets the caller supplied, as they appear.
// A supplied style sheet by URL, compiled (once, with a cache), or null.
std::shared_ptr<const CompiledStyleSheet> SuppliedSheet(const std::string& url,
                                                        const HtmlOptions& options) {
  if (options.stylesheets == nullptr || url.empty()) return nullptr;
  auto it = options.stylesheets->find(url);
  if (it == options.stylesheets->end()) return nullptr;
  return options.stylesheet_cache != nullptr
             ? options.stylesheet_cache->Get(url, it->second)
             : std::make_shared<const CompiledStyleSheet>(url, it->second);
}

// Adds `sheet` after the sheets it @imports (one level: imports of imports
// are not followed). Imported URLs, resolved against `base`, are recorded in
// `imported` for Document::stylesheets so that the crawler fetches them.
void AddWithImports(std::shared_ptr<const CompiledStyleSheet> sheet, std::string_view base,
                    const HtmlOptions& options,
                    std::vector<std::shared_ptr<const CompiledStyleSheet>>* sheets,
                    std::vector<std::string>* imported) {
  if (!sheet->imports().empty()) {
    const LinkResolver resolver(base);
    for (const std::string& import : sheet->imports()) {
      std::optional<std::string> url = resolver.Resolve(import);
      if (!url) continue;
      if (std::shared_ptr<const CompiledStyleSheet> imported_sheet = SuppliedSheet(*url, options)) {
        sheets->push_back(std::move(imported_sheet));
      }
      imported->push_back(std::move(*url));
    }
  }
  sheets->push_back(std::move(sheet));
}

// The page's style sheets in cascade order: <style> blocks (those whose
// media applies) and linked sheets the caller supplied, as they appear, each
// after what it @imports. Appends imported sheets' URLs to doc->stylesheets.
std::vector<std::shared_ptr<const CompiledStyleSheet>> CollectStyleSheets(
    const HtmlOptions& options, Document* doc) {
  std::vector<std::shared_ptr<const CompiledStyleSheet>> sheets;
  std::vector<std::string> imported;
  int style_count = 0;
  size_t linked = 0;
  const size_t link_count = doc->stylesheets.size();
  // Inside <noscript>: a visitor with scripts, the one the cascade models,
  // never gets these sheets (the crawler still fetches linked ones).
  std::vector<uint8_t> in_noscript(doc->nodes.size(), 0);
  for (size_t i = 0; i < doc->nodes.size(); ++i) {
    const Node& node = doc->nodes[i];
    if (node.type != Node::Type::kElement) continue;
    if (node.parent >= 0) {
      in_noscript[i] = in_noscript[node.parent] || doc->nodes[node.parent].tag == "noscript"sv;
    }
    const std::string* media = node.Attribute("media");
    if (node.tag == "style"sv) {
      ++style_count;
      if (in_noscript[i] || (media != nullptr && !MediaQueryMatches(*media))) continue;
      std::string css;
      for (int child : node.children) {
        if (doc->nodes[child].type == Node::Type::kText) css += doc->nodes[child].text;
      }
      AddWithImports(
          std::make_shared<const CompiledStyleSheet>("<style>#" + std::to_string(style_count), css),
          doc->base_url, options, &sheets, &imported);
    } else if (IsStylesheetLink(node) && linked < link_count) {
      // doc->stylesheets holds these links' resolved URLs in the same order.
      const std::string url = doc->stylesheets[linked++];
      if (in_noscript[i] || (media != nullptr && !MediaQueryMatches(*media))) continue;
      if (std::shared_ptr<const CompiledStyleSheet> sheet = SuppliedSheet(url, options)) {
        AddWithImports(std::move(sheet), url, options, &sheets, &imported);
      }
    }
  }
  for (std::string& url : imported) {
    if (std::find(doc->stylesheets.begin(), doc->stylesheets.end(), url) ==
        doc->stylesheets.end()) {
      doc->stylesheets.push_back(std::move(url));
    }
  }
  return sheets;
}

// Markup that scripts write is parsed as a page of its own this many levels
// deep (a written <script> that writes again); deeper writes are ignored.
constexpr int kMaxScriptDepth = 2;

bool IsJavaScript(const Node& script) {
  const std::string* type = script.Attribute("type");
  if (type == nullptr) return true;
  const std::string t = AsciiLower(TrimAscii(*type));
  return t.empty() || t == "text/javascript"sv || t == "application/javascript"sv ||
         t == "module"sv || t == "text/ecmascript"sv || t == "application/x-javascript"sv ||
         t == "text/jscript"sv;
}

// Adds the links scripts write (LinkOrigin::kScriptWritten) and the URLs they
// redirect to (kScriptRedirect), from inline scripts and from the script
// files the caller supplied.
void AddScriptLinks(const LinkResolver& resolver, const NodeRoles& roles,
                    const HtmlOptions& options, int depth, Document* doc) {
  for (size_t i = 0; i < doc->nodes.size(); ++i) {
    const Node& script = doc->nodes[i];
    // A script inside <noscript> never runs: with scripts on, <noscript> is
    // not parsed; with scripts off, nothing runs.
    if (script.type != Node::Type::kElement || script.tag != "script"sv || roles.noscript[i] ||
        !IsJavaScript(script)) {
      continue;
    }
    std::string inline_js;
    std::string_view js;
    size_t base_offset = script.source_offset;
    bool offsets_in_source = false;
    std::shared_ptr<const std::vector<ScriptOutput>> cached;
    if (const std::string* src = script.Attribute("src")) {
      if (options.scripts == nullptr) continue;
      std::optional<std::string> url = resolver.Resolve(*src);
      if (!url) continue;
      auto it = options.scripts->find(*url);
      if (it == options.scripts->end()) continue;
      js = it->second;
      if (options.script_cache != nullptr) cached = options.script_cache->Get(*url, js);
    } else {
      for (int child : script.children) {
        const Node& text = doc->nodes[child];
        if (text.type != Node::Type::kText) continue;
        if (inline_js.empty()) base_offset = text.source_offset;
        inline_js += text.text;
      }
      js = inline_js;
      offsets_in_source = true;
    }
    if (js.empty()) continue;
    // What a script writes appears where the script is: inside its parent.
    const Visibility* container =
        script.parent >= 0 ? &doc->VisibilityOf(doc->nodes[script.parent]) : nullptr;
    std::vector<ScriptOutput> found;
    if (cached == nullptr) found = FindScriptOutputs(js);
    for (const ScriptOutput& out : cached != nullptr ? *cached : found) {
      const size_t offset = offsets_in_source ? base_offset + out.offset : script.source_offset;
      if (out.kind == ScriptOutput::Kind::kRedirect) {
        std::optional<std::string> target = resolver.Resolve(out.value);
        if (!target) continue;
        Link link;
        link.url = std::move(*target);
        link.raw = out.value;
        link.tag = "script";
        link.origin = LinkOrigin::kScriptRedirect;
        link.source_offset = offset;
        link.node = static_cast<int>(i);
        doc->links.push_back(std::move(link));
        continue;
      }
      if (depth >= kMaxScriptDepth) continue;
      HtmlOptions fragment_options = options;
      fragment_options.stylesheets = nullptr;
      Document fragment = ParseHtmlAtDepth(out.value, doc->base_url, fragment_options, depth + 1);
      for (Link& link : fragment.links) {
        if (link.origin == LinkOrigin::kAttribute) link.origin = LinkOrigin::kScriptWritten;
        link.source_offset = offset;
        link.node = static_cast<int>(i);
        link.interactive_container |= roles.interactive[i] != 0;
        link.accessibility_text |= roles.accessibility[i] != 0;
        if (link.visibility.visible() && container != nullptr && !container->visible()) {
          link.visibility = *container;
        }
        doc->links.push_back(std::move(link));
      }
    }
  }
}

Document ParseHtmlAtDepth(std::string_view utf8_html, std::string_view url,
                          const HtmlOptions& options, int depth) {
  Document doc;
  doc.kind = DocumentKind::kHtml;
  doc.url = std::string(url);
  doc.base_url = doc.url;

  std::vector<uint8_t> exact_text;
  {
    // Markup that scripts write is parsed from within the page's parse; an
    // arena per depth keeps that safe whatever the order of the steps.
    static thread_local GumboArena arenas[kMaxScriptDepth + 1];
    GumboArena& arena = arenas[std::clamp(depth, 0, kMaxScriptDepth)];
    GumboOptions gumbo_options = kGumboDefaultOptions;
    gumbo_options.max_errors = 0;  // We never read parse errors; don't record them.
    gumbo_options.allocator = &GumboArena::GumboAllocate;
    gumbo_options.deallocator = &GumboArena::GumboFree;
    gumbo_options.userdata = &arena;
    const GumboOutput* output =
        gumbo_parse_with_options(&gumbo_options, utf8_html.data(), utf8_html.size());
    BuildNodes(output->document, &doc, &exact_text);
    // No gumbo_destroy_output(): everything it would free is in the arena.
    arena.Reset();
  }

  ReadHead(&doc);
  const LinkResolver resolver(doc.base_url);
  ResolveStylesheetLinks(resolver, &doc);

  std::vector<uint8_t> text_only_hidden;
  if (options.compute_visibility) {
    StyleCascade cascade(doc, CollectStyleSheets(options, &doc));
    ComputeVisibility(cascade, &doc, &text_only_hidden);
  }

  const NodeRoles roles = ComputeNodeRoles(doc);
  ExtractLinks(roles, resolver, text_only_hidden, &doc);
  if (options.script_links) AddScriptLinks(resolver, roles, options, depth, &doc);
  ExtractTextAndTables(exact_text, &doc);
  ExtractDates(roles, &doc);
  // Unresolvable stylesheet hrefs kept their place only for the cascade.
  std::erase(doc.stylesheets, std::string());
  return doc;
}

}  // namespace

Document ParseHtml(std::string_view utf8_html, std::string_view url, const HtmlOptions& options) {
  return ParseHtmlAtDepth(utf8_html, url, options, 0);
}

std::vector<Link> StyleSheetLinks(std::string_view css, std::string_view sheet_url) {
  std::vector<Link> links;
  AppendCssUrlLinks(css, LinkResolver(sheet_url), "link", 0, -1, &links);
  return links;
}

}  // namespace govmon
