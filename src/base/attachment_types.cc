#include "base/attachment_types.h"

#include <algorithm>
#include <iterator>

#include "base/strings.h"

namespace govmon {

bool IsAttachmentExtension(std::string_view extension) {
  static constexpr std::string_view kExtensions[] = {
      "pdf", "doc",  "docx", "dot", "dotx", "xls", "xlsx", "xlsm", "xlt", "ppt", "pptx",
      "pps", "ppsx", "wps",  "wpt", "et",   "ett", "dps",  "ofd",  "ceb", "gd",  "csv",
      "tsv", "txt",  "rtf",  "odt", "ods",  "odp", "zip",  "rar",  "7z",  "tif", "tiff"};
  return std::find(std::begin(kExtensions), std::end(kExtensions), extension) !=
         std::end(kExtensions);
}

std::string FileExtension(std::string_view name) {
  return PathExtension(name.substr(0, name.find_first_of("?#")));
}

std::string PathExtension(std::string_view name) {
  size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  return AsciiLower(name.substr(dot + 1));
}

}  // namespace govmon
