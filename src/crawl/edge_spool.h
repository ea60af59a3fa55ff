// EdgeSpool: the (page, target) pairs of a crawl, appended to an unlinked
// temporary file as they are found, so memory does not grow with them (a
// 100,000-page site has millions). Implements LinkGraph for the site checks.
// Append() and ForEachEdge() are used from one thread.
#pragma once

#include <cstdio>
#include <vector>

#include "check/site_snapshot.h"

namespace govmon {

class EdgeSpool final : public LinkGraph {
 public:
  EdgeSpool();
  ~EdgeSpool() override;
  EdgeSpool(const EdgeSpool&) = delete;
  EdgeSpool& operator=(const EdgeSpool&) = delete;

  void Append(const LinkEdge& edge);
  size_t size() const { return count_; }
  void ForEachEdge(const std::function<void(const LinkEdge&)>& visit) const override;

 private:
  void Flush() const;
  std::FILE* file_ = nullptr;  // Null if no temp file could be made: memory only.
  mutable std::vector<LinkEdge> buffer_;
  std::vector<LinkEdge> memory_;  // Fallback store.
  size_t count_ = 0;
};

}  // namespace govmon
