#include "check/interpretation_link_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "check/site_snapshot.h"

namespace govmon {
namespace {

using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

// (kind, url, target) of a finding, the URLs as paths.
using Row = std::tuple<std::string, std::string, std::string>;

SitePage Article(const std::string& path, const std::string& column, const std::string& title) {
  SitePage p;
  p.url = "http://a.gov.cn/" + path;
  p.title = title;
  p.column_name = column;
  p.breadcrumb = {"政务公开", column};
  p.is_article = true;
  p.pub_date = Date(2023, 7, 1);
  return p;
}

SitePage Policy(const std::string& path, const std::string& title) {
  return Article(path, "政策文件", title);
}

SitePage Interpretation(const std::string& path, const std::string& title) {
  return Article(path, "政策解读", title);
}

SiteSnapshot Site(std::vector<SitePage> pages) {
  SiteSnapshot site;
  site.site = site.home_url = "http://a.gov.cn/";
  site.as_of = Date(2023, 7, 20);
  for (const SitePage& p : pages) {
    site.pages.push_back({p.url, 1, 200, p.title});
    site.site_pages.push_back(p);
  }
  return site;
}

std::multiset<Row> Findings(const SiteSnapshot& site,
                            const InterpretationOptions& options = InterpretationOptions()) {
  FindingStore out;
  InterpretationLinkCheck(options).Inspect(site, &out);
  std::multiset<Row> got;
  auto path = [](const std::string& url) {
    return url.empty() ? url : url.substr(std::string("http://a.gov.cn/").size());
  };
  for (const Finding& f : out) {
    EXPECT_EQ(f.check, "missing_interpretation_link");
    got.emplace(f.kind, path(f.url), path(f.target));
  }
  return got;
}

TEST(InterpretationLinkCheckTest, QuotedNamePairsWithAPolicyTitleThatContainsItUnquoted) {
  SiteSnapshot site = Site({Policy("zcwj/1.html", "某市人民政府印发某市优化营商环境若干措施的通知"),
                            Interpretation("zcjd/1.html", "《某市优化营商环境若干措施》政策解读")});
  EXPECT_THAT(Findings(site),
              UnorderedElementsAre(Row("interpretation_to_policy", "zcjd/1.html", "zcwj/1.html"),
                                   Row("policy_to_interpretation", "zcwj/1.html", "zcjd/1.html")));
}

TEST(InterpretationLinkCheckTest, OneNamePairsWithEveryPolicyThatContainsIt) {
  std::vector<SitePage> pages;
  // Forty policies whose titles differ only in a number, and two that both
  // contain the quoted name.
  for (int i = 0; i < 40; ++i) {
    pages.push_back(
        Policy("zcwj/n" + std::to_string(i) + ".html",
               "某县人民政府关于印发《某县2023年第" + std::to_string(i) + "号工作方案》的通知"));
  }
  pages.push_back(Policy("zcwj/a.html", "关于印发《某县乡村振兴实施办法》的通知"));
  pages.push_back(Policy("zcwj/b.html", "某县乡村振兴实施办法（修订）"));
  SitePage interp = Interpretation("zcjd/1.html", "一图读懂《某县乡村振兴实施办法》");
  interp.related_urls = {"http://a.gov.cn/zcwj/a.html"};
  pages.push_back(interp);
  pages.push_back(Interpretation("zcjd/2.html", "《某县2023年第17号工作方案》解读"));
  const auto got = Findings(Site(pages));
  EXPECT_EQ(got.count(Row{"interpretation_to_policy", "zcjd/1.html", "zcwj/a.html"}), 0u);
  EXPECT_EQ(got.count(Row{"interpretation_to_policy", "zcjd/1.html", "zcwj/b.html"}), 1u);
  EXPECT_EQ(got.count(Row{"policy_to_interpretation", "zcwj/a.html", "zcjd/1.html"}), 1u);
  EXPECT_EQ(got.count(Row{"policy_to_interpretation", "zcwj/b.html", "zcjd/1.html"}), 1u);
  EXPECT_EQ(got.count(Row{"interpretation_to_policy", "zcjd/2.html", "zcwj/n17.html"}), 1u);
  EXPECT_EQ(got.count(Row{"policy_to_interpretation", "zcwj/n17.html", "zcjd/2.html"}), 1u);
  // No other numbered policy has an interpretation.
  size_t unpaired = 0;
  for (const Row& row : got) unpaired += std::get<0>(row) == "no_interpretation";
  EXPECT_EQ(unpaired, 39u);
  EXPECT_EQ(got.size(), 39u + 5u);
}

TEST(InterpretationLinkCheckTest, UnquotedTitleCoreOfSixCharactersPairs) {
  SiteSnapshot site = Site({Policy("zcwj/1.html", "某市人民政府关于营商环境若干措施的通知"),
                            Policy("zcwj/2.html", "关于养老服务的通知"),
                            Interpretation("zcjd/1.html", "关于营商环境若干措施的解读"),
                            // Core 养老服务: too short to pair by title.
                            Interpretation("zcjd/2.html", "关于养老服务的解读")});
  EXPECT_THAT(Findings(site),
              UnorderedElementsAre(Row("interpretation_to_policy", "zcjd/1.html", "zcwj/1.html"),
                                   Row("policy_to_interpretation", "zcwj/1.html", "zcjd/1.html"),
                                   Row("no_interpretation", "zcwj/2.html", "")));
}

TEST(InterpretationLinkCheckTest, ALinkEitherWayPairsWhateverTheTitles) {
  SitePage policy = Policy("zcwj/1.html", "关于做好防汛工作的通知");
  policy.related_urls = {"http://a.gov.cn:80/zcjd/1.html#top"};
  SitePage interp = Interpretation("zcjd/1.html", "答记者问");
  SitePage other = Interpretation("zcjd/2.html", "图解");
  other.related_urls = {"http://a.gov.cn/zcwj/1.html"};
  EXPECT_THAT(Findings(Site({policy, interp, other})),
              UnorderedElementsAre(Row("interpretation_to_policy", "zcjd/1.html", "zcwj/1.html"),
                                   Row("policy_to_interpretation", "zcwj/1.html", "zcjd/2.html")));
}

TEST(InterpretationLinkCheckTest, ShortAsciiNamesAndShortTitles) {
  // A quoted name of four ASCII characters is four bytes: the shortest a
  // name can be. Titles shorter than it never contain it.
  SiteSnapshot site =
      Site({Policy("zcwj/1.html", "关于ABCD的通知"), Policy("zcwj/2.html", "ABC"),
            Policy("zcwj/3.html", "abcd"), Interpretation("zcjd/1.html", "《ABCD》解读")});
  InterpretationOptions options;
  options.no_interpretation_within_days = 0;
  EXPECT_THAT(Findings(site, options),
              UnorderedElementsAre(Row("interpretation_to_policy", "zcjd/1.html", "zcwj/1.html"),
                                   Row("policy_to_interpretation", "zcwj/1.html", "zcjd/1.html"),
                                   Row("no_interpretation", "zcwj/2.html", ""),
                                   Row("no_interpretation", "zcwj/3.html", "")));
}

TEST(InterpretationLinkCheckTest, NoPoliciesNoFindings) {
  EXPECT_THAT(
      Findings(Site({Interpretation("zcjd/1.html", "《某市优化营商环境若干措施》政策解读")})),
      IsEmpty());
  EXPECT_THAT(Findings(SiteSnapshot()), IsEmpty());
}

}  // namespace
}  // namespace govmon
