#include "text/opencc.h"

#include <opencc/opencc.h>

#include "base/utf8.h"

namespace govmon {

Result<std::shared_ptr<const CharMap>> LoadTraditionalToSimplified(const std::string& config) {
  opencc_t converter = opencc_open(config.c_str());
  if (converter == reinterpret_cast<opencc_t>(-1)) {
    return NotFoundError("OpenCC config " + config + ": " + opencc_error());
  }
  // One character per line: OpenCC's phrase tables never span a newline, so
  // each line is converted by the character table alone and the result lines
  // up with the input.
  std::string input;
  std::vector<char32_t> chars;
  auto add_range = [&](char32_t lo, char32_t hi) {
    for (char32_t c = lo; c <= hi; ++c) {
      chars.push_back(c);
      AppendUtf8(c, &input);
      input.push_back('\n');
    }
  };
  add_range(0x3400, 0x4DBF);
  add_range(0x4E00, 0x9FFF);
  add_range(0xF900, 0xFAFF);
  char* converted = opencc_convert_utf8(converter, input.data(), input.size());
  opencc_close(converter);
  if (converted == nullptr) {
    return InternalError("OpenCC config " + config + ": conversion failed: " + opencc_error());
  }
  std::string_view output(converted);
  auto map = std::make_shared<CharMap>();
  size_t line = 0;
  size_t pos = 0;
  while (pos < output.size() && line < chars.size()) {
    size_t eol = output.find('\n', pos);
    if (eol == std::string_view::npos) eol = output.size();
    std::string_view piece = output.substr(pos, eol - pos);
    size_t p = 0;
    if (!piece.empty()) {
      char32_t to = DecodeUtf8(piece, &p);
      if (p == piece.size() && to != chars[line] && to != kReplacementChar)
        map->Set(chars[line], to);
    }
    ++line;
    pos = eol + 1;
  }
  opencc_convert_utf8_free(converted);
  if (line != chars.size()) {
    return InternalError("OpenCC config " + config + ": output does not line up with input");
  }
  return std::shared_ptr<const CharMap>(std::move(map));
}

}  // namespace govmon
