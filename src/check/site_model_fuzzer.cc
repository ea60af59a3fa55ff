// Fuzzes the site model: HTML → Document → SitePage, then the column model
// and the site-model checks over a small site made of that page (as home page
// and as a column page). Input: one flags byte, then HTML. Checks the
// SitePage's invariants: kept lists stay within their caps, item dates are
// plausible, messages have a submission date.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check/assessment.h"
#include "check/column_model.h"
#include "check/empty_column_check.h"
#include "check/home_not_updated_check.h"
#include "check/interpretation_link_check.h"
#include "check/site_model.h"
#include "check/stale_column_check.h"
#include "check/unanswered_message_check.h"
#include "html/html_parser.h"

namespace {

constexpr size_t kMaxInput = 64 * 1024;

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace govmon;
  if (size < 1 || size > kMaxInput) return 0;
  const uint8_t flags = data[0];
  std::string_view html(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string url = (flags & 1) ? "https://www.fuzz.gov.cn/gzdt/index_2.html"
                                      : "http://www.fuzz.gov.cn/list.aspx?cid=3&page=2";
  HtmlOptions html_options;
  html_options.compute_visibility = (flags & 2) != 0;
  Document doc = ParseHtml(html, url, html_options);
  SummarizeOptions options;
  options.keep_navigation = (flags & 4) != 0;
  options.max_items = 1 + (flags >> 4);
  SitePage page = SummarizePage(doc, options);
  Check(page.url == doc.url);
  Check(page.items.size() <= options.max_items);
  Check(page.messages.size() <= options.max_items);
  Check(page.pagination.size() <= 30);
  Check(page.related_urls.size() <= 30);
  Check(page.navigation.size() <= 400);
  Check(options.keep_navigation || page.navigation.empty());
  Check(page.insecure_resources.size() <= 3 &&
        page.insecure_resources.size() <= static_cast<size_t>(page.insecure_resource_count));
  Check(!page.is_list || !page.is_article);
  for (const ListItem& item : page.items) {
    Check(!item.date || (item.date->year() >= 1900 && item.date->year() <= 2100));
  }
  for (const MessageEntry& m : page.messages) Check(m.submitted.has_value());

  SiteSnapshot site;
  site.site = site.home_url = "http://www.fuzz.gov.cn/";
  site.as_of = Date(2023, 7, 20);
  SitePage home = page;
  home.url = site.home_url;
  site.site_pages = {home, page};
  site.pages = {{home.url, 0, 200, home.title}, {page.url, 1, 200, page.title}};
  const SiteOptions site_options;
  ColumnModel model = ColumnModel::Build(site, site_options.columns);
  Check(model.columns().size() <= 1);
  FindingStore findings;
  StaleColumnCheck(site_options.columns).Inspect(site, &findings);
  EmptyColumnCheck(site_options.columns).Inspect(site, &findings);
  HomeNotUpdatedCheck(site_options.home).Inspect(site, &findings);
  InterpretationLinkCheck(site_options.interpretation).Inspect(site, &findings);
  UnansweredMessageCheck(site_options.messages).Inspect(site, &findings);
  SiteAssessment assessment =
      AssessSite(site, findings.All(), site_options.columns, AssessmentOptions());
  Check(assessment.score >= 0 && assessment.score <= 100);
  for (const Finding& f : findings) Check(!f.check.empty() && !f.kind.empty());
  return 0;
}
