#include "check/stale_column_check.h"

#include "check/column_model.h"

namespace govmon {

void StaleColumnCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  const std::shared_ptr<const ColumnModel> model = ColumnModel::ForSite(site, options_);
  for (const Column& column : model->columns()) {
    const Staleness staleness = ColumnStaleness(column, site.as_of);
    using State = Staleness::State;
    if (staleness.state != State::kOverdue && staleness.state != State::kWarning &&
        staleness.state != State::kUndated) {
      continue;
    }
    Finding f;
    f.check = "stale_column";
    f.site = site.site;
    f.url = column.url;
    f.evidence = column.name;
    f.detail = "type " + std::string(ColumnTypeName(column.type)) + ", window " +
               std::to_string(column.window_days) + " days";
    const long age = staleness.age_days;
    if (staleness.state == State::kUndated) {
      f.kind = "undated";
      f.severity = Severity::kWarning;
      f.detail +=
          ", none of its " + std::to_string(column.item_count) + " items shows a publication date";
    } else {
      f.target = column.newest_url;
      f.context = column.newest_title;
      f.detail += ", newest item " + column.newest->ToIso() + " (" + std::to_string(age) +
                  " days before " + site.as_of.ToIso() + ")";
      if (staleness.state == State::kOverdue) {
        f.kind = "overdue";
        f.severity = Severity::kError;
        f.detail += ", " + std::to_string(age - column.window_days) + " days overdue";
      } else {
        f.kind = "warning";
        f.severity = Severity::kWarning;
        f.detail += ", overdue in " + std::to_string(column.window_days - age) + " days";
      }
    }
    if (column.first_level) f.detail += ", first-level column";
    if (column.overridden) f.detail += ", configured";
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
