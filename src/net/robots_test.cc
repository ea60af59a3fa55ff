#include "net/robots.h"

#include <gtest/gtest.h>

namespace govmon {
namespace {

TEST(RobotsTest, PicksOwnGroupElseStar) {
  const char* text =
      "User-agent: *\nDisallow: /private/\n\n"
      "User-agent: govmon\nDisallow: /cgi-bin/\nAllow: /cgi-bin/ok\nCrawl-delay: 1.5\n";
  Robots mine = Robots::Parse(text, "govmon");
  EXPECT_FALSE(mine.Allowed("/cgi-bin/x"));
  EXPECT_TRUE(mine.Allowed("/cgi-bin/ok.html"));
  EXPECT_TRUE(mine.Allowed("/private/a"));
  EXPECT_EQ(mine.crawl_delay(), 1.5);
  Robots other = Robots::Parse(text, "somebot");
  EXPECT_FALSE(other.Allowed("/private/a"));
  EXPECT_TRUE(other.Allowed("/cgi-bin/x"));
}

TEST(RobotsTest, WildcardsAndAnchors) {
  Robots r = Robots::Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n", "govmon");
  EXPECT_FALSE(r.Allowed("/files/a.pdf"));
  EXPECT_TRUE(r.Allowed("/files/a.pdf.html"));
  EXPECT_FALSE(r.Allowed("/search?x=1&q=2"));
  EXPECT_TRUE(r.Allowed("/index.html"));
}

TEST(RobotsTest, LongestMatchWinsAndAllowWinsTies) {
  Robots r =
      Robots::Parse("User-agent: *\nDisallow: /a\nAllow: /a/b\nAllow: /c\nDisallow: /c\n", "x");
  EXPECT_FALSE(r.Allowed("/a/c"));
  EXPECT_TRUE(r.Allowed("/a/b/c"));
  EXPECT_TRUE(r.Allowed("/c"));
}

TEST(RobotsTest, EmptyDisallowAllowsAllAndBadLinesAreWarned) {
  Robots r = Robots::Parse("garbage line\nUser-agent: *\nDisallow:\n", "govmon");
  EXPECT_TRUE(r.Allowed("/anything"));
  ASSERT_EQ(r.warnings().size(), 1u);
  EXPECT_EQ(r.warnings()[0], "robots.txt:1: no ':' in line");
}

}  // namespace
}  // namespace govmon
