// Traditional → simplified Chinese character folding built from OpenCC's
// data, so that "賭博" matches a dictionary term written 赌博. Loaded once at
// start-up; the returned map is immutable and safe to share between threads.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "text/normalizer.h"

namespace govmon {

// Builds a one-character-to-one-character traditional → simplified map by
// running OpenCC's `config` (default "t2s.json", looked up in OpenCC's data
// directory, or a path) over every CJK ideograph of the Basic Multilingual
// Plane. Fails with NotFound naming the config when OpenCC cannot load it.
Result<std::shared_ptr<const CharMap>> LoadTraditionalToSimplified(
    const std::string& config = "t2s.json");

}  // namespace govmon
