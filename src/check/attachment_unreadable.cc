#include "check/attachment_unreadable.h"

#include <string>

namespace govmon {
namespace {

std::string_view Explain(std::string_view reason) {
  if (reason == "encrypted") return "附件已加密，无法检查其内容";
  if (reason == "no_text_layer") return "PDF 无文字层（扫描件），需人工检查或 OCR";
  if (reason == "unsupported") return "附件格式无法读取";
  if (reason == "too_large") return "附件超出检查限制（大小、解压比或嵌套层数）";
  if (reason == "timeout") return "附件解析超时";
  return "附件已损坏或与扩展名不符";
}

}  // namespace

Finding AttachmentUnreadableFinding(std::string_view site, std::string_view url,
                                    std::string_view reason, std::string_view message,
                                    std::string_view location) {
  Finding f;
  f.check = "attachment_unreadable";
  f.severity =
      reason == "corrupt" || reason == "unsupported" ? Severity::kInfo : Severity::kWarning;
  f.site = std::string(site);
  f.url = std::string(url);
  f.kind = std::string(reason);
  f.location = std::string(location);
  f.detail = std::string(Explain(reason)) + "：" + std::string(message);
  return f;
}

}  // namespace govmon
