// What scripts put on a page without it being in the HTML: markup written by
// document.write/writeln, innerHTML/outerHTML assignments and
// insertAdjacentHTML, and redirects through location. Injected spam favours
// both: the markup is invisible to a plain HTML scan, the redirect sends
// visitors (or only search-engine visitors) elsewhere. This is static
// analysis of string literals, not JavaScript execution: strings joined with
// `+`, variables assigned from such strings, unescape()/decodeURIComponent()
// and String.fromCharCode() of literals are followed; anything computed at
// run time is not. Pure functions.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace govmon {

struct ScriptOutput {
  enum class Kind {
    kHtml,      // Markup handed to document.write, innerHTML …
    kRedirect,  // A URL assigned to location / passed to location.replace …
  };
  Kind kind = Kind::kHtml;
  std::string value;  // The markup or the URL, escapes decoded.
  size_t offset = 0;  // Where the call or assignment starts in the script.
  friend bool operator==(const ScriptOutput&, const ScriptOutput&) = default;
};

// Scans `js`; never fails. Output is capped at a few hundred entries and
// 1 MB of text per script.
std::vector<ScriptOutput> FindScriptOutputs(std::string_view js);

// The outputs of script files by URL, found once per crawl: a site links the
// same few scripts from every page. Thread-safe.
class ScriptOutputCache {
 public:
  // FindScriptOutputs(js) for the script at `url`, computed on first use. The
  // text of a URL is assumed not to change during the cache's life.
  std::shared_ptr<const std::vector<ScriptOutput>> Get(const std::string& url, std::string_view js);

 private:
  std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<const std::vector<ScriptOutput>>> outputs_;
};

}  // namespace govmon
