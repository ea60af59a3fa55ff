#include "base/clock.h"

namespace govmon {

SystemClock* SystemClock::Default() {
  static auto* clock = new SystemClock();
  return clock;
}

}  // namespace govmon
