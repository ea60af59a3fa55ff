// privacy_leak (隐私泄露): personal identifiers published in a page or
// attachment — resident ID card, mobile, bank card, passport and Hong
// Kong/Macao permit numbers — reported masked, one finding per distinct value.
// A PageCheck: pure, thread-safe.
#pragma once

#include "check/check.h"

namespace govmon {

struct PrivacyLeakOptions {
  // Candidates whose confidence (characters, label and table header weighed
  // together) is below this are not reported.
  double min_confidence = 0.5;
  // Mobile numbers are reported; some offices publish duty mobiles on purpose
  // and turn this off.
  bool report_mobile = true;
};

class PrivacyLeakCheck final : public PageCheck {
 public:
  explicit PrivacyLeakCheck(PrivacyLeakOptions options = {}) : options_(options) {}
  std::string_view id() const override { return "privacy_leak"; }
  void Inspect(const Document& doc, const PageContext& context,
               std::vector<Finding>* out) const override;

 private:
  PrivacyLeakOptions options_;
};

}  // namespace govmon
