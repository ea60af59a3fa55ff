// The site model: a small summary of each parsed page (SitePage) that the
// crawler keeps for the site checks (columns and their freshness, blank
// columns, policy–interpretation links, message replies), and the facts the
// network probes gather (IPv6, HTTPS; base/probe_facts.h). A site has up to ~10^5 pages, so a
// SitePage keeps only what those checks read. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/probe_facts.h"
#include "html/document.h"

namespace govmon {

// One entry of a dated list: a news item, a notice, a document.
struct ListItem {
  std::string title;
  std::string url;
  std::optional<Date> date;  // Never a date from the page's sidebar or footer.
  friend bool operator==(const ListItem&, const ListItem&) = default;
};

// A message (留言) on a message board and what became of it.
struct MessageEntry {
  enum class Status { kUnknown, kReplied, kPending };
  std::string title;
  std::string url;  // The message's own page when it has one, else the board page.
  std::optional<Date> submitted;
  std::optional<Date> replied;
  Status status = Status::kUnknown;
  friend bool operator==(const MessageEntry&, const MessageEntry&) = default;
};

// A link kept for pairing policy documents with their interpretations.
struct ContentLink {
  std::string text;
  std::string url;
  friend bool operator==(const ContentLink&, const ContentLink&) = default;
};

struct SitePage {
  std::string url;
  std::string title;  // The article title (ArticleTitle meta, <h1>) or the <title>.
  // The column the page belongs to or shows: ColumnName meta, else the last
  // breadcrumb (当前位置) entry, else "".
  std::string column_name;
  std::vector<std::string> breadcrumb;  // Entries after 首页, in order.
  std::optional<Date> pub_date;         // Of an article page: PubDate, 发布时间, URL.
  bool is_article = false;              // The page shows one document.
  bool is_list = false;                 // The page's main content is a dated list.
  std::vector<ListItem> items;          // The main list's entries, when is_list.
  // The newest item date in any main-content list of the page (the home page
  // shows several columns' lists at once).
  std::optional<Date> newest_item_date;
  int dated_list_items = 0;  // Items in main-content lists that carry a date.
  // Other pages of the same list (pagination), absolute URLs.
  std::vector<std::string> pagination;
  // The page says its list has no entries (暂无信息, 暂无数据, 共0条 …) or its
  // column page shows an empty list.
  bool empty_notice = false;
  bool message_board = false;  // Column or title names a message channel.
  std::vector<MessageEntry> messages;
  // On article pages: the URLs of links in the main content whose text names
  // a policy, an interpretation or an original document (解读, 原文, 《…》 …).
  std::vector<std::string> related_urls;
  // Navigation links (text, url) of the page, only when summarised with
  // SummarizeOptions::keep_navigation (the home page): they name columns.
  std::vector<ContentLink> navigation;
  // https pages: up to 3 http:// sub-resources (img, script, css, iframe)
  // and how many there are in all (mixed content).
  std::vector<std::string> insecure_resources;
  int insecure_resource_count = 0;

  friend bool operator==(const SitePage&, const SitePage&) = default;
};

struct SummarizeOptions {
  // Keep the page's navigation links (for the home page).
  bool keep_navigation = false;
  // At most this many items and messages are kept per page.
  size_t max_items = 200;
};

// Summarises one parsed HTML page for the site checks. Never fails: a page
// it cannot make sense of gives a SitePage with only url and title.
SitePage SummarizePage(const Document& doc, const SummarizeOptions& options = {});

}  // namespace govmon
