#include "testing/http_test_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

#include "base/strings.h"

namespace govmon {
namespace {

std::string StatusText(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 304:
      return "Not Modified";
    case 307:
      return "Temporary Redirect";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Status";
  }
}

bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::string TestRequest::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (k == name) return v;
  }
  return "";
}

TestResponse TestResponse::Html(std::string body, std::string charset) {
  TestResponse r;
  r.headers.emplace_back("Content-Type", "text/html; charset=" + charset);
  r.body = std::move(body);
  return r;
}

TestResponse TestResponse::Status(int status, std::string body) {
  TestResponse r;
  r.status = status;
  r.headers.emplace_back("Content-Type", "text/html; charset=utf-8");
  r.body = std::move(body);
  return r;
}

TestResponse TestResponse::Redirect(int status, std::string location) {
  TestResponse r;
  r.status = status;
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

HttpTestServer::HttpTestServer(bool ipv6) : ipv6_(ipv6) {
  default_handler_ = [](const TestRequest&) { return TestResponse::Status(404, "not found"); };
  listen_fd_ = socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
  if (listen_fd_ < 0) throw std::runtime_error("socket() failed");
  int one = 1;
  setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (ipv6) {
    sockaddr_in6 addr{};
    addr.sin6_family = AF_INET6;
    addr.sin6_addr = in6addr_loopback;
    if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      throw std::runtime_error("bind(::1) failed");
    }
    socklen_t len = sizeof addr;
    getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin6_port);
  } else {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      throw std::runtime_error("bind(127.0.0.1) failed");
    }
    socklen_t len = sizeof addr;
    getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  listen(listen_fd_, 256);
  accept_thread_ = std::thread([this] { AcceptLoop(); });
}

HttpTestServer::~HttpTestServer() {
  stopping_ = true;
  shutdown(listen_fd_, SHUT_RDWR);
  close(listen_fd_);
  accept_thread_.join();
  std::vector<std::thread> threads;
  {
    std::lock_guard<std::mutex> lock(mu_);
    threads.swap(connection_threads_);
  }
  for (std::thread& t : threads) t.join();
}

void HttpTestServer::Route(const std::string& path, Handler handler) {
  std::lock_guard<std::mutex> lock(mu_);
  routes_[path] = std::move(handler);
}

void HttpTestServer::Serve(const std::string& path, TestResponse response) {
  Route(path, [response](const TestRequest&) { return response; });
}

void HttpTestServer::SetDefault(Handler handler) {
  std::lock_guard<std::mutex> lock(mu_);
  default_handler_ = std::move(handler);
}

std::string HttpTestServer::Url(std::string_view path) const {
  return std::string(ipv6_ ? "http://[::1]:" : "http://127.0.0.1:") + std::to_string(port_) +
         std::string(path);
}

int HttpTestServer::RequestCount(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = counts_.find(path);
  return it == counts_.end() ? 0 : it->second;
}

void HttpTestServer::AcceptLoop() {
  while (!stopping_) {
    pollfd p{listen_fd_, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    int fd = accept(listen_fd_, nullptr, nullptr);
    if (fd < 0) continue;
    std::lock_guard<std::mutex> lock(mu_);
    connection_threads_.emplace_back([this, fd] { ServeConnection(fd); });
  }
}

TestResponse HttpTestServer::Dispatch(const TestRequest& request) {
  Handler handler;
  {
    std::lock_guard<std::mutex> lock(mu_);
    counts_[request.path]++;
    auto it = routes_.find(request.path);
    handler = it != routes_.end() ? it->second : default_handler_;
  }
  ++total_requests_;
  return handler(request);
}

void HttpTestServer::ServeConnection(int fd) {
  std::string buffer;
  char chunk[8192];
  while (!stopping_) {
    size_t header_end;
    while ((header_end = buffer.find("\r\n\r\n")) == std::string::npos) {
      pollfd p{fd, POLLIN, 0};
      int ready = poll(&p, 1, 100);
      if (stopping_) break;
      if (ready <= 0) continue;
      ssize_t n = recv(fd, chunk, sizeof chunk, 0);
      if (n <= 0) {
        close(fd);
        return;
      }
      buffer.append(chunk, static_cast<size_t>(n));
    }
    if (stopping_) break;
    TestRequest request;
    std::string_view head(buffer.data(), header_end);
    std::vector<std::string_view> lines = Split(head, '\n');
    std::vector<std::string_view> first = Split(TrimAscii(lines[0]), ' ');
    if (first.size() >= 2) {
      request.method = std::string(first[0]);
      request.target = std::string(first[1]);
      request.path = request.target.substr(0, request.target.find('?'));
    }
    size_t content_length = 0;
    for (size_t i = 1; i < lines.size(); ++i) {
      std::string_view line = TrimAscii(lines[i]);
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string name = AsciiLower(TrimAscii(line.substr(0, colon)));
      std::string value(TrimAscii(line.substr(colon + 1)));
      if (name == "content-length") content_length = std::stoul(value);
      request.headers.emplace_back(std::move(name), std::move(value));
    }
    buffer.erase(0, header_end + 4 + std::min(content_length, buffer.size() - header_end - 4));

    TestResponse response = Dispatch(request);
    if (response.delay.count() > 0) {
      auto until = std::chrono::steady_clock::now() + response.delay;
      while (!stopping_ && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
    }
    if (response.reset) {
      linger l{1, 0};  // SO_LINGER with zero timeout: close() sends RST.
      setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
      close(fd);
      return;
    }
    std::string out =
        "HTTP/1.1 " + std::to_string(response.status) + " " + StatusText(response.status) + "\r\n";
    bool has_type = false;
    for (const auto& [k, v] : response.headers) {
      out += k + ": " + v + "\r\n";
      if (EqualsIgnoreCase(k, "content-type")) has_type = true;
    }
    if (!has_type && !response.body.empty()) out += "Content-Type: text/plain\r\n";
    out += "Content-Length: " + std::to_string(response.body.size()) + "\r\n\r\n";
    if (request.method != "HEAD") out += response.body;
    if (!SendAll(fd, out)) break;
  }
  close(fd);
}

}  // namespace govmon
