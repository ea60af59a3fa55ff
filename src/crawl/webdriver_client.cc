#include "crawl/webdriver_client.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <thread>
#include <vector>

extern char** environ;

namespace govmon {
namespace {

size_t AppendBody(char* data, size_t size, size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

// A loopback port nobody listens on right now. chromedriver binds it a
// moment later; the race with another process is harmless in practice and
// shows up as a start failure, not as talking to a stranger (the session
// must also be created there).
Result<int> FreeLoopbackPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return UnavailableError("webdriver: cannot open a socket");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    close(fd);
    return UnavailableError("webdriver: cannot find a free loopback port");
  }
  int port = ntohs(addr.sin_port);
  close(fd);
  return port;
}

bool Executable(const std::string& path) { return access(path.c_str(), X_OK) == 0; }

struct HttpReply {
  long status = 0;
  std::string body;
};

Result<HttpReply> Http(std::string_view method, const std::string& url, const std::string* body,
                       std::chrono::milliseconds timeout) {
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return UnavailableError("webdriver: curl_easy_init failed");
  HttpReply reply;
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json; charset=utf-8");
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, std::string(method).c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, AppendBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
  if (body != nullptr) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body->size()));
  }
  CURLcode code = curl_easy_perform(curl);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  if (code != CURLE_OK) {
    return UnavailableError("webdriver: " + std::string(method) + " " + url + ": " +
                            curl_easy_strerror(code));
  }
  return reply;
}

}  // namespace

bool RenderingAvailable(const WebDriverOptions& options) {
  return Executable(options.chromedriver) && Executable(options.chromium);
}

Result<std::unique_ptr<WebDriverSession>> WebDriverSession::Start(const WebDriverOptions& options) {
  for (const std::string* binary : {&options.chromedriver, &options.chromium}) {
    if (!Executable(*binary)) {
      return UnavailableError("webdriver: " + *binary +
                              " is not installed (apt-get install chromium chromium-driver)");
    }
  }
  std::unique_ptr<WebDriverSession> session(new WebDriverSession());
  session->options_ = options;
  Result<int> port = FreeLoopbackPort();
  if (!port.ok()) return port.status();
  session->port_ = *port;

  std::string port_flag = "--port=" + std::to_string(*port);
  std::vector<char*> argv = {
      const_cast<char*>(options.chromedriver.c_str()), const_cast<char*>(port_flag.c_str()),
      const_cast<char*>("--allowed-ips=127.0.0.1"), const_cast<char*>("--silent"), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  int spawned =
      posix_spawn(&pid, options.chromedriver.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    return UnavailableError("webdriver: cannot start " + options.chromedriver + ": " +
                            std::strerror(spawned));
  }
  session->driver_pid_ = pid;

  // Wait for chromedriver to answer /status.
  const auto deadline = std::chrono::steady_clock::now() + options.start_timeout;
  const std::string base = "http://127.0.0.1:" + std::to_string(*port);
  for (;;) {
    Result<HttpReply> status = Http("GET", base + "/status", nullptr, std::chrono::seconds(2));
    if (status.ok() && status->status == 200) break;
    if (std::chrono::steady_clock::now() > deadline) {
      return UnavailableError("webdriver: chromedriver did not start listening on port " +
                              std::to_string(*port));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }

  char profile[] = "/tmp/govmon-chromium-XXXXXX";
  if (mkdtemp(profile) == nullptr)
    return UnavailableError("webdriver: cannot create a profile dir");
  session->profile_dir_ = profile;
  nlohmann::json args = nlohmann::json::array(
      {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
       "--disable-background-networking", "--disable-component-update", "--disable-sync",
       "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + session->profile_dir_,
       "--window-size=" + std::to_string(options.window_width) + "," +
           std::to_string(options.window_height)});
  nlohmann::json capabilities = {
      {"capabilities",
       {{"alwaysMatch",
         {{"browserName", "chrome"},
          {"pageLoadStrategy", "normal"},
          {"timeouts", {{"pageLoad", options.command_timeout.count()}, {"script", 30000}}},
          {"goog:chromeOptions", {{"binary", options.chromium}, {"args", args}}}}}}}};
  Result<nlohmann::json> created = session->Command("POST", "/session", &capabilities);
  if (!created.ok()) return created.status().WithContext("webdriver: creating the session");
  if (!created->contains("sessionId") || !(*created)["sessionId"].is_string()) {
    return UnavailableError("webdriver: no session id in " + created->dump());
  }
  session->session_id_ = (*created)["sessionId"].get<std::string>();
  return session;
}

WebDriverSession::~WebDriverSession() {
  if (!session_id_.empty()) {
    Result<nlohmann::json> ignored = Command("DELETE", "/session/" + session_id_, nullptr);
    (void)ignored;
  }
  if (driver_pid_ > 0) {
    kill(driver_pid_, SIGTERM);
    int status = 0;
    waitpid(driver_pid_, &status, 0);
  }
  if (!profile_dir_.empty()) {
    std::error_code error;
    std::filesystem::remove_all(profile_dir_, error);
  }
}

Result<nlohmann::json> WebDriverSession::Command(std::string_view method, std::string_view path,
                                                 const nlohmann::json* body) {
  std::string url = "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  std::string text = body != nullptr ? body->dump() : std::string();
  Result<HttpReply> reply =
      Http(method, url, body != nullptr ? &text : nullptr, options_.command_timeout);
  if (!reply.ok()) return reply.status();
  nlohmann::json parsed = nlohmann::json::parse(reply->body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return UnavailableError("webdriver: " + std::string(path) + ": HTTP " +
                            std::to_string(reply->status) + " with a body that is not JSON");
  }
  nlohmann::json value = parsed.value("value", nlohmann::json());
  if (reply->status != 200) {
    std::string error = value.is_object() ? value.value("error", "unknown error") : "unknown error";
    std::string message = value.is_object() ? value.value("message", "") : "";
    // The first line says it; the rest is a stack trace.
    message = message.substr(0, message.find('\n'));
    return UnavailableError("webdriver: " + std::string(path) + ": " + error + ": " + message);
  }
  return value;
}

Status WebDriverSession::Navigate(std::string_view url) {
  nlohmann::json body = {{"url", std::string(url)}};
  Result<nlohmann::json> r = Command("POST", "/session/" + session_id_ + "/url", &body);
  return r.ok() ? Status::Ok() : r.status();
}

Result<nlohmann::json> WebDriverSession::ExecuteScript(std::string_view script,
                                                       const nlohmann::json& args) {
  nlohmann::json body = {{"script", std::string(script)}, {"args", args}};
  return Command("POST", "/session/" + session_id_ + "/execute/sync", &body);
}

Status WebDriverSession::SetWindowSize(int width, int height) {
  nlohmann::json body = {{"width", width}, {"height", height}};
  Result<nlohmann::json> r = Command("POST", "/session/" + session_id_ + "/window/rect", &body);
  return r.ok() ? Status::Ok() : r.status();
}

Result<std::string> WebDriverSession::Screenshot() {
  Result<nlohmann::json> r = Command("GET", "/session/" + session_id_ + "/screenshot", nullptr);
  if (!r.ok()) return r.status();
  if (!r->is_string()) return UnavailableError("webdriver: screenshot is not a string");
  return DecodeBase64(r->get<std::string>());
}

Result<std::string> DecodeBase64(std::string_view text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  out.reserve(text.size() * 3 / 4);
  uint32_t buffer = 0;
  int bits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '=') break;
    int v = value(c);
    if (v < 0) {
      return InvalidArgumentError("base64: invalid character at offset " + std::to_string(i));
    }
    buffer = (buffer << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

}  // namespace govmon
