#include "html/date_extractor.h"

#include <algorithm>
#include <array>

#include "base/strings.h"

namespace govmon {

using namespace std::string_view_literals;
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits digits at text[*pos]; false when there are none or more.
bool ReadNumber(std::string_view text, size_t* pos, size_t min_digits, size_t max_digits,
                int* out) {
  size_t i = *pos;
  int value = 0;
  while (i < text.size() && IsDigit(text[i]) && i - *pos < max_digits) {
    value = value * 10 + (text[i] - '0');
    ++i;
  }
  const size_t n = i - *pos;
  if (n < min_digits || n > max_digits) return false;
  if (i < text.size() && IsDigit(text[i])) return false;  // Longer digit run.
  *pos = i;
  *out = value;
  return true;
}

bool Consume(std::string_view text, size_t* pos, std::string_view token) {
  if (text.substr(*pos).starts_with(token)) {
    *pos += token.size();
    return true;
  }
  return false;
}

bool ValidYear(int y) { return y >= 1900 && y <= 2099; }

// One Chinese numeral digit (〇一二…九, also 零 and ○), or -1.
int ChineseDigitAt(std::string_view text, size_t pos, size_t* len) {
  static constexpr std::array<std::string_view, 10> kDigits = {"〇", "一", "二", "三", "四",
                                                               "五", "六", "七", "八", "九"};
  for (int d = 0; d < 10; ++d) {
    if (text.substr(pos).starts_with(kDigits[d])) {
      *len = kDigits[d].size();
      return d;
    }
  }
  for (std::string_view zero : {"零", "○", "Ｏ", "０"}) {
    if (text.substr(pos).starts_with(zero)) {
      *len = zero.size();
      return 0;
    }
  }
  return -1;
}

// A Chinese numeral 1..31 written the way dates write it (五, 十, 十二, 二十一,
// 三十), read at *pos.
bool ReadChineseSmallNumber(std::string_view text, size_t* pos, int* out) {
  size_t i = *pos;
  size_t len = 0;
  int tens = 0;
  int units = 0;
  int d = ChineseDigitAt(text, i, &len);
  if (d > 0) {
    i += len;
    if (Consume(text, &i, "十")) {
      tens = d;
      int u = ChineseDigitAt(text, i, &len);
      if (u > 0) {
        units = u;
        i += len;
      }
    } else {
      units = d;
    }
  } else if (Consume(text, &i, "十")) {
    tens = 1;
    int u = ChineseDigitAt(text, i, &len);
    if (u > 0) {
      units = u;
      i += len;
    }
  } else {
    return false;
  }
  *out = tens * 10 + units;
  *pos = i;
  return true;
}

// 二〇二三年七月五日 at *pos.
bool ReadChineseDate(std::string_view text, size_t pos, DateMatch* match) {
  size_t i = pos;
  int year = 0;
  for (int k = 0; k < 4; ++k) {
    size_t len = 0;
    int d = ChineseDigitAt(text, i, &len);
    if (d < 0) return false;
    year = year * 10 + d;
    i += len;
  }
  int month = 0;
  int day = 0;
  if (!Consume(text, &i, "年") || !ReadChineseSmallNumber(text, &i, &month) ||
      !Consume(text, &i, "月") || !ReadChineseSmallNumber(text, &i, &day) ||
      !(Consume(text, &i, "日") || Consume(text, &i, "号"))) {
    return false;
  }
  if (!ValidYear(year) || !Date::IsValid(year, month, day)) return false;
  *match = DateMatch{Date(year, month, day), pos, i - pos};
  return true;
}

// 2023-07-05, 2023/7/5, 2023.07.05 or 2023年7月5日 at *pos.
bool ReadDigitDate(std::string_view text, size_t pos, DateMatch* match) {
  size_t i = pos;
  int year = 0;
  int month = 0;
  int day = 0;
  if (!ReadNumber(text, &i, 4, 4, &year) || !ValidYear(year)) return false;
  auto skip_spaces = [&] {
    while (i < text.size() && text[i] == ' ') ++i;
  };
  const size_t after_year = i;
  while (i < text.size() && text[i] == ' ') ++i;
  const bool chinese = Consume(text, &i, "年");
  if (!chinese) i = after_year;
  if (chinese) {
    skip_spaces();
    if (!ReadNumber(text, &i, 1, 2, &month)) return false;
    skip_spaces();
    if (!Consume(text, &i, "月")) return false;
    skip_spaces();
    if (!ReadNumber(text, &i, 1, 2, &day)) return false;
    skip_spaces();
    if (!Consume(text, &i, "日") && !Consume(text, &i, "号")) return false;
  } else {
    if (i >= text.size()) return false;
    const char sep = text[i];
    if (sep != '-' && sep != '/' && sep != '.') return false;
    ++i;
    if (!ReadNumber(text, &i, 1, 2, &month)) return false;
    if (i >= text.size() || text[i] != sep) return false;
    ++i;
    if (!ReadNumber(text, &i, 1, 2, &day)) return false;
    // "2023.07.05.1" is a version number, not a date.
    if (sep == '.' && i + 1 < text.size() && text[i] == '.' && IsDigit(text[i + 1])) return false;
  }
  if (!Date::IsValid(year, month, day)) return false;
  *match = DateMatch{Date(year, month, day), pos, i - pos};
  return true;
}

bool ValidCompactDate(std::string_view digits, Date* date) {
  int year = 0, month = 0, day = 0;
  for (size_t k = 0; k < 4; ++k) year = year * 10 + (digits[k] - '0');
  month = (digits[4] - '0') * 10 + (digits[5] - '0');
  day = (digits[6] - '0') * 10 + (digits[7] - '0');
  if (!ValidYear(year) || !Date::IsValid(year, month, day)) return false;
  *date = Date(year, month, day);
  return true;
}

const std::array<std::string_view, 16> kDateLabels = {
    "发布时间", "发布日期", "更新时间", "更新日期", "发文日期", "成文日期", "印发日期", "发稿时间",
    "公开日期", "生成日期", "录入时间", "上传时间", "时间",     "日期",     "发布于",   "发表时间"};

}  // namespace

std::vector<DateMatch> FindDatesInText(std::string_view text) {
  std::vector<DateMatch> out;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    DateMatch match;
    if ((c == '1' || c == '2') && (i == 0 || !IsDigit(text[i - 1])) &&
        ReadDigitDate(text, i, &match)) {
      out.push_back(match);
      i += match.length;
      continue;
    }
    // Chinese numeral dates have four 3-byte digits before 年: a cheap test
    // that spares the full read at almost every Chinese character.
    if (c >= 0xE2 && text.substr(i + std::min<size_t>(12, text.size() - i)).starts_with("年") &&
        ReadChineseDate(text, i, &match)) {
      out.push_back(match);
      i += match.length;
      continue;
    }
    ++i;
  }
  return out;
}

std::vector<DateMatch> FindDatesInUrl(std::string_view url) {
  std::vector<DateMatch> out;
  // Only the path and query: hosts and ports hold no dates.
  size_t start = 0;
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    start = url.find('/', scheme + 3);
    if (start == std::string_view::npos) return out;
  }
  size_t i = start;
  while (i < url.size()) {
    if (!IsDigit(url[i]) || (i > 0 && IsDigit(url[i - 1]))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < url.size() && IsDigit(url[end])) ++end;
    const std::string_view run = url.substr(i, end - i);
    const char before = i > 0 ? url[i - 1] : '/';
    const char after = end < url.size() ? url[end] : '/';
    Date date;
    if (run.size() == 8 && (before == '/' || before == 't' || before == '_' || before == '-') &&
        ValidCompactDate(run, &date)) {
      // t20230705_123.html, /20230705/, info_20230705.html
      out.push_back(DateMatch{date, i, run.size()});
      i = end;
      continue;
    }
    if (before == '/' && (after == '/' || after == '-')) {
      int year = 0, month = 0, day = 0;
      size_t j = i;
      if (run.size() == 6 && after == '/') {
        // /202307/05/
        year = std::stoi(std::string(run.substr(0, 4)));
        month = std::stoi(std::string(run.substr(4, 2)));
        j = end + 1;
        if (ValidYear(year) && ReadNumber(url, &j, 2, 2, &day) && j < url.size() && url[j] == '/' &&
            Date::IsValid(year, month, day)) {
          out.push_back(DateMatch{Date(year, month, day), i, j - i});
          i = j;
          continue;
        }
      } else if (run.size() == 4) {
        // /2023/07/05/, /2023-07/05/, /2023-07-05/, /2023/0705/
        year = std::stoi(std::string(run));
        j = end + 1;
        if (ValidYear(year)) {
          if (ReadNumber(url, &j, 4, 4, &month)) {
            day = month % 100;
            month /= 100;
          } else if (!(ReadNumber(url, &j, 2, 2, &month) && j < url.size() &&
                       (url[j] == '/' || url[j] == '-') &&
                       (++j, ReadNumber(url, &j, 2, 2, &day)))) {
            month = 0;
          }
          if (month > 0 && Date::IsValid(year, month, day) &&
              (j == url.size() || url[j] == '/' || url[j] == '_' || url[j] == '.')) {
            out.push_back(DateMatch{Date(year, month, day), i, j - i});
            i = j;
            continue;
          }
        }
      }
    }
    i = end;
  }
  return out;
}

bool PrecededByDateLabel(std::string_view text, size_t offset) {
  std::string_view before = text.substr(0, std::min(offset, text.size()));
  // Drop the separators that sit between a label and its date.
  while (!before.empty()) {
    std::string_view trimmed = TrimUnicodeSpace(before);
    for (std::string_view sep : {"：", ":", "】", "]", "）", ")", "为"}) {
      if (trimmed.ends_with(sep)) {
        trimmed.remove_suffix(sep.size());
        break;
      }
    }
    if (trimmed.size() == before.size()) break;
    before = trimmed;
  }
  for (std::string_view label : kDateLabels) {
    if (before.ends_with(label)) return true;
  }
  return false;
}

namespace {

size_t SourceOffsetOf(const TextBlock& block, size_t text_offset) {
  if (block.source_map.empty()) return block.source_offset;
  auto it = std::upper_bound(
      block.source_map.begin(), block.source_map.end(), text_offset,
      [](size_t value, const std::pair<uint32_t, uint32_t>& e) { return value < e.first; });
  if (it == block.source_map.begin()) return block.source_offset;
  --it;
  return it->second + (text_offset - it->first);
}

bool IsPublicationMeta(std::string_view name) {
  for (std::string_view key :
       {"pubdate", "publishdate", "publish_date", "publishtime", "pubtime", "firstpublishedtime",
        "article:published_time", "og:release_date", "dc.date", "dc.date.issued", "dcterms.issued",
        "dcterms.created", "date", "releasedate", "createdate", "maketime"}) {
    if (EqualsIgnoreCase(name, key)) return true;
  }
  return false;
}

}  // namespace

void ExtractDates(const NodeRoles& roles, Document* doc) {
  auto region_of = [&](int node) {
    return node >= 0 && static_cast<size_t>(node) < roles.region.size() ? roles.region[node]
                                                                        : Region::kMain;
  };
  for (size_t n = 0; n < doc->nodes.size(); ++n) {
    const Node& node = doc->nodes[n];
    if (node.type != Node::Type::kElement || node.tag != "meta"sv) continue;
    const std::string* name = node.Attribute("name");
    if (name == nullptr) name = node.Attribute("property");
    if (name == nullptr) name = node.Attribute("itemprop");
    const std::string* content = node.Attribute("content");
    if (name == nullptr || content == nullptr || !IsPublicationMeta(*name)) continue;
    std::vector<DateMatch> found = FindDatesInText(*content);
    if (found.empty() && content->size() >= 8) {
      Date date;
      std::string_view digits = std::string_view(*content).substr(0, 8);
      if (std::all_of(digits.begin(), digits.end(), IsDigit) &&
          (content->size() == 8 || !IsDigit((*content)[8])) && ValidCompactDate(digits, &date)) {
        found.push_back(DateMatch{date, 0, 8});
      }
    }
    if (found.empty()) continue;
    DateMention m;
    m.date = found[0].date;
    m.text = content->substr(found[0].offset, found[0].length);
    m.source_offset = node.source_offset;
    m.node = static_cast<int>(n);
    m.source = DateMention::Source::kMeta;
    m.region = Region::kMain;
    doc->dates.push_back(std::move(m));
  }

  for (const TextBlock& block : doc->blocks) {
    for (const DateMatch& match : FindDatesInText(block.text)) {
      DateMention m;
      m.date = match.date;
      m.text = block.text.substr(match.offset, match.length);
      m.source_offset = SourceOffsetOf(block, match.offset);
      m.node = block.node;
      m.source = PrecededByDateLabel(block.text, match.offset) ? DateMention::Source::kLabel
                                                               : DateMention::Source::kText;
      m.region = region_of(block.node);
      doc->dates.push_back(std::move(m));
    }
  }

  auto add_url_dates = [&](std::string_view url, int node, size_t offset) {
    for (const DateMatch& match : FindDatesInUrl(url)) {
      DateMention m;
      m.date = match.date;
      m.text = std::string(url.substr(match.offset, match.length));
      m.source_offset = offset;
      m.node = node;
      m.source = DateMention::Source::kUrl;
      m.region = region_of(node);
      doc->dates.push_back(std::move(m));
    }
  };
  add_url_dates(doc->url, -1, 0);
  for (const Link& link : doc->links) {
    if (link.tag == "script"sv || link.tag == "link"sv) continue;  // Resources, not content.
    add_url_dates(link.url, link.node, link.source_offset);
  }
}

}  // namespace govmon
