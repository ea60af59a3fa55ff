// XmlReader: a small pull parser for the XML inside OOXML packages (docx,
// xlsx, pptx). It reads elements, attributes and character data, decodes the
// five predefined entities and numeric character references, and skips
// comments, processing instructions and DOCTYPE. No DTDs, no namespaces beyond
// "prefix:local" names. Never reads past the input, so hostile files are safe.
// Not thread-safe; one reader per document.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govmon {

class XmlReader {
 public:
  enum class Token { kStartElement, kEndElement, kText, kEnd, kError };

  explicit XmlReader(std::string_view xml) : xml_(xml) {}

  // Advances to the next token. A self-closing element yields kStartElement
  // then kEndElement. After kEnd or kError, keeps returning it.
  Token Next();

  // The element's name without its namespace prefix ("w:t" → "t"), for
  // kStartElement and kEndElement.
  std::string_view name() const { return name_; }
  // The decoded value of attribute `name` (compared without prefix, so "r:id"
  // matches "id" too when no exact match exists), or "" when absent.
  std::string_view Attribute(std::string_view name) const;
  bool HasAttribute(std::string_view name) const;
  // Decoded character data, for kText (CDATA included).
  const std::string& text() const { return text_; }
  // For kError: what was wrong and at which byte offset.
  const std::string& error() const { return error_; }

  // Skips the rest of the current element (call right after kStartElement).
  // Returns false on kEnd or kError before the element closes.
  bool SkipElement();

 private:
  Token Fail(std::string message);
  bool ParseTag();
  static std::string_view LocalName(std::string_view qualified);

  std::string_view xml_;
  size_t pos_ = 0;
  Token last_ = Token::kText;
  bool pending_end_ = false;  // A self-closing element still owes its end.
  std::string_view name_;
  std::string text_;
  std::string error_;
  std::vector<std::pair<std::string_view, std::string>> attributes_;
};

// Decodes XML entities in `raw` and appends to `out`. Unknown or malformed
// references are kept as written.
void AppendXmlDecoded(std::string_view raw, std::string* out);

}  // namespace govmon
