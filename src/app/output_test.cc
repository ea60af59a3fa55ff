#include "app/output.h"

#include <gtest/gtest.h>

#include <sstream>

#include "base/utf8.h"

namespace govmon {
namespace {

FindingStore Sample() {
  Finding a;
  a.check = "broken_link";
  a.severity = Severity::kError;
  a.site = "http://x.gov.cn/";
  a.url = "http://x.gov.cn/";
  a.target = "http://x.gov.cn/缺失.html";
  a.kind = "http_404";
  a.detail = "page, on the home page, HTTP 404";
  Finding b;
  b.check = "privacy_leak";
  b.severity = Severity::kError;
  b.site = "http://x.gov.cn/";
  b.url = "http://x.gov.cn/a.html";
  b.kind = "id_card";
  b.evidence = "**************123X";
  b.location = "表1 第2行 第3列";
  b.confidence = 0.9;
  return {a, b};
}

TEST(OutputTest, JsonlIsOneFindingPerLineThenSummary) {
  std::ostringstream out;
  WriteReport(out, OutputFormat::kJsonl, Sample(), {{"pages", 3}});
  std::istringstream lines(out.str());
  std::string line;
  std::vector<nlohmann::json> objects;
  while (std::getline(lines, line)) objects.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objects.size(), 3u);
  EXPECT_EQ(objects[0]["check"], "broken_link");
  EXPECT_EQ(objects[0]["target"], "http://x.gov.cn/缺失.html");
  EXPECT_FALSE(objects[0].contains("evidence"));  // Empty fields are omitted.
  EXPECT_EQ(objects[1]["location"], "表1 第2行 第3列");
  EXPECT_DOUBLE_EQ(objects[1]["confidence"].get<double>(), 0.9);
  EXPECT_FALSE(objects[2].contains("check"));
  EXPECT_EQ(objects[2]["summary"]["pages"], 3);
}

TEST(OutputTest, JsonHasFindingsAndSummary) {
  std::ostringstream out;
  WriteReport(out, OutputFormat::kJson, Sample(), {{"pages", 3}});
  nlohmann::json j = nlohmann::json::parse(out.str());
  ASSERT_EQ(j["findings"].size(), 2u);
  EXPECT_EQ(j["findings"][1]["evidence"], "**************123X");
  EXPECT_EQ(j["summary"]["pages"], 3);
  std::ostringstream empty;
  WriteReport(empty, OutputFormat::kJson, FindingStore(), {{"pages", 0}});
  j = nlohmann::json::parse(empty.str());
  EXPECT_TRUE(j["findings"].is_array());
  EXPECT_TRUE(j["findings"].empty());
}

TEST(OutputTest, TableMergesFindingsThatDifferOnlyInPage) {
  FindingStore findings;
  for (int page = 0; page < 300; ++page) {
    for (int target = 0; target < 3; ++target) {
      Finding f;
      f.check = "broken_link";
      f.severity = Severity::kWarning;
      f.site = "http://x.gov.cn/";
      f.url = "http://x.gov.cn/p" + std::to_string(page) + ".html";
      f.target = "http://x.gov.cn/dead" + std::to_string(target) + ".pdf";
      f.kind = "http_404";
      findings.push_back(f);
    }
  }
  std::ostringstream out;
  WriteReport(out, OutputFormat::kTable, findings, {{"pages", 300}});
  const std::string text = out.str();
  EXPECT_NE(text.find("== broken_link (不可用链接) — 900 findings"), std::string::npos);
  size_t rows = 0;
  for (size_t at = text.find("(+299 pages)"); at != std::string::npos;
       at = text.find("(+299 pages)", at + 1)) {
    ++rows;
  }
  EXPECT_EQ(rows, 3u) << text;
}

TEST(OutputTest, TableGroupsByCheckAndAlignsChineseText) {
  std::ostringstream out;
  WriteReport(out, OutputFormat::kTable, Sample(), {{"pages", 3}});
  std::string text = out.str();
  EXPECT_NE(text.find("== broken_link (不可用链接) — 1 finding"), std::string::npos);
  EXPECT_NE(text.find("== privacy_leak (隐私泄露) — 1 finding"), std::string::npos);
  // Within one group every row has the same display width up to its last column.
  std::istringstream lines(text);
  std::string line, header;
  while (std::getline(lines, line)) {
    if (line.starts_with("级别")) header = line;
    if (line.starts_with("error") && line.find("表1") != std::string::npos) {
      size_t header_col = DisplayWidth(header.substr(0, header.find("原文")));
      size_t row_col = DisplayWidth(line.substr(0, line.find("****")));
      EXPECT_EQ(header_col, row_col) << header << "\n" << line;
    }
  }
}

TEST(OutputTest, FitWidthCutsByColumnsNotBytes) {
  EXPECT_EQ(FitWidth("政府网站", 8), "政府网站");
  EXPECT_EQ(FitWidth("政府网站与政务新媒体", 9), "政府网站…");
  EXPECT_EQ(ParseOutputFormat("xml").status().message(),
            "unknown output format \"xml\" (expected table, jsonl or json)");
}

}  // namespace
}  // namespace govmon
