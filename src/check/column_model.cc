#include "check/column_model.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "base/strings.h"
#include "base/url.h"
#include "base/utf8.h"

namespace govmon {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsPageParameter(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "page",     "pageno",  "pagenum", "pageindex", "curpage",     "currentpage",
      "cp",       "p",       "pn",      "start",     "offset",      "page_no",
      "page_num", "nowpage", "pagecur", "pagenow",   "currentPage", "pageIndex"};
  const std::string lower = AsciiLower(name);
  for (std::string_view n : kNames) {
    if (lower == AsciiLower(n)) return true;
  }
  return false;
}

// Union–find over column keys (strings), for merging the pages of one list.
class KeyUnion {
 public:
  int Id(const std::string& key) {
    auto [it, added] = ids_.emplace(key, static_cast<int>(parent_.size()));
    if (added) parent_.push_back(it->second);
    return it->second;
  }
  int Find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }
  bool Has(const std::string& key) const { return ids_.count(key) > 0; }

 private:
  std::unordered_map<std::string, int> ids_;
  std::vector<int> parent_;
};

// Splits a page title into its pieces ("工作动态 - 某市人民政府" → 工作动态, 某市人民政府).
std::vector<std::string> TitlePieces(std::string_view title) {
  std::vector<std::string> pieces;
  std::string current;
  static constexpr std::string_view kSeparators[] = {" - ", "-", "_", "|", "—", "–", "｜", "－"};
  size_t pos = 0;
  auto flush = [&]() {
    std::string piece(TrimUnicodeSpace(current));
    if (!piece.empty()) pieces.push_back(piece);
    current.clear();
  };
  while (pos < title.size()) {
    bool split = false;
    for (std::string_view sep : kSeparators) {
      if (title.compare(pos, sep.size(), sep) == 0) {
        flush();
        pos += sep.size();
        split = true;
        break;
      }
    }
    if (!split) current.push_back(title[pos++]);
  }
  flush();
  return pieces;
}

bool MatchesOverride(const ColumnOverride& over, const std::string& url, const std::string& key) {
  if (!over.url.empty() && over.url.back() == '*') {
    std::string_view prefix(over.url.data(), over.url.size() - 1);
    return StartsWithIgnoreCase(url, prefix) || StartsWithIgnoreCase(key, prefix);
  }
  return PaginationKey(over.url) == key;
}

}  // namespace

std::string PaginationKey(std::string_view text) {
  Result<Url> parsed = Url::Parse(text);
  if (!parsed.ok()) return std::string(text);
  const Url& url = *parsed;
  std::string path = url.path();
  // /page/2/ (WordPress-like).
  if (size_t at = path.rfind("/page/"); at != std::string::npos) {
    std::string_view rest = std::string_view(path).substr(at + 6);
    if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
    if (AllDigits(rest)) path.resize(at + 1);
  }
  // index_3.html, list_2.shtml, index-4.htm: the pages after the first.
  const size_t slash = path.rfind('/');
  std::string_view file = std::string_view(path).substr(slash + 1);
  const size_t dot = file.rfind('.');
  if (dot != std::string_view::npos) {
    std::string_view stem = file.substr(0, dot);
    const size_t mark = stem.find_last_of("_-");
    if (mark != std::string_view::npos && mark > 0 && AllDigits(stem.substr(mark + 1)) &&
        stem.size() - mark - 1 <= 4 && !AllDigits(stem.substr(0, mark)) &&
        stem.substr(0, mark).find_first_of("0123456789") == std::string_view::npos) {
      path = path.substr(0, slash + 1) + std::string(stem.substr(0, mark)) +
             std::string(file.substr(dot));
    }
  }
  std::string query;
  if (url.has_query()) {
    for (std::string_view param : Split(url.query(), '&')) {
      std::string_view name = param.substr(0, param.find('='));
      if (param.empty() || IsPageParameter(name)) continue;
      if (!query.empty()) query += '&';
      query += param;
    }
  }
  std::string spec = url.Origin() + path;
  if (!query.empty()) spec += "?" + query;
  return NormalizeUrlString(spec);
}

ColumnType ClassifyColumnName(std::string_view name, const std::vector<ColumnRule>& rules) {
  const ColumnRule* best = nullptr;
  for (const ColumnRule& rule : rules) {
    if (name.find(rule.pattern) == std::string_view::npos) continue;
    if (best == nullptr || rule.pattern.size() > best->pattern.size()) best = &rule;
  }
  return best ? best->type : ColumnType::kOther;
}

Staleness ColumnStaleness(const Column& column, const Date& as_of) {
  Staleness s;
  if (column.blank) {
    s.state = Staleness::State::kBlank;
    return s;
  }
  if (column.window_days <= 0) return s;
  if (!column.newest) {
    s.state = Staleness::State::kUndated;
    return s;
  }
  s.age_days = as_of.DaysSince(*column.newest);
  if (s.age_days > column.window_days) {
    s.state = Staleness::State::kOverdue;
  } else if (s.age_days > column.warn_days) {
    s.state = Staleness::State::kWarning;
  } else {
    s.state = Staleness::State::kFresh;
  }
  return s;
}

int HomePageIndex(const SiteSnapshot& site) {
  if (site.site_pages.empty()) return -1;
  const std::string home = NormalizeUrlString(site.home_url.empty() ? site.site : site.home_url);
  for (size_t i = 0; i < site.site_pages.size(); ++i) {
    if (NormalizeUrlString(site.site_pages[i].url) == home) return static_cast<int>(i);
  }
  return 0;
}

ColumnModel ColumnModel::Build(const SiteSnapshot& site, const ColumnOptions& options) {
  ColumnModel model;
  const SitePageStore& pages = site.site_pages;
  const int home = HomePageIndex(site);

  // Column names from the home page's navigation, by link target.
  std::unordered_map<std::string, std::string> nav_names;
  if (home >= 0) {
    for (const ContentLink& link : pages[home].navigation) {
      std::string text(TrimUnicodeSpace(link.text));
      if (CountCodePoints(text) >= 2) nav_names.emplace(PaginationKey(link.url), text);
    }
  }

  // The site's name: the title piece most pages share, so that it is not
  // taken for a column name.
  std::map<std::string, int> piece_counts;
  for (const SitePage& page : pages) {
    std::vector<std::string> pieces = TitlePieces(page.title);
    for (const std::string& piece : pieces) ++piece_counts[piece];
  }

  // Publication dates of article pages, for list entries without a date.
  std::unordered_map<std::string, Date> article_dates;
  for (const SitePage& page : pages) {
    if (page.is_article && page.pub_date)
      article_dates.emplace(NormalizeUrlString(page.url), *page.pub_date);
  }

  // Group list pages by pagination: a page and the pages its pager links to
  // are one column.
  KeyUnion keys;
  std::vector<int> page_key(pages.size(), -1);
  for (size_t i = 0; i < pages.size(); ++i) {
    const SitePage& page = pages[i];
    if (static_cast<int>(i) == home || page.url.empty()) continue;
    if (!page.is_list && !(page.empty_notice && !page.is_article)) continue;
    page_key[i] = keys.Id(PaginationKey(page.url));
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    if (page_key[i] < 0) continue;
    for (const std::string& other : pages[i].pagination) {
      const std::string key = PaginationKey(other);
      if (keys.Has(key)) keys.Union(page_key[i], keys.Id(key));
    }
  }
  std::map<int, std::vector<size_t>> groups;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (page_key[i] >= 0) groups[keys.Find(page_key[i])].push_back(i);
  }

  for (auto& [root, members] : groups) {
    Column column;
    // The first page: the one whose URL is its own pagination key, else the shortest.
    std::sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      const bool fa = PaginationKey(pages[a].url) == NormalizeUrlString(pages[a].url);
      const bool fb = PaginationKey(pages[b].url) == NormalizeUrlString(pages[b].url);
      if (fa != fb) return fa;
      if (pages[a].url.size() != pages[b].url.size())
        return pages[a].url.size() < pages[b].url.size();
      return pages[a].url < pages[b].url;
    });
    column.pages = members;
    const SitePage& first = pages[members.front()];
    column.url = first.url;
    const std::string key = PaginationKey(first.url);

    // Name: meta/breadcrumb (majority over the pages), navigation, title.
    std::map<std::string, int> votes;
    for (size_t m : members) {
      if (!pages[m].column_name.empty()) ++votes[pages[m].column_name];
    }
    int best_votes = 0;
    for (const auto& [name, n] : votes) {
      if (n > best_votes) {
        column.name = name;
        best_votes = n;
      }
    }
    if (!column.name.empty()) {
      column.name_source = "meta/breadcrumb";
    } else if (auto it = nav_names.find(key); it != nav_names.end()) {
      column.name = it->second;
      column.name_source = "navigation";
    } else {
      int fewest = 1 << 30;
      for (const std::string& piece : TitlePieces(first.title)) {
        if (piece_counts[piece] < fewest) {
          column.name = piece;
          fewest = piece_counts[piece];
        }
      }
      if (!column.name.empty()) column.name_source = "title";
    }

    column.first_level = nav_names.count(key) > 0 || first.breadcrumb.size() <= 1;
    for (size_t m : members) column.message_board |= pages[m].message_board;

    // Items, deduplicated by URL, dated by the list or the article page.
    std::unordered_map<std::string, bool> seen;
    bool any_empty_notice = false;
    for (size_t m : members) {
      any_empty_notice |= pages[m].empty_notice;
      for (const ListItem& item : pages[m].items) {
        const std::string item_key = NormalizeUrlString(item.url);
        if (!seen.emplace(item_key, true).second) continue;
        ++column.item_count;
        std::optional<Date> date = item.date;
        if (!date) {
          if (auto it = article_dates.find(item_key); it != article_dates.end()) date = it->second;
        }
        if (!date) continue;
        ++column.dated_items;
        // A date after the check day is a typo or a scheduled post; it does
        // not make the column fresh.
        if (*date > site.as_of) continue;
        if (!column.newest || *date > *column.newest) {
          column.newest = date;
          column.newest_title = item.title;
          column.newest_url = item.url;
        }
      }
    }
    column.blank = column.item_count == 0 && any_empty_notice;
    if (column.item_count == 0 && !any_empty_notice) continue;

    column.type = ClassifyColumnName(column.name, options.rules);
    if (column.message_board && column.type == ColumnType::kOther) {
      column.type = ColumnType::kInteraction;
    }
    column.window_days = options.WindowDays(column.type);
    column.warn_days = options.WarnDays(column.type);
    bool ignored = false;
    for (const ColumnOverride& over : options.overrides) {
      if (!MatchesOverride(over, first.url, key)) continue;
      column.overridden = true;
      ignored |= over.ignore;
      if (over.name) {
        column.name = *over.name;
        column.name_source = "override";
      }
      if (over.type) {
        column.type = *over.type;
        column.window_days = options.WindowDays(column.type);
        column.warn_days = options.WarnDays(column.type);
      }
      if (over.window_days) {
        // Keep the pre-warning at the same share of the window.
        const int window = column.window_days;
        column.window_days = *over.window_days;
        column.warn_days = window > 0 ? column.warn_days * *over.window_days / window
                                      : *over.window_days * 10 / 14;
      }
    }
    if (ignored) continue;
    model.columns_.push_back(std::move(column));
  }
  std::sort(model.columns_.begin(), model.columns_.end(),
            [](const Column& a, const Column& b) { return a.url < b.url; });
  return model;
}

}  // namespace govmon
