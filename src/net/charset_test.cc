#include "net/charset.h"

#include <gtest/gtest.h>

#include "testing/encode.h"

namespace govmon {
namespace {

const char kPage[] =
    "<html><head><title>赣州市人民政府</title></head><body>通知公告 政策文件</body></html>";

TEST(CharsetTest, DecodesGbkLabelledInHeader) {
  DecodedText d = DecodeToUtf8(EncodeForTesting(kPage, "GBK"), "text/html; charset=GBK", true);
  EXPECT_EQ(d.utf8, kPage);
  EXPECT_EQ(d.charset, Charset::kGb18030);
  EXPECT_EQ(d.source, CharsetSource::kHeader);
  EXPECT_EQ(d.invalid_sequences, 0u);
}

TEST(CharsetTest, DecodesGb2312FromMetaCharset) {
  std::string page = std::string(
                         "<html><head><meta http-equiv=\"Content-Type\" "
                         "content=\"text/html; charset=gb2312\">") +
                     "<title>县政府</title></head></html>";
  DecodedText d = DecodeToUtf8(EncodeForTesting(page, "GB2312"), "text/html", true);
  EXPECT_EQ(d.utf8, page);
  EXPECT_EQ(d.source, CharsetSource::kMeta);
}

TEST(CharsetTest, DecodesHtml5MetaCharset) {
  std::string page = "<meta charset='gb18030'><p>政务公开</p>";
  DecodedText d = DecodeToUtf8(EncodeForTesting(page, "GB18030"), "", true);
  EXPECT_EQ(d.utf8, page);
  EXPECT_EQ(d.source, CharsetSource::kMeta);
}

TEST(CharsetTest, SniffsUnlabelledGbk) {
  DecodedText d = DecodeToUtf8(EncodeForTesting(kPage, "GBK"), "text/html", true);
  EXPECT_EQ(d.utf8, kPage);
  EXPECT_EQ(d.source, CharsetSource::kSniffed);
}

TEST(CharsetTest, OverridesUtf8LabelOnGbkBytes) {
  DecodedText d = DecodeToUtf8(EncodeForTesting(kPage, "GBK"), "text/html; charset=utf-8", true);
  EXPECT_EQ(d.utf8, kPage);
  EXPECT_EQ(d.charset, Charset::kGb18030);
}

TEST(CharsetTest, SniffsBig5) {
  std::string page =
      "<html><body>政府資訊公開，網站首頁，最新消息與通知公告。本網站由縣政府主辦。</body></html>";
  DecodedText d = DecodeToUtf8(EncodeForTesting(page, "BIG5"), "", true);
  EXPECT_EQ(d.utf8, page);
  EXPECT_EQ(d.charset, Charset::kBig5);
}

TEST(CharsetTest, HonoursBomAndUtf8) {
  DecodedText d = DecodeToUtf8("\xEF\xBB\xBF首页", "text/html; charset=gbk", true);
  EXPECT_EQ(d.utf8, "首页");
  EXPECT_EQ(d.source, CharsetSource::kBom);
  EXPECT_EQ(DecodeToUtf8(kPage, "", true).utf8, kPage);
}

TEST(CharsetTest, ReplacesInvalidBytes) {
  size_t invalid = 0;
  std::string out = ConvertToUtf8("ab\xFF\xFF", Charset::kGb18030, &invalid);
  EXPECT_EQ(out.substr(0, 2), "ab");
  EXPECT_GT(invalid, 0u);
}

TEST(CharsetTest, ParsesLabels) {
  Charset c;
  EXPECT_TRUE(CharsetFromLabel(" GB2312 ", &c));
  EXPECT_EQ(c, Charset::kGb18030);
  EXPECT_TRUE(CharsetFromLabel("x-gbk", &c));
  EXPECT_FALSE(CharsetFromLabel("klingon", &c));
  EXPECT_EQ(CharsetParameter("text/html; Charset=\"GBK\""), "GBK");
}

}  // namespace
}  // namespace govmon
