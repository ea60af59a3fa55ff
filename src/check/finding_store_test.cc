#include "check/finding_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace govmon {
namespace {

Finding Make(std::string check, std::string url, std::string detail) {
  Finding f;
  f.check = std::move(check);
  f.url = std::move(url);
  f.detail = std::move(detail);  // Not a sort key: shows that ties keep their order.
  return f;
}

Finding Full(int i) {
  Finding f;
  f.check = i % 2 ? "broken_link" : "typo";
  f.severity = static_cast<Severity>(i % 4);
  f.site = "https://www.a.gov.cn/";
  f.url = "https://www.a.gov.cn/page/" + std::to_string(i) + ".html";
  f.target = "https://www.a.gov.cn/missing/" + std::to_string(i % 7) + ".pdf";
  f.kind = "http_404";
  f.evidence = "身份证号 1101**********" + std::to_string(i);
  f.suggestion = i % 3 ? "" : "建议";
  f.context = std::string(static_cast<size_t>(i % 50), 'x');
  f.location = i % 5 ? "" : "第" + std::to_string(i) + "页";
  f.detail = "attachment, not on the home page, HTTP 404";
  if (i % 3 == 0) f.confidence = 0.25 * (i % 4);
  return f;
}

TEST(FindingStoreTest, RoundTripsEveryField) {
  FindingStore store;
  std::vector<Finding> expected;
  for (int i = 0; i < 5000; ++i) {
    expected.push_back(Full(i));
    store.push_back(expected.back());
  }
  ASSERT_EQ(store.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) ASSERT_EQ(store[i], expected[i]) << i;
  size_t n = 0;
  for (const Finding& f : store) EXPECT_EQ(f, expected[n++]);
  EXPECT_EQ(n, expected.size());
  EXPECT_EQ(store.Key(1), SortKeyOf(expected[1]));
  EXPECT_EQ(store.Key(2).check, "typo");
  EXPECT_EQ(store.Key(2).url, "https://www.a.gov.cn/page/2.html");
}

TEST(FindingStoreTest, KeepsRepeatedFieldsOnce) {
  FindingStore store;
  // What the same findings cost as objects: each, plus a heap block (with
  // malloc's 16-byte header) for every string too long to be stored inline.
  size_t as_objects = 0;
  for (int i = 0; i < 20000; ++i) {
    const Finding f = Full(i);
    store.push_back(f);
    as_objects += sizeof(Finding);
    for (const std::string* s : {&f.check, &f.site, &f.url, &f.target, &f.kind, &f.evidence,
                                 &f.suggestion, &f.context, &f.location, &f.detail}) {
      if (s->size() > 15) as_objects += (s->size() + 16) / 16 * 16 + 16;
    }
  }
  EXPECT_LT(store.bytes() * 3, as_objects) << store.bytes() << " vs " << as_objects;
}

TEST(FindingStoreTest, SetReplacesOneFinding) {
  FindingStore store = {Full(1), Full(2), Full(3)};
  Finding changed = Full(2);
  changed.detail = "confirmed in a browser";
  changed.evidence = "截图 shots/2.png";
  store.Set(1, changed);
  EXPECT_EQ(store[0], Full(1));
  EXPECT_EQ(store[1], changed);
  EXPECT_EQ(store[2], Full(3));
}

TEST(FindingStoreTest, CopiesAndMovesAreIndependent) {
  FindingStore a = {Full(1), Full(2)};
  FindingStore b = a;
  b.push_back(Full(3));  // Interns into b's own table.
  a.push_back(Make("x", "u", "d"));
  EXPECT_EQ(a.size(), 3u);
  EXPECT_EQ(b[2], Full(3));
  EXPECT_EQ(a[2], Make("x", "u", "d"));
  FindingStore c = std::move(b);
  c.push_back(Full(4));
  EXPECT_EQ(c[0], Full(1));
  EXPECT_EQ(c[3], Full(4));
  FindingStore d;
  d = c;
  EXPECT_EQ(d[3], Full(4));
}

TEST(FindingStoreTest, SliceIteratesARange) {
  FindingStore store = {Full(0), Full(1), Full(2), Full(3)};
  std::vector<Finding> got;
  for (const Finding& f : store.Slice(1, 3)) got.push_back(f);
  EXPECT_EQ(got, (std::vector<Finding>{Full(1), Full(2)}));
  EXPECT_EQ(store.Slice(2, 2).size(), 0u);
}

TEST(FindingStoreTest, SortOrdersLikeStableSortByFindingLess) {
  std::mt19937 random(7);
  for (int round = 0; round < 50; ++round) {
    std::vector<Finding> expected;
    FindingStore store;
    const int n = static_cast<int>(random() % 200);
    for (int i = 0; i < n; ++i) {
      expected.push_back(Make("c" + std::to_string(random() % 3),
                              "http://a/" + std::to_string(random() % 10), std::to_string(i)));
      expected.back().target = random() % 2 ? "" : "t" + std::to_string(random() % 3);
      store.push_back(expected.back());
    }
    std::stable_sort(expected.begin(), expected.end(), FindingLess);
    store.Sort();
    ASSERT_EQ(store.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(store[i], expected[i]) << i;
  }
}

TEST(FindingStoreTest, SortOfEmptyAndSorted) {
  FindingStore none;
  none.Sort();
  EXPECT_TRUE(none.empty());
  FindingStore sorted = {Make("a", "1", "x"), Make("b", "1", "y")};
  sorted.Sort();
  EXPECT_EQ(sorted[0].check, "a");
  EXPECT_EQ(sorted[1].check, "b");
}

TEST(FindingStoreTest, ConcurrentReads) {
  FindingStore store;
  for (int i = 0; i < 3000; ++i) store.push_back(Full(i));
  std::vector<std::thread> readers;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&, t] {
      for (size_t i = 0; i < store.size(); ++i)
        mismatches[t] += store[i] != Full(static_cast<int>(i));
    });
  }
  for (std::thread& r : readers) r.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace govmon
