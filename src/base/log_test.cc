#include "base/log.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace govmon {
namespace {

TEST(LogTest, ParsesEveryLevelName) {
  EXPECT_EQ(ParseLogLevel("debug"), LogLevel::kDebug);
  EXPECT_EQ(ParseLogLevel("info"), LogLevel::kInfo);
  EXPECT_EQ(ParseLogLevel("warning"), LogLevel::kWarning);
  EXPECT_EQ(ParseLogLevel("error"), LogLevel::kError);
  EXPECT_EQ(ParseLogLevel("silent"), LogLevel::kSilent);
  EXPECT_EQ(ParseLogLevel("verbose"), std::nullopt);
  EXPECT_EQ(ParseLogLevel(""), std::nullopt);
}

TEST(LogTest, DropsMessagesBelowTheLevel) {
  std::vector<std::string> seen;
  SetLogSink([&](LogLevel, std::string_view message) { seen.emplace_back(message); });
  const LogLevel old = GetLogLevel();
  SetLogLevel(LogLevel::kInfo);
  Log(LogLevel::kDebug, "hidden {}", 1);
  Log(LogLevel::kInfo, "shown {}", 2);
  SetLogLevel(old);
  SetLogSink(nullptr);
  EXPECT_EQ(seen, std::vector<std::string>{"shown 2"});
}

}  // namespace
}  // namespace govmon
