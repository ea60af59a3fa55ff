#include "net/probe_fetch.h"

#include <curl/curl.h>

#include <memory>

namespace govmon {
namespace {

struct GlobalInit {
  GlobalInit() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

struct Sink {
  std::string* body;
  size_t max;
};

size_t WriteBody(char* data, size_t size, size_t count, void* user) {
  Sink* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  if (sink->body->size() < sink->max) {
    sink->body->append(data, std::min(n, sink->max - sink->body->size()));
  }
  return n;
}

size_t ReadHeader(char* data, size_t size, size_t count, void* user) {
  const size_t n = size * count;
  std::string line(data, n);
  std::string* location = static_cast<std::string*>(user);
  if (line.size() > 9 &&
      (line.compare(0, 9, "Location:") == 0 || line.compare(0, 9, "location:") == 0)) {
    std::string value = line.substr(9);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.erase(0, 1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
    *location = value;
  }
  return n;
}

}  // namespace

ProbeResponse ProbeFetch(const ProbeRequest& request) {
  static GlobalInit init;
  ProbeResponse response;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) {
    response.error = "curl_easy_init failed";
    return response;
  }
  CURL* h = curl.get();
  char error[CURL_ERROR_SIZE] = {0};
  Sink sink{&response.body, request.max_body};
  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_USERAGENT, request.user_agent.c_str());
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(request.connect_timeout.count()));
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, request.follow_redirects ? 1L : 0L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, WriteBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, ReadHeader);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &response.location);
  const long resolve = request.ip == ProbeRequest::IpVersion::kV4   ? CURL_IPRESOLVE_V4
                       : request.ip == ProbeRequest::IpVersion::kV6 ? CURL_IPRESOLVE_V6
                                                                    : CURL_IPRESOLVE_WHATEVER;
  curl_easy_setopt(h, CURLOPT_IPRESOLVE, resolve);
  if (!request.verify_tls) {
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
  }
  if (request.certificate_info) curl_easy_setopt(h, CURLOPT_CERTINFO, 1L);
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> connect_to(nullptr,
                                                                         curl_slist_free_all);
  for (const std::string& entry : request.connect_to) {
    connect_to.reset(curl_slist_append(connect_to.release(), entry.c_str()));
  }
  if (connect_to) curl_easy_setopt(h, CURLOPT_CONNECT_TO, connect_to.get());

  const CURLcode code = curl_easy_perform(h);
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  response.http_status = static_cast<int>(status);
  char* ip = nullptr;
  if (curl_easy_getinfo(h, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip != nullptr) {
    response.remote_ip = ip;
  }
  if (code != CURLE_OK) {
    response.error = error[0] != '\0' ? error : curl_easy_strerror(code);
    response.tls_verify_failed = code == CURLE_PEER_FAILED_VERIFICATION;
    return response;
  }
  response.ok = true;
  if (request.certificate_info) {
    curl_certinfo* info = nullptr;
    if (curl_easy_getinfo(h, CURLINFO_CERTINFO, &info) == CURLE_OK && info != nullptr &&
        info->num_of_certs > 0) {
      for (curl_slist* item = info->certinfo[0]; item != nullptr; item = item->next) {
        std::string line = item->data;
        const size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        response.certificate.emplace_back(line.substr(0, colon), line.substr(colon + 1));
      }
    }
  }
  return response;
}

}  // namespace govmon
