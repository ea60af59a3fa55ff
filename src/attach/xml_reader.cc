#include "attach/xml_reader.h"

#include "base/utf8.h"

namespace govmon {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsNameChar(char c) {
  return !IsSpace(c) && c != '>' && c != '/' && c != '=' && c != '<' && c != '"' && c != '\'';
}

}  // namespace

void AppendXmlDecoded(std::string_view raw, std::string* out) {
  size_t i = 0;
  while (i < raw.size()) {
    size_t amp = raw.find('&', i);
    if (amp == std::string_view::npos) {
      out->append(raw.substr(i));
      return;
    }
    out->append(raw.substr(i, amp - i));
    size_t semi = raw.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 12) {
      out->push_back('&');
      i = amp + 1;
      continue;
    }
    std::string_view ref = raw.substr(amp + 1, semi - amp - 1);
    bool ok = true;
    if (ref == "lt") {
      out->push_back('<');
    } else if (ref == "gt") {
      out->push_back('>');
    } else if (ref == "amp") {
      out->push_back('&');
    } else if (ref == "quot") {
      out->push_back('"');
    } else if (ref == "apos") {
      out->push_back('\'');
    } else if (ref.size() >= 2 && ref[0] == '#') {
      char32_t cp = 0;
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::string_view digits = ref.substr(hex ? 2 : 1);
      ok = !digits.empty();
      for (char c : digits) {
        int v = -1;
        if (c >= '0' && c <= '9') v = c - '0';
        if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
        if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
        if (v < 0 || cp > 0x10FFFF) {
          ok = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
      }
      if (ok) AppendUtf8(cp == 0 ? kReplacementChar : cp, out);
    } else {
      ok = false;
    }
    if (!ok) {
      out->append(raw.substr(amp, semi - amp + 1));
    }
    i = semi + 1;
  }
}

std::string_view XmlReader::LocalName(std::string_view qualified) {
  size_t colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

std::string_view XmlReader::Attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes_) {
    if (key == name) return value;
  }
  for (const auto& [key, value] : attributes_) {
    if (LocalName(key) == name) return value;
  }
  return "";
}

bool XmlReader::HasAttribute(std::string_view name) const {
  for (const auto& [key, value] : attributes_) {
    if (key == name || LocalName(key) == name) return true;
  }
  return false;
}

XmlReader::Token XmlReader::Fail(std::string message) {
  error_ = message + " at byte " + std::to_string(pos_);
  return last_ = Token::kError;
}

XmlReader::Token XmlReader::Next() {
  if (last_ == Token::kEnd || last_ == Token::kError) return last_;
  if (pending_end_) {
    pending_end_ = false;
    return last_ = Token::kEndElement;
  }
  while (pos_ < xml_.size()) {
    if (xml_[pos_] != '<') {
      size_t lt = xml_.find('<', pos_);
      if (lt == std::string_view::npos) lt = xml_.size();
      text_.clear();
      AppendXmlDecoded(xml_.substr(pos_, lt - pos_), &text_);
      pos_ = lt;
      return last_ = Token::kText;
    }
    std::string_view rest = xml_.substr(pos_);
    if (rest.starts_with("<!--")) {
      size_t end = xml_.find("-->", pos_ + 4);
      if (end == std::string_view::npos) return Fail("unterminated comment");
      pos_ = end + 3;
      continue;
    }
    if (rest.starts_with("<![CDATA[")) {
      size_t end = xml_.find("]]>", pos_ + 9);
      if (end == std::string_view::npos) return Fail("unterminated CDATA");
      text_.assign(xml_.substr(pos_ + 9, end - pos_ - 9));
      pos_ = end + 3;
      return last_ = Token::kText;
    }
    if (rest.starts_with("<?")) {
      size_t end = xml_.find("?>", pos_ + 2);
      if (end == std::string_view::npos) return Fail("unterminated processing instruction");
      pos_ = end + 2;
      continue;
    }
    if (rest.starts_with("<!")) {
      // DOCTYPE and friends; internal subsets are not supported (OOXML has none).
      size_t end = xml_.find('>', pos_ + 2);
      if (end == std::string_view::npos) return Fail("unterminated declaration");
      pos_ = end + 1;
      continue;
    }
    if (!ParseTag()) return last_;
    return last_;
  }
  return last_ = Token::kEnd;
}

bool XmlReader::ParseTag() {
  // At '<'.
  size_t p = pos_ + 1;
  const bool closing = p < xml_.size() && xml_[p] == '/';
  if (closing) ++p;
  size_t name_start = p;
  while (p < xml_.size() && IsNameChar(xml_[p])) ++p;
  if (p == name_start) {
    Fail("expected element name");
    return false;
  }
  name_ = LocalName(xml_.substr(name_start, p - name_start));
  attributes_.clear();
  if (closing) {
    size_t gt = xml_.find('>', p);
    if (gt == std::string_view::npos) {
      Fail("unterminated end tag");
      return false;
    }
    pos_ = gt + 1;
    last_ = Token::kEndElement;
    return true;
  }
  while (true) {
    while (p < xml_.size() && IsSpace(xml_[p])) ++p;
    if (p >= xml_.size()) {
      pos_ = p;
      Fail("unterminated start tag");
      return false;
    }
    if (xml_[p] == '>') {
      pos_ = p + 1;
      last_ = Token::kStartElement;
      return true;
    }
    if (xml_[p] == '/' && p + 1 < xml_.size() && xml_[p + 1] == '>') {
      pos_ = p + 2;
      pending_end_ = true;
      last_ = Token::kStartElement;
      return true;
    }
    size_t key_start = p;
    while (p < xml_.size() && IsNameChar(xml_[p])) ++p;
    if (p == key_start) {
      pos_ = p;
      Fail("malformed attribute");
      return false;
    }
    std::string_view key = xml_.substr(key_start, p - key_start);
    while (p < xml_.size() && IsSpace(xml_[p])) ++p;
    if (p >= xml_.size() || xml_[p] != '=') {
      pos_ = p;
      Fail("expected '=' after attribute name");
      return false;
    }
    ++p;
    while (p < xml_.size() && IsSpace(xml_[p])) ++p;
    if (p >= xml_.size() || (xml_[p] != '"' && xml_[p] != '\'')) {
      pos_ = p;
      Fail("expected quoted attribute value");
      return false;
    }
    const char quote = xml_[p++];
    size_t end = xml_.find(quote, p);
    if (end == std::string_view::npos) {
      pos_ = p;
      Fail("unterminated attribute value");
      return false;
    }
    std::string value;
    AppendXmlDecoded(xml_.substr(p, end - p), &value);
    attributes_.emplace_back(key, std::move(value));
    p = end + 1;
  }
}

bool XmlReader::SkipElement() {
  int depth = 1;
  while (depth > 0) {
    switch (Next()) {
      case Token::kStartElement:
        ++depth;
        break;
      case Token::kEndElement:
        --depth;
        break;
      case Token::kEnd:
      case Token::kError:
        return false;
      case Token::kText:
        break;
    }
  }
  return true;
}

}  // namespace govmon
