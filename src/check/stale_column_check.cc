#include "check/stale_column_check.h"

#include "check/column_model.h"

namespace govmon {

void StaleColumnCheck::Inspect(const SiteSnapshot& site, std::vector<Finding>* out) const {
  const ColumnModel model = ColumnModel::Build(site, options_);
  for (const Column& column : model.columns()) {
    if (column.window_days <= 0 || column.blank) continue;  // Blank: empty_column reports it.
    Finding f;
    f.check = "stale_column";
    f.site = site.site;
    f.url = column.url;
    f.evidence = column.name;
    std::string detail = "type " + std::string(ColumnTypeName(column.type)) + ", window " +
                         std::to_string(column.window_days) + " days";
    if (!column.newest) {
      f.kind = "undated";
      f.severity = Severity::kWarning;
      f.detail = detail + ", none of its " + std::to_string(column.item_count) +
                 " items shows a publication date";
    } else {
      const long age = site.as_of.DaysSince(*column.newest);
      if (age <= column.warn_days && age <= column.window_days) continue;
      f.target = column.newest_url;
      f.context = column.newest_title;
      detail += ", newest item " + column.newest->ToIso() + " (" + std::to_string(age) +
                " days before " + site.as_of.ToIso() + ")";
      if (age > column.window_days) {
        f.kind = "overdue";
        f.severity = Severity::kError;
        detail += ", " + std::to_string(age - column.window_days) + " days overdue";
      } else {
        f.kind = "warning";
        f.severity = Severity::kWarning;
        detail += ", overdue in " + std::to_string(column.window_days - age) + " days";
      }
      f.detail = detail;
    }
    if (column.first_level) f.detail += ", first-level column";
    if (column.overridden) f.detail += ", configured";
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
