// Date: a civil calendar date (proleptic Gregorian, no time zone), the unit in
// which every national time window is stated (14 days, 6 months, 3 months).
// A value type; cheap to copy and compare.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace govmon {

class Date {
 public:
  Date() = default;  // 1970-01-01.
  // REQUIRES: IsValid(year, month, day).
  Date(int year, int month, int day);

  static bool IsValid(int year, int month, int day);
  static Date FromDaysSinceEpoch(long days);
  // Parses "YYYY-MM-DD" exactly; nullopt on anything else.
  static std::optional<Date> ParseIso(std::string_view s);
  // Today in China Standard Time (UTC+8), the time zone the indicators use.
  static Date Today();

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  long days_since_epoch() const;
  // 0 = Monday … 6 = Sunday.
  int weekday() const;

  Date AddDays(long days) const { return FromDaysSinceEpoch(days_since_epoch() + days); }
  // Same day `months` later, clamped to the month's last day (2023-08-31 + 1 = 2023-09-30).
  Date AddMonths(int months) const;
  // Whole days from `earlier` to this date (negative when this date is earlier).
  long DaysSince(const Date& earlier) const {
    return days_since_epoch() - earlier.days_since_epoch();
  }

  std::string ToIso() const;  // "YYYY-MM-DD"

  friend auto operator<=>(const Date&, const Date&) = default;
  friend bool operator==(const Date&, const Date&) = default;

 private:
  int year_ = 1970;
  int month_ = 1;
  int day_ = 1;
};

int DaysInMonth(int year, int month);

}  // namespace govmon
