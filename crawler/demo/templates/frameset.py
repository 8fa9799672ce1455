"""An old district website of the mid-2000s that was never rebuilt (UBND huyện Đức Thọ, Hà Tĩnh).

Built in 2006 by a provincial software shop: PHP 5.2 + MySQL on a Windows/IIS server of the district, a <frameset>
home page (top banner frame, left menu frame, main frame), FrontPage-made static .htm pages and one index.php
that switches on ``mod``/``act``. Its history is in its bytes:

- 2006-2008 the site was typed in TCVN3 (ABC): editors pasted from Word documents set in .VnTime, so the bodies of
  those items are TCVN3 letters inside <font face=".VnTime"> (capital toned letters in .VnTimeH); the 2008 ones
  went through FCKeditor 2, which wrote every Latin-1 letter as a named entity ('nh&copy;n d&copy;n').
- 2009 the province required Unicode: the PHP config started sending 'charset=utf-8' in the HTTP header, titles of
  the old items were run through a converter, bodies were left as they were; the template's meta tag still says
  iso-8859-1. The static frames and 'Giới thiệu' pages stayed windows-1258 (FrontPage's choice), declared in their
  meta tag only.
- PHP's session.use_trans_sid is on: every relative link of a PHP page carries PHPSESSID, new in every response.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import secrets
import unicodedata
from datetime import date
from html import escape
from html.entities import codepoint2name

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import _tcvn3_bytes, encode_cp1258, esc
from .base import Response, Template

SID = "@@PHPSESSID@@"  # replaced in every response body (trans-sid links)
COOKIE = "8c1f0d6be2a94e57b3d0c6a1f27e9b44"  # the header is not personalised: one session for everyone
SITE_TITLE = "Website huyện Đức Thọ - tỉnh Hà Tĩnh"
PAGE_SIZE = 3  # 'LIMIT 3' on every listing
UNICODE_FROM = "2009-01-01"  # items before this are TCVN3
FCK_FROM = "2008-01-01"  # FCKeditor 2 (named entities) from 2008
WORD_UNTIL = "2013-12-31"  # Word paste (MsoNormal) until the CKEditor upgrade of 2014
DELETED_ID = 1877  # the home 'Thông báo' box still links a removed item
PAGER = {  # how each category's listing pages: numbered, prev/next only, or a <select> jump menu
    "tin-tuc": "numbers",
    "van-hoa-xa-hoi": "numbers",
    "doan-the": "select",
    "vstbpn": "prevnext",
    "thong-bao": "prevnext",
}
ABOUT = (
    (
        "tongquan.htm",
        "Tổng quan về huyện Đức Thọ",
        (
            "Đức Thọ là huyện đồng bằng nằm ở phía Tây Bắc tỉnh Hà Tĩnh, phía Bắc giáp tỉnh Nghệ An, phía Nam giáp huyện Hương Sơn và Vũ Quang, phía Đông giáp huyện Can Lộc và thị xã Hồng Lĩnh. Diện tích tự nhiên hơn 20.200 ha, dân số khoảng 110.000 người.",
            "Huyện có truyền thống văn hóa, hiếu học, là quê hương của cố Tổng Bí thư Trần Phú và nhiều danh nhân văn hóa. Nhân dân Đức Thọ cần cù, sáng tạo, đoàn kết xây dựng quê hương ngày càng giàu đẹp.",
        ),
    ),
    (
        "lichsu.htm",
        "Lịch sử hình thành",
        (
            "Vùng đất Đức Thọ xưa thuộc phủ Đức Quang, trấn Nghệ An. Năm 1822, huyện La Sơn được thành lập; đến năm 1915 đổi tên thành huyện Đức Thọ.",
            "Trải qua các cuộc kháng chiến, Đức Thọ là hậu phương vững chắc, được Nhà nước tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
        ),
    ),
    (
        "coquan.htm",
        "Các cơ quan, ban ngành",
        (
            "Văn phòng HĐND và UBND huyện; Phòng Nội vụ; Phòng Tài chính - Kế hoạch; Phòng Lao động - Thương binh và Xã hội; Phòng Văn hóa và Thông tin; Phòng Giáo dục và Đào tạo; Phòng Tài nguyên và Môi trường; Phòng Nông nghiệp và Phát triển nông thôn; Phòng Tư pháp; Thanh tra huyện; Phòng Y tế; Phòng Kinh tế - Hạ tầng.",
        ),
    ),
)
LINKS = (
    ("Cổng thông tin điện tử Chính phủ", "http://www.chinhphu.vn"),
    ("Cổng thông tin điện tử tỉnh Hà Tĩnh", "http://www.hatinh.gov.vn"),
    ("Báo Hà Tĩnh", "http://www.baohatinh.vn"),
    ("Hội LHPN Việt Nam", "http://www.hoilhpn.org.vn"),
)
GUESTBOOK = (
    (
        "Nguyễn Văn Hùng",
        "hungnv_dt@yahoo.com",
        "12/02/2008 21:14",
        "Chúc mừng website huyện nhà! Mong trang web cập nhật nhiều tin hơn về các xã.",
    ),
    ("Lê Thị Hoa", "", "03/09/2009 08:40", "Cho em hỏi thủ tục xin xác nhận hộ nghèo ở xã Đức Lạng làm ở đâu ạ?"),
    (
        "Trần Minh",
        "minhtran80@gmail.com",
        "27/11/2011 19:02",
        "Là người con xa quê ở TP.HCM, đọc tin quê nhà thấy rất xúc động. Cảm ơn Ban biên tập.",
    ),
    (
        "Phan Thị Thu",
        "",
        "08/03/2013 10:25",
        "Nhân ngày 8/3 kính chúc các chị em phụ nữ Đức Thọ luôn mạnh khỏe, hạnh phúc!",
    ),
    ("khách", "", "15/06/2016 22:51", "Trang web chậm quá, nhiều mục không vào được."),
    ("Hoàng Anh", "anhhv@hatinh.gov.vn", "02/10/2019 14:33", "Đề nghị cập nhật lịch tiếp công dân năm 2019."),
)
GUESTBOOK_PAGE = 3


def tcvn3(text: str, entities: bool) -> str:
    """A paragraph as it sits in the 2006-2008 records: TCVN3 letters as the Latin-1 characters the bytes are
    (read through <font face=".VnTime">), a capital toned letter the font lacks in its own .VnTimeH span, and,
    from FCKeditor, every non-ASCII Latin-1 character as its named entity."""
    lower, upper = _tcvn3_bytes(False), _tcvn3_bytes(True)
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char.isascii():
            out.append(escape(char, quote=False))
            continue
        if char in lower:
            letter, heading = chr(lower[char]), False
        elif char in upper:
            letter, heading = chr(upper[char]), True
        else:
            letter, heading = "?", False
        if entities and ord(letter) in codepoint2name:
            letter = f"&{codepoint2name[ord(letter)]};"
        out.append(f'<font face=".VnTimeH">{letter}</font>' if heading else letter)
    return "".join(out)


class FrameSite(Template):
    """ductho.hatinh.gov.vn as it still was: /, top.htm, menu.htm, index.php?mod=..., in.php, gioithieu/*.htm."""

    ignored_params = ("PHPSESSID",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # MySQL auto_increment ids: growing with time, with gaps where items were deleted or never published.
        self.ids: dict[str, int] = {}
        start, last = date(2006, 6, 1), self.spec.article_id_base
        for article in sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id)):
            days = (self.when[article.id].at.date() - start).days
            last = max(last + 1 + article.number % 4, self.spec.article_id_base + days // 3)
            self.ids[article.id] = last
        self.by_id = {self.ids[a.id]: a for a in self.articles}
        self.by_key = {c.key: c for c in self.spec.categories}

    # ---- URLs -------------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """IIS: 'Index.php' and 'index.php' are one file."""
        key = super().route_key(path_qs)
        path, sep, query = key.partition("?")
        return path.lower() + sep + query

    def article_path(self, article: CorpusArticle) -> str:
        return f"/index.php?mod=news&act=detail&id={self.ids[article.id]}"

    def sid(self, href: str) -> str:
        """What session.use_trans_sid does to a relative link of a PHP page."""
        base, hash_, fragment = href.partition("#")
        joiner = "&amp;" if "?" in base else "?"
        return f"{base}{joiner}PHPSESSID={SID}{hash_}{fragment}"

    def detail_href(self, article: CorpusArticle) -> str:
        return self.sid(f"index.php?mod=news&amp;act=detail&amp;id={self.ids[article.id]}")

    def list_href(self, category: Category, page: int = 1, session: bool = True) -> str:
        href = f"index.php?mod=news&amp;act=list&amp;cat={category.key}" + (f"&amp;page={page}" if page > 1 else "")
        return self.sid(href) if session else href

    def robots(self) -> str:
        # Written on Windows in 2006: a BOM, CRLF line ends, and a path the site no longer has.
        return "\ufeff# robots.txt - website huyen Duc Tho\r\nUser-Agent: *\r\nDisallow: /admin/\r\nDisallow: /guestbook/sign.php\r\nDisallow: /cgi-bin/\r\n\r\n"

    def personalize(self, body: bytes) -> bytes:
        return body.replace(SID.encode("ascii"), secrets.token_hex(16).encode("ascii"))

    # ---- responses --------------------------------------------------------------------------
    def php(self, text: str, status: int = 200, header_charset: bool = True) -> Response:
        """index.php: UTF-8 bytes; the config include sends the charset, the template's meta says iso-8859-1."""
        body = text.encode("utf-8")
        content_type = "text/html; charset=utf-8" if header_charset else "text/html"
        return Response(
            status,
            body,
            content_type,
            {
                "X-Powered-By": "PHP/5.2.17",
                "Set-Cookie": f"PHPSESSID={COOKIE}; path=/",
                "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
                "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
                "Pragma": "no-cache",
            },
        )

    def static(self, text: str) -> Response:
        """A FrontPage .htm file: windows-1258 bytes, IIS sends no charset."""
        return Response(
            200,
            encode_cp1258(text),
            "text/html",
            {"Last-Modified": "Tue, 14 Nov 2006 02:31:18 GMT", "ETag": '"0a4e2b1f7c7c71:0"'},
        )

    def not_found(self) -> Response:
        body = (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\n'
            '<title>404 - File or directory not found.</title>\n</head>\n<body>\n<div id="header"><h1>Server Error</h1></div>\n'
            '<div id="content">\n <div class="content-container"><fieldset>\n  <h2>404 - File or directory not found.</h2>\n'
            "  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\n"
            " </fieldset></div>\n</div>\n</body>\n</html>\n"
        )
        return Response(404, body.encode("ascii"), "text/html")

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        frameset = self.php(self.frameset())
        self.add("/", frameset)
        self.add("/index.php", frameset)
        self.add("/top.htm", self.static(self.top_frame()))
        self.add("/menu.htm", self.static(self.menu_frame()))
        self.add("/index.php?mod=home", self.php(self.main_page("Trang chủ", self.home_main())))
        for category in self.spec.categories:
            pages = self.pages_of(category)
            for number in range(1, len(pages) + 1):
                page = self.php(self.main_page(category.name, self.listing_main(category, number, pages)))
                self.add(f"/index.php?mod=news&act=list&cat={category.key}&page={number}", page)
                if number == 1:
                    self.add(f"/index.php?mod=news&act=list&cat={category.key}", page)
        for year in self.years():
            self.add(
                f"/index.php?mod=news&act=archive&year={year}",
                self.php(self.main_page(f"Tin năm {year}", self.archive_main(year))),
            )
        for article in self.articles:
            self.add(self.article_path(article), self.php(self.main_page(article.title, self.article_main(article))))
            self.add(f"/in.php?id={self.ids[article.id]}", self.php(self.print_page(article), header_charset=False))
        for name, title, paragraphs in ABOUT:
            self.add(f"/gioithieu/{name}", self.static(self.about_page(title, paragraphs)))
        for number in range(1, self.guestbook_pages() + 1):
            gb = self.php(self.guestbook(number), header_charset=False)
            self.add(f"/guestbook/index.php?page={number}", gb)
            if number == 1:
                self.add("/guestbook/index.php", gb)
                self.add("/guestbook/", gb)
        self.add("/index.php?mod=contact", self.php(self.main_page("Liên hệ", self.contact_main())))
        self.add("/admin/", self.php(self.login_page()))
        self.add("/admin/index.php", self.php(self.login_page()))
        self.add("/robots.txt", self.text(self.robots()))

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """index.php with queries nobody linked: extra parameters, unknown ids, pages past the end, unknown mods."""
        path = path.lower()
        values = {k: v for k, v in params if k != "PHPSESSID"}
        if path in ("/in.php",):
            article = self.by_id.get(int(values["id"])) if values.get("id", "").isdigit() else None
            if article is None:
                return self.php("<html><body><b>Không tìm thấy tin!</b></body></html>", header_charset=False)
            return self.php(self.print_page(article), header_charset=False)
        if path not in ("/", "/index.php"):
            return None
        mod, act = values.get("mod"), values.get("act")
        if not mod:
            return self.php(self.frameset())
        if mod == "news" and act == "detail":
            article = self.by_id.get(int(values["id"])) if values.get("id", "").isdigit() else None
            if article is None:
                return self.php(self.main_page("Thông báo", self.missing_main()))
            return self.php(self.main_page(article.title, self.article_main(article)))
        if mod == "news" and act == "list" and values.get("cat") in self.by_key:
            category = self.by_key[values["cat"]]
            pages = self.pages_of(category)
            page = int(values["page"]) if values.get("page", "").isdigit() else 1
            return self.php(self.main_page(category.name, self.listing_main(category, max(page, 1), pages)))
        # switch($mod) { ... default: include 'home.php'; }
        return self.php(self.main_page("Trang chủ", self.home_main()))

    # ---- content plan -----------------------------------------------------------------------
    def in_category(self, category: Category) -> list[CorpusArticle]:
        """'SELECT * FROM tbl_news WHERE cat_id=N ORDER BY id DESC': one category an item."""
        return self.listed(category.slug)

    def pages_of(self, category: Category) -> list[list[CorpusArticle]]:
        items = self.in_category(category)
        return [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]

    def years(self) -> list[int]:
        return sorted({self.when[a.id].at.year for a in self.listed()}, reverse=True)

    def era(self, article: CorpusArticle) -> str:
        day = article.published[:10]
        if day < FCK_FROM:
            return "tcvn3"
        if day < UNICODE_FROM:
            return "tcvn3-fck"
        if day <= WORD_UNTIL:
            return "word"
        return "ckeditor"

    def date_in_title(self, article: CorpusArticle) -> bool:
        """'Thông báo' items carry their date in the title only (the form's date field was left empty)."""
        return article.category == "thong-bao"

    def dmy(self, article: CorpusArticle) -> str:
        return self.when[article.id].dmy()

    def list_date(self, article: CorpusArticle) -> str:
        """Listings show a date except for the TCVN3-era items (no date column then) and 'Thông báo'."""
        if self.era(article).startswith("tcvn3") or self.date_in_title(article):
            return ""
        return f' <font color="#888888" size="1">({self.dmy(article)})</font>'

    def scanned(self, article: CorpusArticle) -> bool:
        """Items whose body is mostly a scanned page of the document, with a few lines of text above it."""
        return (
            bool(article.documents) and len(article.paragraphs) <= 2 and self.era(article) not in ("tcvn3", "tcvn3-fck")
        )

    def neighbours(self, article: CorpusArticle) -> tuple[list[CorpusArticle], list[CorpusArticle]]:
        pool = self.in_category(self.spec.category(article.category))
        i = pool.index(article)
        return pool[max(0, i - 4) : i], pool[i + 1 : i + 5]

    # ---- frames -----------------------------------------------------------------------------
    def frameset(self) -> str:
        # The builder's search-engine advice of the time: the menu's news sections again, as plain links.
        noframes = " | ".join(f'<a href="{self.list_href(c)}">{esc(c.name)}</a>' for c in self.spec.categories)
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{esc(SITE_TITLE)}</title>
<meta name="keywords" content="Duc Tho, Ha Tinh, huyen Duc Tho, UBND huyen Duc Tho">
</head>
<frameset rows="142,*" frameborder="NO" border="0" framespacing="0">
  <frame src="{self.sid("top.htm")}" name="topFrame" scrolling="NO" noresize>
  <frameset cols="196,*" frameborder="NO" border="0" framespacing="0">
    <frame src="{self.sid("menu.htm")}" name="leftFrame" scrolling="auto" noresize>
    <frame src="{self.sid("index.php?mod=home")}" name="mainFrame">
  </frameset>
</frameset>
<noframes><body bgcolor="#FFFFFF">
<p>Trình duyệt của bạn không hỗ trợ khung (frame). Vui lòng sử dụng Internet Explorer 5.0 trở lên.</p>
<p>{noframes}</p>
<p>Cơ quan chủ quản: {esc(self.spec.owner)}. {esc(self.spec.license)}</p>
</body></noframes>
</html>
"""

    def top_frame(self) -> str:
        return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>top</title>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#B7D3F0">
<table border="0" width="100%" cellspacing="0" cellpadding="0" background="images/bg_top.jpg">
<tr><td width="780" height="120"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=6,0,29,0" width="780" height="120">
<param name="movie" value="images/banner.swf"><param name="quality" value="high"><param name="wmode" value="transparent">
<embed src="images/banner.swf" quality="high" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="780" height="120" wmode="transparent"></embed></object></td>
<td><img src="images/spacer.gif" width="1" height="120"></td></tr>
<tr><td colspan="2" bgcolor="#0B4EA2" height="22"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font face="Arial" size="2" color="#FFFF00"><b>Chào mừng quý vị đến với Website của Uỷ ban nhân dân huyện Đức Thọ - tỉnh Hà Tĩnh</b></font></marquee></td></tr>
</table>
</body>
</html>
"""

    def menu_frame(self) -> str:
        def item(href: str, label: str, target: str = "mainFrame") -> str:
            return f'<tr><td height="24" background="images/menu_bg.gif"><img src="images/spacer.gif" width="8" height="1"><img src="images/arrow.gif" width="5" height="7"> <a href="{href}" target="{target}" class="menu"><font face="Arial" size="2" color="#003399"><b>{esc(label)}</b></font></a></td></tr>\n'

        rows = item("index.php?mod=home", "Trang chủ")
        rows += '<tr><td bgcolor="#0B4EA2" height="22"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;GIỚI THIỆU</b></font></td></tr>\n'
        rows += "".join(item(f"gioithieu/{name}", title) for name, title, _ in ABOUT)
        rows += '<tr><td bgcolor="#0B4EA2" height="22"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;TIN TỨC</b></font></td></tr>\n'
        rows += "".join(item(self.list_href(c, session=False), c.name) for c in self.spec.categories)
        rows += '<tr><td bgcolor="#0B4EA2" height="22"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;TIỆN ÍCH</b></font></td></tr>\n'
        rows += item("vanban/index.php", "Văn bản pháp quy")  # removed in 2015: IIS 404
        rows += item("upload/lichcongtac.doc", "Lịch công tác tuần")  # likewise
        rows += item("guestbook/index.php", "Sổ lưu bút")
        rows += item("index.php?mod=contact", "Liên hệ")
        links = "".join(f'<option value="{esc(url)}">{esc(name)}</option>' for name, url in LINKS)
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>menu</title>
<base target="mainFrame">
<style>a.menu {{ text-decoration: none }}</style>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E3EEF9">
<table border="0" width="190" cellspacing="0" cellpadding="0">
{rows}<tr><td><img src="images/spacer.gif" width="1" height="10"></td></tr>
<tr><td align="center"><font face="Arial" size="2"><b>Liên kết website</b></font><br>
<select name="lienket" style="width:170px" onchange="if(this.value!='') window.open(this.value,'_blank');"><option value="">-- Chọn liên kết --</option>{links}</select></td></tr>
<tr><td><img src="images/spacer.gif" width="1" height="10"></td></tr>
<tr><td align="center"><font face="Arial" size="2"><b>Số lượt truy cập</b></font><br><img src="counter/digits.php?id=ductho" alt="0248713" border="0"><br><font face="Arial" size="1">Đang trực tuyến: 7</font></td></tr>
<tr><td align="center"><img src="images/spacer.gif" width="1" height="20"><br><a href="admin/" target="_top"><font face="Arial" size="1" color="#999999">Quản trị</font></a></td></tr>
</table>
</body>
</html>
"""

    def about_page(self, title: str, paragraphs: tuple[str, ...]) -> str:
        body = "\n".join(
            f'<p align="justify"><font face="Times New Roman" size="3">{esc(p)}</font></p>' for p in paragraphs
        )
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>{esc(title)}</title>
</head>
<body bgcolor="#FFFFFF">
<table border="0" width="96%" cellspacing="0" cellpadding="4" align="center">
<tr><td><font face="Arial" size="3" color="#0B4EA2"><b>{esc(title.upper())}</b></font><hr size="1" color="#0B4EA2"></td></tr>
<tr><td>{body}</td></tr>
<tr><td align="right"><a href="../index.php?mod=home"><font face="Arial" size="1">Trang chủ</font></a></td></tr>
</table>
</body>
</html>
"""

    # ---- the main frame ---------------------------------------------------------------------
    def main_page(self, title: str, inner: str) -> str:
        """Every index.php page: the meta tag from the 2006 template, a date line, the content, the footer."""
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{esc(SITE_TITLE)}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/function.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">
<a name="top"></a>
<table border="0" width="98%" cellspacing="0" cellpadding="0" align="center">
<tr><td height="20" align="right"><font face="Arial" size="1" color="#666666"><script>document.write(ngayhientai());</script></font></td></tr>
<tr><td valign="top">
{inner}
</td></tr>
<tr><td><img src="images/spacer.gif" width="1" height="12"></td></tr>
<tr><td bgcolor="#0B4EA2" align="center" height="52"><font face="Arial" size="1" color="#FFFFFF">
Cơ quan chủ quản: {esc(self.spec.owner)}<br>
{esc(self.spec.license)}<br>
Địa chỉ: {esc(self.spec.address)} - ĐT: (039) 3831 226 - Fax: (039) 3831 472<br>
Ghi rõ nguồn "Website huyện Đức Thọ" khi phát hành lại thông tin từ website này.</font></td></tr>
</table>
</body>
</html>
"""

    def box(self, title: str, inner: str, more: str = "") -> str:
        return f"""<table border="0" width="100%" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#D6E6F7" background="images/box_title.gif" height="24"><img src="images/icon_box.gif" width="12" height="12"> <font face="Arial" size="2" color="#0B4EA2"><b>{esc(title.upper())}</b></font></td></tr>
<tr><td>{inner}</td></tr>{more}
</table>
<img src="images/spacer.gif" width="1" height="8"><br>
"""

    def title_rows(self, items: list[CorpusArticle]) -> str:
        return "".join(
            f'<img src="images/bullet.gif" width="7" height="7"> <a href="{self.detail_href(a)}"><font face="Arial" size="2">{esc(a.title)}</font></a>{self.list_date(a)}<br>\n'
            for a in items
        )

    def home_main(self) -> str:
        listed = self.listed()
        marquee = " &nbsp;&nbsp;***&nbsp;&nbsp; ".join(
            f'<a href="{self.detail_href(a)}"><font color="#CC0000">{esc(a.title)}</font></a>' for a in listed[:5]
        )
        top = listed[0]
        html = f"""<table border="0" width="100%" cellspacing="0" cellpadding="2"><tr><td bgcolor="#FFFFE0"><marquee scrollamount="2" scrolldelay="60" onmouseover="this.stop()" onmouseout="this.start()"><font face="Arial" size="2"><b>TIN MỚI:</b> {marquee}</font></marquee></td></tr></table>
<img src="images/spacer.gif" width="1" height="8"><br>
"""
        html += self.box(
            "Tin nổi bật",
            f'<a href="{self.detail_href(top)}"><img src="upload/news/{self.ids[top.id]}_s.jpg" width="120" height="90" align="left" hspace="6" border="1"></a>'
            f'<a href="{self.detail_href(top)}"><font face="Arial" size="3" color="#0B4EA2"><b>{esc(top.title)}</b></font></a><br>'
            f'<font face="Arial" size="2">{esc(self.teaser(top, 240))}</font><br clear="all">',
        )
        order = sorted(self.spec.categories, key=lambda c: c.slug != self.spec.main_category)
        for category in order:
            items = self.in_category(category)[:3]
            more = f'<tr><td align="right"><a href="{self.list_href(category)}"><font face="Arial" size="1" color="#CC0000">Xem tiếp &gt;&gt;</font></a></td></tr>'
            html += self.box(category.name, self.title_rows(items) or "Chưa có tin.", more)
        notices = f'<img src="images/new.gif" width="28" height="11"> <a href="{self.sid(f"index.php?mod=news&amp;act=detail&amp;id={DELETED_ID}")}"><font face="Arial" size="2">Thông báo kết quả xét tuyển công chức cấp xã năm 2019</font></a><br>\n'
        html += self.box("Thông báo mới", notices)
        years = "".join(
            f'<option value="{self.sid(f"index.php?mod=news&amp;act=archive&amp;year={y}")}">Năm {y}</option>'
            for y in self.years()
        )
        html += self.box(
            "Tin đã đăng",
            '<form name="frmLuuTru"><font face="Arial" size="2">Xem tin theo năm: </font>'
            f'<select name="nam" onchange="if(this.value!=\'\') window.location=this.value;"><option value="">-- Chọn năm --</option>{years}</select></form>',
        )
        return html

    def archive_main(self, year: int) -> str:
        items = [a for a in self.listed() if self.when[a.id].at.year == year]
        return self.box(f"Tin đã đăng năm {year}", self.title_rows(items) or "Không có tin.")

    def listing_main(self, category: Category, page: int, pages: list[list[CorpusArticle]]) -> str:
        items = pages[page - 1] if page <= len(pages) else []
        rows = ""
        for a in items:
            rows += f"""<tr><td valign="top" width="110"><a href="{self.detail_href(a)}"><img src="upload/news/{self.ids[a.id]}_s.jpg" width="100" height="75" border="1"></a></td>
<td valign="top"><a href="{self.detail_href(a)}"><font face="Arial" size="2" color="#0B4EA2"><b>{esc(a.title)}</b></font></a>{self.list_date(a)}<br>
<font face="Arial" size="2">{esc(self.teaser(a, 200)) if not self.era(a).startswith("tcvn3") else ""}</font></td></tr>
<tr><td colspan="2"><img src="images/line.gif" width="100%" height="1"></td></tr>
"""
        if not items:
            rows = '<tr><td colspan="2"><font face="Arial" size="2">Chưa có tin trong mục này.</font></td></tr>\n'
        style = PAGER.get(category.slug, "numbers")
        count = len(pages)
        if style == "numbers":
            numbers = " ".join(
                f'<b><font color="#CC0000">[{n}]</font></b>'
                if n == page
                else f'<a href="{self.list_href(category, n)}">{n}</a>'
                for n in range(1, count + 1)
            )
            following = (
                f' <a href="{self.list_href(category, page + 1)}">Trang sau &gt;&gt;</a>' if page < count else ""
            )
            pager = f'<font face="Arial" size="2">Trang: {numbers}{following}</font>'
        elif style == "prevnext":
            links = []
            if 1 < page <= count + 1:
                links.append(f'<a href="{self.list_href(category, page - 1)}">&lt;&lt; Trang trước</a>')
            if page < count:
                links.append(f'<a href="{self.list_href(category, page + 1)}">Trang sau &gt;&gt;</a>')
            pager = f'<font face="Arial" size="2">{" | ".join(links)}</font>'
        else:
            options = "".join(
                f'<option value="{self.list_href(category, n)}"{" selected" if n == page else ""}>Trang {n}/{count}</option>'
                for n in range(1, count + 1)
            )
            pager = f'<font face="Arial" size="2">Chuyển trang: </font><select name="trang" onchange="window.location=this.options[this.selectedIndex].value;">{options}</select>'
        return (
            f'<font face="Arial" size="2"><a href="{self.sid("index.php?mod=home")}">Trang chủ</a> &gt;&gt; <b>{esc(category.name)}</b></font><br><img src="images/spacer.gif" width="1" height="6"><br>\n'
            f'<table border="0" width="100%" cellspacing="0" cellpadding="4">\n{rows}</table>\n'
            f'<table border="0" width="100%"><tr><td align="center">{pager}</td></tr></table>\n'
        )

    def body_html(self, article: CorpusArticle) -> str:
        """The content cell as the record holds it, era by era."""
        era = self.era(article)
        blocks = []
        if era.startswith("tcvn3"):
            entities = era == "tcvn3-fck"
            parts = [(True, article.lead)] if article.lead else []
            for is_lead, text in parts + [(False, p) for p in article.paragraphs]:
                inner = tcvn3(text, entities)
                if is_lead:
                    inner = f"<b>{inner}</b>"
                blocks.append(f'<p align="justify"><font face=".VnTime" size="3">{inner}</font></p>')
            if article.author and article.author_style != "none":
                blocks.append(
                    f'<p align="right"><font face=".VnTime" size="3"><b><i>{tcvn3(article.author, entities)}</i></b></font></p>'
                )
            return "\n".join(blocks)
        if era == "word":
            span = '<span style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
            if article.lead:
                blocks.append(
                    f'<p class="MsoNormal" style="text-align:justify;text-indent:.5in"><b>{span}{esc(article.lead)}<o:p></o:p></span></b></p>'
                )
            for text in article.paragraphs:
                blocks.append(
                    f'<p class="MsoNormal" style="text-align:justify;text-indent:.5in">{span}{esc(text)}<o:p></o:p></span></p>'
                )
        else:
            if article.lead:
                blocks.append(f'<p style="text-align: justify;"><strong>{esc(article.lead)}</strong></p>')
            for text in article.paragraphs:
                blocks.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {esc(text)}</p>')
        if self.scanned(article):
            document = article.documents[0]
            for page in (1, 2):
                blocks.append(
                    f'<p align="center"><img src="upload/news/{self.when[article.id].at.year}/{self.ids[article.id]}_{page}.jpg" width="520" border="0" alt=""></p>'
                )
            blocks.append(
                f'<p align="center"><em>{esc(document.kind)} số {esc(document.number)} (ảnh chụp văn bản)</em></p>'
            )
        if article.author and article.author_style != "none":
            if article.author_style == "label":
                blocks.append(f'<p align="right"><b>Tác giả:</b> {esc(article.author)}</p>')
            else:
                blocks.append(f'<p align="right"><b>{esc(article.author)}</b></p>')
        return "\n".join(blocks)

    def date_line(self, article: CorpusArticle) -> str:
        """Under the title: nothing in the TCVN3 era and for 'Thông báo', 'Ngày đăng' 2009-2013, 'Cập nhật' with time later."""
        era, when = self.era(article), self.when[article.id]
        if era.startswith("tcvn3") or self.date_in_title(article):
            return ""
        if era == "word":
            return f'<font face="Arial" size="1" color="#888888">Ngày đăng: {when.dmy()}</font><br>'
        return f'<font face="Arial" size="1" color="#888888">(Cập nhật: {when.with_time(when.dmy())})</font><br>'

    def article_main(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        number = self.ids[article.id]
        newer, older = self.neighbours(article)

        def rows(items: list[CorpusArticle]) -> str:
            return "".join(
                f'<img src="images/bullet.gif" width="7" height="7"> <a href="{self.detail_href(a)}"><font face="Arial" size="2">{esc(a.title)}</font></a>{self.list_date(a)}<br>\n'
                for a in items
            )

        bottom_date = (
            f'<p align="right"><font face="Arial" size="1" color="#888888">Cập nhật: {self.dmy(article)}</font></p>'
            if self.era(article).startswith("tcvn3")
            else ""
        )
        lists = ""
        if newer:
            lists += f'<font face="Arial" size="2" color="#CC0000"><b>Tin mới hơn:</b></font><br>\n{rows(newer)}'
        if older:
            lists += f'<font face="Arial" size="2" color="#CC0000"><b>Tin cũ hơn:</b></font><br>\n{rows(older)}'
        return f"""<font face="Arial" size="2"><a href="{self.sid("index.php?mod=home")}">Trang chủ</a> &gt;&gt; <a href="{self.list_href(category)}">{esc(category.name)}</a></font><br>
<img src="images/spacer.gif" width="1" height="8"><br>
<table border="0" width="100%" cellspacing="0" cellpadding="4">
<tr><td><font face="Arial" size="3" color="#0B4EA2"><b>{esc(article.title)}</b></font><br>
{self.date_line(article)}</td></tr>
<tr><td><img src="images/line.gif" width="100%" height="1"></td></tr>
<tr><td class="noidung">
{self.body_html(article)}
{bottom_date}
</td></tr>
<tr><td align="right"><font face="Arial" size="1">Lượt xem: {self.views(article)} &nbsp;|&nbsp; <img src="images/print.gif" width="16" height="14" border="0"> <a href="{self.sid(f"in.php?id={number}")}" target="_blank">In trang này</a> &nbsp;|&nbsp; <a href="javascript:guiBanBe({number})">Gửi cho bạn bè</a> &nbsp;|&nbsp; <a href="#top">Về đầu trang</a> <img src="images/top.gif" width="9" height="9"></font></td></tr>
<tr><td><img src="images/line.gif" width="100%" height="1"></td></tr>
<tr><td>{lists}</td></tr>
</table>
"""

    def missing_main(self) -> str:
        return (
            '<table border="0" width="100%" cellpadding="20"><tr><td align="center"><font face="Arial" size="2" color="#CC0000">'
            "<b>Tin bài không tồn tại hoặc đã bị xoá!</b></font><br><br>"
            '<a href="javascript:history.back()"><font face="Arial" size="2">[Quay lại]</font></a></td></tr></table>'
        )

    def print_page(self, article: CorpusArticle) -> str:
        """in.php: written apart from index.php, without the config include: no charset anywhere."""
        return f"""<html>
<head>
<title>In tin bai</title>
<style>body {{ font-family: Times New Roman; font-size: 13pt }}</style>
</head>
<body onload="window.print()">
<table width="640" align="center" border="0"><tr><td>
<b>UỶ BAN NHÂN DÂN HUYỆN ĐỨC THỌ</b><br>Website: ductho.hatinh.gov.vn<hr size="1">
<h3>{esc(article.title)}</h3>
{self.body_html(article)}
<p><i>Cập nhật: {self.dmy(article)}</i></p>
<hr size="1"><center><a href="javascript:window.close()">[Đóng cửa sổ]</a></center>
</td></tr></table>
</body>
</html>
"""

    def contact_main(self) -> str:
        return self.box(
            "Liên hệ",
            f'<font face="Arial" size="2">{esc(self.spec.owner)}<br>Địa chỉ: {esc(self.spec.address)}<br>Điện thoại: (039) 3831 226<br>Email: ubndductho@hatinh.gov.vn</font>'
            '<form method="post" action="index.php?mod=contact&amp;act=send"><font face="Arial" size="2">Họ tên: <input name="hoten" size="30"><br>Nội dung:<br><textarea name="noidung" cols="50" rows="5"></textarea><br><input type="submit" value="Gửi"></font></form>',
        )

    def guestbook_pages(self) -> int:
        return (len(GUESTBOOK) + GUESTBOOK_PAGE - 1) // GUESTBOOK_PAGE

    def guestbook(self, page: int) -> str:
        """A free PHP guestbook script dropped into /guestbook/ in 2007: its own template, meta iso-8859-1, no header."""
        newest = list(reversed(GUESTBOOK))
        entries = newest[(page - 1) * GUESTBOOK_PAGE : page * GUESTBOOK_PAGE]
        rows = "".join(
            f'<tr><td class="gbname" width="30%" valign="top"><b>{esc(name)}</b><br><font size="1">{esc(when)}</font>'
            + (f'<br><a href="mailto:{esc(mail)}"><img src="img/email.gif" border="0"></a>' if mail else "")
            + f'</td><td class="gbtext" valign="top">{esc(text)}</td></tr>\n'
            for name, mail, when, text in entries
        )
        pages = " ".join(
            f"<b>{n}</b>" if n == page else f'<a href="{self.sid(f"index.php?page={n}")}">{n}</a>'
            for n in range(1, self.guestbook_pages() + 1)
        )
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Guestbook</title>
<link rel="stylesheet" href="img/style.css">
</head>
<body>
<p align="center"><font face="Arial" size="3"><b>SỔ LƯU BÚT</b></font><br><a href="{self.sid("sign.php")}">Ký sổ lưu bút</a></p>
<table width="95%" border="1" cellspacing="0" cellpadding="4" align="center" bordercolor="#C0C0C0">
{rows}</table>
<p align="center"><font size="2">Pages: {pages}</font></p>
<p align="center"><font size="1">Powered by Advanced Guestbook 2.3.1</font></p>
</body>
</html>
"""

    def login_page(self) -> str:
        return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Administrator</title></head>
<body bgcolor="#E3EEF9"><form method="post" action="index.php"><table align="center" border="1" cellpadding="4" style="margin-top:100px">
<tr><td colspan="2" align="center"><b>ĐĂNG NHẬP QUẢN TRỊ</b></td></tr>
<tr><td>Tài khoản:</td><td><input name="user"></td></tr><tr><td>Mật khẩu:</td><td><input type="password" name="pass"></td></tr>
<tr><td colspan="2" align="center"><input type="submit" value="Đăng nhập"></td></tr></table></form></body></html>"""
