// Crawler: one crawl of one site. It fetches the start URL and every in-scope
// page reachable from it (within the limits), parses each page on a pool of
// threads, runs the page checks on it, downloads the site's attachments, and
// probes every distinct link target exactly once. What the site checks need
// afterwards is returned in CrawlResult.
//
// Threading: Crawl() runs the fetcher's I/O loop on the calling thread and
// parsing on `parse_threads` workers; page checks must be thread-safe (they
// are: see check/check.h). A Crawler runs one Crawl() at a time.
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "check/check.h"
#include "check/site_model.h"
#include "check/site_snapshot.h"
#include "crawl/crawl_options.h"
#include "crawl/edge_spool.h"
#include "html/document.h"
#include "net/fetcher.h"

namespace govmon {

// What a crawl did, for the progress line and the scan summary.
struct CrawlStats {
  int pages_fetched = 0;   // In-scope HTML pages fetched and parsed.
  int pages_queued = 0;    // Waiting to be fetched.
  int links_probed = 0;    // Distinct targets probed (HEAD/GET), pages excluded.
  int attachments = 0;     // Attachments downloaded and read.
  int errors = 0;          // Fetches that failed (any target).
  long long bytes = 0;     // Body bytes received.
  int robots_skipped = 0;  // URLs not fetched because robots.txt disallows them.
  std::chrono::milliseconds elapsed{0};
};

struct CrawlResult {
  std::string start_url;
  std::string home_url;  // Final URL of the start page.
  // Whether the start URL could be opened; if not, `home_status` says why.
  bool reachable = false;
  LinkStatus home_status;
  std::vector<CrawledPage> pages;  // pages[0] is the home page when reachable.
  SitePageStore site_pages;        // Parallel to `pages`.
  std::deque<LinkTarget> targets;
  std::unique_ptr<EdgeSpool> edges;
  FindingStore findings;  // From page checks on pages and attachments.
  CrawlStats stats;
};

// What reading one attachment gave: its text as a Document (absent when it
// could not be read at all) and findings about what could not be read.
struct AttachmentContent {
  std::optional<Document> document;
  std::vector<Finding> problems;  // attachment_unreadable findings.
};
// Reads an attachment's bytes (the attach module, wired in by app/). Called
// on worker threads: must be thread-safe.
using AttachmentReader =
    std::function<AttachmentContent(std::string_view bytes, std::string_view url)>;
// Sees every parsed page of the site (not attachments), on worker threads:
// must be thread-safe. For gatherers such as the external-link collector.
using DocumentObserver = std::function<void(const Document& doc, bool is_home)>;

class Crawler {
 public:
  // `fetcher` and `checks` must outlive the Crawler. `context` is copied into
  // every page check call (site, as_of); is_home is set per page.
  Crawler(Fetcher* fetcher, CrawlOptions options,
          std::span<const std::unique_ptr<PageCheck>> checks, PageContext context);

  // Reads attachments with `reader`; without one, attachments are only probed.
  void set_attachment_reader(AttachmentReader reader) { attachment_reader_ = std::move(reader); }
  void set_document_observer(DocumentObserver observer) { observer_ = std::move(observer); }
  // Called on the crawl thread about every 200 ms and once at the end.
  void set_progress(std::function<void(const CrawlStats&)> progress) {
    progress_ = std::move(progress);
  }

  // Crawls the site of `start_url`. REQUIRES: start_url parses as a URL.
  CrawlResult Crawl(std::string_view start_url);

 private:
  Fetcher* fetcher_;
  CrawlOptions options_;
  std::span<const std::unique_ptr<PageCheck>> checks_;
  PageContext context_;
  AttachmentReader attachment_reader_;
  DocumentObserver observer_;
  std::function<void(const CrawlStats&)> progress_;
};

}  // namespace govmon
