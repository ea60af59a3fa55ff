// OFD (GB/T 33190-2016, 版式文档), the Chinese fixed-layout format for
// official documents: a zip of XML parts. OFD.xml names each document's root
// (DocBody/DocRoot, e.g. Doc_0/Document.xml); the document lists its pages
// (Pages/Page/@BaseLoc, relative to the document's folder); each page's
// Content.xml draws text as TextObject elements holding TextCode runs. The
// text of a page is its runs in drawing order, a TextObject per line; one
// block per page, like PDF ("第N页").
#include "attach/extract_internal.h"
#include "attach/xml_reader.h"
#include "base/strings.h"

namespace govmon {
namespace {

Status OfdXmlError(std::string_view part, const XmlReader& reader) {
  return UnreadableError(UnreadableReason::kCorrupt,
                         std::string(part) + ": malformed XML: " + reader.error());
}

// A package path from an OFD reference: "/Doc_0/Document.xml" is absolute,
// "Pages/Page_0/Content.xml" is relative to `folder` ("Doc_0/").
std::string Resolve(std::string_view folder, std::string_view ref) {
  std::string path(TrimAscii(ref));
  for (char& c : path) {
    if (c == '\\') c = '/';
  }
  if (path.starts_with("/")) return path.substr(1);
  return std::string(folder) + path;
}

std::string FolderOf(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? "" : std::string(path.substr(0, slash + 1));
}

// The text of every element named `element` in `xml`, in order.
Status CollectElementText(std::string_view xml, std::string_view part, std::string_view element,
                          std::vector<std::string>* out) {
  XmlReader r(xml);
  int inside = 0;
  while (true) {
    XmlReader::Token t = r.Next();
    if (t == XmlReader::Token::kEnd) return Status::Ok();
    if (t == XmlReader::Token::kError) return OfdXmlError(part, r);
    if (t == XmlReader::Token::kStartElement && r.name() == element) {
      if (inside++ == 0) out->emplace_back();
    } else if (t == XmlReader::Token::kEndElement && r.name() == element) {
      if (inside > 0) --inside;
    } else if (t == XmlReader::Token::kText && inside > 0) {
      out->back() += r.text();
    }
  }
}

// Page content parts of the document whose root is `document_path`, in page order.
Result<std::vector<std::string>> PageParts(const ZipArchive& zip, const std::string& document_path,
                                           ExtractBudget* budget) {
  const ZipArchive::Entry* entry = zip.Find(document_path);
  if (entry == nullptr) {
    return UnreadableError(UnreadableReason::kCorrupt, "package has no " + document_path);
  }
  Result<std::string> xml = zip.Read(*entry, budget);
  if (!xml.ok()) return xml.status();
  const std::string folder = FolderOf(document_path);
  std::vector<std::string> pages;
  XmlReader r(*xml);
  while (true) {
    XmlReader::Token t = r.Next();
    if (t == XmlReader::Token::kEnd) break;
    if (t == XmlReader::Token::kError) return OfdXmlError(document_path, r);
    if (t == XmlReader::Token::kStartElement && r.name() == "Page" && r.HasAttribute("BaseLoc")) {
      pages.push_back(Resolve(folder, r.Attribute("BaseLoc")));
    }
  }
  return pages;
}

// One page's text: a line per TextObject, its TextCode runs joined.
Result<std::string> PageText(std::string_view xml, std::string_view part) {
  XmlReader r(xml);
  std::string text;
  std::string line;
  int code = 0;  // Inside a TextCode.
  while (true) {
    XmlReader::Token t = r.Next();
    if (t == XmlReader::Token::kEnd) break;
    if (t == XmlReader::Token::kError) return OfdXmlError(part, r);
    if (t == XmlReader::Token::kStartElement && r.name() == "TextCode") {
      ++code;
    } else if (t == XmlReader::Token::kEndElement && r.name() == "TextCode") {
      if (code > 0) --code;
    } else if (t == XmlReader::Token::kEndElement && r.name() == "TextObject") {
      std::string collapsed = CollapseWhitespace(line);
      line.clear();
      if (collapsed.empty()) continue;
      if (!text.empty()) text += ' ';
      text += collapsed;
    } else if (t == XmlReader::Token::kText && code > 0) {
      line += r.text();
    }
  }
  return text;
}

}  // namespace

Status ExtractOfd(const ZipArchive& zip, ExtractBudget* budget, Document* doc) {
  const ZipArchive::Entry* root = zip.Find("OFD.xml");
  if (root == nullptr) {
    return UnreadableError(UnreadableReason::kCorrupt, "package has no OFD.xml");
  }
  Result<std::string> ofd = zip.Read(*root, budget);
  if (!ofd.ok()) return ofd.status();
  std::vector<std::string> roots;
  GOVMON_RETURN_IF_ERROR(CollectElementText(*ofd, "OFD.xml", "DocRoot", &roots));
  if (roots.empty()) {
    return UnreadableError(UnreadableReason::kCorrupt, "OFD.xml names no document (DocRoot)");
  }
  int page_number = 0;
  bool any_text = false;
  for (const std::string& document_root : roots) {
    Result<std::vector<std::string>> pages = PageParts(zip, Resolve("", document_root), budget);
    if (!pages.ok()) return pages.status();
    for (const std::string& part : *pages) {
      ++page_number;
      const ZipArchive::Entry* entry = zip.Find(part);
      if (entry == nullptr) continue;  // A page without content.
      Result<std::string> xml = zip.Read(*entry, budget);
      if (!xml.ok()) return xml.status();
      Result<std::string> text = PageText(*xml, part);
      if (!text.ok()) return text.status();
      if (text->empty()) continue;
      any_text = true;
      TextBlock b;
      b.text = std::move(*text);
      b.location = "第" + std::to_string(page_number) + "页";
      if (!budget->AddBlock(doc, std::move(b))) return Status::Ok();
    }
  }
  if (!any_text && page_number > 0) {
    // Like a PDF of scans: pages drawn as images only.
    return UnreadableError(UnreadableReason::kNoTextLayer,
                           "OFD pages carry no text (scanned images?)");
  }
  return Status::Ok();
}

}  // namespace govmon
