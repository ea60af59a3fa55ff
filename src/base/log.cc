#include "base/log.h"

#include <atomic>
#include <cstdio>
#include <mutex>

namespace govmon {
namespace {

std::atomic<LogLevel> g_level{LogLevel::kWarning};
std::mutex g_mu;
LogSink& Sink() {
  static auto* sink = new LogSink();
  return *sink;
}

const char* LevelName(LogLevel level) {
  switch (level) {
    case LogLevel::kDebug:
      return "debug";
    case LogLevel::kInfo:
      return "info";
    case LogLevel::kWarning:
      return "warning";
    case LogLevel::kError:
      return "error";
    case LogLevel::kSilent:
      return "";
  }
  return "";
}

}  // namespace

void SetLogLevel(LogLevel level) { g_level = level; }
LogLevel GetLogLevel() { return g_level; }

std::optional<LogLevel> ParseLogLevel(std::string_view name) {
  for (LogLevel level : {LogLevel::kDebug, LogLevel::kInfo, LogLevel::kWarning, LogLevel::kError}) {
    if (name == LevelName(level)) return level;
  }
  if (name == "silent") return LogLevel::kSilent;
  return std::nullopt;
}

void SetLogSink(LogSink sink) {
  std::lock_guard<std::mutex> lock(g_mu);
  Sink() = std::move(sink);
}

void LogMessage(LogLevel level, std::string_view message) {
  if (level < g_level.load()) return;
  std::lock_guard<std::mutex> lock(g_mu);
  if (Sink()) {
    Sink()(level, message);
    return;
  }
  std::fprintf(stderr, "govmon: %s: %.*s\n", LevelName(level), static_cast<int>(message.size()),
               message.data());
}

}  // namespace govmon
