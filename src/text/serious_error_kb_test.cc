#include "text/serious_error_kb.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "text/data_lines.h"
#include "text/typo_testing.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::unique_ptr<SeriousErrorKnowledge> Kb() {
  static auto resources = SmallTypoResourcesForTesting();
  std::vector<WrongFormEntry> wrong;
  EXPECT_TRUE(ParseWrongForms("中华人民共合国\t中华人民共和国\tstate_name\n"
                              "扫黑险恶\t扫黑除恶\tformulation\n"
                              "省省委书记\t省委书记\twording\n",
                              "wrong_forms.tsv", &wrong)
                  .ok());
  std::vector<LeaderEntry> leaders;
  EXPECT_TRUE(ParseLeaders("习近平\t国家主席\t2013-03-14\n"
                           "李强\t国务院总理\t2023-03-11\n"
                           "李克强\t国务院总理\t2013-03-15\t2023-03-11\n"
                           "丁薛祥\t国务院副总理\t2023-03-12\n",
                           "leaders.tsv", &leaders)
                  .ok());
  std::vector<SupersededEntry> superseded;
  EXPECT_TRUE(ParseSuperseded("国土资源局\t自然资源局\t2019-04-01\t地方机构改革\n"
                              "农业部\t农业农村部\t2018-04-03\n",
                              "superseded.tsv", &superseded)
                  .ok());
  return std::move(*SeriousErrorKnowledge::Build(
      wrong, leaders, superseded, resources->confusions.get(), resources->words.get()));
}

std::vector<std::string> Find(std::string_view text, std::optional<Date> date = std::nullopt) {
  std::vector<SeriousErrorHit> hits;
  Kb()->Find(text, date, &hits);
  std::vector<std::string> out;
  for (const auto& h : hits) {
    out.push_back(h.kind + ":" + h.wrong + "→" + h.suggestion + (h.veto ? " veto" : ""));
  }
  return out;
}

TEST(SeriousErrorKnowledgeTest, WrongStateNameAndFormulation) {
  EXPECT_THAT(Find("中华人民共合国成立"),
              ElementsAre("state_name:中华人民共合国→中华人民共和国 veto"));
  EXPECT_THAT(Find("深入开展扫黑险恶专项斗争"), ElementsAre("formulation:扫黑险恶→扫黑除恶 veto"));
  EXPECT_THAT(Find("中共某某省省委书记"), ElementsAre("wording:省省委书记→省委书记"));
  EXPECT_THAT(Find("中华人民共和国成立"), IsEmpty());
}

TEST(SeriousErrorKnowledgeTest, LeaderNameMisspelt) {
  // The given name miswritten is an error anywhere; near a title, any part.
  EXPECT_THAT(Find("习近凭强调"), ElementsAre("leader_name:习近凭→习近平 veto"));
  EXPECT_THAT(Find("习进平强调"), ElementsAre("leader_name:习进平→习近平 veto"));
}

TEST(SeriousErrorKnowledgeTest, TitleNeverHeld) {
  EXPECT_THAT(Find("国务院总理习近平"), ElementsAre("leader_title:国务院总理习近平→ veto"));
  EXPECT_THAT(Find("国家主席习近平"), IsEmpty());
  // 国务院副总理 is its own title, not 总理.
  EXPECT_THAT(Find("国务院副总理丁薛祥"), IsEmpty());
}

TEST(SeriousErrorKnowledgeTest, OutdatedTitleNeedsTheDate) {
  EXPECT_THAT(Find("国务院总理李克强主持会议", Date(2024, 5, 1)),
              ElementsAre("leader_outdated:国务院总理李克强→"));
  EXPECT_THAT(Find("国务院总理李克强主持会议", Date(2020, 5, 1)), IsEmpty());
  EXPECT_THAT(Find("国务院总理李克强主持会议"), IsEmpty());
  EXPECT_THAT(Find("时任国务院总理李克强主持会议", Date(2024, 5, 1)), IsEmpty());
}

TEST(SeriousErrorKnowledgeTest, SupersededNameByPublicationDate) {
  EXPECT_THAT(Find("市国土资源局发布通知", Date(2020, 1, 1)),
              ElementsAre("superseded_name:国土资源局→自然资源局"));
  EXPECT_THAT(Find("市国土资源局发布通知", Date(2018, 1, 1)), IsEmpty());
  EXPECT_THAT(Find("市国土资源局发布通知"), IsEmpty());
  EXPECT_THAT(Find("原市国土资源局发布通知", Date(2020, 1, 1)), IsEmpty());
  EXPECT_THAT(Find("将国土资源局的职责整合", Date(2020, 1, 1)), IsEmpty());
  // 农业部门 is not 农业部.
  EXPECT_THAT(Find("各级农业部门", Date(2020, 1, 1)), IsEmpty());
}

TEST(SeriousErrorKnowledgeTest, ParseErrorsNameTheLine) {
  std::vector<LeaderEntry> leaders;
  EXPECT_EQ(ParseLeaders("# c\n李强\t总理\t2023-13-01\n", "leaders.tsv", &leaders).message(),
            "leaders.tsv:2: bad date '2023-13-01' (want YYYY-MM-DD)");
  std::vector<WrongFormEntry> wrong;
  EXPECT_EQ(ParseWrongForms("甲\t乙\tfoo\n", "w.tsv", &wrong).message(),
            "w.tsv:1: unknown category 'foo' (want state_name, organ_name, formulation, "
            "leader_name, place_name or wording)");
}

TEST(SeriousErrorKnowledgeTest, ShippedKnowledgeBaseParses) {
  for (const char* file : {"wrong_forms.tsv", "leaders.tsv", "superseded.tsv"}) {
    std::string path = std::string(GOVMON_SOURCE_DIR) + "/data/kb/" + file;
    Result<std::string> text = ReadTextFile(path);
    ASSERT_TRUE(text.ok()) << path;
    std::vector<WrongFormEntry> w;
    std::vector<LeaderEntry> l;
    std::vector<SupersededEntry> s;
    Status st = std::string(file) == "wrong_forms.tsv" ? ParseWrongForms(*text, path, &w)
                : std::string(file) == "leaders.tsv"   ? ParseLeaders(*text, path, &l)
                                                       : ParseSuperseded(*text, path, &s);
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
}

}  // namespace
}  // namespace govmon
