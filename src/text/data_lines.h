// Helpers for the line-oriented data files of the typo and serious-error
// checks (misspelling lists, confusion sets, knowledge base): reading a file
// whole, and walking its lines with the "file:line" name every parse error
// carries. Pure functions; thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace govmon {

// The contents of `path`; NotFound naming the path when it cannot be read.
Result<std::string> ReadTextFile(const std::string& path);

// Calls `visit(line, where)` for every line of `text` that is neither blank
// nor a '#' comment, with a trailing '\r' removed and `where` = "name:line".
// Lines that are not UTF-8 fail with InvalidArgument "name:line: not UTF-8".
// Stops at, and returns, the first error `visit` returns.
Status ForEachDataLine(
    std::string_view text, std::string_view name,
    const std::function<Status(std::string_view line, const std::string& where)>& visit);

}  // namespace govmon
