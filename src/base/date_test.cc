#include "base/date.h"

#include <gtest/gtest.h>

namespace govmon {
namespace {

TEST(DateTest, RoundTripsThroughDaysSinceEpoch) {
  for (long d = -1000; d < 40000; d += 37) {
    EXPECT_EQ(Date::FromDaysSinceEpoch(d).days_since_epoch(), d);
  }
  EXPECT_EQ(Date(1970, 1, 1).days_since_epoch(), 0);
  EXPECT_EQ(Date(2000, 3, 1).days_since_epoch(), 11017);
}

TEST(DateTest, ParsesIsoAndRejectsImpossibleDates) {
  ASSERT_TRUE(Date::ParseIso("2023-07-05"));
  EXPECT_EQ(*Date::ParseIso("2023-07-05"), Date(2023, 7, 5));
  EXPECT_FALSE(Date::ParseIso("2023-02-29"));
  EXPECT_TRUE(Date::ParseIso("2024-02-29"));
  EXPECT_FALSE(Date::ParseIso("2023-7-5"));
  EXPECT_FALSE(Date::ParseIso("2023-13-01"));
  EXPECT_FALSE(Date::ParseIso("yesterday"));
}

TEST(DateTest, AddMonthsClampsToMonthEnd) {
  EXPECT_EQ(Date(2023, 8, 31).AddMonths(1), Date(2023, 9, 30));
  EXPECT_EQ(Date(2023, 11, 15).AddMonths(3), Date(2024, 2, 15));
  EXPECT_EQ(Date(2024, 3, 31).AddMonths(-1), Date(2024, 2, 29));
}

TEST(DateTest, WeekdayAndDifference) {
  EXPECT_EQ(Date(2023, 7, 5).weekday(), 2);  // A Wednesday.
  EXPECT_EQ(Date(2023, 7, 19).DaysSince(Date(2023, 7, 5)), 14);
  EXPECT_EQ(Date(2023, 7, 5).ToIso(), "2023-07-05");
}

}  // namespace
}  // namespace govmon
