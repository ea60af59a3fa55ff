// Fuzzes HTML → Document, with the cascade, linked style sheets and script
// files in play. Input: one flags byte, then HTML, optionally followed by a
// NUL and CSS, and another NUL and JavaScript (served as the page's linked
// sheet and script). Checks the Document's structural invariants.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "html/html_parser.h"

namespace {

constexpr size_t kMaxInput = 64 * 1024;

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kMaxInput) return 0;
  const uint8_t flags = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  std::string_view html = rest.substr(0, rest.find('\0'));
  std::string_view css, js;
  if (html.size() < rest.size()) {
    std::string_view tail = rest.substr(html.size() + 1);
    css = tail.substr(0, tail.find('\0'));
    if (css.size() < tail.size()) js = tail.substr(css.size() + 1);
  }
  govmon::ResourceMap sheets = {{"http://www.f.gov.cn/s.css", std::string(css)}};
  govmon::ResourceMap scripts = {{"http://www.f.gov.cn/s.js", std::string(js)}};
  govmon::StyleSheetCache cache;
  govmon::HtmlOptions options;
  options.compute_visibility = (flags & 1) == 0;
  options.script_links = (flags & 2) == 0;
  options.stylesheets = &sheets;
  options.scripts = &scripts;
  if (flags & 4) options.stylesheet_cache = &cache;
  std::string page = "<link rel=stylesheet href=/s.css><script src=/s.js></script>";
  page += html;
  const govmon::Document doc = govmon::ParseHtml(page, "http://www.f.gov.cn/a/b.html", options);

  for (size_t i = 0; i < doc.nodes.size(); ++i) {
    const govmon::Node& node = doc.nodes[i];
    Check(node.parent < static_cast<int>(i));
    Check(node.source_offset <= page.size());
    for (int child : node.children) Check(child > static_cast<int>(i));
  }
  for (const govmon::Link& link : doc.links) {
    Check(!link.url.empty());
    Check(link.node < static_cast<int>(doc.nodes.size()));
  }
  for (const govmon::Node& node : doc.nodes) {
    Check(node.visibility < static_cast<int>(doc.visibilities.size()));
  }
  for (const govmon::Table& table : doc.tables) {
    Check(table.node >= 0 && table.node < static_cast<int>(doc.nodes.size()));
  }
  for (const govmon::TextBlock& block : doc.blocks) {
    Check(!block.text.empty());
    Check(block.table < static_cast<int>(doc.tables.size()));
    for (const auto& [text_offset, source_offset] : block.source_map) {
      Check(text_offset < block.text.size());
      Check(source_offset < page.size());
    }
  }
  (void)doc.VisibleText();
  return 0;
}
