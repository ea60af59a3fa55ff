// Clock: the seam through which code that measures or waits reads the time.
// SystemClock is real; FakeClock is advanced by tests. Both are thread-safe.
#pragma once

#include <atomic>
#include <chrono>

namespace govmon {

class Clock {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint Now() const override { return std::chrono::steady_clock::now(); }
  // A process-wide instance; never destroyed.
  static SystemClock* Default();
};

class FakeClock final : public Clock {
 public:
  TimePoint Now() const override { return TimePoint(std::chrono::nanoseconds(now_ns_.load())); }
  void Advance(std::chrono::nanoseconds d) { now_ns_ += d.count(); }

 private:
  std::atomic<long long> now_ns_{1'000'000'000};
};

}  // namespace govmon
