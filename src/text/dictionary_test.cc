#include "text/dictionary.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "text/opencc.h"

namespace govmon {
namespace {

std::unique_ptr<TermDictionary> BuildOrDie(std::string_view dict, std::string_view allow = "",
                                           std::shared_ptr<const CharMap> t2s = nullptr) {
  std::vector<DictionaryEntry> entries;
  std::vector<AllowEntry> allowed;
  EXPECT_TRUE(ParseDictionary(dict, "d.tsv", &entries).ok());
  EXPECT_TRUE(ParseAllowlist(allow, "a.tsv", &allowed).ok());
  auto built = TermDictionary::Build(std::move(entries), std::move(allowed), std::move(t2s));
  EXPECT_TRUE(built.ok()) << built.status().ToString();
  return built.ok() ? std::move(built).value() : nullptr;
}

std::vector<std::string> Found(const TermDictionary& d, std::string_view text,
                               std::string_view site = "") {
  std::vector<TermDictionary::Hit> hits;
  d.Find(text, site, &hits);
  std::vector<std::string> out;
  for (const auto& h : hits) {
    out.push_back(h.entry->term + "@" + std::string(text.substr(h.begin, h.end - h.begin)));
  }
  return out;
}

TEST(DictionaryTest, ParsesEntries) {
  std::vector<DictionaryEntry> entries;
  ASSERT_TRUE(
      ParseDictionary("\xEF\xBB\xBF# comment\n\n残废人\tbanned_wording\tblock\t残疾人\t禁用\r\n"
                      "最佳\tcaution_wording\tcaution\n",
                      "d.tsv", &entries)
          .ok());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0], (DictionaryEntry{"残废人", "banned_wording", TermLevel::kBlock, "残疾人",
                                         "禁用", "d.tsv:3"}));
  EXPECT_EQ(entries[1].level, TermLevel::kCaution);
  EXPECT_EQ(entries[1].replacement, "");
}

TEST(DictionaryTest, ErrorsNameFileAndLine) {
  std::vector<DictionaryEntry> entries;
  EXPECT_EQ(ParseDictionary("a\tgambling\tblock\nb\tgambling\tblok\n", "g.tsv", &entries).message(),
            "g.tsv:2: unknown level 'blok' (want block or caution)");
  EXPECT_EQ(ParseDictionary("赌博 gambling block\n", "g.tsv", &entries).message(),
            "g.tsv:1: expected at least 3 tab-separated fields (term, category, level), got 1");
  EXPECT_EQ(ParseDictionary("x\tGambling\tblock\n", "g.tsv", &entries).message(),
            "g.tsv:1: category 'Gambling' must be lower-case letters, digits and _");
  EXPECT_EQ(ParseDictionary("\tgambling\tblock\n", "g.tsv", &entries).message(),
            "g.tsv:1: empty term");
  EXPECT_EQ(ParseDictionary("\xFF\tgambling\tblock\n", "g.tsv", &entries).message(),
            "g.tsv:1: line is not valid UTF-8");
  std::vector<AllowEntry> allow;
  EXPECT_EQ(ParseAllowlist("*\t博彩\t打击赌博\n", "a.tsv", &allow).message(),
            "a.tsv:1: context '打击赌博' does not contain the term '博彩'");
}

TEST(DictionaryTest, RejectsDuplicateTerms) {
  std::vector<DictionaryEntry> entries;
  ASSERT_TRUE(
      ParseDictionary("赌博\tgambling\tblock\nＢＥＴ\tgambling\tblock\n", "a.tsv", &entries).ok());
  ASSERT_TRUE(ParseDictionary("bet\tgambling\tcaution\n", "b.tsv", &entries).ok());
  auto built = TermDictionary::Build(std::move(entries), {}, nullptr);
  ASSERT_FALSE(built.ok());
  EXPECT_EQ(built.status().message(), "b.tsv:1: duplicate term 'bet' (first at a.tsv:2)");
}

TEST(DictionaryTest, MatchesSpacingTricksAndReportsOriginalText) {
  auto d = BuildOrDie("赌博\tgambling\tblock\nbet365\tgambling\tblock\n");
  EXPECT_THAT(Found(*d, "网上赌 博，赌-博，ＢＥＴ３６５"),
              ::testing::ElementsAre("赌博@赌 博", "赌博@赌-博", "bet365@ＢＥＴ３６５"));
}

TEST(DictionaryTest, MatchesTraditionalCharacters) {
  auto t2s = LoadTraditionalToSimplified();
  ASSERT_TRUE(t2s.ok()) << t2s.status().ToString();
  auto d = BuildOrDie("赌博\tgambling\tblock\n", "", *t2s);
  EXPECT_THAT(Found(*d, "線上賭博"), ::testing::ElementsAre("赌博@賭博"));
}

TEST(DictionaryTest, DropsTermInsideLongerTermOfSameCategory) {
  auto d = BuildOrDie("六合彩\tgambling\tblock\n合彩\tgambling\tblock\n");
  EXPECT_THAT(Found(*d, "六合彩"), ::testing::ElementsAre("六合彩@六合彩"));
}

TEST(DictionaryTest, AllowlistByTermContextAndSite) {
  auto d = BuildOrDie("博彩\tgambling\tblock\n成人\tporn\tcaution\n",
                      "*\t博彩\t打击博彩\nhttp://www.a.gov.cn/\t成人\n");
  EXPECT_THAT(Found(*d, "依法打击博彩活动"), ::testing::IsEmpty());
  EXPECT_THAT(Found(*d, "博彩网站"), ::testing::ElementsAre("博彩@博彩"));
  EXPECT_THAT(Found(*d, "成人网站", "http://www.a.gov.cn/index.html"), ::testing::IsEmpty());
  EXPECT_THAT(Found(*d, "成人网站", "http://www.b.gov.cn/"), ::testing::ElementsAre("成人@成人"));
}

TEST(DictionaryTest, AllowedTermMustExist) {
  std::vector<AllowEntry> allow{{"*", "不存在", "", "a.tsv:1"}};
  auto built = TermDictionary::Build({}, std::move(allow), nullptr);
  ASSERT_FALSE(built.ok());
  EXPECT_EQ(built.status().message(), "a.tsv:1: allowed term '不存在' is not in any dictionary");
}

TEST(DictionaryTest, ShippedDictionariesLoad) {
  auto files = TermDictionary::ListDirectory(GOVMON_SOURCE_DIR "/data/dict");
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  EXPECT_GE(files->dictionaries.size(), 5u);
  auto t2s = LoadTraditionalToSimplified();
  ASSERT_TRUE(t2s.ok());
  auto d = TermDictionary::Load(*files, *t2s);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_GE((*d)->entries().size(), 300u);
}

TEST(DictionaryTest, MissingDirectory) {
  auto files = TermDictionary::ListDirectory("/nonexistent/dict");
  EXPECT_EQ(files.status().ToString(),
            "not found: /nonexistent/dict: dictionary directory not found");
}

}  // namespace
}  // namespace govmon
