#include "base/date.h"

#include <chrono>
#include <cstdio>

#include "base/strings.h"

namespace govmon {

// Days-from-civil and its inverse follow Howard Hinnant's public-domain
// algorithms ("chrono-Compatible Low-Level Date Algorithms"): eras of 400
// years make the arithmetic exact without tables.
namespace {

long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool Date::IsValid(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

Date::Date(int year, int month, int day) : year_(year), month_(month), day_(day) {}

long Date::days_since_epoch() const { return DaysFromCivil(year_, month_, day_); }

Date Date::FromDaysSinceEpoch(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  return Date(static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d));
}

std::optional<Date> Date::ParseIso(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  unsigned long long y = 0, m = 0, d = 0;
  if (!ParseUint(s.substr(0, 4), &y) || !ParseUint(s.substr(5, 2), &m) ||
      !ParseUint(s.substr(8, 2), &d)) {
    return std::nullopt;
  }
  if (!IsValid(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d))) return std::nullopt;
  return Date(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
}

Date Date::Today() {
  using namespace std::chrono;
  auto now = system_clock::now() + hours(8);
  long days = static_cast<long>(duration_cast<hours>(now.time_since_epoch()).count() / 24);
  return FromDaysSinceEpoch(days);
}

int Date::weekday() const {
  long z = days_since_epoch();  // 1970-01-01 was a Thursday (3).
  long w = (z + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

Date Date::AddMonths(int months) const {
  int total = year_ * 12 + (month_ - 1) + months;
  int y = total / 12;
  int m = total % 12 + 1;
  int d = day_ < DaysInMonth(y, m) ? day_ : DaysInMonth(y, m);
  return Date(y, m, d);
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
  return buf;
}

}  // namespace govmon
