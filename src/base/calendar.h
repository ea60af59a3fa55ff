// WorkCalendar: which days are working days (工作日) in mainland China, for
// deadlines stated in working days (replies to messages, 依申请公开). Monday to
// Friday work unless a State Council notice makes them holidays (`off`), and a
// weekend day works when a notice makes it an adjusted working day (`work`,
// 调休). The days come from an editable file, data/calendar/cn_holidays.txt.
// Immutable after construction; safe to share between threads.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/result.h"

namespace govmon {

class WorkCalendar {
 public:
  // A calendar that knows no holidays: Monday–Friday are working days.
  WorkCalendar() = default;

  // Parses the holiday file format (see data/calendar/cn_holidays.txt):
  //   YYYY-MM-DD[..YYYY-MM-DD]  off|work  [name]
  // with `#` comments and blank lines. Errors name `source` and the line,
  // e.g. "cn_holidays.txt:12: expected 'off' or 'work', got 'of'".
  static Result<WorkCalendar> Parse(std::string_view text, std::string_view source);
  // Reads and parses `path`; the error names the path.
  static Result<WorkCalendar> LoadFile(const std::string& path);

  bool IsWorkingDay(const Date& day) const;
  // True when the file has an entry in `year`, i.e. that year's holidays are
  // known; otherwise the calendar falls back to Monday–Friday for it.
  bool CoversYear(int year) const { return years_.count(year) > 0; }

  // The day on which a deadline of `n` working days counted from `start`
  // falls: the n-th working day after `start` (`start` itself not counted).
  // REQUIRES: n >= 0. With n == 0 returns `start`.
  Date AddWorkingDays(const Date& start, int n) const;

  // Working days in (from, to]: how many working days have passed from `from`
  // to `to`. 0 when to <= from.
  long WorkingDaysBetween(const Date& from, const Date& to) const;

 private:
  std::set<long> off_;   // Days since epoch that rest although weekdays.
  std::set<long> work_;  // Days since epoch that work although weekend.
  std::set<int> years_;
};

}  // namespace govmon
