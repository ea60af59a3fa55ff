#include "base/utf8.h"

#include <gtest/gtest.h>

#include "base/strings.h"

namespace govmon {
namespace {

TEST(Utf8Test, DecodesAndEncodesChinese) {
  std::string s = "政府a";
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(s, &pos), U'政');
  EXPECT_EQ(DecodeUtf8(s, &pos), U'府');
  EXPECT_EQ(DecodeUtf8(s, &pos), U'a');
  EXPECT_EQ(pos, s.size());
  std::string out;
  AppendUtf8(U'网', &out);
  EXPECT_EQ(out, "网");
}

TEST(Utf8Test, ReplacesInvalidBytes) {
  EXPECT_FALSE(IsValidUtf8("\xB2\xE2"));  // GBK bytes, not UTF-8.
  EXPECT_EQ(SanitizeUtf8("a\xFF"
                         "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_TRUE(IsValidUtf8("中华人民共和国"));
}

TEST(Utf8Test, DisplayWidthCountsChineseAsTwoColumns) {
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("页面不存在"), 10u);
  EXPECT_EQ(DisplayWidth("，"), 2u);
}

TEST(Utf8Test, TruncatesOnCharacterBoundaries) {
  EXPECT_EQ(TruncateUtf8("政府网站", 4), "政");
  EXPECT_EQ(LastCodePoints("13812345678", 4), "5678");
  EXPECT_EQ(LastCodePoints("身份证号码", 2), "号码");
}

TEST(StringsTest, TrimsUnicodeSpaceAndCollapses) {
  EXPECT_EQ(TrimUnicodeSpace("\u3000 通知公告\xC2\xA0"), "通知公告");
  EXPECT_EQ(CollapseWhitespace("  a \n\t b\u3000c "), "a b c");
  EXPECT_TRUE(ContainsIgnoreCase("Content-Type: TEXT/html", "text/HTML"));
}

}  // namespace
}  // namespace govmon
