#!/usr/bin/env bash
# Writes testdata/attach/roster.7z, encrypted.7z and encrypted_entries.7z with 7-Zip (Debian's
# p7zip-full or 7zip): a made-up roster as CSV with a generated, checksum-valid
# (not real) ID number and a mobile number; the second archive has the same
# content with its file names encrypted too (password "secret").
# Run: bash testdata/attach/make_archives.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seven=$(command -v 7z || command -v 7zz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '序号,姓名,身份证号码,联系电话\n1,张三,360702198503124515,13812345678\n' >"$work/低保名单.csv"
rm -f "$here/roster.7z" "$here/encrypted.7z"
(cd "$work" && "$seven" a -bd -mx=9 "$here/roster.7z" 低保名单.csv >/dev/null)
(cd "$work" && "$seven" a -bd -psecret -mhe=on "$here/encrypted.7z" 低保名单.csv >/dev/null)
# Entries encrypted, names readable (no -mhe): each entry is reported.
rm -f "$here/encrypted_entries.7z"
(cd "$work" && "$seven" a -bd -psecret "$here/encrypted_entries.7z" 低保名单.csv >/dev/null)
