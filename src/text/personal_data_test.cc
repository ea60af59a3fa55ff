#include "text/personal_data.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "text/normalizer.h"
#include "text/personal_data_testing.h"

namespace govmon {
namespace {

const Date kToday(2024, 6, 1);

std::vector<PersonalDataMatch> Find(std::string_view text) {
  NormalizeOptions o;
  o.join_digit_groups = true;
  std::string normalized = NormalizeString(text, o);
  std::vector<PersonalDataMatch> out;
  FindPersonalData(normalized, RecognizerOptions{kToday}, &out);
  return out;
}

std::vector<std::string> Kinds(std::string_view text) {
  std::vector<std::string> kinds;
  for (const auto& m : Find(text)) kinds.push_back(std::string(PersonalDataKindName(m.kind)));
  return kinds;
}

TEST(PersonalDataTest, IdCardCheckDigitFollowsGb11643) {
  EXPECT_EQ(IdCardCheckDigit("11010519491231002"), 'X');
  EXPECT_TRUE(IsValidIdCard("11010519491231002X", kToday));
  EXPECT_TRUE(IsValidIdCard("11010519491231002x", kToday));
  EXPECT_FALSE(IsValidIdCard("110105194912310021", kToday));  // Wrong check digit.
}

TEST(PersonalDataTest, IdCardNeedsPlausibleBirthDateAndRegion) {
  EXPECT_FALSE(IsValidIdCard(MakeIdCardForTesting("360702", "19900230", 123), kToday));
  EXPECT_FALSE(IsValidIdCard(MakeIdCardForTesting("360702", "20250101", 123), kToday));
  EXPECT_FALSE(IsValidIdCard(MakeIdCardForTesting("360702", "18991231", 123), kToday));
  EXPECT_FALSE(IsValidIdCard(MakeIdCardForTesting("200702", "19900101", 123), kToday));
  EXPECT_FALSE(IsValidIdCard(MakeIdCardForTesting("369902", "19900101", 123), kToday));
  EXPECT_TRUE(
      IsValidIdCard(MakeIdCardForTesting("362101", "19800101", 123), kToday));  // Old 地区 code.
  EXPECT_TRUE(IsValidIdCard(MakeIdCardForTesting("810000", "19800101", 123), kToday));
}

TEST(PersonalDataTest, LegacyFifteenDigitIdCard) {
  EXPECT_TRUE(IsValidIdCard("360702800101123", kToday));
  EXPECT_FALSE(IsValidIdCard("360702801301123", kToday));  // Month 13.
  EXPECT_FALSE(IsValidIdCard("990702800101123", kToday));
}

TEST(PersonalDataTest, RegionCodes) {
  EXPECT_TRUE(IsKnownRegionCode("110105"));
  EXPECT_TRUE(IsKnownRegionCode("360702"));
  EXPECT_TRUE(IsKnownRegionCode("442000"));  // 中山市.
  EXPECT_FALSE(IsKnownRegionCode("361500"));
  EXPECT_FALSE(IsKnownRegionCode("000000"));
  EXPECT_FALSE(IsKnownRegionCode("12"));
}

TEST(PersonalDataTest, LuhnAndIssuerRanges) {
  EXPECT_TRUE(LuhnValid("79927398713"));
  EXPECT_FALSE(LuhnValid("79927398710"));
  std::string card = MakeLuhnForTesting("622202", 19, 7);
  EXPECT_TRUE(IsValidBankCard(card));
  EXPECT_FALSE(IsValidBankCard(MakeLuhnForTesting("112202", 19, 7)));  // No such issuer.
  EXPECT_FALSE(IsValidBankCard(MakeLuhnForTesting("622202", 15, 7)));  // Too short.
  std::string wrong = card;
  wrong.back() = static_cast<char>('0' + (wrong.back() - '0' + 1) % 10);
  EXPECT_FALSE(IsValidBankCard(wrong));
}

TEST(PersonalDataTest, MobileBlocks) {
  EXPECT_TRUE(IsValidMobile("13812345678"));
  EXPECT_TRUE(IsValidMobile("19912345678"));
  EXPECT_FALSE(IsValidMobile("12812345678"));
  EXPECT_FALSE(IsValidMobile("15412345678"));
  EXPECT_FALSE(IsValidMobile("1381234567"));
}

TEST(PersonalDataTest, CreditCode) {
  EXPECT_TRUE(IsValidCreditCode("91350100M000100Y43"));
  EXPECT_FALSE(IsValidCreditCode("91350100M000100Y44"));
}

TEST(PersonalDataTest, FindsIdentifiersInText) {
  std::string id = MakeIdCardForTesting("360702", "19900101", 123);
  std::string card = MakeLuhnForTesting("6217", 19, 99);
  auto found = Find("张三，身份证号码" + id + "，电话138-1234-5678，卡号" + card + "。");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].kind, PersonalDataKind::kIdCard);
  EXPECT_EQ(found[0].value, id);
  EXPECT_EQ(found[1].kind, PersonalDataKind::kMobile);
  EXPECT_EQ(found[1].value, "13812345678");
  EXPECT_EQ(found[2].kind, PersonalDataKind::kBankCard);
}

TEST(PersonalDataTest, IgnoresDecoys) {
  std::string id = MakeIdCardForTesting("360702", "19900101", 123);
  EXPECT_THAT(Kinds(WithWrongCheckDigitForTesting(id)), ::testing::IsEmpty());
  EXPECT_THAT(Kinds("赣市府办字〔2023〕15号"), ::testing::IsEmpty());
  EXPECT_THAT(Kinds("电话：0797-8398123"), ::testing::IsEmpty());
  EXPECT_THAT(Kinds("2023-07-05 发布，金额 13812345678.50 元"), ::testing::IsEmpty());
  EXPECT_THAT(Kinds("3607**********1234 和 138****5678"), ::testing::IsEmpty());
  EXPECT_THAT(Kinds("91360700MA35ABCDE1"), ::testing::IsEmpty());
  EXPECT_THAT(Kinds("138123456789"), ::testing::IsEmpty());  // 12 digits.
  EXPECT_THAT(Kinds("1,381,234,567,800"), ::testing::IsEmpty());
}

TEST(PersonalDataTest, IdentifiersWithLostDigitsAreJudgedByWhatSurvives) {
  const RecognizerOptions options{kToday};
  auto id = FindIdentifierWithLostDigits("360702198503124000", options);
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(id->kind, PersonalDataKind::kIdCard);
  EXPECT_EQ(id->value, "360702198503124000");
  EXPECT_EQ(id->confidence, 0.6);
  EXPECT_FALSE(id->needs_context);
  auto card = FindIdentifierWithLostDigits("6228480402564891000", options);
  ASSERT_TRUE(card.has_value());
  EXPECT_EQ(card->kind, PersonalDataKind::kBankCard);
  EXPECT_TRUE(card->needs_context);
  // Unknown region, a birth date after today, too short, not digits.
  EXPECT_FALSE(FindIdentifierWithLostDigits("990702198503124000", options));
  EXPECT_FALSE(FindIdentifierWithLostDigits("360702202503124000", options));
  EXPECT_FALSE(FindIdentifierWithLostDigits("360702198503124", options));
  EXPECT_FALSE(FindIdentifierWithLostDigits("-360702198503124000", options));
  EXPECT_FALSE(FindIdentifierWithLostDigits("1234567890123456789", options));
  EXPECT_EQ(SignificantDigits("360702198503124000"), 15u);
  EXPECT_EQ(SignificantDigits("360702198503123968"), 18u);
  EXPECT_EQ(SignificantDigits("000"), 0u);
}

TEST(PersonalDataTest, PassportsAndPermitsNeedContext) {
  auto found = Find("护照号E12345678，通行证C12345678，回乡证H1234567890");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].kind, PersonalDataKind::kPassport);
  EXPECT_TRUE(found[0].needs_context);
  EXPECT_EQ(found[1].kind, PersonalDataKind::kHkMacaoPermit);
  EXPECT_EQ(found[2].kind, PersonalDataKind::kHkMacaoPermit);
}

TEST(PersonalDataTest, MasksAllButLastFour) {
  EXPECT_EQ(MaskIdentifier("11010519491231002X"), "**************002X");
  EXPECT_EQ(MaskIdentifier("13812345678"), "*******5678");
  EXPECT_EQ(MaskIdentifier("123"), "123");
}

}  // namespace
}  // namespace govmon
