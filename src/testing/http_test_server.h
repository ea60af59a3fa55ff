// HttpTestServer: a real HTTP/1.1 server on a loopback port, started by tests
// (crawler, fetcher, site checks). Serves whatever the test's handler returns,
// and can also misbehave the ways real servers do: slow answers, connection
// resets, no answer at all. Thread-safe; one thread per connection.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace govmon {

struct TestRequest {
  std::string method;
  std::string target;                                        // Path and query as sent.
  std::string path;                                          // Without the query.
  std::vector<std::pair<std::string, std::string>> headers;  // Names lower-cased.
  std::string Header(std::string_view name) const;
};

struct TestResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::chrono::milliseconds delay{0};  // Wait before answering.
  bool reset = false;                  // Close with RST instead of answering.
  static TestResponse Html(std::string body, std::string charset = "utf-8");
  static TestResponse Status(int status, std::string body = "");
  static TestResponse Redirect(int status, std::string location);
};

class HttpTestServer {
 public:
  using Handler = std::function<TestResponse(const TestRequest&)>;

  // Listens on 127.0.0.1 (or ::1 when `ipv6`) on a free port.
  explicit HttpTestServer(bool ipv6 = false);
  ~HttpTestServer();
  HttpTestServer(const HttpTestServer&) = delete;
  HttpTestServer& operator=(const HttpTestServer&) = delete;

  // Serves `path` (exact match, without query) with `handler`.
  void Route(const std::string& path, Handler handler);
  // Serves `path` with a fixed response.
  void Serve(const std::string& path, TestResponse response);
  // Serves everything not routed; the default answers 404.
  void SetDefault(Handler handler);

  int port() const { return port_; }
  // "http://127.0.0.1:PORT" + path.
  std::string Url(std::string_view path = "/") const;
  // How many requests arrived for `path` (any method).
  int RequestCount(const std::string& path) const;
  int TotalRequests() const { return total_requests_.load(); }

 private:
  void AcceptLoop();
  void ServeConnection(int fd);
  TestResponse Dispatch(const TestRequest& request);

  bool ipv6_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> total_requests_{0};
  std::thread accept_thread_;
  mutable std::mutex mu_;
  std::map<std::string, Handler> routes_;
  Handler default_handler_;
  std::map<std::string, int> counts_;
  std::vector<std::thread> connection_threads_;
};

}  // namespace govmon
