#include "net/robots.h"

#include <cstdlib>

#include "base/strings.h"
#include "base/url.h"

namespace govmon {

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  // Iterative wildcard match with backtracking to the last '*' (linear in
  // practice; patterns are short).
  size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (true) {
    if (p < pattern.size() && pattern[p] == '$' && p + 1 == pattern.size()) {
      if (s == path.size()) return true;
    } else if (p == pattern.size()) {
      return true;  // Rules are prefixes.
    } else if (pattern[p] == '*') {
      star = p++;
      mark = s;
      continue;
    } else if (s < path.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
      continue;
    }
    if (star == std::string_view::npos || mark >= path.size()) return false;
    p = star + 1;
    s = ++mark;
  }
}

Robots Robots::Parse(std::string_view text, std::string_view agent) {
  struct Group {
    std::vector<std::string> agents;
    std::vector<Rule> rules;
    std::optional<double> delay;
  };
  std::vector<Group> groups;
  bool last_was_agent = false;
  Robots robots;
  int line_no = 0;
  std::string lower_agent = AsciiLower(agent);
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = TrimAscii(line);
    if (line.empty()) continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      robots.warnings_.push_back("robots.txt:" + std::to_string(line_no) + ": no ':' in line");
      continue;
    }
    std::string key = AsciiLower(TrimAscii(line.substr(0, colon)));
    std::string value(TrimAscii(line.substr(colon + 1)));
    if (key == "user-agent") {
      if (!last_was_agent || groups.empty()) groups.emplace_back();
      groups.back().agents.push_back(AsciiLower(value));
      last_was_agent = true;
      continue;
    }
    last_was_agent = false;
    if (groups.empty()) {
      robots.warnings_.push_back("robots.txt:" + std::to_string(line_no) +
                                 ": rule before any user-agent");
      continue;
    }
    if (key == "allow" || key == "disallow") {
      if (key == "disallow" && value.empty()) continue;  // "Disallow:" allows all.
      groups.back().rules.push_back({PercentDecode(value), key == "allow"});
    } else if (key == "crawl-delay") {
      char* end = nullptr;
      double d = std::strtod(value.c_str(), &end);
      if (end != value.c_str() && d >= 0) groups.back().delay = d;
    }
  }
  const Group* chosen = nullptr;
  const Group* star = nullptr;
  for (const Group& g : groups) {
    for (const std::string& a : g.agents) {
      if (a == "*") {
        if (!star) star = &g;
      } else if (!lower_agent.empty() && lower_agent.find(a) != std::string::npos) {
        if (!chosen) chosen = &g;
      }
    }
  }
  if (!chosen) chosen = star;
  if (chosen) {
    robots.rules_ = chosen->rules;
    robots.crawl_delay_ = chosen->delay;
  }
  return robots;
}

bool Robots::Allowed(std::string_view path_and_query) const {
  std::string path = PercentDecode(path_and_query);
  size_t best = 0;
  bool allowed = true;
  bool matched = false;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, path)) continue;
    size_t len = rule.pattern.size();
    if (!matched || len > best || (len == best && rule.allow)) {
      best = len;
      allowed = rule.allow;
      matched = true;
    }
  }
  return allowed;
}

}  // namespace govmon
