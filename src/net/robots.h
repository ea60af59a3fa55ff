// Robots: the rules of one host's robots.txt for one crawler name (RFC 9309).
// Parsing never fails: lines it cannot read are skipped and listed in
// warnings(), as crawlers must be lenient. Immutable; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govmon {

class Robots {
 public:
  // Parses `text` and keeps the group that applies to `agent` (the product
  // token, e.g. "govmon"): the group naming it, else the "*" group.
  static Robots Parse(std::string_view text, std::string_view agent);
  // A host with no robots.txt (404) or an unreadable one allows everything.
  static Robots AllowAll() { return Robots(); }

  // True when `path_and_query` ("/a/b?x=1") may be fetched: the longest
  // matching rule decides, Allow wins ties.
  bool Allowed(std::string_view path_and_query) const;
  // Crawl-delay in seconds, when the group gives one.
  std::optional<double> crawl_delay() const { return crawl_delay_; }
  // "robots.txt:3: no ':' in line" …
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  struct Rule {
    std::string pattern;
    bool allow;
  };
  std::vector<Rule> rules_;
  std::optional<double> crawl_delay_;
  std::vector<std::string> warnings_;
};

// True when `path` matches robots `pattern` ('*' any run, '$' end anchor).
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace govmon
