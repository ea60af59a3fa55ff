// Office Open XML (ECMA-376) text extraction: the parts of docx, xlsx and pptx
// packages that carry visible text, read with our own XmlReader.
#include <algorithm>
#include <charconv>
#include <map>

#include "attach/extract_internal.h"
#include "attach/xml_reader.h"
#include "base/strings.h"

namespace govmon {
namespace {

Result<std::string> ReadPart(const ZipArchive& zip, std::string_view part, ExtractBudget* budget) {
  const ZipArchive::Entry* entry = zip.Find(part);
  if (entry == nullptr) {
    return UnreadableError(UnreadableReason::kCorrupt, "package has no " + std::string(part));
  }
  return zip.Read(*entry, budget);
}

Status XmlError(std::string_view part, const XmlReader& reader) {
  return UnreadableError(UnreadableReason::kCorrupt,
                         std::string(part) + ": malformed XML: " + reader.error());
}

// ---------------------------------------------------------------- docx

// Walks one WordprocessingML part: paragraphs become blocks, table cells
// become cell blocks with their row, column and the text of the first row as
// column header. Text of nested tables stays in the outer cell.
class DocxWalker {
 public:
  DocxWalker(ExtractBudget* budget, Document* doc, std::string label)
      : budget_(budget), doc_(doc), label_(std::move(label)) {}

  Status Walk(std::string_view xml, std::string_view part) {
    XmlReader r(xml);
    while (true) {
      switch (r.Next()) {
        case XmlReader::Token::kEnd:
          return Status::Ok();
        case XmlReader::Token::kError:
          return XmlError(part, r);
        case XmlReader::Token::kStartElement:
          Start(r);
          break;
        case XmlReader::Token::kEndElement:
          End(r.name());
          break;
        case XmlReader::Token::kText:
          if (in_text_) (depth_ > 0 ? cell_ : paragraph_) += r.text();
          break;
      }
      if (budget_->truncated) return Status::Ok();
    }
  }

 private:
  void Start(const XmlReader& r) {
    std::string_view n = r.name();
    if (n == "t") {
      in_text_ = true;
    } else if (n == "tab" || n == "br" || n == "cr") {
      (depth_ > 0 ? cell_ : paragraph_) += ' ';
    } else if (n == "tbl") {
      if (++depth_ == 1) {
        table_ = static_cast<int>(doc_->tables.size());
        doc_->tables.emplace_back();
        doc_->tables.back().header_rows = 1;
        row_ = -1;
      }
    } else if (n == "tr" && depth_ == 1) {
      ++row_;
      column_ = -1;
      doc_->tables[static_cast<size_t>(table_)].rows.emplace_back();
    } else if (n == "tc" && depth_ == 1) {
      ++column_;
      cell_.clear();
    }
  }

  void End(std::string_view n) {
    if (n == "t") {
      in_text_ = false;
    } else if (n == "p") {
      if (depth_ == 0) {
        std::string text = CollapseWhitespace(paragraph_);
        paragraph_.clear();
        if (text.empty()) return;
        ++paragraphs_;
        TextBlock b;
        b.text = std::move(text);
        b.location = label_.empty() ? "第" + std::to_string(paragraphs_) + "段" : label_;
        budget_->AddBlock(doc_, std::move(b));
      } else {
        cell_ += ' ';
      }
    } else if (n == "tc" && depth_ == 1) {
      std::string text = CollapseWhitespace(cell_);
      Table& table = doc_->tables[static_cast<size_t>(table_)];
      table.rows.back().push_back(text);
      if (text.empty()) return;
      TextBlock b;
      b.table = table_;
      b.row = row_;
      b.column = column_;
      if (row_ > 0 && static_cast<size_t>(column_) < table.rows[0].size()) {
        b.column_header = table.rows[0][static_cast<size_t>(column_)];
      }
      b.location = label_ + "表" + std::to_string(table_ + 1) + " 第" + std::to_string(row_ + 1) +
                   "行 第" + std::to_string(column_ + 1) + "列";
      b.text = std::move(text);
      budget_->AddBlock(doc_, std::move(b));
    } else if (n == "tbl") {
      --depth_;
    }
  }

  ExtractBudget* budget_;
  Document* doc_;
  std::string label_;  // "" for the body, "页眉" / "页脚" / "脚注" for other parts.
  bool in_text_ = false;
  int depth_ = 0;  // Table nesting.
  int table_ = -1;
  int row_ = -1;
  int column_ = -1;
  int paragraphs_ = 0;
  std::string paragraph_;
  std::string cell_;
};

// ---------------------------------------------------------------- xlsx

// "C5" → column 3 (1-based) and row 5; 0s when malformed.
void ParseCellRef(std::string_view ref, int* column, int* row) {
  int c = 0;
  size_t i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && c < 20000)
    c = c * 26 + (ref[i++] - 'A' + 1);
  int r = 0;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && r < 10000000)
    r = r * 10 + (ref[i++] - '0');
  *column = c;
  *row = r;
}

// Appends "C5" for column 3 (1-based), row 5.
void AppendCellName(int column, int row, std::string* out) {
  char letters[8];
  size_t n = 0;
  for (; column > 0 && n < sizeof letters; column = (column - 1) / 26) {
    letters[n++] = static_cast<char>('A' + (column - 1) % 26);
  }
  while (n > 0) out->push_back(letters[--n]);
  char digits[12];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, row);
  out->append(digits, end);
}

int ParseInt(std::string_view s) {
  unsigned long long v = 0;
  if (!ParseUint(s, &v) || v > 100000000) return 0;
  return static_cast<int>(v);
}

// The cells of a worksheet that hold a value, when its <dimension> range
// says so plausibly, so that its blocks are allocated once: 0 (unknown) when
// the range holds more cells than its XML could (a value cell takes at least
// 22 bytes, <c r="A1"><v>1</v></c>).
size_t EstimateCells(std::string_view head, size_t xml_size) {
  const size_t most = xml_size / 22;
  head = head.substr(0, 1 << 16);
  size_t at = head.find("<dimension ref=\"");
  if (at == std::string_view::npos) return 0;
  std::string_view ref = head.substr(at + 16);
  ref = ref.substr(0, ref.find('"'));
  size_t colon = ref.find(':');
  if (colon == std::string_view::npos) return 1;
  int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
  ParseCellRef(ref.substr(0, colon), &c1, &r1);
  ParseCellRef(ref.substr(colon + 1), &c2, &r2);
  if (c1 <= 0 || r1 <= 0 || c2 < c1 || r2 < r1) return 0;
  const size_t cells = static_cast<size_t>(c2 - c1 + 1) * static_cast<size_t>(r2 - r1 + 1);
  // A range larger than the XML could fill is a sparse sheet (formatting
  // applied to whole columns): let the blocks grow instead.
  return cells <= most ? cells : 0;
}

struct SheetRef {
  std::string name;
  std::string path;
  bool hidden = false;
};

Result<std::vector<std::string>> ReadSharedStrings(const ZipArchive& zip, ExtractBudget* budget) {
  std::vector<std::string> strings;
  const ZipArchive::Entry* entry = zip.Find("xl/sharedStrings.xml");
  if (entry == nullptr) return strings;
  Result<std::string> xml = zip.Read(*entry, budget);
  if (!xml.ok()) return xml.status();
  XmlReader r(*xml);
  std::string current;
  bool in_si = false;
  bool in_t = false;
  int phonetic = 0;  // Inside <rPh>: ruby text that is not shown.
  while (true) {
    XmlReader::Token t = r.Next();
    if (t == XmlReader::Token::kEnd) break;
    if (t == XmlReader::Token::kError) return XmlError("xl/sharedStrings.xml", r);
    if (t == XmlReader::Token::kStartElement) {
      if (r.name() == "si") {
        in_si = true;
        current.clear();
      } else if (r.name() == "t") {
        in_t = true;
      } else if (r.name() == "rPh") {
        ++phonetic;
      }
    } else if (t == XmlReader::Token::kEndElement) {
      if (r.name() == "si") {
        // Collapsed once here rather than in every cell that refers to it.
        strings.push_back(CollapseWhitespace(current));
        current.clear();
        in_si = false;
      } else if (r.name() == "t") {
        in_t = false;
      } else if (r.name() == "rPh") {
        --phonetic;
      }
    } else if (in_si && in_t && phonetic == 0) {
      current += r.text();
    }
  }
  return strings;
}

Result<std::vector<SheetRef>> ReadSheetList(const ZipArchive& zip, ExtractBudget* budget) {
  Result<std::string> workbook = ReadPart(zip, "xl/workbook.xml", budget);
  if (!workbook.ok()) return workbook.status();
  std::map<std::string, std::string> targets;  // Relationship id → part path.
  if (const ZipArchive::Entry* rels = zip.Find("xl/_rels/workbook.xml.rels")) {
    Result<std::string> xml = zip.Read(*rels, budget);
    if (!xml.ok()) return xml.status();
    XmlReader r(*xml);
    for (XmlReader::Token t = r.Next(); t != XmlReader::Token::kEnd; t = r.Next()) {
      if (t == XmlReader::Token::kError) return XmlError("xl/_rels/workbook.xml.rels", r);
      if (t == XmlReader::Token::kStartElement && r.name() == "Relationship") {
        std::string target(r.Attribute("Target"));
        if (target.starts_with("/")) {
          target.erase(0, 1);
        } else {
          target = "xl/" + target;
        }
        targets[std::string(r.Attribute("Id"))] = target;
      }
    }
  }
  std::vector<SheetRef> sheets;
  XmlReader r(*workbook);
  for (XmlReader::Token t = r.Next(); t != XmlReader::Token::kEnd; t = r.Next()) {
    if (t == XmlReader::Token::kError) return XmlError("xl/workbook.xml", r);
    if (t != XmlReader::Token::kStartElement || r.name() != "sheet") continue;
    SheetRef sheet;
    sheet.name = std::string(r.Attribute("name"));
    std::string_view state = r.Attribute("state");
    sheet.hidden = state == "hidden" || state == "veryHidden";
    auto it = targets.find(std::string(r.Attribute("r:id")));
    if (it == targets.end()) it = targets.find(std::string(r.Attribute("id")));
    sheet.path = it != targets.end()
                     ? it->second
                     : "xl/worksheets/sheet" + std::string(r.Attribute("sheetId")) + ".xml";
    sheets.push_back(std::move(sheet));
  }
  return sheets;
}

class SheetWalker {
 public:
  SheetWalker(const SheetRef& sheet, int table, const std::vector<std::string>& shared,
              ExtractBudget* budget, Document* doc)
      : sheet_(sheet), table_(table), shared_(shared), budget_(budget), doc_(doc) {}

  // Walks the next part of the sheet's XML, which starts `offset` bytes into
  // it. Parts may be cut between any two elements: the walker's state
  // carries over.
  Status Walk(std::string_view xml, size_t offset = 0) {
    XmlReader r(xml);
    while (true) {
      XmlReader::Token t = r.Next();
      if (t == XmlReader::Token::kEnd) break;
      if (t == XmlReader::Token::kError) {
        return offset == 0
                   ? XmlError(sheet_.path, r)
                   : XmlError(sheet_.path + " (part from byte " + std::to_string(offset) + ")", r);
      }
      if (t == XmlReader::Token::kStartElement) {
        Start(r);
      } else if (t == XmlReader::Token::kEndElement) {
        End(r.name());
      } else if (capture_) {
        value_ += r.text();
      }
      if (budget_->truncated) break;
    }
    return Status::Ok();
  }

 private:
  void Start(const XmlReader& r) {
    std::string_view n = r.name();
    if (n == "col") {
      if (r.Attribute("hidden") == "1" || r.Attribute("hidden") == "true") {
        int lo = ParseInt(r.Attribute("min"));
        int hi = std::min(ParseInt(r.Attribute("max")), 16384);
        if (lo > 0 && hi >= lo) {
          if (hidden_columns_.size() <= static_cast<size_t>(hi)) hidden_columns_.resize(hi + 1);
          std::fill(hidden_columns_.begin() + lo, hidden_columns_.begin() + hi + 1, true);
        }
      }
    } else if (n == "row") {
      int r_attr = ParseInt(r.Attribute("r"));
      row_ = r_attr > 0 ? r_attr : row_ + 1;
      row_hidden_ = r.Attribute("hidden") == "1" || r.Attribute("hidden") == "true";
      column_ = 0;
      row_text_cells_ = 0;
      row_cells_.clear();
    } else if (n == "c") {
      int c = 0, rr = 0;
      ParseCellRef(r.Attribute("r"), &c, &rr);
      column_ = c > 0 ? c : column_ + 1;
      std::string_view t = r.Attribute("t");
      type_ = t == "s"                         ? CellType::kShared
              : t == "inlineStr" || t == "str" ? CellType::kString
              : t == "b" || t == "e"           ? CellType::kOther
                                               : CellType::kNumber;
      value_.clear();
      in_cell_ = true;
    } else if (in_cell_ && !phonetic_ && (n == "v" || n == "t")) {
      capture_ = true;
    } else if (in_cell_ && n == "rPh") {
      phonetic_ = true;
    }
  }

  void End(std::string_view n) {
    if (n == "v" || n == "t") {
      capture_ = false;
    } else if (n == "rPh") {
      phonetic_ = false;
    } else if (n == "c") {
      in_cell_ = false;
      EmitCell();
    } else if (n == "row") {
      if (header_.empty() && row_text_cells_ >= 2) header_ = std::move(row_cells_);
    }
  }

  void EmitCell() {
    std::string text;
    switch (type_) {
      case CellType::kShared: {
        std::string_view index_text = TrimAscii(value_);
        int index = ParseInt(index_text);
        if (!index_text.empty() && static_cast<size_t>(index) < shared_.size()) {
          text = shared_[static_cast<size_t>(index)];  // Already collapsed.
        }
        break;
      }
      case CellType::kString:
        text = CollapseWhitespace(value_);
        break;
      case CellType::kNumber:
        text = ExcelNumberText(TrimAscii(value_));
        break;
      case CellType::kOther:
        return;
    }
    if (text.empty()) return;
    if (type_ != CellType::kNumber) ++row_text_cells_;
    if (header_.empty()) row_cells_[column_] = text;

    TextBlock b;
    b.table = table_;
    b.row = row_ - 1;
    b.column = column_ - 1;
    b.stored_as_number = type_ == CellType::kNumber;
    if (auto it = header_.find(column_); it != header_.end()) b.column_header = it->second;
    b.location.reserve(sheet_.name.size() + 12);
    b.location += sheet_.name;
    b.location += '!';
    AppendCellName(column_, row_, &b.location);
    std::vector<std::string_view> hidden;
    if (sheet_.hidden) hidden.push_back("隐藏工作表");
    if (row_hidden_) hidden.push_back("隐藏行");
    if (static_cast<size_t>(column_) < hidden_columns_.size() &&
        hidden_columns_[static_cast<size_t>(column_)]) {
      hidden.push_back("隐藏列");
    }
    if (!hidden.empty()) {
      b.hidden = true;
      b.location += "（";
      for (size_t i = 0; i < hidden.size(); ++i) {
        if (i > 0) b.location += "、";
        b.location += hidden[i];
      }
      b.location += "）";
    }
    b.text = std::move(text);
    budget_->AddBlock(doc_, std::move(b));
  }

  const SheetRef& sheet_;
  int table_;
  const std::vector<std::string>& shared_;
  ExtractBudget* budget_;
  Document* doc_;
  std::vector<bool> hidden_columns_;  // Indexed by 1-based column.
  int row_ = 0;
  bool row_hidden_ = false;
  int column_ = 0;
  bool in_cell_ = false;
  bool capture_ = false;
  bool phonetic_ = false;
  enum class CellType { kShared, kString, kNumber, kOther } type_ = CellType::kNumber;
  std::string value_;
  int row_text_cells_ = 0;
  std::map<int, std::string> row_cells_;  // Cells of rows above the header.
  std::map<int, std::string> header_;     // Column → header text.
};

}  // namespace

std::string ExcelNumberText(std::string_view v) {
  std::string_view s = v;
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  size_t e = s.find_first_of("eE");
  std::string_view mantissa = s.substr(0, e);
  long exponent = 0;
  if (e != std::string_view::npos) {
    std::string_view ex = s.substr(e + 1);
    bool neg = !ex.empty() && ex[0] == '-';
    if (!ex.empty() && (ex[0] == '-' || ex[0] == '+')) ex.remove_prefix(1);
    if (ex.empty() || ex.size() > 3) return std::string(v);
    for (char c : ex) {
      if (c < '0' || c > '9') return std::string(v);
      exponent = exponent * 10 + (c - '0');
    }
    if (neg) exponent = -exponent;
  }
  size_t dot = mantissa.find('.');
  std::string int_part(mantissa.substr(0, dot));
  std::string frac_part(dot == std::string_view::npos ? "" : mantissa.substr(dot + 1));
  for (char c : int_part + frac_part) {
    if (c < '0' || c > '9') return std::string(v);
  }
  if (exponent > 30 || exponent < -30) return std::string(v);
  std::string digits = int_part + frac_part;
  long point = static_cast<long>(int_part.size()) + exponent;
  if (point < 0) return std::string(v);
  if (static_cast<size_t>(point) >= digits.size()) {
    digits.append(static_cast<size_t>(point) - digits.size(), '0');
  } else {
    std::string_view rest = std::string_view(digits).substr(static_cast<size_t>(point));
    if (rest.find_first_not_of('0') != std::string_view::npos) return std::string(v);
    digits.resize(static_cast<size_t>(point));
  }
  size_t nz = digits.find_first_not_of('0');
  digits = nz == std::string::npos ? "0" : digits.substr(nz);
  return negative ? "-" + digits : digits;
}

Status ExtractDocx(const ZipArchive& zip, ExtractBudget* budget, Document* doc) {
  Result<std::string> body = ReadPart(zip, "word/document.xml", budget);
  if (!body.ok()) return body.status();
  GOVMON_RETURN_IF_ERROR(DocxWalker(budget, doc, "").Walk(*body, "word/document.xml"));
  // Headers, footers and notes carry text too (a contact mobile in a footer).
  for (const ZipArchive::Entry& e : zip.entries()) {
    std::string label;
    if (e.name.starts_with("word/header")) label = "页眉";
    if (e.name.starts_with("word/footer")) label = "页脚";
    if (e.name == "word/footnotes.xml" || e.name == "word/endnotes.xml") label = "脚注";
    if (label.empty() || !e.name.ends_with(".xml")) continue;
    Result<std::string> xml = zip.Read(e, budget);
    if (!xml.ok()) return xml.status();
    GOVMON_RETURN_IF_ERROR(DocxWalker(budget, doc, label).Walk(*xml, e.name));
  }
  return Status::Ok();
}

Status ExtractXlsx(const ZipArchive& zip, ExtractBudget* budget, Document* doc) {
  Result<std::vector<SheetRef>> sheets = ReadSheetList(zip, budget);
  if (!sheets.ok()) return sheets.status();
  Result<std::vector<std::string>> shared = ReadSharedStrings(zip, budget);
  if (!shared.ok()) return shared.status();
  for (size_t i = 0; i < sheets->size(); ++i) {
    const SheetRef& sheet = (*sheets)[i];
    const ZipArchive::Entry* entry = zip.Find(sheet.path);
    if (entry == nullptr) continue;  // Chart sheets and dialog sheets have no cells.
    // The sheet is walked as it is inflated, a batch of whole rows at a time,
    // so a large sheet's XML is never held whole next to its cells.
    SheetWalker walker(sheet, static_cast<int>(i), *shared, budget, doc);
    std::string pending;
    size_t offset = 0;  // Of `pending` in the sheet's XML.
    bool reserved = false;
    auto reserve = [&] {
      reserved = true;
      doc->blocks.reserve(std::min(doc->blocks.size() + EstimateCells(pending, entry->size),
                                   budget->options.max_blocks));
    };
    Status read = zip.ReadChunks(*entry, budget, [&](std::string_view chunk) {
      if (budget->truncated) return Status::Ok();
      pending.append(chunk);
      if (!reserved) reserve();  // The first chunk (64 KB) holds <dimension>.
      size_t cut = pending.rfind("</row>");
      if (cut == std::string::npos) return Status::Ok();
      cut += 6;
      GOVMON_RETURN_IF_ERROR(walker.Walk(std::string_view(pending).substr(0, cut), offset));
      pending.erase(0, cut);
      offset += cut;
      return Status::Ok();
    });
    if (!read.ok()) return read;
    if (!reserved) reserve();
    if (!budget->truncated) GOVMON_RETURN_IF_ERROR(walker.Walk(pending, offset));
    if (budget->truncated) break;
  }
  return Status::Ok();
}

Status ExtractPptx(const ZipArchive& zip, ExtractBudget* budget, Document* doc) {
  std::vector<std::pair<int, const ZipArchive::Entry*>> slides;
  for (const ZipArchive::Entry& e : zip.entries()) {
    std::string_view n = e.name;
    if (!n.starts_with("ppt/slides/slide") || !n.ends_with(".xml")) continue;
    n.remove_prefix(16);
    n.remove_suffix(4);
    unsigned long long number = 0;
    if (ParseUint(n, &number) && number < 100000) slides.emplace_back(static_cast<int>(number), &e);
  }
  if (slides.empty() && zip.Find("ppt/presentation.xml") == nullptr) {
    return UnreadableError(UnreadableReason::kCorrupt, "package has no ppt/presentation.xml");
  }
  std::sort(slides.begin(), slides.end());
  for (const auto& [number, entry] : slides) {
    Result<std::string> xml = zip.Read(*entry, budget);
    if (!xml.ok()) return xml.status();
    XmlReader r(*xml);
    std::string paragraph;
    bool in_text = false;
    while (true) {
      XmlReader::Token t = r.Next();
      if (t == XmlReader::Token::kEnd) break;
      if (t == XmlReader::Token::kError) return XmlError(entry->name, r);
      if (t == XmlReader::Token::kStartElement) {
        if (r.name() == "t") in_text = true;
        if (r.name() == "br") paragraph += ' ';
      } else if (t == XmlReader::Token::kEndElement) {
        if (r.name() == "t") in_text = false;
        if (r.name() == "p") {
          std::string text = CollapseWhitespace(paragraph);
          paragraph.clear();
          if (text.empty()) continue;
          TextBlock b;
          b.text = std::move(text);
          b.location = "第" + std::to_string(number) + "张幻灯片";
          if (!budget->AddBlock(doc, std::move(b))) return Status::Ok();
        }
      } else if (in_text) {
        paragraph += r.text();
      }
    }
  }
  return Status::Ok();
}

}  // namespace govmon
