#include "check/home_not_updated_check.h"

#include "check/column_model.h"

namespace govmon {
namespace {

void KeepNewest(const std::optional<Date>& date, const Date& as_of, std::optional<Date>* newest) {
  if (date && *date <= as_of && (!*newest || *date > **newest)) *newest = date;
}

}  // namespace

void HomeNotUpdatedCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  const int home = HomePageIndex(site);
  if (home < 0) return;
  const SitePage& page = site.site_pages[home];
  std::optional<Date> newest;
  KeepNewest(page.newest_item_date, site.as_of, &newest);
  std::string basis = "the home page's newest item";
  if (!newest) {
    // A navigation-only home page: judge the second-level pages.
    for (size_t i = 0; i < site.site_pages.size() && i < site.pages.size(); ++i) {
      if (site.pages[i].depth != 1) continue;
      KeepNewest(site.site_pages[i].newest_item_date, site.as_of, &newest);
      KeepNewest(site.site_pages[i].pub_date, site.as_of, &newest);
    }
    basis = "no dated item on the home page; the second-level pages' newest item";
  }
  Finding f;
  f.check = "home_not_updated";
  f.site = site.site;
  f.url = page.url;
  if (!newest) {
    f.kind = "undated";
    f.severity = Severity::kError;
    f.detail =
        "no dated item on the home page or the second-level pages (undated information "
        "counts as not updated)";
    out->push_back(std::move(f));
    return;
  }
  const long age = site.as_of.DaysSince(*newest);
  if (age <= options_.warn_days && age <= options_.window_days) return;
  f.detail = basis + " is from " + newest->ToIso() + ", " + std::to_string(age) + " days before " +
             site.as_of.ToIso();
  if (age > options_.window_days) {
    f.kind = "not_updated";
    f.severity = Severity::kVeto;
    f.detail += " (limit " + std::to_string(options_.window_days) + " days)";
  } else {
    f.kind = "warning";
    f.severity = Severity::kWarning;
    f.detail += " (pre-warning at " + std::to_string(options_.warn_days) + " days, limit " +
                std::to_string(options_.window_days) + ")";
  }
  out->push_back(std::move(f));
}

}  // namespace govmon
