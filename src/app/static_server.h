// StaticSiteServer: serves a folder over HTTP on a loopback port, for the
// demo (govmon demo serves the bundled portal and scans it) and for people
// trying govmon on saved pages. Runs its own thread; Stop() or destruction
// ends it.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"

namespace govmon {

class StaticSiteServer {
 public:
  StaticSiteServer();
  ~StaticSiteServer();
  StaticSiteServer(const StaticSiteServer&) = delete;
  StaticSiteServer& operator=(const StaticSiteServer&) = delete;

  // Serves `folder` on 127.0.0.1:`port` (0 = any free port). Returns the port,
  // or an error naming the folder or the port.
  Result<int> Start(const std::string& folder, int port = 0);
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace govmon
