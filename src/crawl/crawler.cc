#include "crawl/crawler.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "base/log.h"
#include "base/strings.h"
#include "base/url.h"
#include "crawl/crawl_scope.h"
#include "crawl/soft_404.h"
#include "crawl/target_type.h"
#include "html/html_parser.h"
#include "html/style_cascade.h"
#include "net/charset.h"
#include "net/robots.h"

namespace govmon {
namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr size_t kMaxResourceBytes = 1 << 20;  // Style sheets and scripts.
constexpr size_t kMaxResources = 300;

uint64_t HashUrl(std::string_view normalized) { return std::hash<std::string_view>()(normalized); }

// A link as the worker hands it back: resolved, with what the loop thread
// needs to schedule it.
struct FoundLink {
  std::string url;
  TargetType type;
  bool crawlable;  // May be crawled when in scope (not a CSS url(), etc.).
  // Worked out on the worker, so that the crawl thread only looks it up.
  uint64_t key = 0;       // HashUrl of the normalised URL.
  bool external = false;  // Outside the crawl scope.
};

// The result of parsing one page (or reading one attachment) on a worker.
struct ParseOutcome {
  uint32_t page = 0;  // Index into pages (for attachments: the linking target).
  uint32_t target = 0;
  int depth = 0;
  bool attachment = false;
  bool soft_404 = false;
  std::string title;
  std::vector<FoundLink> links;
  std::vector<Finding> findings;
  SitePage site_page;
  // Resources the page uses that were not available when it was parsed; the
  // page is parsed again once they are fetched (`utf8` kept for that).
  std::vector<std::string> missing_stylesheets;
  std::vector<std::string> missing_scripts;
  std::string utf8;
};

struct ParseJob {
  uint32_t page = 0;
  uint32_t target = 0;
  int depth = 0;
  bool attachment = false;
  bool reparse = false;  // Resources have been fetched; don't wait again.
  std::string url;       // Final URL.
  std::string body;      // Raw bytes (attachments) or UTF-8 (reparse).
  std::string content_type;
  std::shared_ptr<const ResourceMap> stylesheets;
  std::shared_ptr<const ResourceMap> scripts;
};

// A small pool of threads running jobs in FIFO order.
class WorkerPool {
 public:
  explicit WorkerPool(int threads) {
    for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Loop(); });
  }
  ~WorkerPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (std::thread& t : threads_) t.join();
  }
  void Post(std::function<void()> job) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      jobs_.push_back(std::move(job));
    }
    cv_.notify_one();
  }

 private:
  void Loop() {
    while (true) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

// All state of one Crawl(). Everything but the result queue is touched only
// by the crawl thread (fetcher callbacks and the hook run there).
class CrawlRun {
 public:
  CrawlRun(Fetcher* fetcher, const CrawlOptions& options,
           std::span<const std::unique_ptr<PageCheck>> checks, const PageContext& context,
           const AttachmentReader& reader, const DocumentObserver& observer,
           const std::function<void(const CrawlStats&)>& progress)
      : fetcher_(fetcher),
        options_(options),
        checks_(checks),
        context_(context),
        reader_(reader),
        observer_(observer),
        progress_(progress),
        stylesheets_(std::make_shared<ResourceMap>()),
        scripts_(std::make_shared<ResourceMap>()) {}

  CrawlResult Run(std::string_view start_url);

 private:
  enum class TargetState : uint8_t { kNew, kQueued, kFetching, kDone, kSkipped };
  struct TargetInfo {
    TargetState state = TargetState::kNew;
    bool crawl = false;  // Fetched as a page to parse.
  };
  struct Resource {
    bool done = false;
    bool stylesheet = true;
    std::vector<uint32_t> waiting;  // Indices into waiting_pages_.
  };
  struct WaitingPage {
    ParseJob job;
    int missing = 0;
  };

  uint32_t TargetFor(const std::string& url, TargetType type, bool* created);
  // TargetFor with the URL's key and scope already known (FoundLink).
  uint32_t TargetFor(const FoundLink& link, bool* created);
  void Schedule(uint32_t id, int depth, bool crawlable);
  void SubmitPage(uint32_t id, int depth);
  void SubmitProbe(uint32_t id, bool use_get);
  void SubmitAttachment(uint32_t id);
  // Hands a downloaded attachment to a worker to be read and checked.
  void PostAttachment(uint32_t id, FetchResponse response);
  void SubmitResource(const std::string& url, bool stylesheet);
  void OnPage(uint32_t id, int depth, FetchResponse response);
  void OnProbe(uint32_t id, bool was_head, FetchResponse response);
  void Record(uint32_t id, const FetchResponse& response);
  void PostParse(ParseJob job);
  void Pump();
  void HandleOutcome(ParseOutcome outcome);
  void Progress(bool force);
  bool InScope(const Url& url) const { return scope_.Contains(url); }
  bool RobotsAllow(const Url& url) const;
  ParseOutcome ParseOnWorker(const ParseJob& job) const;

  Fetcher* fetcher_;
  const CrawlOptions& options_;
  std::span<const std::unique_ptr<PageCheck>> checks_;
  const PageContext& context_;
  const AttachmentReader& reader_;
  const DocumentObserver& observer_;
  const std::function<void(const CrawlStats&)>& progress_;

  CrawlScope scope_;
  std::unordered_map<uint64_t, Robots> robots_;  // By host hash; fetched before crawling.
  CrawlResult result_;
  std::vector<TargetInfo> target_info_;
  std::unordered_map<uint64_t, uint32_t> target_index_;  // Normalised URL hash → target.
  std::unordered_set<uint64_t> crawled_final_;           // Final URLs of parsed pages.
  std::deque<std::pair<uint32_t, int>> frontier_;        // (target, depth) to crawl.
  int pages_planned_ = 0;    // Pages queued or fetched (bounded by max_pages).
  int pages_in_flight_ = 0;  // Being fetched, parsed, or waiting for resources.
  std::shared_ptr<const ResourceMap> stylesheets_;
  std::shared_ptr<const ResourceMap> scripts_;
  // Linked style sheets compiled once per crawl (thread-safe; shared by workers).
  mutable StyleSheetCache stylesheet_cache_;
  // What linked script files write, found once per crawl.
  mutable ScriptOutputCache script_cache_;
  std::unordered_map<std::string, Resource> resources_;
  std::vector<WaitingPage> waiting_pages_;

  std::unique_ptr<WorkerPool> pool_;
  std::mutex results_mu_;
  std::condition_variable results_cv_;
  std::deque<ParseOutcome> results_;
  int parse_in_flight_ = 0;

  SteadyClock::time_point started_;
  SteadyClock::time_point last_progress_;
};

uint32_t CrawlRun::TargetFor(const std::string& url, TargetType type, bool* created) {
  FoundLink link{url, type, true};
  Result<Url> parsed = Url::Parse(url);
  link.external = !parsed.ok() || !InScope(*parsed);
  link.key = HashUrl(parsed.ok() ? NormalizeUrl(*parsed, options_.normalize)
                                 : NormalizeUrlString(url, options_.normalize));
  return TargetFor(link, created);
}

uint32_t CrawlRun::TargetFor(const FoundLink& link, bool* created) {
  auto [it, inserted] =
      target_index_.try_emplace(link.key, static_cast<uint32_t>(result_.targets.size()));
  *created = inserted;
  if (inserted) {
    LinkTarget t;
    t.url = link.url;
    t.type = link.type;
    t.external = link.external;
    result_.targets.push_back(std::move(t));
    target_info_.emplace_back();
  }
  return it->second;
}

bool CrawlRun::RobotsAllow(const Url& url) const {
  if (!options_.respect_robots) return true;
  auto it = robots_.find(HashUrl(url.Origin()));
  if (it == robots_.end()) return true;
  return it->second.Allowed(url.path() + (url.has_query() ? "?" + url.query() : ""));
}

void CrawlRun::Schedule(uint32_t id, int depth, bool crawlable) {
  TargetInfo& info = target_info_[id];
  if (info.state != TargetState::kNew) return;
  LinkTarget& target = result_.targets[id];
  Result<Url> url = Url::Parse(target.url);
  if (!url.ok()) {
    info.state = TargetState::kDone;
    target.status.error = FetchError::kBadUrl;
    target.status.error_message = std::string(url.status().message());
    return;
  }
  if (!target.external && !RobotsAllow(*url)) {
    info.state = TargetState::kSkipped;
    result_.stats.robots_skipped++;
    return;
  }
  if (target.external) {
    if (!options_.probe_external) {
      info.state = TargetState::kSkipped;
      return;
    }
    SubmitProbe(id, target.type == TargetType::kPage || target.type == TargetType::kFrame);
    return;
  }
  const bool page_like = target.type == TargetType::kPage || target.type == TargetType::kFrame;
  if (page_like && crawlable && depth <= options_.max_depth &&
      pages_planned_ < options_.max_pages) {
    info.state = TargetState::kQueued;
    info.crawl = true;
    ++pages_planned_;
    frontier_.emplace_back(id, depth);
    return;
  }
  if (target.type == TargetType::kAttachment && options_.check_attachments && reader_) {
    SubmitAttachment(id);
    return;
  }
  if (target.type == TargetType::kStylesheet ||
      (target.type == TargetType::kScript && !target.external)) {
    // Fetched in full as a resource for the cascade / script links; that
    // fetch is also its probe.
    info.state = TargetState::kFetching;
    SubmitResource(target.url, target.type == TargetType::kStylesheet);
    return;
  }
  SubmitProbe(id, page_like);
}

void CrawlRun::SubmitPage(uint32_t id, int depth) {
  target_info_[id].state = TargetState::kFetching;
  ++pages_in_flight_;
  FetchRequest req;
  req.url = result_.targets[id].url;
  req.max_body_bytes = options_.max_page_bytes;
  req.urgent = true;  // The parse workers wait for pages; they take turns with probes.
  fetcher_->Submit(std::move(req),
                   [this, id, depth](FetchResponse r) { OnPage(id, depth, std::move(r)); });
}

// Pages are probed with a short GET because a HEAD cannot reveal a soft 404;
// everything else with HEAD, falling back to GET when HEAD is refused or
// fails in a way GET might not (servers that mishandle HEAD are common).
void CrawlRun::SubmitProbe(uint32_t id, bool use_get) {
  target_info_[id].state = TargetState::kFetching;
  result_.stats.links_probed++;
  FetchRequest req;
  req.url = result_.targets[id].url;
  req.method = use_get ? FetchRequest::Method::kGet : FetchRequest::Method::kHead;
  req.max_body_bytes = options_.probe_body_bytes;
  fetcher_->Submit(std::move(req),
                   [this, id, use_get](FetchResponse r) { OnProbe(id, !use_get, std::move(r)); });
}

void CrawlRun::SubmitAttachment(uint32_t id) {
  target_info_[id].state = TargetState::kFetching;
  FetchRequest req;
  req.url = result_.targets[id].url;
  req.max_body_bytes = options_.max_attachment_bytes;
  fetcher_->Submit(std::move(req), [this, id](FetchResponse r) {
    Record(id, r);
    target_info_[id].state = TargetState::kDone;
    if (!r.ok() || r.status >= 400) return;
    PostAttachment(id, std::move(r));
  });
}

void CrawlRun::PostAttachment(uint32_t id, FetchResponse response) {
  result_.stats.attachments++;
  ParseJob job;
  job.attachment = true;
  job.target = id;
  job.url = std::move(response.final_url);
  job.content_type = response.Header("content-type");
  job.body = std::move(response.body);
  PostParse(std::move(job));
}

void CrawlRun::SubmitResource(const std::string& url, bool stylesheet) {
  auto [it, inserted] = resources_.try_emplace(url);
  if (!inserted) return;
  it->second.stylesheet = stylesheet;
  if (resources_.size() > kMaxResources) {
    it->second.done = true;
    return;
  }
  FetchRequest req;
  req.url = url;
  req.max_body_bytes = kMaxResourceBytes;
  req.urgent = true;  // Pages wait for their style sheets and scripts.
  fetcher_->Submit(std::move(req), [this, url, stylesheet](FetchResponse r) {
    bool created = false;
    uint32_t id =
        TargetFor(url, stylesheet ? TargetType::kStylesheet : TargetType::kScript, &created);
    Record(id, r);
    target_info_[id].state = TargetState::kDone;
    std::vector<Link> css_links;
    if (r.ok() && r.status < 400) {
      std::string text = DecodeToUtf8(r.body, r.Header("content-type"), false).utf8;
      if (stylesheet) css_links = StyleSheetLinks(text, url);
      auto& current = stylesheet ? stylesheets_ : scripts_;
      auto copy = std::make_shared<ResourceMap>(*current);
      (*copy)[url] = std::move(text);
      current = std::move(copy);
    }
    Resource& res = resources_[url];
    res.done = true;
    // The sheet's url() targets (background images, fonts) once per sheet,
    // linked from the first page that uses the sheet.
    if (!res.waiting.empty()) {
      const uint32_t from = waiting_pages_[res.waiting.front()].job.page;
      const int depth = waiting_pages_[res.waiting.front()].job.depth + 1;
      for (const Link& link : css_links) {
        Result<Url> u = Url::Parse(link.url);
        if (!u.ok() || (u->scheme() != "http" && u->scheme() != "https")) continue;
        bool new_target = false;
        const uint32_t target =
            TargetFor(link.url, ClassifyTarget(link, u->Extension()), &new_target);
        result_.edges->Append({from, target});
        Schedule(target, depth, false);
      }
    }
    for (uint32_t w : res.waiting) {
      WaitingPage& page = waiting_pages_[w];
      if (--page.missing == 0) {
        page.job.stylesheets = stylesheets_;
        page.job.scripts = scripts_;
        PostParse(std::move(page.job));
      }
    }
    res.waiting.clear();
  });
}

void CrawlRun::Record(uint32_t id, const FetchResponse& r) {
  LinkStatus& s = result_.targets[id].status;
  s.http_status = r.status;
  s.error = r.error;
  s.error_message = r.error_message;
  // Most targets do not redirect; a crawl keeps ~10^5 of them.
  if (r.final_url != result_.targets[id].url) s.final_url = r.final_url;
  result_.stats.bytes += static_cast<long long>(r.body.size());
  if (!r.ok() || r.status >= 400) result_.stats.errors++;
}

void CrawlRun::OnProbe(uint32_t id, bool was_head, FetchResponse r) {
  const bool refused_head =
      was_head && ((r.ok() && r.status >= 400) || r.error == FetchError::kConnectionReset ||
                   r.error == FetchError::kOther);
  if (refused_head) {
    FetchRequest req;
    req.url = result_.targets[id].url;
    req.max_body_bytes = options_.probe_body_bytes;
    fetcher_->Submit(std::move(req),
                     [this, id](FetchResponse g) { OnProbe(id, false, std::move(g)); });
    return;
  }
  Record(id, r);
  target_info_[id].state = TargetState::kDone;
  LinkTarget& target = result_.targets[id];
  if (!was_head && r.ok() && r.status < 300 && IsHtmlContentType(r.Header("content-type")) &&
      (target.type == TargetType::kPage || target.type == TargetType::kFrame)) {
    // A probed page is parsed only far enough to recognise a soft 404.
    std::string utf8 = DecodeToUtf8(r.body, r.Header("content-type"), true).utf8;
    HtmlOptions light;
    light.compute_visibility = false;
    light.script_links = false;
    Document doc = ParseHtml(utf8, r.final_url, light);
    target.status.soft_404 = LooksLikeSoft404(doc.title, doc.VisibleText());
  }
}

void CrawlRun::OnPage(uint32_t id, int depth, FetchResponse r) {
  Record(id, r);
  target_info_[id].state = TargetState::kDone;
  --pages_in_flight_;
  const bool is_start = result_.pages.empty() && id == 0;
  if (is_start) {
    result_.home_status = result_.targets[id].status;
    result_.home_url = r.final_url;
    result_.reachable = r.ok() && r.status < 400;
    if (!result_.reachable) return;
    // The site is wherever the start URL leads (http://x.gov.cn → https://www.x.gov.cn).
    Result<Url> final_url = Url::Parse(r.final_url);
    if (final_url.ok()) scope_.AddSite(*final_url);
    result_.targets[id].external = false;
  }
  if (!r.ok() || r.status >= 300) return;
  Result<Url> final_url = Url::Parse(r.final_url);
  if (!final_url.ok() || !InScope(*final_url)) return;  // Redirected off-site: not ours to parse.
  std::string content_type = r.Header("content-type");
  if (!content_type.empty() && !IsHtmlContentType(content_type)) {
    // An attachment behind a page-looking URL (download.jsp?id=…).
    if (options_.check_attachments && reader_ && !StartsWithIgnoreCase(content_type, "image/") &&
        !StartsWithIgnoreCase(content_type, "text/css") &&
        !ContainsIgnoreCase(content_type, "javascript")) {
      PostAttachment(id, std::move(r));
    }
    return;
  }
  if (!crawled_final_.insert(HashUrl(NormalizeUrl(*final_url, options_.normalize))).second) return;
  CrawledPage page;
  page.url = r.final_url;
  page.depth = depth;
  page.http_status = r.status;
  result_.pages.push_back(std::move(page));
  result_.site_pages.resize(result_.site_pages.size() + 1);
  result_.stats.pages_fetched++;
  ParseJob job;
  job.page = static_cast<uint32_t>(result_.pages.size() - 1);
  job.target = id;
  job.depth = depth;
  job.url = r.final_url;
  job.content_type = std::move(content_type);
  job.body = std::move(r.body);
  job.stylesheets = stylesheets_;
  job.scripts = scripts_;
  ++pages_in_flight_;
  PostParse(std::move(job));
}

void CrawlRun::PostParse(ParseJob job) {
  ++parse_in_flight_;
  auto shared = std::make_shared<ParseJob>(std::move(job));
  pool_->Post([this, shared] {
    ParseOutcome outcome = ParseOnWorker(*shared);
    {
      std::lock_guard<std::mutex> lock(results_mu_);
      results_.push_back(std::move(outcome));
    }
    results_cv_.notify_one();
    fetcher_->Wakeup();
  });
}

ParseOutcome CrawlRun::ParseOnWorker(const ParseJob& job) const {
  ParseOutcome out;
  out.page = job.page;
  out.target = job.target;
  out.depth = job.depth;
  out.attachment = job.attachment;
  PageContext context = context_;
  if (job.attachment) {
    AttachmentContent content = reader_(job.body, job.url);
    for (Finding& f : content.problems) out.findings.push_back(std::move(f));
    if (content.document) {
      for (const auto& check : checks_) check->Inspect(*content.document, context, &out.findings);
    }
    return out;
  }
  std::string utf8 = job.reparse ? job.body : DecodeToUtf8(job.body, job.content_type, true).utf8;
  HtmlOptions html_options;
  html_options.stylesheet_cache = &stylesheet_cache_;
  html_options.script_cache = &script_cache_;
  html_options.stylesheets = job.stylesheets.get();
  html_options.scripts = job.scripts.get();
  Document doc = ParseHtml(utf8, job.url, html_options);
  if (!job.reparse) {
    for (const std::string& css : doc.stylesheets) {
      if (!job.stylesheets->count(css)) out.missing_stylesheets.push_back(css);
    }
    for (const Link& link : doc.links) {
      if (link.tag == "script" && link.origin == LinkOrigin::kAttribute &&
          !job.scripts->count(link.url)) {
        Result<Url> u = Url::Parse(link.url);
        if (u.ok() && InScope(*u)) out.missing_scripts.push_back(link.url);
      }
    }
    if (!out.missing_stylesheets.empty() || !out.missing_scripts.empty()) {
      out.utf8 = std::move(utf8);
      return out;  // Parsed again once the resources are here.
    }
  }
  out.title = doc.title;
  out.soft_404 = LooksLikeSoft404(doc.title, doc.VisibleText());
  context.is_home = job.page == 0;
  for (const auto& check : checks_) check->Inspect(doc, context, &out.findings);
  if (observer_) observer_(doc, context.is_home);
  SummarizeOptions summarize;
  summarize.keep_navigation = job.page == 0;
  out.site_page = SummarizePage(doc, summarize);
  out.links.reserve(doc.links.size());
  for (const Link& link : doc.links) {
    Result<Url> u = Url::Parse(link.url);
    if (!u.ok()) continue;
    if (u->scheme() != "http" && u->scheme() != "https") continue;
    out.links.push_back({link.url, ClassifyTarget(link, u->Extension()),
                         link.origin != LinkOrigin::kCssUrl,
                         HashUrl(NormalizeUrl(*u, options_.normalize)), !InScope(*u)});
  }
  return out;
}

void CrawlRun::HandleOutcome(ParseOutcome outcome) {
  --parse_in_flight_;
  for (Finding& f : outcome.findings) result_.findings.push_back(std::move(f));
  if (outcome.attachment) return;
  if (!outcome.missing_stylesheets.empty() || !outcome.missing_scripts.empty()) {
    WaitingPage waiting;
    waiting.job.page = outcome.page;
    waiting.job.target = outcome.target;
    waiting.job.depth = outcome.depth;
    waiting.job.reparse = true;
    waiting.job.url = result_.pages[outcome.page].url;
    waiting.job.body = std::move(outcome.utf8);
    const uint32_t index = static_cast<uint32_t>(waiting_pages_.size());
    waiting_pages_.push_back(std::move(waiting));
    auto wait_for = [&](const std::string& url, bool stylesheet) {
      SubmitResource(url, stylesheet);
      Resource& res = resources_[url];
      if (!res.done) {
        res.waiting.push_back(index);
        waiting_pages_[index].missing++;
      }
    };
    for (const std::string& css : outcome.missing_stylesheets) wait_for(css, true);
    for (const std::string& js : outcome.missing_scripts) wait_for(js, false);
    WaitingPage& page = waiting_pages_[index];
    if (page.missing == 0) {
      page.job.stylesheets = stylesheets_;
      page.job.scripts = scripts_;
      PostParse(std::move(page.job));
    }
    return;
  }
  --pages_in_flight_;
  CrawledPage& page = result_.pages[outcome.page];
  page.title = outcome.title;
  result_.site_pages.Set(outcome.page, outcome.site_page);
  if (outcome.soft_404) result_.targets[outcome.target].status.soft_404 = true;
  // Edges: each distinct target once per page.
  std::unordered_set<uint32_t> seen;
  for (const FoundLink& link : outcome.links) {
    bool created = false;
    uint32_t id = TargetFor(link, &created);
    if (id == outcome.target) continue;  // Self-links are not findings.
    if (!seen.insert(id).second) continue;
    result_.edges->Append({outcome.page, id});
    Schedule(id, outcome.depth + 1, link.crawlable);
  }
}

void CrawlRun::Pump() {
  std::deque<ParseOutcome> ready;
  {
    std::lock_guard<std::mutex> lock(results_mu_);
    ready.swap(results_);
  }
  for (ParseOutcome& o : ready) HandleOutcome(std::move(o));
  while (!frontier_.empty() && pages_in_flight_ < options_.max_pages_in_flight) {
    auto [id, depth] = frontier_.front();
    frontier_.pop_front();
    SubmitPage(id, depth);
  }
  Progress(false);
}

void CrawlRun::Progress(bool force) {
  auto now = SteadyClock::now();
  result_.stats.pages_queued = static_cast<int>(frontier_.size());
  result_.stats.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(now - started_);
  if (!progress_) return;
  if (!force && now - last_progress_ < std::chrono::milliseconds(200)) return;
  last_progress_ = now;
  progress_(result_.stats);
}

CrawlResult CrawlRun::Run(std::string_view start_url) {
  started_ = SteadyClock::now();
  result_.start_url = std::string(start_url);
  result_.edges = std::make_unique<EdgeSpool>();
  Result<Url> start = Url::Parse(start_url);
  if (!start.ok()) {
    result_.home_status.error = FetchError::kBadUrl;
    result_.home_status.error_message = std::string(start.status().message());
    return std::move(result_);
  }
  scope_ = CrawlScope(options_.extra_hosts, options_.extra_prefixes);
  scope_.AddSite(*start);
  int threads = options_.parse_threads > 0
                    ? options_.parse_threads
                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  pool_ = std::make_unique<WorkerPool>(threads);
  fetcher_->set_hook([this] { Pump(); });

  if (options_.respect_robots) {
    FetchRequest req;
    req.url = start->Origin() + "/robots.txt";
    req.max_body_bytes = 512 << 10;
    FetchResponse r = fetcher_->FetchNow(std::move(req));
    if (r.ok() && r.status == 200) {
      robots_[HashUrl(start->Origin())] = Robots::Parse(
          DecodeToUtf8(r.body, r.Header("content-type"), false).utf8, options_.robots_agent);
    }
  }

  bool created = false;
  uint32_t home = TargetFor(start->spec(), TargetType::kPage, &created);
  target_info_[home].crawl = true;
  ++pages_planned_;
  SubmitPage(home, 0);
  while (true) {
    fetcher_->Run();
    Pump();
    if (fetcher_->pending() > 0) continue;
    if (parse_in_flight_ == 0 && frontier_.empty()) break;
    std::unique_lock<std::mutex> lock(results_mu_);
    results_cv_.wait_for(lock, std::chrono::milliseconds(20), [this] { return !results_.empty(); });
  }
  fetcher_->set_hook(nullptr);
  pool_.reset();
  // Pages that waited for resources that never came are parsed as they are
  // (cannot happen unless a resource fetch was dropped; kept for safety).
  Progress(true);
  return std::move(result_);
}

Crawler::Crawler(Fetcher* fetcher, CrawlOptions options,
                 std::span<const std::unique_ptr<PageCheck>> checks, PageContext context)
    : fetcher_(fetcher),
      options_(std::move(options)),
      checks_(checks),
      context_(std::move(context)) {}

CrawlResult Crawler::Crawl(std::string_view start_url) {
  CrawlRun run(fetcher_, options_, checks_, context_, attachment_reader_, observer_, progress_);
  return run.Run(start_url);
}

}  // namespace govmon
