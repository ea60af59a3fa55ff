// Test helper: text in the legacy charsets Chinese sites serve, to build
// GBK and Big5 test pages from UTF-8 literals.
#pragma once

#include <string>
#include <string_view>

namespace govmon {

// `utf8` converted to `charset` ("GBK", "GB2312", "BIG5" …) with iconv; the
// output stops at the first character the charset lacks.
std::string EncodeForTesting(std::string_view utf8, const char* charset);

}  // namespace govmon
