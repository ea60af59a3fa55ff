// site_identity (网站标识): the items a government site's home page footer
// must show (政府网站发展指引 网页设计规范; domain.md §2.2). One finding per
// missing item, on the home page only (PageContext::is_home).
#pragma once

#include "check/check.h"

namespace govmon {

// Kinds, one per footer item:
//   site_id_code        网站标识码 (10 digits, or "bm" + 8 digits)
//   icp_record          ICP备案号 (京ICP备05070218号)
//   police_record       公安机关备案号 (京公网安备11010202008132号)
//   sponsor             主办单位
//   contact             联系方式 (telephone, e-mail or postal address)
//   conac_badge         党政机关网站标识 (the conac.cn badge)
//   error_report_entry  我为政府网站找错 entry
// Items are looked for in the visible text, link texts, image alt texts and
// link targets of the page; text a visitor cannot see does not count.
class SiteIdentityCheck final : public PageCheck {
 public:
  std::string_view id() const override { return "site_identity"; }
  void Inspect(const Document& doc, const PageContext& context,
               std::vector<Finding>* out) const override;
};

}  // namespace govmon
