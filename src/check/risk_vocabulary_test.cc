#include "check/risk_vocabulary.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;

RiskVocabulary Small() {
  Result<RiskVocabulary> v = RiskVocabulary::Parse(
      "# comment\n"
      "澳门新葡京\tgambling\tstrong\n"
      "新葡京\tgambling\tstrong\n"
      "百家乐\tgambling\tstrong\n"
      "六合彩\tgambling\tweak\n"
      "赌博\tgambling\tweak\n"
      "约炮\tporn\tstrong\n"
      "xpj\tgambling\tstrong\n"
      "sex\tporn\tweak\n"
      "代开发票\tillegal_service\tstrong\n"
      "打击\tcounter\n",
      "test.txt");
  EXPECT_TRUE(v.ok()) << v.status().ToString();
  return std::move(v).value();
}

TEST(RiskVocabularyTest, NormalizeFoldsWidthCaseAndSeparators) {
  EXPECT_EQ(NormalizeForRisk("澳 门-新.葡　京"), "澳门新葡京");
  EXPECT_EQ(NormalizeForRisk("ＸＰＪ８８８"), "xpj888");
  EXPECT_EQ(NormalizeForRisk("百\u200b家·乐"), "百家乐");
}

TEST(RiskVocabularyTest, ShortTextMatchesDespiteSpacingTricks) {
  RiskVocabulary v = Small();
  RiskAssessment a = v.AssessShortText("澳 门 新 葡 京 官方网站");
  EXPECT_TRUE(a.risky);
  // The longer term wins over the shorter one inside it.
  EXPECT_THAT(a.hits, ElementsAre(Field(&RiskHit::term, "澳门新葡京")));
  EXPECT_EQ(a.Summary(), "gambling: 澳门新葡京");
}

TEST(RiskVocabularyTest, CounterContextSilencesShortText) {
  RiskVocabulary v = Small();
  EXPECT_FALSE(v.AssessShortText("我市严厉打击六合彩赌博活动").risky);
  EXPECT_TRUE(v.AssessShortText("六合彩开奖").risky);
  EXPECT_FALSE(v.AssessShortText("关于开展政务公开工作的通知").risky);
}

TEST(RiskVocabularyTest, AsciiTermsMatchWordStartsInUrls) {
  RiskVocabulary v = Small();
  EXPECT_TRUE(v.AssessUrl("http://www.xpj8888.com/").risky);
  EXPECT_FALSE(v.AssessUrl("http://www.expj.org/").risky);
  // Weak ASCII terms only as whole words.
  EXPECT_TRUE(v.AssessUrl("http://sex.example.com/").risky);
  EXPECT_FALSE(v.AssessUrl("http://www.sussex.ac.uk/sexton").risky);
  // Chinese words in percent-encoded paths.
  EXPECT_TRUE(v.AssessUrl("http://a.example.com/%E7%BA%A6%E7%82%AE.html").risky);
  // The counter word in a URL does not excuse it.
  EXPECT_TRUE(v.AssessUrl("http://dajiji.example.com/打击/百家乐").risky);
}

TEST(RiskVocabularyTest, PageNeedsStrongEvidence) {
  RiskVocabulary v = Small();
  EXPECT_TRUE(v.AssessPage("欢迎来到澳门新葡京，百家乐在线").risky);
  EXPECT_TRUE(v.AssessPage("百家乐 百家乐 百家乐").risky);
  EXPECT_FALSE(v.AssessPage("百家乐").risky);
  EXPECT_FALSE(v.AssessPage("六合彩 赌博").risky);
  // Crackdown news names platforms; it takes many strong terms to outweigh it.
  EXPECT_FALSE(v.AssessPage("警方打击澳门新葡京、百家乐等网络赌博平台").risky);
}

TEST(RiskVocabularyTest, ParseErrorsNameFileAndLine) {
  EXPECT_EQ(
      RiskVocabulary::Parse("a\tgambling\tstrong\nb\tcards\tstrong\n", "x.txt").status().ToString(),
      "invalid argument: x.txt:2: unknown category 'cards'");
  EXPECT_EQ(RiskVocabulary::Parse("a\tgambling\n", "x.txt").status().message(),
            "x.txt:1: expected 'term<TAB>category<TAB>strength', got 2 field(s)");
  EXPECT_EQ(RiskVocabulary::Parse("a\tporn\tmild\n", "x.txt").status().message(),
            "x.txt:1: strength must be 'strong' or 'weak', not 'mild'");
  EXPECT_EQ(RiskVocabulary::Parse("--\tporn\tweak\n", "x.txt").status().message(),
            "x.txt:1: term '--' has no letters");
}

TEST(RiskVocabularyTest, MergeAddsLocalTerms) {
  RiskVocabulary v = Small();
  size_t before = v.size();
  Result<RiskVocabulary> local = RiskVocabulary::Parse("某某娱乐\tgambling\tstrong\n", "local.txt");
  ASSERT_TRUE(local.ok());
  v.Merge(*local);
  v.Merge(*local);
  EXPECT_EQ(v.size(), before + 1);
  EXPECT_TRUE(v.AssessShortText("某某娱乐").risky);
}

TEST(RiskVocabularyTest, BuiltInVocabularyIsTheDataFile) {
  std::ifstream in(GOVMON_SOURCE_DIR "/data/vocabulary/risk_terms.txt");
  ASSERT_TRUE(in) << "data/vocabulary/risk_terms.txt missing";
  std::stringstream text;
  text << in.rdbuf();
  Result<RiskVocabulary> parsed = RiskVocabulary::Parse(text.str(), "risk_terms.txt");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_GT(parsed->size(), 200u);
  EXPECT_EQ(RiskVocabulary::Default()->size(), parsed->size());
  const RiskVocabulary& v = *RiskVocabulary::Default();
  for (const char* spam :
       {"澳门新葡京", "北京赛车pk10", "代开发票", "东京热", "蜘蛛池", "真人娱乐"}) {
    EXPECT_TRUE(v.AssessShortText(spam).risky) << spam;
  }
  for (const char* ordinary :
       {"政务公开", "菠菜种植技术", "快三年了", "办证指南", "加装外挂电梯", "体育彩票公益金",
        "上门服务", "申博成功经验分享", "都昌县人民政府"}) {
    EXPECT_FALSE(v.AssessShortText(ordinary).risky) << ordinary;
  }
  EXPECT_FALSE(v.AssessUrl("http://www.duchang.gov.cn/").risky);
}

// Sixty years of government work reports (the shared language data; absent
// outside the project's CI layout): official prose, crackdown passages
// included, must never read as spam.
TEST(RiskVocabularyTest, GovernmentWorkReportsAreNotSpam) {
  std::ifstream in(GOVMON_SOURCE_DIR "/../shared/data/gov_work_reports_1954-2018.txt");
  if (!in) GTEST_SKIP() << "shared/data/gov_work_reports_1954-2018.txt not beside the source tree";
  const RiskVocabulary& v = *RiskVocabulary::Default();
  std::string line;
  int reports = 0;
  int sentences = 0;
  std::vector<std::string> risky;
  while (std::getline(in, line)) {
    ++reports;
    EXPECT_FALSE(v.AssessPage(line).risky)
        << "report " << reports << ": " << v.AssessPage(line).Summary();
    // Sentences, as anchor texts and titles are short; every other report
    // keeps the test fast under the sanitizers.
    if (reports % 2 == 0) continue;
    size_t start = 0;
    while (start < line.size()) {
      size_t end = line.find("。", start);
      if (end == std::string::npos) end = line.size();
      std::string_view sentence(line.data() + start, end - start);
      ++sentences;
      if (v.AssessShortText(sentence).risky) risky.push_back(std::string(sentence));
      start = end + 3;
    }
  }
  EXPECT_GT(reports, 40);
  EXPECT_GT(sentences, 5000);
  EXPECT_TRUE(risky.empty()) << risky.size() << " sentences read as spam, e.g. " << risky[0];
}

}  // namespace
}  // namespace govmon
