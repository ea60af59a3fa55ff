// CrawlOptions: what one crawl of one site may fetch and how. Filled by
// app/config.cc from the command line and the config file.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "base/url.h"

namespace govmon {

struct CrawlOptions {
  // Pages (in-scope HTML documents) fetched and parsed at most. Links beyond
  // the limit are still probed, so broken links are found everywhere.
  int max_pages = 5000;
  // Pages further than this many links from the start URL are probed, not parsed.
  int max_depth = 8;
  // Bodies are cut beyond this size (a finding's text is still checked).
  size_t max_page_bytes = 5 << 20;
  // Hosts crawled besides the start URL's (and its redirect target's):
  // "www.example.gov.cn", or "*.example.gov.cn" for every subdomain.
  std::vector<std::string> extra_hosts;
  // URL prefixes crawled besides those hosts ("http://other.gov.cn/zwgk/").
  std::vector<std::string> extra_prefixes;
  // Fetch robots.txt and skip what it disallows for our user agent.
  bool respect_robots = false;
  // Probe links that leave the site (HEAD, then GET when HEAD is refused).
  bool probe_external = true;
  // Download the site's own attachments (pdf, doc, xls, zip …) and run the
  // text checks on them.
  bool check_attachments = true;
  size_t max_attachment_bytes = 30 << 20;
  // Threads that parse pages and run page checks (0 = one per core).
  int parse_threads = 0;
  // Pages fetched or waiting to be parsed at once; bounds memory.
  int max_pages_in_flight = 256;
  // How many bytes of a probed page are read to recognise a soft 404.
  size_t probe_body_bytes = 64 << 10;
  UrlNormalizeOptions normalize;
  // The user agent's product token, matched against robots.txt groups.
  std::string robots_agent = "govmon";
};

}  // namespace govmon
