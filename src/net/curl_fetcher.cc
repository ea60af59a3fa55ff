#include "net/curl_fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <deque>
#include <queue>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/log.h"
#include "base/strings.h"
#include "base/url.h"

namespace govmon {
namespace {

// curl's message without the elapsed time it names ("Failed to connect to
// h port 80 after 3 ms: …", "Operation timed out after 15001 milliseconds
// …"): the time differs on every run, and a finding's text should not.
std::string WithoutElapsedTime(std::string_view message) {
  std::string out;
  size_t at = 0;
  while (at < message.size()) {
    const size_t after = message.find(" after ", at);
    if (after == std::string_view::npos) break;
    size_t end = after + 7;
    const size_t digits = end;
    while (end < message.size() && message[end] >= '0' && message[end] <= '9') ++end;
    std::string_view unit = message.substr(end);
    size_t unit_size = unit.starts_with(" milliseconds") ? 13 : unit.starts_with(" ms") ? 3 : 0;
    if (end == digits || unit_size == 0) {
      out.append(message.substr(at, end - at));
      at = end;
      continue;
    }
    out.append(message.substr(at, after - at));
    at = end + unit_size;
  }
  out.append(message.substr(std::min(at, message.size())));
  return out;
}

using SteadyClock = std::chrono::steady_clock;

struct GlobalCurlInit {
  GlobalCurlInit() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

FetchError MapCurlError(CURLcode code, long os_errno) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      return FetchError::kTimeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return FetchError::kDns;
    case CURLE_COULDNT_CONNECT:
      return os_errno == ETIMEDOUT ? FetchError::kTimeout : FetchError::kConnectionRefused;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return FetchError::kConnectionReset;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
      return FetchError::kTls;
    case CURLE_FILESIZE_EXCEEDED:
      return FetchError::kTooLarge;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
      return FetchError::kBadUrl;
    default:
      return FetchError::kOther;
  }
}

bool IsTransient(const FetchResponse& r) {
  if (r.error == FetchError::kTimeout || r.error == FetchError::kConnectionReset) return true;
  return r.error == FetchError::kNone &&
         (r.status == 429 || r.status == 502 || r.status == 503 || r.status == 504);
}

bool IsRedirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

}  // namespace

struct CurlFetcher::Impl {
  struct Job {
    FetchRequest request;
    Callback done;
    FetchResponse response;
    std::string current_url;
    std::string host_key;
    std::set<std::string> visited;  // Normalised URLs of this redirect chain.
    int retries_left = 0;
    int attempt = 0;
    SteadyClock::time_point started;
    SteadyClock::time_point not_before;
    CURL* easy = nullptr;
    curl_slist* header_list = nullptr;
    char error_buffer[CURL_ERROR_SIZE] = {};
  };
  struct HostState {
    int active = 0;
    SteadyClock::time_point next_start;
    std::deque<Job*> urgent;   // FetchRequest::urgent.
    std::deque<Job*> waiting;  // Everything else, in order.
    bool urgent_turn = true;
    bool HasWaiting() const { return !urgent.empty() || !waiting.empty(); }
    // When both queues wait, they take turns: an urgent request never waits
    // behind more than one other, and the others are not starved (a crawl
    // whose probes all wait for its pages ends in a long tail of probes).
    Job* PopNext() {
      const bool take_urgent = !urgent.empty() && (urgent_turn || waiting.empty());
      urgent_turn = !take_urgent;
      std::deque<Job*>& queue = take_urgent ? urgent : waiting;
      Job* job = queue.front();
      queue.pop_front();
      return job;
    }
  };
  struct Delayed {
    SteadyClock::time_point due;
    Job* job;
    bool operator>(const Delayed& o) const { return due > o.due; }
  };

  FetcherOptions options;
  CURLM* multi = nullptr;
  std::vector<CURL*> idle_handles;
  std::unordered_map<std::string, HostState> hosts;
  std::deque<std::string> hosts_with_waiting;  // Round-robin order; may hold stale keys.
  std::priority_queue<Delayed, std::vector<Delayed>, std::greater<>> delayed;
  int active = 0;
  size_t queued = 0;  // Waiting in host queues or delayed.
  std::function<void()> hook;

  explicit Impl(FetcherOptions o) : options(std::move(o)) {
    static GlobalCurlInit init;
    multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                      static_cast<long>(options.max_concurrency));
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS,
                      static_cast<long>(options.max_per_host));
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
  }

  ~Impl() {
    for (CURL* h : idle_handles) curl_easy_cleanup(h);
    curl_multi_cleanup(multi);
  }

  static size_t OnBody(char* data, size_t size, size_t n, void* user) {
    auto* job = static_cast<Job*>(user);
    size_t bytes = size * n;
    std::string& body = job->response.body;
    size_t room =
        job->request.max_body_bytes > body.size() ? job->request.max_body_bytes - body.size() : 0;
    if (bytes > room) {
      body.append(data, room);
      job->response.truncated = true;
      return 0;  // Aborts the transfer with CURLE_WRITE_ERROR; not a failure.
    }
    body.append(data, bytes);
    return bytes;
  }

  static size_t OnHeader(char* data, size_t size, size_t n, void* user) {
    auto* job = static_cast<Job*>(user);
    std::string_view line(data, size * n);
    if (line.starts_with("HTTP/")) {
      job->response.headers.clear();  // A new response (after 1xx).
    } else {
      size_t colon = line.find(':');
      if (colon != std::string_view::npos) {
        job->response.headers.emplace_back(AsciiLower(TrimAscii(line.substr(0, colon))),
                                           std::string(TrimAscii(line.substr(colon + 1))));
      }
    }
    return size * n;
  }

  static std::string HostKey(std::string_view url) {
    Result<Url> parsed = Url::Parse(url);
    return parsed.ok() ? parsed->scheme() + "://" + parsed->host() + ":" +
                             std::to_string(parsed->EffectivePort())
                       : std::string("?");
  }

  void Enqueue(Job* job) {
    ++queued;
    if (job->not_before > SteadyClock::now()) {
      delayed.push({job->not_before, job});
      return;
    }
    HostState& host = hosts[job->host_key];
    if (!host.HasWaiting()) hosts_with_waiting.push_back(job->host_key);
    (job->request.urgent ? host.urgent : host.waiting).push_back(job);
  }

  void Start(Job* job) {
    CURL* easy;
    if (!idle_handles.empty()) {
      easy = idle_handles.back();
      idle_handles.pop_back();
      curl_easy_reset(easy);
    } else {
      easy = curl_easy_init();
    }
    job->easy = easy;
    job->attempt++;
    job->response.body.clear();
    job->response.headers.clear();
    job->response.truncated = false;
    job->error_buffer[0] = '\0';
    const FetchRequest& req = job->request;
    curl_easy_setopt(easy, CURLOPT_URL, job->current_url.c_str());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, job);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Impl::OnBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, job);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Impl::OnHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, job);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, job->error_buffer);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");  // Every encoding libcurl decodes.
    curl_easy_setopt(easy, CURLOPT_USERAGENT,
                     (req.user_agent.empty() ? options.user_agent : req.user_agent).c_str());
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(options.connect_timeout.count()));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options.total_timeout.count()));
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, options.verify_tls ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, options.verify_tls ? 2L : 0L);
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION,
                     options.http2 ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1);
    // No CURLOPT_PIPEWAIT: on HTTP/1.1 it makes a new request wait for a busy
    // connection to the host instead of opening another, so one slow page
    // would hold up the pages queued behind it.
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    if (req.method == FetchRequest::Method::kHead) curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    if (req.ipv6_only) curl_easy_setopt(easy, CURLOPT_IPRESOLVE, CURL_IPRESOLVE_V6);
    if (job->header_list) {
      curl_slist_free_all(job->header_list);
      job->header_list = nullptr;
    }
    for (const auto& [name, value] : req.headers) {
      job->header_list = curl_slist_append(job->header_list, (name + ": " + value).c_str());
    }
    if (job->header_list) curl_easy_setopt(easy, CURLOPT_HTTPHEADER, job->header_list);
    curl_multi_add_handle(multi, easy);
    ++active;
    hosts[job->host_key].active++;
  }

  void StartEligible() {
    auto now = SteadyClock::now();
    while (!delayed.empty() && delayed.top().due <= now) {
      Job* job = delayed.top().job;
      delayed.pop();
      --queued;
      job->not_before = {};
      Enqueue(job);
    }
    size_t rounds = hosts_with_waiting.size();
    while (rounds-- > 0 && active < options.max_concurrency) {
      std::string key = std::move(hosts_with_waiting.front());
      hosts_with_waiting.pop_front();
      HostState& host = hosts[key];
      while (host.HasWaiting() && host.active < options.max_per_host &&
             active < options.max_concurrency && host.next_start <= now) {
        Job* job = host.PopNext();
        --queued;
        host.next_start = now + options.per_host_delay;
        Start(job);
      }
      if (host.HasWaiting()) hosts_with_waiting.push_back(std::move(key));
    }
  }

  // Decides what a finished transfer means: done, retry, or follow a redirect.
  void Finish(Job* job, CURLcode code) {
    CURL* easy = job->easy;
    long status = 0;
    long os_errno = 0;
    char* primary_ip = nullptr;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &os_errno);
    curl_easy_getinfo(easy, CURLINFO_PRIMARY_IP, &primary_ip);
    if (primary_ip) job->response.primary_ip = primary_ip;
    curl_multi_remove_handle(multi, easy);
    idle_handles.push_back(easy);
    job->easy = nullptr;
    --active;
    hosts[job->host_key].active--;

    FetchResponse& r = job->response;
    r.status = static_cast<int>(status);
    r.error = FetchError::kNone;
    r.error_message.clear();
    if (code != CURLE_OK && !(code == CURLE_WRITE_ERROR && r.truncated)) {
      r.error = MapCurlError(code, os_errno);
      r.error_message =
          WithoutElapsedTime(job->error_buffer[0] ? job->error_buffer : curl_easy_strerror(code));
      if (r.error != FetchError::kTimeout && r.error != FetchError::kConnectionReset) r.status = 0;
    }
    if (r.error == FetchError::kTimeout) r.status = 0;

    if (IsTransient(r) && job->retries_left > 0) {
      job->retries_left--;
      auto backoff = options.retry_backoff * (1 << std::min(job->attempt - 1, 6));
      job->not_before = SteadyClock::now() + backoff;
      Enqueue(job);
      return;
    }

    if (r.error == FetchError::kNone && job->request.follow_redirects && IsRedirect(r.status)) {
      std::string location = r.Header("location");
      if (!location.empty()) {
        Result<Url> base = Url::Parse(job->current_url);
        Result<Url> next = base.ok() ? base->Resolve(location) : base;
        if (!next.ok()) {
          r.error = FetchError::kBadUrl;
          r.error_message = "redirect to an unusable Location: " + location;
        } else {
          r.redirects.push_back(job->current_url);
          std::string key = NormalizeUrl(*next);
          if (job->visited.count(key)) {
            r.error = FetchError::kRedirectLoop;
            r.error_message = "redirect loop back to " + next->spec();
          } else if (static_cast<int>(r.redirects.size()) > options.max_redirects) {
            r.error = FetchError::kTooManyRedirects;
            r.error_message = "more than " + std::to_string(options.max_redirects) + " redirects";
          } else {
            job->visited.insert(key);
            job->current_url = next->spec();
            job->host_key = HostKey(job->current_url);
            job->retries_left =
                job->request.max_retries >= 0 ? job->request.max_retries : options.max_retries;
            Enqueue(job);
            return;
          }
        }
      }
    }
    Complete(job);
  }

  void Complete(Job* job) {
    FetchResponse& r = job->response;
    r.final_url = job->current_url;
    r.attempts = job->attempt;
    r.elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - job->started);
    if (job->header_list) curl_slist_free_all(job->header_list);
    Callback done = std::move(job->done);
    FetchResponse response = std::move(job->response);
    delete job;
    done(std::move(response));
  }

  void Run() {
    while (active > 0 || queued > 0) {
      StartEligible();
      int running = 0;
      curl_multi_perform(multi, &running);
      int msgs = 0;
      while (CURLMsg* msg = curl_multi_info_read(multi, &msgs)) {
        if (msg->msg != CURLMSG_DONE) continue;
        Job* job = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &job);
        Finish(job, msg->data.result);
      }
      if (hook) hook();
      StartEligible();
      if (active == 0 && queued == 0) break;
      // With nothing in flight we wait only for politeness delays, retry
      // backoff or a Wakeup(); poll briefly so those are honoured promptly.
      curl_multi_poll(multi, nullptr, 0, active > 0 ? 100 : 5, nullptr);
    }
    if (hook) hook();
  }
};

CurlFetcher::CurlFetcher(FetcherOptions options)
    : impl_(std::make_unique<Impl>(std::move(options))) {}
CurlFetcher::~CurlFetcher() = default;

void CurlFetcher::Submit(FetchRequest request, Callback done) {
  auto* job = new Impl::Job();
  job->current_url = request.url;
  job->response.url = request.url;
  job->retries_left = request.max_retries >= 0 ? request.max_retries : impl_->options.max_retries;
  job->started = SteadyClock::now();
  Result<Url> parsed = Url::Parse(request.url);
  job->request = std::move(request);
  job->done = std::move(done);
  if (!parsed.ok()) {
    job->response.error = FetchError::kBadUrl;
    job->response.error_message = std::string(parsed.status().message());
    impl_->Complete(job);
    return;
  }
  job->visited.insert(NormalizeUrl(*parsed));
  job->host_key = Impl::HostKey(job->current_url);
  impl_->Enqueue(job);
}

void CurlFetcher::Run() { impl_->Run(); }

size_t CurlFetcher::pending() const { return static_cast<size_t>(impl_->active) + impl_->queued; }

void CurlFetcher::set_hook(std::function<void()> hook) { impl_->hook = std::move(hook); }

void CurlFetcher::Wakeup() { curl_multi_wakeup(impl_->multi); }

}  // namespace govmon
