#include "check/empty_column_check.h"

#include "check/column_model.h"

namespace govmon {

void EmptyColumnCheck::Inspect(const SiteSnapshot& site, FindingStore* out) const {
  const std::shared_ptr<const ColumnModel> model = ColumnModel::ForSite(site, options_);
  for (const Column& column : model->columns()) {
    if (!column.blank) continue;
    Finding f;
    f.check = "empty_column";
    f.severity = Severity::kError;
    f.site = site.site;
    f.url = column.url;
    f.kind = "blank";
    f.evidence = column.name;
    f.detail = "type " + std::string(ColumnTypeName(column.type)) + ", no items on its " +
               std::to_string(column.pages.size()) +
               (column.pages.size() == 1 ? " page" : " pages");
    if (column.first_level) f.detail += ", first-level column";
    out->push_back(std::move(f));
  }
}

}  // namespace govmon
