#!/usr/bin/env python3
"""Writes demo/site/: the portal of 青岚县人民政府, a fictional county.

The pages imitate what county CMSs (TRS WCM, 大汉 Hanweb) publish: a header
with the site logo, a navigation bar with drop-down menus, dated lists,
breadcrumbs, article pages with the standard meta tags (网页设计规范), and a
footer with the site's identity. The site is dated for a check on
2023-07-31 and carries the problems listed in demo/README.md and
demo/expected.json; everything else is meant to be clean.

Usage: python3 demo/make_site.py   (rewrites demo/site/ from scratch)
The 乡镇动态 column is written in GBK (converted with iconv), as many county
sites still serve it. People, ID numbers and bank cards are invented; the ID
numbers carry valid GB 11643 check digits and the cards valid Luhn digits so
that they look real to a recogniser.
"""

import os
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

SITE = "青岚县人民政府"
DOMAIN = "www.qinglan.gov.cn"
SITE_ID = "5108290001"  # 网站标识码: region code + sequence.
REGION = "510829"       # The county's (invented) code within a real prefecture.

# ---------------------------------------------------------------------------
# Identifiers of invented people.

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_number(birth, sequence):
    """An 18-character 居民身份证号码 with its GB 11643 check digit."""
    body = REGION + birth + "%03d" % sequence
    total = sum(int(d) * w for d, w in zip(body, ID_WEIGHTS))
    return body + ID_CHECK[total % 11]


def luhn_complete(prefix):
    """`prefix` plus the Luhn check digit."""
    digits = [int(d) for d in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def masked_id(number):
    return number[:6] + "********" + number[-4:]


# ---------------------------------------------------------------------------
# Page chrome.

NAV = [
    ("首页", "/", []),
    ("政务公开", "/zwgk/", [
        ("通知公告", "/zwgk/tzgg/"), ("政策文件", "/zwgk/zcwj/"), ("政策解读", "/zwgk/zcjd/"),
        ("规划计划", "/zwgk/ghjh/"), ("建议提案办理", "/zwgk/jyta/"),
        ("工作动态", "/xwzx/gzdt/"), ("乡镇动态", "/xwzx/xzdt/")]),
    ("政务服务", "/zwfw/", [("高频事项", "/zwfw/")]),
    ("互动交流", "/hdjl/ldxx/", [("领导信箱", "/hdjl/ldxx/")]),
    ("走进青岚", "/zjqx/", [("县情概况", "/zjqx/"), ("网站地图", "/sitemap.html")]),
]

ZWGK_SIDE = [("通知公告", "/zwgk/tzgg/"), ("政策文件", "/zwgk/zcwj/"), ("政策解读", "/zwgk/zcjd/"),
             ("规划计划", "/zwgk/ghjh/"), ("建议提案办理", "/zwgk/jyta/")]
XWZX_SIDE = [("工作动态", "/xwzx/gzdt/"), ("乡镇动态", "/xwzx/xzdt/")]


def meta_tags(column, title=None, pubdate=None, source=None, description=None, url=None):
    lines = [
        '<meta name="SiteName" content="%s">' % SITE,
        '<meta name="SiteDomain" content="%s">' % DOMAIN,
        '<meta name="SiteIDCode" content="%s">' % SITE_ID,
    ]
    if column:
        lines.append('<meta name="ColumnName" content="%s">' % column)
        lines.append('<meta name="ColumnType" content="%s">' % column)
    if title:
        lines.append('<meta name="ArticleTitle" content="%s">' % title)
        lines.append('<meta name="PubDate" content="%s">' % pubdate)
        lines.append('<meta name="ContentSource" content="%s">' % source)
        lines.append('<meta name="Keywords" content="%s">' % column)
        lines.append('<meta name="Description" content="%s">' % (description or title))
        lines.append('<meta name="Url" content="http://%s%s">' % (DOMAIN, url))
    return "\n".join(lines)


def head(title, charset="utf-8", metas=""):
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="%s">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s</title>
%s
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script type="text/javascript" src="/js/common.js"></script>
</head>
""" % (charset, title, metas)


def header(current):
    items = []
    for name, url, subs in NAV:
        cls = ' class="on"' if name == current else ""
        sub = ""
        if subs:
            sub = '\n      <ul class="sub-menu">\n' + "\n".join(
                '        <li><a href="%s">%s</a></li>' % (u, n) for n, u in subs) + "\n      </ul>"
        items.append('    <li%s><a href="%s">%s</a>%s</li>' % (cls, url, name, sub))
    return """<body>
<a class="sr-only skip-link" href="#main">跳到主要内容</a>
<div class="top-bar">
  <div class="w1200">
    <span class="welcome">欢迎访问青岚县人民政府门户网站</span>
    <span class="top-tools"><a href="javascript:void(0);" onclick="fontZoom(2)">大字版</a> | <a href="/sitemap.html">网站地图</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="/"><img src="/images/logo.svg" alt="青岚县人民政府" width="360" height="72"></a></div>
    <form class="search" action="/search/" method="get">
      <input type="text" name="searchword" placeholder="请输入关键词" aria-label="搜索关键词">
      <button type="submit">搜索</button>
    </form>
  </div>
</div>
<div class="main-nav">
  <ul class="w1200 nav-list">
%s
  </ul>
</div>
""" % "\n".join(items)


def footer(extra=""):
    return """<div class="footer">
  <div class="w1200">
    <div class="ft-nav"><a href="/zjqx/">关于我们</a> | <a href="/sitemap.html">网站地图</a> | <a href="/hdjl/ldxx/">联系我们</a></div>
    <div class="ft-info">
      <p>主办单位：青岚县人民政府办公室　　承办单位：青岚县政务服务和大数据管理局</p>
      <p>地址：青岚县青云镇文昌路88号　　邮编：628100　　联系电话：0839-8712345（工作日 9:00—17:00）</p>
      <p>蜀ICP备05012345号-1　　网站标识码：%s　　本站支持IPv6访问</p>
    </div>
    <div class="ft-badge">
      <a href="https://bszs.conac.cn/sitename?method=show&amp;id=1F2A3B4C5D6E7F80" target="_blank"><img src="/images/dzjg.svg" alt="党政机关" width="44" height="54"></a>
      <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=%s&amp;url=http%%3A%%2F%%2F%s%%2F" target="_blank"><img src="/images/jiucuo.svg" alt="我为政府网站找错" width="110" height="54"></a>
    </div>%s
  </div>
</div>
</body>
</html>
""" % (SITE_ID, SITE_ID, DOMAIN, extra)


def crumbs(path):
    parts = ['<a href="/">首页</a>'] + ['<a href="%s">%s</a>' % (u, n) for n, u in path]
    return '<div class="position">当前位置：%s</div>' % " &gt; ".join(parts)


def side_nav(title, entries, current):
    lis = "\n".join('      <li%s><a href="%s">%s</a></li>' % (' class="cur"' if n == current else "", u, n)
                    for n, u in entries)
    return """  <div class="side-nav">
    <h3>%s</h3>
    <ul>
%s
    </ul>
  </div>""" % (title, lis)


# ---------------------------------------------------------------------------
# Page kinds.


def list_page(path, section, column, crumb, side, items, pager="", empty=False, charset="utf-8"):
    """A column page: breadcrumb, side navigation, dated list."""
    if empty:
        body = '    <div class="no-data">暂无信息</div>'
    else:
        body = '    <ul class="list-ul">\n' + "\n".join(
            '      <li><a href="%s" title="%s" target="_blank">%s</a><span class="date">%s</span></li>'
            % (url, title, title, date) for date, title, url in items) + "\n    </ul>"
    html = (head("%s - %s" % (column, SITE), charset, meta_tags(column)) + header(section) +
            """<div class="w1200 list-wrap">
  %s
%s
  <div class="col-main" id="main">
    <div class="col-title"><h2>%s</h2></div>
%s
%s
  </div>
</div>
""" % (crumbs(crumb), side_nav(*side, column), column, body, pager) + footer())
    write(path, html, charset)


def article_page(path, section, column, crumb, title, pubdate, source, paragraphs, extra="",
                 charset="utf-8", doc_number=None):
    """An article: breadcrumb, title, publication line, body."""
    body = "\n".join(p if p.lstrip().startswith("<") else "        <p>%s</p>" % p for p in paragraphs)
    number = '\n      <div class="doc-no">%s</div>' % doc_number if doc_number else ""
    html = (head("%s - %s" % (title, SITE), charset,
                 meta_tags(column, title, pubdate, source, url=site_url(path))) +
            header(section) + """<div class="w1200 article-wrap">
  %s
  <div class="article" id="main">
    <h1 class="art-title">%s</h1>
    <div class="art-info">
      <span>发布时间：%s</span><span>来源：%s</span>
      <span class="font-size">字号：<a href="javascript:void(0);" onclick="fontZoom(18)">大</a> <a href="javascript:void(0);" onclick="fontZoom(16)">中</a> <a href="javascript:void(0);" onclick="fontZoom(14)">小</a></span>
    </div>%s
    <div class="art-content TRS_Editor" id="zoom">
%s
    </div>
%s
    <div class="art-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
  </div>
</div>
""" % (crumbs(crumb), title, pubdate, source, number, body, extra) + footer())
    write(path, html, charset)


def site_url(path):
    url = "/" + path
    return url[:-len("index.html")] if url.endswith("/index.html") else url


def write(path, text, charset="utf-8"):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if charset.lower() in ("gb2312", "gbk"):
        # Converted with iconv to GBK, the superset that CMSs actually write
        # under a "gb2312" label (e.g. the em dash); a character outside GBK
        # stops the build instead of being written as '?'.
        data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "GBK"], input=text.encode("utf-8"),
                              stdout=subprocess.PIPE, check=True).stdout
        with open(full, "wb") as f:
            f.write(data)
    else:
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def write_bytes(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# Binary files: PNG images and OOXML attachments.


def png_from_rows(width, height, row_colors):
    """A truecolour PNG whose row y has the colour row_colors[y]."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(color) * width for color in row_colors)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def png(width, height, rgb):
    """A solid-colour PNG."""
    return png_from_rows(width, height, [rgb] * height)


def photo(width, height):
    """A PNG that reads as a photo at a glance: sky, hills, a square."""
    rows = []
    for y in range(height):
        if y < height * 0.45:
            t = y / (height * 0.45)
            rows.append((int(120 + 80 * t), int(170 + 50 * t), int(220 + 20 * t)))
        elif y < height * 0.7:
            rows.append((70, 120, 70))
        else:
            rows.append((190, 180, 160))
    return png_from_rows(width, height, rows)


ZIP_TIME = (2023, 7, 20, 9, 30, 0)


def write_zip(path, members):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with zipfile.ZipFile(full, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col_name(i):
    return chr(ord("A") + i)


def write_xlsx(path, sheet_name, rows):
    """A minimal SpreadsheetML workbook; every cell is a shared string."""
    strings = []
    index = {}
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            cells.append('<c r="%s%d" t="s"><v>%d</v></c>' % (col_name(c), r, index[value]))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    ns_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="%s.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="%s.worksheet+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="%s.sharedStrings+xml"/>'
         '</Types>' % (ct, ct, ct)),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>' % ns_rel),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="%s" xmlns:r="%s"><sheets>'
         '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
         % (ns_main, ns_rel, xml_escape(sheet_name))),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
         '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
         '</Relationships>' % (ns_rel, ns_rel)),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>'
         % (ns_main, "".join(sheet_rows))),
        ("xl/sharedStrings.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
         % (ns_main, len(strings), len(strings),
            "".join("<si><t>%s</t></si>" % xml_escape(s) for s in strings))),
    ]
    write_zip(path, members)


def write_docx(path, paragraphs, table):
    """A minimal WordprocessingML document: paragraphs, then one table."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(text):
        return "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % xml_escape(text)
    rows = "".join(
        "<w:tr>%s</w:tr>" % "".join("<w:tc><w:tcPr><w:tcW w:w=\"1800\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>"
                                     % para(cell) for cell in row) for row in table)
    body = "".join(para(p) for p in paragraphs) + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>%s</w:tbl>" % rows
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (ns, body)),
    ]
    write_zip(path, members)


# ---------------------------------------------------------------------------
# Shared style and script.

STYLE = """@charset "utf-8";
/* 青岚县人民政府门户网站 公共样式 v2.3 */
*{margin:0;padding:0;box-sizing:border-box}
body{font:14px/1.8 "Microsoft YaHei","微软雅黑",SimSun,sans-serif;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}
a:hover{color:#b81c22}
ul,li{list-style:none}
img{border:0;vertical-align:middle}
.w1200{width:1200px;margin:0 auto;position:relative}
.clearfix:after{content:"";display:block;clear:both}

/* 无障碍：仅供读屏软件 */
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.skip-link:focus{position:static;width:auto;height:auto;margin:0;clip:auto;background:#ffd;padding:4px 10px}

/* 头部 */
.top-bar{height:36px;line-height:36px;background:#f0f0f0;border-bottom:1px solid #e2e2e2;font-size:13px;color:#666}
.top-bar .top-tools{float:right}
.header{height:120px;background:#b81c22 linear-gradient(#c62a2f,#a5161c)}
.header .logo{float:left;padding-top:24px}
.header .search{float:right;margin-top:42px}
.header .search input{width:240px;height:34px;border:0;padding:0 10px}
.header .search button{width:60px;height:34px;border:0;background:#ffc000;color:#8c0e12;cursor:pointer}

/* 导航及下拉菜单 */
.main-nav{height:50px;background:#8f1015}
.nav-list>li{float:left;width:200px;position:relative;text-align:center}
.nav-list>li>a{display:block;line-height:50px;font-size:18px;color:#fff}
.nav-list>li.on>a,.nav-list>li>a:hover{background:#6d0a0e}
.nav-list .sub-menu{display:none;position:absolute;top:50px;left:0;width:200px;background:#fff;border:1px solid #ddd;z-index:99}
.nav-list li:hover .sub-menu{display:block}
.nav-list .sub-menu li a{display:block;line-height:38px;border-bottom:1px dashed #eee}

/* 首页 */
.index-main{margin-top:16px;background:#fff;padding:20px}
.index-row{margin-bottom:20px}
.focus-pic,.news-box,.tab-box,.hd-box{float:left;width:570px;margin-right:20px}
.news-box,.hd-box{margin-right:0}
.focus-pic{height:340px;overflow:hidden;position:relative}
.focus-pic .focus-title{position:absolute;left:0;bottom:0;width:100%;height:40px;line-height:40px;padding-left:16px;color:#fff;background:rgba(0,0,0,.5)}
.box-title{height:40px;border-bottom:2px solid #b81c22}
.box-title h2{float:left;font-size:18px;color:#b81c22;line-height:40px}
.box-title .more{float:right;line-height:40px;font-size:13px;color:#999}
.index-list li{height:36px;line-height:36px;border-bottom:1px dotted #ddd;overflow:hidden}
.index-list li a{float:left;width:460px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.index-list li span{float:right;color:#999}
.tab-box .tab-title{height:40px;border-bottom:2px solid #b81c22}
.tab-box .tab-title li{float:left;padding:0 18px;line-height:40px;font-size:17px;cursor:pointer}
.tab-box .tab-title li.active{background:#b81c22;color:#fff}
.tab-box .tab-con{display:none}
.tab-box .tab-con.active{display:block}
.zt-banner{margin:0 0 20px;overflow:hidden}
.zt-banner a{float:left;width:373px;height:80px;line-height:80px;margin-right:20px;text-align:center;font-size:22px;color:#fff;background:#c0392b}
.zt-banner a:last-child{margin-right:0}
.tab-box .more{display:block;text-align:right;font-size:13px;color:#999}
.hd-entry li{float:left;width:176px;height:90px;line-height:90px;margin:16px 10px 16px 0;text-align:center;background:#f3f6fa;border:1px solid #dde4ee;font-size:17px}
.hd-tip{clear:both;color:#b81c22}
.yqlj{margin-top:10px;padding:10px 20px;background:#fff}
.yqlj h3{display:inline;font-size:15px;color:#b81c22;margin-right:12px}
.yqlj a{margin-right:18px}

/* 栏目页 */
.position{height:44px;line-height:44px;color:#666}
.position a{color:#666}
.list-wrap,.article-wrap{margin-top:10px;background:#fff;padding:0 20px 30px;overflow:hidden}
.side-nav{float:left;width:240px}
.side-nav h3{height:52px;line-height:52px;background:#b81c22;color:#fff;text-align:center;font-size:20px}
.side-nav li a{display:block;height:46px;line-height:46px;padding-left:36px;border-bottom:1px solid #eee}
.side-nav li.cur a{color:#b81c22;font-weight:bold}
.col-main{float:right;width:900px}
.col-title{height:46px;border-bottom:2px solid #b81c22;margin-bottom:10px}
.col-title h2{font-size:19px;line-height:46px;color:#b81c22}
.list-ul li{height:42px;line-height:42px;border-bottom:1px dashed #ddd;padding-left:14px;background:url(../images/dot.png) no-repeat 0 center}
.list-ul li a{float:left;width:760px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.list-ul li .date{float:right;color:#999}
.no-data{padding:80px 0;text-align:center;color:#999;font-size:16px}
.page{margin-top:24px;text-align:center;color:#666}
.page a,.page span{display:inline-block;padding:0 10px;margin:0 3px;border:1px solid #ddd;line-height:28px}
.page .current{background:#b81c22;color:#fff;border-color:#b81c22}

/* 文章页 */
.article{padding:10px 60px}
.art-title{font-size:26px;line-height:1.6;text-align:center;color:#222;padding:20px 0 10px}
.art-info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.art-info span{margin:0 10px}
.doc-no{text-align:center;margin-top:16px;color:#555}
.art-content{font-size:16px;line-height:2;padding:20px 0}
.art-content p{text-indent:2em;margin-bottom:10px}
.art-content p.sign{text-align:right}
.art-content table{border-collapse:collapse;margin:10px auto;font-size:14px}
.art-content th,.art-content td{border:1px solid #999;padding:4px 10px;text-align:center}
.art-content .img-p{text-align:center;text-indent:0}
.attach{background:#f8f8f8;padding:10px 20px;margin:10px 0}
.attach a{color:#1a5fb4}
.related{border-top:1px solid #e5e5e5;padding:10px 0}
.related a{color:#1a5fb4}
.art-tools{text-align:right;color:#666}
.msg-table{width:100%;border-collapse:collapse}
.msg-table th{background:#f2f2f2}
.msg-table th,.msg-table td{border:1px solid #ddd;padding:8px;text-align:center}
.msg-table td.t{text-align:left}
.msg-detail th{width:140px;background:#f7f7f7}
.msg-detail th,.msg-detail td{border:1px solid #ddd;padding:10px}
.msg-detail{width:100%;border-collapse:collapse}

/* 底部 */
.footer{clear:both;margin-top:20px;background:#3b3b3b;color:#bbb;padding:24px 0;font-size:13px;text-align:center}
.footer a{color:#ddd}
.footer .ft-nav{margin-bottom:8px}
.footer .ft-badge{margin-top:10px}
.footer .ft-badge a{margin:0 8px}
.ft-links{position:absolute;left:-9999px;top:-9999px;overflow:hidden}
"""

LOGO = """<svg xmlns="http://www.w3.org/2000/svg" width="360" height="72" viewBox="0 0 360 72">
  <circle cx="36" cy="36" r="30" fill="#ffd54a"/>
  <circle cx="36" cy="36" r="22" fill="#b81c22"/>
  <text x="80" y="44" font-family="SimHei,'Microsoft YaHei',sans-serif" font-size="34" font-weight="bold" fill="#fff">青岚县人民政府</text>
  <text x="82" y="64" font-family="Arial,sans-serif" font-size="11" fill="#ffe9a8">www.qinglan.gov.cn</text>
</svg>
"""

BADGE_CONAC = """<svg xmlns="http://www.w3.org/2000/svg" width="44" height="54" viewBox="0 0 44 54">
  <path d="M22 2 L42 10 L42 28 C42 40 32 48 22 52 C12 48 2 40 2 28 L2 10 Z" fill="#d22"/>
  <text x="22" y="26" text-anchor="middle" font-size="10" fill="#fff">党政</text>
  <text x="22" y="39" text-anchor="middle" font-size="10" fill="#fff">机关</text>
</svg>
"""

BADGE_JIUCUO = """<svg xmlns="http://www.w3.org/2000/svg" width="110" height="54" viewBox="0 0 110 54">
  <rect width="110" height="54" rx="4" fill="#1e5aa8"/>
  <text x="55" y="24" text-anchor="middle" font-size="12" fill="#fff">我为政府网站</text>
  <text x="55" y="42" text-anchor="middle" font-size="16" font-weight="bold" fill="#ffd54a">找错</text>
</svg>
"""

SCRIPT = """/* 青岚县人民政府门户网站 公共脚本 */
function fontZoom(size) {
  var el = document.getElementById('zoom');
  if (el) { el.style.fontSize = size + 'px'; }
}

// 首页选项卡：鼠标移入标签时切换内容
function initTabs() {
  var boxes = document.querySelectorAll('.tab-box');
  for (var i = 0; i < boxes.length; i++) {
    (function (box) {
      var titles = box.querySelectorAll('.tab-title li');
      var panes = box.querySelectorAll('.tab-con');
      for (var j = 0; j < titles.length; j++) {
        (function (k) {
          titles[k].onmouseover = function () {
            for (var m = 0; m < titles.length; m++) {
              titles[m].className = m === k ? 'active' : '';
              if (panes[m]) { panes[m].className = m === k ? 'tab-con active' : 'tab-con'; }
            }
          };
        })(j);
      }
    })(boxes[i]);
  }
}

// 旧版浏览器不支持 :hover 下拉时的兼容处理
function initMenu() {
  var items = document.querySelectorAll('.nav-list > li');
  for (var i = 0; i < items.length; i++) {
    items[i].onmouseenter = function () { this.className += ' hover'; };
    items[i].onmouseleave = function () { this.className = this.className.replace(' hover', ''); };
  }
}

window.onload = function () { initTabs(); initMenu(); };
"""


# ---------------------------------------------------------------------------
# Content. Dates are chosen for a check on 2023-07-31:
#   通知公告, 政策文件, 乡镇动态 are fresh; 工作动态 stopped on 2023-07-05;
#   规划计划 stopped on 2022-05-10; 建议提案办理 is blank; the home page was
#   last republished with items up to 2023-07-12.

ZWGK = ("政务公开", "/zwgk/")
XWZX = ("新闻中心", "/xwzx/gzdt/")

TZGG = [  # (date, title, path)
    ("2023-07-26", "关于做好2023年主汛期防汛减灾工作的通知", "zwgk/tzgg/202307/t20230726_11205.html"),
    ("2023-07-20", "关于2023年第二批农村最低生活保障新增对象的公示", "zwgk/tzgg/202307/t20230720_11188.html"),
    ("2023-07-12", "2023年6月城乡困难群众医疗救助资金发放情况公示", "zwgk/tzgg/202307/t20230712_11140.html"),
    ("2023-07-05", "关于开展2023年安全生产大检查的通知", "zwgk/tzgg/202307/t20230705_11096.html"),
    ("2023-06-28", "青岚县2023年公开招聘社区工作者公告", "zwgk/tzgg/202306/t20230628_11050.html"),
    ("2023-06-15", "关于做好端午节期间安全防范工作的通知", "zwgk/tzgg/202306/t20230615_11002.html"),
    # Deleted from the CMS but still listed on the second page: a 404.
    ("2023-06-01", "关于调整县城区部分公交线路的通告", "zwgk/tzgg/202306/t20230601_10880.html"),
    ("2023-05-18", "关于做好2023年高考期间噪声污染防治工作的通告", "zwgk/tzgg/202305/t20230518_10903.html"),
]

POLICY_A = ("2023-06-20", "青岚县人民政府关于印发《青岚县促进民营经济高质量发展若干措施》的通知",
            "zwgk/zcwj/202306/t20230620_11025.html")
POLICY_B = ("2023-05-16", "青岚县人民政府办公室关于印发《青岚县农村人居环境整治提升五年行动实施方案》的通知",
            "zwgk/zcwj/202305/t20230516_10890.html")
POLICY_C = ("2023-07-18", "青岚县人民政府办公室关于印发《青岚县城区停车管理办法》的通知",
            "zwgk/zcwj/202307/t20230718_11170.html")
POLICY_D = ("2022-04-12", "青岚县人民政府关于公布县级行政许可事项清单的通知",
            "zwgk/zcwj/202204/t20220412_9531.html")
ZCWJ = [POLICY_C, POLICY_A, POLICY_B, POLICY_D]

INTERP_A = ("2023-06-21", "《青岚县促进民营经济高质量发展若干措施》政策解读",
            "zwgk/zcjd/202306/t20230621_11031.html")
INTERP_B = ("2023-05-19", "《青岚县农村人居环境整治提升五年行动实施方案》解读",
            "zwgk/zcjd/202305/t20230519_10911.html")
ZCJD = [INTERP_A, INTERP_B]

GHJH = [
    ("2022-05-10", "关于青岚县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告",
     "zwgk/ghjh/202205/t20220510_9602.html"),
    ("2021-03-15", "青岚县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
     "zwgk/ghjh/202103/t20210315_8120.html"),
]

GZDT = [
    ("2023-07-05", "县政府召开第12次常务会议", "xwzx/gzdt/202307/t20230705_11098.html"),
    ("2023-06-28", "我县启动民法典宣传月活动", "xwzx/gzdt/202306/t20230628_11052.html"),
    ("2023-06-19", "县领导督导检查汛期安全生产工作", "xwzx/gzdt/202306/t20230619_11020.html"),
    ("2023-06-09", "我县赴成都开展招商引资推介活动", "xwzx/gzdt/202306/t20230609_10985.html"),
]

XZDT = [
    ("2023-07-27", "青云镇开展防溺水安全教育进村入户活动", "xwzx/xzdt/202307/t20230727_11236.html"),
    ("2023-07-21", "白石乡举办农民夜校实用技术培训班", "xwzx/xzdt/202307/t20230721_11197.html"),
    ("2023-07-14", "龙泉镇召开村级集体经济发展推进会", "xwzx/xzdt/202307/t20230714_11162.html"),
]

MESSAGES = [  # (submitted, title, path, replied, status)
    ("2023-07-25", "滨河路北段路灯长期不亮", "hdjl/ldxx/202307/t20230725_52031.html", None, "未回复"),
    ("2023-07-03", "咨询城乡居民医保缴费截止时间", "hdjl/ldxx/202307/t20230703_51987.html", "2023-07-05", "已回复"),
    # Unanswered for more than three months on 2023-07-31: the veto case.
    ("2023-04-12", "青云镇农贸市场周边占道经营严重", "hdjl/ldxx/202304/t20230412_51840.html", None, "未回复"),
    ("2023-03-20", "孩子入学需要提供哪些证明材料", "hdjl/ldxx/202303/t20230320_51792.html", "2023-03-22", "已回复"),
]


def href(path):
    return site_url(path)


def items(entries):
    return [(d, t, href(p)) for d, t, p in entries]


def zwgk_list(path, column, entries, pager="", empty=False):
    list_page(path, "政务公开", column, [ZWGK, (column, site_url(path))], ("政务公开", ZWGK_SIDE),
              items(entries), pager, empty)


def zwgk_article(entry, column, paragraphs, source, extra="", doc_number=None):
    date, title, path = entry
    column_url = "/" + path.split("/")[0] + "/" + path.split("/")[1] + "/"
    article_page(path, "政务公开", column, [ZWGK, (column, column_url)], title, date + " 09:30",
                 source, paragraphs, extra, doc_number=doc_number)


def news_article(entry, column, paragraphs, source, extra="", charset="utf-8"):
    date, title, path = entry
    column_url = "/xwzx/" + path.split("/")[1] + "/"
    article_page(path, "政务公开", column, [XWZX, (column, column_url)], title, date + " 16:20",
                 source, paragraphs, extra, charset=charset)



def attachment(links):
    return '    <div class="attach">附件：<br>\n%s\n    </div>' % "<br>\n".join(
        '      <a href="%s">%s</a>' % (u, n) for n, u in links)


def related(label, links):
    return '    <div class="related">%s%s</div>' % (label, "<br>".join(
        '<a href="%s">%s</a>' % (u, n) for n, u in links))


def sign(*lines):
    return "\n".join('        <p class="sign">%s</p>' % line for line in lines)


# --- 通知公告 -------------------------------------------------------------


def build_tzgg():
    pager1 = ('    <div class="page">共8条记录　当前第1/2页　<span class="current">1</span>'
              '<a href="index_1.html">2</a><a href="index_1.html">下一页</a><a href="index_1.html">尾页</a></div>')
    pager2 = ('    <div class="page">共8条记录　当前第2/2页　<a href="index.html">首页</a>'
              '<a href="index.html">上一页</a><a href="index.html">1</a><span class="current">2</span></div>')
    zwgk_list("zwgk/tzgg/index.html", "通知公告", TZGG[:5], pager1)
    zwgk_list("zwgk/tzgg/index_1.html", "通知公告", TZGG[5:], pager2)

    zwgk_article(TZGG[0], "通知公告", [
        "各乡镇人民政府，县级各部门：",
        "当前我县已进入“七下八上”防汛关键期。据县气象局预测，7月下旬至8月上旬我县降雨明显偏多，局地可能出现暴雨、大暴雨天气，"
        "防汛形势严峻复杂。为切实做好主汛期防汛减灾工作，确保人民群众生命财产安全，经县政府同意，现将有关事项通知如下。",
        "一、压实防汛责任。各乡镇、各部门要严格落实以行政首长负责制为核心的防汛责任制，主要负责同志要靠前指挥，"
        "县级包片领导要深入一线督导，确保责任落实到村、到组、到人。",
        "二、强化隐患排查。要对山洪灾害危险区、地质灾害隐患点、病险水库、在建工地和临河临崖道路等重点部位开展拉网式排查，"
        "建立问题清单，逐项落实整改措施和责任人，整改不到位的不得销号。",
        "三、做好转移避险。严格执行“雨前排查、雨中巡查、雨后复查”制度，提前明确转移路线和安置场所，"
        "遇强降雨时果断组织危险区域群众转移，做到应转尽转、应转早转。",
        "四、加强值班值守。汛期实行24小时值班和领导带班制度，严格执行信息报送制度，遇重大险情灾情要在第一时间报告县防汛抗旱指挥部办公室，"
        "严禁迟报、漏报、瞒报。",
        "联系人：县应急管理局防汛股，联系电话：0839-1234567。",
        sign("青岚县人民政府办公室", "2023年7月26日"),
    ], "县政府办公室", attachment([
        # The attachment was never uploaded: a broken attachment link.
        ("青岚县2023年防汛抗旱应急预案.pdf", "./P020230726589412307215.pdf"),
    ]), doc_number="青府办字〔2023〕15号")

    people = [
        ("李春梅", "女", id_number("19680314", 42), "青云镇石桥村3组", "13908391526", "2"),
        ("王德贵", "男", id_number("19550821", 17), "白石乡桂花村1组", "15183916274", "1"),
        ("杨秀英", "女", id_number("19720109", 86), "龙泉镇新民村5组", "18728310943", "3"),
        ("陈国富", "男", id_number("19610607", 33), "青云镇凉水村2组", "13551872604", "2"),
        ("刘桂兰", "女", id_number("19490930", 58), "三河镇高坪村4组", "19981325507", "1"),
    ]
    rows = "\n".join(
        "          <tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
        % ((i + 1,) + p) for i, p in enumerate(people))
    table = """        <table>
          <tr><th>序号</th><th>姓名</th><th>性别</th><th>身份证号码</th><th>家庭住址</th><th>联系电话</th><th>保障人数</th></tr>
%s
        </table>""" % rows
    zwgk_article(TZGG[1], "通知公告", [
        "根据最低生活保障有关政策规定，经本人申请、乡镇人民政府审核、县民政局审批，拟将以下5户纳入农村最低生活保障范围，现予以公示。",
        "公示期为2023年7月20日至7月26日。公示期间，任何单位和个人如有异议，可通过来电、来信或来访等方式向县民政局反映。",
        table,
        "监督电话：0839-8723456　　来信地址：青岚县青云镇府前街26号县民政局社会救助股",
        sign("青岚县民政局", "2023年7月20日"),
    ], "县民政局", attachment([
        ("2023年第二批农村低保新增对象花名册.xlsx", "./P020230720386512345678.xlsx"),
    ]))
    cards = [luhn_complete("621799" + "0839" + "%08d" % n)
             for n in (10523147, 22730518, 33164289, 44820971, 55901362)]
    write_xlsx("zwgk/tzgg/202307/P020230720386512345678.xlsx", "花名册", [
        ["序号", "姓名", "身份证号码", "开户银行", "银行卡号", "保障人数", "月保障金额（元）"],
    ] + [[str(i + 1), p[0], p[2], "青岚县农村信用合作联社", cards[i], p[5], str(320 * int(p[5]))]
         for i, p in enumerate(people)])

    relief = [
        ("赵明华", id_number("19580412", 21), "特困人员", "2680.00"),
        ("孙玉珍", id_number("19660725", 64), "低保对象", "1350.50"),
        ("周建军", id_number("19790203", 35), "低保对象", "980.00"),
        ("吴小凤", id_number("19851118", 48), "防止返贫监测对象", "2215.80"),
    ]
    relief_cards = [luhn_complete("6217" + "9908" + "39" + "%08d" % n) for n in (61452037, 70318264, 82043519, 93571802)]
    rows = "\n".join(
        "          <tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
        % (i + 1, r[0][0] + "**", masked_id(r[1]), r[2], r[3]) for i, r in enumerate(relief))
    zwgk_article(TZGG[2], "通知公告", [
        "按照城乡困难群众医疗救助有关规定，现将2023年6月城乡困难群众医疗救助资金发放情况予以公示（个人信息已作脱敏处理）。"
        "本月共救助4人次，发放救助资金7226.30元，资金已通过“一卡通”发放至救助对象账户。",
        """        <table>
          <tr><th>序号</th><th>姓名</th><th>身份证号码</th><th>救助类别</th><th>救助金额（元）</th></tr>
%s
        </table>""" % rows,
        "公示期7天。如有异议，请向县医疗保障局反映，联系电话：0839-8735102。",
        sign("青岚县医疗保障局", "2023年7月12日"),
    ], "县医疗保障局", attachment([
        ("2023年6月医疗救助资金发放明细表.docx", "./P020230712523641098765.docx"),
    ]))
    write_docx("zwgk/tzgg/202307/P020230712523641098765.docx", [
        "2023年6月城乡困难群众医疗救助资金发放明细表",
        "填报单位：青岚县医疗保障局　　填报日期：2023年7月10日",
    ], [["序号", "姓名", "身份证号码", "救助类别", "救助金额（元）", "银行卡号"]] +
        [[str(i + 1), r[0], r[1], r[2], r[3], relief_cards[i]] for i, r in enumerate(relief)])

    zwgk_article(TZGG[3], "通知公告", [
        "各乡镇人民政府，县级各部门，各有关企业：",
        "根据省、市关于开展安全生产大检查的统一布署，县政府决定自2023年7月上旬至9月底在全县范围内开展安全生产大检查。现将有关事项通知如下。",
        "一、检查范围。重点检查道路交通、建筑施工、危险化学品、燃气、消防、非煤矿山、水上交通、旅游景区等行业领域，"
        "以及人员密集场所和“九小”场所。",
        "二、方法步骤。大检查分为企业自查、部门检查、县级督查三个阶段。各行业主管部门要制定本行业检查方案，"
        "于7月14日前报县安委会办公室。",
        "三、工作要求。各乡镇、各部门要坚持“三管三必须”，对检查发现的问题隐患建立台账、跟踪督办、动态清零，"
        "对重大隐患实行挂牌督办。",
        "联系电话：0839-8716620。",
        sign("青岚县安全生产委员会办公室", "2023年7月5日"),
    ], "县应急管理局")

    zwgk_article(TZGG[4], "通知公告", [
        "为进一步加强城乡社区工作者队伍建设，根据工作需要，县委组织部、县民政局决定面向社会公开招聘社区工作者20名。现将有关事项公告如下。",
        "一、招聘条件。具有中华人民共和国国籍，遵守宪法和法律；年龄在18周岁以上、35周岁以下；具有大学专科及以上学历；身体健康。",
        "二、报名时间和方式。报名时间为2023年7月3日至7月7日，采取现场报名方式，报名地点为县民政局一楼大厅。",
        "三、考试。考试采取笔试和面试相结合的方式，笔试时间和地点另行通知。",
        "咨询电话：0839-8726789（工作日上午9:00至12:00，下午14:00至17:30）。",
        sign("青岚县民政局", "2023年6月28日"),
    ], "县民政局")

    zwgk_article(TZGG[5], "通知公告", [
        "各乡镇人民政府，县级各部门：",
        "端午节将至，节日期间人员出行和聚集增多，加之正值汛期，安全风险较大。为确保全县人民群众度过一个安全祥和的节日，现就有关工作通知如下。",
        "一、加强道路交通安全管理，严查酒驾醉驾、超员超载等违法行为。二、加强水域安全管理，在重点水域设置警示标志，"
        "严防溺水事故发生。三、加强食品安全监管，重点检查粽子等节令食品生产经营单位。四、严格落实节日值班制度。",
        sign("青岚县人民政府办公室", "2023年6月15日"),
    ], "县政府办公室")

    zwgk_article(TZGG[7], "通知公告", [
        "为给广大考生营造安静的考试环境，根据《中华人民共和国噪声污染防治法》有关规定，现就2023年高考期间噪声污染防治工作通告如下。",
        "一、2023年6月7日至6月10日，各考点周边500米范围内，禁止进行产生噪声的建筑施工作业。",
        "二、考试期间，考点周边禁止使用高音广播喇叭，禁止举办广场舞等产生噪声的娱乐活动，机动车辆禁止鸣笛。",
        "三、对违反本通告规定的，由有关部门依法查处。举报电话：12345。",
        sign("青岚县生态环境局", "2023年5月18日"),
    ], "县生态环境局")


# --- 政策文件 and 政策解读 -----------------------------------------------


def build_policies():
    zwgk_list("zwgk/zcwj/index.html", "政策文件", ZCWJ)
    zwgk_list("zwgk/zcjd/index.html", "政策解读", ZCJD)

    zwgk_article(POLICY_A, "政策文件", [
        "各乡镇人民政府，县级各部门：",
        "现将《青岚县促进民营经济高质量发展若干措施》印发给你们，请结合实际认真贯彻执行。",
        sign("青岚县人民政府", "2023年6月20日"),
        "<h3 style=\"text-align:center\">青岚县促进民营经济高质量发展若干措施</h3>",
        "为进一步优化民营经济发展环境，激发市场主体活力，推动全县民营经济高质量发展，结合我县实际，制定以下措施。",
        "一、降低经营成本。对新认定的规模以上民营工业企业，给予一次性奖励5万元；落实小微企业房租减免政策，"
        "国有资产类经营用房租金按规定减免。",
        "二、强化融资支持。设立2000万元中小企业应急转贷资金，单笔转贷期限不超过15天；对获得县内金融机构首贷的民营企业给予贷款贴息。",
        "三、优化政务服务。推行企业开办“一日办结”，涉企审批事项全部进驻县政务服务中心，实行“一窗受理、集成服务”。",
        "四、保护合法权益。建立涉企行政执法“首违不罚”清单，畅通企业诉求反映渠道，县政府每季度召开一次政企恳谈会。",
        "本措施自印发之日起施行，有效期3年。",
    ], "县政府办公室", related("相关解读：", [(INTERP_A[1], href(INTERP_A[2]))]),
        doc_number="青府发〔2023〕8号")

    zwgk_article(POLICY_B, "政策文件", [
        "各乡镇人民政府，县级各部门：",
        "《青岚县农村人居环境整治提升五年行动实施方案》已经县政府同意，现印发给你们，请认真组织实施。",
        sign("青岚县人民政府办公室", "2023年5月16日"),
        "<h3 style=\"text-align:center\">青岚县农村人居环境整治提升五年行动实施方案</h3>",
        "为深入推进农村人居环境整治提升，建设宜居宜业和美乡村，制定本方案。",
        "一、工作目标。到2027年，全县农村卫生厕所普及率达到90%以上，农村生活垃圾收运处置体系实现行政村全覆盖，"
        "农村生活污水治理率达到60%以上，村容村貌明显改善。",
        "二、重点任务。扎实推进农村厕所革命，加快推进农村生活污水治理，全面提升农村生活垃圾治理水平，深入开展村庄清洁行动。",
        "三、保障措施。各乡镇要落实属地责任，县农业农村局牵头抓总，县财政每年安排专项资金，建立健全长效管护机制。",
    ], "县政府办公室", related("相关解读：", [(INTERP_B[1], href(INTERP_B[2]))]),
        doc_number="青府办发〔2023〕12号")

    # No interpretation was published for this one.
    zwgk_article(POLICY_C, "政策文件", [
        "各乡镇人民政府，县级各部门：",
        "《青岚县城区停车管理办法》已经县政府第11次常务会议审议通过，现印发给你们，请认真贯彻执行。",
        sign("青岚县人民政府办公室", "2023年7月18日"),
        "<h3 style=\"text-align:center\">青岚县城区停车管理办法</h3>",
        "第一条　为加强城区停车管理，规范停车秩序，改善交通状况，根据有关法律法规，结合本县实际，制定本办法。",
        "第二条　本办法适用于本县城区范围内停车场的规划、建设、使用和管理。",
        "第三条　县住房和城乡建设局是城区停车场的主管部门，县公安局交通管理大队负责道路停车秩序管理。",
        "第四条　在城市道路范围内施划停车泊位，应当经公安交通管理部门同意，不得影响行人、车辆通行。",
        "第五条　本办法自2023年9月1日起施行。",
    ], "县政府办公室", doc_number="青府办规〔2023〕3号")

    zwgk_article(POLICY_D, "政策文件", [
        "各乡镇人民政府，县级各部门：",
        "为全面实行行政许可事项清单管理，根据上级有关要求，经县政府研究，现将青岚县县级行政许可事项清单予以公布，请遵照执行。",
        "清单共收录县级行政许可事项187项，各部门要严格按照清单实施行政许可，不得在清单之外违法实施变相许可。",
        sign("青岚县人民政府", "2022年4月12日"),
    ], "县政府办公室", doc_number="青府发〔2022〕5号")

    zwgk_article(INTERP_A, "政策解读", [
        "近日，县政府印发了《青岚县促进民营经济高质量发展若干措施》。现就有关内容解读如下。",
        "一、出台背景。民营经济是我县经济发展的重要力量，贡献了全县一半以上的税收和七成以上的城镇就业。"
        "为进一步稳定市场预期、提振发展信心，县发展和改革局会同有关部门起草了该措施。",
        "二、主要内容。措施围绕降低经营成本、强化融资支持、优化政务服务、保护合法权益四个方面提出了具体举措，"
        "其中应急转贷资金、首贷贴息等为新增政策。",
        "三、如何申请。企业可向县发展和改革局或县政务服务中心企业服务窗口咨询办理。",
        "解读机构：县发展和改革局　　解读人：县发展和改革局有关负责同志　　联系电话：0839-8711206",
    ], "县发展和改革局", related("政策原文：", [(POLICY_A[1], href(POLICY_A[2]))]))

    # Links only to the column, not to the document it interprets.
    zwgk_article(INTERP_B, "政策解读", [
        "县政府办公室近日印发了《青岚县农村人居环境整治提升五年行动实施方案》，现就方案主要内容解读如下。",
        "一、方案明确了到2027年的工作目标，即农村卫生厕所普及率达到90%以上、生活垃圾收运处置体系实现行政村全覆盖、"
        "生活污水治理率达到60%以上。",
        "二、方案部署了四项重点任务，并对各乡镇和有关部门的职责分工作了明确。",
        "三、方案提出建立长效管护机制，推动农村人居环境由“干净整洁”向“美丽宜居”转变。",
        "解读机构：县农业农村局　　联系电话：0839-8716335",
        "文件全文请到本网站<a href=\"/zwgk/zcwj/\">政策文件</a>栏目查阅。",
    ], "县农业农村局")


# --- 规划计划, 建议提案办理 ---------------------------------------------


def build_plans():
    zwgk_list("zwgk/ghjh/index.html", "规划计划", GHJH)
    zwgk_list("zwgk/jyta/index.html", "建议提案办理", [], empty=True)
    zwgk_article(GHJH[0], "规划计划", [
        "——2022年4月26日在青岚县第十八届人民代表大会第二次会议上",
        "各位代表：",
        "受县人民政府委托，现将青岚县2021年国民经济和社会发展计划执行情况与2022年计划草案提请大会审议，并请县政协各位委员提出意见。",
        "一、2021年计划执行情况。全县实现地区生产总值118.6亿元，增长8.1%；一般公共预算收入5.2亿元，增长9.6%；"
        "城镇和农村居民人均可支配收入分别增长7.9%和9.8%。",
        "二、2022年经济社会发展的主要目标。地区生产总值增长7.5%左右，一般公共预算收入增长7%，城镇新增就业2200人以上，"
        "城镇调查失业率控制在5.5%以内。",
        "三、2022年的主要任务。坚持稳中求进工作总基调，着力扩大有效投资，加快产业转型升级，全面推进乡村振兴，持续保障和改善民生。",
    ], "县发展和改革局")
    zwgk_article(GHJH[1], "规划计划", [
        "《青岚县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经县第十七届人民代表大会第六次会议审查批准，现予公布。",
        "纲要共分十五篇，主要阐明全县“十四五”时期发展的战略意图，明确政府工作重点，引导规范市场主体行为，"
        "是今后五年全县经济社会发展的宏伟蓝图和全县人民共同的行动纲领。",
        "到2025年，全县地区生产总值年均增长7%左右，城乡居民收入增长与经济增长基本同步，生态环境质量持续改善。",
    ], "县发展和改革局")


# --- 工作动态, 乡镇动态 ---------------------------------------------------


def build_news():
    list_page("xwzx/gzdt/index.html", "政务公开", "工作动态", [XWZX, ("工作动态", "/xwzx/gzdt/")],
              ("新闻中心", XWZX_SIDE), items(GZDT))
    news_article(GZDT[0], "工作动态", [
        "7月4日，县长主持召开县政府第12次常务会议，传达学习上级有关会议精神，研究部署近期重点工作。",
        "会议传达学习了全省常态化扫黑险恶斗争推进会议精神。会议强调，要始终保持严打高压态势，"
        "聚焦重点行业领域深挖彻查，推动常态化斗争走深走实。",
        "会议审议通过了《青岚县城区停车管理办法》，研究了全县上半年经济运行情况。会议指出，各乡镇、各部门要紧盯全年目标任务，"
        "抓好项目建设、招商引资和消费促进，确保完成“双过半”目标。",
        "会议还研究了主汛期防汛减灾、安全生产等工作。县政府领导班子成员出席会议，县级有关部门主要负责同志列席会议。",
    ], "县政府办公室")
    news_article(GZDT[1], "工作动态", [
        "6月27日，我县“美好生活·民法典相伴”主题宣传月活动在县城滨河广场启动。",
        "活动现场，县司法局、县法院、县妇联等单位通过设置咨询台、发放宣传资料、现场解答群众疑问等方式，"
        "向过往群众宣传《中华人民共合国民法典》中与群众生产生活密切相关的法律知识。",
        "<p class=\"img-p\"><img src=\"./W020230628361245.png\" alt=\"民法典宣传月启动仪式现场\" width=\"600\" height=\"360\"></p>",
        "<p class=\"img-p\"><img src=\"./W020230628361302.jpg\" alt=\"工作人员向群众发放宣传资料\" width=\"600\" height=\"360\"></p>",
        "据统计，当天共发放宣传资料3200余份，解答群众法律咨询150余人次。宣传月期间，全县各乡镇还将组织开展法律进村入户、"
        "以案说法等活动，推动民法典走到群众身边、走进群众心里。",
    ], "县司法局")
    news_article(GZDT[2], "工作动态", [
        "6月18日，县委常委、常务副县长带队督导检查汛期安全生产工作，先后深入在建工地、地质灾害隐患点和病险水库实地查看。",
        "每到一处，督导组都详细了解隐患排查、应急物资储备和值班值守等情况。督导组指出，各单位要一如继往抓好安全生产，"
        "坚决克服麻痹思想和侥幸心理，严格落实各项防范措施。",
        "督导组要求，要加强汛期监测预警，落实“雨前排查、雨中巡查、雨后复查”制度；要做好应急物资储备和抢险队伍准备，"
        "一旦发生险情，确保拉得出、用得上、打得赢。",
        # Injected by an attacker into the article body.
        "<a href=\"http://bjsc.pk10kj.xyz/\" style=\"display:none\">北京赛车pk10</a>",
    ], "县应急管理局")
    news_article(GZDT[3], "工作动态", [
        "6月8日，我县在成都举办2023年招商引资推介会，向客商推介我县的区位优势、产业基础和投资环境。",
        "推介会上，县招商服务中心负责同志重点推介了茶叶精深加工、绿色建材、文化旅游等产业项目。"
        "与会客商围绕项目用地、配套政策等进行了深入交流。",
        "推介会期间，我县与多家中港合资企业签订了投资意向协议，涉及茶叶加工、物流仓储等领域，意向投资总额12.6亿元。",
        "下一步，县招商服务中心将建立项目跟踪服务机制，推动签约项目早落地、早开工、早见效。",
    ], "县招商服务中心")

    gbk = "gb2312"
    list_page("xwzx/xzdt/index.html", "政务公开", "乡镇动态", [XWZX, ("乡镇动态", "/xwzx/xzdt/")],
              ("新闻中心", XWZX_SIDE), items(XZDT), charset=gbk)
    news_article(XZDT[0], "乡镇动态", [
        "暑假期间是溺水事故易发多发期。为切实保障中小学生生命安全，7月26日，青云镇组织镇村干部、网格员深入各村开展防溺水安全教育进村入户活动。",
        "工作人员逐户发放《致家长的一封信》，提醒家长切实履行监护责任，教育孩子不私自下水游泳、不擅自与他人结伴游泳。"
        "同时在沿河危险水域增设警示牌12块，安排专人巡查。",
        "镇党委书记在工作会上表示，全镇防溺水工作取得了阶段性成效，各村要再接再励，持续抓好宣传和巡查，确保暑期安全。",
    ], "青云镇人民政府", charset=gbk)
    news_article(XZDT[1], "乡镇动态", [
        "7月20日晚，白石乡农民夜校在桂花村便民服务中心开课，邀请县农业农村局专家为60余名村民讲授茶园管护和病虫害绿色防控技术。",
        "专家结合本地茶园实际，从夏季修剪、施肥管理、病虫害识别等方面进行了详细讲解，并现场解答了村民提出的问题。",
        "今年以来，白石乡已举办农民夜校培训8期，培训村民500余人次，有效提升了群众发展产业的技能。",
    ], "白石乡人民政府", charset=gbk)
    news_article(XZDT[2], "乡镇动态", [
        "7月13日，龙泉镇召开村级集体经济发展推进会，总结上半年工作，安排部署下一阶段任务。",
        "会上，各村党支部书记逐一汇报了集体经济项目进展情况。上半年，全镇12个村集体经济收入均超过5万元，其中3个村超过20万元。",
        "会议要求，各村要立足资源禀赋，因村施策发展特色产业，规范集体资产管理，确保集体经济持续稳定增收。",
    ], "龙泉镇人民政府", charset=gbk)


# --- 领导信箱 -------------------------------------------------------------

MESSAGE_TEXT = {
    MESSAGES[0][2]: ("张**",
                     "滨河路北段（县医院至二桥）路灯已经有两个多星期不亮了，晚上出行很不方便，老人孩子容易摔倒，希望有关部门尽快修复。"
                     "本人联系电话：138****5678。", None, None),
    MESSAGES[1][2]: ("李**", "请问2024年度城乡居民医保的缴费截止时间是什么时候？可以在手机上缴费吗？",
                     "县医疗保障局",
                     "您好！2024年度城乡居民基本医疗保险集中缴费期为2023年9月1日至12月31日，可通过“四川税务”APP、微信小程序或到所在村（社区）办理。"
                     "如有疑问，请拨打0839-8735102咨询。感谢您的来信！"),
    MESSAGES[2][2]: ("王**",
                     "青云镇农贸市场周边的街道每天早上都有很多商贩占道摆摊，车辆和行人无法正常通行，垃圾也没人及时清理，"
                     "已经反映过多次，希望有关部门加强管理。", None, None),
    MESSAGES[3][2]: ("陈**", "孩子今年秋季上小学一年级，户口在外县，父母在青岚县务工，请问入学需要提供哪些证明材料？",
                     "县教育局",
                     "您好！随迁子女入学需提供监护人户口簿、居住证或居住证明、务工证明和儿童预防接种证等材料，"
                     "于8月10日前到就近学校报名。具体请咨询县教育局基础教育股，电话0839-8712260。"),
}


def build_messages():
    rows = []
    for i, (submitted, title, path, replied, status) in enumerate(MESSAGES):
        rows.append("        <tr><td>%d</td><td class=\"t\"><a href=\"%s\" target=\"_blank\">%s</a></td><td>%s</td>"
                    "<td>%s</td><td>%s</td></tr>" % (len(MESSAGES) - i, href(path), title, submitted,
                                                     replied or "", status))
    html = (head("领导信箱 - %s" % SITE, "utf-8", meta_tags("领导信箱")) + header("互动交流") +
            """<div class="w1200 list-wrap">
  %s
%s
  <div class="col-main" id="main">
    <div class="col-title"><h2>领导信箱</h2></div>
    <p class="notice">来信须知：请如实反映问题，留言经审核后公开，承办单位原则上在5个工作日内答复。</p>
    <table class="msg-table">
      <thead>
        <tr><th>编号</th><th>留言标题</th><th>留言时间</th><th>回复时间</th><th>办理状态</th></tr>
      </thead>
      <tbody>
%s
      </tbody>
    </table>
  </div>
</div>
""" % (crumbs([("互动交流", "/hdjl/ldxx/"), ("领导信箱", "/hdjl/ldxx/")]),
       side_nav("互动交流", [("领导信箱", "/hdjl/ldxx/")], "领导信箱"), "\n".join(rows)) + footer())
    write("hdjl/ldxx/index.html", html)

    for submitted, title, path, replied, status in MESSAGES:
        writer, content, unit, answer = MESSAGE_TEXT[path]
        reply_rows = ""
        if answer:
            reply_rows = """      <tr><th>回复单位</th><td>%s</td></tr>
      <tr><th>回复时间</th><td>%s</td></tr>
      <tr><th>回复内容</th><td>%s</td></tr>
""" % (unit, replied, answer)
        html = (head("%s - 领导信箱 - %s" % (title, SITE), "utf-8", meta_tags("领导信箱")) +
                header("互动交流") + """<div class="w1200 article-wrap">
  %s
  <div class="article" id="main">
    <table class="msg-detail">
      <tr><th>留言标题</th><td>%s</td></tr>
      <tr><th>留言人</th><td>%s</td></tr>
      <tr><th>留言时间</th><td>%s</td></tr>
      <tr><th>留言内容</th><td>%s</td></tr>
      <tr><th>办理状态</th><td>%s</td></tr>
%s    </table>
  </div>
</div>
""" % (crumbs([("互动交流", "/hdjl/ldxx/"), ("领导信箱", "/hdjl/ldxx/")]), title, writer,
       submitted, content, status, reply_rows) + footer())
        write(path, html)


# --- Other pages ------------------------------------------------------------


def simple_page(path, section, column, crumb, inner, metas=None):
    html = (head("%s - %s" % (column, SITE), "utf-8", metas if metas is not None else meta_tags(column)) +
            header(section) + """<div class="w1200 list-wrap">
  %s
  <div class="article" id="main">
%s
  </div>
</div>
""" % (crumbs(crumb), inner) + footer())
    write(path, html)


def build_other():
    services = [
        ("居民身份证申领", "县公安局", "20个工作日", "0839-8712110"),
        ("城乡居民基本养老保险参保登记", "县社会保险事业管理局", "即办", "0839-8713325"),
        ("个体工商户设立登记", "县市场监督管理局", "1个工作日", "0839-8716018"),
        ("最低生活保障对象认定", "县民政局", "30个工作日", "0839-8723456"),
        ("建设工程规划许可证核发", "县自然资源局", "10个工作日", "0839-8719207"),
    ]
    rows = "\n".join("      <tr><td class=\"t\">%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % s for s in services)
    simple_page("zwfw/index.html", "政务服务", "政务服务", [("政务服务", "/zwfw/")], """    <h1 class="art-title">高频政务服务事项</h1>
    <div class="art-content">
    <p>县政务服务中心位于青云镇文昌路90号，工作时间为周一至周五上午9:00至12:00、下午14:00至17:30，法定节假日除外。以下事项可在中心综合窗口办理。</p>
    <table class="msg-table">
      <tr><th>事项名称</th><th>实施主体</th><th>承诺时限</th><th>咨询电话</th></tr>
%s
    </table>
    <p>办事指南、申请材料和办理流程可在各事项实施部门窗口查询，也可拨打12345政务服务便民热线咨询。</p>
    </div>""" % rows)

    article_page("zjqx/index.html", "走进青岚", "县情概况", [("走进青岚", "/zjqx/"), ("县情概况", "/zjqx/")],
                 "青岚县概况", "2023-03-01 10:00", "县政府办公室", [
                     "青岚县位于四川盆地北缘，地处秦巴山区南麓，县城距市区68公里。全县面积2106平方公里，辖6镇4乡、128个行政村和9个社区，"
                     "户籍人口23.6万人。",
                     "青岚县属亚热带湿润季风气候，四季分明，雨量充沛，森林覆盖率达到71.2%，境内有青岚山、白石河峡谷等自然景观，"
                     "是川北重要的生态屏障和茶叶产区。",
                     "近年来，青岚县坚持生态优先、绿色发展，形成了以茶叶、中药材、生态养殖为主的特色农业和以绿色建材、农产品加工为主的工业体系，"
                     "文化旅游产业加快发展。2022年，全县实现地区生产总值126.3亿元。",
                 ])

    sitemap = []
    for name, url, subs in NAV[1:]:
        links = " ".join('<a href="%s">%s</a>' % (u, n) for n, u in subs)
        sitemap.append("      <dl><dt><a href=\"%s\">%s</a></dt><dd>%s</dd></dl>" % (url, name, links))
    simple_page("sitemap.html", "", "网站地图", [("网站地图", "/sitemap.html")],
                "    <h1 class=\"art-title\">网站地图</h1>\n    <div class=\"sitemap\">\n%s\n    </div>"
                % "\n".join(sitemap), metas=meta_tags(None))

    # An old special-topic page the CMS took down: it answers 200 with an
    # error message instead of 404.
    write("ztzl/wmcj/index.html", """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>提示信息</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body>
<div class="w1200" style="padding:120px 0;text-align:center">
  <h2>提示信息</h2>
  <p>对不起，您访问的页面不存在或已被删除！</p>
  <p><a href="/">返回首页</a></p>
</div>
</body>
</html>
""")

    # 政务公开 hub: the newest entries of each column.
    blocks = []
    for name, url, entries in [("通知公告", "/zwgk/tzgg/", TZGG[:4]), ("政策文件", "/zwgk/zcwj/", ZCWJ[:3]),
                               ("政策解读", "/zwgk/zcjd/", ZCJD), ("规划计划", "/zwgk/ghjh/", GHJH)]:
        lis = "\n".join('        <li><a href="%s" title="%s">%s</a><span>%s</span></li>' % (href(p), t, t, d)
                        for d, t, p in entries)
        blocks.append("""    <div class="gk-box">
      <div class="box-title"><h2>%s</h2><a class="more" href="%s">更多&gt;&gt;</a></div>
      <ul class="index-list">
%s
      </ul>
    </div>""" % (name, url, lis))
    html = (head("政务公开 - %s" % SITE, "utf-8", meta_tags("政务公开")) + header("政务公开") +
            """<div class="w1200 list-wrap">
  %s
%s
  <div class="col-main" id="main">
%s
  </div>
</div>
""" % (crumbs([ZWGK]), side_nav("政务公开", ZWGK_SIDE, ""), "\n".join(blocks)) + footer())
    write("zwgk/index.html", html)


# --- Home page --------------------------------------------------------------


def index_list(entries):
    return "\n".join('          <li><a href="%s" title="%s" target="_blank">%s</a><span>%s</span></li>'
                     % (href(p), t, t, d[5:]) for d, t, p in entries)


def build_home():
    # The home page was last republished on 2023-07-12: its lists stop there.
    notices = [e for e in TZGG if e[0] <= "2023-07-12"][:4]
    tabs = [("通知公告", index_list(notices), "/zwgk/tzgg/"),
            ("政策文件", index_list([POLICY_A, POLICY_B, POLICY_D]), "/zwgk/zcwj/"),
            ("政策解读", index_list(ZCJD), "/zwgk/zcjd/"),
            ("媒体青岚", '          <li><a href="http://sc.people.com.cn/n2/2023/0630/c345167-40481936.html" target="_blank">'
                        '人民网：青岚县发展特色茶产业助农增收</a><span>06-30</span></li>', None)]
    titles = "\n".join('        <li%s>%s</li>' % (' class="active"' if i == 0 else "", t[0]) for i, t in enumerate(tabs))
    panes = "\n".join("""      <div class="tab-con%s">
        <ul class="index-list">
%s
        </ul>%s
      </div>""" % (" active" if i == 0 else "", t[1],
                    '\n        <a class="more" href="%s">更多&gt;&gt;</a>' % t[2] if t[2] else "")
                      for i, t in enumerate(tabs))
    hidden_spam = """
    <div class="ft-links">
      <a href="http://www.xpj0088.com/" target="_blank">澳门新葡京</a>
      <a href="http://www.hg3088-vip.xyz/" target="_blank">皇冠体育</a>
    </div>"""
    html = (head("青岚县人民政府门户网站", "utf-8", meta_tags(None)) + header("首页") + """<div class="w1200 index-main clearfix">
  <div class="zt-banner">
    <a href="/ztzl/wmcj/">创建全国文明城市</a>
    <a href="/zwgk/zcwj/">优化营商环境政策汇编</a>
    <a href="/hdjl/ldxx/">我向县长写封信</a>
  </div>
  <div class="index-row clearfix" id="main">
    <div class="focus-pic">
      <a href="%s"><img src="/xwzx/gzdt/202306/W020230628361245.png" alt="我县启动民法典宣传月活动" width="570" height="340"></a>
      <p class="focus-title">我县启动民法典宣传月活动</p>
    </div>
    <div class="news-box">
      <div class="box-title"><h2>工作动态</h2><a class="more" href="/xwzx/gzdt/">更多&gt;&gt;</a></div>
      <ul class="index-list">
%s
      </ul>
    </div>
  </div>
  <div class="index-row clearfix">
    <div class="tab-box">
      <ul class="tab-title">
%s
      </ul>
%s
    </div>
    <div class="hd-box">
      <div class="box-title"><h2>互动交流</h2></div>
      <ul class="hd-entry">
        <li><a href="/hdjl/ldxx/">领导信箱</a></li>
        <li><a href="/hdjl/ldxx/">咨询投诉</a></li>
        <li><a href="/zwfw/">办事服务</a></li>
      </ul>
      <p class="hd-tip">政务服务便民热线：12345</p>
    </div>
  </div>
</div>
<div class="w1200 yqlj">
  <h3>友情链接</h3>
  <a href="https://www.gov.cn/" target="_blank">中国政府网</a>
  <a href="https://www.sc.gov.cn/" target="_blank">四川省人民政府</a>
  <a href="http://127.0.0.1:9/" target="_blank">青岚县公共资源交易中心</a>
  <a href="http://www.qinglanly.com/" target="_blank">青岚旅游网</a>
</div>
""" % (href(GZDT[1][2]), index_list(GZDT), titles, panes) + footer(hidden_spam))
    write("index.html", html)


def main():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(ROOT)
    write("css/style.css", STYLE)
    write("js/common.js", SCRIPT)
    write("images/logo.svg", LOGO)
    write_bytes("images/dot.png", png(4, 4, (184, 28, 34)))
    write("images/dzjg.svg", BADGE_CONAC)
    write("images/jiucuo.svg", BADGE_JIUCUO)
    write_bytes("xwzx/gzdt/202306/W020230628361245.png", photo(600, 360))
    build_tzgg()
    build_policies()
    build_plans()
    build_news()
    build_messages()
    build_other()
    build_home()
    total = 0
    count = 0
    for folder, _, files in os.walk(ROOT):
        for name in files:
            total += os.path.getsize(os.path.join(folder, name))
            count += 1
    print("wrote %d files, %d bytes, to %s" % (count, total, ROOT))


if __name__ == "__main__":
    sys.exit(main())
