#!/usr/bin/python3
"""Writes testdata/attach/roster.xls and numbers.xls, small Excel 97-2003 workbooks of
made-up people with generated (checksum-valid, not real) ID, mobile and bank numbers.
Needs Debian's python3-xlwt. Run: /usr/bin/python3 testdata/attach/make_xls.py"""
import os
import xlwt

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_card(first17):
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def luhn(prefix):
    for d in "0123456789":
        s = prefix + d
        total = 0
        for i, c in enumerate(reversed(s)):
            v = int(c) * (2 if i % 2 else 1)
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return s


rows = [
    ("1", "张三", id_card("36070219850312451"), "13812345678", luhn("621700123456789012")),
    ("2", "李四", id_card("36072119921105233"), "13987654321", luhn("622848000011112222")),
    ("3", "王五", "3607**********1234", "138****5678", "6222 **** **** 1234"),
]
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("名单")
for c, h in enumerate(["序号", "姓名", "身份证号", "手机", "银行卡号"]):
    sheet.write(0, c, h)
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row):
        sheet.write(r, c, v)
other = book.add_sheet("说明")
other.write(0, 0, "以上信息仅供测试")
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "roster.xls"))

# numbers.xls: the same kind of roster typed as numbers, as clerks often do:
# an 18-digit ID stored as a number keeps 15 significant digits.
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("名单")
for c, h in enumerate(["姓名", "身份证号码", "联系电话"]):
    sheet.write(0, c, h)
sheet.write(1, 0, "张三")
sheet.write(1, 1, int(id_card("36070219850312451")))
sheet.write(1, 2, 13812345678)
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "numbers.xls"))
