#include "crawl/soft_404.h"

#include <gtest/gtest.h>

#include <string>

namespace govmon {
namespace {

TEST(Soft404Test, RecognisesErrorPages) {
  EXPECT_TRUE(LooksLikeSoft404("404", ""));
  EXPECT_TRUE(LooksLikeSoft404("404 - 页面不存在", ""));
  EXPECT_TRUE(LooksLikeSoft404("Error 404", ""));
  EXPECT_TRUE(LooksLikeSoft404("提示信息", "对不起，您访问的页面不存在或已被删除！ 返回首页"));
  EXPECT_TRUE(LooksLikeSoft404("某某市人民政府", "该信息不存在或已删除 5秒后自动跳转"));
  EXPECT_TRUE(LooksLikeSoft404("Not Found", "The requested URL was not found on this server."));
}

TEST(Soft404Test, LeavesOrdinaryPagesAlone) {
  EXPECT_FALSE(
      LooksLikeSoft404("关于印发某某方案的通知（某政发〔2023〕404号）", "各乡镇人民政府……"));
  EXPECT_FALSE(LooksLikeSoft404("4049个项目顺利完成", ""));
  EXPECT_FALSE(LooksLikeSoft404("通知公告", "关于开展网站普查工作的通知 发布时间：2023-07-05"));
  std::string article(700, 'x');
  article += "整改中发现部分栏目页面不存在的问题，已全部整改。";
  EXPECT_FALSE(LooksLikeSoft404("关于政府网站检查情况的通报", article));
}

}  // namespace
}  // namespace govmon
