#include "base/calendar.h"

#include <fstream>
#include <sstream>

#include "base/strings.h"

namespace govmon {
namespace {

Status LineError(std::string_view source, int line, std::string_view message) {
  return InvalidArgumentError(std::string(source) + ":" + std::to_string(line) + ": " +
                              std::string(message));
}

// Splits off the next run of non-space characters of `*rest`.
std::string_view NextField(std::string_view* rest) {
  std::string_view s = TrimAscii(*rest);
  size_t end = s.find_first_of(" \t");
  std::string_view field = s.substr(0, end);
  *rest = end == std::string_view::npos ? std::string_view() : s.substr(end);
  return field;
}

// Counts working days in (from, to] one day at a time.
long CountDayByDay(const WorkCalendar& calendar, const Date& from, const Date& to) {
  long count = 0;
  for (Date day = from.AddDays(1); day <= to; day = day.AddDays(1)) {
    if (calendar.IsWorkingDay(day)) ++count;
  }
  return count;
}

}  // namespace

Result<WorkCalendar> WorkCalendar::Parse(std::string_view text, std::string_view source) {
  WorkCalendar calendar;
  int line_number = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_number;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = TrimAscii(line);
    if (line.empty()) continue;
    std::string_view range = NextField(&line);
    std::string_view kind = NextField(&line);
    std::string_view first_text = range;
    std::string_view last_text = range;
    if (size_t dots = range.find(".."); dots != std::string_view::npos) {
      first_text = range.substr(0, dots);
      last_text = range.substr(dots + 2);
    }
    std::optional<Date> first = Date::ParseIso(first_text);
    std::optional<Date> last = Date::ParseIso(last_text);
    if (!first || !last) {
      return LineError(source, line_number,
                       "expected a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD, got '" +
                           std::string(range) + "'");
    }
    if (*last < *first) {
      return LineError(source, line_number, "range ends before it starts: " + std::string(range));
    }
    if (last->DaysSince(*first) > 31) {
      return LineError(source, line_number, "range longer than 31 days: " + std::string(range));
    }
    std::set<long>* days = nullptr;
    if (kind == "off") {
      days = &calendar.off_;
    } else if (kind == "work") {
      days = &calendar.work_;
    } else {
      return LineError(source, line_number,
                       "expected 'off' or 'work', got '" + std::string(kind) + "'");
    }
    for (long d = first->days_since_epoch(); d <= last->days_since_epoch(); ++d) {
      std::set<long>& other = days == &calendar.off_ ? calendar.work_ : calendar.off_;
      if (other.count(d)) {
        return LineError(source, line_number,
                         Date::FromDaysSinceEpoch(d).ToIso() + " is listed as both off and work");
      }
      if (days == &calendar.work_ && Date::FromDaysSinceEpoch(d).weekday() < 5) {
        return LineError(source, line_number,
                         Date::FromDaysSinceEpoch(d).ToIso() +
                             " is a weekday; 'work' marks weekend days that work");
      }
      days->insert(d);
      calendar.years_.insert(Date::FromDaysSinceEpoch(d).year());
    }
  }
  return calendar;
}

Result<WorkCalendar> WorkCalendar::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot open calendar file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path);
}

bool WorkCalendar::IsWorkingDay(const Date& day) const {
  const long d = day.days_since_epoch();
  if (off_.count(d)) return false;
  if (work_.count(d)) return true;
  return day.weekday() < 5;
}

Date WorkCalendar::AddWorkingDays(const Date& start, int n) const {
  Date day = start;
  while (n > 0) {
    day = day.AddDays(1);
    if (IsWorkingDay(day)) --n;
  }
  return day;
}

long WorkCalendar::WorkingDaysBetween(const Date& from, const Date& to) const {
  if (to <= from) return 0;
  // Whole weeks hold five weekdays; only listed days change that, so long
  // spans are counted by weeks and corrected by the listed days in between.
  const long span = to.DaysSince(from);
  if (span < 28) return CountDayByDay(*this, from, to);
  const long weeks = span / 7;
  long count = weeks * 5;
  const Date week_end = from.AddDays(weeks * 7);
  auto correct = [&](const std::set<long>& days, int sign) {
    for (auto it = days.upper_bound(from.days_since_epoch());
         it != days.end() && *it <= week_end.days_since_epoch(); ++it) {
      const bool weekday = Date::FromDaysSinceEpoch(*it).weekday() < 5;
      // An `off` weekday removes one working day; a `work` weekend adds one.
      if (sign < 0 && weekday) --count;
      if (sign > 0 && !weekday) ++count;
    }
  };
  correct(off_, -1);
  correct(work_, +1);
  return count + CountDayByDay(*this, week_end, to);
}

}  // namespace govmon
