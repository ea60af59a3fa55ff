#include "check/privacy_leak_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "text/personal_data_testing.h"

namespace govmon {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

const Date kToday(2024, 6, 1);

Document DocWithBlocks(std::vector<TextBlock> blocks) {
  Document doc;
  doc.url = "http://www.example.gov.cn/art/1.html";
  doc.blocks = std::move(blocks);
  return doc;
}

TextBlock Text(std::string text) {
  TextBlock b;
  b.text = std::move(text);
  return b;
}

TextBlock Cell(std::string text, std::string header, int row, int column) {
  TextBlock b;
  b.text = std::move(text);
  b.table = 0;
  b.row = row;
  b.column = column;
  b.column_header = std::move(header);
  return b;
}

std::vector<Finding> Inspect(const Document& doc, PrivacyLeakOptions options = {}) {
  PageContext context;
  context.site = "http://www.example.gov.cn/";
  context.as_of = kToday;
  std::vector<Finding> out;
  PrivacyLeakCheck(options).Inspect(doc, context, &out);
  return out;
}

TEST(PrivacyLeakCheckTest, ReportsIdCardWithMaskedEvidenceAndContext) {
  const std::string id = MakeIdCardForTesting("360702", "19900101", 123);
  auto findings =
      Inspect(DocWithBlocks({Text("申请人张三，身份证号码：" + id + "，联系电话13812345678。")}));
  ASSERT_THAT(findings, SizeIs(2));
  const Finding& f = findings[0];
  EXPECT_EQ(f.check, "privacy_leak");
  EXPECT_EQ(f.kind, "id_card");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.url, "http://www.example.gov.cn/art/1.html");
  EXPECT_EQ(f.site, "http://www.example.gov.cn/");
  EXPECT_EQ(f.evidence, "**************" + id.substr(14));
  EXPECT_EQ(f.context,
            "申请人张三，身份证号码：**************" + id.substr(14) + "，联系电话*******5678。");
  EXPECT_EQ(f.confidence, 0.95);
  EXPECT_EQ(
      f.detail,
      "身份证号未脱敏（前有标签“身份证”）；本文档共 2 个未脱敏个人信息：身份证号 1、手机号 1");
  EXPECT_EQ(findings[1].kind, "mobile");
  EXPECT_EQ(findings[1].severity, Severity::kWarning);
  EXPECT_EQ(findings[1].evidence, "*******5678");
}

TEST(PrivacyLeakCheckTest, TableCellLocationAndHeaderRaiseConfidence) {
  const std::string card = MakeLuhnForTesting("621700", 19, 5);
  auto findings =
      Inspect(DocWithBlocks({Cell("姓名", "", 0, 0), Cell("银行账号", "", 0, 1),
                             Cell("李四", "姓名", 1, 0), Cell(card, "银行账号", 1, 1)}));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].kind, "bank_card");
  EXPECT_EQ(findings[0].location, "表1 第2行 第2列");
  EXPECT_EQ(findings[0].confidence, 0.95);
  EXPECT_THAT(findings[0].detail, ::testing::HasSubstr("所在列表头“银行账号”"));
}

TEST(PrivacyLeakCheckTest, KeepsBlockLocationFromAttachments) {
  TextBlock b = Cell("13912345678", "联系电话", 4, 2);
  b.location = "名单.xlsx Sheet2!C5（隐藏工作表）";
  auto findings = Inspect(DocWithBlocks({b}));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].location, "名单.xlsx Sheet2!C5（隐藏工作表）");
}

TextBlock NumberCell(std::string digits, std::string header) {
  TextBlock b = Cell(std::move(digits), std::move(header), 1, 1);
  b.stored_as_number = true;
  return b;
}

TEST(PrivacyLeakCheckTest, IdCardStoredAsNumberWithLostDigits) {
  // 360702 1985-03-12, last three digits lost: no check digit to verify.
  auto findings = Inspect(DocWithBlocks({NumberCell("360702198503124000", "身份证号码")}));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].kind, "id_card");
  EXPECT_EQ(findings[0].evidence, "**************4000");
  EXPECT_EQ(findings[0].confidence, 0.95);
  EXPECT_EQ(findings[0].detail,
            "身份证号未脱敏（所在列表头“身份证号码”）；单元格以数值格式存储，电子表格只保留 15 "
            "位有效数字，末 3 位已丢失或失真，无法核验校验位；本文档共 1 "
            "个未脱敏个人信息：身份证号 1");
  // Without a header the surviving region code and birth date still count.
  findings = Inspect(DocWithBlocks({NumberCell("360702198503124000", "")}));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].confidence, 0.6);
}

TEST(PrivacyLeakCheckTest, NumberCellsThatAreNotIdentifiers) {
  // The same digits as text: a wrong check digit is never an ID.
  EXPECT_THAT(Inspect(DocWithBlocks({Cell("360702198503124000", "身份证号码", 1, 1)})), IsEmpty());
  // Unknown region code, impossible birth date, too few digits to have lost any.
  EXPECT_THAT(Inspect(DocWithBlocks({NumberCell("990702198503124000", "身份证号码"),
                                     NumberCell("360702198513124000", "身份证号码"),
                                     NumberCell("360702198503124", "金额")})),
              IsEmpty());
  // A number under a non-personal header, and a bank-like number without a label.
  EXPECT_THAT(Inspect(DocWithBlocks({NumberCell("360702198503124000", "订单编号"),
                                     NumberCell("6228480402564891000", "")})),
              IsEmpty());
}

TEST(PrivacyLeakCheckTest, BankCardStoredAsNumberNeedsItsHeader) {
  auto findings = Inspect(DocWithBlocks({NumberCell("6228480402564891000", "银行卡号")}));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].kind, "bank_card");
  EXPECT_THAT(findings[0].detail, ::testing::HasSubstr("末 4 位已丢失或失真，无法核验 Luhn 校验"));
}

TEST(PrivacyLeakCheckTest, OneFindingPerValueWithCount) {
  auto findings = Inspect(DocWithBlocks({Text("电话13812345678"), Text("再次：13812345678")}));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_THAT(findings[0].detail, ::testing::HasSubstr("该号码出现 2 次"));
}

TEST(PrivacyLeakCheckTest, NeverFlagsDocumentAndOrganisationNumbers) {
  const std::string card = MakeLuhnForTesting("622202", 19, 11);
  auto findings = Inspect(DocWithBlocks({
      Text("赣市府办字〔2023〕15号"),
      Text("统一社会信用代码：91350100M000100Y43"),
      Text("办公电话：0797-8398123，传真（0797）8398124"),
      Text("2023年7月5日，金额 1,234,567.89 元"),
      Text("订单号：" + card),
      Text("身份证号：3607**********1234，手机：138****5678"),
      Cell(card, "流水号", 1, 1),
  }));
  EXPECT_THAT(findings, IsEmpty());
}

TEST(PrivacyLeakCheckTest, PassportNeedsLabel) {
  EXPECT_THAT(Inspect(DocWithBlocks({Text("型号E12345678")})), IsEmpty());
  auto findings = Inspect(DocWithBlocks({Text("护照号码：E12345678")}));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].kind, "passport");
  EXPECT_EQ(findings[0].evidence, "*****5678");
}

TEST(PrivacyLeakCheckTest, MobileCanBeTurnedOff) {
  PrivacyLeakOptions options;
  options.report_mobile = false;
  EXPECT_THAT(Inspect(DocWithBlocks({Text("手机13812345678")}), options), IsEmpty());
}

// The labelled corpus: generated identifiers (valid ones with correct check
// digits, decoys with wrong ones or of the wrong shape) in the phrasings and
// table layouts of real disclosure pages. Precision and recall must stay at or
// above 0.99 for id_card, mobile and bank_card.
struct Sample {
  Document doc;
  std::string kind;   // Expected finding kind, "" for a decoy.
  std::string value;  // Expected value (digits only), for positives.
};

class Corpus {
 public:
  Corpus() : rng_(20240601) {}

  std::vector<Sample> Build() {
    for (int i = 0; i < 90; ++i) AddIdCard(i);
    for (int i = 0; i < 80; ++i) AddMobile(i);
    for (int i = 0; i < 70; ++i) AddBankCard(i);
    for (int i = 0; i < 240; ++i) AddDecoy(i);
    return std::move(samples_);
  }

 private:
  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[static_cast<size_t>(Uniform(0, static_cast<int>(v.size()) - 1))];
  }
  std::string Digits(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + Uniform(0, 9)));
    return s;
  }
  std::string Name() {
    static const std::vector<std::string> kSurnames = {"王", "李", "张", "刘", "陈",
                                                       "杨", "黄", "赵", "吴", "周"};
    static const std::vector<std::string> kGiven = {"伟", "芳", "娜", "秀英", "敏", "静",
                                                    "丽", "强", "磊", "军",   "洋", "勇"};
    return Pick(kSurnames) + Pick(kGiven);
  }
  std::string Region() {
    static const std::vector<std::string> kRegions = {
        "110105", "120101", "130102", "140105", "210102", "320102", "330106", "340104", "350102",
        "360702", "360721", "362101", "370102", "410105", "420106", "430104", "440106", "450103",
        "500101", "510104", "520102", "530102", "610104", "620102", "650102", "442000", "460106"};
    return Pick(kRegions);
  }
  std::string Birth() {
    int y = Uniform(1935, 2015), m = Uniform(1, 12), d = Uniform(1, DaysInMonth(y, m));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
    return buf;
  }
  std::string ValidId() { return MakeIdCardForTesting(Region(), Birth(), Uniform(0, 999)); }
  std::string ValidMobile() {
    static const std::vector<std::string> kPrefixes = {"130", "133", "135", "138", "139", "147",
                                                       "150", "152", "158", "166", "177", "180",
                                                       "186", "189", "191", "199"};
    return Pick(kPrefixes) + Digits(8);
  }
  std::string ValidCard() {
    static const std::vector<std::pair<std::string, size_t>> kBins = {
        {"622202", 19}, {"621700", 19}, {"622848", 19}, {"621226", 19}, {"623052", 19},
        {"601382", 19}, {"955880", 19}, {"436742", 16}, {"622588", 16}, {"625965", 16},
        {"524070", 16}, {"621483", 16}, {"622908", 18}};
    const auto& [bin, len] = Pick(kBins);
    return MakeLuhnForTesting(bin, len, static_cast<uint64_t>(Uniform(0, 1 << 30)));
  }
  static std::string FullWidth(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
      if (c >= '0' && c <= '9') {
        out += "\xEF\xBC";
        out.push_back(static_cast<char>(0x90 + (c - '0')));
      } else {
        out.push_back(c);
      }
    }
    return out;
  }
  static std::string Grouped(const std::string& s, std::vector<size_t> groups, std::string sep) {
    std::string out;
    size_t at = 0;
    for (size_t g : groups) {
      if (at >= s.size()) break;
      if (!out.empty()) out += sep;
      out += s.substr(at, g);
      at += g;
    }
    if (at < s.size()) out += sep + s.substr(at);
    return out;
  }

  void AddText(std::string text, std::string kind, std::string value) {
    samples_.push_back(
        Sample{DocWithBlocks({Text(std::move(text))}), std::move(kind), std::move(value)});
  }
  void AddCell(std::string header, std::string text, std::string kind, std::string value) {
    samples_.push_back(
        Sample{DocWithBlocks({Cell("序号", "", 0, 0), Cell("姓名", "", 0, 1),
                              Cell(header, "", 0, 2), Cell("1", "序号", 1, 0),
                              Cell(Name(), "姓名", 1, 1), Cell(std::move(text), header, 1, 2)}),
               std::move(kind), std::move(value)});
  }

  void AddIdCard(int i) {
    std::string id = ValidId();
    if (i % 10 == 9) id.back() = id.back() == 'X' ? 'x' : id.back();
    std::string shown = id;
    switch (i % 9) {
      case 0:
        AddText("经审核，" + Name() + "（身份证号码：" + shown + "）符合条件。", "id_card", id);
        break;
      case 1:
        AddCell(Pick(std::vector<std::string>{"身份证号", "公民身份号码", "证件号码"}), shown,
                "id_card", id);
        break;
      case 2:
        AddText(Name() + " " + shown + " 男 汉族 初中", "id_card", id);
        break;
      case 3:
        AddText("身份证：" + FullWidth(shown), "id_card", id);
        break;
      case 4:
        AddText("证件号 " + Grouped(shown, {6, 8}, " "), "id_card", id);
        break;
      case 5:
        AddCell("备注", "户主" + shown, "id_card", id);
        break;
      case 6:
        AddText(Name() + "，" + shown + "；" + Name() + "，" + "已脱敏", "id_card", id);
        break;
      case 7: {
        // Legacy 15-digit number.
        char birth[8];
        std::snprintf(birth, sizeof birth, "%02d%02d%02d", Uniform(30, 99), Uniform(1, 12),
                      Uniform(1, 28));
        std::string legacy = Region() + birth + Digits(3);
        AddText("原身份证号" + legacy + "已换领", "id_card", legacy);
        break;
      }
      default:
        AddText("公示名单：" + Name() + shown + "低保户", "id_card", id);
        break;
    }
  }

  void AddMobile(int i) {
    std::string m = ValidMobile();
    switch (i % 8) {
      case 0:
        AddText("联系电话：" + m, "mobile", m);
        break;
      case 1:
        AddCell("联系电话", m, "mobile", m);
        break;
      case 2:
        AddText("如有疑问请联系" + Name() + "，手机 " + Grouped(m, {3, 4}, " "), "mobile", m);
        break;
      case 3:
        AddText("联系人：" + Name() + " " + Grouped(m, {3, 4}, "-"), "mobile", m);
        break;
      case 4:
        AddText(Name() + m + "（村委会）", "mobile", m);
        break;
      case 5:
        AddText("手机号码：" + FullWidth(m), "mobile", m);
        break;
      case 6:
        AddCell("手机号", m, "mobile", m);
        break;
      default:
        AddText("举报人" + Name() + "，" + m + "。", "mobile", m);
        break;
    }
  }

  void AddBankCard(int i) {
    std::string c = ValidCard();
    switch (i % 6) {
      case 0:
        AddText("银行卡号：" + c, "bank_card", c);
        break;
      case 1:
        AddCell("银行账号", c, "bank_card", c);
        break;
      case 2:
        AddText("代发账号 " + Grouped(c, {4, 4, 4, 4}, " "), "bank_card", c);
        break;
      case 3:
        AddCell("社保卡号/银行卡号", Grouped(c, {4, 4, 4, 4}, "-"), "bank_card", c);
        break;
      case 4:
        AddText(Name() + " " + c + " 补贴 1200元", "bank_card", c);
        break;
      default:
        AddText("开户行：农业银行，账号：" + FullWidth(c), "bank_card", c);
        break;
    }
  }

  void AddDecoy(int i) {
    switch (i % 24) {
      case 0:
        AddText("身份证号码：" + WithWrongCheckDigitForTesting(ValidId()), "", "");
        break;
      case 1:
        AddCell("身份证号", WithWrongCheckDigitForTesting(ValidId()), "", "");
        break;
      case 2:
        AddText("身份证号：" + MakeIdCardForTesting(Region(), "19901332", 5), "", "");
        break;
      case 3:
        AddText("身份证号：" + MakeIdCardForTesting("990101", Birth(), 5), "", "");
        break;
      case 4: {
        std::string id = ValidId();
        AddText("身份证号：" + id.substr(0, 4) + "**********" + id.substr(14), "", "");
        break;
      }
      case 5: {
        std::string m = ValidMobile();
        AddText("联系电话：" + m.substr(0, 3) + "****" + m.substr(7), "", "");
        break;
      }
      case 6:
        AddText("办公电话：0" + std::to_string(Uniform(300, 999)) + "-" + Digits(7), "", "");
        break;
      case 7:
        AddText("电话：(0" + std::to_string(Uniform(10, 99)) + ")" + Digits(8), "", "");
        break;
      case 8:
        AddText("赣市府办字〔" + std::to_string(Uniform(2010, 2024)) + "〕" +
                    std::to_string(Uniform(1, 200)) + "号",
                "", "");
        break;
      case 9:
        AddText("统一社会信用代码：91" + Region() + "MA" + Digits(8) + "X", "", "");
        break;
      case 10:
        AddText("发布日期：" + Birth() + "，" + std::to_string(Uniform(2000, 2024)) + "-" +
                    std::to_string(Uniform(1, 12)) + "-" + std::to_string(Uniform(1, 28)),
                "", "");
        break;
      case 11:
        AddText("合同金额 " + std::to_string(Uniform(1, 999)) + "," + Digits(3) + "," + Digits(3) +
                    "." + Digits(2) + " 元",
                "", "");
        break;
      case 12:
        AddText("订单号：" + ValidCard(), "", "");
        break;
      case 13:
        AddText("流水号 " + ValidMobile(), "", "");
        break;
      case 14: {
        std::string c = ValidCard();
        c.back() = static_cast<char>('0' + (c.back() - '0' + 3) % 10);
        AddText("银行卡号：" + c, "", "");
        break;
      }
      case 15:
        AddText("卡号：" + MakeLuhnForTesting("8" + Digits(5), 19, static_cast<uint64_t>(i)), "",
                "");
        break;
      case 16:
        AddText("电话 12" + Digits(9), "", "");
        break;
      case 17:
        AddText("手机 138" + Digits(9), "", "");
        break;  // 12 digits.
      case 18:
        AddCell("编号", ValidMobile(), "", "");
        break;
      case 19:
        AddText("项目代码：" + std::to_string(Uniform(2018, 2024)) + "-360702-" + Digits(2) +
                    "-01-" + Digits(6),
                "", "");
        break;
      case 20:
        AddText("银行卡号：6222 **** **** " + Digits(4), "", "");
        break;
      case 21:
        AddText("人口 " + Digits(8) + " 人，GDP " + Digits(6) + "." + Digits(2) + " 亿元", "", "");
        break;
      case 22:
        AddCell("统一社会信用代码", "91" + Region() + "MA" + Digits(8) + "Y", "", "");
        break;
      default:
        AddText("备案号：赣ICP备" + Digits(8) + "号-" + std::to_string(Uniform(1, 9)), "", "");
        break;
    }
  }

  std::mt19937 rng_;
  std::vector<Sample> samples_;
};

TEST(PrivacyLeakCheckTest, LabelledCorpusPrecisionAndRecall) {
  std::vector<Sample> corpus = Corpus().Build();
  std::map<std::string, int> tp, fp, fn;
  int positives = 0, decoys = 0;
  for (const Sample& s : corpus) {
    (s.kind.empty() ? decoys : positives)++;
    std::vector<Finding> findings = Inspect(s.doc);
    bool hit = false;
    for (const Finding& f : findings) {
      if (!s.kind.empty() && f.kind == s.kind && f.evidence == MaskIdentifier(s.value)) {
        hit = true;
        ++tp[f.kind];
      } else {
        ++fp[f.kind];
        ADD_FAILURE() << "false positive " << f.kind << " " << f.evidence << " in "
                      << s.doc.VisibleText();
      }
    }
    if (!s.kind.empty() && !hit) {
      ++fn[s.kind];
      ADD_FAILURE() << "missed " << s.kind << " " << s.value << " in " << s.doc.VisibleText();
    }
  }
  EXPECT_GE(positives, 200);
  EXPECT_GE(decoys, 200);
  for (const std::string kind : {"id_card", "mobile", "bank_card"}) {
    double precision = tp[kind] / std::max(1.0, static_cast<double>(tp[kind] + fp[kind]));
    double recall = tp[kind] / std::max(1.0, static_cast<double>(tp[kind] + fn[kind]));
    EXPECT_GE(precision, 0.99) << kind;
    EXPECT_GE(recall, 0.99) << kind;
    EXPECT_GT(tp[kind], 50) << kind;
  }
}

}  // namespace
}  // namespace govmon
