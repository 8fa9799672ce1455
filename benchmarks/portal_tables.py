"""A generated 2000s district portal: classic ASP, nested tables, <font> tags, windows-1258 declared in a meta tag.

Written as those sites are: no doctype, a Dreamweaver rollover script and a Flash banner in the head, a top
menu of image-bullet links, a marquee of the newest titles, a left menu (categories, about pages, documents),
a right column (notices, a 'Liên kết website' select of the 63 provinces and banner links, the visit counter,
online support), the content in a table nested three deep, unclosed <p> and <font> tags, 'Các tin khác'
under every article. Listings paginate as 'Trang: [1] [2] ... Trang sau >>' (tintuc.asp?CatID=N&page=K);
there is no sitemap, as there was none then.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import codecs
import unicodedata
from functools import cache
from typing import Any

from benchmarks.generated import ABOUT, MINISTRIES, GeneratedSite, province_portals, with_categories
from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category, PortalSpec
from govnews.crawler.demo.templates.base import Response
from govnews.crawler.demo.text import _cp1258_char, esc

CATEGORIES = [
    ("Kinh tế - Nông nghiệp", "3"),
    ("Giáo dục - Y tế", "4"),
    ("Quốc phòng - An ninh", "5"),
    ("Hoạt động Mặt trận và đoàn thể", "6"),
    ("Thông báo", "7"),
]

DREAMWEAVER = """<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}
function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}
function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}
function MM_jumpMenu(targ,selObj,restore){ //v3.0
  eval(targ+".location='"+selObj.options[selObj.selectedIndex].value+"'");
  if (restore) selObj.selectedIndex=0;
}
function openWindow(url, w, h) {
  window.open(url, 'popup', 'width=' + w + ',height=' + h + ',scrollbars=yes,resizable=no,toolbar=no,status=no');
}
var ngay = new Date(); var thu = new Array("Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy");
function hienngay() { document.write(thu[ngay.getDay()] + ", ngày " + ngay.getDate() + "/" + (ngay.getMonth() + 1) + "/" + ngay.getFullYear()); }
//-->
</script>"""

COUNTER = """<script language="JavaScript">
<!--
var sc_project=2874411; var sc_invisible=0; var sc_partition=29; var sc_security="4f8a2c1e";
document.write('<img src="http://c30.statcounter.com/counter.php?sc_project=' + sc_project + '&java=1&security=' + sc_security + '&invisible=' + sc_invisible + '" alt="counter" border="0">');
//-->
</script>"""


def spec_of(spec: PortalSpec) -> PortalSpec:
    return with_categories(spec, CATEGORIES)


@cache
def _cp1258_text(char: str) -> str:
    """What govnews.crawler.demo.text.encode_cp1258 writes for one toned letter, as text the codec can encode."""
    return _cp1258_char(char).decode("cp1258")


def _vietnamese(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    return "".join(_cp1258_text(c) for c in error.object[error.start : error.end]), error.end


codecs.register_error("govnews-bench-cp1258", _vietnamese)


def encode_cp1258(text: str) -> bytes:
    """encode_cp1258 of the fixtures, byte for byte, at the codec's speed (the fixtures' goes letter by letter)."""
    return unicodedata.normalize("NFC", text).encode("cp1258", errors="govnews-bench-cp1258")


class GeneratedTables(GeneratedSite):
    related_count = 10

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.provinces = province_portals()

    def html(self, text: str, status: int = 200) -> Response:
        return Response(status, encode_cp1258(text), "text/html; charset=windows-1258")

    # ---- URL forms --------------------------------------------------------------------------
    def article_path(self, article: CorpusArticle) -> str:
        return f"/chitiet.asp?ID={self.numeric_id(article)}"

    def numeric_id(self, article: CorpusArticle) -> int:
        return 1200 + article.number

    def category_path(self, category: Category, page: int = 1) -> str:
        return f"/tintuc.asp?CatID={category.key}" + (f"&page={page}" if page > 1 else "")

    def link(self, path: str) -> str:
        """Links as the site writes them: relative to the root, often with a raw '&' (browsers never minded)."""
        return path.lstrip("/")

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /admin/\nDisallow: /thongke.asp\nDisallow: /upload/tmp/\n"

    # ---- routes -----------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        home = self.html(self.page(self.spec.name, self.home_body()))
        self.add("/", home)
        self.add("/default.asp", home)
        for category in self.vi_categories():
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, self.listing_body(category, items, number, len(pages)))),
                )
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.page(article.title, self.article_body(article))))
        for i, title in enumerate(ABOUT[:6], start=1):
            paragraphs = "".join(
                f'<p align="justify"><font face="Times New Roman" size="3">{esc(p)}' for p in self.filler(3)
            )
            body = f'<tr><td><font face="Arial" size="3" color="#990000"><b>{esc(title.upper())}</b></font><br>{paragraphs}</td></tr>'
            self.add(f"/gioithieu.asp?ID={i}", self.html(self.page(title, body)))
        rows = "".join(
            f'<tr bgcolor="{"#FFFFFF" if i % 2 else "#F0F4F8"}"><td><font size="2">{d.number}/{d.code}</font></td><td><font size="2">{d.day}</font></td><td><font size="2">{esc(d.title)}</font></td></tr>'
            for i, d in enumerate(self.documents)
        )
        docs = f'<tr><td><font face="Arial" size="3" color="#990000"><b>VĂN BẢN</b></font><table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">{rows}</table></td></tr>'
        self.add("/vanban.asp", self.html(self.page("Văn bản", docs)))
        contact = (
            f'<tr><td><font face="Arial" size="2">{esc(self.spec.address)}<br>{esc(s["footer_phone"])}</font></td></tr>'
        )
        self.add("/lienhe.asp", self.html(self.page("Liên hệ", contact)))
        self.add("/robots.txt", self.text(self.robots()))

    # ---- chrome -----------------------------------------------------------------------------
    def box(self, title: str, rows: str) -> str:
        return (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="26" background="images/box_title.gif">'
            f'&nbsp;<img src="images/icon_box.gif" width="9" height="9"> <font face="Arial" size="2" color="#FFFFFF"><b>{esc(title)}</b></font></td></tr>'
            f'<tr><td bgcolor="#F2F6FA" style="border:1px solid #B5C9DD"><table width="100%" border="0" cellspacing="0" cellpadding="3">{rows}</table></td></tr></table>'
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="6"><img src="images/spacer.gif" width="1" height="6"></td></tr></table>'
        )

    def menu_row(self, text: str, href: str) -> str:
        return (
            f'<tr><td width="14" valign="top"><img src="images/bullet_menu.gif" width="9" height="9" vspace="4"></td>'
            f'<td onmouseover="this.bgColor=\'#DCE6F0\'" onmouseout="this.bgColor=\'\'"><a href="{esc(href)}" class="menu"><font face="Arial" size="2" color="#003366">{esc(text)}</font></a></td></tr>'
            '<tr><td colspan="2" height="1" background="images/line_dot.gif"><img src="images/spacer.gif" width="1" height="1"></td></tr>'
        )

    def left_column(self) -> str:
        cats = "".join(self.menu_row(c.name, self.link(self.category_path(c))) for c in self.vi_categories())
        about = "".join(self.menu_row(t, f"gioithieu.asp?ID={i}") for i, t in enumerate(ABOUT[:6], start=1))
        extra = self.menu_row("Văn bản", "vanban.asp") + self.menu_row("Liên hệ", "lienhe.asp")
        latest = "".join(
            f'<tr><td valign="top"><img src="images/bullet.gif"></td><td><a href="{self.link(self.article_path(a))}"><font face="Arial" size="1" color="#003366">{esc(a.title)}</font></a>'
            for a in self.most_read(8)
        )
        return (
            self.box("CHUYÊN MỤC", cats)
            + self.box("GIỚI THIỆU", about + extra)
            + self.box("TIN ĐỌC NHIỀU", latest)
            + self.box(
                "HỖ TRỢ TRỰC TUYẾN",
                "".join(
                    f'<tr><td align="center"><a href="ymsgr:sendIM?hotro_{name}"><img src="http://opi.yahoo.com/online?u=hotro_{name}&m=g&t=2" border="0" alt="Hỗ trợ {i + 1}"></a><br><font size="1">Hỗ trợ {i + 1}</font></td></tr>'
                    for i, name in enumerate(("kythuat", "noidung"))
                ),
            )
        )

    def right_column(self) -> str:
        notices = "".join(
            f'<a href="{self.link(self.article_path(a))}"><font face="Arial" size="2" color="#990000">{esc(a.title)}</font></a><br><img src="images/line_dot.gif" width="160" height="1"><br>'
            for a in self.latest(5)
        )
        options = "".join(f'<option value="{esc(href)}">{esc(name)}</option>' for name, href in self.provinces)
        banners = "".join(
            f'<tr><td align="center"><a href="{esc(href)}" target="_blank"><img src="images/lk_{i}.gif" width="170" border="0" alt="{esc(name)}"></a></td></tr>'
            for i, (name, href) in enumerate(MINISTRIES[:10])
        )
        ministries = "".join(
            f'<tr><td><img src="images/bullet.gif"> <a href="{esc(href)}" target="_blank"><font size="1">{esc(name)}</font></a></td></tr>'
            for name, href in MINISTRIES[10:]
        )
        return (
            self.box(
                "THÔNG BÁO",
                f'<tr><td><marquee direction="up" scrollamount="1" scrolldelay="50" height="160" onmouseover="this.stop()" onmouseout="this.start()">{notices}</marquee></td></tr>',
            )
            + self.box(
                "LIÊN KẾT WEBSITE",
                f'<tr><td><select name="lienket" style="width:170px;font-size:11px" onChange="MM_jumpMenu(\'parent\',this,0)"><option value="">-- Chọn website --</option>{options}</select></td></tr>{banners}{ministries}',
            )
            + self.box(
                "THỐNG KÊ TRUY CẬP",
                f'<tr><td align="center"><font size="1">Số lượt truy cập:</font><br>{COUNTER}<br><font size="1">Đang online: 12</font></td></tr>',
            )
        )

    def page(self, title: str, main: str) -> str:
        s = self.s
        menu = '<img src="images/menu_sep.gif" width="2" height="28" align="absmiddle">'.join(
            f'<a href="{esc(href)}" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage(\'m{i}\',\'\',\'images/menu_{i}_over.gif\',1)"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{esc(text.upper())}&nbsp;</b></font></a>'
            for i, (text, href) in enumerate(
                [(s["home"], "default.asp")]
                + [(c.name, self.link(self.category_path(c))) for c in self.vi_categories()[:5]]
                + [("Văn bản", "vanban.asp"), ("Liên hệ", "lienhe.asp")]
            )
        )
        ticker = " &nbsp;&nbsp;<img src='images/new.gif'>&nbsp;&nbsp; ".join(
            f'<a href="{self.link(self.article_path(a))}"><font color="#0A4D8C" size="2">{esc(a.title)}</font></a>'
            for a in self.latest(10)
        )
        footer = "<br>".join(esc(line) for line in self.footer_lines())
        return f"""<html>
<head>
<title>{esc(title)} - {esc(self.spec.name)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta http-equiv="Content-Language" content="vi">
<meta name="keywords" content="{esc(self.spec.name)}, tin tuc, huyen, UBND">
<meta name="description" content="{esc(self.spec.name)}">
<link href="css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
<!--
body {{ margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; background-image: url(images/bg.gif); }}
a:link, a:visited {{ text-decoration: none; }}
a:hover {{ text-decoration: underline; color: #CC0000; }}
.menu {{ font-family: Arial; font-size: 12px; color: #003366; }}
.tieude {{ font-family: Arial; font-size: 14px; font-weight: bold; color: #0A4D8C; }}
-->
</style>
{DREAMWEAVER}
</head>
<body onLoad="MM_preloadImages('images/menu_0_over.gif','images/menu_1_over.gif','images/menu_2_over.gif','images/menu_3_over.gif')">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="160"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="1000" height="160">
<param name="movie" value="flash/banner.swf"><param name="quality" value="high"><param name="wmode" value="transparent">
<embed src="flash/banner.swf" quality="high" wmode="transparent" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="1000" height="160"></embed></object></td></tr>
<tr><td height="28" background="images/menu_bg.gif" align="center">{menu}</td></tr>
<tr><td height="24" bgcolor="#E8EEF4"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="170"><font face="Arial" size="1" color="#333333">&nbsp;<script language="JavaScript">hienngay();</script></font></td>
<td width="60"><font face="Arial" size="2" color="#CC0000"><b>Tin mới:</b></font></td>
<td><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></td>
<td width="180" align="right"><form name="timkiem" action="timkiem.asp" method="get" style="margin:0"><input type="text" name="tukhoa" size="14" style="font-size:11px"><input type="submit" value="Tìm" style="font-size:11px"></form></td>
</tr></table></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="190" valign="top" bgcolor="#F7F9FB">{self.left_column()}</td>
<td width="6"><img src="images/spacer.gif" width="6" height="1"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
{main}
</table>
</td></tr></table>
</td>
<td width="6"><img src="images/spacer.gif" width="6" height="1"></td>
<td width="190" valign="top" bgcolor="#F7F9FB">{self.right_column()}</td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="#0A4D8C">
<tr><td align="center"><font face="Arial" size="1" color="#FFFFFF">{footer}<br>Thiết kế: Trung tâm Tin học - Sở Thông tin và Truyền thông. Website tối ưu ở độ phân giải 1024x768, trình duyệt Internet Explorer 6.0<br>
<a href="admin/login.asp"><font color="#FFFFFF">{esc(s["admin"])}</font></a></font></td></tr>
</table>
</td></tr>
</table>
</body>
</html>"""

    # ---- bodies -----------------------------------------------------------------------------
    def row(self, article: CorpusArticle) -> str:
        link = self.link(self.article_path(article))
        return f"""<tr><td valign="top" width="110"><a href="{link}"><img src="upload/news/{self.numeric_id(article)}.jpg" width="100" height="75" border="1" style="border-color:#CCCCCC"></a></td>
<td valign="top"><a href="{link}"><font face="Arial" size="2" color="#0A4D8C"><b>{esc(article.title)}</b></font></a> <font size="1" color="#808080">({self.when[article.id].dmy()})</font>
<p align="justify"><font face="Arial" size="2">{esc(self.teaser(article, 240))}</font>
</td></tr>
<tr><td colspan="2" height="1" background="images/line_dot.gif"><img src="images/spacer.gif" width="1" height="1"></td></tr>"""

    def home_body(self) -> str:
        s = self.s
        hot = "".join(self.row(a) for a in self.featured(4))
        blocks = "".join(
            f'<tr><td colspan="2" bgcolor="#DCE6F0" height="24"><img src="images/icon_cat.gif"> <a href="{self.link(self.category_path(c))}"><font face="Arial" size="2" color="#0A4D8C"><b>{esc(c.name.upper())}</b></font></a></td></tr>'
            + "".join(self.row(a) for a in self.listing(c.slug)[:3])
            for c in self.vi_categories()
        )
        return f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td colspan="2" bgcolor="#DCE6F0"><font face="Arial" size="2" color="#CC0000"><b>{esc(s["featured"].upper())}</b></font></td></tr>{hot}{blocks}</table></td></tr>'

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        rows = "".join(self.row(a) for a in items)
        numbers = " ".join(
            f'<font color="#CC0000"><b>{n}</b></font>'
            if n == page
            else f'<a href="{self.link(self.category_path(category, n))}">[{n}]</a>'
            for n in range(max(1, page - 5), min(pages, page + 5) + 1)
        )
        more = (
            f' <a href="{self.link(self.category_path(category, page + 1))}">{esc(self.s["next_page"])} &gt;&gt;</a>'
            if page < pages
            else ""
        )
        return (
            f'<tr><td><font face="Arial" size="2"><a href="default.asp">{esc(self.s["home"])}</a> &gt;&gt; <b>{esc(category.name)}</b></font></td></tr>'
            f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="3">{rows}</table></td></tr>'
            f'<tr><td align="center"><font face="Arial" size="2">Trang: {numbers}{more}</font></td></tr>'
        )

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        when = self.when[article.id]
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        author = f" - Người viết: <b>{esc(byline)}</b>" if byline else ""
        lead = (
            f'<p align="justify"><font face="Arial" size="2"><b>{esc(article.lead)}</b></font>' if article.lead else ""
        )
        body = "\n".join(
            f'<p align="justify"><font face="Times New Roman" size="3">{esc(p)}' for p in article.paragraphs
        )
        others = "".join(
            f'<tr><td width="12" valign="top"><img src="images/bullet.gif" vspace="3"></td><td><a href="{self.link(self.article_path(a))}"><font face="Arial" size="2" color="#003366">{esc(a.title)}</font></a> <font size="1" color="#808080">({self.when[a.id].dmy()})</font></td></tr>'
            for a in self.related(article)
        )
        signature = (
            f'<p align="right"><font face="Arial" size="2"><b>{esc(article.author)}</b></font>'
            if article.author_style == "signature" and article.author
            else ""
        )
        label = (
            f'<p align="right"><font face="Arial" size="2"><i>{esc(s["author_label"])} {esc(article.author)}</i></font>'
            if article.author_style == "label" and article.author
            else ""
        )
        return f"""<tr><td><font face="Arial" size="2"><a href="default.asp">{esc(s["home"])}</a> &gt;&gt; <a href="{self.link(self.category_path(category))}">{esc(category.name)}</a></font></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>
<font face="Arial" size="4" color="#990000"><b>{esc(article.title)}</b></font><br>
<font face="Arial" size="1" color="#808080">Cập nhật lúc {when.hm() or "00:00"} ngày {when.dmy()}{author} - {esc(s["views"])}: {self.views(article)}</font>
<hr size="1" color="#CCCCCC" noshade>
{lead}
<table align="center" border="0" cellpadding="2"><tr><td align="center"><img src="upload/news/{self.numeric_id(article)}_large.jpg" width="400" border="0"></td></tr><tr><td align="center"><font face="Arial" size="1"><i>Ảnh minh họa</i></font></td></tr></table>
{body}
{signature}
{label}
</td></tr></table>
</td></tr>
<tr><td align="right"><font size="1"><a href="javascript:openWindow('inbai.asp?ID={self.numeric_id(article)}', 640, 480)"><img src="images/print.gif" border="0" align="absmiddle"> {esc(s["print"])}</a> | <a href="mailto:?subject=tin%20bai&body={esc(self.url(self.article_path(article)))}"><img src="images/email.gif" border="0" align="absmiddle"> {esc(s["email"])}</a> | <a href="javascript:history.back()">{esc(s["back"])}</a> | <a href="#top">{esc(s["top"])}</a></font></td></tr>
<tr><td><font face="Arial" size="2" color="#CC0000"><b>{esc(s["other_news_long"])}:</b></font><table width="100%" border="0" cellspacing="0" cellpadding="2">{others}</table></td></tr>"""


Generated = GeneratedTables
