// Dates in pages: publication meta tags, labelled dates ("发布时间：2023-07-05"),
// dates in text and dates that CMSs write into URLs (t20230705_123.html).
// Freshness checks read them from Document::dates. Pure functions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "html/document.h"
#include "html/page_structure.h"

namespace govmon {

// A date found in a string: where it starts and how many bytes it spans.
struct DateMatch {
  Date date;
  size_t offset = 0;
  size_t length = 0;
  friend bool operator==(const DateMatch&, const DateMatch&) = default;
};

// Every full date (year, month and day) written in `text`: 2023-07-05,
// 2023/7/5, 2023.07.05, 2023年7月5日 (also 号) and 二〇二三年七月五日. Years are
// 1900–2099; impossible dates (2023-02-30) and digit runs that merely contain
// a date (120230705) are not dates.
std::vector<DateMatch> FindDatesInText(std::string_view text);

// Dates in the path of `url` as CMSs write them: t20230705_123.html,
// /2023/07/05/, /2023-07/05/, /202307/05/, /20230705/. Offsets are into `url`.
std::vector<DateMatch> FindDatesInUrl(std::string_view url);

// True when the text just before `offset` in `text` labels a date as the
// publication or update date: 发布时间：, 发布日期:, 时间：, 日期 …
bool PrecededByDateLabel(std::string_view text, size_t offset);

// Fills doc->dates from the meta tags, doc->blocks, doc->url and doc->links.
// REQUIRES: roles computed for doc.
void ExtractDates(const NodeRoles& roles, Document* doc);

}  // namespace govmon
