#include "text/typo_detector.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "text/segmenter.h"
#include "text/typo_testing.h"
#include "text/word_freq.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::shared_ptr<const TypoResources> SmallWorld() { return SmallTypoResourcesForTesting(); }

std::vector<std::string> Describe(const std::vector<TypoHit>& hits) {
  std::vector<std::string> out;
  for (const TypoHit& h : hits) {
    out.push_back(std::string(TypoKindName(h.kind)) + ":" + h.wrong + "→" + h.suggestion);
  }
  return out;
}

std::vector<std::string> Detect(std::string_view text, TypoDetectorOptions options = {}) {
  TypoDetector detector(SmallWorld(), options);
  std::vector<TypoHit> hits;
  detector.Detect(text, &hits);
  return Describe(hits);
}

TEST(SegmenterTest, PicksTheMostProbableWords) {
  auto world = SmallWorld();
  const WordFrequencies* words = world->words.get();
  Segmenter segmenter(words);
  std::string text = "以经济建设为中心";
  std::vector<Token> tokens;
  segmenter.Segment(text, &tokens);
  std::vector<std::string> pieces;
  for (const Token& t : tokens) pieces.push_back(text.substr(t.begin, t.end - t.begin));
  EXPECT_THAT(pieces, ElementsAre("以", "经济", "建设", "为", "中心"));
}

TEST(SegmenterTest, KeepsAsciiRunsTogetherAndCoversEverything) {
  auto world = SmallWorld();
  const WordFrequencies* words = world->words.get();
  Segmenter segmenter(words);
  std::string text = "GB2312标准，x";
  std::vector<Token> tokens;
  segmenter.Segment(text, &tokens);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end), "GB2312");
  EXPECT_EQ(tokens.back().end, text.size());
}

TEST(WordFrequenciesTest, ErrorsNameFileAndLine) {
  auto words = WordFrequencies::Parse({"好 3 a\n坏 x\n"}, {"dict.txt"});
  ASSERT_FALSE(words.ok());
  EXPECT_EQ(words.status().message(), "dict.txt:2: expected 'word frequency [tag]'");
}

TEST(WordFrequenciesTest, KnowsPrefixesAndPairs) {
  auto world = SmallWorld();
  const WordFrequencies* words = world->words.get();
  ASSERT_NE(words->Find("社会主"), nullptr);
  EXPECT_EQ(words->Find("社会主")->freq, 0u);
  EXPECT_EQ(words->Frequency("社会主义"), 20000u);
  EXPECT_TRUE(words->PairInWord(U'主', U'义'));
  EXPECT_FALSE(words->PairInWord(U'义', U'主'));
  // 现代 is the one two-character word that 现 begins and 代 ends.
  EXPECT_EQ(words->FirstOfPairWords(U'现'), 1u);
  EXPECT_EQ(words->LastOfPairWords(U'代'), 1u);
  EXPECT_EQ(words->LastOfPairWords(U'现'), 0u);
}

TEST(TypoDetectorTest, FindsKnownMisspelling) {
  EXPECT_THAT(Detect("我们再接再励。"), ElementsAre("known_misspelling:再接再励→再接再厉"));
}

TEST(TypoDetectorTest, KnownMisspellingMustReadBetterCorrected) {
  // 以经济 is 以/经济, not a misspelt 已经.
  EXPECT_THAT(Detect("坚持以经济建设为中心。"), IsEmpty());
  EXPECT_THAT(Detect("我们以经加快推进工作。"), ElementsAre("known_misspelling:以经→已经"));
}

TEST(TypoDetectorTest, KnownMisspellingExceptPhrase) {
  TypoDetectorOptions known_only;
  known_only.statistical = false;
  EXPECT_THAT(Detect("各自已经", known_only), IsEmpty());
}

TEST(TypoDetectorTest, StatisticalLayerRestoresWord) {
  EXPECT_THAT(Detect("加快推进社会主义现歹化建设"), ElementsAre("statistical:歹→代"));
}

TEST(TypoDetectorTest, CleanTextHasNoFindings) {
  EXPECT_THAT(Detect("加快推进社会主义现代化建设。"), IsEmpty());
}

TEST(TypoDetectorTest, NeverCorrectsPersonalNames) {
  // 张伟 could be "张为" to a model; a surname followed by single
  // characters reads as a name and is left alone.
  EXPECT_THAT(Detect("张伟同志表示"), IsEmpty());
}

TEST(TypoDetectorTest, ParallelConstructionsAreDeliberate) {
  // 现歹 alone is a typo; 现歹现代 repeats the neighbour two places on (the
  // shape of 能减尽减, 减税减费), which a writer chooses on purpose.
  EXPECT_THAT(Detect("加快推进社会主义现歹化建设"), ElementsAre("statistical:歹→代"));
  EXPECT_THAT(Detect("加快推进社会主义现歹现化建设"), IsEmpty());
}

TEST(TypoDetectorTest, TermRepeatedInTheTextIsNoTypo) {
  EXPECT_THAT(Detect("加快推进社会主义现歹化建设，坚持现歹化。"), IsEmpty());
  EXPECT_TRUE(TypoDetector::RepeatedInDocument("推进现歹化", 9, 12, {"推进现歹化", "坚持现歹"}));
  EXPECT_FALSE(TypoDetector::RepeatedInDocument("推进现歹化", 9, 12, {"推进现歹化", "坚持现代"}));
  // The same heading twice (title and <h1>) is one use, not two.
  EXPECT_FALSE(TypoDetector::RepeatedInDocument("推进现歹化", 9, 12, {"推进现歹化", "推进现歹化"}));
}

TEST(TypoDetectorTest, EvidenceThresholdIsAnOption) {
  TypoDetectorOptions strict;
  strict.min_evidence = 100;
  EXPECT_THAT(Detect("加快推进社会主义现歹化建设", strict), IsEmpty());
}

TEST(TypoDetectorTest, StatisticalLayerCanBeSwitchedOff) {
  TypoDetectorOptions options;
  options.statistical = false;
  EXPECT_THAT(Detect("加快推进社会主义现歹化建设", options), IsEmpty());
}

TEST(TypoDetectorTest, UnbalancedBrackets) {
  EXPECT_THAT(Detect("关于印发《管理办法的通知"), ElementsAre("punctuation:《→"));
  EXPECT_THAT(Detect("会议）通知"), ElementsAre("punctuation:）→"));
  // A title cut short by a list page is not an error.
  EXPECT_THAT(Detect("关于印发《管理办法…"), IsEmpty());
}

TEST(TypoDetectorTest, QuotesMaySpanParagraphs) {
  EXPECT_THAT(Detect("“我们坚持工作。"), IsEmpty());
  EXPECT_THAT(Detect("“我们“坚持”工作。"), ElementsAre("punctuation:“→"));
  // A closing quote where the opening one belongs is one slip, not two.
  EXPECT_THAT(Detect("我们”坚持”工作。"), ElementsAre("punctuation:”→“"));
}

TEST(TypoDetectorTest, HalfWidthPunctuationOnlyWhereFullWidthIsUsed) {
  EXPECT_THAT(Detect("我们坚持,加快推进，建设"), ElementsAre("punctuation:,→，"));
  EXPECT_THAT(Detect("我们坚持,加快推进,建设"), IsEmpty());
}

TEST(TypoDetectorTest, DoubledFunctionCharacters) {
  EXPECT_THAT(Detect("我们的的工作"), ElementsAre("punctuation:的的→的"));
  EXPECT_THAT(Detect("为了了解工作"), IsEmpty());
  EXPECT_THAT(Detect("不了了之"), IsEmpty());
}

TEST(TypoDetectorTest, ComparesTitles) {
  TypoDetector detector(SmallWorld(), {});
  std::vector<TypoHit> hits;
  detector.CompareTitles(
      {"关于印发管理办法的通知", "关于印发关理办法的通知", "关于印发管理办法的通知"}, &hits);
  EXPECT_THAT(Describe(hits),
              ElementsAre("title_mismatch:关于印发关理办法的通知→关于印发管理办法的通知"));
}

TEST(ParseMisspellingsTest, ErrorsNameTheLine) {
  std::vector<MisspellingEntry> out;
  EXPECT_EQ(ParseMisspellings("好\t好\n", "a.tsv", &out).message(),
            "a.tsv:1: wrong and right forms are the same");
  EXPECT_EQ(ParseMisspellings("# c\n甲乙\n", "a.tsv", &out).message(),
            "a.tsv:2: expected 'wrong<TAB>right[<TAB>except=…]'");
  EXPECT_EQ(ParseMisspellings("甲乙\t甲丙\texcept=丁\n", "a.tsv", &out).message(),
            "a.tsv:1: except phrase '丁' does not contain '甲乙'");
}

}  // namespace
}  // namespace govmon
