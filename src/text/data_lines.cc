#include "text/data_lines.h"

#include <fstream>
#include <sstream>

#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {

Result<std::string> ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return IoError(path + ": read error");
  return buffer.str();
}

Status ForEachDataLine(
    std::string_view text, std::string_view name,
    const std::function<Status(std::string_view line, const std::string& where)>& visit) {
  size_t line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimAscii(line).empty() || line[0] == '#') continue;
    std::string where = std::string(name) + ":" + std::to_string(line_no);
    if (!IsValidUtf8(line)) return InvalidArgumentError(where + ": not UTF-8");
    GOVMON_RETURN_IF_ERROR(visit(line, where));
  }
  return Status::Ok();
}

}  // namespace govmon
