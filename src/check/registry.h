// The list of checks govmon runs. Registration is explicit (one line per check
// in registry.cc), not static self-registration, so the set is easy to read.
#pragma once

#include <memory>
#include <vector>

#include "check/check.h"
#include "check/check_options.h"

namespace govmon {

std::vector<std::unique_ptr<PageCheck>> NewPageChecks(const CheckOptions& options);
std::vector<std::unique_ptr<SiteCheck>> NewSiteChecks(const CheckOptions& options);

}  // namespace govmon
