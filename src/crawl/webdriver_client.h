// WebDriverSession: a headless Chromium driven over the W3C WebDriver HTTP
// protocol through Debian's chromedriver, for rendered verification of
// suspicious links and screenshots as evidence (截图取证). Optional: scans
// work without it (RenderingAvailable() says whether it can run here).
//
// Each session starts its own chromedriver on a free loopback port and its
// own Chromium with a fresh profile directory; the destructor ends both and
// removes the profile. A session is used from one thread at a time.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/result.h"

namespace govmon {

struct WebDriverOptions {
  std::string chromedriver = "/usr/bin/chromedriver";
  std::string chromium = "/usr/bin/chromium";
  // Waiting for chromedriver to listen and Chromium to start.
  std::chrono::milliseconds start_timeout{20000};
  // One WebDriver command (a page load included).
  std::chrono::milliseconds command_timeout{60000};
  int window_width = 1366;
  int window_height = 900;
};

// True when both binaries of `options` exist and are executable.
bool RenderingAvailable(const WebDriverOptions& options = {});

class WebDriverSession {
 public:
  // Starts chromedriver and a headless Chromium session. Fails with
  // Unavailable naming the binary or the step that failed.
  static Result<std::unique_ptr<WebDriverSession>> Start(const WebDriverOptions& options = {});
  ~WebDriverSession();
  WebDriverSession(const WebDriverSession&) = delete;
  WebDriverSession& operator=(const WebDriverSession&) = delete;

  // Loads `url` and waits for the document to finish loading.
  Status Navigate(std::string_view url);
  // Runs `script` (a function body; `arguments[i]` are `args`) in the page
  // and returns its return value.
  Result<nlohmann::json> ExecuteScript(std::string_view script,
                                       const nlohmann::json& args = nlohmann::json::array());
  // Resizes the browser window (CSS pixels).
  Status SetWindowSize(int width, int height);
  // A PNG of the current viewport (the raw bytes).
  Result<std::string> Screenshot();

  const WebDriverOptions& options() const { return options_; }

 private:
  WebDriverSession() = default;
  // One WebDriver command; `body` is null for GET/DELETE. Returns the
  // response's "value" member, or the WebDriver error as a Status.
  Result<nlohmann::json> Command(std::string_view method, std::string_view path,
                                 const nlohmann::json* body);

  WebDriverOptions options_;
  pid_t driver_pid_ = -1;
  int port_ = 0;
  std::string profile_dir_;
  std::string session_id_;
};

// Decodes standard base64 (RFC 4648), ignoring white space; nullopt-like
// failure as InvalidArgument. Exposed for tests.
Result<std::string> DecodeBase64(std::string_view text);

}  // namespace govmon
