#include "text/phrase_matcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

namespace govmon {
namespace {

using ::testing::ElementsAre;

TEST(PhraseMatcherTest, FindsOverlappingPhrases) {
  auto m = PhraseMatcher::Build({"六合彩", "合彩", "bet365"});
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  std::vector<PhraseMatch> out;
  ASSERT_TRUE((*m)->FindAll("买六合彩和BET365", &out).ok());
  EXPECT_THAT(out, ::testing::UnorderedElementsAre(PhraseMatch{0, 3, 12}, PhraseMatch{1, 6, 12},
                                                   PhraseMatch{2, 15, 21}));
}

TEST(PhraseMatcherTest, CaseSensitiveWhenAsked) {
  auto m = PhraseMatcher::Build({"bet"}, PhraseMatcherOptions{.ascii_caseless = false});
  ASSERT_TRUE(m.ok());
  std::vector<PhraseMatch> out;
  ASSERT_TRUE((*m)->FindAll("BET bet", &out).ok());
  EXPECT_THAT(out, ElementsAre(PhraseMatch{0, 4, 7}));
}

TEST(PhraseMatcherTest, EmptySetMatchesNothing) {
  auto m = PhraseMatcher::Build({});
  ASSERT_TRUE(m.ok());
  std::vector<PhraseMatch> out;
  ASSERT_TRUE((*m)->FindAll("anything", &out).ok());
  EXPECT_TRUE(out.empty());
}

TEST(PhraseMatcherTest, RejectsEmptyPhrase) {
  auto m = PhraseMatcher::Build({"a", ""});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().message(), "phrase 1 is empty");
}

TEST(PhraseMatcherTest, SafeFromManyThreads) {
  auto m = PhraseMatcher::Build({"赌博", "博彩"});
  ASSERT_TRUE(m.ok());
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (size_t t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        std::vector<PhraseMatch> out;
        (void)(*m)->FindAll("网络赌博与博彩", &out);
        counts[t] += out.size();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (size_t c : counts) EXPECT_EQ(c, 400u);
}

}  // namespace
}  // namespace govmon
