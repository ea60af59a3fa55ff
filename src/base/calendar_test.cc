#include "base/calendar.h"

#include <gtest/gtest.h>

namespace govmon {
namespace {

WorkCalendar LoadShippedCalendar() {
  Result<WorkCalendar> calendar =
      WorkCalendar::LoadFile(std::string(GOVMON_SOURCE_DIR) + "/data/calendar/cn_holidays.txt");
  EXPECT_TRUE(calendar.ok()) << calendar.status().ToString();
  return calendar.ok() ? *calendar : WorkCalendar();
}

TEST(WorkCalendarTest, WeekendsRestWithoutEntries) {
  WorkCalendar calendar;
  EXPECT_TRUE(calendar.IsWorkingDay(Date(2023, 7, 7)));   // Friday.
  EXPECT_FALSE(calendar.IsWorkingDay(Date(2023, 7, 8)));  // Saturday.
  EXPECT_FALSE(calendar.IsWorkingDay(Date(2023, 7, 9)));  // Sunday.
  EXPECT_EQ(calendar.AddWorkingDays(Date(2023, 7, 7), 1), Date(2023, 7, 10));
  EXPECT_FALSE(calendar.CoversYear(2023));
}

TEST(WorkCalendarTest, ShippedFileCoversEveryYearSince2019) {
  WorkCalendar calendar = LoadShippedCalendar();
  for (int year = 2019; year <= 2026; ++year) EXPECT_TRUE(calendar.CoversYear(year)) << year;
}

TEST(WorkCalendarTest, NationalDayAndAdjustedWorkingDays2023) {
  WorkCalendar calendar = LoadShippedCalendar();
  EXPECT_FALSE(calendar.IsWorkingDay(Date(2023, 10, 2)));  // Monday, 国庆.
  EXPECT_TRUE(calendar.IsWorkingDay(Date(2023, 10, 7)));   // Saturday, 调休.
  EXPECT_TRUE(calendar.IsWorkingDay(Date(2023, 10, 8)));   // Sunday, 调休.
  // A message left on Thursday 2023-09-28 with a 3-working-day deadline: the
  // holiday runs 9-29..10-06, then the weekend of 10-07/08 works.
  EXPECT_EQ(calendar.AddWorkingDays(Date(2023, 9, 28), 3), Date(2023, 10, 9));
}

TEST(WorkCalendarTest, SpringFestival2024) {
  WorkCalendar calendar = LoadShippedCalendar();
  EXPECT_TRUE(calendar.IsWorkingDay(Date(2024, 2, 4)));  // Sunday, 调休.
  EXPECT_FALSE(calendar.IsWorkingDay(Date(2024, 2, 12)));
  EXPECT_EQ(calendar.AddWorkingDays(Date(2024, 2, 8), 2), Date(2024, 2, 18));
}

TEST(WorkCalendarTest, EveryYearHasAbout250WorkingDays) {
  WorkCalendar calendar = LoadShippedCalendar();
  for (int year = 2019; year <= 2026; ++year) {
    long days = calendar.WorkingDaysBetween(Date(year - 1, 12, 31), Date(year, 12, 31));
    // China has 249–251 working days a year.
    EXPECT_GE(days, 247) << year;
    EXPECT_LE(days, 252) << year;
  }
}

TEST(WorkCalendarTest, WorkingDaysBetweenMatchesDayByDayCount) {
  WorkCalendar calendar = LoadShippedCalendar();
  const Date from(2022, 12, 20);
  for (int span = 0; span < 400; span += 7) {
    const Date to = from.AddDays(span);
    long expected = 0;
    for (Date d = from.AddDays(1); d <= to; d = d.AddDays(1)) expected += calendar.IsWorkingDay(d);
    EXPECT_EQ(calendar.WorkingDaysBetween(from, to), expected) << to.ToIso();
  }
  EXPECT_EQ(calendar.WorkingDaysBetween(Date(2023, 7, 10), Date(2023, 7, 1)), 0);
}

TEST(WorkCalendarTest, ParseErrorsNameTheLine) {
  EXPECT_EQ(WorkCalendar::Parse("2023-01-01 off\n2023-02-30 off\n", "h.txt").status().message(),
            "h.txt:2: expected a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD, got "
            "'2023-02-30'");
  EXPECT_EQ(WorkCalendar::Parse("# c\n\n2023-01-01 of 元旦\n", "h.txt").status().message(),
            "h.txt:3: expected 'off' or 'work', got 'of'");
  EXPECT_EQ(WorkCalendar::Parse("2023-01-05..2023-01-01 off\n", "h.txt").status().message(),
            "h.txt:1: range ends before it starts: 2023-01-05..2023-01-01");
  EXPECT_EQ(WorkCalendar::Parse("2023-01-01 off\n2023-01-01 work\n", "h.txt").status().message(),
            "h.txt:2: 2023-01-01 is listed as both off and work");
  EXPECT_EQ(WorkCalendar::Parse("2023-10-09 work\n", "h.txt").status().message(),
            "h.txt:1: 2023-10-09 is a weekday; 'work' marks weekend days that work");
  EXPECT_EQ(WorkCalendar::LoadFile("/nonexistent/h.txt").status().message(),
            "cannot open calendar file /nonexistent/h.txt");
}

}  // namespace
}  // namespace govmon
