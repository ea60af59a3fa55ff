#!/usr/bin/env python3
"""Writes the labelled dark-link corpus: cases/*.html, css/*.css, js/*.js and
manifest.tsv. Each case is a realistic Chinese government page (portal home,
column list or article layout of a county/district site) into which one or
more snippets are placed: hiding techniques that spammers use (positives) and
the hidden-by-design widgets real sites have (decoys). The labels say which
links the dark_link check must report, with the expected severity and one
technique its kind must name.

The files are committed; this script documents how they were made and
regenerates them: python3 testdata/darklink/make_corpus.py

manifest.tsv, one record per line, tab-separated, in order:
  page  <file>  <page url>            starts a case
  css   <url>   <file under css/>     a linked style sheet the crawler fetched
  js    <url>   <file under js/>      a same-site script file the crawler fetched
  dark  <target url>  <veto|error>  <technique>   a link the check must report
Every link of a case not listed as `dark` must not be reported.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

SITES = [
    ("www.xinfeng.gov.cn", "信丰县人民政府", "信丰县"),
    ("www.nkq.gov.cn", "赣州市南康区人民政府", "南康区"),
    ("www.ningdu.gov.cn", "宁都县人民政府", "宁都县"),
    ("www.ruijin.gov.cn", "瑞金市人民政府", "瑞金市"),
    ("www.ganxian.gov.cn", "赣州市赣县区人民政府", "赣县区"),
    ("www.dayu.gov.cn", "大余县人民政府", "大余县"),
    ("www.shicheng.gov.cn", "石城县人民政府", "石城县"),
    ("www.longnan.gov.cn", "龙南市人民政府", "龙南市"),
    ("jyj.xinfeng.gov.cn", "信丰县教育局", "信丰县"),
    ("www.huichang.gov.cn", "会昌县人民政府", "会昌县"),
]

NEWS = [
    "县政府召开第十二次常务会议", "我县开展2024年防汛应急演练", "全县安全生产工作会议召开",
    "关于做好春节期间安全生产工作的通知", "县领导深入乡镇调研脐橙产业发展", "我县举办农民工专场招聘会",
    "2023年国民经济和社会发展统计公报", "关于公布第一批县级非物质文化遗产名录的通知",
    "县人大常委会视察优化营商环境工作", "全县森林防火工作推进会召开", "我县新增3家省级专精特新企业",
    "关于2024年城乡居民医疗保险缴费的通告",
]


def news_list(host, n=6, start=0, prefix="/xwzx/"):
    items = []
    for i in range(n):
        title = NEWS[(start + i) % len(NEWS)]
        items.append(
            f'<li><a href="{prefix}202403/t2024031{i}_{4812300 + i}.html" target="_blank" '
            f'title="{title}">{title}</a><span class="date">2024-03-1{i}</span></li>')
    return "\n        ".join(items)


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="SiteName" content="{title}">
<meta name="SiteIDCode" content="3607220001">
<link rel="stylesheet" href="/images/common.css">
<style>
body{{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun;color:#333;background:#fff}}
a{{color:#333;text-decoration:none}} .w1200{{width:1200px;margin:0 auto}}
.header{{height:160px;background:#1b5fae}} .footer{{background:#f2f2f2;padding:20px 0;text-align:center}}
.list li{{height:36px;line-height:36px;border-bottom:1px dashed #ddd}} .list .date{{float:right;color:#999}}
</style>
{extra}
</head>"""


def footer(site_name, host, extra=""):
    return f"""<div class="footer">
  <div class="w1200">
    <p>主办单位：{site_name}办公室　承办：{site_name[:-4] if site_name.endswith("人民政府") else site_name}大数据中心</p>
    <p>地址：江西省赣州市　联系电话：0797-3322110　邮编：341600</p>
    <p>网站标识码：3607220001　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05004569号-1</a>
       <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36072202000123" target="_blank">赣公网安备 36072202000123号</a></p>
    <p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5A1F0B1E" target="_blank"><img src="https://dcs.conac.cn/image/red.png" alt="党政机关"></a></span>
       <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3607220001&amp;url=http%3A%2F%2F{host}%2F" target="_blank"><img src="/images/jiucuo.png" alt="我为政府网站找错"></a></p>
    {extra}
  </div>
</div>"""


def home(site, slots):
    host, name, short = site
    return f"""{head(name, slots.get("head", ""))}
<body>
{slots.get("body_top", "")}
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="{name}"></a>
  <div class="search"><form action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div></div>
<div class="mainnav w1200">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/zjxf/">走进{short}</a></li>
  </ul>
</div>
{slots.get("after_nav", "")}
<div class="w1200 main">
  <div class="news">
    <div class="title"><h3>{short}要闻</h3><a href="/xwzx/xfyw/" class="more">更多&gt;&gt;</a></div>
    <ul class="list">
        {news_list(host, 6)}
    </ul>
  </div>
  <div class="notice">
    <div class="title"><h3>通知公告</h3><a href="/zwgk/tzgg/" class="more">更多&gt;&gt;</a></div>
    <ul class="list">
        {news_list(host, 4, 6, "/zwgk/tzgg/")}
    </ul>
  </div>
  {slots.get("content", "")}
  <div class="links">
    <h3>友情链接</h3>
    <a href="http://www.gov.cn/" target="_blank">中国政府网</a>
    <a href="http://www.jiangxi.gov.cn/" target="_blank">江西省人民政府</a>
    <a href="https://www.ganzhou.gov.cn/" target="_blank">赣州市人民政府</a>
    <a href="http://www.people.com.cn/" target="_blank">人民网</a>
    <a href="http://www.xinhuanet.com/" target="_blank">新华网</a>
    {slots.get("links", "")}
  </div>
</div>
{footer(name, host, slots.get("footer", ""))}
{slots.get("body_end", "")}
</body>
</html>
"""


def column(site, slots):
    host, name, short = site
    return f"""{head("通知公告_" + name, slots.get("head", ""))}
<body>
{slots.get("body_top", "")}
<div class="header"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <span>通知公告</span></div>
<div class="w1200 clearfix">
  <div class="left-col">
    <h2>政务公开</h2>
    <ul>
      <li><a href="/zwgk/tzgg/" class="on">通知公告</a></li>
      <li><a href="/zwgk/zcwj/">政策文件</a></li>
      <li><a href="/zwgk/zcjd/">政策解读</a></li>
      <li><a href="/zwgk/rsxx/">人事信息</a></li>
    </ul>
    {slots.get("sidebar", "")}
  </div>
  <div class="right-col">
    <ul class="list">
        {news_list(host, 10, 2, "/zwgk/tzgg/")}
    </ul>
    {slots.get("content", "")}
    <div class="page">共 186 条　<a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_18.html">尾页</a></div>
  </div>
</div>
{footer(name, host, slots.get("footer", ""))}
{slots.get("body_end", "")}
</body>
</html>
"""


def article(site, slots):
    host, name, short = site
    return f"""{head("关于做好2024年春节期间安全生产工作的通知_" + name, slots.get("head", ""))}
<body>
{slots.get("body_top", "")}
<div class="header"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="w1200 article">
  <h1>关于做好2024年春节期间安全生产工作的通知</h1>
  <div class="info">发布时间：2024-02-02 09:30　来源：{short}应急管理局　浏览次数：<span id="hits">1086</span></div>
  <div class="content">
    <p>各乡（镇）人民政府，县直各单位：</p>
    <p>春节将至，为切实做好节日期间安全生产工作，有效防范和遏制各类生产安全事故，确保人民群众度过一个欢乐祥和的节日，现就有关事项通知如下。</p>
    <p>一、提高思想认识。各地各部门要深刻汲取近期事故教训，坚持人民至上、生命至上，压紧压实安全生产责任。</p>
    {slots.get("content", "")}
    <p>二、加强值班值守。严格落实领导带班和24小时值班制度，值班电话：0797-3322119。</p>
    <table border="1"><tr><th>单位</th><th>值班电话</th></tr><tr><td>县应急管理局</td><td>0797-3322119</td></tr></table>
    <p class="fj">附件：<a href="/zwgk/tzgg/202402/P020240202.docx">春节期间值班表.docx</a></p>
  </div>
  <div class="share">分享到：<a href="javascript:void(0)" onclick="shareWeibo()">微博</a></div>
  <div class="close"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>
{footer(name, host, slots.get("footer", ""))}
{slots.get("body_end", "")}
</body>
</html>
"""


def legacy(site, slots):
    """A table-layout page of an older CMS (still common on township and
    department sites): nested tables, <font>, background attributes."""
    host, name, short = site
    rows = "\n".join(
        f'<tr><td width="20" align="center"><img src="/images/dot.gif"></td><td height="26">'
        f'<a href="/News_View.asp?NewsID={1800 + i}" target="_blank"><font color="#333333">{NEWS[i]}</font></a></td>'
        f'<td width="80"><font color="#999999">2024-03-0{i + 1}</font></td></tr>' for i in range(8))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{short}乡镇政务公开网</title>
<style type="text/css">
td {{ font-size: 12px; line-height: 20px }}
a:link {{ color: #333333; text-decoration: none }}
.bt {{ font-size: 14px; font-weight: bold; color: #B40000 }}
{slots.get("style", "")}
</style>
{slots.get("head", "")}
</head>
<body leftmargin="0" topmargin="0">
{slots.get("body_top", "")}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/images/top_bg.jpg"><img src="/images/top.jpg" width="980" height="120" alt="{name}"></td></tr>
  <tr><td height="34" bgcolor="#B40000" align="center">
    <a href="/"><font color="#FFFFFF">首 页</font></a> | <a href="/News_List.asp?ClassID=1"><font color="#FFFFFF">政务动态</font></a> |
    <a href="/News_List.asp?ClassID=2"><font color="#FFFFFF">通知公告</font></a> | <a href="/Guestbook.asp"><font color="#FFFFFF">领导信箱</font></a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="240" valign="top" bgcolor="#F7F7F7">
      <table width="100%"><tr><td class="bt">便民服务</td></tr>
      <tr><td><a href="http://www.jxzwfww.gov.cn/">江西政务服务网</a><br><a href="/bszn/">办事指南</a></td></tr></table>
      {slots.get("sidebar", "")}
    </td>
    <td width="740" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="bt" colspan="3">政务动态</td></tr>
        {rows}
      </table>
      {slots.get("content", "")}
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#EEEEEE">
  <tr><td align="center" height="90">
    主办：{name}　地址：{short}人民路1号　电话：0797-8321001<br>
    <a href="https://beian.miit.gov.cn/">赣ICP备05001234号</a>　网站标识码：3607220012<br>
    {slots.get("footer", "")}
  </td></tr>
</table>
{slots.get("body_end", "")}
</body>
</html>
"""


def cluster(site, slots):
    """A page of a provincial site-cluster platform (集约化平台): semantic
    elements, BEM class names, a mega menu and a search overlay."""
    host, name, short = site
    items = "\n".join(
        f'<li class="news-list__item"><a class="news-list__link" href="/art/2024/3/{10 + i}/art_4512_{2291000 + i}.html">{NEWS[(i + 3) % len(NEWS)]}</a>'
        f'<time datetime="2024-03-{10 + i}">2024-03-{10 + i}</time></li>' for i in range(7))
    return f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{name}</title>
<meta name="SiteName" content="{name}"><meta name="ColumnName" content="首页">
<style>
.site-header{{background:#c40000;color:#fff}} .mega-menu__panel{{display:none;position:absolute}}
.mega-menu__item:hover .mega-menu__panel{{display:block}} .search-overlay{{display:none}}
.search-overlay.is-open{{display:flex}} .u-hide{{display:none}}
{slots.get("style", "")}
</style>
{slots.get("head", "")}
</head>
<body>
{slots.get("body_top", "")}
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/"><img src="/images/logo.svg" alt="{name}"></a>
<button class="site-header__search" aria-haspopup="dialog" aria-controls="search">搜索</button></div>
<nav class="mega-menu"><ul>
  <li class="mega-menu__item"><a href="/col/col4500/">政务公开</a><div class="mega-menu__panel"><a href="/col/col4501/">政策文件</a><a href="/col/col4502/">政策解读</a><a href="https://www.jiangxi.gov.cn/col/col5861/">江西省政策库</a></div></li>
  <li class="mega-menu__item"><a href="/col/col4600/">互动交流</a><div class="mega-menu__panel"><a href="/col/col4601/">领导信箱</a><a href="/col/col4602/">在线访谈</a></div></li>
</ul></nav></header>
<div class="search-overlay" id="search" role="dialog"><form action="/jsearchfront/search.do"><input name="q"></form></div>
<main class="page-main">
  <section class="news-block"><h2 class="news-block__title">{short}要闻</h2><ul class="news-list">{items}</ul></section>
  {slots.get("content", "")}
  <aside class="page-aside"><h3>专题专栏</h3><a href="/col/col4700/">优化营商环境</a>{slots.get("sidebar", "")}</aside>
</main>
<footer class="site-footer">
  <p>主办单位：{name}办公室 联系电话：0797-5512345 <a href="mailto:zfb@{host}">联系我们</a></p>
  <p>网站标识码：3607000001 <a href="https://beian.miit.gov.cn/">赣ICP备2021000123号-1</a> 赣公网安备36070202000456号</p>
  <p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=AB12"><img src="https://dcs.conac.cn/image/blue.png" alt="党政机关"></a>
     <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3607000001"><img src="/images/jiucuo.png" alt="我为政府网站找错"></a></p>
  {slots.get("footer", "")}
</footer>
{slots.get("body_end", "")}
</body>
</html>
"""


LAYOUTS = {"home": (home, "/"), "column": (column, "/zwgk/tzgg/"),
           "article": (article, "/zwgk/tzgg/202402/t20240202_4812201.html"),
           "legacy": (legacy, "/Index.asp"), "cluster": (cluster, "/")}

CASES = []  # (name, layout, site index, slots, css {url: text}, js {url: text}, [(target, severity, technique)])


def case(name, layout, site, slots, dark=(), css=None, js=None):
    CASES.append((name, layout, site, slots, css or {}, js or {}, list(dark)))


# ---------------------------------------------------------------- positives
case("inline_display_none", "home", 0, {"footer": """<div style="display:none">
<a href="http://www.amxpj8.com/" target="_blank">澳门新葡京</a>
<a href="http://www.bjsc-pk10.net/">北京赛车pk10</a>
<a href="http://www.js1396.cc/">金沙娱乐</a></div>"""},
     [("http://www.amxpj8.com/", "veto", "display_none"), ("http://www.bjsc-pk10.net/", "veto", "display_none"),
      ("http://www.js1396.cc/", "veto", "display_none")])

case("inline_visibility_hidden", "column", 1, {"content": """<p style="visibility:hidden;height:0;margin:0">
<a href="http://www.hg6686.com/">皇冠体育</a><a href="http://www.bet365-zh.com/">bet365</a></p>"""},
     [("http://www.hg6686.com/", "veto", "visibility_hidden"), ("http://www.bet365-zh.com/", "veto", "visibility_hidden")])

case("style_block_class", "home", 2, {"head": "<style>.yqlj2{display:none}</style>",
     "links": '<span class="yqlj2"><a href="http://www.dfcp888.com/">大发快三</a><a href="http://www.tyc88.net/">太阳城娱乐</a></span>'},
     [("http://www.dfcp888.com/", "veto", "display_none"), ("http://www.tyc88.net/", "veto", "display_none")])

case("style_block_id_offscreen", "article", 3, {"head": "<style>#bottom_ad{position:absolute;left:-9999px;top:0}</style>",
     "footer": '<div id="bottom_ad"><a href="http://www.dkfp.top/">代开发票</a> <a href="http://www.bzw315.cn/">办假证</a></div>'},
     [("http://www.dkfp.top/", "veto", "offscreen"), ("http://www.bzw315.cn/", "veto", "offscreen")])

case("linked_stylesheet", "home", 4, {"head": '<link rel="stylesheet" href="/css/style2023.css">',
     "footer": '<div class="ft-copy"><a href="http://www.yabo2024.vip/">亚博体育</a><a href="http://www.wanbo88.app/">万博体育</a></div>'},
     [("http://www.yabo2024.vip/", "veto", "display_none"), ("http://www.wanbo88.app/", "veto", "display_none")],
     css={"/css/style2023.css": ".footer p{margin:4px 0}\n.ft-copy{display:none}\n.ft-copy a{color:#666}\n"})

case("inherited_font_size_zero", "column", 5, {"sidebar": """<div style="font-size:0;line-height:0">
<a href="http://www.dongjingre.xyz/">东京热</a><a href="http://www.91porn-cn.com/">成人视频</a></div>"""},
     [("http://www.dongjingre.xyz/", "veto", "font_size_zero"), ("http://www.91porn-cn.com/", "veto", "font_size_zero")])

case("ancestor_hidden", "home", 6, {"content": """<div class="hd-wrap" style="display:none"><div class="inner"><ul>
<li><a href="http://www.lhc-kj.com/">六合彩开奖</a></li><li><a href="http://www.yxyz.win/">一肖一码</a></li></ul></div></div>"""},
     [("http://www.lhc-kj.com/", "veto", "display_none"), ("http://www.yxyz.win/", "veto", "display_none")])

case("script_document_write", "home", 7, {"body_end": """<script type="text/javascript">
document.write('<a href="http://www.zrylc.com/" target="_blank">真人娱乐城</a>');
document.write('<a href="http://www.bjl88.net/">百家乐</a>');
</script>"""},
     [("http://www.zrylc.com/", "veto", "script_written"), ("http://www.bjl88.net/", "veto", "script_written")])

case("script_inner_html", "column", 8, {"body_end": """<div id="tj"></div>
<script>
var box = document.getElementById("tj");
box.innerHTML = '<div style="display:none"><a href="http://www.qipai777.com/">棋牌娱乐</a></div>';
</script>"""},
     [("http://www.qipai777.com/", "veto", "script_written")])

case("script_file_write", "home", 9, {"head": '<script src="/js/common.js"></script>'},
     [("http://www.ssc-cq.net/", "veto", "script_written"), ("http://www.xyft168.com/", "veto", "script_written")],
     js={"/js/common.js": """function setHome(){}
var s = '<div style="position:absolute;top:-999px">';
document.writeln('<div style="position:absolute;top:-999px"><a href="http://www.ssc-cq.net/">重庆时时彩</a>');
document.writeln('<a href="http://www.xyft168.com/">幸运飞艇</a></div>');
"""})

case("meta_refresh_offsite", "article", 0, {"head": '<meta http-equiv="refresh" content="3;url=http://www.vns8866.com/">'},
     [("http://www.vns8866.com/", "veto", "meta_refresh")])

case("script_redirect_offsite", "column", 1, {"head": """<script>
if (document.referrer.indexOf("baidu") > -1) { window.location.href = "http://www.msc-yl.com/"; }
</script>"""},
     [("http://www.msc-yl.com/", "error", "script_redirect")])

case("marquee_fast", "home", 2, {"content": """<marquee scrollamount="10000" width="1" height="1">
<a href="http://www.bocaiwang.cc/">博彩网</a><a href="http://www.pj2088.com/">葡京娱乐</a></marquee>"""},
     [("http://www.bocaiwang.cc/", "veto", "marquee"), ("http://www.pj2088.com/", "veto", "marquee")])

case("marquee_tiny", "article", 3, {"footer": """<marquee behavior="scroll" style="width:2px;height:2px">
<a href="http://www.zzc-seo.net/">蜘蛛池</a></marquee>"""},
     [("http://www.zzc-seo.net/", "veto", "marquee")])

case("hidden_iframe_zero", "home", 4, {"body_end": '<iframe src="http://www.tj-yl58.com/tj.html" width="0" height="0" frameborder="0"></iframe>'},
     [("http://www.tj-yl58.com/tj.html", "error", "hidden_iframe")])

case("hidden_iframe_display", "column", 5, {"body_top": '<iframe src="http://www.hz-bc.com/index.html" style="display:none"></iframe>'},
     [("http://www.hz-bc.com/index.html", "error", "hidden_iframe")])

case("same_color_text", "home", 6, {"content": """<div style="background:#ffffff"><p style="color:#ffffff;font-size:12px">
<a href="http://www.ttcp-365.com/" style="color:#fff">彩票网投</a> <a href="http://www.zqtz9.com/" style="color:#FFFFFF">足球投注</a></p></div>"""},
     [("http://www.ttcp-365.com/", "veto", "same_color"), ("http://www.zqtz9.com/", "veto", "same_color")])

case("opacity_zero", "column", 7, {"content": '<div style="opacity:0;height:1px"><a href="http://www.dzyy-slot.com/">电子游艺</a></div>'},
     [("http://www.dzyy-slot.com/", "veto", "opacity_zero")])

case("text_indent", "article", 8, {"content": '<p style="text-indent:-9999px;overflow:hidden"><a href="http://www.jiazheng-bz.com/">假证办理</a></p>'},
     [("http://www.jiazheng-bz.com/", "veto", "offscreen")])

case("zero_size_overflow", "home", 9, {"footer": '<div style="width:0;height:0;overflow:hidden"><a href="http://www.dy-jg.com/">代孕机构</a><a href="http://www.shh-tz.com/">私家侦探</a></div>'},
     [("http://www.dy-jg.com/", "veto", "zero_size"), ("http://www.shh-tz.com/", "veto", "zero_size")])

case("line_height_zero", "column", 0, {"sidebar": '<div style="height:1px;line-height:0;overflow:hidden"><a href="http://www.cqyp.net/">催情药</a></div>'},
     [("http://www.cqyp.net/", "veto", "zero_size")])

case("clip_rect", "home", 1, {"content": '<div style="position:absolute;clip:rect(0 0 0 0)"><a href="http://www.yyq-sm.com/">一夜情</a></div>'},
     [("http://www.yyq-sm.com/", "veto", "clip")])

case("clip_path", "article", 2, {"footer": '<div style="clip-path:inset(50%)"><a href="http://www.ylc-88.com/">娱乐城</a><a href="http://www.ylc-88.com/reg">注册送彩金</a></div>'},
     [("http://www.ylc-88.com/", "veto", "clip"), ("http://www.ylc-88.com/reg", "veto", "clip")])

case("hidden_attribute", "home", 3, {"footer": '<div hidden><a href="http://www.kyqp.vip/">开元棋牌</a></div>'},
     [("http://www.kyqp.vip/", "veto", "hidden_attribute")])

case("offscreen_top", "column", 4, {"footer": '<div style="position:absolute;top:-3000px;left:0"><a href="http://www.xpj5566.com/">新葡京</a></div>'},
     [("http://www.xpj5566.com/", "veto", "offscreen")])

case("offscreen_margin", "home", 5, {"content": '<div style="margin-left:-5000px;position:relative"><a href="http://www.hgty888.net/">皇冠网址</a></div>'},
     [("http://www.hgty888.net/", "veto", "offscreen")])

case("offscreen_fixed", "article", 6, {"body_end": '<div style="position:fixed;top:-1000px;left:-1000px"><a href="http://www.lh88.bet/">利来国际</a></div>'},
     [("http://www.lh88.bet/", "veto", "offscreen")])

case("font_size_zero_link", "home", 7, {"links": '<a href="http://www.sbobet-cn.com/" style="font-size:0">外围买球</a>'},
     [("http://www.sbobet-cn.com/", "veto", "font_size_zero")])

case("script_write_hidden_block", "home", 8, {"body_end": """<script>
document.write("<div style='display:none'>");
document.write("<a href='http://www.amyh88.com/'>澳门银河</a>");
document.write("</div>");
</script>"""},
     [("http://www.amyh88.com/", "veto", "script_written")])

case("non_spam_offsite_hidden", "column", 9, {"footer": '<div style="display:none"><a href="http://www.jzwzsj.com/">网站建设</a> <a href="http://www.seo-youhua.com/">网站优化</a></div>'},
     [("http://www.jzwzsj.com/", "error", "display_none"), ("http://www.seo-youhua.com/", "error", "display_none")])

case("spam_url_neutral_anchor", "home", 0, {"footer": '<p style="display:none"><a href="http://www.xpj8888.com/">点击进入</a></p>'},
     [("http://www.xpj8888.com/", "veto", "display_none")])

case("parasite_same_site", "home", 1, {"footer": '<div style="display:none"><a href="/html/ampj/2024/0312/88.html">澳门葡京赌场</a><a href="/html/ampj/2024/0312/89.html">百家乐玩法</a></div>'},
     [("http://www.nkq.gov.cn/html/ampj/2024/0312/88.html", "veto", "display_none"),
      ("http://www.nkq.gov.cn/html/ampj/2024/0312/89.html", "veto", "display_none")])

case("script_concat_write", "article", 2, {"body_end": """<script language="javascript">
var u = "http://www." + "bet365" + "-asia.com/";
document.write('<a hr' + 'ef="http://www.bet365-asia.com/" style="display:none">' + 'bet365' + '</a>');
</script>"""},
     [("http://www.bet365-asia.com/", "veto", "script_written")])

case("spam_disguised_as_menu", "home", 3, {"footer": '<div class="dropdown-menu" style="display:none"><a href="http://www.jsyl7.com/">金沙赌场</a><a href="http://www.weinisiren-yl.com/">威尼斯人娱乐</a></div>'},
     [("http://www.jsyl7.com/", "veto", "display_none"), ("http://www.weinisiren-yl.com/", "veto", "display_none")])

case("descendant_selector", "column", 4, {"head": "<style>.footer .copy p a.fl{display:none}</style>",
     "footer": '<div class="copy"><p><a class="fl" href="http://www.sjbtz.com/">世界杯投注</a><a class="fl" href="http://www.dianjing-tz.com/">电竞投注</a></p></div>'},
     [("http://www.sjbtz.com/", "veto", "display_none"), ("http://www.dianjing-tz.com/", "veto", "display_none")])

case("important_override", "home", 5, {"head": "<style>#yq a{display:inline}\n.hd a{display:none !important}</style>",
     "links": '<span id="yq" class="hd"><a href="http://www.lbj-bjl.com/">老虎机</a></span>'},
     [("http://www.lbj-bjl.com/", "veto", "display_none")])

case("attribute_selector", "article", 6, {"head": '<style>a[href*="qp"]{position:absolute;left:-8000px}</style>',
     "footer": '<a href="http://www.zjqp2024.com/">炸金花</a>'},
     [("http://www.zjqp2024.com/", "veto", "offscreen")])

case("sibling_selector", "home", 7, {"head": "<style>h6.t + div{display:none}</style>",
     "footer": '<h6 class="t"></h6><div><a href="http://www.nnqp66.com/">牛牛棋牌</a></div>'},
     [("http://www.nnqp66.com/", "veto", "display_none")])

case("media_screen_rule", "column", 8, {"head": "<style>@media screen { .gg-box{display:none} }</style>",
     "footer": '<div class="gg-box"><a href="http://www.hmseo.cc/">黑帽seo</a><a href="http://www.ylcs.cc/">友链出售</a></div>'},
     [("http://www.hmseo.cc/", "veto", "display_none"), ("http://www.ylcs.cc/", "veto", "display_none")])

case("traditional_characters", "home", 9, {"footer": '<div style="display:none"><a href="http://www.amxpjw.com/">澳門新葡京</a><a href="http://www.bjlyl.com/">百家樂</a></div>'},
     [("http://www.amxpjw.com/", "veto", "display_none"), ("http://www.bjlyl.com/", "veto", "display_none")])

case("spaced_anchor", "article", 0, {"footer": '<div style="display:none"><a href="http://www.sscpt.com/">时 时 彩</a><a href="http://www.zrsx.com/">真-人-视-讯</a></div>'},
     [("http://www.sscpt.com/", "veto", "display_none"), ("http://www.zrsx.com/", "veto", "display_none")])

case("illegal_services", "column", 1, {"footer": '<ul style="display:none"><li><a href="http://www.qzcs.com/">枪支出售</a></li><li><a href="http://www.xykt.com/">信用卡套现</a></li><li><a href="http://www.gycs.com/">刷单兼职</a></li></ul>'},
     [("http://www.qzcs.com/", "veto", "display_none"), ("http://www.xykt.com/", "veto", "display_none"),
      ("http://www.gycs.com/", "veto", "display_none")])

case("multi_technique", "home", 2, {"footer": '<div style="position:absolute;left:-6000px"><p style="font-size:0"><a href="http://www.wyqp.net/">网上赌场</a></p></div>'},
     [("http://www.wyqp.net/", "veto", "offscreen")])

case("area_map_hidden", "article", 3, {"footer": '<map name="m1" style="display:none"><area shape="rect" coords="0,0,1,1" href="http://www.tycz.com/" alt="太阳城集团"></map>'},
     [("http://www.tycz.com/", "veto", "display_none")])

case("transform_offscreen", "column", 4, {"footer": '<div style="transform:translateX(-20000px)"><a href="http://www.ag-zr.com/">真人荷官</a></div>'},
     [("http://www.ag-zr.com/", "veto", "offscreen")])

case("mixed_page", "home", 5, {
    "head": "<style>.nav-sub{display:none}.nav li:hover .nav-sub{display:block}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}</style>",
    "body_top": '<a class="sr-only" href="#main">跳转到主要内容</a>',
    "after_nav": '<ul class="nav"><li><a href="/zwgk/">政务公开</a><div class="nav-sub"><a href="/zwgk/zcwj/">政策文件</a><a href="/zwgk/rsxx/">人事信息</a></div></li></ul>',
    "footer": '<div style="display:none"><a href="http://www.xsjb.com/">洗码返水</a></div>'},
    [("http://www.xsjb.com/", "veto", "display_none")])

case("external_stylesheet_url", "article", 7, {"head": '<link rel="stylesheet" href="https://www.ganxian.gov.cn/css/main.css">',
     "footer": '<div class="c-ad"><a href="http://www.jcw-bc.com/">竞彩网 博彩平台</a></div>'},
     [("http://www.jcw-bc.com/", "veto", "offscreen")],
     css={"https://www.ganxian.gov.cn/css/main.css": "body{color:#222}\n.c-ad{position:absolute;top:-5000px}\n"})

case("script_innerhtml_file", "column", 6, {"head": '<script src="/js/jquery.tools.js"></script>'},
     [("http://www.mgm-yl.com/", "veto", "script_written")],
     js={"/js/jquery.tools.js": """(function(){
  var el = document.createElement("div");
  el.innerHTML = "<a href=\\"http://www.mgm-yl.com/\\">美高梅娱乐</a>";
  document.body.appendChild(el);
})();
"""})

case("porn_words", "home", 8, {"footer": '<div style="display:none"><a href="http://www.yuepao.me/">同城约炮</a><a href="http://www.luoliao.tv/">裸聊</a></div>'},
     [("http://www.yuepao.me/", "veto", "display_none"), ("http://www.luoliao.tv/", "veto", "display_none")])

# --------------------------------------------------------------------- decoys
case("decoy_dropdown_menu", "home", 0, {
    "head": "<style>.mainnav2 li ul{display:none;position:absolute}.mainnav2 li:hover ul{display:block}</style>",
    "after_nav": """<div class="mainnav2"><ul>
  <li><a href="/zwgk/">政务公开</a><ul><li><a href="/zwgk/zcwj/">政策文件</a></li><li><a href="/zwgk/zcjd/">政策解读</a></li><li><a href="/zwgk/czzj/">财政资金</a></li></ul></li>
  <li><a href="/zwfw/">政务服务</a><ul><li><a href="http://www.jxzwfww.gov.cn/">江西政务服务网</a></li><li><a href="/zwfw/bmfw/">便民服务</a></li></ul></li>
</ul></div>"""})

case("decoy_dropdown_external", "column", 1, {
    "sidebar": """<div class="xiala"><span>其他网站</span><ul class="xiala-list" style="display:none">
<li><a href="http://www.people.com.cn/">人民网</a></li><li><a href="http://www.xinhuanet.com/">新华网</a></li><li><a href="http://www.cctv.com/">央视网</a></li><li><a href="http://www.jxnews.com.cn/">中国江西网</a></li></ul></div>"""})

case("decoy_tabs", "home", 2, {
    "head": "<style>.tab-con{display:none}.tab-con.active{display:block}</style>",
    "content": """<div class="tabs"><ul class="tab-title"><li class="on">政策文件</li><li>政策解读</li><li>县区网站</li></ul>
<div class="tab-con active"><ul><li><a href="/zwgk/zcwj/202403/t1.html">关于印发2024年重点工作任务的通知</a></li></ul></div>
<div class="tab-con"><ul><li><a href="/zwgk/zcjd/202403/t2.html">一图读懂2024年重点工作</a></li></ul></div>
<div class="tab-con"><ul><li><a href="https://www.nkq.gov.cn/">南康区</a></li><li><a href="http://www.xuexi.cn/">学习强国</a></li><li><a href="http://www.12371.cn/">共产党员网</a></li></ul></div></div>"""})

case("decoy_aria_tabs", "article", 3, {
    "content": """<div role="tablist"><button role="tab" aria-controls="p1">相关文件</button><button role="tab" aria-controls="p2">媒体报道</button></div>
<div id="p1" role="tabpanel"><a href="/zwgk/zcwj/">政策文件库</a></div>
<div id="p2" role="tabpanel" hidden><a href="http://jx.people.com.cn/n2/2024/0202/c190181.html">人民网江西频道报道</a><a href="https://www.jxnews.com.cn/2024/0202/a1.html">中国江西网报道</a></div>"""})

case("decoy_carousel", "home", 4, {
    "head": "<style>.swiper-slide{display:none}.swiper-slide.cur{display:block}</style>",
    "after_nav": """<div class="swiper-container"><div class="swiper-wrapper">
<div class="swiper-slide cur"><a href="/xwzx/zt/2024lh/"><img src="/images/banner1.jpg" alt="聚焦2024全国两会"></a></div>
<div class="swiper-slide"><a href="http://www.xuexi.cn/"><img src="/images/banner2.jpg" alt="学习强国"></a></div>
<div class="swiper-slide"><a href="https://www.12345.gov.cn/"><img src="/images/banner3.jpg" alt="12345热线"></a></div></div></div>"""})

case("decoy_lunbo_pictures", "column", 5, {
    "content": """<div id="lunbo"><ul><li><a href="/xwzx/tpxw/1.html"><img src="/u/1.jpg" alt="图片新闻一"></a></li>
<li style="display:none"><a href="/xwzx/tpxw/2.html"><img src="/u/2.jpg" alt="图片新闻二"></a></li>
<li style="display:none"><a href="http://www.cnr.cn/jx/"><img src="/u/3.jpg" alt="央广网江西"></a></li></ul></div>"""})

case("decoy_skip_link", "home", 6, {
    "head": "<style>.skip{position:absolute;left:-10000px}.skip:focus{left:0}</style>",
    "body_top": '<a class="skip" href="#content">跳过导航</a>'})

case("decoy_sr_only", "article", 7, {
    "head": "<style>.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);width:1px;height:1px;overflow:hidden}</style>",
    "body_top": '<div class="visually-hidden"><a href="https://wza.example-access.cn/help">无障碍浏览说明</a><a href="#main">跳至正文</a></div>'})

case("decoy_hidden_same_site", "column", 8, {
    "content": """<div style="display:none" class="print-area"><a href="/zwgk/tzgg/index_1.html">下一页</a><a href="http://jyj.xinfeng.gov.cn/zwgk/">教育局信息公开</a></div>
<div style="visibility:hidden"><a href="/sitemap.html">网站地图</a></div>"""})

case("decoy_visible_external", "home", 9, {
    "links": """<a href="http://www.cctv.com/" target="_blank">央视网</a>
<a href="http://www.jxnews.com.cn/" target="_blank">中国江西网</a>
<a href="http://www.chinanews.com.cn/" target="_blank">中国新闻网</a>
<a href="https://www.12371.cn/" target="_blank">共产党员网</a>"""})

case("decoy_modal_site_links", "home", 0, {
    "body_end": """<div class="modal" id="loginModal" style="display:none"><div class="modal-dialog"><h4>用户登录</h4>
<a href="/user/register.html">注册</a><a href="/user/forget.html">忘记密码</a></div></div>"""})

case("decoy_leave_site_dialog", "article", 1, {
    "body_end": """<div role="dialog" class="leave-tip" style="display:none"><p>您即将离开本网站，前往：</p>
<a href="http://www.people.com.cn/" id="go">继续访问</a><a href="javascript:;" class="cancel">取消</a></div>"""})

case("decoy_hidden_iframe_gov", "home", 2, {
    "body_end": """<iframe src="/tongji/count.html" width="0" height="0" frameborder="0"></iframe>
<iframe src="https://zfwzgl.www.gov.cn/exposure/status.html" style="display:none"></iframe>"""})

case("decoy_script_written_site", "column", 3, {
    "body_end": """<script>
document.write('<a href="/zwgk/tzgg/index_1.html">下一页</a>');
document.getElementById("date").innerHTML = '<a href="/rss.xml">订阅</a>';
</script>"""})

case("decoy_mobile_redirect", "home", 4, {
    "head": """<script>
if (/Android|iPhone|iPad/i.test(navigator.userAgent)) { window.location.href = "http://m.ganxian.gov.cn/"; }
</script>"""})

case("decoy_meta_refresh_site", "column", 5, {"head": '<meta http-equiv="refresh" content="0;url=/zwgk/tzgg/index.html">'})

case("decoy_conac_script", "home", 6, {
    "footer": """<span id="_ideConac"><script type="text/javascript" src="https://dcs.conac.cn/js/36/000/0000/60000000.js"></script></span>
<script id="_jiucuo_" sitecode="3607220001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>"""})

case("decoy_logo_image_replacement", "article", 7, {
    "head": "<style>.xxqg{display:block;width:120px;height:40px;text-indent:-9999px;background:url(/images/xxqg.png) no-repeat}</style>",
    "footer": '<a class="xxqg" href="https://www.xuexi.cn/">学习强国</a>'})

case("decoy_accordion", "column", 8, {
    "sidebar": """<div class="accordion"><h4 data-toggle="collapse" data-target="#bmwz">部门网站</h4>
<div id="bmwz" class="collapse"><a href="http://www.jxgz.com.cn/">赣州新闻网</a><a href="http://www.ganzhou.com.cn/">客家新闻网</a></div></div>"""})

case("decoy_visible_crackdown_news", "home", 9, {
    "content": """<ul class="list"><li><a href="http://www.chinanews.com.cn/sh/2024/03-12/1001.shtml">警方破获特大网络赌博案</a></li>
<li><a href="http://jx.people.com.cn/n2/2024/0311/c1.html">我省严厉打击六合彩等赌博违法犯罪</a></li></ul>"""})

case("decoy_back_to_top", "article", 0, {
    "body_end": '<div id="goTop" style="display:none"><a href="#top">返回顶部</a></div>'})

case("decoy_mobile_menu", "home", 1, {
    "head": "<style>.m-nav{display:none}@media (max-width:768px){.m-nav{display:block}}</style>",
    "body_top": '<div class="m-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>'})

case("decoy_wechat_popup", "column", 2, {
    "footer": """<ul class="share-list"><li class="wx"><a href="javascript:;">微信</a><div class="ewm" style="display:none"><img src="/images/wx.jpg" alt="官方微信"></div></li>
<li class="wb"><a href="https://weibo.com/xinfengfabu" target="_blank">微博</a></li></ul>"""})

case("decoy_print_media", "article", 3, {
    "head": "<style>@media print { .noprint{display:none} }</style>",
    "content": '<div class="noprint">相关链接：<a href="http://www.jxnews.com.cn/">中国江西网</a></div>'})

case("decoy_popup_notice", "home", 4, {
    "body_end": """<div class="popup-notice" style="display:none"><a href="/zt/2024cxjmyb/">城乡居民医保缴费指南</a>
<a href="https://www.jxhrss.gov.cn/">江西人社</a><a href="https://ybj.jiangxi.gov.cn/">江西医保</a></div>"""})

case("decoy_hidden_gov_offsite", "column", 5, {
    "footer": '<div style="display:none"><a href="http://www.ganzhou.gov.cn/">赣州市</a><a href="http://www.jx.政务/">江西政务</a><a href="https://bszs.conac.cn/sitename?id=1">党政机关</a></div>'})

case("decoy_template_menu", "home", 6, {
    "after_nav": """<nav class="sub-column" style="display:none"><a href="/zwgk/">政务公开</a><a href="http://www.cpc.people.com.cn/">中国共产党新闻网</a></nav>"""})

case("decoy_scroll_notice", "home", 7, {
    "content": """<div class="notice-scroll"><marquee scrollamount="3" direction="left"><a href="/zwgk/tzgg/202403/t1.html">关于2024年清明节放假安排的通知</a>
<a href="http://www.xinhuanet.com/politics/2024-03/12/c_1.htm">新华网：两会速递</a></marquee></div>"""})

case("decoy_select_links", "article", 8, {
    "footer": """<select onchange="window.open(this.value)"><option>市县网站</option><option value="http://www.ruijin.gov.cn/">瑞金市</option><option value="http://www.example-partner.com/">合作单位</option></select>"""})

case("decoy_details_summary", "column", 9, {
    "sidebar": """<details><summary>更多链接</summary><a href="http://www.cnr.cn/">央广网</a><a href="http://www.gmw.cn/">光明网</a></details>"""})

case("decoy_empty_anchor_hidden_js", "home", 8, {
    "body_end": """<a href="javascript:void(0)" style="display:none" id="btnTop">顶部</a>
<a href="mailto:xfxzfb@163.com" style="display:none">邮箱</a>"""})

case("decoy_noscript_tag_manager", "home", 3, {
    "body_top": """<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7X2Q9" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<noscript><img height="1" width="1" style="display:none" src="https://hm.baidu.com/hm.gif?si=3f2a"></noscript>""",
    "body_end": """<noscript><p>您的浏览器未启用脚本，请访问<a href="/wza/index.html">无障碍版</a>或<a href="http://www.jxnews.com.cn/">中国江西网</a>。</p></noscript>"""})

case("noscript_hidden_spam", "column", 4, {
    "body_end": """<noscript><div style="display:none"><a href="http://www.xpj-yule88.com/">新葡京娱乐</a><a href="http://www.ag-zhenren.net/">AG真人视讯</a></div></noscript>"""},
     [("http://www.xpj-yule88.com/", "veto", "display_none"), ("http://www.ag-zhenren.net/", "veto", "display_none")])

# ------------------------------------------------- older and platform layouts
case("legacy_font_same_color", "legacy", 9, {"footer": '<font color="#EEEEEE"><a href="http://www.bjsc88.net/"><font color="#EEEEEE">北京赛车</font></a></font>'},
     [("http://www.bjsc88.net/", "veto", "same_color")])

case("legacy_style_class", "legacy", 3, {"style": ".gg{display:none}", "sidebar": '<div class="gg"><a href="http://www.ampj-dc.com/">澳门葡京赌场</a><a href="http://www.bc-365.net/">博彩公司</a></div>'},
     [("http://www.ampj-dc.com/", "veto", "display_none"), ("http://www.bc-365.net/", "veto", "display_none")])

case("legacy_script_written_table", "legacy", 5, {"body_end": """<script language="JavaScript">
<!--
document.write("<table width=980 align=center style='display:none'><tr><td>");
document.write("<a href='http://www.hgyl-365.com/'>皇冠娱乐</a> <a href='http://www.lhcyxzt.com/'>一肖中特</a>");
document.write("</td></tr></table>");
//-->
</script>"""},
     [("http://www.hgyl-365.com/", "veto", "script_written"), ("http://www.lhcyxzt.com/", "veto", "script_written")])

case("legacy_marquee_notice_decoy", "legacy", 7, {"content": """<marquee direction="up" scrollamount="2" height="120" onmouseover="this.stop()" onmouseout="this.start()">
<a href="/News_View.asp?NewsID=1899">关于开展2024年度农村危房改造工作的通知</a><br><a href="http://www.cnr.cn/">央广网</a></marquee>"""})

case("legacy_iframe_counter_decoy", "legacy", 1, {"body_end": '<iframe src="/Count.asp?ID=1" width="0" height="0" frameborder="0" scrolling="no"></iframe>'})

case("cluster_mega_menu_decoy", "cluster", 4, {})

case("cluster_utility_hidden", "cluster", 6, {"footer": '<div class="u-hide"><a href="http://www.dafa888.vip/">大发娱乐</a><a href="http://www.tyc-jt.com/">太阳城集团</a></div>'},
     [("http://www.dafa888.vip/", "veto", "display_none"), ("http://www.tyc-jt.com/", "veto", "display_none")])

case("cluster_offscreen_footer_vendor", "cluster", 2, {"style": ".site-footer__seo{position:absolute;left:-2000px}",
     "footer": '<p class="site-footer__seo"><a href="http://www.jz-gongsi.com/">网站建设公司</a></p>'},
     [("http://www.jz-gongsi.com/", "error", "offscreen")])

case("cluster_sr_only_decoy", "cluster", 8, {"style": ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}",
     "body_top": '<a class="sr-only" href="#main-content">跳到主要内容区域</a><span class="sr-only"><a href="https://www.cdpf.org.cn/">中国残联无障碍服务</a></span>'})

case("cluster_injected_article", "cluster", 0, {"content": """<section class="article-body"><p>我县召开2024年安全生产工作会议。</p>
<p style="position:absolute;top:-1200px"><a href="http://www.qpyx-dl.com/">真钱棋牌</a><a href="http://www.jinsha-yl.com/">金沙娱乐</a></p></section>"""},
     [("http://www.qpyx-dl.com/", "veto", "offscreen"), ("http://www.jinsha-yl.com/", "veto", "offscreen")])

case("cluster_json_ld_decoy", "cluster", 3, {"head": """<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","url":"https://www.example-partner.org/","sameAs":["https://weibo.com/xxgov"]}</script>"""})


def write():
    for sub in ("cases", "css", "js"):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)

    manifest = ["# The labelled dark-link corpus; generated by make_corpus.py (see there for the format)."]
    for name, layout, site_index, slots, css, js, dark in CASES:
        site = SITES[site_index]
        fn, path = LAYOUTS[layout]
        html = fn(site, slots)
        file = name + ".html"
        with open(os.path.join(HERE, "cases", file), "w", encoding="utf-8") as f:
            f.write(html)
        manifest.append(f"page\t{file}\thttp://{site[0]}{path}")
        for url, text in css.items():
            css_file = name + ".css"
            with open(os.path.join(HERE, "css", css_file), "w", encoding="utf-8") as f:
                f.write(text)
            absolute = url if url.startswith("http") else f"http://{site[0]}{url}"
            manifest.append(f"css\t{absolute}\t{css_file}")
        for url, text in js.items():
            js_file = name + ".js"
            with open(os.path.join(HERE, "js", js_file), "w", encoding="utf-8") as f:
                f.write(text)
            manifest.append(f"js\thttp://{site[0]}{url}\t{js_file}")
        for target, severity, technique in dark:
            manifest.append(f"dark\t{target}\t{severity}\t{technique}")
    with open(os.path.join(HERE, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")

    print(f"{len(CASES)} cases, {sum(len(c[6]) for c in CASES)} dark links")


if __name__ == "__main__":
    write()
