#include "base/attachment_types.h"

#include <gtest/gtest.h>

namespace govmon {
namespace {

bool LooksLikeAttachment(std::string_view url) { return IsAttachmentExtension(FileExtension(url)); }

TEST(AttachmentTypesTest, ExtensionIgnoresQueryFragmentDirectoriesAndCase) {
  EXPECT_EQ(FileExtension("http://a.gov.cn/files/名单.XLSX?v=1#x"), "xlsx");
  EXPECT_EQ(FileExtension("http://a.gov.cn/a.b/readme"), "");
  // A local path keeps '#' and '?' as part of its name.
  EXPECT_EQ(PathExtension("/home/编辑/报告#2.DOCX"), "docx");
  EXPECT_EQ(PathExtension("稿件?.txt"), "txt");
  EXPECT_EQ(PathExtension("dir.v2/readme"), "");
  EXPECT_EQ(FileExtension("C:\\docs\\报告.Doc"), "doc");
  EXPECT_EQ(FileExtension("archive.tar.gz"), "gz");
  EXPECT_EQ(FileExtension(""), "");
}

TEST(AttachmentTypesTest, DocumentsAndArchivesAreAttachments) {
  for (std::string_view url : {"/u/1.wps", "a.7z", "b.rar", "名单.xls", "c.ofd", "scan.tif",
                               "d.pdf", "e.csv", "f.docx", "g.xlsm"}) {
    EXPECT_TRUE(LooksLikeAttachment(url)) << url;
  }
}

TEST(AttachmentTypesTest, PagesImagesAndDirectoriesAreNot) {
  for (std::string_view url : {"http://a.gov.cn/art/1.html", "http://a.gov.cn/docx/",
                               "http://a.gov.cn/img/a.png", "/a.js", "/b.css", "/c.jpg", "/d"}) {
    EXPECT_FALSE(LooksLikeAttachment(url)) << url;
  }
}

}  // namespace
}  // namespace govmon
