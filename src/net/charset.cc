#include "net/charset.h"

#include <iconv.h>

#include <array>
#include <cerrno>

#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {
namespace {

const char* IconvName(Charset charset) {
  switch (charset) {
    case Charset::kUtf8:
      return "UTF-8";
    case Charset::kGb18030:
      return "GB18030";
    case Charset::kBig5:
      return "CP950";
    case Charset::kUtf16Le:
      return "UTF-16LE";
    case Charset::kUtf16Be:
      return "UTF-16BE";
    case Charset::kLatin1:
      return "CP1252";
  }
  return "UTF-8";
}

// The 500 most frequent Chinese characters in modern text, in simplified form.
// Text decoded with the right charset is full of them; text decoded with the
// wrong one is mostly rare characters and U+FFFD.
constexpr std::string_view kCommonHan =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
    "说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从"
    "业本去把"
    "性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利"
    "比或但质"
    "气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活"
    "设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必"
    "战先回则"
    "任取据处府研市县省乡镇街道办局委厅服务信息公开通知公告政策文件网站首页工作动态领导新闻";

bool IsCommonHan(char32_t cp) {
  static const std::array<bool, 0x10000>* table = [] {
    auto* t = new std::array<bool, 0x10000>();
    size_t pos = 0;
    while (pos < kCommonHan.size()) {
      char32_t c = DecodeUtf8(kCommonHan, &pos);
      if (c < 0x10000) (*t)[c] = true;
    }
    return t;
  }();
  return cp < 0x10000 && (*table)[cp];
}

// A score of how much `utf8` looks like Chinese text: common characters count
// for, replacement characters against.
long PlausibilityScore(std::string_view utf8, size_t invalid) {
  long score = 0;
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = DecodeUtf8(utf8, &pos);
    if (IsCommonHan(cp)) score += 2;
  }
  return score - static_cast<long>(invalid) * 8;
}

std::string_view FindMetaCharset(std::string_view head) {
  // Looks for charset= inside a <meta …> tag, as the HTML prescan does.
  size_t pos = 0;
  while (true) {
    size_t meta = std::string_view::npos;
    for (size_t i = pos; i + 5 <= head.size(); ++i) {
      if (head[i] == '<' && EqualsIgnoreCase(head.substr(i + 1, 4), "meta")) {
        meta = i;
        break;
      }
    }
    if (meta == std::string_view::npos) return {};
    size_t end = head.find('>', meta);
    if (end == std::string_view::npos) end = head.size();
    std::string_view tag = head.substr(meta, end - meta);
    for (size_t i = 0; i + 8 <= tag.size(); ++i) {
      if (EqualsIgnoreCase(tag.substr(i, 7), "charset")) {
        size_t j = i + 7;
        while (j < tag.size() && (tag[j] == ' ' || tag[j] == '=')) ++j;
        while (j < tag.size() && (tag[j] == '"' || tag[j] == '\'')) ++j;
        size_t k = j;
        while (k < tag.size() && tag[k] != '"' && tag[k] != '\'' && tag[k] != ';' &&
               tag[k] != ' ' && tag[k] != '/' && tag[k] != '>') {
          ++k;
        }
        if (k > j) return tag.substr(j, k - j);
      }
    }
    pos = end;
  }
}

}  // namespace

std::string_view CharsetName(Charset charset) {
  switch (charset) {
    case Charset::kUtf8:
      return "UTF-8";
    case Charset::kGb18030:
      return "GB18030";
    case Charset::kBig5:
      return "Big5";
    case Charset::kUtf16Le:
      return "UTF-16LE";
    case Charset::kUtf16Be:
      return "UTF-16BE";
    case Charset::kLatin1:
      return "windows-1252";
  }
  return "UTF-8";
}

bool CharsetFromLabel(std::string_view label, Charset* out) {
  std::string l = AsciiLower(TrimAscii(label));
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8") {
    *out = Charset::kUtf8;
  } else if (l == "gbk" || l == "gb2312" || l == "gb18030" || l == "x-gbk" || l == "cp936" ||
             l == "gb_2312-80" || l == "chinese" || l == "csgb2312" || l == "iso-ir-58" ||
             l == "euc-cn" || l == "windows-936" || l == "hz-gb-2312") {
    *out = Charset::kGb18030;
  } else if (l == "big5" || l == "big5-hkscs" || l == "cn-big5" || l == "x-x-big5" ||
             l == "csbig5" || l == "cp950") {
    *out = Charset::kBig5;
  } else if (l == "utf-16le" || l == "utf-16") {
    *out = Charset::kUtf16Le;
  } else if (l == "utf-16be") {
    *out = Charset::kUtf16Be;
  } else if (l == "iso-8859-1" || l == "latin1" || l == "windows-1252" || l == "us-ascii" ||
             l == "ascii") {
    *out = Charset::kLatin1;
  } else {
    return false;
  }
  return true;
}

std::string CharsetParameter(std::string_view content_type) {
  for (std::string_view part : Split(content_type, ';')) {
    part = TrimAscii(part);
    if (StartsWithIgnoreCase(part, "charset=")) {
      std::string_view v = TrimAscii(part.substr(8));
      if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
      return std::string(v);
    }
  }
  return "";
}

std::string ConvertToUtf8(std::string_view bytes, Charset charset, size_t* invalid) {
  size_t bad = 0;
  std::string out;
  if (charset == Charset::kUtf8) {
    out.reserve(bytes.size());
    size_t pos = 0;
    while (pos < bytes.size()) {
      size_t start = pos;
      char32_t cp = DecodeUtf8(bytes, &pos);
      if (cp == kReplacementChar && pos == start + 1) ++bad;
      AppendUtf8(cp, &out);
    }
    if (invalid) *invalid = bad;
    return out;
  }
  iconv_t cd = iconv_open("UTF-8", IconvName(charset));
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    if (invalid) *invalid = bytes.size();
    return SanitizeUtf8(bytes);
  }
  out.resize(bytes.size() * 2 + 16);
  char* in_ptr = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t out_pos = 0;
  while (in_left > 0) {
    if (out.size() - out_pos < 16) out.resize(out.size() * 2);
    char* out_ptr = out.data() + out_pos;
    size_t out_left = out.size() - out_pos;
    size_t rc = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
    out_pos = static_cast<size_t>(out_ptr - out.data());
    if (rc != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
    } else {
      // EILSEQ or EINVAL (truncated at end): emit U+FFFD, skip one byte.
      ++bad;
      ++in_ptr;
      --in_left;
      std::string repl;
      AppendUtf8(kReplacementChar, &repl);
      if (out.size() - out_pos < repl.size()) out.resize(out.size() * 2);
      out.replace(out_pos, repl.size(), repl);
      out_pos += repl.size();
    }
  }
  out.resize(out_pos);
  iconv_close(cd);
  if (invalid) *invalid = bad;
  return out;
}

DecodedText DecodeToUtf8(std::string_view body, std::string_view content_type_header,
                         bool is_html) {
  DecodedText result;
  // `known_valid`: `bytes` were checked to be valid UTF-8, so a UTF-8 result
  // is a plain copy (most pages; decoding them again cost 3 % of a crawl).
  auto finish = [&](Charset charset, CharsetSource source, std::string_view bytes,
                    bool known_valid = false) {
    result.charset = charset;
    result.source = source;
    if (charset == Charset::kUtf8 && known_valid) {
      result.utf8.assign(bytes);
      result.invalid_sequences = 0;
    } else {
      result.utf8 = ConvertToUtf8(bytes, charset, &result.invalid_sequences);
    }
    return result;
  };
  if (body.substr(0, 3) == "\xEF\xBB\xBF")
    return finish(Charset::kUtf8, CharsetSource::kBom, body.substr(3));
  if (body.substr(0, 2) == "\xFF\xFE")
    return finish(Charset::kUtf16Le, CharsetSource::kBom, body.substr(2));
  if (body.substr(0, 2) == "\xFE\xFF")
    return finish(Charset::kUtf16Be, CharsetSource::kBom, body.substr(2));

  Charset declared = Charset::kUtf8;
  CharsetSource declared_source = CharsetSource::kDefault;
  std::string header_label = CharsetParameter(content_type_header);
  if (!header_label.empty() && CharsetFromLabel(header_label, &declared)) {
    declared_source = CharsetSource::kHeader;
  } else if (is_html) {
    std::string_view meta = FindMetaCharset(body.substr(0, 4096));
    if (!meta.empty() && CharsetFromLabel(meta, &declared)) declared_source = CharsetSource::kMeta;
  }

  const bool valid_utf8 = IsValidUtf8(body);
  if (declared_source != CharsetSource::kDefault) {
    if (declared == Charset::kUtf8 && !valid_utf8) {
      // Mislabelled: fall through to sniffing.
    } else if (declared == Charset::kLatin1 && !valid_utf8) {
      // Servers that label everything ISO-8859-1 usually carry GBK: sniff.
    } else if (declared == Charset::kLatin1 && valid_utf8) {
      return finish(Charset::kUtf8, CharsetSource::kSniffed, body, true);
    } else {
      DecodedText d = finish(declared, declared_source, body, valid_utf8);
      // A GBK label on text that decodes badly but is valid UTF-8: trust bytes.
      if (d.invalid_sequences > 0 && valid_utf8) {
        return finish(Charset::kUtf8, CharsetSource::kSniffed, body, true);
      }
      return d;
    }
  }
  if (valid_utf8) {
    return finish(Charset::kUtf8,
                  declared_source == CharsetSource::kDefault ? CharsetSource::kDefault
                                                             : CharsetSource::kSniffed,
                  body, true);
  }
  size_t gb_bad = 0, big5_bad = 0;
  std::string gb = ConvertToUtf8(body, Charset::kGb18030, &gb_bad);
  std::string big5 = ConvertToUtf8(body, Charset::kBig5, &big5_bad);
  result.source = CharsetSource::kSniffed;
  if (PlausibilityScore(big5, big5_bad) > PlausibilityScore(gb, gb_bad)) {
    result.charset = Charset::kBig5;
    result.utf8 = std::move(big5);
    result.invalid_sequences = big5_bad;
  } else {
    result.charset = Charset::kGb18030;
    result.utf8 = std::move(gb);
    result.invalid_sequences = gb_bad;
  }
  return result;
}

}  // namespace govmon
