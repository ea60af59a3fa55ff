#include "text/typo_testing.h"

#include <cassert>

namespace govmon {
namespace {

constexpr std::string_view kWords =
    "我们 50000 r\n的 500000 uj\n工作 40000 vn\n现代化 20000 vn\n现代 9000 t\n建设 60000 vn\n"
    "社会主义 20000 n\n社会 30000 n\n主义 8000 n\n加快 9000 v\n推进 9000 v\n部署 3000 n\n"
    "已经 30000 d\n经济 40000 n\n以 90000 p\n已 20000 d\n经 9000 n\n济 300 n\n为 100000 p\n"
    "中心 20000 n\n坚持 10000 v\n再接再厉 200 i\n化 9000 n\n代 3000 n\n歹 100 n\n继续 9000 v\n"
    "张 9000 q\n伟 200 ng\n同志 9000 n\n表示 9000 v\n会议 9000 n\n通知 9000 n\n关于 9000 p\n"
    "印发 900 v\n办法 9000 n\n管理 9000 vn\n了 300000 ul\n了解 9000 v\n为了 9000 p\n目的 9000 n\n"
    "不了了之 90 i\n农业 9000 n\n部门 16000 n\n农业部 300 nt\n局长 2000 n\n";
constexpr std::string_view kConfusions =
    "歹\t代带待袋\t\t\n代\t歹带待\t\t\n励\t厉力立\t\t\n伟\t为维位\t\t\n管\t关观\t\t\n关\t管观\t\t\n"
    "平\t凭评屏瓶\t\t\n近\t进尽劲\t\t\n";
constexpr std::string_view kMisspellings =
    "再接再励\t再接再厉\n以经\t已经\n布署\t部署\n自已\t自己\texcept=各自已\n";

}  // namespace

std::shared_ptr<const TypoResources> SmallTypoResourcesForTesting() {
  auto r = std::make_shared<TypoResources>();
  r->words = std::move(*WordFrequencies::Parse({kWords}, {"words"}));
  r->confusions = std::move(*ConfusionSets::Parse(kConfusions, "confusion"));
  Status s = ParseMisspellings(kMisspellings, "misspellings", &r->misspellings);
  assert(s.ok());
  (void)s;
  std::vector<std::string> wrongs;
  for (const auto& e : r->misspellings) wrongs.push_back(e.wrong);
  r->misspelling_matcher = std::move(*PhraseMatcher::Build(wrongs));
  r->surnames = {U'张', U'王', U'习'};
  return r;
}

}  // namespace govmon
