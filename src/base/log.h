// Diagnostics for operators (not user output: that goes through the CLI's
// reporters). One process-wide sink, replaceable so tests and fuzzers stay
// quiet. Thread-safe.
#pragma once

#include <fmt/format.h>

#include <functional>
#include <optional>
#include <string_view>

namespace govmon {

enum class LogLevel { kDebug, kInfo, kWarning, kError, kSilent };

using LogSink = std::function<void(LogLevel, std::string_view)>;

// Messages below `level` are dropped. The default is kWarning, to stderr.
void SetLogLevel(LogLevel level);
LogLevel GetLogLevel();
// "debug", "info", "warning", "error" or "silent"; nullopt otherwise. The CLI
// reads the level from the GOVMON_LOG environment variable.
std::optional<LogLevel> ParseLogLevel(std::string_view name);
// Replaces the sink; an empty function restores stderr.
void SetLogSink(LogSink sink);
void LogMessage(LogLevel level, std::string_view message);

template <typename... Args>
void Log(LogLevel level, fmt::format_string<Args...> format, Args&&... args) {
  if (level < GetLogLevel()) return;
  LogMessage(level, fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace govmon
