// PageCheck and SiteCheck: the two shapes of a check. Implementations do no
// I/O, keep no mutable state, and are safe to call from many threads at once;
// whatever they need from the network or the store is gathered beforehand and
// handed to them (PageContext, SiteSnapshot).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "check/finding.h"
#include "check/finding_store.h"
#include "html/document.h"

namespace govmon {

struct SiteSnapshot;

// What a page check knows besides the page itself.
struct PageContext {
  std::string site;  // The site's start URL; copied into every finding.
  Date as_of;        // "Today" for every time-based judgement.
  bool is_home = false;
  // Set for `govmon proofread`: the input is a draft, not a published page.
  bool proofreading = false;
};

class PageCheck {
 public:
  virtual ~PageCheck() = default;
  // Stable id stored with every finding, e.g. "privacy_leak". Never renamed.
  virtual std::string_view id() const = 0;
  // Appends the findings for `doc` to `out`; appends nothing when clean.
  virtual void Inspect(const Document& doc, const PageContext& context,
                       std::vector<Finding>* out) const = 0;
};

class SiteCheck {
 public:
  virtual ~SiteCheck() = default;
  virtual std::string_view id() const = 0;
  // Appends the findings for the whole crawl to `out`. A store rather than a
  // vector: one check can report a finding per (page, link) pair.
  virtual void Inspect(const SiteSnapshot& site, FindingStore* out) const = 0;
};

}  // namespace govmon
