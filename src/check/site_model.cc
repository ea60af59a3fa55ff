#include "check/site_model.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "base/strings.h"
#include "base/utf8.h"
#include "html/date_extractor.h"
#include "html/page_structure.h"

namespace govmon {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The first date in `text` / in `url`'s path (html/date_extractor.h).
std::optional<Date> FindDateInText(std::string_view text) {
  std::vector<DateMatch> matches = FindDatesInText(text);
  if (matches.empty()) return std::nullopt;
  return matches.front().date;
}
std::optional<Date> FindDateInUrl(std::string_view url) {
  std::vector<DateMatch> matches = FindDatesInUrl(url);
  if (!matches.empty()) return matches.front().date;
  // Hanweb (大汉) writes /art/2023/7/5/art_123_456.html without zero padding.
  size_t at = url.find("/art/");
  if (at == std::string_view::npos) return std::nullopt;
  std::vector<std::string_view> parts = Split(url.substr(at + 5), '/');
  if (parts.size() < 4) return std::nullopt;
  unsigned long long y = 0, m = 0, d = 0;
  if (parts[0].size() != 4 || parts[1].size() > 2 || parts[2].size() > 2 ||
      !ParseUint(parts[0], &y) || !ParseUint(parts[1], &m) || !ParseUint(parts[2], &d)) {
    return std::nullopt;
  }
  const int year = static_cast<int>(y), month = static_cast<int>(m), day = static_cast<int>(d);
  if (year < 1990 || !Date::IsValid(year, month, day)) return std::nullopt;
  return Date(year, month, day);
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit);
}

// ---------------------------------------------------------------------------
// Page structure.

// Where a node sits. Dates and lists in chrome are never a page's items.
// kFrame: header, navigation, footer; kSidebar: sidebars and boxes of other
// content. Related-document links may sit in the latter, never in the former.
enum class Place : uint8_t { kMain, kSidebar, kFrame };

// Box names that mark a sidebar or a box of other content ("hot news",
// "related", friend links). The html module's NodeRoles decides header, nav
// and footer; its sidebar rule also takes a bare "right" column for a
// sidebar, which on many list pages holds the column's own list, so sidebars
// are decided here by explicit names only.
bool NamesChrome(std::string_view value) {
  static constexpr std::array<std::string_view, 18> kWords = {
      "sidebar", "side",       "aside", "sidenav", "related", "hot",  "hotnews", "rank", "ranking",
      "links",   "friendlink", "yqlj",  "xgxw",    "rdxw",    "rmtj", "tuijian", "xglj", "remen"};
  for (const std::string& word : NameWords(value)) {
    for (std::string_view chrome : kWords) {
      if (word == chrome) return true;
    }
  }
  return false;
}

bool IsChromeElement(const Node& node) {
  if (node.tag == "aside") return true;
  if (const std::string* role = node.Attribute("role"); role && *role == "complementary") {
    return true;
  }
  for (std::string_view attribute : {"class", "id"}) {
    if (const std::string* value = node.Attribute(attribute); value && NamesChrome(*value)) {
      return true;
    }
  }
  return false;
}

// True when the element's tag, class or id names the page's own content.
bool NamesContent(const Node& node) {
  if (node.tag == "main" || node.tag == "article") return true;
  static constexpr std::array<std::string_view, 13> kWords = {
      "main", "content", "con", "cont", "list",   "article", "detail",
      "zw",   "lb",      "wz",  "news", "column", "lm"};
  for (std::string_view attribute : {"class", "id"}) {
    const std::string* value = node.Attribute(attribute);
    if (value == nullptr) continue;
    for (const std::string& word : NameWords(*value)) {
      for (std::string_view w : kWords) {
        if (word == w) return true;
      }
    }
  }
  return false;
}

bool SkipsText(const Node& node) {
  return node.tag == "script" || node.tag == "style" || node.tag == "noscript" ||
         node.tag == "template";
}

// glibc's memmem: string_view::find tries every occurrence of the needle's
// first byte, and in UTF-8 Chinese text that lead byte is everywhere.
bool Contains(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  if (haystack.size() < needle.size()) return false;  // memmem wants non-null pointers.
  return memmem(haystack.data(), haystack.size(), needle.data(), needle.size()) != nullptr;
}

template <size_t N>
bool ContainsAny(std::string_view haystack, const std::array<std::string_view, N>& needles) {
  for (std::string_view needle : needles) {
    if (Contains(haystack, needle)) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 11> kEmptyNotices = {
    "暂无信息",     "暂无数据", "暂无内容", "暂无记录",   "暂无相关",  "没有相关信息",
    "没有找到相关", "共0条",    "共 0 条",  "无相关记录", "本栏目暂无"};
constexpr std::array<std::string_view, 3> kSiteMapWords = {"网站地图", "站点地图", "网站导航"};
constexpr std::array<std::string_view, 6> kBreadcrumbLabels = {
    "当前位置", "您的位置", "您现在的位置", "所在位置", "当前的位置", "现在位置"};
constexpr std::array<std::string_view, 12> kMessageChannelWords = {
    "网络问政", "问政", "咨询", "投诉",     "信箱",  "留言",
    "来信",     "诉求", "建言", "互动交流", "12345", "民意"};
constexpr std::array<std::string_view, 11> kPendingWords = {
    "未回复",   "待回复", "未答复", "待答复", "办理中", "处理中",
    "正在办理", "待处理", "未办结", "受理中", "未处理"};
constexpr std::array<std::string_view, 7> kRepliedWords = {"已回复", "已答复", "已办结", "已处理",
                                                           "已反馈", "已解答", "办结"};
constexpr std::array<std::string_view, 7> kSubmittedLabels = {
    "留言时间", "来信时间", "提交时间", "咨询时间", "提问时间", "写信时间", "投诉时间"};
constexpr std::array<std::string_view, 6> kRepliedLabels = {"回复时间", "答复时间", "办结时间",
                                                            "处理时间", "反馈时间", "回复日期"};
constexpr std::array<std::string_view, 8> kPubDateLabels = {
    "发布时间", "发布日期", "发文日期", "成文日期", "发表时间", "更新时间", "日期：", "时间："};
// Code points of running text outside lists that make a page an article.
constexpr size_t kMinArticleText = 300;

constexpr std::array<std::string_view, 17> kRelatedWords = {
    "解读", "图解", "原文", "政策", "文件", "《",       "通知",     "办法", "意见",
    "规定", "方案", "条例", "细则", "决定", "答记者问", "一图读懂", "读懂"};

std::optional<MessageEntry::Status> StatusFromText(std::string_view text) {
  if (ContainsAny(text, kPendingWords)) return MessageEntry::Status::kPending;
  if (ContainsAny(text, kRepliedWords)) return MessageEntry::Status::kReplied;
  return std::nullopt;
}

// The date written after the first of `labels` in `text`, within a short span.
template <size_t N>
std::optional<Date> DateAfterLabel(std::string_view text,
                                   const std::array<std::string_view, N>& labels) {
  for (std::string_view label : labels) {
    size_t at = text.find(label);
    if (at == std::string_view::npos) continue;
    std::string_view after = text.substr(at + label.size());
    after = TruncateUtf8(after, 48);
    if (std::optional<Date> date = FindDateInText(after)) return date;
  }
  return std::nullopt;
}

// A parsed page with indexes that the summariser needs.
class PageView {
 public:
  explicit PageView(const Document& doc) : doc_(doc), place_(doc.nodes.size(), Place::kMain) {
    for (size_t i = 0; i < doc.links.size(); ++i) {
      const Link& link = doc.links[i];
      if (link.node >= 0 && link.tag == "a") link_at_node_.emplace(link.node, i);
    }
    const NodeRoles roles = ComputeNodeRoles(doc);
    auto is_chrome_region = [](Region r) {
      return r == Region::kHeader || r == Region::kNav || r == Region::kFooter;
    };
    for (const DateMention& date : doc.dates) {
      if (date.node >= 0 && is_chrome_region(date.region)) chrome_date_nodes_.push_back(date.node);
    }
    std::sort(chrome_date_nodes_.begin(), chrome_date_nodes_.end());
    // Places, top-down: a node inside chrome is chrome.
    std::vector<int> stack;
    for (size_t i = 0; i < doc.nodes.size(); ++i) {
      if (doc.nodes[i].parent < 0) stack.push_back(static_cast<int>(i));
    }
    while (!stack.empty()) {
      int n = stack.back();
      stack.pop_back();
      const Node& node = doc.nodes[n];
      const int parent = node.parent;
      Place place = parent >= 0 ? place_[parent] : Place::kMain;
      if (place != Place::kFrame && node.type == Node::Type::kElement) {
        if (static_cast<size_t>(n) < roles.region.size() && is_chrome_region(roles.region[n])) {
          place = Place::kFrame;
        } else if (place == Place::kMain && IsChromeElement(node)) {
          place = Place::kSidebar;
        }
      }
      place_[n] = place;
      for (int child : node.children) {
        if (child > n && child < static_cast<int>(doc.nodes.size())) stack.push_back(child);
      }
    }
  }

  const Document& doc() const { return doc_; }
  const Node& node(int n) const { return doc_.nodes[n]; }
  // Out-of-range indexes (a Document built by hand) count as main content.
  bool InChrome(int n) const {
    return n >= 0 && static_cast<size_t>(n) < place_.size() && place_[n] != Place::kMain;
  }
  bool InFrame(int n) const {
    return n >= 0 && static_cast<size_t>(n) < place_.size() && place_[n] == Place::kFrame;
  }
  bool IsChromeDateNode(int n) const {
    return std::binary_search(chrome_date_nodes_.begin(), chrome_date_nodes_.end(), n);
  }
  const Link* LinkAt(int n) const {
    auto it = link_at_node_.find(n);
    return it == link_at_node_.end() ? nullptr : &doc_.links[it->second];
  }

  // The visible text under `n`, text nodes joined (a space between ASCII words).
  std::string Text(int n) const {
    std::string out;
    AppendText(n, &out, 0);
    return CollapseWhitespace(out);
  }

  // Calls visit(n) for every node under `n`, `n` included, in document order.
  template <typename Visit>
  void ForEachNode(int n, const Visit& visit) const {
    std::vector<int> stack = {n};
    while (!stack.empty()) {
      int cur = stack.back();
      stack.pop_back();
      visit(cur);
      const Node& nd = doc_.nodes[cur];
      for (auto it = nd.children.rbegin(); it != nd.children.rend(); ++it) {
        if (*it > cur && *it < static_cast<int>(doc_.nodes.size())) stack.push_back(*it);
      }
    }
  }

 private:
  void AppendText(int n, std::string* out, int depth) const {
    const Node& nd = doc_.nodes[n];
    if (depth > 200) return;
    if (nd.type == Node::Type::kText) {
      if (!out->empty() && !nd.text.empty() &&
          std::isalnum(static_cast<unsigned char>(out->back())) &&
          std::isalnum(static_cast<unsigned char>(nd.text.front()))) {
        out->push_back(' ');
      }
      out->append(nd.text);
      return;
    }
    if (SkipsText(nd)) return;
    const bool block = nd.tag == "br" || nd.tag == "td" || nd.tag == "th" || nd.tag == "li" ||
                       nd.tag == "p" || nd.tag == "div" || nd.tag == "span" || nd.tag == "dd" ||
                       nd.tag == "dt";
    if (block && !out->empty()) out->push_back(' ');
    for (int child : nd.children) {
      if (child > n && child < static_cast<int>(doc_.nodes.size()))
        AppendText(child, out, depth + 1);
    }
  }

  const Document& doc_;
  std::vector<Place> place_;
  std::unordered_map<int, size_t> link_at_node_;
  std::vector<int> chrome_date_nodes_;
};

// One entry of a repeated structure (li, tr, div card).
struct Candidate {
  int node = -1;
  ListItem item;
  std::string text;          // All text of the entry.
  bool chrome_date = false;  // The html module placed a date here in chrome.
};

struct ListBlock {
  int container = -1;
  std::string signature;  // Container tag.class, to merge split lists.
  std::vector<Candidate> entries;
  int dated = 0;
};

std::string Signature(const Node& node) {
  std::string sig = node.tag;
  if (const std::string* cls = node.Attribute("class")) sig += "." + *cls;
  return sig;
}

// Reads a list entry: its title link (the longest anchor text), its date
// (outside the title first, then inside it, then from the link's URL).
// Returns false when `n` does not look like one entry.
bool ReadEntry(const PageView& view, int n, Candidate* out) {
  const Link* title_link = nullptr;
  std::string title_text;
  int anchors_with_text = 0;
  bool chrome_date = false;
  view.ForEachNode(n, [&](int cur) {
    if (view.IsChromeDateNode(cur)) chrome_date = true;
    const Link* link = view.LinkAt(cur);
    if (link == nullptr) return;
    std::string text = link->text.empty() ? view.Text(cur) : link->text;
    if (const std::string* title = view.node(cur).Attribute("title")) {
      if (CountCodePoints(*title) > CountCodePoints(text)) text = CollapseWhitespace(*title);
    }
    if (text.empty()) return;
    ++anchors_with_text;
    if (CountCodePoints(text) > CountCodePoints(title_text)) {
      title_text = text;
      title_link = link;
    }
  });
  if (title_link == nullptr || anchors_with_text > 4) return false;
  if (CountCodePoints(title_text) < 4) return false;  // "更多", "详情", page numbers.
  out->node = n;
  out->text = view.Text(n);
  out->chrome_date = chrome_date;
  out->item.title = title_text;
  out->item.url = title_link->url;
  // The date beside the title: search the entry's text with the title removed.
  std::string rest = out->text;
  if (size_t at = rest.find(title_text); at != std::string::npos) {
    rest.replace(at, title_text.size(), " ");
  }
  std::optional<Date> date = FindDateInText(rest);
  if (!date) date = FindDateInText(title_text);
  if (!date) date = FindDateInUrl(title_link->url);
  if (chrome_date) date.reset();
  out->item.date = date;
  return true;
}

// Finds repeated entry structures: elements with at least two children of the
// same tag and class that each hold a titled link. Lists in chrome are left
// out, and so are lists whose entries hold lists (the inner list wins).
std::vector<ListBlock> FindListBlocks(const PageView& view) {
  const Document& doc = view.doc();
  std::vector<ListBlock> blocks;
  for (size_t i = 0; i < doc.nodes.size(); ++i) {
    const Node& node = doc.nodes[i];
    if (node.type != Node::Type::kElement || SkipsText(node) || view.InChrome(static_cast<int>(i)))
      continue;
    if (node.tag == "select" || node.tag == "head") continue;
    std::map<std::string, std::vector<int>> groups;
    for (int child : node.children) {
      if (child <= static_cast<int>(i) || child >= static_cast<int>(doc.nodes.size())) continue;
      const Node& c = doc.nodes[child];
      if (c.type != Node::Type::kElement || SkipsText(c)) continue;
      groups[Signature(c)].push_back(child);
    }
    for (const auto& [sig, members] : groups) {
      if (members.size() < 2) continue;
      ListBlock block;
      block.container = static_cast<int>(i);
      // The container's parent is part of the signature: a list split into
      // several <ul> under one box merges, a <tbody> of another table does not.
      block.signature = (node.parent >= 0 ? Signature(doc.nodes[node.parent]) : std::string()) +
                        ">" + Signature(node) + ">" + sig;
      for (int member : members) {
        Candidate c;
        if (ReadEntry(view, member, &c)) {
          block.dated += c.item.date.has_value();
          block.entries.push_back(std::move(c));
        }
      }
      const int n = static_cast<int>(block.entries.size());
      // A list: three titled entries, or two that both carry a date.
      if (n >= 3 || (n == 2 && block.dated == 2)) blocks.push_back(std::move(block));
    }
  }
  // Drop blocks whose entries contain another block's container: the entries
  // of the outer one are boxes of lists, not items.
  std::vector<bool> drop(blocks.size(), false);
  for (size_t a = 0; a < blocks.size(); ++a) {
    for (size_t b = 0; b < blocks.size() && !drop[a]; ++b) {
      if (a == b) continue;
      int n = blocks[b].container;
      while (n >= 0 && n != blocks[a].container) {
        bool is_entry = false;
        for (const Candidate& c : blocks[a].entries) is_entry |= c.node == n;
        if (is_entry) {
          drop[a] = true;
          break;
        }
        n = doc.nodes[n].parent;
      }
    }
  }
  std::vector<ListBlock> kept;
  for (size_t a = 0; a < blocks.size(); ++a) {
    if (!drop[a]) kept.push_back(std::move(blocks[a]));
  }
  return kept;
}

// Entries of a pager: "下一页", "尾页", "2", "[3]", "»".
bool IsPagerText(std::string_view text) {
  std::string_view t = TrimUnicodeSpace(text);
  static constexpr std::array<std::string_view, 12> kWords = {"下一页", "下页", "上一页",   "上页",
                                                              "尾页",   "末页", "最后一页", "后页",
                                                              "前页",   ">>",   "»",        "›"};
  if (Contains(t, "更多") || StartsWithIgnoreCase(t, "more")) return false;
  for (std::string_view w : kWords) {
    // Words may carry decoration ("下一页>"); symbols must stand alone.
    const bool symbol = static_cast<unsigned char>(w[0]) < 0xE4;  // Not a CJK character.
    if (t == w || (!symbol && Contains(t, w) && CountCodePoints(t) <= 6)) return true;
  }
  if (t.size() >= 2 && t.front() == '[' && t.back() == ']') t = t.substr(1, t.size() - 2);
  return AllDigits(t) && t.size() <= 4;
}

// Pages listed by the TRS WCM pager script: createPageHTML(count, current,
// "index", "html") or createPageHTML("div", count, current, "index", "html", n).
// The other pages are index_1.html … index_{count-1}.html.
void AddScriptPager(const PageView& view, std::vector<std::string>* out) {
  const Document& doc = view.doc();
  for (size_t i = 0; i < doc.nodes.size(); ++i) {
    const Node& node = doc.nodes[i];
    if (node.type != Node::Type::kText || node.parent < 0 || doc.nodes[node.parent].tag != "script")
      continue;
    size_t at = node.text.find("createPageHTML(");
    if (at == std::string::npos) continue;
    std::string_view args(node.text);
    args = args.substr(at + 15);
    args = args.substr(0, args.find(')'));
    std::vector<int> numbers;
    std::vector<std::string> strings;
    for (std::string_view arg : Split(args, ',')) {
      arg = TrimAscii(arg);
      unsigned long long v = 0;
      if (ParseUint(arg, &v) && v < 100000) {
        numbers.push_back(static_cast<int>(v));
      } else if (arg.size() >= 2 && (arg.front() == '"' || arg.front() == '\'')) {
        strings.emplace_back(arg.substr(1, arg.size() - 2));
      }
    }
    if (numbers.empty() || strings.size() < 2) continue;
    const std::string& ext = strings.back();
    const std::string& prefix = strings[strings.size() - 2];
    std::string base = doc.base_url.empty() ? doc.url : doc.base_url;
    base = base.substr(0, base.find('?'));
    base = base.substr(0, base.rfind('/') + 1);
    const int count = std::min(numbers[0], 20);
    for (int p = 0; p < count; ++p) {
      out->push_back(base + prefix + (p == 0 ? "" : "_" + std::to_string(p)) + "." + ext);
    }
  }
}

// Breadcrumb entries after 首页, from the element that holds "当前位置" or
// whose class/id names a breadcrumb.
std::vector<std::string> FindBreadcrumb(const PageView& view, int* holder_out) {
  const Document& doc = view.doc();
  int holder = -1;
  for (size_t i = 0; i < doc.nodes.size() && holder < 0; ++i) {
    const Node& node = doc.nodes[i];
    if (node.type == Node::Type::kText &&
        ContainsAny(std::string_view(node.text), kBreadcrumbLabels)) {
      holder = node.parent;
      // "<span>当前位置：</span><a>首页</a> > <a>…</a>": climb to the element
      // that also holds the links.
      for (int up = 0; up < 2 && holder >= 0; ++up) {
        int links = 0;
        view.ForEachNode(holder, [&](int n) { links += view.LinkAt(n) != nullptr; });
        if (links >= 1 && view.Text(holder).size() > node.text.size() + 2) break;
        holder = doc.nodes[holder].parent;
      }
    } else if (node.type == Node::Type::kElement) {
      for (std::string_view attribute : {"class", "id"}) {
        const std::string* value = node.Attribute(attribute);
        if (value == nullptr) continue;
        std::string lower = AsciiLower(*value);
        if (Contains(lower, "crumb") || Contains(lower, "position") ||
            Contains(lower, "location") || Contains(lower, "dqwz") || Contains(lower, "weizhi")) {
          holder = static_cast<int>(i);
        }
      }
    }
  }
  std::vector<std::string> entries;
  *holder_out = holder;
  if (holder < 0) return entries;
  std::string text = view.Text(holder);
  if (text.size() > 400) return entries;  // Not a breadcrumb.
  for (std::string_view label : kBreadcrumbLabels) {
    if (size_t at = text.find(label); at != std::string::npos) {
      text = text.substr(at + label.size());
      break;
    }
  }
  // Split on the separators CMSs print: > ＞ » › → / | " - " —.
  static constexpr std::array<std::string_view, 11> kSeparators = {">", "＞", "»", "›",   "→", "/",
                                                                   "|", "：", ":", " - ", "—"};
  std::string current;
  auto flush = [&]() {
    std::string entry(TrimUnicodeSpace(current));
    current.clear();
    if (entry.empty() || entry == "-") return;
    entries.push_back(entry);
  };
  size_t pos = 0;
  while (pos < text.size()) {
    bool separator = false;
    for (std::string_view sep : kSeparators) {
      if (text.compare(pos, sep.size(), sep) == 0) {
        flush();
        pos += sep.size();
        separator = true;
        break;
      }
    }
    if (!separator) current.push_back(text[pos++]);
  }
  flush();
  static constexpr std::array<std::string_view, 5> kHome = {"首页", "网站首页", "主页", "首 页",
                                                            "Home"};
  while (!entries.empty() &&
         std::find(kHome.begin(), kHome.end(), entries.front()) != kHome.end()) {
    entries.erase(entries.begin());
  }
  return entries;
}

std::string ColumnFromBreadcrumb(const std::vector<std::string>& entries) {
  static constexpr std::array<std::string_view, 7> kNotColumns = {
      "正文", "详情", "内容", "文章", "正文内容", "详细信息", "信息详情"};
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (std::find(kNotColumns.begin(), kNotColumns.end(), *it) == kNotColumns.end()) return *it;
  }
  return "";
}

// The messages of a message board page: table rows with a header that names
// the submission and reply dates, list entries with a reply status, or one
// message's own page with 留言时间/回复时间 labels.
void ReadMessages(const PageView& view, const std::vector<ListBlock>& blocks, const SitePage& page,
                  size_t max_items, std::vector<MessageEntry>* out) {
  const Document& doc = view.doc();
  // Tables with a header row.
  for (const Table& table : doc.tables) {
    if (table.rows.size() < 2 || table.node < 0 ||
        static_cast<size_t>(table.node) >= doc.nodes.size()) {
      continue;
    }
    const std::vector<std::string>& header = table.rows[0];
    int submitted = -1, replied = -1, status = -1;
    for (size_t c = 0; c < header.size(); ++c) {
      const std::string& h = header[c];
      if (replied < 0 &&
          (ContainsAny(std::string_view(h), kRepliedLabels) || h == "回复" || h == "答复日期")) {
        replied = static_cast<int>(c);
      } else if (submitted < 0 &&
                 (ContainsAny(std::string_view(h), kSubmittedLabels) || h == "时间" ||
                  h == "日期" || h == "留言日期" || h == "来信日期" || h == "提交日期")) {
        submitted = static_cast<int>(c);
      } else if (status < 0 && (Contains(h, "状态") || Contains(h, "是否回复") ||
                                Contains(h, "办理情况") || Contains(h, "处理情况"))) {
        status = static_cast<int>(c);
      }
    }
    if (submitted < 0 || (replied < 0 && status < 0)) continue;
    // Row links, from the DOM: the n-th <tr> of the table is its n-th row.
    std::vector<std::pair<std::string, std::string>> row_links;
    view.ForEachNode(table.node, [&](int n) {
      if (view.node(n).tag != "tr") return;
      std::pair<std::string, std::string> best;
      view.ForEachNode(n, [&](int m) {
        if (const Link* link = view.LinkAt(m); link && link->text.size() > best.first.size()) {
          best = {link->text, link->url};
        }
      });
      row_links.push_back(best);
    });
    for (size_t r = static_cast<size_t>(std::max(table.header_rows, 1)); r < table.rows.size();
         ++r) {
      const std::vector<std::string>& row = table.rows[r];
      auto cell = [&](int c) -> std::string_view {
        return c >= 0 && static_cast<size_t>(c) < row.size() ? std::string_view(row[c]) : "";
      };
      MessageEntry m;
      m.submitted = FindDateInText(cell(submitted));
      if (!m.submitted) continue;
      m.replied = FindDateInText(cell(replied));
      std::optional<MessageEntry::Status> s = StatusFromText(cell(status));
      if (!s && replied >= 0) {
        s = m.replied ? MessageEntry::Status::kReplied : StatusFromText(cell(replied));
      }
      m.status =
          s.value_or(m.replied ? MessageEntry::Status::kReplied : MessageEntry::Status::kUnknown);
      if (r < row_links.size()) {
        m.title = row_links[r].first;
        m.url = row_links[r].second;
      }
      if (m.url.empty()) m.url = doc.url;
      if (m.title.empty()) {
        for (const std::string& text : row) {
          if (text.size() > m.title.size() && !FindDateInText(text)) m.title = text;
        }
      }
      if (out->size() < max_items) out->push_back(std::move(m));
    }
  }
  if (!out->empty()) return;
  // Lists whose entries state a reply status.
  for (const ListBlock& block : blocks) {
    for (const Candidate& c : block.entries) {
      std::optional<MessageEntry::Status> s = StatusFromText(c.text);
      if (!s || c.chrome_date) continue;
      MessageEntry m;
      m.title = c.item.title;
      m.url = c.item.url;
      std::string rest = c.text;
      if (size_t at = rest.find(c.item.title); at != std::string::npos) {
        rest.replace(at, c.item.title.size(), " ");
      }
      m.submitted = DateAfterLabel(std::string_view(rest), kSubmittedLabels);
      m.replied = DateAfterLabel(std::string_view(rest), kRepliedLabels);
      if (!m.submitted) {
        // Unlabelled: the first date is the submission, a later one the reply.
        std::vector<DateMatch> dates = FindDatesInText(rest);
        if (!dates.empty()) m.submitted = dates[0].date;
        if (!m.replied && dates.size() > 1) m.replied = dates[1].date;
      }
      if (!m.submitted) continue;
      m.status = *s;
      if (out->size() < max_items) out->push_back(std::move(m));
    }
  }
  if (!out->empty() || page.is_list) return;
  // One message's own page.
  std::string text;
  for (const TextBlock& block : doc.blocks) {
    text += block.text;
    text += '\n';
  }
  MessageEntry m;
  m.submitted = DateAfterLabel(std::string_view(text), kSubmittedLabels);
  if (!m.submitted) return;
  m.replied = DateAfterLabel(std::string_view(text), kRepliedLabels);
  std::optional<MessageEntry::Status> s;
  for (std::string_view label : {"办理状态", "处理状态", "状态", "回复状态"}) {
    if (size_t at = text.find(label); at != std::string::npos) {
      s = StatusFromText(std::string_view(text).substr(at, 40));
      if (s) break;
    }
  }
  m.status =
      s.value_or(m.replied ? MessageEntry::Status::kReplied : MessageEntry::Status::kUnknown);
  // The message's own heading, else the page title.
  for (size_t i = 0; i < doc.nodes.size() && m.title.empty(); ++i) {
    const std::string& tag = doc.nodes[i].tag;
    if ((tag == "h1" || tag == "h2" || tag == "h3") && !view.InChrome(static_cast<int>(i))) {
      m.title = view.Text(static_cast<int>(i));
    }
  }
  if (m.title.empty()) m.title = page.title;
  m.url = doc.url;
  out->push_back(std::move(m));
}

}  // namespace

SitePage SummarizePage(const Document& doc, const SummarizeOptions& options) {
  SitePage page;
  page.url = doc.url;
  const PageView view(doc);

  // Column identity.
  int breadcrumb_node = -1;
  page.breadcrumb = FindBreadcrumb(view, &breadcrumb_node);
  page.column_name = CollapseWhitespace(doc.Meta("ColumnName"));
  if (page.column_name.empty()) page.column_name = ColumnFromBreadcrumb(page.breadcrumb);

  // Title: the article's own title when the page shows one.
  page.title = CollapseWhitespace(doc.Meta("ArticleTitle"));
  if (page.title.empty()) {
    for (size_t i = 0; i < doc.nodes.size() && page.title.empty(); ++i) {
      if (doc.nodes[i].tag == "h1" && !view.InChrome(static_cast<int>(i))) {
        page.title = view.Text(static_cast<int>(i));
      }
    }
  }
  if (page.title.empty()) page.title = CollapseWhitespace(doc.title);

  // Lists.
  std::vector<ListBlock> blocks = FindListBlocks(view);
  std::vector<bool> in_list(doc.nodes.size(), false);
  for (const ListBlock& block : blocks) {
    for (const Candidate& c : block.entries) {
      view.ForEachNode(c.node, [&](int n) { in_list[n] = true; });
      if (c.item.date) {
        ++page.dated_list_items;
        if (!page.newest_item_date || *c.item.date > *page.newest_item_date) {
          page.newest_item_date = c.item.date;
        }
      }
    }
  }

  // Article: a body of running text outside lists, or article meta tags.
  bool has_body = false;
  size_t main_text = 0;
  for (const TextBlock& block : doc.blocks) {
    if (block.node >= 0 && static_cast<size_t>(block.node) < doc.nodes.size() &&
        (view.InChrome(block.node) || in_list[block.node])) {
      continue;
    }
    const size_t length = CountCodePoints(block.text);
    main_text += length;
    if (length >= 150) has_body = true;
  }
  // An article written in short paragraphs has no one long block, but a
  // list page's text outside its list (breadcrumb, pager, heading) stays
  // short; without this, an article's related-articles box made it a column.
  if (main_text >= kMinArticleText) has_body = true;
  std::string main_visible;
  for (const TextBlock& block : doc.blocks) {
    if (block.node >= 0 && static_cast<size_t>(block.node) < doc.nodes.size() &&
        view.InChrome(block.node)) {
      continue;
    }
    main_visible += block.text;
    main_visible += '\n';
  }
  std::optional<Date> label_date = DateAfterLabel(std::string_view(main_visible), kPubDateLabels);
  page.is_article = has_body || !doc.Meta("ArticleTitle").empty();

  // The main list: the block with most entries (dated entries break ties),
  // with the blocks of the same signature (a list split into several <ul>).
  // The main list: the block in the page's content area (after the
  // breadcrumb, or inside a box named main/content/list) with most entries,
  // dated entries breaking ties; with the blocks of the same signature (a
  // list split into several <ul>). A box of recent items beside the content
  // can hold more entries than a short column, so the area comes first.
  auto in_content_area = [&](const ListBlock& block) {
    if (breadcrumb_node >= 0 &&
        doc.nodes[block.container].source_offset > doc.nodes[breadcrumb_node].source_offset) {
      return true;
    }
    for (int n = block.container; n >= 0; n = doc.nodes[n].parent) {
      if (NamesContent(doc.nodes[n])) return true;
    }
    return false;
  };
  const ListBlock* primary = nullptr;
  bool primary_in_content = false;
  for (const ListBlock& block : blocks) {
    const bool content = in_content_area(block);
    auto key = [](bool c, const ListBlock& b) {
      return std::make_tuple(c, b.entries.size(), b.dated);
    };
    if (primary == nullptr || key(content, block) > key(primary_in_content, *primary)) {
      primary = &block;
      primary_in_content = content;
    }
  }
  // A list of undated entries (service guides) is a column too, when long
  // enough not to be a box of links.
  // An overview page (政务公开) shows boxes of several columns, each with its
  // own "更多" link; a site map lists every column. Neither is a column.
  std::set<std::string> more_targets;
  for (const Link& link : doc.links) {
    if (link.tag != "a" || link.node < 0 || view.InChrome(link.node)) continue;
    std::string_view text = TrimUnicodeSpace(link.text);
    if (Contains(text, "更多") || StartsWithIgnoreCase(text, "more")) more_targets.insert(link.url);
  }
  const bool overview = more_targets.size() >= 2 ||
                        ContainsAny(std::string_view(doc.title), kSiteMapWords) ||
                        ContainsAny(std::string_view(page.column_name), kSiteMapWords);
  if (primary != nullptr && !overview && (primary->dated > 0 || primary->entries.size() >= 5) &&
      !has_body) {
    page.is_list = true;
    page.is_article = false;
    for (const ListBlock& block : blocks) {
      if (block.signature != primary->signature) continue;
      for (const Candidate& c : block.entries) {
        if (page.items.size() < options.max_items) page.items.push_back(c.item);
      }
    }
  }
  if (!page.is_list) {
    std::string pub = doc.Meta("PubDate");
    if (pub.empty()) pub = doc.Meta("firstpublishedtime");
    page.pub_date = FindDateInText(pub);
    if (!page.pub_date) page.pub_date = label_date;
    if (!page.pub_date) {
      for (const DateMention& date : doc.dates) {
        if (date.region == Region::kMain && (date.source == DateMention::Source::kMeta ||
                                             date.source == DateMention::Source::kLabel)) {
          page.pub_date = date.date;
          break;
        }
      }
    }
    if (!page.pub_date) page.pub_date = FindDateInUrl(doc.url);
    if (page.pub_date && !page.is_article && primary == nullptr) page.is_article = true;
  }

  // Pagination.
  for (const Link& link : doc.links) {
    if (link.tag != "a" || link.url.empty()) continue;
    if (link.node >= 0 && static_cast<size_t>(link.node) < in_list.size() && in_list[link.node])
      continue;
    if (!IsPagerText(link.text)) continue;
    if (link.url == doc.url || StartsWithIgnoreCase(link.url, "javascript")) continue;
    if (std::find(page.pagination.begin(), page.pagination.end(), link.url) ==
        page.pagination.end()) {
      page.pagination.push_back(link.url);
    }
  }
  AddScriptPager(view, &page.pagination);
  if (page.pagination.size() > 30) page.pagination.resize(30);

  // Blank columns.
  for (const TextBlock& block : doc.blocks) {
    if (block.node >= 0 && static_cast<size_t>(block.node) < doc.nodes.size() &&
        view.InChrome(block.node)) {
      continue;
    }
    if (ContainsAny(std::string_view(block.text), kEmptyNotices)) page.empty_notice = true;
  }
  if (!page.empty_notice && !page.is_article && primary == nullptr &&
      (!doc.Meta("ColumnName").empty() || !page.breadcrumb.empty())) {
    // A column page with nothing in its main area but the breadcrumb: an
    // empty list.
    size_t breadcrumb_text = 0;
    for (const std::string& entry : page.breadcrumb) breadcrumb_text += CountCodePoints(entry);
    int content_links = 0;
    for (const Link& link : doc.links) {
      if (link.tag == "a" && link.node >= 0 && !view.InChrome(link.node) &&
          CountCodePoints(link.text) >= 4 && !IsPagerText(link.text)) {
        ++content_links;
      }
    }
    if (content_links <= static_cast<int>(page.breadcrumb.size()) &&
        main_text <= breadcrumb_text + 30) {
      page.empty_notice = true;
    }
  }

  // Message boards.
  const std::string names = page.column_name + " " + Join(page.breadcrumb, " ") + " " + doc.title;
  page.message_board = ContainsAny(std::string_view(names), kMessageChannelWords);
  if (page.message_board) ReadMessages(view, blocks, page, options.max_items, &page.messages);

  // Links to related documents, on article pages.
  if (page.is_article) {
    for (const Link& link : doc.links) {
      if (link.tag != "a" || link.node < 0 || view.InFrame(link.node)) continue;
      if (!ContainsAny(std::string_view(link.text), kRelatedWords)) continue;
      if (page.related_urls.size() >= 30) break;
      page.related_urls.push_back(link.url);
    }
  }

  if (options.keep_navigation) {
    for (const Link& link : doc.links) {
      if (link.tag != "a" || link.text.empty() || CountCodePoints(link.text) > 20) continue;
      if (page.navigation.size() >= 400) break;
      page.navigation.push_back({link.text, link.url});
    }
  }

  // Mixed content: an https page that loads sub-resources over http.
  if (StartsWithIgnoreCase(doc.url, "https://")) {
    for (const Link& link : doc.links) {
      if (link.tag == "a" || link.tag == "area" || link.tag == "meta") continue;
      if (link.origin != LinkOrigin::kAttribute && link.origin != LinkOrigin::kCssUrl) continue;
      if (!StartsWithIgnoreCase(link.url, "http://")) continue;
      ++page.insecure_resource_count;
      if (page.insecure_resources.size() < 3) page.insecure_resources.push_back(link.url);
    }
  }
  return page;
}

}  // namespace govmon
