#include "check/site_model.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "html/html_parser.h"

namespace govmon {
namespace {

using ::testing::ElementsAre;

SitePage Summarize(std::string_view html, std::string_view url = "http://a.gov.cn/gzdt/",
                   SummarizeOptions options = {}) {
  return SummarizePage(ParseHtml(html, url), options);
}

std::string ReadTestdata(const std::string& rel) {
  std::ifstream in(std::string(GOVMON_SOURCE_DIR) + "/testdata/" + rel, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(SiteModelTest, ListWithSpanDatesBreadcrumbAndSidebar) {
  SitePage page = Summarize(R"(<html><head><title>工作动态_某市</title></head><body>
    <div class="nav"><a href="/">首页</a><a href="/gzdt/">工作动态</a></div>
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 工作动态</div>
    <ul class="list">
      <li><a href="./202307/t20230705_1.html">市政府召开常务会议</a><span>2023-07-05</span></li>
      <li><a href="./202307/t20230701_2.html">全市防汛工作会议召开</a><span>2023-07-01</span></li>
      <li><a href="./202306/t20230620_3.html">我市开展安全生产检查</a><span>2023-06-20</span></li>
    </ul>
    <div class="sidebar"><ul>
      <li><a href="/x/1.html">热点新闻标题一二三</a><span>2023-07-19</span></li>
      <li><a href="/x/2.html">热点新闻标题四五六</a><span>2023-07-18</span></li>
      <li><a href="/x/3.html">热点新闻标题七八九</a><span>2023-07-17</span></li>
    </ul></div>
    <div class="footer">更新时间：2023-07-20</div></body></html>)");
  EXPECT_TRUE(page.is_list);
  EXPECT_FALSE(page.is_article);
  EXPECT_EQ(page.column_name, "工作动态");
  EXPECT_THAT(page.breadcrumb, ElementsAre("政务公开", "工作动态"));
  ASSERT_EQ(page.items.size(), 3u);
  EXPECT_EQ(page.items[0].title, "市政府召开常务会议");
  EXPECT_EQ(page.items[0].url, "http://a.gov.cn/gzdt/202307/t20230705_1.html");
  EXPECT_EQ(page.items[0].date, Date(2023, 7, 5));
  // Neither the sidebar's nor the footer's dates.
  EXPECT_EQ(page.newest_item_date, Date(2023, 7, 5));
}

TEST(SiteModelTest, DatesBeforeTitleInTableAndFromUrls) {
  SitePage page = Summarize(R"(<table class="list">
      <tr><td>[2023/7/5]</td><td><a href="show.aspx?id=1">关于开展安全生产月活动的通知</a></td></tr>
      <tr><td>[2023/7/1]</td><td><a href="show.aspx?id=2">关于调整部分公交线路的公告</a></td></tr>
      <tr><td>07-01</td><td><a href="/art/2023/6/9/art_1_3.html">关于征集民生实事项目的公告</a></td></tr>
    </table>)");
  ASSERT_EQ(page.items.size(), 3u);
  EXPECT_EQ(page.items[0].date, Date(2023, 7, 5));
  EXPECT_EQ(page.items[2].date, Date(2023, 6, 9));  // Month-day only: the URL decides.
}

TEST(SiteModelTest, PaginationStyles) {
  SitePage numbered = Summarize(R"(<ul><li><a href="1.html">第一条信息的标题</a>2023-07-01</li>
      <li><a href="2.html">第二条信息的标题</a>2023-07-02</li></ul>
      <div class="page"><a href="list_2.html">2</a><a href="list_3.html">[3]</a>
      <a href="list_2.html">下一页</a><a href="list_9.html">尾页</a><a href="/more/">更多&gt;&gt;</a></div>)",
                                "http://a.gov.cn/xw/list.html");
  EXPECT_THAT(numbered.pagination,
              ElementsAre("http://a.gov.cn/xw/list_2.html", "http://a.gov.cn/xw/list_3.html",
                          "http://a.gov.cn/xw/list_9.html"));
  SitePage script = Summarize(R"(<ul><li><a href="1.html">第一条信息的标题</a>2023-07-01</li>
      <li><a href="2.html">第二条信息的标题</a>2023-07-02</li></ul>
      <script>createPageHTML(3, 0, "index", "html");</script>)",
                              "http://a.gov.cn/tzgg/index.html");
  EXPECT_THAT(script.pagination,
              ElementsAre("http://a.gov.cn/tzgg/index.html", "http://a.gov.cn/tzgg/index_1.html",
                          "http://a.gov.cn/tzgg/index_2.html"));
}

TEST(SiteModelTest, ArticleWithMetaAndRelatedLinks) {
  SitePage page = Summarize(R"(<html><head><title>x</title>
      <meta name="ArticleTitle" content="关于印发《某市办法》的通知">
      <meta name="PubDate" content="2023-06-01 09:30"><meta name="ColumnName" content="政策文件">
      </head><body><div class="nav"><a href="/zcjd/">政策解读</a></div>
      <h1>关于印发《某市办法》的通知</h1><p>正文……</p>
      <p>相关解读：<a href="/zcjd/1.html">《某市办法》政策解读</a></p></body></html>)",
                            "http://a.gov.cn/zcwj/202306/t20230601_1.html");
  EXPECT_TRUE(page.is_article);
  EXPECT_FALSE(page.is_list);
  EXPECT_EQ(page.title, "关于印发《某市办法》的通知");
  EXPECT_EQ(page.pub_date, Date(2023, 6, 1));
  EXPECT_EQ(page.column_name, "政策文件");
  // The navigation's 政策解读 is not a related link; the content's is.
  EXPECT_EQ(page.related_urls, std::vector<std::string>{"http://a.gov.cn/zcjd/1.html"});
}

TEST(SiteModelTest, ArticleInShortParagraphsWithARelatedArticlesBoxIsNoList) {
  // No paragraph reaches 150 characters, and the box of related articles has
  // more entries than the page has paragraphs: still an article.
  std::string html =
      "<div class=position>当前位置：<a href=/>首页</a> &gt; <a href=/xwzx/>新闻中心</a></div>"
      "<div class=article><h1>全县召开安全生产工作会议</h1><div "
      "class=info>发布时间：2026-08-09</div>";
  for (int i = 0; i < 6; ++i) {
    html +=
        "<p>"
        "会议强调，要压紧压实工作责任，推动工作提质增效，深化改革创新，确保全年目标任务圆满完成，"
        "切实维护人民群众生命财产安全。</p>";
  }
  html += "</div><div class=xgwz><h4>相关文章</h4><ul>";
  for (int i = 0; i < 12; ++i) {
    html += "<li><a href=\"./t2026080" + std::to_string(i % 9) + "_" + std::to_string(i) +
            ".html\">县委常委会召开会议 研究部署第" + std::to_string(i) + "项工作</a></li>";
  }
  html += "</ul></div>";
  SitePage page = Summarize(html, "http://a.gov.cn/xwzx/202608/t20260809_1.html");
  EXPECT_TRUE(page.is_article);
  EXPECT_FALSE(page.is_list);
  EXPECT_TRUE(page.items.empty());
  EXPECT_EQ(page.pub_date, Date(2026, 8, 9));
}

TEST(SiteModelTest, BlankColumnPages) {
  EXPECT_TRUE(Summarize("<div class=crumb>当前位置：首页 &gt; 专题</div><ul><li>暂无信息</li></ul>")
                  .empty_notice);
  EXPECT_TRUE(Summarize("<div class=list>共0条记录</div>").empty_notice);
  // A column page whose list area is empty.
  EXPECT_TRUE(Summarize(R"(<head><meta name="ColumnName" content="建议提案"></head>
      <div class=crumb>当前位置：<a href="/">首页</a> &gt; 建议提案</div><ul class=list></ul>)")
                  .empty_notice);
  EXPECT_FALSE(
      Summarize("<p>本栏目介绍本单位的主要职能和内设机构情况，内容较长。</p>").empty_notice);
}

TEST(SiteModelTest, MessageBoardListWithStatusWords) {
  SitePage page = Summarize(R"(<head><title>领导信箱</title></head>
      <ul><li><a href="m1.html">咨询加装电梯补贴政策</a> 留言时间：2023-07-01 回复时间：2023-07-03 已回复</li>
      <li><a href="m2.html">反映路灯不亮问题</a> 留言时间：2023-03-01 未回复</li></ul>)",
                            "http://a.gov.cn/ldxx/");
  EXPECT_TRUE(page.message_board);
  ASSERT_EQ(page.messages.size(), 2u);
  EXPECT_EQ(page.messages[0].status, MessageEntry::Status::kReplied);
  EXPECT_EQ(page.messages[0].replied, Date(2023, 7, 3));
  EXPECT_EQ(page.messages[1].status, MessageEntry::Status::kPending);
  EXPECT_EQ(page.messages[1].submitted, Date(2023, 3, 1));
  EXPECT_FALSE(page.messages[1].replied.has_value());
}

TEST(SiteModelTest, MixedContentAndNavigation) {
  SummarizeOptions options;
  options.keep_navigation = true;
  SitePage page = Summarize(R"(<div class=nav><a href="/gzdt/">工作动态</a></div>
      <img src="http://a.gov.cn/a.png"><script src="http://cdn.x.cn/a.js"></script>
      <img src="https://a.gov.cn/b.png"><a href="http://a.gov.cn/x.html">普通链接</a>)",
                            "https://a.gov.cn/", options);
  EXPECT_EQ(page.insecure_resource_count, 2);
  EXPECT_THAT(page.insecure_resources,
              ElementsAre("http://a.gov.cn/a.png", "http://cdn.x.cn/a.js"));
  ASSERT_FALSE(page.navigation.empty());
  EXPECT_EQ(page.navigation[0].text, "工作动态");
  EXPECT_TRUE(Summarize("<div class=nav><a href=/x/>栏目</a></div>").navigation.empty());
}

TEST(SiteModelTest, RealisticListPageFromTheHtmlCorpus) {
  SitePage page = Summarize(ReadTestdata("html/list_page.html"),
                            "http://www.example.gov.cn/col/col21/index.html");
  EXPECT_TRUE(page.is_list);
  EXPECT_EQ(page.column_name, "通知公告");
  EXPECT_EQ(page.items.size(), 60u);
  EXPECT_EQ(page.items.front().date, Date(2023, 9, 5));
  // The pager is written by document.write; its literal 尾页 link is seen.
  EXPECT_THAT(page.pagination,
              ::testing::Contains("http://www.example.gov.cn/col/col21/index_25.html"));
}

}  // namespace
}  // namespace govmon
