#include "check/site_identity_check.h"

#include <algorithm>

#include "base/strings.h"
#include "base/url.h"

namespace govmon {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

size_t DigitRun(std::string_view s, size_t pos) {
  size_t n = 0;
  while (pos + n < s.size() && IsDigit(s[pos + n])) ++n;
  return n;
}

// Text with all white space removed ("主 办：" → "主办："), so that labels
// spaced out for layout still match.
std::string Squeeze(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::string collapsed = CollapseWhitespace(text);
  for (char c : collapsed) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

// True when a `label` occurrence in `text` is followed, within `window`
// bytes, by a code that `accept` recognises at that position.
template <typename Accept>
bool LabelFollowedBy(std::string_view text, std::string_view label, size_t window, Accept accept) {
  for (size_t pos = text.find(label); pos != std::string_view::npos;
       pos = text.find(label, pos + 1)) {
    size_t start = pos + label.size();
    size_t end = std::min(text.size(), start + window);
    for (size_t i = start; i < end; ++i) {
      if (accept(text, i)) return true;
    }
  }
  return false;
}

// 网站标识码: 6-digit region code + 4-digit sequence, or bm + 8 digits for
// central departments (domain.md §2.2).
bool SiteIdCodeAt(std::string_view s, size_t i) {
  if (i > 0 && IsDigit(s[i - 1])) return false;
  if (DigitRun(s, i) == 10) return true;
  return i + 2 <= s.size() && (s[i] == 'b' || s[i] == 'B') &&
         (s[i + 1] == 'm' || s[i + 1] == 'M') && DigitRun(s, i + 2) == 8;
}

bool RecordNumberAt(std::string_view s, size_t i, size_t min_digits) {
  return (i == 0 || !IsDigit(s[i - 1])) && DigitRun(s, i) >= min_digits;
}

bool HasPhone(std::string_view s) {
  // Landlines (0797-8398123, (0797)8398123, 0797 8398123 squeezed), mobiles
  // and the 12345 hotline, after a label.
  for (std::string_view label : {"电话", "热线", "Tel", "TEL", "tel", "传真", "联系方式"}) {
    if (LabelFollowedBy(s, label, 24,
                        [](std::string_view t, size_t i) { return RecordNumberAt(t, i, 5); })) {
      return true;
    }
  }
  // An area-code number without a label: 0NNN-NNNNNNN.
  for (size_t pos = s.find('-'); pos != std::string_view::npos; pos = s.find('-', pos + 1)) {
    size_t before = 0;
    while (before < pos && IsDigit(s[pos - before - 1])) ++before;
    if (before >= 3 && before <= 4 && s[pos - before] == '0' && DigitRun(s, pos + 1) >= 7 &&
        DigitRun(s, pos + 1) <= 8) {
      return true;
    }
  }
  return false;
}

bool HasEmail(std::string_view s) {
  for (size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    auto word = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '.' ||
             c == '_' || c == '-';
    };
    bool local = at > 0 && word(s[at - 1]);
    size_t dot = s.find('.', at + 1);
    bool domain = at + 1 < s.size() && word(s[at + 1]) && dot != std::string_view::npos &&
                  dot + 1 < s.size() && word(s[dot + 1]);
    if (local && domain) return true;
  }
  return false;
}

bool HasLabel(std::string_view s, std::initializer_list<std::string_view> labels) {
  return std::any_of(labels.begin(), labels.end(), [&](std::string_view label) {
    return s.find(label) != std::string_view::npos;
  });
}

// Visible text shorter than this (bytes, white space removed) means the page
// is built by scripts: a real portal home page shows kilobytes of headlines.
constexpr size_t kScriptBuiltTextBytes = 300;

struct Item {
  std::string_view kind;
  std::string_view name;  // As the indicators call it.
  std::string_view looked_for;
};

constexpr Item kItems[] = {
    {"site_id_code", "网站标识码", "网站标识码 followed by 10 digits or bm + 8 digits"},
    {"icp_record", "ICP备案号", "ICP备 followed by the record number"},
    {"police_record", "公安机关备案号", "公网安备 followed by the record number"},
    {"sponsor", "主办单位", "主办单位 or 主办："},
    {"contact", "联系方式", "a telephone number, e-mail address or postal address"},
    {"conac_badge", "党政机关网站标识",
     "a link or image to bszs.conac.cn / dcs.conac.cn, or 党政机关 image"},
    {"error_report_entry", "我为政府网站找错",
     "a 我为政府网站找错 link or image, or a link to pucha.kaipuyun.cn / zfwzgl.www.gov.cn"},
};

}  // namespace

void SiteIdentityCheck::Inspect(const Document& doc, const PageContext& context,
                                std::vector<Finding>* out) const {
  if (!context.is_home || doc.kind != DocumentKind::kHtml) return;

  // Everything a visitor can read: visible text plus the text and alt of
  // visible links (badges are images; some sites show record numbers as
  // link text only).
  std::string text = doc.VisibleText();
  bool conac = false;
  bool jiucuo = false;
  for (const Link& link : doc.links) {
    // The badges are usually written by a script the issuer serves
    // (dcs.conac.cn/js/…, zfwzgl.www.gov.cn/exposure/jiucuo.js); the script
    // tag itself has no visibility of its own.
    if (!link.visibility.visible() && link.tag != "script") continue;
    text += '\n';
    text += link.text;
    Result<Url> url = Url::Parse(link.url);
    if (!url.ok()) continue;
    const std::string& host = url->host();
    std::string lower = AsciiLower(link.url);
    if (HostMatches(host, "conac.cn") || link.text.find("党政机关") != std::string::npos) {
      conac = true;
    }
    if (HostMatches(host, "pucha.kaipuyun.cn") || HostMatches(host, "zfwzgl.www.gov.cn") ||
        lower.find("jiucuo") != std::string::npos || link.text.find("找错") != std::string::npos) {
      jiucuo = true;
    }
  }
  const std::string squeezed = Squeeze(text);
  if (squeezed.find("我为政府网站找错") != std::string::npos) jiucuo = true;

  auto digits = [](size_t min) {
    return [min](std::string_view t, size_t i) { return RecordNumberAt(t, i, min); };
  };
  bool present[std::size(kItems)] = {
      LabelFollowedBy(squeezed, "标识码", 24, SiteIdCodeAt) ||
          LabelFollowedBy(squeezed, "识别码", 24, SiteIdCodeAt),
      LabelFollowedBy(squeezed, "ICP", 30, digits(5)) ||
          LabelFollowedBy(squeezed, "icp", 30, digits(5)),
      LabelFollowedBy(squeezed, "公网安备", 15, digits(10)) ||
          LabelFollowedBy(squeezed, "公安备案", 30, digits(10)),
      HasLabel(squeezed, {"主办单位", "主办：", "主办:", "网站主办", "主办机关"}),
      HasPhone(squeezed) || HasEmail(squeezed) ||
          HasLabel(squeezed, {"地址：", "地址:", "通讯地址", "联系地址", "邮编"}),
      conac,
      jiucuo,
  };

  // A home page that shows almost no text without running scripts builds
  // its content (footer included) in the browser; what is missing here may
  // be there. Say so rather than assert it.
  const bool script_built = squeezed.size() < kScriptBuiltTextBytes;
  for (size_t i = 0; i < std::size(kItems); ++i) {
    if (present[i]) continue;
    Finding f;
    f.check = std::string(id());
    f.severity = Severity::kWarning;
    f.site = context.site;
    f.url = doc.url;
    f.kind = std::string(kItems[i].kind);
    f.detail = "the home page does not show " + std::string(kItems[i].name) + " (looked for " +
               std::string(kItems[i].looked_for) + ")";
    if (kItems[i].kind == "site_id_code") {
      std::string meta = doc.Meta("SiteIDCode");
      if (!meta.empty())
        f.detail += "; the SiteIDCode meta tag says " + meta + " but visitors cannot see it";
    }
    if (script_built) {
      f.detail +=
          "; the page shows almost no text without scripts, so its footer may be written by a "
          "script: verify in a browser";
      f.confidence = 0.3;
    }
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
