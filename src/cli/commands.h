// The govmon commands. Each takes the arguments after its name and returns
// the process exit code.
#pragma once

#include <string>
#include <vector>

namespace govmon {

// 0: the scan completed, whatever it found; 2: bad arguments or config.
int RunScanCommand(const std::vector<std::string>& args);
// 0: clean; 1: findings; 2: an input could not be read, or bad arguments.
int RunProofreadCommand(const std::vector<std::string>& args);
// As scan, on the bundled demo site.
int RunDemoCommand(const std::vector<std::string>& args);
int RunVersionCommand(const std::vector<std::string>& args);

}  // namespace govmon
