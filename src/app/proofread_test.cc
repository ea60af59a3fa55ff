#include "app/proofread.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "attach/ooxml_testing.h"

namespace govmon {
namespace {

using ::testing::HasSubstr;

class ProofreadTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    checks_ = new CheckOptions();
    Status s = LoadTextCheckData(GOVMON_SOURCE_DIR "/data", checks_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() { delete checks_; }

  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("govmon-proofread-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  ProofreadReport Run(std::vector<std::string> inputs, const std::string& stdin_text = "") {
    ProofreadRequest request;
    request.inputs = std::move(inputs);
    request.as_of = Date(2024, 6, 1);
    std::istringstream in(stdin_text);
    return RunProofread(*checks_, request, in);
  }

  static std::vector<std::string> Kinds(const ProofreadReport& r) {
    std::vector<std::string> kinds;
    for (const Finding& f : r.findings) kinds.push_back(f.check + "/" + f.kind);
    return kinds;
  }

  static CheckOptions* checks_;
  std::filesystem::path dir_;
};

CheckOptions* ProofreadTest::checks_ = nullptr;

TEST_F(ProofreadTest, CleanTextExitsZero) {
  std::string path = Write("clean.txt", "我市召开全市安全生产工作会议。\n");
  ProofreadReport r = Run({path});
  EXPECT_THAT(Kinds(r), ::testing::Not(::testing::Contains(HasSubstr("privacy_leak"))));
  EXPECT_THAT(Kinds(r), ::testing::Not(::testing::Contains(HasSubstr("sensitive_word"))));
}

TEST_F(ProofreadTest, PlainTextFindingsUseThePathAsGiven) {
  std::string path = Write("draft.txt", "联系电话：13812345678\n网站出现百家乐广告。\n");
  ProofreadReport r = Run({path});
  EXPECT_THAT(Kinds(r),
              ::testing::IsSupersetOf({"privacy_leak/mobile", "sensitive_word/gambling"}));
  for (const Finding& f : r.findings) {
    EXPECT_EQ(f.url, path);
    EXPECT_EQ(f.site, path);
  }
  EXPECT_EQ(r.exit_code(), 1);
  EXPECT_EQ(r.summary["files"], 1);
}

TEST_F(ProofreadTest, StdinHtmlDocxXlsxAndPdf) {
  std::string docx = Write("a.docx", MakeDocxForTesting({"残废人联合会"}, {}));
  std::string xlsx =
      Write("b.xlsx", MakeXlsxForTesting({{"表", {{"姓名", "手机号"}, {"甲", "13912345678"}}}}));
  std::string pdf = Write("c.pdf", MakePdfForTesting({"Tel 13712345678"}));
  std::string html = Write("d.html", "<html><body><p>电话13612345678</p></body></html>");
  ProofreadReport r = Run({docx, xlsx, pdf, html, "-"}, "<p>手机：13512345678</p>");
  std::vector<std::string> seen;
  for (const Finding& f : r.findings) seen.push_back(f.url + " " + f.check + "/" + f.kind);
  EXPECT_THAT(seen, ::testing::IsSupersetOf(std::vector<std::string>{
                        docx + " sensitive_word/banned_wording", xlsx + " privacy_leak/mobile",
                        pdf + " privacy_leak/mobile", html + " privacy_leak/mobile",
                        "- privacy_leak/mobile"}));
  EXPECT_TRUE(r.errors.empty());
}

TEST_F(ProofreadTest, UnreadableInputsAreErrorsAndTheRestStillRuns) {
  std::string scan = Write("scan.pdf", MakePdfForTesting({""}));
  std::string text = Write("ok.txt", "手机13812345678");
  ProofreadReport r = Run({"/nonexistent/x.txt", scan, text});
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0], "/nonexistent/x.txt: cannot open");
  EXPECT_THAT(r.errors[1], HasSubstr("no_text_layer"));
  EXPECT_THAT(Kinds(r), ::testing::IsSupersetOf(
                            {"attachment_unreadable/no_text_layer", "privacy_leak/mobile"}));
  EXPECT_EQ(r.exit_code(), 2);
}

TEST_F(ProofreadTest, BadDictionaryNamesFileAndLine) {
  std::filesystem::create_directories(dir_ / "data/dict");
  Write("data/dict/x.tsv", "赌博\tgambling\tblok\n");
  CheckOptions checks;
  Status s = LoadTextCheckData((dir_ / "data").string(), &checks);
  EXPECT_EQ(s.message(), (dir_ / "data/dict/x.tsv").string() +
                             ":1: unknown level 'blok' (want block or caution)");
}

}  // namespace
}  // namespace govmon
