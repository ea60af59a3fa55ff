#include "check/typo_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/serious_error_check.h"
#include "check/site_snapshot.h"
#include "html/html_parser.h"
#include "text/data_lines.h"
#include "text/dictionary.h"
#include "text/opencc.h"
#include "text/typo_testing.h"

namespace govmon {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::SizeIs;

TypoOptions SmallOptions() {
  TypoOptions o;
  o.resources = SmallTypoResourcesForTesting();
  return o;
}

std::vector<Finding> Inspect(const TypoCheck& check, std::string_view html,
                             std::string site = "http://www.example.gov.cn/") {
  Document doc = ParseHtml(html, "http://www.example.gov.cn/a.html");
  PageContext context;
  context.site = std::move(site);
  std::vector<Finding> out;
  check.Inspect(doc, context, &out);
  return out;
}

TEST(TypoCheckTest, ReportsKnownMisspellingWithSuggestionAndContext) {
  TypoCheck check(SmallOptions());
  auto findings = Inspect(check, "<p>我们再接再励，加快推进工作。</p>");
  ASSERT_THAT(findings, SizeIs(1));
  const Finding& f = findings[0];
  EXPECT_EQ(f.check, "typo");
  EXPECT_EQ(f.kind, "known_misspelling");
  EXPECT_EQ(f.evidence, "再接再励");
  EXPECT_EQ(f.suggestion, "再接再厉");
  EXPECT_EQ(f.context, "我们再接再励，加快推进工作。");
  EXPECT_EQ(f.url, "http://www.example.gov.cn/a.html");
  EXPECT_EQ(f.severity, Severity::kError);
  ASSERT_TRUE(f.confidence.has_value());
  EXPECT_GT(*f.confidence, 0.9);
}

TEST(TypoCheckTest, HiddenTableCellsAreNotProofread) {
  TypoCheck check(SmallOptions());
  EXPECT_THAT(Inspect(check,
                      "<table style=\"display:none\"><tr><td>我们再接再励，加快推进工作。</td></tr>"
                      "</table>"),
              IsEmpty());
  EXPECT_THAT(Inspect(check, "<table><tr><td>我们再接再励，加快推进工作。</td></tr></table>"),
              SizeIs(1));
}

TEST(TypoCheckTest, ChecksTextInsideTitleMarks) {
  TypoCheck check(SmallOptions());
  auto findings = Inspect(check, "<p>印发《加快推进社会主义现歹化建设》的通知</p>");
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].kind, "statistical");
  EXPECT_EQ(findings[0].evidence, "歹");
  EXPECT_EQ(findings[0].suggestion, "代");
}

TEST(TypoCheckTest, TermThePageUsesTwiceIsNoTypo) {
  TypoCheck check(SmallOptions());
  // 现歹 once is a typo; in two paragraphs, in two surroundings, it is a
  // term the models lack. The same heading shown twice counts once.
  EXPECT_THAT(Inspect(check, "<p>加快推进社会主义现歹化建设</p><p>坚持现歹化。</p>"), IsEmpty());
  EXPECT_THAT(Inspect(check,
                      "<title>加快推进社会主义现歹化建设</title>"
                      "<h1>加快推进社会主义现歹化建设</h1>"),
              SizeIs(1));
}

TEST(TypoCheckTest, ContextIsAnExcerptMarkedWhereCut) {
  TypoCheck check(SmallOptions());
  auto findings = Inspect(check,
                          "<p>一二三四五六七八九十一二三四五六七八九十我们再接再励，"
                          "加快推进工作一二三四五六七八九十。</p>");
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].context,
            "…八九十一二三四五六七八九十我们再接再励，加快推进工作一二三四五六七八…");
}

TEST(TypoCheckTest, ComparesTitlesCitedTwice) {
  TypoCheck check(SmallOptions());
  auto findings = Inspect(check,
                          "<p>关于印发《关于印发管理办法的通知》</p>"
                          "<p>根据《关于印发关理办法的通知》要求</p>");
  std::vector<std::string> kinds;
  for (const Finding& f : findings) kinds.push_back(f.kind + ":" + f.evidence);
  // The statistical layer sees 关理 as well; the comparison names the title.
  EXPECT_THAT(kinds, Contains("title_mismatch:《关于印发关理办法的通知》"));
}

TEST(TypoCheckTest, IgnoreRulesBySiteTermAndContext) {
  TypoOptions options = SmallOptions();
  ASSERT_TRUE(ParseAllowlist("http://www.example.gov.cn/\t再接再励\t我们再接再励\n", "ignore.tsv",
                             &options.ignore)
                  .ok());
  TypoCheck check(options);
  EXPECT_THAT(Inspect(check, "<p>我们再接再励。</p>"), IsEmpty());
  // Another context, or another site, is still reported.
  EXPECT_THAT(Inspect(check, "<p>他们再接再励。</p>"), SizeIs(1));
  EXPECT_THAT(Inspect(check, "<p>我们再接再励。</p>", "http://other.gov.cn/"), SizeIs(1));
}

TEST(TypoCheckTest, HostMatchesSiteRule) {
  EXPECT_TRUE(IgnoredByRules({{"www.example.gov.cn", "甲", "", ""}}, "http://www.example.gov.cn/",
                             "甲", "甲", 0));
  EXPECT_FALSE(
      IgnoredByRules({{"www.example.gov.cn", "甲", "", ""}}, "http://b.gov.cn/", "甲", "甲", 0));
}

TEST(TypoCheckTest, MissingDataDegradesQuietlyToNoFindings) {
  TypoOptions options;
  options.resources = std::make_shared<TypoResources>();  // Nothing loaded.
  TypoCheck check(options);
  EXPECT_THAT(Inspect(check, "<p>我们再接再励。</p>"), IsEmpty());
}

TEST(TypoTitleCheckTest, ComparesPageTitlesAcrossTheSite) {
  TypoTitleCheck check(SmallOptions());
  SiteSnapshot site;
  site.site = "http://x.gov.cn/";
  site.pages = {{"http://x.gov.cn/1.html", 1, 200, "关于印发管理办法的通知"},
                {"http://x.gov.cn/2.html", 1, 200, "关于印发关理办法的通知"},
                {"http://x.gov.cn/3.html", 1, 200, "关于印发管理办法的通知"},
                {"http://x.gov.cn/4.html", 1, 200, "我们推进工作的通知"}};
  FindingStore store;
  check.Inspect(site, &store);
  const std::vector<Finding> out = store.ToVector();
  ASSERT_THAT(out, SizeIs(1));
  EXPECT_EQ(out[0].url, "http://x.gov.cn/2.html");
  EXPECT_EQ(out[0].kind, "title_mismatch");
  EXPECT_EQ(out[0].suggestion, "关于印发管理办法的通知");
}

SeriousErrorOptions SmallSeriousOptions() {
  static auto resources = SmallTypoResourcesForTesting();
  std::vector<WrongFormEntry> wrong;
  std::vector<LeaderEntry> leaders;
  std::vector<SupersededEntry> superseded;
  EXPECT_TRUE(ParseWrongForms("扫黑险恶\t扫黑除恶\tformulation\n", "w", &wrong).ok());
  EXPECT_TRUE(ParseSuperseded("国土资源局\t自然资源局\t2019-04-01\n", "s", &superseded).ok());
  SeriousErrorOptions o;
  o.knowledge = std::move(*SeriousErrorKnowledge::Build(
      wrong, leaders, superseded, resources->confusions.get(), resources->words.get()));
  return o;
}

TEST(TypoCheckTest, LeavesTyposInsideSeriousErrorsToThatCheck) {
  static auto resources = SmallTypoResourcesForTesting();
  std::vector<WrongFormEntry> wrong;
  ASSERT_TRUE(ParseWrongForms("现歹化\t现代化\tformulation\n", "w", &wrong).ok());
  TypoOptions options = SmallOptions();
  const std::string html = "<p>加快推进社会主义现歹化建设</p>";
  EXPECT_THAT(Inspect(TypoCheck(options), html), SizeIs(1));
  options.serious_errors = std::move(*SeriousErrorKnowledge::Build(
      wrong, {}, {}, resources->confusions.get(), resources->words.get()));
  EXPECT_THAT(Inspect(TypoCheck(options), html), IsEmpty());
}

TEST(SeriousErrorCheckTest, VetoForCorruptedFormulation) {
  SeriousErrorCheck check(SmallSeriousOptions());
  Document doc = ParseHtml("<p>深入开展扫黑险恶专项斗争</p>", "http://x.gov.cn/a.html");
  std::vector<Finding> out;
  check.Inspect(doc, {}, &out);
  ASSERT_THAT(out, SizeIs(1));
  EXPECT_EQ(out[0].check, "serious_error");
  EXPECT_EQ(out[0].severity, Severity::kVeto);
  EXPECT_EQ(out[0].kind, "formulation");
  EXPECT_EQ(out[0].suggestion, "扫黑除恶");
}

TEST(SeriousErrorCheckTest, SupersededNameUsesPublicationDate) {
  SeriousErrorCheck check(SmallSeriousOptions());
  const char* kPage =
      "<html><head><meta name=\"PubDate\" content=\"%s\"></head>"
      "<body><p>市国土资源局发布通知</p></body></html>";
  char html[256];
  std::snprintf(html, sizeof html, kPage, "2021-06-01 10:00");
  std::vector<Finding> out;
  check.Inspect(ParseHtml(html, "http://x.gov.cn/a.html"), {}, &out);
  ASSERT_THAT(out, SizeIs(1));
  EXPECT_EQ(out[0].kind, "superseded_name");
  EXPECT_EQ(out[0].severity, Severity::kError);
  out.clear();
  std::snprintf(html, sizeof html, kPage, "2017-06-01 10:00");
  check.Inspect(ParseHtml(html, "http://x.gov.cn/a.html"), {}, &out);
  EXPECT_THAT(out, IsEmpty());
}

TEST(SeriousErrorCheckTest, ProofreadingJudgesByAsOfDate) {
  SeriousErrorCheck check(SmallSeriousOptions());
  Document doc = ParseHtml("<p>市国土资源局发布通知</p>", "draft.docx");
  PageContext context;
  context.proofreading = true;
  context.as_of = Date(2024, 1, 1);
  std::vector<Finding> out;
  check.Inspect(doc, context, &out);
  EXPECT_THAT(out, SizeIs(1));
}

// Superseded institution names belong to serious_error, which judges them by
// publication date; the sensitive-word dictionary, which cannot, must not
// flag them too.
TEST(SeriousErrorCheckTest, OwnsSupersededNamesAlone) {
  auto files = TermDictionary::ListDirectory(GOVMON_SOURCE_DIR "/data/dict");
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  auto t2s = LoadTraditionalToSimplified();
  ASSERT_TRUE(t2s.ok());
  auto dict = TermDictionary::Load(*files, *t2s);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  const std::string path = GOVMON_SOURCE_DIR "/data/kb/superseded.tsv";
  auto kb = ReadTextFile(path);
  ASSERT_TRUE(kb.ok());
  std::vector<SupersededEntry> superseded;
  ASSERT_TRUE(ParseSuperseded(*kb, path, &superseded).ok());
  ASSERT_GT(superseded.size(), 40u);
  for (const SupersededEntry& e : superseded) {
    std::vector<TermDictionary::Hit> hits;
    (*dict)->Find("今天" + e.old_name + "发布通知", "http://x.gov.cn/", &hits);
    EXPECT_THAT(hits, IsEmpty()) << e.old_name;
  }
}

}  // namespace
}  // namespace govmon
