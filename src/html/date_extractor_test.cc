#include "html/date_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Iso(const std::vector<DateMatch>& matches) {
  std::vector<std::string> out;
  for (const DateMatch& m : matches) out.push_back(m.date.ToIso());
  return out;
}

TEST(DateExtractorTest, FindsEveryWrittenForm) {
  EXPECT_THAT(Iso(FindDatesInText("发布于2023-07-05，截止2023/7/5；更新2023.07.06")),
              ElementsAre("2023-07-05", "2023-07-05", "2023-07-06"));
  EXPECT_THAT(Iso(FindDatesInText("2023年7月5日 至 2023 年 12 月 31 号")),
              ElementsAre("2023-07-05", "2023-12-31"));
  EXPECT_THAT(Iso(FindDatesInText("成文日期：二〇二三年七月五日，二〇二三年十二月三十一日")),
              ElementsAre("2023-07-05", "2023-12-31"));
}

TEST(DateExtractorTest, OffsetsAndLengthsAreBytes) {
  const std::string text = "时间：2023年7月5日";
  std::vector<DateMatch> m = FindDatesInText(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].offset, text.find("2023"));
  EXPECT_EQ(text.substr(m[0].offset, m[0].length), "2023年7月5日");
}

TEST(DateExtractorTest, RejectsNonDates) {
  EXPECT_THAT(FindDatesInText("2023-02-30 2023-13-01 1800-01-01 120230705 12023-07-05 "
                              "v2023.07.05.1 2023年7月 电话0797-1234-5678"),
              IsEmpty());
}

TEST(DateExtractorTest, UrlDates) {
  EXPECT_THAT(Iso(FindDatesInUrl("http://www.gov.cn/zhengce/202307/t20230705_123.html")),
              ElementsAre("2023-07-05"));
  EXPECT_THAT(Iso(FindDatesInUrl("http://x.gov.cn/art/2023/7/5/art_1.html")), IsEmpty());
  EXPECT_THAT(Iso(FindDatesInUrl("http://x.gov.cn/news/2023/07/05/a.html")),
              ElementsAre("2023-07-05"));
  EXPECT_THAT(Iso(FindDatesInUrl("http://x.gov.cn/news/2023-07/05/c_1.htm")),
              ElementsAre("2023-07-05"));
  EXPECT_THAT(Iso(FindDatesInUrl("http://x.gov.cn/news/202307/05/c_1.htm")),
              ElementsAre("2023-07-05"));
  EXPECT_THAT(Iso(FindDatesInUrl("http://x.gov.cn/20230705/a.htm")), ElementsAre("2023-07-05"));
  // Hosts and ports hold no dates; long numbers are ids.
  EXPECT_THAT(FindDatesInUrl("http://20230705.example.com:2023/id/120230705.html"), IsEmpty());
}

TEST(DateExtractorTest, Labels) {
  const std::string text = "发布时间：2023-07-05 来源：本站 2023-07-06";
  std::vector<DateMatch> m = FindDatesInText(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_TRUE(PrecededByDateLabel(text, m[0].offset));
  EXPECT_FALSE(PrecededByDateLabel(text, m[1].offset));
  const std::string bracketed = "【发布日期】 2023";
  EXPECT_TRUE(PrecededByDateLabel(bracketed, bracketed.find("2023")));
  const std::string colon = "日期:2023";
  EXPECT_TRUE(PrecededByDateLabel(colon, colon.find("2023")));
}

}  // namespace
}  // namespace govmon
