#include "check/unanswered_message_check.h"

#include <map>

#include "base/url.h"
#include "check/column_model.h"

namespace govmon {
namespace {

struct Message {
  MessageEntry entry;
  std::string board;  // The page it was listed on.
};

// Merges what the board list and the message's own page say.
void Merge(const MessageEntry& from, MessageEntry* into) {
  if (!into->replied && from.replied) into->replied = from.replied;
  if (from.status == MessageEntry::Status::kReplied ||
      (into->status == MessageEntry::Status::kUnknown && from.status != into->status)) {
    into->status = from.status;
  }
  if (into->title.empty()) into->title = from.title;
}

}  // namespace

void UnansweredMessageCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  if (site.site_pages.empty()) return;
  const WorkCalendar fallback;
  const WorkCalendar& calendar = options_.calendar ? *options_.calendar : fallback;
  bool any_board = false;
  std::map<std::pair<std::string, long>, Message> messages;  // (url, submitted) → message.
  for (const SitePage& page : site.site_pages) {
    any_board |= page.message_board;
    for (const MessageEntry& entry : page.messages) {
      if (!entry.submitted) continue;
      auto key = std::make_pair(NormalizeUrlString(entry.url), entry.submitted->days_since_epoch());
      auto [it, added] = messages.try_emplace(key, Message{entry, page.url});
      if (!added) Merge(entry, &it->second.entry);
    }
  }
  if (!any_board) {
    const int home = HomePageIndex(site);
    Finding f;
    f.check = "unanswered_message";
    f.severity = Severity::kWarning;
    f.site = site.site;
    f.url = home >= 0 ? site.site_pages[home].url : site.site;
    f.kind = "no_channel";
    f.detail = "no message board (留言, 咨询, 信箱, 网络问政) was found among the crawled pages";
    out->push_back(std::move(f));
    return;
  }
  const Date window_start = site.as_of.AddMonths(-options_.lookback_months);
  for (const auto& [key, message] : messages) {
    const MessageEntry& m = message.entry;
    const Date submitted = *m.submitted;
    if (submitted < window_start || submitted > site.as_of) continue;
    const Date veto_deadline = submitted.AddMonths(options_.veto_months);
    const bool replied = m.replied.has_value() || m.status == MessageEntry::Status::kReplied;
    Finding f;
    f.check = "unanswered_message";
    f.site = site.site;
    f.url = m.url.empty() ? message.board : m.url;
    f.evidence = m.title;
    const std::string limit = std::to_string(options_.veto_months) + " months";
    if (m.replied) {
      const long days = m.replied->DaysSince(submitted);
      if (*m.replied > veto_deadline) {
        f.kind = "replied_late";
        f.severity = Severity::kVeto;
        f.detail = "submitted " + submitted.ToIso() + ", answered " + m.replied->ToIso() +
                   " after " + std::to_string(days) + " days (limit " + limit + ")";
      } else if (options_.deadline_working_days > 0 &&
                 calendar.WorkingDaysBetween(submitted, *m.replied) >
                     options_.deadline_working_days) {
        f.kind = "late_reply";
        f.severity = Severity::kWarning;
        f.detail = "submitted " + submitted.ToIso() + ", answered " + m.replied->ToIso() +
                   " after " + std::to_string(calendar.WorkingDaysBetween(submitted, *m.replied)) +
                   " working days (local deadline " +
                   std::to_string(options_.deadline_working_days) + ")";
      } else {
        continue;
      }
    } else if (!replied && m.status == MessageEntry::Status::kPending) {
      const long days = site.as_of.DaysSince(submitted);
      const long working = calendar.WorkingDaysBetween(submitted, site.as_of);
      if (site.as_of > veto_deadline) {
        f.kind = "unanswered";
        f.severity = Severity::kVeto;
        f.detail = "submitted " + submitted.ToIso() + ", still unanswered on " +
                   site.as_of.ToIso() + " after " + std::to_string(days) + " days (limit " + limit +
                   ")";
      } else if (options_.deadline_working_days > 0 && working > options_.deadline_working_days) {
        f.kind = "overdue";
        f.severity = Severity::kWarning;
        f.detail = "submitted " + submitted.ToIso() + ", unanswered after " +
                   std::to_string(working) + " working days (local deadline " +
                   std::to_string(options_.deadline_working_days) + ")";
      } else {
        continue;
      }
    } else {
      continue;  // Answered without a date, or nothing known: nothing to judge.
    }
    if (!calendar.CoversYear(submitted.year()) && options_.deadline_working_days > 0) {
      f.detail +=
          "; holidays of " + std::to_string(submitted.year()) + " unknown, Monday–Friday counted";
    }
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
