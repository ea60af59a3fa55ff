#include "app/static_server.h"

#include <httplib.h>

#include <filesystem>
#include <thread>

namespace govmon {

struct StaticSiteServer::Impl {
  httplib::Server server;
  std::thread thread;
};

StaticSiteServer::StaticSiteServer() : impl_(std::make_unique<Impl>()) {}

StaticSiteServer::~StaticSiteServer() { Stop(); }

Result<int> StaticSiteServer::Start(const std::string& folder, int port) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    return NotFoundError(folder + ": not a folder");
  }
  // httplib serves each keep-alive connection on one pool thread until it
  // closes; a crawler holds up to 16 per host, so the default pool of 8
  // would leave requests waiting for idle connections to time out.
  impl_->server.new_task_queue = [] { return new httplib::ThreadPool(64); };
  impl_->server.set_keep_alive_timeout(2);
  if (!impl_->server.set_mount_point("/", folder)) {
    return IoError(folder + ": cannot serve this folder");
  }
  // Legacy office formats and others httplib does not know.
  impl_->server.set_file_extension_and_mimetype_mapping("xls", "application/vnd.ms-excel");
  impl_->server.set_file_extension_and_mimetype_mapping("doc", "application/msword");
  impl_->server.set_file_extension_and_mimetype_mapping(
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  impl_->server.set_file_extension_and_mimetype_mapping(
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  impl_->server.set_file_extension_and_mimetype_mapping("wps", "application/vnd.ms-works");
  int bound = port == 0 ? impl_->server.bind_to_any_port("127.0.0.1")
                        : (impl_->server.bind_to_port("127.0.0.1", port) ? port : -1);
  if (bound <= 0) {
    return IoError("cannot listen on 127.0.0.1:" + std::to_string(port));
  }
  // The socket already listens (bind_to_port); early connections wait in
  // the backlog until the thread accepts them.
  impl_->thread = std::thread([this] { impl_->server.listen_after_bind(); });
  return bound;
}

void StaticSiteServer::Stop() {
  if (!impl_->thread.joinable()) return;
  impl_->server.stop();
  impl_->thread.join();
}

}  // namespace govmon
