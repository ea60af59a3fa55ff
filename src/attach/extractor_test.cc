#include "attach/extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "attach/archive_testing.h"
#include "attach/ooxml_testing.h"
#include "attach/xml_reader.h"
#include "check/attachment_unreadable.h"
#include "check/privacy_leak_check.h"
#include "text/personal_data_testing.h"

namespace govmon {
namespace {

using ::testing::HasSubstr;
using ::testing::SizeIs;

const std::string kId = MakeIdCardForTesting("360702", "19850312", 451);

Document ExtractOrDie(const std::string& bytes, const std::string& name,
                      const AttachOptions& options = {}) {
  Result<Document> doc = ExtractAttachment(bytes, name, options);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? std::move(doc).value() : Document();
}

// The bytes of testdata/attach/<name>, "" when missing.
std::string ReadTestdata(const std::string& name) {
  std::ifstream in(GOVMON_SOURCE_DIR "/testdata/attach/" + name, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string Reason(const Result<Document>& r) {
  return r.ok() ? "ok" : std::string(UnreadableReasonName(UnreadableReasonOf(r.status())));
}

std::vector<Finding> Privacy(const Document& doc) {
  PageContext context;
  context.as_of = Date(2024, 6, 1);
  std::vector<Finding> out;
  PrivacyLeakCheck().Inspect(doc, context, &out);
  return out;
}

const TextBlock* FindBlock(const Document& doc, std::string_view text) {
  for (const TextBlock& b : doc.blocks) {
    if (b.text.find(text) != std::string::npos) return &b;
  }
  return nullptr;
}

TEST(XmlReaderTest, ReadsElementsAttributesAndEntities) {
  XmlReader r(
      "<?xml version=\"1.0\"?><!-- c --><a:x k='1 &amp; 2'>t&lt;&#x4E2D;<![CDATA[<b>]]><y/></a:x>");
  ASSERT_EQ(r.Next(), XmlReader::Token::kStartElement);
  EXPECT_EQ(r.name(), "x");
  EXPECT_EQ(r.Attribute("k"), "1 & 2");
  ASSERT_EQ(r.Next(), XmlReader::Token::kText);
  EXPECT_EQ(r.text(), "t<中");
  ASSERT_EQ(r.Next(), XmlReader::Token::kText);
  EXPECT_EQ(r.text(), "<b>");
  ASSERT_EQ(r.Next(), XmlReader::Token::kStartElement);
  EXPECT_EQ(r.name(), "y");
  ASSERT_EQ(r.Next(), XmlReader::Token::kEndElement);
  ASSERT_EQ(r.Next(), XmlReader::Token::kEndElement);
  EXPECT_EQ(r.Next(), XmlReader::Token::kEnd);
}

TEST(XmlReaderTest, ReportsMalformedInput) {
  XmlReader r("<a b=c>");
  EXPECT_EQ(r.Next(), XmlReader::Token::kError);
  EXPECT_EQ(r.error(), "expected quoted attribute value at byte 5");
}

TEST(ExtractorTest, DocxParagraphsAndTableCells) {
  std::string docx = MakeDocxForTesting({"关于2023年低保名单的公示", "a < b & c"},
                                        {{"姓名", "身份证号码"}, {"张三", kId}});
  Document doc = ExtractOrDie(docx, "http://a.gov.cn/files/公示.docx");
  EXPECT_EQ(doc.kind, DocumentKind::kAttachment);
  EXPECT_EQ(doc.url, "http://a.gov.cn/files/公示.docx");
  EXPECT_EQ(doc.title, "公示.docx");
  ASSERT_THAT(doc.blocks, SizeIs(6));
  EXPECT_EQ(doc.blocks[0].location, "第1段");
  EXPECT_EQ(doc.blocks[1].text, "a < b & c");
  const TextBlock* cell = FindBlock(doc, kId);
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->location, "表1 第2行 第2列");
  EXPECT_EQ(cell->column_header, "身份证号码");
  ASSERT_THAT(doc.tables, SizeIs(1));
  EXPECT_EQ(doc.tables[0].rows[1][0], "张三");
  auto findings = Privacy(doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].location, "表1 第2行 第2列");
}

TEST(ExtractorTest, XlsxCellsHiddenSheetsRowsColumnsAndNumbers) {
  SheetForTesting visible{"名单",
                          {{"2023年补贴发放名单"},
                           {"姓名", "联系电话", "身份证号"},
                           {"王五", "#13812345678", kId},
                           {"赵六", "#1.3912345678E+10", ""}}};
  visible.hidden_columns = {3};
  visible.hidden_rows = {4};
  SheetForTesting hidden{"底稿", {{"银行账号"}, {"#6217000000000000000"}}, true};
  std::string xlsx = MakeXlsxForTesting({visible, hidden});
  Document doc = ExtractOrDie(xlsx, "名单.xlsx");
  const TextBlock* phone = FindBlock(doc, "13812345678");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->location, "名单!B3");
  EXPECT_EQ(phone->column_header, "联系电话");
  const TextBlock* id = FindBlock(doc, kId);
  ASSERT_NE(id, nullptr);
  EXPECT_EQ(id->location, "名单!C3（隐藏列）");
  EXPECT_TRUE(id->hidden);
  EXPECT_FALSE(phone->hidden);
  const TextBlock* sci = FindBlock(doc, "13912345678");
  ASSERT_NE(sci, nullptr);
  EXPECT_EQ(sci->location, "名单!B4（隐藏行）");
  const TextBlock* hidden_cell = FindBlock(doc, "6217000000000000000");
  ASSERT_NE(hidden_cell, nullptr);
  EXPECT_EQ(hidden_cell->location, "底稿!A2（隐藏工作表）");
  EXPECT_TRUE(hidden_cell->hidden);
  auto findings = Privacy(doc);
  ASSERT_THAT(findings, SizeIs(3));
  EXPECT_EQ(findings[0].location, "名单!B3");
  EXPECT_EQ(findings[1].location, "名单!C3（隐藏列）");
  EXPECT_EQ(findings[2].location, "名单!B4（隐藏行）");
}

// A sheet of a few hundred KB is read in batches of rows as it is inflated;
// cells on either side of a batch boundary keep their places and headers.
TEST(ExtractorTest, LargeSheetReadInBatches) {
  SheetForTesting sheet{"名单", {{"序号", "姓名", "身份证号码"}}};
  for (int i = 1; i <= 3000; ++i) {
    sheet.rows.push_back({"#" + std::to_string(i), "张" + std::to_string(i),
                          i == 2999 ? kId : "无" + std::string(20, 'x')});
  }
  Document doc = ExtractOrDie(MakeXlsxForTesting({sheet}), "大表.xlsx");
  ASSERT_THAT(doc.blocks, SizeIs(3 + 3000 * 3));
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const TextBlock& b = doc.blocks[i];
    ASSERT_EQ(b.row, static_cast<int>(i / 3)) << i;
    ASSERT_EQ(b.column, static_cast<int>(i % 3)) << i;
    if (i >= 3) {
      ASSERT_EQ(b.column_header, doc.blocks[i % 3].text) << i;
    }
  }
  auto findings = Privacy(doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].location, "名单!C3000");
}

// Excel keeps 15 significant digits: an ID typed as a number is stored as
// 3.60702198503124E+17 (or by other writers as the nearest double), and its
// last 3 digits are gone. The text is what the file holds; the finding says so.
TEST(ExtractorTest, XlsxIdCardStoredAsNumberKeepsWhatTheFileHolds) {
  SheetForTesting sheet{"名单",
                        {{"姓名", "身份证号码", "备注"},
                         {"王五", "#3.60702198503124E+17", "#12"},
                         {"赵六", "#360702198503123968", "#1"}}};
  Document doc = ExtractOrDie(MakeXlsxForTesting({sheet}), "名单.xlsx");
  const TextBlock* excel = FindBlock(doc, "360702198503124000");
  ASSERT_NE(excel, nullptr);
  EXPECT_TRUE(excel->stored_as_number);
  EXPECT_EQ(excel->location, "名单!B2");
  const TextBlock* other = FindBlock(doc, "360702198503123968");
  ASSERT_NE(other, nullptr);
  EXPECT_TRUE(other->stored_as_number);
  EXPECT_FALSE(FindBlock(doc, "王五")->stored_as_number);

  auto findings = Privacy(doc);
  ASSERT_THAT(findings, SizeIs(2));
  EXPECT_EQ(findings[0].kind, "id_card");
  EXPECT_EQ(findings[0].location, "名单!B2");
  EXPECT_EQ(findings[0].evidence, "**************4000");
  EXPECT_THAT(findings[0].detail,
              HasSubstr("单元格以数值格式存储，电子表格只保留 15 位有效数字，末 3 "
                        "位已丢失或失真，无法核验校验位"));
  EXPECT_EQ(findings[1].evidence, "**************3968");
}

TEST(ExtractorTest, PptxSlides) {
  std::string slide =
      "<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>联系人手机：</a:t></"
      "a:r><a:r><a:t>13812345678</a:t></a:r></a:p>"
      "</p:txBody></p:sp></p:spTree></p:cSld></p:sld>";
  std::string pptx = MakeZipForTesting({{"ppt/presentation.xml", "<p:presentation/>"},
                                        {"ppt/slides/slide2.xml", slide},
                                        {"ppt/slides/slide10.xml", slide}});
  Document doc = ExtractOrDie(pptx, "汇报.pptx");
  ASSERT_THAT(doc.blocks, SizeIs(2));
  EXPECT_EQ(doc.blocks[0].text, "联系人手机：13812345678");
  EXPECT_EQ(doc.blocks[0].location, "第2张幻灯片");
  EXPECT_EQ(doc.blocks[1].location, "第10张幻灯片");
}

// An OFD package as 数科/福昕 writers lay it out: OFD.xml → Doc_0/Document.xml
// → pages, each page's text in TextObject/TextCode runs.
TEST(ExtractorTest, OfdPages) {
  const std::string ns = " xmlns:ofd=\"http://www.ofdspec.org/2016\"";
  auto page = [&](const std::vector<std::vector<std::string>>& objects) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page" + ns +
                      "><ofd:Content><ofd:Layer ID=\"2\">";
    for (const auto& runs : objects) {
      xml += "<ofd:TextObject ID=\"3\" Boundary=\"0 0 100 10\" Font=\"4\" Size=\"3.5\">";
      for (const std::string& run : runs) {
        xml += "<ofd:TextCode X=\"0\" Y=\"3\" DeltaX=\"g 3 3.5\">" + XmlEscapeForTesting(run) +
               "</ofd:TextCode>";
      }
      xml += "</ofd:TextObject>";
    }
    return xml + "</ofd:Layer></ofd:Content></ofd:Page>";
  };
  std::string ofd = MakeZipForTesting(
      {{"OFD.xml", "<?xml version=\"1.0\"?><ofd:OFD" + ns +
                       " Version=\"1.0\"><ofd:DocBody><ofd:DocInfo/><ofd:DocRoot>Doc_0/"
                       "Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"},
       {"Doc_0/Document.xml",
        "<ofd:Document" + ns +
            "><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/><ofd:Page "
            "ID=\"5\" BaseLoc=\"/Doc_0/Pages/Page_1/Content.xml\"/></ofd:Pages></ofd:Document>"},
       {"Doc_0/Pages/Page_0/Content.xml", page({{"关于发放补贴的通知"}, {"各乡镇："}})},
       {"Doc_0/Pages/Page_1/Content.xml",
        page({{"联系人：张三，身份证号码：", kId}, {"电话：", "13812345678"}})}});
  Document doc = ExtractOrDie(ofd, "http://a.gov.cn/通知.ofd");
  ASSERT_THAT(doc.blocks, SizeIs(2));
  EXPECT_EQ(doc.blocks[0].text, "关于发放补贴的通知 各乡镇：");
  EXPECT_EQ(doc.blocks[0].location, "第1页");
  EXPECT_EQ(doc.blocks[1].location, "第2页");
  auto findings = Privacy(doc);
  ASSERT_THAT(findings, SizeIs(2));
  EXPECT_EQ(findings[0].kind, "id_card");
  EXPECT_EQ(findings[0].location, "第2页");
  EXPECT_EQ(findings[1].kind, "mobile");

  // Pages drawn as images only: a scan, as for PDF.
  std::string scan = MakeZipForTesting(
      {{"OFD.xml", "<ofd:OFD" + ns +
                       "><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot>"
                       "</ofd:DocBody></ofd:OFD>"},
       {"Doc_0/Document.xml", "<ofd:Document" + ns +
                                  "><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/"
                                  "Content.xml\"/></ofd:Pages></ofd:Document>"},
       {"Doc_0/Pages/Page_0/Content.xml",
        "<ofd:Page" + ns +
            "><ofd:Content><ofd:Layer><ofd:ImageObject ResourceID=\"9\"/>"
            "</ofd:Layer></ofd:Content></ofd:Page>"}});
  EXPECT_EQ(Reason(ExtractAttachment(scan, "扫描件.ofd", {})), "no_text_layer");
}

TEST(ExtractorTest, PdfPagesAndScans) {
  std::string pdf = MakePdfForTesting({"Notice", "ID " + kId + "\nTel 13812345678"});
  Document doc = ExtractOrDie(pdf, "a.pdf");
  ASSERT_THAT(doc.blocks, SizeIs(2));
  EXPECT_EQ(doc.blocks[1].location, "第2页");
  EXPECT_EQ(doc.blocks[1].text, "ID " + kId + "\nTel 13812345678");
  auto scan = ExtractAttachment(MakePdfForTesting({"", ""}), "scan.pdf", {});
  EXPECT_EQ(Reason(scan), "no_text_layer");
  EXPECT_EQ(scan.status().message(),
            "no_text_layer: PDF has no text layer (2 pages, probably scanned images) (scan.pdf)");
  EXPECT_EQ(Reason(ExtractAttachment("%PDF-1.4\ngarbage", "bad.pdf", {})), "corrupt");
}

TEST(ExtractorTest, CsvAndTextInGbkAndUtf16) {
  std::string gbk_csv = "\xC9\xED\xB7\xDD\xD6\xA4\xBA\xC5,\xD0\xD5\xC3\xFB\n" + kId + ",x\n";
  Document csv = ExtractOrDie(gbk_csv, "a.csv");
  const TextBlock* id = FindBlock(csv, kId);
  ASSERT_NE(id, nullptr);
  EXPECT_EQ(id->column_header, "身份证号");
  EXPECT_EQ(id->location, "第2行 第1列");
  std::string utf16(
      "\xFF\xFE"
      "1\0"
      "3\0"
      "8\0",
      8);
  Document txt = ExtractOrDie(utf16, "a.txt");
  ASSERT_THAT(txt.blocks, SizeIs(1));
  EXPECT_EQ(txt.blocks[0].text, "138");
  Document quoted = ExtractOrDie("\"a,\"\"b\"\"\nc\",d\n", "q.csv");
  ASSERT_THAT(quoted.blocks, SizeIs(2));
  EXPECT_EQ(quoted.blocks[0].text, "a,\"b\" c");
}

TEST(ExtractorTest, ZipRecursionWithPaths) {
  std::string inner = MakeZipForTesting({{"名单/电话.txt", "手机：13812345678\n"}});
  std::string outer =
      MakeZipForTesting({{"说明.txt", "无"},
                         {"附件.zip", inner},
                         {"图片.png", "\x89PNG"},
                         {"表.xlsx", MakeXlsxForTesting({{"S", {{"a", "b"}, {"c", "d"}}}})}});
  Document doc = ExtractOrDie(outer, "http://a.gov.cn/up/打包.zip");
  const TextBlock* phone = FindBlock(doc, "13812345678");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->location, "打包.zip/附件.zip/名单/电话.txt 第1行");
  const TextBlock* cell = FindBlock(doc, "d");
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->location, "打包.zip/表.xlsx S!B2");
}

TEST(ExtractorTest, ArchiveBlocksStopAtTheLimit) {
  std::string lines;
  for (int i = 0; i < 8; ++i) lines += "第" + std::to_string(i) + "行\n";
  AttachOptions options;
  options.max_blocks = 5;
  for (const std::string& first : {lines, std::string("一\n")}) {
    std::string zip = MakeZipForTesting({{"a.txt", first}, {"b.txt", lines}});
    std::vector<AttachmentProblem> problems;
    Result<Document> doc = ExtractAttachment(zip, "z.zip", options, &problems);
    ASSERT_TRUE(doc.ok());
    ASSERT_THAT(doc->blocks, SizeIs(5));
    EXPECT_EQ(doc->blocks[0].location, "z.zip/a.txt 第1行");
    ASSERT_THAT(problems, SizeIs(1));
    EXPECT_THAT(std::string(problems[0].status.message()), HasSubstr("only the first 5"));
  }
}

TEST(ExtractorTest, ZipBombIsRefused) {
  std::string zeros(24u << 20, '0');
  std::string bomb = MakeZipForTesting({{"bomb.txt", zeros}});
  ASSERT_LT(bomb.size(), 200000u);
  std::vector<AttachmentProblem> problems;
  auto doc = ExtractAttachment(bomb, "bomb.zip", {}, &problems);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->blocks.empty());
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(problems[0].path, "bomb.zip/bomb.txt");
  EXPECT_THAT(std::string(problems[0].status.message()), HasSubstr("expansion ratio over 200:1"));
  AttachOptions tight;
  tight.max_expanded_bytes = 1000;
  auto docx = ExtractAttachment(MakeDocxForTesting({std::string(5000, 'a')}, {}), "a.docx", tight);
  EXPECT_EQ(Reason(docx), "too_large");
}

TEST(ExtractorTest, SevenZipEntriesWithPathsAndNesting) {
  std::string inner = Make7zForTesting({{"名单/电话.txt", "手机：13812345678\n"}});
  ASSERT_FALSE(inner.empty());
  std::string outer = Make7zForTesting(
      {{"说明.txt", "无"},
       {"附件.7z", inner},
       {"图片.png", "\x89PNG"},
       {"表.xlsx", MakeXlsxForTesting({{"S", {{"姓名", "身份证号"}, {"张三", kId}}}})}});
  std::vector<AttachmentProblem> problems;
  Result<Document> doc = ExtractAttachment(outer, "http://a.gov.cn/up/打包.7z", {}, &problems);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const TextBlock* phone = FindBlock(*doc, "13812345678");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->location, "打包.7z/附件.7z/名单/电话.txt 第1行");
  auto findings = Privacy(*doc);
  ASSERT_THAT(findings, SizeIs(2));
  EXPECT_EQ(findings[1].kind, "id_card");
  EXPECT_EQ(findings[1].location, "打包.7z/表.xlsx S!B2");
  EXPECT_TRUE(problems.empty());  // The png is not an attachment type.
}

// 7-Zip itself made these (testdata/attach/make_archives.sh): a roster as CSV,
// the same with encrypted file names (-mhe=on), and with encrypted contents.
TEST(ExtractorTest, SevenZipMadeBy7Zip) {
  std::string bytes = ReadTestdata("roster.7z");
  ASSERT_FALSE(bytes.empty());
  Document doc = ExtractOrDie(bytes, "roster.7z");
  auto findings = Privacy(doc);
  ASSERT_THAT(findings, SizeIs(2));
  EXPECT_EQ(findings[0].kind, "id_card");
  EXPECT_EQ(findings[0].location, "roster.7z/低保名单.csv 第2行 第3列");
  std::string locked = ReadTestdata("encrypted.7z");
  ASSERT_FALSE(locked.empty());
  Result<Document> r = ExtractAttachment(locked, "locked.7z", {});
  EXPECT_EQ(Reason(r), "encrypted") << r.status().ToString();
  // Readable names, encrypted contents: the entry is reported, not the file.
  std::vector<AttachmentProblem> problems;
  Result<Document> entries =
      ExtractAttachment(ReadTestdata("encrypted_entries.7z"), "名单.7z", {}, &problems);
  ASSERT_TRUE(entries.ok()) << entries.status().ToString();
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(problems[0].path, "名单.7z/低保名单.csv");
  EXPECT_EQ(Reason(Result<Document>(problems[0].status)), "encrypted");
}

// The bomb limits of zip hold for 7z: a solid archive may not expand more
// than max_expansion_ratio times its size (plus 1 MB), nor past
// max_expanded_bytes, and the rest of the scan goes on.
TEST(ExtractorTest, SevenZipBombIsRefused) {
  std::string bomb = Make7zForTesting({{"bomb.txt", std::string(24u << 20, '0')}});
  ASSERT_FALSE(bomb.empty());
  ASSERT_LT(bomb.size(), 200000u);
  std::vector<AttachmentProblem> problems;
  auto doc = ExtractAttachment(bomb, "bomb.7z", {}, &problems);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->blocks.empty());
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(problems[0].path, "bomb.7z/bomb.txt");
  EXPECT_THAT(std::string(problems[0].status.message()), HasSubstr("expansion ratio over 200:1"));

  AttachOptions tight;
  tight.max_expanded_bytes = 1000;
  problems.clear();
  std::string two = Make7zForTesting({{"a.txt", std::string(5000, 'a')}, {"b.txt", "13812345678"}});
  doc = ExtractAttachment(two, "two.7z", tight, &problems);
  ASSERT_TRUE(doc.ok());
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(Reason(Result<Document>(problems[0].status)), "too_large");
}

TEST(ExtractorTest, RarEntries) {
  std::string rar = MakeStoredRarForTesting(
      {{"list.csv", "name,mobile\nzhang,13812345678\n"}, {"readme.png", "\x89PNG"}});
  std::vector<AttachmentProblem> problems;
  Result<Document> doc = ExtractAttachment(rar, "名单.rar", {}, &problems);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  auto findings = Privacy(*doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].location, "名单.rar/list.csv 第2行 第2列");
  EXPECT_TRUE(problems.empty());
}

TEST(ExtractorTest, ArchiveCountAndDepthLimits) {
  AttachOptions options;
  options.max_entries = 2;
  std::vector<AttachmentProblem> problems;
  Result<Document> doc = ExtractAttachment(
      Make7zForTesting(
          {{"a.txt", "13812345678"}, {"b.txt", "一"}, {"c.txt", "二"}, {"d.txt", "三"}}),
      "many.7z", options, &problems);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_THAT(doc->blocks, SizeIs(2));  // What was read before the limit stays.
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(problems[0].path, "many.7z/c.txt");
  EXPECT_EQ(Reason(Result<Document>(problems[0].status)), "too_large");

  // Zip stops at the same place, with one problem rather than one per entry.
  problems.clear();
  doc = ExtractAttachment(
      MakeZipForTesting(
          {{"a.txt", "13812345678"}, {"b.txt", "一"}, {"c.txt", "二"}, {"d.txt", "三"}}),
      "many.zip", options, &problems);
  ASSERT_TRUE(doc.ok());
  EXPECT_THAT(doc->blocks, SizeIs(2));
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(problems[0].path, "many.zip/c.txt");

  std::string z = Make7zForTesting({{"a.txt", "13812345678"}});
  for (int i = 0; i < 5; ++i) z = Make7zForTesting({{"n" + std::to_string(i) + ".7z", z}});
  problems.clear();
  doc = ExtractAttachment(z, "deep.7z", {}, &problems);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->blocks.empty());
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(Reason(Result<Document>(problems[0].status)), "too_large");
  EXPECT_THAT(std::string(problems[0].status.message()), HasSubstr("nested deeper than 3"));
}

TEST(ExtractorTest, SevenZipAndRarThatCannotBeRead) {
  // No free Debian tool writes rar, so rar is tested for clear errors only.
  Result<Document> rar = ExtractAttachment(std::string("Rar!\x1A\x07\x00garbage", 14), "a.rar", {});
  EXPECT_EQ(Reason(rar), "corrupt");
  EXPECT_THAT(std::string(rar.status().message()), HasSubstr("a.rar"));
  Result<Document> rar5 =
      ExtractAttachment(std::string("Rar!\x1A\x07\x01\x00garbage!", 16), "b.rar", {});
  EXPECT_FALSE(rar5.ok());
  EXPECT_THAT(std::string(rar5.status().message()), HasSubstr("b.rar"));
  std::string cut = Make7zForTesting({{"a.txt", std::string(3000, 'x') + "13812345678"}});
  cut.resize(cut.size() / 2);
  std::vector<AttachmentProblem> problems;
  Result<Document> seven = ExtractAttachment(cut, "cut.7z", {}, &problems);
  EXPECT_EQ(Reason(seven), "corrupt") << seven.status().ToString();
  EXPECT_EQ(Reason(ExtractAttachment("not an archive", "x.7z", {})), "corrupt");
}

TEST(ExtractorTest, DeepNestingStops) {
  std::string z = MakeZipForTesting({{"a.txt", "13812345678"}});
  for (int i = 0; i < 5; ++i) z = MakeZipForTesting({{"n" + std::to_string(i) + ".zip", z}});
  std::vector<AttachmentProblem> problems;
  auto doc = ExtractAttachment(z, "deep.zip", {}, &problems);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->blocks.empty());
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(Reason(Result<Document>(problems[0].status)), "too_large");
}

TEST(ExtractorTest, EncryptedAndCorruptFiles) {
  std::string encrypted = MakeZipForTesting({{"a.txt", "13812345678", true}});
  std::vector<AttachmentProblem> problems;
  auto doc = ExtractAttachment(encrypted, "e.zip", {}, &problems);
  ASSERT_TRUE(doc.ok());
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_EQ(Reason(Result<Document>(problems[0].status)), "encrypted");
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  std::string enc_ooxml = ole + std::string(100, '\0') +
                          std::string("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
  EXPECT_EQ(Reason(ExtractAttachment(enc_ooxml, "a.xlsx", {})), "encrypted");
  EXPECT_EQ(Reason(ExtractAttachment("PK\x03\x04garbage", "a.docx", {})), "corrupt");
  const Result<Document> bad_doc = ExtractAttachment(ole + std::string(600, '\0'), "a.doc", {});
  EXPECT_EQ(Reason(bad_doc), "corrupt");
  // Rejected by its header, before any tool runs (whose messages would name
  // the temporary copy).
  EXPECT_NE(bad_doc.status().message().find("OLE compound file header is damaged"),
            std::string::npos)
      << bad_doc.status().message();
  EXPECT_EQ(bad_doc.status().message().find("govmon-attach"), std::string::npos);
  EXPECT_EQ(Reason(ExtractAttachment(ole + std::string(100, '\0'), "b.xls", {})), "corrupt");
  EXPECT_EQ(Reason(ExtractAttachment("\x89PNG\r\n", "a.png", {})), "unsupported");
  EXPECT_EQ(Reason(ExtractAttachment(std::string("II*\0\x08\0\0\0", 8), "scan.tif", {})),
            "unsupported");
  Result<Document> odt =
      ExtractAttachment(MakeZipForTesting({{"content.xml", "<office/>"}}), "通知.odt", {});
  EXPECT_EQ(Reason(odt), "unsupported");
  EXPECT_THAT(std::string(odt.status().message()), HasSubstr(".odt documents are not read"));
  EXPECT_EQ(Reason(ExtractAttachment(MakeZipForTesting({{"a.xml", "<a/>"}}), "通知.ofd", {})),
            "corrupt");
  EXPECT_EQ(
      Reason(ExtractAttachment(MakeZipForTesting({{"OFD.xml", "<ofd:OFD/>"}}), "通知.ofd", {})),
      "corrupt");
  AttachOptions small;
  small.max_input_bytes = 10;
  EXPECT_EQ(Reason(ExtractAttachment(std::string(11, 'a'), "a.txt", small)), "too_large");
}

TEST(ExtractorTest, LegacyExcelThroughXls2csv) {
  std::string xls = ReadTestdata("roster.xls");
  ASSERT_FALSE(xls.empty());
  Document doc = ExtractOrDie(xls, "roster.xls");
  const TextBlock* id = FindBlock(doc, "360702198503124515");
  ASSERT_NE(id, nullptr);
  EXPECT_EQ(id->location, "Sheet1!C2");
  EXPECT_EQ(id->column_header, "身份证号");
  auto findings = Privacy(doc);
  std::vector<std::string> kinds;
  for (const Finding& f : findings) kinds.push_back(f.kind + "@" + f.location);
  EXPECT_THAT(kinds, ::testing::ElementsAre("id_card@Sheet1!C2", "mobile@Sheet1!D2",
                                            "bank_card@Sheet1!E2", "id_card@Sheet1!C3",
                                            "mobile@Sheet1!D3", "bank_card@Sheet1!E3"));
}

// A real Word 97 file (LibreOffice wrote it: testdata/attach/make_doc.sh),
// read through antiword. WPS Writer's .wps files are the same format.
TEST(ExtractorTest, LegacyWordThroughAntiword) {
  std::string doc_bytes = ReadTestdata("roster.doc");
  ASSERT_FALSE(doc_bytes.empty());
  for (std::string name : {"公示.doc", "公示.wps"}) {
    Document doc = ExtractOrDie(doc_bytes, name);
    const TextBlock* notice = FindBlock(doc, "身份证号码：360702198503124515");
    ASSERT_NE(notice, nullptr) << name;
    EXPECT_EQ(notice->location, "第2段");
    auto findings = Privacy(doc);
    std::vector<std::string> kinds;
    for (const Finding& f : findings) kinds.push_back(f.kind + " " + f.evidence);
    EXPECT_THAT(kinds, ::testing::ElementsAre("id_card **************4515", "mobile *******5678",
                                              "bank_card ***************0122"))
        << name;
    // antiword's table rows become cells under their column headers.
    ASSERT_THAT(findings, SizeIs(3));
    EXPECT_EQ(findings[2].location, "表1 第2行 第2列");
    EXPECT_EQ(findings[2].confidence, 0.95);
    EXPECT_THAT(findings[2].detail, HasSubstr("所在列表头“银行账号”"));
  }
}

// xls2csv prints a number of 16 or more digits as 3.60702198503125e+17: the
// digits it holds are kept, and the cell counts as stored as a number.
TEST(ExtractorTest, LegacyExcelIdTypedAsNumber) {
  Document doc = ExtractOrDie(ReadTestdata("numbers.xls"), "numbers.xls");
  const TextBlock* id = FindBlock(doc, "360702198503125000");
  ASSERT_NE(id, nullptr);
  EXPECT_TRUE(id->stored_as_number);
  EXPECT_EQ(id->location, "Sheet1!B2");
  auto findings = Privacy(doc);
  ASSERT_THAT(findings, SizeIs(2));
  EXPECT_EQ(findings[0].kind, "id_card");
  EXPECT_EQ(findings[0].evidence, "**************5000");
  EXPECT_THAT(findings[0].detail, HasSubstr("末 3 位已丢失或失真"));
  EXPECT_EQ(findings[1].kind, "mobile");
}

TEST(ExtractorTest, CsvNumbersInScientificNotation) {
  Document doc = ExtractOrDie("姓名,身份证号码,金额\n张三,3.60702198503124E+17,1.5e3\n", "a.csv");
  const TextBlock* id = FindBlock(doc, "360702198503124000");
  ASSERT_NE(id, nullptr);
  EXPECT_TRUE(id->stored_as_number);
  EXPECT_TRUE(FindBlock(doc, "1500")->stored_as_number);
  EXPECT_FALSE(FindBlock(doc, "张三")->stored_as_number);
  auto findings = Privacy(doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].location, "第2行 第2列");
}

TEST(ExtractorTest, PasswordProtectedPdf) {
  std::string pdf = ReadTestdata("encrypted.pdf");
  ASSERT_FALSE(pdf.empty());
  EXPECT_EQ(Reason(ExtractAttachment(pdf, "locked.pdf", {})), "encrypted");
}

TEST(ExtractorTest, UnreadableFinding) {
  auto scan = ExtractAttachment(MakePdfForTesting({""}), "scan.pdf", {});
  ASSERT_FALSE(scan.ok());
  Finding f = AttachmentUnreadableFinding("http://a.gov.cn/", "http://a.gov.cn/scan.pdf",
                                          UnreadableReasonName(UnreadableReasonOf(scan.status())),
                                          scan.status().message());
  EXPECT_EQ(f.check, "attachment_unreadable");
  EXPECT_EQ(f.kind, "no_text_layer");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_THAT(f.detail, HasSubstr("扫描件"));
}

}  // namespace
}  // namespace govmon
