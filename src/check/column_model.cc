#include "check/column_model.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "base/strings.h"
#include "base/url.h"
#include "base/utf8.h"

namespace govmon {
namespace {

// Lets an unordered container of strings be searched with a string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

// NormalizeUrlString with the default options, made once rather than on
// every call.
std::string Normalize(std::string_view url) {
  static const UrlNormalizeOptions* const kOptions = new UrlNormalizeOptions();
  return NormalizeUrlString(url, *kOptions);
}

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
    if (added) {
      parent_.push_back(it->second);
      keys_.push_back(&it->first);
    }
    return it->second;
  }
  const std::string& Key(int id) const { return *keys_[static_cast<size_t>(id)]; }
  int Find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }
  size_t size() const { return parent_.size(); }

 private:
  std::unordered_map<std::string, int> ids_;
  std::vector<int> parent_;
  std::vector<const std::string*> keys_;  // By id; the map's nodes never move.
};

// Splits a page title into its pieces ("工作动态 - 某市人民政府" → 工作动态,
// 某市人民政府), views into `title`.
std::vector<std::string_view> TitlePieces(std::string_view title) {
  static constexpr std::string_view kSeparators[] = {" - ", "-", "_", "|", "—", "–", "｜", "－"};
  std::vector<std::string_view> pieces;
  auto flush = [&](size_t begin, size_t end) {
    const std::string_view piece = TrimUnicodeSpace(title.substr(begin, end - begin));
    if (!piece.empty()) pieces.push_back(piece);
  };
  size_t start = 0;
  size_t pos = 0;
  while (pos < title.size()) {
    size_t matched = 0;
    for (std::string_view sep : kSeparators) {
      if (title[pos] == sep[0] && title.substr(pos).starts_with(sep)) {
        matched = sep.size();
        break;
      }
    }
    if (matched == 0) {
      ++pos;
      continue;
    }
    flush(start, pos);
    pos += matched;
    start = pos;
  }
  flush(start, title.size());
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
  return Normalize(spec);
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
  const std::string home = Normalize(site.home_url.empty() ? site.site : site.home_url);
  for (size_t i = 0; i < site.site_pages.size(); ++i) {
    if (Normalize(site.site_pages[i].url) == home) return static_cast<int>(i);
  }
  return 0;
}

namespace {

// What Build keeps of a list page between its passes over the pages: enough
// to group the pages of one list and to order them. Its items stay in the
// store until the list's column is built.
struct ListPageRef {
  size_t index = 0;  // In site.site_pages.
  std::string url;
  int key = 0;                  // Id of PaginationKey(url).
  bool first = false;           // The URL is its own pagination key.
  std::vector<int> pagination;  // Key ids of the pages its pager links to.
};

// A list's first page comes first: the one whose URL is its own pagination
// key, else the shortest URL.
bool FirstPageFirst(const ListPageRef& a, const ListPageRef& b) {
  if (a.first != b.first) return a.first;
  if (a.url.size() != b.url.size()) return a.url.size() < b.url.size();
  return a.url < b.url;
}

// The publication date of an article page, by its normalised URL.
struct ArticleDate {
  Date date;
  // Some page's URL is the key itself: that URL normalises to itself, so a
  // list entry with this very URL needs no normalising.
  bool key_is_a_page_url = false;
};

}  // namespace

// Build reads site.site_pages, which decodes a page on every read, so it makes
// two passes: the first decodes every page once and keeps only small facts
// (the home page's navigation, title pieces, article dates, and the URL and
// pagination keys of each list page); the second decodes the pages of one
// column at a time for their names and items. No more than one decoded page
// is alive at a time, and each list page is decoded twice at most.
ColumnModel ColumnModel::Build(const SiteSnapshot& site, const ColumnOptions& options) {
  ColumnModel model;
  model.options_ = options;
  model.as_of_ = site.as_of;
  model.page_count_ = site.site_pages.size();
  const SitePageStore& pages = site.site_pages;
  if (pages.empty()) return model;

  // Pass 1. The home page is the first page whose URL is the home URL, else
  // page 0 (HomePageIndex).
  const std::string home_url = Normalize(site.home_url.empty() ? site.site : site.home_url);
  int home = -1;
  std::vector<ContentLink> navigation;
  // The site's name is the title piece most pages share, so that it is not
  // taken for a column name.
  StringMap<int> piece_counts;
  // Publication dates of article pages, for list entries without a date.
  StringMap<ArticleDate> article_dates;
  KeyUnion keys;
  // The pages of a list link to each other: each URL's key is made once.
  StringMap<int> key_of_url;
  auto key_id = [&](const std::string& url) {
    if (auto it = key_of_url.find(url); it != key_of_url.end()) return it->second;
    const int id = keys.Id(PaginationKey(url));
    key_of_url.emplace(url, id);
    return id;
  };
  std::vector<ListPageRef> lists;
  for (size_t i = 0; i < pages.size(); ++i) {
    SitePage page = pages[i];
    std::optional<std::string> normalized;
    auto normalized_url = [&]() -> const std::string& {
      if (!normalized) normalized = Normalize(page.url);
      return *normalized;
    };
    if (home < 0 && normalized_url() == home_url) {
      home = static_cast<int>(i);
      navigation = std::move(page.navigation);
    }
    for (std::string_view piece : TitlePieces(page.title)) {
      if (auto it = piece_counts.find(piece); it != piece_counts.end()) {
        ++it->second;
      } else {
        piece_counts.emplace(piece, 1);
      }
    }
    if (page.is_article && page.pub_date) {
      auto it = article_dates.try_emplace(normalized_url(), ArticleDate{*page.pub_date}).first;
      it->second.key_is_a_page_url |= it->first == page.url;
    }
    // List pages, and pages that say their list is empty.
    if (static_cast<int>(i) == home || page.url.empty()) continue;
    if (!page.is_list && !(page.empty_notice && !page.is_article)) continue;
    ListPageRef ref;
    ref.index = i;
    ref.key = key_id(page.url);
    ref.first = keys.Key(ref.key) == normalized_url();
    for (const std::string& other : page.pagination) ref.pagination.push_back(key_id(other));
    ref.url = std::move(page.url);
    lists.push_back(std::move(ref));
  }
  StringMap<int>().swap(key_of_url);
  if (home < 0) {
    home = 0;
    navigation = pages[0].navigation;
    if (!lists.empty() && lists.front().index == 0) lists.erase(lists.begin());
  }

  // Column names from the home page's navigation, by link target.
  std::unordered_map<std::string, std::string> nav_names;
  for (const ContentLink& link : navigation) {
    std::string text(TrimUnicodeSpace(link.text));
    if (CountCodePoints(text) >= 2) nav_names.emplace(PaginationKey(link.url), text);
  }

  // Group list pages by pagination: a page and the list pages its pager
  // links to are one column.
  std::vector<char> listed(keys.size(), 0);
  for (const ListPageRef& ref : lists) listed[static_cast<size_t>(ref.key)] = 1;
  for (ListPageRef& ref : lists) {
    for (int other : ref.pagination) {
      if (listed[static_cast<size_t>(other)]) keys.Union(ref.key, other);
    }
    std::vector<int>().swap(ref.pagination);
  }
  std::map<int, std::vector<size_t>> groups;  // Positions in `lists`.
  for (size_t r = 0; r < lists.size(); ++r) groups[keys.Find(lists[r].key)].push_back(r);

  // Pass 2, one column at a time.
  for (auto& [root, members] : groups) {
    std::sort(members.begin(), members.end(),
              [&](size_t a, size_t b) { return FirstPageFirst(lists[a], lists[b]); });
    Column column;
    column.pages.reserve(members.size());
    for (size_t m : members) column.pages.push_back(lists[m].index);
    column.url = lists[members.front()].url;
    const std::string& key = keys.Key(lists[members.front()].key);

    std::map<std::string, int> votes;  // Column names the pages give.
    std::string first_title;
    size_t first_breadcrumb = 0;
    // Items, deduplicated by URL, dated by the list or the article page.
    std::unordered_set<std::string> seen;
    bool any_empty_notice = false;
    for (size_t p = 0; p < column.pages.size(); ++p) {
      const SitePage page = pages[column.pages[p]];
      if (p == 0) {
        first_title = page.title;
        first_breadcrumb = page.breadcrumb.size();
      }
      if (!page.column_name.empty()) ++votes[page.column_name];
      column.message_board |= page.message_board;
      any_empty_notice |= page.empty_notice;
      for (const ListItem& item : page.items) {
        // Most entries link to a crawled article whose URL is its own
        // normalised form: one lookup instead of normalising.
        auto article = article_dates.find(item.url);
        std::string item_key;
        if (article != article_dates.end() && article->second.key_is_a_page_url) {
          item_key = item.url;
        } else {
          item_key = Normalize(item.url);
          article = article_dates.find(item_key);
        }
        std::optional<Date> date = item.date;
        if (!date && article != article_dates.end()) date = article->second.date;
        if (!seen.insert(std::move(item_key)).second) continue;
        ++column.item_count;
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

    // Name: meta/breadcrumb (majority over the pages), navigation, title.
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
      for (std::string_view piece : TitlePieces(first_title)) {
        auto count = piece_counts.find(piece);
        const int n = count == piece_counts.end() ? 0 : count->second;
        if (n < fewest) {
          column.name = piece;
          fewest = n;
        }
      }
      if (!column.name.empty()) column.name_source = "title";
    }
    column.first_level = nav_names.count(key) > 0 || first_breadcrumb <= 1;

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
      if (!MatchesOverride(over, column.url, key)) continue;
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

std::shared_ptr<const ColumnModel> ColumnModel::ForSite(const SiteSnapshot& site,
                                                        const ColumnOptions& options) {
  const std::shared_ptr<const ColumnModel>& built = site.columns;
  if (built != nullptr && built->as_of_ == site.as_of &&
      built->page_count_ == site.site_pages.size() && built->options_ == options) {
    return built;
  }
  return std::make_shared<const ColumnModel>(Build(site, options));
}

}  // namespace govmon
