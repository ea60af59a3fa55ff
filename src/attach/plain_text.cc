#include <errno.h>
#include <iconv.h>

#include "attach/extract_internal.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace govmon {

Result<std::string> IconvToUtf8(std::string_view bytes, const char* charset) {
  iconv_t cd = iconv_open("UTF-8", charset);
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    return UnreadableError(UnreadableReason::kUnsupported,
                           std::string("no converter from ") + charset);
  }
  std::string out;
  out.resize(bytes.size() * 2 + 16);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t out_used = 0;
  while (in_left > 0) {
    char* out_ptr = out.data() + out_used;
    size_t out_left = out.size() - out_used;
    size_t rc = iconv(cd, &in, &in_left, &out_ptr, &out_left);
    out_used = out.size() - out_left;
    if (rc != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
    } else {
      // Invalid or truncated sequence: substitute and go on.
      if (out.size() - out_used < 4) out.resize(out.size() * 2);
      std::string replacement;
      AppendUtf8(kReplacementChar, &replacement);
      out.replace(out_used, replacement.size(), replacement);
      out_used += replacement.size();
      ++in;
      --in_left;
    }
  }
  iconv_close(cd);
  out.resize(out_used);
  return out;
}

Result<std::string> DecodeText(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return SanitizeUtf8(bytes.substr(3));
  if (bytes.starts_with("\xFF\xFE")) return IconvToUtf8(bytes.substr(2), "UTF-16LE");
  if (bytes.starts_with("\xFE\xFF")) return IconvToUtf8(bytes.substr(2), "UTF-16BE");
  if (IsValidUtf8(bytes)) return std::string(bytes);
  // Chinese government files without a BOM that are not UTF-8 are GBK (a
  // subset of GB18030) in practice.
  return IconvToUtf8(bytes, "GB18030");
}

std::string ColumnLetters(int column) {
  std::string letters;
  while (column > 0) {
    int rem = (column - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + rem));
    column = (column - 1) / 26;
  }
  return letters;
}

namespace {

// Splits CSV text into records of fields (RFC 4180 quoting) and calls
// `row_fn(fields)` for each.
template <typename RowFn>
void ForEachCsvRecord(std::string_view text, char separator, RowFn row_fn) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  bool any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && field.empty()) {
      quoted = true;
      any = true;
    } else if (c == separator) {
      fields.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r' || c == '\f') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        fields.push_back(std::move(field));
        row_fn(fields, c == '\f');
      } else if (c == '\f') {
        row_fn(fields, true);
      }
      fields.clear();
      field.clear();
      any = false;
    } else {
      field.push_back(c);
      any = true;
    }
  }
  if (any || !field.empty()) {
    fields.push_back(std::move(field));
    row_fn(fields, false);
  }
}

bool LooksNumeric(std::string_view s) {
  s = TrimAscii(s);
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'E' || c == 'e' ||
          c == ',')) {
      return false;
    }
  }
  return true;
}

// "3.60702198503125e+17": how xls2csv (and Excel's CSV export) writes a
// number of 16 or more digits. Such a cell was stored as a number.
bool IsScientificNumber(std::string_view s) {
  size_t e = s.find_first_of("eE");
  if (e == std::string_view::npos || e == 0 || e + 2 > s.size()) return false;
  std::string_view mantissa = s.substr(0, e);
  std::string_view exponent = s.substr(e + 1);
  if (exponent[0] == '+' || exponent[0] == '-') exponent.remove_prefix(1);
  if (exponent.empty() || exponent.find_first_not_of("0123456789") != std::string_view::npos) {
    return false;
  }
  size_t dot = mantissa.find('.');
  std::string_view whole = mantissa.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : mantissa.substr(dot + 1);
  return !whole.empty() && whole.find_first_not_of("0123456789") == std::string_view::npos &&
         fraction.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

void AddCsvCells(std::string_view text, char separator, int table, std::string_view sheet,
                 ExtractBudget* budget, Document* doc) {
  int row = 0;
  std::vector<std::string> header;
  bool have_header = false;
  ForEachCsvRecord(text, separator, [&](const std::vector<std::string>& fields, bool form_feed) {
    if (!fields.empty()) {
      int text_cells = 0;
      for (size_t c = 0; c < fields.size(); ++c) {
        std::string value = CollapseWhitespace(fields[c]);
        if (value.empty()) continue;
        if (!LooksNumeric(value)) ++text_cells;
        TextBlock b;
        b.table = table;
        b.row = row;
        b.column = static_cast<int>(c);
        if (have_header && c < header.size()) b.column_header = header[c];
        b.location = sheet.empty()
                         ? "第" + std::to_string(row + 1) + "行 第" + std::to_string(c + 1) + "列"
                         : std::string(sheet) + "!" + ColumnLetters(static_cast<int>(c) + 1) +
                               std::to_string(row + 1);
        if (IsScientificNumber(value)) {
          // Shown as the digits it holds, so that an ID whose last digits a
          // spreadsheet dropped is still recognised by what survives.
          b.text = ExcelNumberText(value);
          b.stored_as_number = true;
        } else {
          b.text = std::move(value);
        }
        if (!budget->AddBlock(doc, std::move(b))) return;
      }
      // The first row with two or more text cells is the header row; rows
      // above it are titles.
      if (!have_header && text_cells >= 2) {
        have_header = true;
        for (const std::string& f : fields) header.push_back(CollapseWhitespace(f));
      }
      ++row;
    }
    (void)form_feed;
  });
}

Status ExtractCsv(std::string_view bytes, char separator, ExtractBudget* budget, Document* doc) {
  Result<std::string> text = DecodeText(bytes);
  if (!text.ok()) return text.status();
  AddCsvCells(*text, separator, 0, "", budget, doc);
  return Status::Ok();
}

Status ExtractPlainText(std::string_view bytes, ExtractBudget* budget, Document* doc) {
  Result<std::string> text = DecodeText(bytes);
  if (!text.ok()) return text.status();
  std::string_view rest = *text;
  int line = 0;
  while (!rest.empty()) {
    ++line;
    size_t eol = rest.find('\n');
    std::string_view l = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? "" : rest.substr(eol + 1);
    std::string collapsed = CollapseWhitespace(l);
    if (collapsed.empty()) continue;
    TextBlock b;
    b.text = std::move(collapsed);
    b.location = "第" + std::to_string(line) + "行";
    if (!budget->AddBlock(doc, std::move(b))) break;
  }
  return Status::Ok();
}

}  // namespace govmon
