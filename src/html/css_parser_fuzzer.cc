// Fuzzes the CSS parser and the compilation of a sheet for the cascade, and
// the selector and media-query parsers and the url() finder on the same bytes.
#include <cstdint>
#include <string_view>

#include "html/css_parser.h"
#include "html/html_parser.h"
#include "html/style_cascade.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string_view css(reinterpret_cast<const char*>(data), size);
  govmon::CssStyleSheet sheet = govmon::ParseCss(css);
  for (const govmon::CssRule& rule : sheet.rules) {
    for (const govmon::CssSelector& selector : rule.selectors) {
      if (selector.compounds.empty() ||
          selector.combinators.size() + 1 != selector.compounds.size()) {
        __builtin_trap();
      }
    }
  }
  govmon::CompiledStyleSheet compiled("fuzz", css);
  (void)govmon::ParseCssDeclarations(css);
  govmon::CssSelector selector;
  (void)govmon::ParseCssSelector(css.substr(0, 512), &selector);
  (void)govmon::MediaQueryMatches(css.substr(0, 512));
  for (const std::string& url : govmon::FindCssUrls(css)) {
    if (url.empty() || url.size() > css.size()) __builtin_trap();
  }
  for (const govmon::Link& link : govmon::StyleSheetLinks(css, "http://www.f.gov.cn/css/a.css")) {
    if (link.url.empty() || link.origin != govmon::LinkOrigin::kCssUrl) __builtin_trap();
  }
  return 0;
}
