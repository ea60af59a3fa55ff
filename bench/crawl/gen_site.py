#!/usr/bin/env python3
"""Generates a static Chinese county-government portal for the crawl benchmark.

The site imitates what TRS-WCM-style county portals look like: columns (栏目)
with paginated lists (index.html, index_1.html, ...), articles under
/<column>/<yyyymm>/t<yyyymmdd>_<id>.html with their images (W0...jpg) and
attachments (P0...pdf/doc/xls), shared css/js, a footer with the national
identity badges, and friend links to other government sites. Those other sites
are "external": they live on other loopback ports, served from a second
docroot. About 1% of all link occurrences are broken: deleted articles,
missing images and attachments, external 404s and 5xxs, and links to a closed
loopback port (connection refused).

Output (nothing outside --out is touched):
  OUT/site/        docroot of the portal (N html pages, plus resources)
  OUT/ext/         docroot of the external sites
  OUT/pages.txt    every html page path of the portal, one per line
  OUT/broken.tsv   every broken target: url, kind, occurrences, pages
  OUT/manifest.json  counts (pages, link occurrences, distinct targets, ...)

The output is a pure function of the arguments (same seed, same bytes).
Only the standard library is used.
"""

import argparse
import json
import math
import os
import posixpath
import random
import shutil
import sys
import urllib.parse

COUNTY = "云岭县"
CITY = "江临市"
PROVINCE = "滨海省"

# (path, name, parent path or None, weight of articles).  Weight 0: a landing
# page that shows its children's latest items; it has no article list itself.
COLUMNS = [
    ("xwzx", "新闻中心", None, 0),
    ("xwzx/zwyw", "政务要闻", "xwzx", 15),
    ("xwzx/bmdt", "部门动态", "xwzx", 15),
    ("xwzx/xzdt", "乡镇动态", "xwzx", 12),
    ("xwzx/tzgg", "通知公告", "xwzx", 8),
    ("xwzx/tpxw", "图片新闻", "xwzx", 5),
    ("zwgk", "政务公开", None, 0),
    ("zwgk/zcwj", "政策文件", "zwgk", 0),
    ("zwgk/zcwj/xzfwj", "县政府文件", "zwgk/zcwj", 4),
    ("zwgk/zcwj/xzfbwj", "县政府办公室文件", "zwgk/zcwj", 5),
    ("zwgk/zcjd", "政策解读", "zwgk", 4),
    ("zwgk/rsxx", "人事信息", "zwgk", 3),
    ("zwgk/czzj", "财政资金", "zwgk", 4),
    ("zwgk/ghjh", "规划计划", "zwgk", 2),
    ("zwgk/tjxx", "统计信息", "zwgk", 3),
    ("zwgk/ndbg", "政府信息公开年报", "zwgk", 1),
    ("zwgk/zdly", "重点领域信息公开", "zwgk", 5),
    ("bsfw", "办事服务", None, 0),
    ("bsfw/bszn", "办事指南", "bsfw", 5),
    ("bsfw/bmfw", "便民服务", "bsfw", 3),
    ("hdjl", "互动交流", None, 0),
    ("hdjl/xzxx", "县长信箱", "hdjl", 6),
    ("hdjl/yjzj", "意见征集", "hdjl", 2),
    ("hdjl/zxft", "在线访谈", "hdjl", 1),
    ("ztzl", "专题专栏", None, 0),
    ("ztzl/yhyshj", "优化营商环境", "ztzl", 2),
    ("ztzl/xczx", "乡村振兴", "ztzl", 3),
    ("ztzl/aqsc", "安全生产", "ztzl", 2),
    ("zjyl", "走进云岭", None, 0),
    ("zjyl/xqgk", "县情概况", "zjyl", 1),
    ("zjyl/lsyg", "历史沿革", "zjyl", 1),
]

SPECIAL_PAGES = [("gywm.html", "关于我们"), ("wzdt.html", "网站地图"),
                 ("lxwm.html", "联系我们"), ("yssm.html", "隐私声明")]

DEPARTMENTS = [
    "县发展和改革局", "县教育局", "县公安局", "县民政局", "县司法局", "县财政局",
    "县人力资源和社会保障局", "县自然资源局", "县生态环境分局", "县住房和城乡建设局",
    "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文化和旅游局",
    "县卫生健康局", "县退役军人事务局", "县应急管理局", "县审计局",
    "县市场监督管理局", "县统计局", "县医疗保障局", "县林业局", "县信访局", "县数据局",
]
TOWNS = ["城关镇", "河口镇", "石桥镇", "白沙镇", "龙泉镇", "青山乡", "柳林乡",
         "南坪乡", "东岗镇", "西溪乡", "桃源镇", "红岩乡"]
TOPICS = ["安全生产", "森林防火", "乡村振兴", "优化营商环境", "防汛抗旱", "耕地保护",
          "文明城市创建", "生态环境保护", "秸秆禁烧", "招商引资", "重点项目建设",
          "民生实事", "消防安全", "食品安全", "河长制", "农村人居环境整治",
          "养老服务", "就业创业", "义务教育", "医疗保障", "政务公开", "数字政府建设"]
ACTIVITIES = ["“安全生产月”宣传活动", "消防应急演练", "法治宣传进社区活动",
              "义诊下乡活动", "防范电信网络诈骗宣传", "农技培训", "志愿服务活动",
              "食品安全专项检查", "燃气安全隐患排查", "就业援助月招聘会"]
NAMES = ["王建国", "李明华", "张卫东", "刘志强", "陈晓燕", "杨海涛", "赵文静", "黄立新",
         "周国平", "吴海燕", "孙立军", "马春梅"]
SERVICES = ["个体工商户设立登记", "城乡居民基本养老保险参保登记", "建设工程规划许可",
            "食品经营许可", "最低生活保障审批", "残疾人两项补贴申请", "不动产登记",
            "道路运输经营许可", "取水许可", "临时救助申请", "生育登记", "居住证办理"]
VERBS = ["进一步提高政治站位", "压紧压实工作责任", "坚持问题导向", "强化统筹协调",
         "聚焦群众急难愁盼问题", "扎实做好各项工作", "持续优化营商环境", "加强督促检查",
         "完善长效机制", "狠抓工作落实", "加大宣传力度", "守牢安全底线",
         "推动工作提质增效", "强化要素保障", "深化改革创新"]
GOALS = ["各项任务落地见效", "全年目标任务圆满完成", "人民群众生命财产安全",
         "经济社会高质量发展", "群众满意度持续提升", "工作取得实实在在的成效"]
PLANS = ["“十四五”综合交通运输发展规划", "城乡居民医疗保险实施办法",
         "农村人居环境整治提升五年行动方案", "优化营商环境若干措施",
         "突发事件总体应急预案", "促进就业创业若干政策", "耕地保护目标责任考核办法",
         "养老服务体系建设实施方案", "河湖长制工作考核办法", "政务服务“一网通办”实施方案"]

POLICY_KINDS = ["实施方案", "管理办法", "行动计划", "若干措施", "考核办法", "工作要点",
                "专项整治方案", "应急预案", "实施细则", "补助资金管理办法"]

# External "other government sites" on the second nginx server block.
EXT_SITES = [("gov", "中国政府网"), ("sheng", PROVINCE + "人民政府"),
             ("shi", CITY + "人民政府"), ("zwfw", PROVINCE + "政务服务网"),
             ("conac", "党政机关网站标识"), ("zhaocuo", "政府网站找错"),
             ("beian", "工信部备案"), ("gaba", "公安机关备案"),
             ("fgw", PROVINCE + "发展和改革委员会"), ("jyt", PROVINCE + "教育厅"),
             ("wjw", PROVINCE + "卫生健康委员会"), ("stj", CITY + "统计局"),
             ("xy", "信用中国"), ("ggzy", CITY + "公共资源交易中心")]
EXT_ARTICLES_PER_SITE = 400

RESOURCE_TYPES = {
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
           + bytes(range(256)) * 12 + b"\xff\xd9",
    "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04"
           b"\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
    "pdf": b"%PDF-1.4\n" + b"% govmon bench attachment\n" * 400 + b"%%EOF\n",
    "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8192),
    "docx": b"PK\x03\x04" + bytes(6000),
    "xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(6144),
}

BROKEN_KINDS = [  # kind, share of broken occurrences
    ("page_404", 0.38), ("image_404", 0.15), ("attachment_404", 0.15),
    ("external_404", 0.14), ("external_5xx", 0.06), ("connection_refused", 0.12),
]


class Column:
    def __init__(self, path, name, parent, weight):
        self.path, self.name, self.parent, self.weight = path, name, parent, weight
        self.children = []
        self.articles = []  # newest first
        self.list_pages = 0

    def list_url(self, k):
        return "/%s/%s" % (self.path, "index.html" if k == 0 else "index_%d.html" % k)

    def dir_url(self):
        return "/%s/" % self.path


class Article:
    __slots__ = ("column", "id", "date", "title", "url", "dir", "images", "policy",
                 "attachments", "index")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", required=True, help="output directory (replaced)")
    p.add_argument("--pages", type=int, default=20000, help="html pages of the portal")
    p.add_argument("--links", type=int, default=60, help="mean links per page")
    p.add_argument("--broken", type=float, default=0.01,
                   help="share of link occurrences that are broken")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=28180, help="port of the portal")
    p.add_argument("--ext-ports", default="28181,28182",
                   help="ports of the external sites (comma-separated)")
    p.add_argument("--dead-port", type=int, default=28189,
                   help="a loopback port where nothing listens")
    args = p.parse_args(argv)
    if args.pages < 200:
        p.error("--pages must be at least 200")
    if not 20 <= args.links <= 400:
        p.error("--links must be within 20..400")
    if not args.host.startswith("127.") and args.host != "[::1]":
        p.error("--host must be a loopback address")
    args.ext_ports = [int(x) for x in args.ext_ports.split(",") if x]
    return args


class Generator:
    def __init__(self, args):
        self.a = args
        self.rng = random.Random(args.seed)
        self.origin = "http://%s:%d" % (args.host, args.port)
        self.ext_origins = ["http://%s:%d" % (args.host, p) for p in args.ext_ports]
        self.dead_origin = "http://%s:%d" % (args.host, args.dead_port)
        self.per_page = max(8, min(20, args.links // 3))
        self.columns = [Column(*c) for c in COLUMNS]
        self.by_path = {c.path: c for c in self.columns}
        for c in self.columns:
            if c.parent:
                self.by_path[c.parent].children.append(c)
        self.leaves = [c for c in self.columns if c.weight > 0]
        self.landings = [c for c in self.columns if c.weight == 0]
        self.top = [c for c in self.columns if c.parent is None]
        self.pages = []          # paths of html pages written
        self.link_total = 0      # link occurrences written (http targets)
        self.targets = set()     # distinct absolute targets
        self.broken = {}         # url -> [kind, occurrences, pages]
        self.paragraphs = [self.make_paragraph() for _ in range(600)]
        self.policies = []       # policy-document articles, for interpretations

    # ---- site plan ------------------------------------------------------

    def plan(self):
        fixed = 1 + len(SPECIAL_PAGES) + len(self.landings)
        weights = [c.weight for c in self.leaves]
        total_w = sum(weights)

        def split(n):
            raw = [n * w / total_w for w in weights]
            counts = [int(x) for x in raw]
            order = sorted(range(len(raw)), key=lambda i: counts[i] - raw[i])
            for i in order[: n - sum(counts)]:
                counts[i] += 1
            return counts

        def total(n):
            return fixed + n + sum(max(1, math.ceil(k / self.per_page)) for k in split(n))

        n = int((self.a.pages - fixed) * self.per_page / (self.per_page + 1))
        while total(n) < self.a.pages:
            n += 1
        while total(n) > self.a.pages:
            n -= 1
        counts = split(n)
        # Pad with extra list pages when rounding left the count one or two short:
        # a column may keep an empty trailing page, as real CMSes do.
        short = self.a.pages - total(n)
        next_id = 1000000 + self.rng.randrange(100000)
        for col, k in zip(self.leaves, counts):
            col.list_pages = max(1, math.ceil(k / self.per_page))
            # Dates run from 2026-11 backwards; older columns are sparser.
            day = 0
            for i in range(k):
                art = Article()
                art.column, art.index = col, i
                art.id = next_id
                next_id += self.rng.randrange(1, 40)
                day += self.rng.choice((0, 0, 1, 1, 2, 3, 5))
                y, m, d = date_back(day)
                art.date = (y, m, d)
                art.dir = "/%s/%04d%02d/" % (col.path, y, m)
                art.url = "%st%04d%02d%02d_%d.html" % (art.dir, y, m, d, art.id)
                art.policy = None
                art.title = self.title(col, art)
                art.images = []
                art.attachments = []
                col.articles.append(art)
        for col in self.leaves[:short]:
            col.list_pages += 1
        self.articles = [a for c in self.leaves for a in c.articles]
        for art in self.articles:
            stem = "%04d%02d%02d%d" % (art.date + (art.id,))
            nimg = self.rng.choice((0, 0, 1, 1, 1, 2, 3)) if art.column.path != "xwzx/tpxw" else 3
            art.images = ["%sW0%s%d.jpg" % (art.dir, stem, i) for i in range(nimg)]
            att_p = 0.7 if "zcwj" in art.column.path or art.column.path in (
                "xwzx/tzgg", "zwgk/czzj", "bsfw/bszn", "zwgk/ndbg") else 0.08
            natt = 0
            if self.rng.random() < att_p:
                natt = self.rng.choice((1, 1, 1, 2, 3))
            art.attachments = ["%sP0%s%d.%s" % (art.dir, stem, i,
                                                  self.rng.choice(("pdf", "pdf", "doc", "docx", "xls")))
                               for i in range(natt)]
        self.hot = self.by_path["xwzx/zwyw"].articles[:8]

    def plan_broken(self):
        """Picks the broken targets and which pages carry them."""
        estimated = self.a.pages * self.a.links
        occurrences = int(round(estimated * self.a.broken))
        pool_size = max(len(BROKEN_KINDS), occurrences // 5)
        existing = {self.origin + a.url for a in self.articles}
        existing.update(self.origin + r for a in self.articles for r in a.images + a.attachments)
        pool = []
        for kind, share in BROKEN_KINDS:
            for _ in range(max(1, int(round(pool_size * share)))):
                url = self.broken_url(kind)
                while url in existing:  # a made-up target that happens to exist
                    url = self.broken_url(kind)
                existing.add(url)
                pool.append((kind, url))
        # Every target is used at least once, then at random (a few are popular).
        uses = list(range(len(pool)))
        while len(uses) < occurrences:
            if self.rng.random() < 0.1:
                uses.append(self.rng.randrange(min(20, len(pool))))
            else:
                uses.append(self.rng.randrange(len(pool)))
        self.rng.shuffle(uses)
        self.page_broken = {}  # page index -> [(kind, url)]
        npages = self.a.pages
        for j, u in enumerate(uses):
            # The home page (index 0) always carries two broken links.
            page = 0 if j < 2 else self.rng.randrange(npages)
            self.page_broken.setdefault(page, []).append(pool[u])

    def broken_url(self, kind):
        r = self.rng
        if kind == "page_404":
            a = r.choice(self.articles)
            return "%s%st%04d%02d%02d_%d.html" % (self.origin, a.dir, *a.date, a.id + r.randrange(1, 9))
        if kind == "image_404":
            a = r.choice(self.articles)
            return "%s%sW0%04d%02d%02d%d%d.jpg" % (self.origin, a.dir, *a.date, a.id, 5 + r.randrange(5))
        if kind == "attachment_404":
            a = r.choice(self.articles)
            return "%s%sP0%04d%02d%02d%d%d.%s" % (self.origin, a.dir, *a.date, a.id, 5 + r.randrange(5),
                                                  r.choice(("pdf", "doc", "xls")))
        ext = r.choice(self.ext_origins)
        site = r.choice(EXT_SITES)[0]
        if kind == "external_404":
            return "%s/%s/art/%d.html" % (ext, site, EXT_ARTICLES_PER_SITE + r.randrange(100000))
        if kind == "external_5xx":
            return "%s/%s/dynamic/show.jsp?id=%d" % (ext, site, r.randrange(1000000))
        if kind == "connection_refused":
            return "%s/%s/art/%d.html" % (self.dead_origin, site, r.randrange(100000))
        raise ValueError(kind)

    # ---- text -------------------------------------------------------------

    def title(self, col, art):
        r = self.rng
        p = col.path
        if p == "xwzx/zwyw":
            return r.choice(["%s召开%s工作会议" % (COUNTY, r.choice(TOPICS)),
                             "县委副书记、县长%s调研%s工作" % (r.choice(NAMES), r.choice(TOPICS)),
                             "%s%s工作推进会召开" % (COUNTY, r.choice(TOPICS)),
                             "县委常委会召开会议 研究部署%s等工作" % r.choice(TOPICS)])
        if p == "xwzx/bmdt":
            return "%s%s" % (r.choice(DEPARTMENTS), r.choice(["开展" + r.choice(ACTIVITIES),
                                                              "召开%s专题会议" % r.choice(TOPICS)]))
        if p == "xwzx/xzdt":
            return "%s%s" % (r.choice(TOWNS), r.choice(["扎实推进" + r.choice(TOPICS),
                                                        "开展" + r.choice(ACTIVITIES)]))
        if p == "xwzx/tzgg":
            return r.choice(["关于做好%s工作的通知" % r.choice(TOPICS),
                             "%s%d年公开招聘事业单位工作人员公告" % (COUNTY, 2015 + r.randrange(12)),
                             "关于%s的公示" % r.choice(["拟表彰先进集体和个人", "农村危房改造对象",
                                                       "低保对象名单", "重点项目征地补偿方案"])])
        if p == "xwzx/tpxw":
            return "【图片新闻】%s" % r.choice(ACTIVITIES)
        if "zcwj" in p:
            # Each policy has its own name, as on a real site (a year, a topic, a kind).
            issuer = "人民政府" if p.endswith("xzfwj") else "人民政府办公室"
            plan = r.choice(PLANS) if r.random() < 0.05 else "%d年%s%s" % (
                art.date[0], r.choice(TOPICS), r.choice(POLICY_KINDS))
            self.policies.append(art)
            return "%s%s关于印发《%s%s》的通知" % (COUNTY, issuer, COUNTY, plan)
        if p == "zwgk/zcjd" and self.policies:
            # An interpretation explains one policy document; most link to it.
            art.policy = r.choice(self.policies)
            name = art.policy.title[art.policy.title.index("《"):art.policy.title.rindex("》") + 1]
            return r.choice(["%s政策解读", "一图读懂%s"]) % name
        if p == "zwgk/rsxx":
            return "%s人民政府关于%s等同志任免职务的通知" % (COUNTY, r.choice(NAMES))
        if p == "zwgk/czzj":
            return "%s%d年部门%s公开" % (r.choice(DEPARTMENTS), 2016 + r.randrange(11),
                                        r.choice(["预算", "决算"]))
        if p == "zwgk/tjxx":
            return "%d年%d月%s主要经济指标" % (2015 + r.randrange(12), 1 + r.randrange(12), COUNTY)
        if p == "zwgk/ndbg":
            return "%s%d年政府信息公开工作年度报告" % (r.choice(DEPARTMENTS), 2015 + r.randrange(11))
        if p == "bsfw/bszn":
            return "%s办事指南" % r.choice(SERVICES)
        if p == "hdjl/xzxx":
            return "关于%s问题的回复" % r.choice(["小区停车难", "农村道路破损", "学校周边交通安全",
                                                 "养老保险缴费", "噪音扰民", "自来水水压不足",
                                                 "拖欠农民工工资", "路灯不亮"])
        return "%s%s" % (COUNTY, r.choice(["%s工作情况" % r.choice(TOPICS),
                                           "%s实施情况" % r.choice(PLANS),
                                           "%s的通知" % r.choice(ACTIVITIES)]))

    def make_paragraph(self):
        r = self.rng
        sentences = []
        for _ in range(r.randrange(2, 6)):
            sentences.append(r.choice([
                "%d月%d日，%s%s工作会议在县行政中心召开。" % (1 + r.randrange(12), 1 + r.randrange(28),
                                                         COUNTY, r.choice(TOPICS)),
                "会议强调，要%s，%s，%s，确保%s。" % (r.choice(VERBS), r.choice(VERBS),
                                                   r.choice(VERBS), r.choice(GOALS)),
                "%s负责同志表示，将%s，%s。" % (r.choice(DEPARTMENTS), r.choice(VERBS), r.choice(VERBS)),
                "截至目前，全县累计完成%s项目%d个，完成投资%.1f亿元，同比增长%.1f%%。" % (
                    r.choice(TOPICS), 3 + r.randrange(80), r.randrange(10, 900) / 10.0,
                    r.randrange(-50, 250) / 10.0),
                "%s、%s等乡镇结合实际，%s。" % (r.choice(TOWNS), r.choice(TOWNS), r.choice(VERBS)),
                "下一步，%s将%s，持续%s，为%s贡献力量。" % (COUNTY, r.choice(VERBS), r.choice(VERBS),
                                                         r.choice(GOALS)),
                "活动现场共发放宣传资料%d余份，解答群众咨询%d人次。" % (100 * (1 + r.randrange(30)),
                                                                   10 * (1 + r.randrange(50))),
            ]))
        return "".join(sentences)

    # ---- rendering --------------------------------------------------------

    def write_resources(self, site):
        os.makedirs(os.path.join(site, "images"), exist_ok=True)
        os.makedirs(os.path.join(site, "js"), exist_ok=True)
        css = ("body{margin:0;font:14px/1.8 \"Microsoft YaHei\",SimSun,sans-serif;color:#333}"
               ".w1200{width:1200px;margin:0 auto}.nav a{color:#fff;padding:0 22px}"
               ".list li{border-bottom:1px dashed #ddd}.footer{background:#1d5ea8;color:#fff}\n") * 40
        for name in ("common.css", "index.css"):
            write_text(os.path.join(site, "images", name), css)
        js = ("/* bench */function setTab(n,i){var m=document.getElementById(n+i);"
              "if(m){m.style.display='block';}}\n") * 200
        for name in ("jquery-1.12.4.min.js", "common.js", "zwgk.js"):
            write_text(os.path.join(site, "js", name), js)
        for name in ("logo.png", "dzjg.png", "zfwzzc.png", "gaba.png", "ipv6.png", "banner.jpg"):
            ext = name.rsplit(".", 1)[1]
            with open(os.path.join(site, "images", name), "wb") as f:
                f.write(RESOURCE_TYPES[ext])
        with open(os.path.join(site, "favicon.ico"), "wb") as f:
            f.write(RESOURCE_TYPES["png"])
        write_text(os.path.join(site, "robots.txt"), "User-agent: *\nDisallow: /admin/\n")
        # One template file per type; article resources are hard links to it,
        # so that 100,000 pages do not need gigabytes of identical bytes.
        self.template_dir = os.path.join(site, "images", "t")
        os.makedirs(self.template_dir, exist_ok=True)
        self.template_links = {}

    def template_for(self, ext):
        """A file to hard-link to; a new one every 60,000 links (ext4 allows 65,000)."""
        n = self.template_links.get(ext, 0)
        self.template_links[ext] = n + 1
        path = os.path.join(self.template_dir, "template%d.%s" % (n // 60000, ext))
        if n % 60000 == 0:
            with open(path, "wb") as f:
                f.write(RESOURCE_TYPES[ext])
        return path

    def write_ext(self, ext):
        os.makedirs(os.path.join(ext, "search"))
        write_text(os.path.join(ext, "search", "index.html"), EXT_PAGE % {
            "title": "站内搜索", "body": "<p>请输入关键词。</p>"})
        for site, name in EXT_SITES:
            d = os.path.join(ext, site)
            os.makedirs(os.path.join(d, "art"), exist_ok=True)
            write_text(os.path.join(d, "index.html"), EXT_PAGE % {
                "title": name, "body": "<p>%s欢迎您。</p>" % name})
            for k in range(EXT_ARTICLES_PER_SITE):
                write_text(os.path.join(d, "art", "%d.html" % k), EXT_PAGE % {
                    "title": "%s 信息 %d" % (name, k),
                    "body": "<p>%s</p><p><a href=\"../index.html\">返回首页</a></p>" % self.rng.choice(self.paragraphs)})

    def run(self):
        out = self.a.out
        if os.path.exists(out):
            shutil.rmtree(out)
        site = os.path.join(out, "site")
        os.makedirs(site)
        self.write_resources(site)
        self.write_ext(os.path.join(out, "ext"))
        self.plan()
        self.plan_broken()
        index = 0
        self.emit_page("/index.html", self.render_home(index))
        index += 1
        for fname, name in SPECIAL_PAGES:
            index += 1
            self.emit_page("/" + fname, self.render_special(index, fname, name))
        for col in self.landings:
            self.emit_page(col.list_url(0), self.render_landing(index, col))
            index += 1
        for col in self.leaves:
            for k in range(col.list_pages):
                self.emit_page(col.list_url(k), self.render_list(index, col, k))
                index += 1
        for col in self.leaves:
            for art in col.articles:
                self.emit_page(art.url, self.render_article(index, art))
                index += 1
                for res in art.images + art.attachments:
                    os.link(self.template_for(res.rsplit(".", 1)[1]), os.path.join(site, res.lstrip("/")))
        assert len(self.pages) == self.a.pages, (len(self.pages), self.a.pages)
        self.write_manifest()

    def emit_page(self, path, html):
        full = os.path.join(self.a.out, "site", path.lstrip("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        write_text(full, html)
        self.pages.append(path)

    # A page is built as a list of link blocks.  Page.link() records each
    # link so that the manifest knows every target and occurrence.

    def new_page(self, index, page_path):
        return Page(self, index, page_path)

    def chrome_head(self, pg, title):
        pg.out.append(HEAD_START % {"title": esc(title)})
        if pg.budget_for(5):
            for href in ("/images/common.css", "/images/index.css"):
                pg.out.append('<link rel="stylesheet" type="text/css" href="%s">' % pg.link(href))
            pg.out.append('<link rel="shortcut icon" href="%s">' % pg.link("/favicon.ico"))
            for src in ("/js/jquery-1.12.4.min.js", "/js/common.js"):
                pg.out.append('<script type="text/javascript" src="%s"></script>' % pg.link(src))
        pg.out.append(HEAD_END % {"county": COUNTY})
        pg.out.append('<div class="top w1200"><span>今天是：<script>document.write(new Date().toLocaleDateString())'
                      '</script></span><a href="javascript:void(0)" onclick="aria.start()">无障碍</a>'
                      '<a href="javascript:void(0)" id="elder">长者模式</a>')
        if pg.budget_for(2):
            pg.out.append('<a href="%s"><img src="%s" alt="IPv6"></a>' % (
                pg.link("/zjyl/xqgk/"), pg.link("/images/ipv6.png")))
        pg.out.append('</div><div class="header w1200">')
        if pg.budget_for(2):
            pg.out.append('<a href="%s" class="logo"><img src="%s" alt="%s人民政府"></a>' % (
                pg.link("/"), pg.link("/images/logo.png"), COUNTY))
        # Site search runs on the province's search service, as on many county portals.
        pg.out.append('<form action="%s/search/index.html" method="get"><input name="q" placeholder="请输入关键词">'
                      '<button type="submit">搜索</button></form></div><div class="nav"><ul class="w1200">'
                      % self.ext_origins[0])
        pg.out.append('<li><a href="%s">首页</a></li>' % pg.link("/index.html"))
        for col in self.top:
            pg.out.append('<li><a href="%s">%s</a></li>' % (pg.link(col.dir_url()), col.name))
        pg.out.append('<li><a href="%s" target="_blank">政务服务</a></li>' % pg.link(
            self.ext_origins[0] + "/zwfw/index.html"))
        pg.out.append("</ul></div>")

    def chrome_foot(self, pg):
        pg.out.append('<div class="footer"><div class="w1200"><p>')
        if pg.budget_for(4):
            pg.out.append(" | ".join('<a href="%s">%s</a>' % (pg.link("/" + f), n) for f, n in SPECIAL_PAGES))
        pg.out.append("</p><p>主办：%s人民政府办公室 承办：%s数据局 地址：%s城关镇人民路1号 电话：0000-1234567</p>"
                      % (COUNTY, COUNTY, COUNTY))
        if pg.budget_for(4):
            e = self.ext_origins
            pg.out.append('<p><a href="%s" target="_blank">滨ICP备00000000号-1</a> '
                          '<a href="%s" target="_blank">滨公网安备 00000000000001号</a> 网站标识码：0000000001</p>'
                          % (pg.link(e[0] + "/beian/index.html"), pg.link(e[-1] + "/gaba/index.html")))
            pg.out.append('<p><a href="%s" target="_blank">党政机关</a> <a href="%s" target="_blank">找错</a></p>'
                          % (pg.link(e[0] + "/conac/index.html"), pg.link(e[0] + "/zhaocuo/index.html")))
        if pg.budget_for(3):
            for img in ("/images/dzjg.png", "/images/zfwzzc.png", "/images/gaba.png"):
                pg.out.append('<img src="%s" alt="">' % pg.link(img))
        pg.out.append(FOOT_SCRIPT)
        pg.out.append("</div></div></body></html>\n")

    def breadcrumb(self, pg, col):
        chain = []
        c = col
        while c:
            chain.append(c)
            c = self.by_path[c.parent] if c.parent else None
        pg.out.append('<div class="position w1200">当前位置：<a href="%s">首页</a>' % pg.link("/index.html"))
        for c in reversed(chain):
            pg.out.append(" &gt; <a href=\"%s\">%s</a>" % (pg.link(c.dir_url()), c.name))
        pg.out.append("</div>")

    def item_li(self, pg, art, with_date=True):
        d = '<span>%04d-%02d-%02d</span>' % art.date if with_date else ""
        href = art.url
        if pg.path.startswith("/" + art.column.path + "/"):
            # Within a column TRS writes "./202311/t..." and "../202310/t...".
            href = posixpath.relpath(art.url, pg.path.rsplit("/", 1)[0])
            if not href.startswith("."):
                href = "./" + href
        return '<li><a href="%s" target="_blank" title="%s">%s</a>%s</li>' % (
            pg.link(href), esc(art.title), esc(art.title), d)

    def broken_block(self, pg, kinds):
        """Writes the page's broken links that belong in a related-links block."""
        items = pg.take_broken(kinds)
        if not items:
            return
        pg.out.append('<div class="xglj"><h4>相关链接</h4><ul>')
        for kind, url in items:
            if kind == "image_404":
                pg.out.append('<li><img src="%s" alt=""></li>' % pg.link(url, broken=kind))
                continue
            label = {"page_404": "往期报道", "attachment_404": "附件下载", "external_404": "上级部门信息",
                     "external_5xx": "在线查询", "connection_refused": "专题网站"}[kind]
            pg.out.append('<li><a href="%s" target="_blank">%s</a></li>' % (pg.link(url, broken=kind), label))
        pg.out.append("</ul></div>")

    def filler(self, pg, col):
        """Related-article lists, until the page reaches its link budget."""
        room = pg.room()
        if room <= 0 or not col or not col.articles:
            return
        pg.out.append('<div class="xgwz"><h4>相关文章</h4><ul>')
        pool = col.articles
        start = self.rng.randrange(len(pool))
        for i in range(room):
            art = pool[(start + i * 7) % len(pool)] if i < len(pool) else self.rng.choice(self.articles)
            pg.out.append(self.item_li(pg, art, with_date=False))
        pg.out.append("</ul></div>")

    def sidebar(self, pg):
        if not pg.budget_for(len(self.hot) + 4):
            return
        pg.out.append('<div class="side"><h4>热点信息</h4><ul>')
        for art in self.hot:
            pg.out.append(self.item_li(pg, art, with_date=False))
        pg.out.append('</ul><h4>热门服务</h4><ul>')
        for c in ("bsfw/bszn", "bsfw/bmfw", "hdjl/xzxx", "hdjl/yjzj"):
            pg.out.append('<li><a href="%s">%s</a></li>' % (pg.link(self.by_path[c].dir_url()),
                                                           self.by_path[c].name))
        pg.out.append("</ul></div>")

    def friend_links(self, pg):
        if not pg.budget_for(len(EXT_SITES)):
            return
        pg.out.append('<div class="yqlj w1200"><select onchange="window.open(this.value)">'
                      '<option>友情链接</option></select><ul>')
        for i, (site, name) in enumerate(EXT_SITES):
            origin = self.ext_origins[i % len(self.ext_origins)]
            pg.out.append('<li><a href="%s" target="_blank">%s</a></li>' % (
                pg.link("%s/%s/index.html" % (origin, site)), name))
        pg.out.append("</ul></div>")

    def render_home(self, index):
        pg = self.new_page(index, "/index.html")
        pg.budget = 4 * self.a.links
        self.chrome_head(pg, "%s人民政府" % COUNTY)
        pg.out.append('<div class="banner w1200"><img src="%s" alt=""></div>' % pg.link("/images/banner.jpg"))
        tp = self.by_path["xwzx/tpxw"].articles[:5]
        pg.out.append('<div class="slide">')
        for art in tp:
            if art.images:
                pg.out.append('<a href="%s"><img src="%s" alt="%s"></a>' % (
                    pg.link(art.url), pg.link(art.images[0]), esc(art.title)))
        pg.out.append("</div>")
        for col in self.leaves:
            if not pg.budget_for(6):
                break
            pg.out.append('<div class="tab"><h3><a href="%s">%s</a></h3><a class="more" href="%s">更多&gt;&gt;</a><ul>'
                          % (pg.link(col.dir_url()), col.name, pg.link(col.list_url(0))))
            for art in col.articles[:4]:
                pg.out.append(self.item_li(pg, art))
            pg.out.append("</ul></div>")
        self.broken_block(pg, None)
        self.friend_links(pg)
        self.chrome_foot(pg)
        return pg.html()

    def render_special(self, index, fname, name):
        pg = self.new_page(index, "/" + fname)
        self.chrome_head(pg, "%s-%s人民政府" % (name, COUNTY))
        pg.out.append('<div class="content w1200"><h1>%s</h1>' % name)
        if fname == "wzdt.html":
            pg.out.append("<ul>")
            for col in self.columns:
                pg.out.append('<li class="l%d"><a href="%s">%s</a></li>' % (
                    col.path.count("/"), pg.link(col.dir_url()), col.name))
            pg.out.append("</ul>")
        else:
            for _ in range(4):
                pg.out.append("<p>%s</p>" % self.rng.choice(self.paragraphs))
        pg.out.append("</div>")
        self.broken_block(pg, None)
        self.chrome_foot(pg)
        return pg.html()

    def render_landing(self, index, col):
        pg = self.new_page(index, col.list_url(0))
        pg.budget = max(pg.budget, 2 * self.a.links)
        self.chrome_head(pg, "%s-%s人民政府" % (col.name, COUNTY))
        self.breadcrumb(pg, col)
        for child in col.children:
            pg.out.append('<div class="lm"><h3><a href="%s">%s</a></h3><a class="more" href="%s">更多</a><ul>'
                          % (pg.link(child.dir_url()), child.name, pg.link(child.list_url(0))))
            arts = child.articles or [a for g in child.children for a in g.articles[:3]]
            for art in arts[:6]:
                pg.out.append(self.item_li(pg, art))
            pg.out.append("</ul></div>")
        self.broken_block(pg, None)
        self.friend_links(pg)
        self.chrome_foot(pg)
        return pg.html()

    def render_list(self, index, col, k):
        pg = self.new_page(index, col.list_url(k))
        self.chrome_head(pg, "%s-%s人民政府" % (col.name, COUNTY))
        self.breadcrumb(pg, col)
        pg.out.append('<div class="list w1200"><ul>')
        for art in col.articles[k * self.per_page:(k + 1) * self.per_page]:
            pg.out.append(self.item_li(pg, art))
        pg.out.append("</ul>")
        n = col.list_pages
        pg.out.append('<div class="page">共%d页 ' % n)
        rel = lambda u: u.rsplit("/", 1)[1]  # list pages link each other relatively, as TRS does
        if k > 0:
            pg.out.append('<a href="%s">首页</a> <a href="%s">上一页</a> ' % (
                pg.link(rel(col.list_url(0))), pg.link(rel(col.list_url(k - 1)))))
        for j in range(max(0, k - 3), min(n, k + 4)):
            if j != k:
                pg.out.append('<a href="%s">%d</a> ' % (pg.link(rel(col.list_url(j))), j + 1))
        if k + 1 < n:
            pg.out.append('<a href="%s">下一页</a> <a href="%s">尾页</a>' % (
                pg.link(rel(col.list_url(k + 1))), pg.link(rel(col.list_url(n - 1)))))
        pg.out.append("</div></div>")
        self.broken_block(pg, None)
        self.sidebar(pg)
        self.chrome_foot(pg)
        return pg.html()

    def render_article(self, index, art):
        col = art.column
        pg = self.new_page(index, art.url)
        self.chrome_head(pg, "%s-%s人民政府" % (art.title, COUNTY))
        self.breadcrumb(pg, col)
        pg.out.append('<div class="article w1200"><h1>%s</h1><div class="info">发布时间：%04d-%02d-%02d '
                      '来源：%s <a href="javascript:window.print()">打印</a> '
                      '<a href="javascript:window.close()">关闭</a></div><div class="TRS_Editor">'
                      % (esc(art.title), *art.date, self.rng.choice(DEPARTMENTS)))
        if "zcwj" in col.path:
            pg.out.append('<p align="center">云政%s〔%d〕%d号</p>' % (
                self.rng.choice(("发", "办发")), art.date[0], 1 + self.rng.randrange(120)))
        paras = self.rng.randrange(4, 12)
        for i in range(paras):
            pg.out.append("<p>%s</p>" % self.rng.choice(self.paragraphs))
            if i < len(art.images):
                # TRS writes content links relative to the article.
                src = pg.link(art.images[i].rsplit("/", 1)[1])
                pg.out.append('<p align="center"><img src="%s" border="0" alt=""></p>' % src)
        for kind, url in pg.take_broken(("image_404",)):
            pg.out.append('<p align="center"><img src="%s" alt=""></p>' % pg.link(url, broken=kind))
        pg.out.append("</div>")
        hrefs = [pg.link(u.rsplit("/", 1)[1]) for u in art.attachments]
        hrefs += [pg.link(url, broken=kind) for kind, url in pg.take_broken(("attachment_404",))]
        if hrefs:
            pg.out.append('<div class="fj">附件：<ul>')
            for i, href in enumerate(hrefs):
                pg.out.append('<li><a href="%s">附件%d</a></li>' % (href, i + 1))
            pg.out.append("</ul></div>")
        if art.policy is not None and self.rng.random() < 0.9:
            pg.out.append('<p class="ywlj">原文链接：<a href="%s">%s</a></p>' % (
                pg.link(art.policy.url), esc(art.policy.title)))
        if self.rng.random() < 0.2:
            site, name = self.rng.choice(EXT_SITES[:4] + EXT_SITES[8:])
            pg.out.append('<p class="ly">转载来源：<a href="%s" target="_blank">%s</a></p>' % (
                pg.link("%s/%s/art/%d.html" % (self.rng.choice(self.ext_origins), site,
                                               self.rng.randrange(EXT_ARTICLES_PER_SITE))), name))
        pg.out.append('<div class="sxp">')
        i = art.index
        if i > 0:
            prev = col.articles[i - 1]
            pg.out.append('<p>上一篇：<a href="%s">%s</a></p>' % (pg.link(prev.url), esc(prev.title)))
        if i + 1 < len(col.articles):
            nxt = col.articles[i + 1]
            pg.out.append('<p>下一篇：<a href="%s">%s</a></p>' % (pg.link(nxt.url), esc(nxt.title)))
        pg.out.append("</div></div>")
        self.broken_block(pg, None)
        self.sidebar(pg)
        self.filler(pg, col)
        self.chrome_foot(pg)
        return pg.html()

    def write_manifest(self):
        out = self.a.out
        with open(os.path.join(out, "pages.txt"), "w", encoding="utf-8") as f:
            f.write("".join(p + "\n" for p in self.pages))
        with open(os.path.join(out, "broken.tsv"), "w", encoding="utf-8") as f:
            f.write("url\tkind\toccurrences\tpages\n")
            for url in sorted(self.broken):
                kind, occ, pages = self.broken[url]
                f.write("%s\t%s\t%d\t%d\n" % (url, kind, occ, len(pages)))
        kinds = {}
        for kind, occ, _ in self.broken.values():
            k = kinds.setdefault(kind, [0, 0])
            k[0] += 1
            k[1] += occ
        internal = sum(1 for t in self.targets if t.startswith(self.origin + "/"))
        manifest = {
            "seed": self.a.seed, "pages": len(self.pages), "links_per_page_target": self.a.links,
            "origin": self.origin, "ext_origins": self.ext_origins, "dead_origin": self.dead_origin,
            "link_occurrences": self.link_total,
            "links_per_page": round(self.link_total / len(self.pages), 1),
            "distinct_targets": len(self.targets), "distinct_internal_targets": internal,
            "distinct_external_targets": len(self.targets) - internal,
            "articles": len(self.articles),
            "broken_occurrences": sum(v[1] for v in self.broken.values()),
            "broken_distinct": len(self.broken),
            "broken_by_kind": {k: {"targets": v[0], "occurrences": v[1]} for k, v in sorted(kinds.items())},
        }
        manifest["broken_share"] = round(manifest["broken_occurrences"] / self.link_total, 4)
        with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(json.dumps(manifest, ensure_ascii=False))


class Page:
    """Collects one page's html and the links it holds."""

    def __init__(self, gen, index, path):
        self.gen, self.index, self.path = gen, index, path
        self.out = []
        self.count = 0
        jitter = gen.rng.uniform(-0.15, 0.15)
        self.budget = max(20, int(round(gen.a.links * (1 + jitter))))
        self.broken = list(gen.page_broken.get(index, ()))
        self.budget -= len(self.broken)  # broken links are part of the budget

    def budget_for(self, n):
        return self.count + n <= self.budget

    def room(self):
        return self.budget - self.count

    def take_broken(self, kinds):
        taken = [b for b in self.broken if kinds is None or b[0] in kinds]
        self.broken = [b for b in self.broken if b not in taken]
        return taken

    def link(self, href, broken=None):
        """Records a link written as `href` on this page; returns it escaped."""
        g = self.gen
        if href.startswith(g.origin + "/") and broken:
            # Broken internal links are written root-relative, like the rest.
            href = href[len(g.origin):]
        target = urllib.parse.urljoin(g.origin + self.path, href)
        if target.endswith("/"):
            target += "index.html"
        elif target == g.origin:
            target += "/index.html"
        g.link_total += 1
        g.targets.add(target)
        if broken:
            b = g.broken.setdefault(target, [broken, 0, set()])
            b[1] += 1
            b[2].add(self.index)
        self.count += 1
        return esc(href)

    def html(self):
        # Any broken links a page type had no place for go into a last block.
        if self.broken:
            tail = self.out.pop()  # the closing tags
            items, self.broken = self.broken, []
            self.out.append('<div class="xglj"><ul>')
            for kind, url in items:
                self.out.append('<li><a href="%s">链接</a></li>' % self.link(url, broken=kind))
            self.out.append("</ul></div>")
            self.out.append(tail)
        return "".join(self.out)


HEAD_START = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="云岭县人民政府">
<meta name="SiteDomain" content="www.yunling.gov.cn">
<meta name="SiteIDCode" content="0000000001">
<title>%(title)s</title>
"""
HEAD_END = """<style>.hide{display:none}.w1200{width:1200px}</style>
</head>
<body>
"""
FOOT_SCRIPT = """<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var s = document.getElementsByTagName("script")[0]; if (!s) { return; }
  window.siteStat = { id: "0000000001", page: location.pathname }; })();
</script>
"""
EXT_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%(title)s</title></head>
<body><h1>%(title)s</h1>%(body)s</body></html>
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def date_back(days):
    """The date `days` days before 2026-11-20, as (y, m, d)."""
    import datetime
    d = datetime.date(2026, 11, 20) - datetime.timedelta(days=days)
    return d.year, d.month, d.day


def main(argv):
    args = parse_args(argv)
    Generator(args).run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
