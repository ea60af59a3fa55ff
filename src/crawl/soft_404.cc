#include "crawl/soft_404.h"

#include <array>

#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {
namespace {

// Phrases error pages use. They are specific to "this page/article does not
// exist"; a bare "404" or "错误" is not enough.
constexpr std::array<std::string_view, 22> kNotFoundPhrases = {
    "页面不存在",     "您访问的页面不存在", "您所访问的页面不存在",
    "页面未找到",     "找不到页面",         "找不到该页面",
    "页面找不到了",   "该页面已删除",       "页面已删除",
    "页面已被删除",   "信息不存在",         "文章不存在",
    "内容不存在",     "已被删除或不存在",   "不存在或已被删除",
    "不存在或已删除", "页面走丢了",         "页面飞走了",
    "404 Not Found",  "Page Not Found",     "The page you requested",
    "无法找到该页"};

bool ContainsAny(std::string_view text) {
  for (std::string_view p : kNotFoundPhrases) {
    if (ContainsIgnoreCase(text, p)) return true;
  }
  return false;
}

bool TitleSaysNotFound(std::string_view title) {
  title = TrimUnicodeSpace(title);
  if (ContainsAny(title)) return true;
  // "404", "404错误", "Error 404", "404 - 页面…": a title that is essentially
  // the status code. A document number like "（2023）404号" is not.
  if (title.starts_with("404")) {
    std::string_view rest = title.substr(3);
    return rest.empty() || !(rest[0] >= '0' && rest[0] <= '9');
  }
  return StartsWithIgnoreCase(title, "error 404") || StartsWithIgnoreCase(title, "not found") ||
         StartsWithIgnoreCase(title, "错误404") || StartsWithIgnoreCase(title, "404错误");
}

}  // namespace

// A page is a soft 404 when
//   - its title says so ("页面不存在", "404", "Not Found" …), or
//   - its visible text is short (under 600 characters, i.e. an error page,
//     not an article that happens to quote the phrase) and contains one of
//     the not-found phrases.
// Long pages are never soft 404s on their text alone: an article about a
// website clean-up may well write "页面不存在".
bool LooksLikeSoft404(std::string_view title, std::string_view visible_text) {
  if (TitleSaysNotFound(title)) return true;
  return CountCodePoints(visible_text) < 600 && ContainsAny(visible_text);
}

}  // namespace govmon
