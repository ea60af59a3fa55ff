#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace govmon {
namespace {

NormalizeOptions DigitOptions() {
  NormalizeOptions o;
  o.join_digit_groups = true;
  return o;
}

TEST(NormalizerTest, FoldsFullWidthDigitsAndLetters) {
  EXPECT_EQ(NormalizeString("电话１３８１２３４５６７８，ＡＢｃ", {}), "电话13812345678，ABc");
}

TEST(NormalizerTest, RemovesZeroWidthCharacters) {
  EXPECT_EQ(NormalizeString("138\u200B1234\uFEFF5678", {}), "13812345678");
  EXPECT_EQ(NormalizeString("赌\u200D博", {}), "赌博");
}

TEST(NormalizerTest, NbspBetweenNumbersKeepsThemApart) {
  EXPECT_EQ(NormalizeString("a\u00A0b", {}), "a b");
  EXPECT_EQ(NormalizeString("通\u00A0知", {}), "通知");
}

TEST(NormalizerTest, JoinsShortDigitGroups) {
  NormalizeOptions o = DigitOptions();
  EXPECT_EQ(NormalizeString("138 1234 5678", o), "13812345678");
  EXPECT_EQ(NormalizeString("6222-0212-3456-7890-123", o), "6222021234567890123");
  EXPECT_EQ(NormalizeString("３６０７０２ １９９００１０１ １２３４", o), "360702199001011234");
}

TEST(NormalizerTest, KeepsLongNumbersApart) {
  NormalizeOptions o = DigitOptions();
  EXPECT_EQ(NormalizeString("13812345678 13912345678", o), "13812345678 13912345678");
  EXPECT_EQ(NormalizeString("序号 1 13812345678", o), "序号 1 13812345678");
  EXPECT_EQ(NormalizeString("1 2", {}), "1 2");  // Option off.
}

TEST(NormalizerTest, JoinsSplitHanCharacters) {
  NormalizeOptions o;
  o.join_split_han = true;
  EXPECT_EQ(NormalizeString("赌 博 and 赌-博 and 赌 * 博", o), "赌博 and 赌博 and 赌博");
  EXPECT_EQ(NormalizeString("赌    博", o), "赌    博");  // More than 3 fillers: a real gap.
  EXPECT_EQ(NormalizeString("a b", o), "a b");
}

TEST(NormalizerTest, AppliesCharMapAndLowerCase) {
  CharMap map;
  map.Set(U'賭', U'赌');
  EXPECT_EQ(map.size(), 1u);
  NormalizeOptions o;
  o.char_map = &map;
  o.lower_ascii = true;
  EXPECT_EQ(NormalizeString("賭BET", o), "赌bet");
  map.Set(U'賭', U'賭');
  EXPECT_EQ(map.size(), 0u);
  map.Set(U'\U00020000', U'a');
  EXPECT_EQ(map.Map(U'\U00020000'), U'a');
}

TEST(NormalizerTest, MapsOffsetsBackToSource) {
  const std::string source = "号：１３８ 1234\u200B5678。";
  NormalizedText n;
  Normalize(source, DigitOptions(), &n);
  ASSERT_EQ(n.text(), "号：13812345678。");
  size_t begin = n.text().find("138");
  auto [first, last] = n.SourceRange(begin, begin + 11);
  EXPECT_EQ(source.substr(first, last - first), "１３８ 1234\u200B5678");
}

TEST(NormalizerTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(NormalizeString("a\xFF"
                            "b",
                            {}),
            "a\uFFFD"
            "b");
}

}  // namespace
}  // namespace govmon
