#!/usr/bin/env python3
"""Writes the portal-layout fixtures under testdata/site/ (run from anywhere).

Five government portals, each rendered the way a family of real CMSs renders
them, for the site-model tests (src/check/site_layout_test.cc):

  trs     TRS WCM: ul/li lists with <span> dates after the title, t2023…_n.html
          article URLs, script pager createPageHTML(), ColumnName/PubDate meta.
  table   ASP.NET-style CMS: table rows with a date cell, ?page=N pager with
          下一页/尾页, breadcrumb with ">>", a left box of recent items.
  cards   Modern template: div cards with a Chinese date before the title and a
          summary, numbered pager list_N.html, no meta, no breadcrumb (names
          come from the navigation).
  hanweb  Hanweb (大汉) style: /col/colNNNN/index.html columns, month-day dates
          before the title with the full date only in /art/YYYY/M/D/ URLs,
          ?uid=…&pageNum=N pager, message list with status words.
  gbk     A GBK-encoded site: navigation-only home page, <em>YYYY.MM.DD</em>
          dates, "首页 上一页 1 2 3 下一页 尾页" pager, breadcrumb with "-",
          one page per message with 留言时间/回复时间 labels.

Every page has a sidebar or footer with dates newer than the column items it
sits beside, which the summariser must never take for an item date.

Each layout directory gets pages.txt ("depth URL file" per line) and
expected.json (the true columns: url, name, type, newest item date, blank).
Check day for all: 2023-07-20.
"""
import json
import os
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.abspath(__file__))
AS_OF = date(2023, 7, 20)

HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="{domain}">
<meta name="SiteIDCode" content="{idcode}">
{meta}<title>{title}</title>
<link rel="stylesheet" href="/css/style.css">
</head>
"""

FOOTER = """<div class="footer">
  <p>主办单位：{site}　承办：{site}办公室　联系电话：0791-8888{n}000</p>
  <p>网站标识码：{idcode}　<a href="https://beian.miit.gov.cn/">赣ICP备0500{n}123号</a>　赣公网安备 3601020200{n}12号</p>
  <p>本站最后更新：2023-07-19　访问量统计截至 2023年7月19日</p>
</div>
"""

NEWS_TITLES = [
    "市政府召开常务会议研究部署防汛救灾工作", "全市优化营商环境推进大会召开",
    "我市开展安全生产大检查督导工作", "市领导调研重点项目建设进展情况",
    "全市乡村振兴工作现场推进会举行", "市政务服务中心推出“跨省通办”新举措",
    "我市举办数字经济发展高峰论坛", "全市生态环境保护工作会议召开",
    "市政府与省属企业签署战略合作协议", "我市启动2023年城市更新行动",
    "市委常委会传达学习重要会议精神", "全市教育工作会议部署新学年重点任务",
    "我市召开2023年高考工作协调会", "市卫健委开展健康义诊进社区活动",
    "全市农业农村工作会议召开", "我市举行重大项目集中开工仪式",
    "市政府新闻办举行上半年经济运行发布会", "我市获评全省营商环境评价优秀等次",
    "全市统计工作会议召开", "市应急管理局开展防汛应急演练",
    "我市召开民营企业座谈会", "全市审计工作会议召开", "市交通运输局部署夏季交通安全工作",
    "我市开展“双随机、一公开”联合检查", "全市妇女儿童工作会议举行",
]
NOTICE_TITLES = [
    "关于2023年度市级科技计划项目申报工作的通知", "关于做好2023年防汛抗旱工作的通知",
    "关于公布2023年第二批市级非物质文化遗产名录的公告", "关于开展2023年度安全生产月活动的通知",
    "关于调整部分公交线路的公告", "关于2023年端午节放假安排的通知", "关于征集2023年民生实事项目的公告",
    "关于公布行政许可事项清单的通知", "关于开展全市养老机构等级评定的通知",
]
PERSONNEL_TITLES = [
    "市人民政府关于张某某等同志职务任免的通知", "2022年度市直事业单位公开招聘工作人员公告",
    "关于李某某同志任职前公示", "市人民政府关于王某某同志免职的通知", "2022年市属国有企业招聘公告",
]
PLAN_TITLES = ["某市国民经济和社会发展第十四个五年规划纲要", "某市2023年政府工作要点",
               "某市国土空间总体规划（2021—2035年）", "某市2023年重点项目建设计划"]
POLICIES = [
    ("某市人民政府关于印发《某市优化营商环境若干措施》的通知", date(2023, 6, 1)),
    ("某市人民政府办公室关于印发《某市数字政府建设实施方案》的通知", date(2023, 5, 10)),
    ("某市人民政府关于印发《某市城市管理办法》的通知", date(2022, 11, 3)),
]
INTERPRETATION = ("《某市优化营商环境若干措施》政策解读", date(2023, 6, 2))
BODY = ("为深入贯彻落实党中央、国务院和省委、省政府决策部署，进一步优化营商环境，激发市场主体活力，"
        "推动经济高质量发展，结合本市实际，制定本措施。各地各部门要提高政治站位，加强组织领导，"
        "明确责任分工，细化工作举措，确保各项任务落到实处、取得实效。")


def dates_back(newest, count, step=3):
    return [newest - timedelta(days=i * step) for i in range(count)]


class Site:
    def __init__(self, name, domain, site_name, idcode, charset="utf-8", n=1):
        self.name, self.domain, self.site, self.idcode = name, domain, site_name, idcode
        self.charset, self.n = charset, n
        self.pages = []  # (depth, url, file)
        self.columns = []

    def url(self, path):
        return "http://%s%s" % (self.domain, path)

    def head(self, title, meta=""):
        return HEAD.format(charset=self.charset, site=self.site, domain=self.domain,
                           idcode=self.idcode, meta=meta, title=title)

    def footer(self):
        return FOOTER.format(site=self.site, idcode=self.idcode, n=self.n)

    def write(self, depth, path, file, html):
        full = os.path.join(ROOT, self.name, file)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(html.encode("gbk" if self.charset == "gbk" else "utf-8"))
        self.pages.append((depth, self.url(path), file))

    def column(self, path, name, type_, newest, blank=False, pages=1):
        self.columns.append({"url": self.url(path), "name": name, "type": type_,
                             "newest": newest.isoformat() if newest else None, "blank": blank,
                             "pages": pages})

    def finish(self):
        d = os.path.join(ROOT, self.name)
        with open(os.path.join(d, "pages.txt"), "w") as f:
            f.write("# depth URL file — generated by testdata/site/generate.py\n")
            for depth, url, file in self.pages:
                f.write("%d %s %s\n" % (depth, url, file))
        with open(os.path.join(d, "expected.json"), "w") as f:
            json.dump({"as_of": AS_OF.isoformat(), "home": self.url("/"),
                       "charset": self.charset, "columns": self.columns}, f,
                      ensure_ascii=False, indent=1)
            f.write("\n")


# ---------------------------------------------------------------------------
# 1. TRS WCM.

def trs():
    s = Site("trs", "www.trs-city.gov.cn", "某市人民政府", "3601000001")
    nav = [("工作动态", "/gzdt/"), ("通知公告", "/tzgg/"), ("政策文件", "/zcwj/"),
           ("政策解读", "/zcjd/"), ("人事信息", "/rsxx/"), ("领导信箱", "/ldxx/"),
           ("专题专栏", "/ztzl/")]

    def header():
        items = "".join('<li><a href="%s">%s</a></li>' % (p, n) for n, p in nav)
        return ('<body>\n<div class="header"><div class="logo"><img src="/images/logo.png" alt="%s">'
                '</div></div>\n<div class="nav"><ul><li><a href="/">首页</a></li>%s</ul></div>\n'
                % (s.site, items))

    def side():
        lis = "".join('<li><a href="/gzdt/202307/t2023071%d_90%d.html">%s</a><span>2023-07-1%d</span></li>'
                      % (i, i, NEWS_TITLES[i + 10], i) for i in range(5, 9))
        return ('<div class="side"><div class="side-title">热点信息</div><ul class="hot-list">%s</ul></div>\n'
                % lis)

    def crumb(*names):
        parts = ['<a href="/">首页</a>'] + ['<a href="#">%s</a>' % n for n in names[:-1]] + [names[-1]]
        return '<div class="position">当前位置：' + " &gt; ".join(parts) + "</div>\n"

    def list_page(dirname, colname, items, page, pages, file):
        lis = "\n".join(
            '<li><a href="./%s/t%s_%d.html" target="_blank" title="%s">%s</a><span>%s</span></li>'
            % (d.strftime("%Y%m"), d.strftime("%Y%m%d"), 1000 + k, t, t, d.isoformat())
            for k, (t, d) in items)
        pager = ""
        if pages > 1:
            pager = ('<div class="page"><script type="text/javascript">\n'
                     'createPageHTML(%d, %d, "index", "html");\n</script></div>' % (pages, page))
        html = (s.head("%s_%s" % (colname, s.site), '<meta name="ColumnName" content="%s">\n'
                       '<meta name="ColumnType" content="%s">\n' % (colname, colname))
                + header() + '<div class="container">\n' + crumb(colname)
                + '<div class="main-list"><div class="list-title">%s</div>\n<ul class="list">\n%s\n</ul>\n%s</div>\n'
                % (colname, lis, pager) + side() + "</div>\n" + s.footer() + "</body>\n</html>\n")
        s.write(1 if page == 0 else 2, "/%s/%s" % (dirname, file if page else ""), "%s/%s" % (dirname, file), html)

    def column(dirname, colname, type_, titles, newest, per_page, pages, step):
        all_items = list(enumerate(zip(titles * 4, dates_back(newest, per_page * pages, step))))
        all_items = [(k, td) for k, td in all_items][: per_page * pages]
        for p in range(pages):
            chunk = all_items[p * per_page:(p + 1) * per_page]
            list_page(dirname, colname, chunk, p, pages, "index.html" if p == 0 else "index_%d.html" % p)
        s.column("/%s/" % dirname, colname, type_, newest, pages=pages)

    column("gzdt", "工作动态", "news", NEWS_TITLES, date(2023, 7, 18), 8, 3, 2)
    column("tzgg", "通知公告", "notice", NOTICE_TITLES, date(2023, 5, 10), 9, 1, 20)
    column("rsxx", "人事信息", "personnel", PERSONNEL_TITLES, date(2022, 3, 1), 5, 1, 40)

    # Policy documents and their interpretation.
    def article(dirname, colname, title, d, k, related, depth=2):
        path = "/%s/%s/t%s_%d.html" % (dirname, d.strftime("%Y%m"), d.strftime("%Y%m%d"), k)
        rel = ""
        if related:
            rel = ('<div class="related"><span>相关链接：</span>' +
                   "".join('<p><a href="%s">%s</a></p>' % (u, t) for t, u in related) + "</div>")
        html = (s.head(title + "_" + s.site,
                       '<meta name="ColumnName" content="%s">\n<meta name="ArticleTitle" content="%s">\n'
                       '<meta name="PubDate" content="%s 09:30">\n' % (colname, title, d.isoformat()))
                + header() + '<div class="container">\n' + crumb(colname, "正文")
                + '<div class="article"><h1>%s</h1>\n<div class="info">发布时间：%s　来源：市政府办公室</div>\n'
                % (title, d.isoformat())
                + "<div class=\"content\"><p>%s</p><p>%s</p></div>\n%s</div>\n" % (BODY, BODY, rel)
                + side() + "</div>\n" + s.footer() + "</body>\n</html>\n")
        s.write(depth, path, path.lstrip("/"), html)
        return s.url(path)

    interp_url = s.url("/zcjd/%s/t%s_%d.html" % (INTERPRETATION[1].strftime("%Y%m"),
                                                  INTERPRETATION[1].strftime("%Y%m%d"), 2001))
    policy_urls = []
    for k, (title, d) in enumerate(POLICIES):
        related = [("《某市优化营商环境若干措施》政策解读", interp_url)] if k == 0 else []
        policy_urls.append(article("zcwj", "政策文件", title, d, 1001 + k, related))
    # The interpretation does not link back to its policy document.
    article("zcjd", "政策解读", INTERPRETATION[0], INTERPRETATION[1], 2001,
            [("关于开展优化营商环境专项行动的通知", s.url("/tzgg/202305/t20230510_1000.html"))])
    items = [(1001 + k, (t, d)) for k, (t, d) in enumerate(POLICIES)]
    list_page("zcwj", "政策文件", items, 0, 1, "index.html")
    s.column("/zcwj/", "政策文件", "notice", POLICIES[0][1])
    list_page("zcjd", "政策解读", [(2001, INTERPRETATION), (2002, ("图解：某市2023年政府工作报告", date(2023, 2, 20))),
                                  (2003, ("《某市城市管理办法》解读", date(2022, 11, 5)))], 0, 1, "index.html")
    s.column("/zcjd/", "政策解读", "other", INTERPRETATION[1])

    # Message board: a table with submission and reply dates and a status.
    rows = [("咨询小区加装电梯补贴政策", date(2023, 7, 1), date(2023, 7, 4), "已回复"),
            ("反映某路段路灯不亮问题", date(2023, 3, 1), None, "办理中"),
            ("关于学区划分的咨询", date(2022, 12, 1), date(2023, 4, 10), "已回复"),
            ("建议增设公交站点", date(2023, 7, 10), None, "待回复"),
            ("咨询社保卡办理流程", date(2022, 5, 6), None, "办理中")]
    trs_rows = "\n".join(
        '<tr><td><a href="/ldxx/detail.html?id=%d">%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>'
        % (300 + i, t, a.isoformat(), b.isoformat() if b else "", st) for i, (t, a, b, st) in enumerate(rows))
    html = (s.head("领导信箱_" + s.site, '<meta name="ColumnName" content="领导信箱">\n') + header()
            + '<div class="container">\n' + crumb("互动交流", "领导信箱")
            + '<div class="main-list"><table class="mail-table">\n<thead><tr><th>标题</th><th>留言时间</th>'
            '<th>回复时间</th><th>状态</th></tr></thead>\n<tbody>\n%s\n</tbody></table></div>\n' % trs_rows
            + side() + "</div>\n" + s.footer() + "</body>\n</html>\n")
    s.write(1, "/ldxx/", "ldxx/index.html", html)
    s.column("/ldxx/", "领导信箱", "interaction", date(2023, 7, 10))

    # A blank column.
    html = (s.head("专题专栏_" + s.site, '<meta name="ColumnName" content="专题专栏">\n') + header()
            + '<div class="container">\n' + crumb("专题专栏")
            + '<div class="main-list"><div class="list-title">专题专栏</div><ul class="list">'
            '<li class="no-data">暂无信息</li></ul></div>\n' + side() + "</div>\n" + s.footer()
            + "</body>\n</html>\n")
    s.write(1, "/ztzl/", "ztzl/index.html", html)
    s.column("/ztzl/", "专题专栏", "other", None, blank=True)

    # Home page: the newest items of two columns, then links to the others.
    def block(title, more, items):
        lis = "".join('<li><a href="%s">%s</a><span class="date">%s</span></li>' % (u, t, d.isoformat())
                      for t, u, d in items)
        return ('<div class="index-box"><div class="box-hd"><h3>%s</h3><a class="more" href="%s">更多</a></div>'
                '<ul>%s</ul></div>\n' % (title, more, lis))
    news = [(NEWS_TITLES[i], "/gzdt/202307/t%s_%d.html" % (d.strftime("%Y%m%d"), 1000 + i), d)
            for i, d in enumerate(dates_back(date(2023, 7, 18), 6, 2))]
    notes = [(NOTICE_TITLES[i], "/tzgg/202305/t%s_%d.html" % (d.strftime("%Y%m%d"), 1000 + i), d)
             for i, d in enumerate(dates_back(date(2023, 5, 10), 5, 20))]
    html = (s.head(s.site) + header() + '<div class="container index">\n' + block("工作动态", "/gzdt/", news)
            + block("通知公告", "/tzgg/", notes) + "</div>\n" + s.footer() + "</body>\n</html>\n")
    s.write(0, "/", "index.html", html)
    s.finish()


# ---------------------------------------------------------------------------
# 2. Table layout, ?page=N.

def table():
    s = Site("table", "www.table-county.gov.cn", "某县人民政府", "3607220001", n=2)
    cols = [(11, "部门动态", "news", NEWS_TITLES, date(2023, 7, 17), 2, 2),
            (12, "公示公告", "notice", NOTICE_TITLES, date(2023, 1, 5), 15, 1),
            (13, "规划计划", "personnel", PLAN_TITLES, date(2021, 12, 30), 60, 1),
            (15, "乡镇动态", "news", NEWS_TITLES[5:], date(2023, 6, 20), 3, 2)]
    nav = [(c[1], "/list.aspx?cid=%d" % c[0]) for c in cols] + [("咨询投诉", "/list.aspx?cid=14")]

    def frame(title, crumbs, main):
        items = "".join('<td><a href="%s">%s</a></td>' % (p, n) for n, p in nav)
        recent = "".join(
            '<tr><td><a href="/show.aspx?id=%d">%s</a></td><td>2023-07-%02d</td></tr>' % (900 + i, t, 19 - i)
            for i, t in enumerate(NEWS_TITLES[12:17]))
        return (s.head(title) + '<body>\n<table class="top" width="1000"><tr><td><img src="/images/banner.jpg">'
                '</td></tr></table>\n<table class="menu" width="1000"><tr><td><a href="/Default.aspx">网站首页</a></td>%s</tr></table>\n'
                % items
                + '<table width="1000" class="layout"><tr>\n<td class="left" width="260" valign="top">'
                '<div class="box"><div class="box-title">最新更新</div><table class="recent">%s</table></div></td>\n'
                % recent
                + '<td class="main_right" valign="top">\n<div class="dqwz">您的位置：<a href="/Default.aspx">首页</a> &gt;&gt; '
                + " &gt;&gt; ".join(crumbs) + "</div>\n" + main + "</td></tr></table>\n" + s.footer()
                + "</body>\n</html>\n")

    for cid, name, type_, titles, newest, step, pages in cols:
        ds = dates_back(newest, 10 * pages, step)
        for p in range(pages):
            rows = "\n".join(
                '<tr><td class="t">·<a href="show.aspx?id=%d" target="_blank">%s</a></td><td class="d">%s</td></tr>'
                % (cid * 100 + k, titles[k % len(titles)], ds[k].strftime("%Y/%m/%d").replace("/0", "/"))
                for k in range(p * 10, (p + 1) * 10))
            pager = '<div class="pager">共 %d 条记录　第%d/%d页　' % (10 * pages, p + 1, pages)
            if p + 1 < pages:
                nxt = "list.aspx?cid=%d&amp;page=%d" % (cid, p + 2)
                pager += '<a href="%s">下一页</a> <a href="list.aspx?cid=%d&amp;page=%d">尾页</a>' % (nxt, cid, pages)
            if p > 0:
                pager += '<a href="list.aspx?cid=%d">首页</a> <a href="list.aspx?cid=%d">上一页</a>' % (cid, cid)
            pager += "</div>"
            main = ('<table class="list" width="100%%" cellspacing="0">\n%s\n</table>\n%s\n' % (rows, pager))
            path = "/list.aspx?cid=%d" % cid + ("&page=%d" % (p + 1) if p else "")
            s.write(1 if p == 0 else 2, path, "list_%d_%d.html" % (cid, p + 1),
                    frame(name + " - " + s.site, ["新闻中心" if type_ == "news" else "政务公开", name], main))
        s.column("/list.aspx?cid=%d" % cid, name, type_, newest, pages=pages)

    rows = [("关于农村宅基地审批的咨询", date(2023, 7, 3), date(2023, 7, 5), "已办结"),
            ("投诉某小区噪音扰民", date(2023, 2, 10), None, "处理中"),
            ("咨询新生儿医保办理", date(2023, 6, 28), date(2023, 7, 12), "已办结")]
    body = "\n".join('<tr><td><a href="show.aspx?mid=%d">%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>'
                     % (70 + i, t, a.isoformat(), b.isoformat() if b else "", st)
                     for i, (t, a, b, st) in enumerate(rows))
    main = ('<table class="list"><tr><th>主题</th><th>提交时间</th><th>答复时间</th><th>办理状态</th></tr>\n%s\n</table>\n'
            % body)
    s.write(1, "/list.aspx?cid=14", "list_14_1.html", frame("咨询投诉 - " + s.site, ["互动交流", "咨询投诉"], main))
    s.column("/list.aspx?cid=14", "咨询投诉", "interaction", date(2023, 7, 3))

    lis = "".join('<tr><td><a href="show.aspx?id=%d">%s</a></td><td>%s</td></tr>' % (1100 + i, t, d.isoformat())
                  for i, (t, d) in enumerate(zip(NEWS_TITLES, dates_back(date(2023, 7, 17), 7, 2))))
    home = ('<div class="home-news"><div class="box-title">部门动态</div><table class="list">%s</table></div>' % lis)
    s.write(0, "/", "index.html", frame(s.site, ["首页"], home).replace(
        '<div class="dqwz">您的位置：<a href="/Default.aspx">首页</a> &gt;&gt; 首页</div>', ""))
    s.finish()


# ---------------------------------------------------------------------------
# 3. Div cards, list_N.html, names from the navigation.

def cards():
    s = Site("cards", "www.cards-district.gov.cn", "某区人民政府门户网站", "3601040001", n=3)
    cols = [("/xwzx/qxdt/", "区县动态", "news", NEWS_TITLES, date(2023, 7, 19), 1, 3),
            ("/xwzx/tpxw/", "图片新闻", "news", NEWS_TITLES[3:], date(2023, 7, 1), 4, 1),
            ("/zwgk/zpxx/", "招聘信息", "personnel", PERSONNEL_TITLES, date(2022, 9, 1), 30, 1)]
    nav = [(c[1], c[0] + "list.html") for c in cols] + [("办事指南", "/bsfw/bszn/list.html"),
                                                         ("在线访谈", "/hdjl/zxft/list.html")]

    def frame(title, main):
        links = "".join('<a class="nav-item" href="%s">%s</a>' % (p, n) for n, p in nav)
        aside = "".join('<li><a href="/xwzx/qxdt/202307/t2023071%d_%d.html">%s</a><time>2023-07-1%d</time></li>'
                        % (i, 600 + i, NEWS_TITLES[i], i) for i in range(5, 9))
        return (s.head(title) + '<body>\n<header class="site-header"><div class="logo">%s</div>\n<nav class="main-nav">'
                '<a href="/">首页</a>%s</nav></header>\n' % (s.site, links)
                + '<div class="wrapper">\n<main class="content">\n%s</main>\n' % main
                + '<aside class="sidebar"><h3>热门推荐</h3><ul>%s</ul></aside>\n</div>\n' % aside
                + '<footer class="site-footer">%s</footer>\n</body>\n</html>\n' % s.footer())

    def cards_html(items, with_date=True):
        out = []
        for url, t, d in items:
            date_html = ('<div class="card-date">%d年%02d月%02d日</div>' % (d.year, d.month, d.day)) if with_date else ""
            out.append('<div class="card">%s<h4 class="card-title"><a href="%s">%s</a></h4>'
                       '<p class="card-summary">%s</p></div>' % (date_html, url, t, BODY[:40] + "……"))
        return '<div class="card-list">\n' + "\n".join(out) + "\n</div>\n"

    for path, name, type_, titles, newest, step, pages in cols:
        ds = dates_back(newest, 6 * pages, step)
        for p in range(pages):
            items = [(path + "%s/t%s_%d.html" % (ds[k].strftime("%Y%m"), ds[k].strftime("%Y%m%d"), 500 + k),
                      titles[k % len(titles)], ds[k]) for k in range(p * 6, (p + 1) * 6)]
            pager = '<div class="pagination">'
            for q in range(pages):
                href = "list.html" if q == 0 else "list_%d.html" % (q + 1)
                pager += ('<span class="current">%d</span>' % (q + 1)) if q == p else '<a href="%s">%d</a>' % (href, q + 1)
            if p + 1 < pages:
                pager += '<a class="next" href="list_%d.html">下一页</a>' % (p + 2)
            pager += "</div>\n" if pages > 1 else ""
            pager = pager if pages > 1 else ""
            file = "list.html" if p == 0 else "list_%d.html" % (p + 1)
            s.write(1 if p == 0 else 2, path + file, path.lstrip("/") + file,
                    frame("%s_%s" % (name, s.site), '<h2 class="column-title">%s</h2>\n' % name
                          + cards_html(items) + pager))
        s.column(path + "list.html", name, type_, newest, pages=pages)

    # Service guides: cards without dates.
    guides = ["企业开办一件事办事指南", "不动产登记办事指南", "社会保障卡申领办事指南", "新生儿出生一件事办事指南",
              "个体工商户注册登记办事指南", "城乡居民医保参保登记办事指南"]
    items = [("/bsfw/bszn/%d.html" % (700 + k), t, None) for k, t in enumerate(guides)]
    s.write(1, "/bsfw/bszn/list.html", "bsfw/bszn/list.html",
            frame("办事指南_" + s.site, '<h2 class="column-title">办事指南</h2>\n' + cards_html(items, False)))
    s.column("/bsfw/bszn/list.html", "办事指南", "service", None)

    s.write(1, "/hdjl/zxft/list.html", "hdjl/zxft/list.html",
            frame("在线访谈_" + s.site, '<h2 class="column-title">在线访谈</h2>\n<div class="card-list">'
                  '<div class="empty">暂无数据</div></div>\n'))
    s.column("/hdjl/zxft/list.html", "在线访谈", "interaction", None, blank=True)

    home_items = [("/xwzx/qxdt/202307/t%s_%d.html" % (d.strftime("%Y%m%d"), 500 + k), NEWS_TITLES[k], d)
                  for k, d in enumerate(dates_back(date(2023, 7, 19), 4, 1))]
    s.write(0, "/", "index.html", frame(s.site, '<section class="focus">\n' + cards_html(home_items) + "</section>\n"))
    s.finish()


# ---------------------------------------------------------------------------
# 4. Hanweb: /col/colNNNN/, dates only in /art/ URLs, ?uid=&pageNum=.

def hanweb():
    s = Site("hanweb", "www.hanweb-city.gov.cn", "某市人民政府", "3302000001", n=4)
    cols = [(1201, "部门动态", "news", NEWS_TITLES, date(2023, 7, 14), 1, 2),
            (1202, "公告公示", "notice", NOTICE_TITLES, date(2022, 12, 20), 10, 1),
            (1203, "规范性文件", "notice", [p[0] for p in POLICIES], date(2023, 3, 3), 30, 1),
            (1204, "人事任免", "personnel", PERSONNEL_TITLES, date(2023, 4, 4), 30, 1)]

    def frame(title, colname, main):
        nav = "".join('<li><a href="/col/col%d/index.html">%s</a></li>' % (c[0], c[1]) for c in cols)
        nav += '<li><a href="/col/col1205/index.html">政府信箱</a></li>'
        return (s.head(title, '<meta name="ColumnName" content="%s">\n' % colname if colname else "")
                + '<body>\n<div id="top"><div class="top-bar">无障碍 | 长者模式</div></div>\n'
                '<div id="menu"><ul><li><a href="/">首页</a></li>%s</ul></div>\n' % nav
                + '<div class="main"><div class="bt-left"><div class="lm-title">%s</div></div>\n'
                '<div class="bt-right">%s</div></div>\n' % (colname or "", main)
                + '<div id="footer">%s</div>\n</body>\n</html>\n' % s.footer())

    for cid, name, type_, titles, newest, step, pages in cols:
        ds = dates_back(newest, 7 * pages, step)
        for p in range(pages):
            lis = "\n".join(
                '<li><span class="bt-data-time">%02d-%02d</span><a href="/art/%d/%d/%d/art_%d_%d.html" title="%s" '
                'target="_blank">%s</a></li>'
                % (ds[k].month, ds[k].day, ds[k].year, ds[k].month, ds[k].day, cid, 8800 + k,
                   titles[k % len(titles)], titles[k % len(titles)][:18] + ("…" if len(titles[k % len(titles)]) > 18 else ""))
                for k in range(p * 7, (p + 1) * 7))
            pager = ""
            if pages > 1:
                pager = '<div class="default_pgPanel">'
                for q in range(pages):
                    pager += ('<span class="default_pgCurrentPage">%d</span>' % (q + 1) if q == p else
                              '<a class="default_pgBtn" href="/col/col%d/index.html?uid=4567&amp;pageNum=%d">%d</a>'
                              % (cid, q + 1, q + 1))
                pager += "</div>"
            main = ('<div id="4567"><div class="default_pgContainer"><ul class="list">\n%s\n</ul></div>%s</div>'
                    % (lis, pager))
            path = "/col/col%d/index.html" % cid + ("?uid=4567&pageNum=%d" % (p + 1) if p else "")
            s.write(1 if p == 0 else 2, path, "col/col%d/index%s.html" % (cid, "_p%d" % (p + 1) if p else ""),
                    frame(name + " " + s.site, name, main))
        s.column("/col/col%d/index.html" % cid, name, type_, newest, pages=pages)

    msgs = [("关于老旧小区改造进度的咨询", date(2023, 6, 5), date(2023, 6, 9), "已回复"),
            ("反映农贸市场卫生问题", date(2023, 3, 20), None, "未回复"),
            ("咨询人才公寓申请条件", date(2023, 7, 18), None, "未回复")]
    lis = "\n".join('<li><a href="/art/%d/%d/%d/art_1205_%d.html">%s</a><span>留言时间：%s</span>'
                    '<span>回复时间：%s</span><span class="zt">%s</span></li>'
                    % (a.year, a.month, a.day, 60 + i, t, a.isoformat(), b.isoformat() if b else "—", st)
                    for i, (t, a, b, st) in enumerate(msgs))
    s.write(1, "/col/col1205/index.html", "col/col1205/index.html",
            frame("政府信箱 " + s.site, "政府信箱", '<ul class="xx-list">\n%s\n</ul>' % lis))
    s.column("/col/col1205/index.html", "政府信箱", "interaction", date(2023, 7, 18))

    lis = "".join('<li><span class="bt-data-time">%02d-%02d</span><a href="/art/%d/%d/%d/art_1201_%d.html">%s</a></li>'
                  % (d.month, d.day, d.year, d.month, d.day, 8800 + k, NEWS_TITLES[k])
                  for k, d in enumerate(dates_back(date(2023, 7, 14), 6, 1)))
    s.write(0, "/", "index.html", frame(s.site, "", '<div class="index-news"><ul>%s</ul></div>' % lis))
    s.finish()


# ---------------------------------------------------------------------------
# 5. GBK, navigation-only home page.

def gbk():
    s = Site("gbk", "www.gbk-town.gov.cn", "某镇人民政府", "3607230011", charset="gbk", n=5)
    cols = [("gzdt", "工作动态", "news", NEWS_TITLES, date(2023, 7, 12), 1, 3),
            ("tzgg", "通知公告", "notice", NOTICE_TITLES, date(2023, 2, 1), 9, 1),
            ("ghjh", "规划计划", "personnel", PLAN_TITLES, date(2023, 1, 10), 40, 1)]
    nav = [(c[1], "/%s/" % c[0]) for c in cols] + [("网上咨询", "/wszx/"), ("政策解读", "/zcjd/")]

    def frame(title, crumbs, main):
        links = " | ".join('<a href="%s">%s</a>' % (p, n) for n, p in nav)
        crumb = ""
        if crumbs:
            crumb = '<div class="crumb">当前位置：<a href="/">首页</a> - ' + " - ".join(crumbs) + "</div>\n"
        tips = "".join("<li><a href=\"/gzdt/202307/t2023071%d_%d.htm\">%s</a><em>2023.07.1%d</em></li>"
                       % (i, 40 + i, NEWS_TITLES[i + 3], i) for i in range(6, 9))
        return (s.head(title) + '<body>\n<div class="head"><h1>%s</h1></div>\n<div class="menu">%s</div>\n' % (s.site, links)
                + '<div class="wrap">' + crumb + '<div class="lf">%s</div>\n' % main
                + '<div class="rt"><div class="rt-hd">热点关注</div><ul class="rdxw">%s</ul></div></div>\n' % tips
                + '<div class="copyright">%s</div>\n</body>\n</html>\n' % s.footer())

    for dirname, name, type_, titles, newest, step, pages in cols:
        ds = dates_back(newest, 8 * pages, step)
        for p in range(pages):
            lis = "\n".join(
                "<li><i>·</i><a href=\"./%s/t%s_%d.htm\" target=\"_blank\">%s</a><em>%s</em></li>"
                % (ds[k].strftime("%Y%m"), ds[k].strftime("%Y%m%d"), 70 + k, titles[k % len(titles)],
                   ds[k].strftime("%Y.%m.%d")) for k in range(p * 8, (p + 1) * 8))
            pager = ""
            if pages > 1:
                def href(q):
                    return "index.htm" if q == 0 else "index_%d.htm" % q
                pager = '<div class="fy">共%d页　<a href="index.htm">首页</a> ' % pages
                if p > 0:
                    pager += '<a href="%s">上一页</a> ' % href(p - 1)
                pager += " ".join(("<b>%d</b>" % (q + 1)) if q == p else '<a href="%s">%d</a>' % (href(q), q + 1)
                                  for q in range(pages))
                if p + 1 < pages:
                    pager += ' <a href="%s">下一页</a> <a href="%s">尾页</a>' % (href(p + 1), href(pages - 1))
                pager += "</div>"
            file = "index.htm" if p == 0 else "index_%d.htm" % p
            s.write(1 if p == 0 else 2, "/%s/%s" % (dirname, file if p else ""), "%s/%s" % (dirname, file),
                    frame("%s-%s" % (name, s.site), ["政务公开", name],
                          '<ul class="list_ul">\n%s\n</ul>\n%s' % (lis, pager)))
        s.column("/%s/" % dirname, name, type_, newest, pages=pages)

    # Message list without status; each message has its own page.
    msgs = [("咨询农村低保申请条件", date(2023, 7, 3), date(2023, 7, 5), "已办结"),
            ("反映村道破损问题", date(2023, 2, 10), None, "办理中"),
            ("咨询老年人优待证办理", date(2023, 6, 26), date(2023, 6, 27), "已办结")]
    lis = []
    for i, (t, a, b, st) in enumerate(msgs):
        path = "/wszx/%s/t%s_%d.htm" % (a.strftime("%Y%m"), a.strftime("%Y%m%d"), 90 + i)
        lis.append('<li><i>·</i><a href=".%s">%s</a><em>%s</em></li>' % (path[5:], t, a.strftime("%Y.%m.%d")))
        page = ('<div class="msg"><h2>%s</h2>\n<table class="msg-table"><tr><td>留言人：</td><td>王**</td></tr>'
                '<tr><td>留言时间：</td><td>%s 10:12:00</td></tr><tr><td>留言内容：</td><td>%s您好，请问相关政策如何办理？</td></tr>'
                '<tr><td>回复单位：</td><td>镇政府办公室</td></tr><tr><td>回复时间：</td><td>%s</td></tr>'
                '<tr><td>办理状态：</td><td>%s</td></tr><tr><td>回复内容：</td><td>%s</td></tr></table></div>\n'
                % (t, a.isoformat(), t, b.isoformat() if b else "", st,
                   "您好，您反映的问题已转相关部门办理，感谢您的关注。" if b else ""))
        s.write(2, path, path.lstrip("/"), frame(t + "-" + s.site, ["互动交流", "网上咨询", "正文"], page))
    s.write(1, "/wszx/", "wszx/index.htm",
            frame("网上咨询-" + s.site, ["互动交流", "网上咨询"], '<ul class="list_ul">\n%s\n</ul>' % "\n".join(lis)))
    s.column("/wszx/", "网上咨询", "interaction", date(2023, 7, 3))

    s.write(1, "/zcjd/", "zcjd/index.htm",
            frame("政策解读-" + s.site, ["政务公开", "政策解读"], '<ul class="list_ul"><li>暂无相关信息</li></ul>'))
    s.column("/zcjd/", "政策解读", "other", None, blank=True)

    portal = "".join('<div class="entry"><a href="%s"><img src="/images/e%d.png"><span>%s</span></a></div>' % (p, i, n)
                     for i, (n, p) in enumerate(nav))
    s.write(0, "/", "index.htm", frame(s.site, [], '<div class="portal">%s</div>' % portal))
    s.finish()


if __name__ == "__main__":
    trs()
    table()
    cards()
    hanweb()
    gbk()
