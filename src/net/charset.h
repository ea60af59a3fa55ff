// Charset detection and conversion to UTF-8. Chinese government sites often
// serve GBK/GB2312 (sometimes mislabelled), a few Big5; everything past the
// fetcher works on UTF-8 only. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace govmon {

enum class Charset { kUtf8, kGb18030, kBig5, kUtf16Le, kUtf16Be, kLatin1 };

std::string_view CharsetName(Charset charset);

// Maps a label from a header or meta tag ("gb2312", "GBK", "x-gbk", "utf8",
// "big5" …) to a Charset. GB2312 and GBK decode as GB18030, their superset,
// as browsers do. Returns false for labels it does not know.
bool CharsetFromLabel(std::string_view label, Charset* out);

// How the charset was decided, in order of precedence (as browsers decide).
enum class CharsetSource { kBom, kHeader, kMeta, kSniffed, kDefault };

struct DecodedText {
  std::string utf8;
  Charset charset = Charset::kUtf8;
  CharsetSource source = CharsetSource::kDefault;
  size_t invalid_sequences = 0;  // Replaced with U+FFFD.
};

// Decides the charset of `body` from the BOM, then the Content-Type header
// value, then a <meta charset> / http-equiv in the first 4 KB (HTML only),
// then by sniffing (valid UTF-8, else the more plausible of GB18030 and Big5
// by how much of the text is common Chinese characters), and converts to
// UTF-8. A label that contradicts the bytes (a page labelled UTF-8 that is not
// valid UTF-8 but is valid GBK) is overridden by sniffing.
DecodedText DecodeToUtf8(std::string_view body, std::string_view content_type_header, bool is_html);

// Converts `bytes` in `charset` to UTF-8; invalid sequences become U+FFFD and
// are counted in `*invalid` when given.
std::string ConvertToUtf8(std::string_view bytes, Charset charset, size_t* invalid = nullptr);

// The charset parameter of a Content-Type value ("text/html; charset=GBK"),
// or "" when there is none.
std::string CharsetParameter(std::string_view content_type);

}  // namespace govmon
