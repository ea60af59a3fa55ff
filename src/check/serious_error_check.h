// serious_error (严重表述错误): wrong state and organ names, corrupted official
// formulations (扫黑险恶), leaders' names and titles written wrong or no longer
// current, and institution names superseded by reforms, all from the
// user-editable knowledge base (text/serious_error_kb.h, data/kb/). Severity
// veto (单项否决), except outdated titles and superseded names, which are
// errors. Dates are judged against the page's publication date (the as-of
// date for proofreading). A PageCheck: pure, thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "check/check.h"
#include "text/dictionary.h"
#include "text/serious_error_kb.h"

namespace govmon {

struct SeriousErrorOptions {
  // The loaded knowledge base. Null: the check loads data/kb itself plus
  // `extra_kb_dirs`, logging what is missing.
  std::shared_ptr<const SeriousErrorKnowledge> knowledge;
  // Users' own knowledge-base directories (same file names as data/kb).
  std::vector<std::string> extra_kb_dirs;
  // Ignore rules, as TypoOptions::ignore.
  std::vector<AllowEntry> ignore;
  std::vector<std::string> ignore_files;
};

class SeriousErrorCheck final : public PageCheck {
 public:
  explicit SeriousErrorCheck(SeriousErrorOptions options);
  std::string_view id() const override { return "serious_error"; }
  void Inspect(const Document& doc, const PageContext& context,
               std::vector<Finding>* out) const override;
  // The knowledge base in use (the one given, or the one loaded).
  const std::shared_ptr<const SeriousErrorKnowledge>& knowledge() const {
    return options_.knowledge;
  }

 private:
  SeriousErrorOptions options_;
};

}  // namespace govmon
