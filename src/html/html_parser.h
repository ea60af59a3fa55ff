// ParseHtml: HTML → Document, the parsed-page model every page check reads.
// Parsing is HTML5-conformant (gumbo), tolerant of any input, and never fails:
// garbage in gives a Document with whatever could be recovered. Thread-safe:
// calls share nothing but the caller's read-only options.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "html/document.h"
#include "html/script_links.h"
#include "html/style_cascade.h"

namespace govmon {

// Resources a page references, by absolute URL, fetched by the crawler once
// per scan. Looked up with the link's resolved URL exactly as it appears in
// Document::stylesheets / the script Link::url.
using ResourceMap = std::map<std::string, std::string, std::less<>>;

struct HtmlOptions {
  // Linked style sheets (URL → CSS text) that take part in the cascade. Not
  // owned; must outlive the ParseHtml() call. Null: only inline style and
  // <style> blocks are used.
  const ResourceMap* stylesheets = nullptr;
  // Same-site script files (URL → JS text) searched for links that scripts
  // write. Not owned; must outlive the call. Null: only inline scripts.
  const ResourceMap* scripts = nullptr;
  // Compiled linked style sheets shared by the pages of a scan, so each sheet
  // is parsed once. Not owned; may be null (sheets are then compiled per page).
  StyleSheetCache* stylesheet_cache = nullptr;
  // What linked script files write, found once per crawl and shared by all
  // pages (not owned). Null: each page scans its scripts again.
  ScriptOutputCache* script_cache = nullptr;
  // Run the CSS cascade and decide Node/Link visibility. When false every
  // node is visible; parsing is then about a third faster.
  bool compute_visibility = true;
  // Look for links in document.write/innerHTML strings and script redirects.
  bool script_links = true;
};

// Parses `utf8_html` (already UTF-8: the crawler converts charsets) fetched
// from `url` (the final URL after redirects; used to resolve relative links,
// may be empty or a file path, in which case only absolute links resolve).
Document ParseHtml(std::string_view utf8_html, std::string_view url,
                   const HtmlOptions& options = {});

// The url() targets of a style sheet's text (background images, fonts,
// cursors; not @import targets, which Document::stylesheets lists), resolved
// against the sheet's own URL, as links of origin kCssUrl and tag "link".
// Document::links holds the url()s of a page's <style> blocks and style
// attributes but not those of its linked sheets, which are the same on every
// page that links them: a crawler calls this once per sheet it fetches.
std::vector<Link> StyleSheetLinks(std::string_view css, std::string_view sheet_url);

}  // namespace govmon
