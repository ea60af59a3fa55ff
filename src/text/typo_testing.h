// Test support: a small, self-contained TypoResources (a few dozen words,
// confusion sets and misspellings written here, no language model), so that
// tests of the typo and serious-error code need no Debian data and run fast.
#pragma once

#include <memory>

#include "text/typo_detector.h"

namespace govmon {

std::shared_ptr<const TypoResources> SmallTypoResourcesForTesting();

}  // namespace govmon
