#include "check/finding.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace govmon {
namespace {

Finding Make(std::string check, std::string url, std::string detail) {
  Finding f;
  f.check = std::move(check);
  f.url = std::move(url);
  f.detail = std::move(detail);  // Not a sort key: shows that ties keep their order.
  return f;
}

TEST(SortFindingsTest, OrdersLikeStableSortByFindingLess) {
  std::mt19937 random(7);
  for (int round = 0; round < 50; ++round) {
    std::vector<Finding> findings;
    const int n = static_cast<int>(random() % 200);
    for (int i = 0; i < n; ++i) {
      findings.push_back(Make("c" + std::to_string(random() % 3),
                              "http://a/" + std::to_string(random() % 10), std::to_string(i)));
    }
    std::vector<Finding> expected = findings;
    std::stable_sort(expected.begin(), expected.end(), FindingLess);
    SortFindings(&findings);
    ASSERT_EQ(findings.size(), expected.size());
    for (size_t i = 0; i < findings.size(); ++i) {
      EXPECT_EQ(findings[i].check, expected[i].check) << i;
      EXPECT_EQ(findings[i].url, expected[i].url) << i;
      EXPECT_EQ(findings[i].detail, expected[i].detail) << i;
    }
  }
}

TEST(SortFindingsTest, EmptyAndSorted) {
  std::vector<Finding> none;
  SortFindings(&none);
  EXPECT_TRUE(none.empty());
  std::vector<Finding> sorted = {Make("a", "1", "x"), Make("b", "1", "y")};
  SortFindings(&sorted);
  EXPECT_EQ(sorted[0].check, "a");
  EXPECT_EQ(sorted[1].check, "b");
}

}  // namespace
}  // namespace govmon
