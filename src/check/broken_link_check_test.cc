#include "check/broken_link_check.h"

#include <gtest/gtest.h>

#include "check/site_snapshot.h"

namespace govmon {
namespace {

class VectorGraph final : public LinkGraph {
 public:
  explicit VectorGraph(std::vector<LinkEdge> edges) : edges_(std::move(edges)) {}
  void ForEachEdge(const std::function<void(const LinkEdge&)>& visit) const override {
    for (const LinkEdge& e : edges_) visit(e);
  }

 private:
  std::vector<LinkEdge> edges_;
};

SiteSnapshot TwoPagesOneDeadImage() {
  SiteSnapshot site;
  site.site = "http://a.gov.cn/";
  site.pages = {{"http://a.gov.cn/", 0, 200, "首页"}, {"http://a.gov.cn/x.html", 1, 200, "文章"}};
  LinkTarget ok;
  ok.url = "http://a.gov.cn/x.html";
  ok.status.http_status = 200;
  LinkTarget dead;
  dead.url = "http://a.gov.cn/bg.png";
  dead.type = TargetType::kImage;
  dead.status.http_status = 404;
  site.targets = {ok, dead};
  return site;
}

TEST(BrokenLinkCheckTest, OneFindingPerPageAndTargetWithHomePageMoreSevere) {
  SiteSnapshot site = TwoPagesOneDeadImage();
  // Page 1 names the image twice (an <img> and its style sheet's url()).
  VectorGraph graph({{0, 0}, {0, 1}, {1, 1}, {1, 1}});
  site.links = &graph;
  FindingStore out;
  BrokenLinkCheck().Inspect(site, &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].url, "http://a.gov.cn/");
  EXPECT_EQ(out[0].kind, "http_404");
  EXPECT_EQ(out[0].severity, Severity::kError);
  EXPECT_NE(out[0].detail.find("on the home page"), std::string::npos);
  EXPECT_EQ(out[1].url, "http://a.gov.cn/x.html");
  EXPECT_EQ(out[1].severity, Severity::kWarning);
}

}  // namespace
}  // namespace govmon
