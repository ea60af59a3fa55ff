// ColumnModel: the columns (栏目) of one crawled site, built from the pages'
// SitePage summaries: discovered from list pages, their pagination merged,
// named, classified by a configurable name→type mapping, and dated. The
// column checks (stale_column, empty_column) and the assessment read it.
// Immutable after Build(); safe to read from many threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "check/site_options.h"
#include "check/site_snapshot.h"

namespace govmon {

struct Column {
  std::string url;   // The column's first list page.
  std::string name;  // "" when no name was found.
  // Where the name came from: "override", "meta/breadcrumb", "navigation", "title".
  std::string name_source;
  ColumnType type = ColumnType::kOther;
  int window_days = 0;  // 0: no update window.
  int warn_days = 0;
  std::vector<size_t> pages;  // Indices into SiteSnapshot::site_pages, first page first.
  int item_count = 0;         // Distinct items over all pages.
  int dated_items = 0;
  std::optional<Date> newest;  // The newest item date not after as_of.
  std::string newest_title;
  std::string newest_url;
  bool blank = false;        // No items at all (暂无信息 or an empty list).
  bool first_level = false;  // Linked from the home page or one breadcrumb level deep.
  bool message_board = false;
  bool overridden = false;
};

// How a column stands on `as_of` against its update window.
struct Staleness {
  enum class State {
    kNoWindow,  // interaction, service, other: never stale.
    kBlank,     // No items at all (empty_column's business).
    kFresh,
    kWarning,  // Past the pre-warning level, within the window.
    kOverdue,  // Past the window.
    kUndated,  // Items, but none with a date: counts as not updated.
  } state = State::kNoWindow;
  long age_days = 0;  // as_of − newest item, when dated.
};
Staleness ColumnStaleness(const Column& column, const Date& as_of);

class ColumnModel {
 public:
  // Builds the columns of `site` (site.site_pages must be parallel to
  // site.pages, or empty). Columns the config ignores are left out. Decodes
  // each page of site.site_pages once and each list page once more, and
  // holds one decoded page at a time.
  static ColumnModel Build(const SiteSnapshot& site, const ColumnOptions& options);

  // The columns of `site` under `options`: site.columns when it was built
  // with equal options, for site.as_of and as many pages as site.site_pages
  // has now; else a model built now. Never null. The scan builds the model
  // once per site, and the column checks and the assessment share it.
  // REQUIRES: site.columns, when set, was built from this snapshot.
  static std::shared_ptr<const ColumnModel> ForSite(const SiteSnapshot& site,
                                                    const ColumnOptions& options);

  const std::vector<Column>& columns() const { return columns_; }
  // The options the model was built with.
  const ColumnOptions& options() const { return options_; }

 private:
  std::vector<Column> columns_;
  ColumnOptions options_;
  Date as_of_;
  size_t page_count_ = 0;
};

// The type of a column called `name` under `rules`: the longest contained
// pattern wins; kOther when none matches.
ColumnType ClassifyColumnName(std::string_view name, const std::vector<ColumnRule>& rules);

// The URL of the first page of the list that `url` is a page of: pagination
// markers removed (index_3.html → index.html, list_2.html → list.html,
// ?page=2 …) and the result normalised (NormalizeUrlString). Pages of one
// list share it.
std::string PaginationKey(std::string_view url);

// The index of the home page in site.site_pages: the page whose URL is the
// home URL, else 0; -1 when there are no pages.
int HomePageIndex(const SiteSnapshot& site);

}  // namespace govmon
