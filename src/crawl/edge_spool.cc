#include "crawl/edge_spool.h"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "base/log.h"
#include "base/temp_file.h"

namespace govmon {
namespace {
constexpr size_t kBufferEdges = 1 << 14;
}

EdgeSpool::EdgeSpool() {
  std::string error;
  const int fd = OpenUnlinkedTempFile(&error);
  if (fd >= 0) {
    file_ = fdopen(fd, "w+b");
    if (file_ == nullptr) {
      error = "fdopen failed";
      close(fd);
    }
  }
  if (file_ == nullptr) {
    Log(LogLevel::kWarning, "no temporary file for the link graph ({}); keeping it in memory",
        error);
  }
  buffer_.reserve(kBufferEdges);
}

EdgeSpool::~EdgeSpool() {
  if (file_ != nullptr) std::fclose(file_);
}

void EdgeSpool::Append(const LinkEdge& edge) {
  ++count_;
  if (file_ == nullptr) {
    memory_.push_back(edge);
    return;
  }
  buffer_.push_back(edge);
  if (buffer_.size() >= kBufferEdges) Flush();
}

void EdgeSpool::Flush() const {
  if (file_ == nullptr || buffer_.empty()) return;
  std::fseek(file_, 0, SEEK_END);
  std::fwrite(buffer_.data(), sizeof(LinkEdge), buffer_.size(), file_);
  buffer_.clear();
}

void EdgeSpool::ForEachEdge(const std::function<void(const LinkEdge&)>& visit) const {
  if (file_ == nullptr) {
    for (const LinkEdge& e : memory_) visit(e);
    return;
  }
  Flush();
  std::fflush(file_);
  std::fseek(file_, 0, SEEK_SET);
  std::vector<LinkEdge> chunk(kBufferEdges);
  while (true) {
    size_t n = std::fread(chunk.data(), sizeof(LinkEdge), chunk.size(), file_);
    for (size_t i = 0; i < n; ++i) visit(chunk[i]);
    if (n < chunk.size()) break;
  }
}

}  // namespace govmon
