#!/usr/bin/env bash
# Writes testdata/attach/roster.doc, a real Word 97-2003 (OLE) document, with
# LibreOffice (Debian's libreoffice-writer-nogui; AbiWord's ".doc" export is
# RTF). A made-up disclosure notice: a paragraph with a generated,
# checksum-valid (not real) ID number and a mobile, and a table with a
# Luhn-valid bank number under the header 银行账号.
# Run: bash testdata/attach/make_doc.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/roster.html" <<'HTML'
<html><head><meta charset="utf-8"><title>低保公示</title></head><body>
<p>2023年第三季度城乡低保对象公示</p>
<p>联系人：张三，身份证号码：360702198503124515，联系电话：13812345678。</p>
<table border="1">
<tr><td>姓名</td><td>银行账号</td></tr>
<tr><td>李四</td><td>6217001234567890122</td></tr>
</table>
</body></html>
HTML
HOME="$work" soffice --headless --norestore --convert-to 'doc:MS Word 97' --outdir "$work" \
  "$work/roster.html" >/dev/null
cp "$work/roster.doc" "$here/roster.doc"
