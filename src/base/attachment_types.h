// The one list of file extensions that govmon treats as attachments (附件):
// documents and archives a government site publishes for download. The
// crawler classifies links with it and the attach module picks the entries of
// an archive with it, so both agree on what an attachment is. Pure functions.
#pragma once

#include <string>
#include <string_view>

namespace govmon {

// True for extensions (lower-case, without the dot) of documents and archives
// that sites publish as attachments: pdf doc docx dot dotx xls xlsx xlsm xlt
// ppt pptx pps ppsx wps wpt et ett dps ofd ceb gd csv tsv txt rtf odt ods odp
// zip rar 7z, and scanned images published as documents (tif tiff).
bool IsAttachmentExtension(std::string_view extension);

// The lower-case extension of a file name or URL, without the dot: query,
// fragment and directories are ignored ("a/B.XLSX?x=1" → "xlsx"); "" when the
// last path segment has none.
std::string FileExtension(std::string_view name_or_url);

// The lower-case extension of a local file path, without the dot: '?' and
// '#' are ordinary characters there ("报告#2.DOCX" → "docx").
std::string PathExtension(std::string_view path);

}  // namespace govmon
