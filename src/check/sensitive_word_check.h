// sensitive_word (敏感词): terms from the user-editable dictionaries
// (gambling, porn, illegal services, banned and caution wording …) found in a
// page's visible text. kind is the term's category; block-level terms are
// errors, caution-level ones warnings. A PageCheck: pure, thread-safe.
#pragma once

#include <memory>

#include "check/check.h"
#include "text/dictionary.h"

namespace govmon {

struct SensitiveWordOptions {
  // The loaded dictionaries and allowlists (TermDictionary::Load at start-up).
  // Null: the check finds nothing.
  std::shared_ptr<const TermDictionary> dictionary;
};

class SensitiveWordCheck final : public PageCheck {
 public:
  explicit SensitiveWordCheck(SensitiveWordOptions options) : options_(std::move(options)) {}
  std::string_view id() const override { return "sensitive_word"; }
  void Inspect(const Document& doc, const PageContext& context,
               std::vector<Finding>* out) const override;

 private:
  SensitiveWordOptions options_;
};

}  // namespace govmon
