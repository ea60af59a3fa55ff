// https (advisory): no HTTPS, a certificate that does not verify, has
// expired or expires within 30 days, and https pages that load sub-resources
// over http (mixed content). No national rule makes HTTPS mandatory
// (domain.md §2.4), so findings are info or warning, never deductions. A
// site check over the TLS probe's facts and the SitePages; no I/O.
#pragma once

#include "check/check.h"
#include "check/site_options.h"

namespace govmon {

class HttpsCheck final : public SiteCheck {
 public:
  explicit HttpsCheck(HttpsOptions options) : options_(options) {}
  std::string_view id() const override { return "https"; }
  void Inspect(const SiteSnapshot& site, FindingStore* out) const override;

 private:
  HttpsOptions options_;
};

}  // namespace govmon
