#include "check/sensitive_word_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "text/opencc.h"

namespace govmon {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

std::shared_ptr<const TermDictionary> Dict() {
  std::vector<DictionaryEntry> entries;
  std::vector<AllowEntry> allow;
  EXPECT_TRUE(ParseDictionary("百家乐\tgambling\tblock\t\t博彩游戏\n"
                              "残废人\tbanned_wording\tblock\t残疾人\t新华社禁用词\n"
                              "隆重召开\tcaution_wording\tcaution\t召开\n",
                              "test.tsv", &entries)
                  .ok());
  EXPECT_TRUE(ParseAllowlist("*\t百家乐\t打击百家乐\n", "allow.tsv", &allow).ok());
  auto t2s = LoadTraditionalToSimplified();
  EXPECT_TRUE(t2s.ok());
  auto d = TermDictionary::Build(std::move(entries), std::move(allow), *t2s);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return std::shared_ptr<const TermDictionary>(std::move(d).value());
}

std::vector<Finding> Inspect(std::vector<std::string> texts) {
  static const std::shared_ptr<const TermDictionary> dict = Dict();
  Document doc;
  doc.url = "http://www.example.gov.cn/a.html";
  for (auto& t : texts) {
    TextBlock b;
    b.text = std::move(t);
    doc.blocks.push_back(std::move(b));
  }
  PageContext context;
  context.site = "http://www.example.gov.cn/";
  std::vector<Finding> out;
  SensitiveWordCheck({dict}).Inspect(doc, context, &out);
  return out;
}

TEST(SensitiveWordCheckTest, ReportsTermWithCategoryAndSuggestion) {
  auto findings = Inspect({"会上，一名残废人代表发言。"});
  ASSERT_THAT(findings, SizeIs(1));
  const Finding& f = findings[0];
  EXPECT_EQ(f.check, "sensitive_word");
  EXPECT_EQ(f.kind, "banned_wording");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.evidence, "残废人");
  EXPECT_EQ(f.suggestion, "残疾人");
  EXPECT_EQ(f.context, "会上，一名残废人代表发言。");
  EXPECT_EQ(f.detail, "禁止使用：残废人（新华社禁用词）；词库 test.tsv:2");
}

TEST(SensitiveWordCheckTest, SeesThroughSpacingAndTraditionalCharacters) {
  auto findings = Inspect({"真人百 家 乐，百-家-乐", "線上百家樂"});
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].kind, "gambling");
  EXPECT_EQ(findings[0].evidence, "百 家 乐");
  EXPECT_THAT(findings[0].detail, ::testing::HasSubstr("本文档出现 3 次"));
}

TEST(SensitiveWordCheckTest, CautionIsWarning) {
  auto findings = Inspect({"大会隆重召开"});
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
}

TEST(SensitiveWordCheckTest, AllowlistedContextIsSilent) {
  EXPECT_THAT(Inspect({"公安机关严厉打击百家乐等网络赌博"}), IsEmpty());
}

TEST(SensitiveWordCheckTest, NoDictionaryFindsNothing) {
  Document doc;
  doc.blocks.push_back(TextBlock{.text = "百家乐"});
  std::vector<Finding> out;
  SensitiveWordCheck({}).Inspect(doc, {}, &out);
  EXPECT_THAT(out, IsEmpty());
}

}  // namespace
}  // namespace govmon
