// Test helpers that build attachments in memory: zip archives (libzip),
// minimal docx/xlsx/pptx packages and a tiny PDF with a text layer. For
// tests, benchmarks and fuzz seeds only.
#pragma once

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace govmon {

struct ZipMemberForTesting {
  std::string name;
  std::string data;
  bool encrypt = false;  // AES-256 with password "secret".
};

// A zip archive of `members`, deflated. Returns "" when libzip fails.
inline std::string MakeZipForTesting(const std::vector<ZipMemberForTesting>& members) {
  char path[] = "/tmp/govmon-zip-test-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "";
  close(fd);
  int error = 0;
  zip_t* zip = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (zip == nullptr) return "";
  for (const auto& m : members) {
    zip_source_t* source = zip_source_buffer(zip, m.data.data(), m.data.size(), 0);
    zip_int64_t index = zip_file_add(zip, m.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      continue;
    }
    if (m.encrypt) {
      zip_file_set_encryption(zip, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, "secret");
    }
  }
  std::string out;
  if (zip_close(zip) == 0) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
  } else {
    zip_discard(zip);
  }
  std::remove(path);
  return out;
}

inline std::string XmlEscapeForTesting(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') {
      out += "&lt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// A docx whose body has `paragraphs` and then one table of `rows`.
inline std::string MakeDocxForTesting(const std::vector<std::string>& paragraphs,
                                      const std::vector<std::vector<std::string>>& rows) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
  for (const auto& p : paragraphs) {
    xml += "<w:p><w:r><w:t xml:space=\"preserve\">" + XmlEscapeForTesting(p) + "</w:t></w:r></w:p>";
  }
  if (!rows.empty()) {
    xml += "<w:tbl><w:tblPr/>";
    for (const auto& row : rows) {
      xml += "<w:tr>";
      for (const auto& cell : row) {
        xml += "<w:tc><w:tcPr/><w:p><w:r><w:t>" + XmlEscapeForTesting(cell) +
               "</w:t></w:r></w:p></w:tc>";
      }
      xml += "</w:tr>";
    }
    xml += "</w:tbl>";
  }
  xml += "<w:sectPr/></w:body></w:document>";
  return MakeZipForTesting({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", xml}});
}

struct SheetForTesting {
  std::string name;
  std::vector<std::vector<std::string>> rows;  // Cells; a leading '#' makes a numeric cell.
  bool hidden = false;
  std::vector<int> hidden_rows;     // 1-based.
  std::vector<int> hidden_columns;  // 1-based.
};

inline std::string ColumnLettersForTesting(int column) {
  std::string letters;
  while (column > 0) {
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
    column = (column - 1) / 26;
  }
  return letters;
}

// An xlsx with shared strings for text cells and <v> numbers for '#' cells.
inline std::string MakeXlsxForTesting(const std::vector<SheetForTesting>& sheets) {
  std::vector<std::string> shared;
  std::string workbook =
      "<?xml version=\"1.0\"?><workbook "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
  std::string rels = "<?xml version=\"1.0\"?><Relationships>";
  std::vector<ZipMemberForTesting> members;
  for (size_t s = 0; s < sheets.size(); ++s) {
    const auto& sheet = sheets[s];
    std::string id = std::to_string(s + 1);
    workbook += "<sheet name=\"" + XmlEscapeForTesting(sheet.name) + "\" sheetId=\"" + id +
                "\" r:id=\"rId" + id + "\"" + (sheet.hidden ? " state=\"hidden\"" : "") + "/>";
    rels += "<Relationship Id=\"rId" + id + "\" Target=\"worksheets/sheet" + id + ".xml\"/>";
    std::string xml = "<?xml version=\"1.0\"?><worksheet>";
    size_t width = 1;
    for (const auto& row : sheet.rows) width = std::max(width, row.size());
    xml += "<dimension ref=\"A1:" + ColumnLettersForTesting(static_cast<int>(width)) +
           std::to_string(std::max<size_t>(sheet.rows.size(), 1)) + "\"/>";
    if (!sheet.hidden_columns.empty()) {
      xml += "<cols>";
      for (int c : sheet.hidden_columns) {
        xml += "<col min=\"" + std::to_string(c) + "\" max=\"" + std::to_string(c) +
               "\" hidden=\"1\"/>";
      }
      xml += "</cols>";
    }
    xml += "<sheetData>";
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      const int row = static_cast<int>(r) + 1;
      bool hidden = false;
      for (int h : sheet.hidden_rows) hidden |= h == row;
      xml += "<row r=\"" + std::to_string(row) + "\"" + (hidden ? " hidden=\"1\"" : "") + ">";
      for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
        const std::string& v = sheet.rows[r][c];
        if (v.empty()) continue;
        std::string ref = ColumnLettersForTesting(static_cast<int>(c) + 1) + std::to_string(row);
        if (v[0] == '#') {
          xml += "<c r=\"" + ref + "\"><v>" + v.substr(1) + "</v></c>";
        } else {
          xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(shared.size()) + "</v></c>";
          shared.push_back(v);
        }
      }
      xml += "</row>";
    }
    xml += "</sheetData></worksheet>";
    members.push_back({"xl/worksheets/sheet" + id + ".xml", xml});
  }
  workbook += "</sheets></workbook>";
  rels += "</Relationships>";
  std::string sst = "<?xml version=\"1.0\"?><sst count=\"" + std::to_string(shared.size()) + "\">";
  for (const auto& s : shared) sst += "<si><t>" + XmlEscapeForTesting(s) + "</t></si>";
  sst += "</sst>";
  members.push_back({"xl/workbook.xml", workbook});
  members.push_back({"xl/_rels/workbook.xml.rels", rels});
  members.push_back({"xl/sharedStrings.xml", sst});
  members.push_back({"[Content_Types].xml", "<Types/>"});
  return MakeZipForTesting(members);
}

// A PDF with one page per entry of `pages`, each showing its ASCII text in
// Helvetica line by line; an empty string makes a page without any text.
inline std::string MakePdfForTesting(const std::vector<std::string>& pages) {
  std::vector<std::string> objects;
  const size_t n = pages.size();
  // 1: catalog, 2: pages, 3: font, then per page: page object, content stream.
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (size_t i = 0; i < n; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (size_t i = 0; i < n; ++i) {
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
        ">> /Contents " +
        std::to_string(5 + 2 * i) + " 0 R >>");
    std::string stream;
    if (!pages[i].empty()) {
      stream = "BT /F1 12 Tf 72 770 Td 14 TL ";
      std::istringstream lines(pages[i]);
      std::string line;
      while (std::getline(lines, line)) stream += "(" + line + ") Tj T* ";
      stream += "ET";
    } else {
      stream = "0 0 1 rg 72 72 200 200 re f";  // Pictures only, like a scan.
    }
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "\nendstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace govmon
