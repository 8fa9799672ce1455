"""A home-made PHP department portal of the 2012 kind (Quảng Bình '3cms' style): every page is index.php?cmd=N&...

Query-string routing only, parameters in a different order in different links, PHP session ids in some links,
'/?...' and '/index.php?...' for the same page, a print view, an endless events calendar and GET search pages.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import calendar
import re
import secrets
from datetime import date, timedelta
from urllib.parse import quote_plus, urlencode

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import photo
from govnews.crawler.demo.text import ascii_slug, esc

SID = "@@PHPSESSID@@"  # replaced by a fresh session id in every response (PHP's trans_sid without a cookie)
TODAY = date(2025, 2, 28)  # the PHP date() in the header and the calendar's current month
SEARCH_PAGE = 5
KEYWORDS = ("bình đẳng giới", "bạo lực gia đình", "trẻ em", "phụ nữ", "việc làm")
ABOUT = (
    "Chức năng, nhiệm vụ",
    "Cơ cấu tổ chức",
    "Lãnh đạo Sở",
    "Các phòng chuyên môn",
    "Đơn vị trực thuộc",
    "Lịch sử hình thành",
)
TTHC = (
    "Lĩnh vực Lao động - Tiền lương",
    "Lĩnh vực Việc làm",
    "Lĩnh vực Giáo dục nghề nghiệp",
    "Lĩnh vực An toàn lao động",
    "Lĩnh vực Người có công",
    "Lĩnh vực Bảo trợ xã hội",
    "Lĩnh vực Trẻ em",
    "Lĩnh vực Phòng, chống tệ nạn xã hội",
)
DOC_TYPES = ("Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Văn bản của Bộ LĐTBXH")
# The 'Văn bản' section: number, date, summary; their pages look like articles but are document records.
DOCUMENTS = (
    (
        "2145/KH-UBND",
        "28/10/2024",
        "Kế hoạch tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2024",
        1,
    ),
    ("1234/QĐ-UBND", "12/03/2024", "Quyết định kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh Quảng Bình", 1),
    (
        "58/KH-SLĐTBXH",
        "20/01/2025",
        "Kế hoạch công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025 của Sở Lao động - Thương binh và Xã hội",
        2,
    ),
    ("352/SLĐTBXH-BTXH", "05/05/2023", "Về việc tổ chức các hoạt động Tháng hành động vì trẻ em năm 2023", 2),
    ("1692/LĐTBXH-BĐG", "10/05/2024", "Về việc hướng dẫn triển khai công tác bình đẳng giới năm 2024", 3),
)
EVENTS = (
    "07h30: Giám đốc Sở dự họp giao ban UBND tỉnh.",
    "08h00: Phó Giám đốc Sở làm việc với Phòng Bảo trợ xã hội.",
    "14h00: Họp Ban Vì sự tiến bộ của phụ nữ tỉnh.",
    "08h30: Kiểm tra công tác chi trả trợ cấp tại huyện Lệ Thủy.",
    "14h30: Giao ban cơ quan.",
)


def qs(**params: object) -> str:
    """A query string in the order the caller wrote it (PHP code concatenates them by hand), HTML-escaped."""
    return esc(urlencode({k: v for k, v in params.items() if v is not None}, quote_via=quote_plus))


class QueryCms(Template):
    ignored_params = ("PHPSESSID",)
    related_count = 8

    # ---- URLs -------------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """Apache serves index.php for '/': '/?cmd=..' and '/index.php?cmd=..' are one page."""
        key = super().route_key(path_qs)
        return "/index.php" + key[1:] if key.startswith("/?") else key

    def article_path(self, article: CorpusArticle) -> str:
        return f"/index.php?cmd=140&id={self.numeric_id(article)}"

    def category_query(self, category: Category, page: int | None = None, order: int = 0) -> str:
        """The menu writes cmd first, the pager and left menu cat first: one listing, two spellings."""
        if order == 1:
            return qs(cat=category.key, cmd=130, page=page)
        return qs(cmd=130, cat=category.key, page=page)

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /admin/\nDisallow: /includes/\nDisallow: /upload/temp/\n"

    def html(self, text: str, status: int = 200) -> Response:
        """Every page says what it runs on, as PHP 5 does by default."""
        response = super().html(text, status)
        response.headers["X-Powered-By"] = "PHP/5.2.17"
        return response

    def personalize(self, body: bytes) -> bytes:
        """A new PHPSESSID in each response: the crawler never sends the session cookie back."""
        return body.replace(SID.encode("ascii"), secrets.token_hex(16).encode("ascii"))

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        home = self.html(self.page(s["home"], self.home_body()))
        for path in ("/", "/index.php", "/index.php?lang=vi"):
            self.add(path, home)
        self.add("/index.php?lang=en", self.html(self.english_stub()))
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                page = self.html(self.page(category.name, self.listing_body(category, items, number, len(pages))))
                self.add(f"/index.php?cmd=130&cat={category.key}&page={number}", page)
                if number == 1:
                    self.add(f"/index.php?cmd=130&cat={category.key}", page)
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.page(article.title, self.article_body(article))))
            self.add(self.article_path(article) + "&print=1", self.html(self.print_page(article)))
        for number, title in enumerate(ABOUT, start=1):
            self.add(
                f"/index.php?cmd=110&pid={number}",
                self.html(self.page(title, self.static_body(title, self.about_text(number)))),
            )
        for number, title in enumerate(TTHC, start=1):
            text = f"Danh mục thủ tục hành chính {title.lower()} thuộc thẩm quyền giải quyết của Sở Lao động - Thương binh và Xã hội. Tổ chức, cá nhân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua Cổng Dịch vụ công."
            self.add(f"/index.php?cmd=120&lv={number}", self.html(self.page(title, self.static_body(title, text))))
        self.add("/index.php?cmd=150", self.html(self.page("Văn bản", self.documents_body(None))))
        for number, title in enumerate(DOC_TYPES, start=1):
            self.add(f"/index.php?cmd=150&type={number}", self.html(self.page(title, self.documents_body(number))))
        for number, doc in enumerate(DOCUMENTS, start=1):
            self.add(f"/index.php?cmd=160&id={number}", self.html(self.page(doc[2], self.document_body(number))))
            self.add(f"/upload/vanban/{self.doc_file(doc[0])}", self.pdf(doc[0]))
        self.add("/index.php?cmd=170", self.html(self.page("Liên hệ", self.contact_body())))
        self.add(
            "/index.php?cmd=180",
            self.html(
                self.page("Hỏi đáp", self.static_body("Hỏi đáp", "Chưa có câu hỏi nào được trả lời trong mục này."))
            ),
        )
        self.add("/robots.txt", self.text(self.robots()))
        self.add("/admin/", self.html(self.login_page()))

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """What index.php does with any query: calendar months and days, search, articles with extra parameters."""
        if path not in ("/", "/index.php"):
            return None
        values = dict(params)
        cmd = values.get("cmd", "")
        if cmd == "200":
            return self.calendar_page(values)
        if cmd == "300":
            keyword = values.get("keyword", "").strip()
            page = int(values["page"]) if values.get("page", "").isdigit() else 1
            return self.html(self.page(self.s["search"], self.search_body(keyword, max(page, 1))))
        if cmd == "140":
            article = next((a for a in self.articles if str(self.numeric_id(a)) == values.get("id")), None)
            if article is None:  # PHP prints the page chrome around an empty record
                return self.html(
                    self.page(
                        self.spec.name, '<tr><td style="padding:20px">Tin này không tồn tại hoặc đã bị gỡ bỏ.</td></tr>'
                    )
                )
            return self.html(self.page(article.title, self.article_body(article, values.get("keyword", ""))))
        if cmd == "130":
            category = next((c for c in self.spec.categories if c.key == values.get("cat")), None)
            if category is not None:
                pages = len(self.chunks(self.listing(category.slug)))
                return self.html(self.page(category.name, self.listing_body(category, [], pages + 1, pages)))
        return None

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, title: str, main: str) -> str:
        """The table layout: banner, top menu, date and 'Tin mới' marquee, left menu, centre, right column, footer."""
        s = self.s
        cats = self.spec.categories
        topmenu = "".join(
            f'<td class="menutop"><a href="?{self.category_query(c)}" style="color:#FFFFFF;text-decoration:none;font-weight:bold">{esc(c.name.upper())}</a></td><td><img src="images/sep.gif" width="2" height="30"></td>'
            for c in cats
        )
        marquee = ' &nbsp;&nbsp;<img src="images/new.gif">&nbsp;&nbsp; '.join(
            f'<a href="index.php?cmd=140&amp;id={self.numeric_id(a)}&amp;PHPSESSID={SID}" style="color:#CC0000">{esc(a.title)}</a>'
            for a in self.latest(6)
        )
        about = "".join(
            self.menu_row(f"index.php?cmd=110&amp;pid={n}&amp;PHPSESSID={SID}", t) for n, t in enumerate(ABOUT, start=1)
        )
        news = "".join(
            self.menu_row(f"index.php?{self.category_query(c, order=1)}&amp;PHPSESSID={SID}", c.name) for c in cats
        )
        docs = "".join(
            self.menu_row(f"index.php?cmd=150&amp;type={n}", t) for n, t in enumerate(DOC_TYPES, start=1)
        ) + self.menu_row("index.php?cmd=150", "Tất cả văn bản")
        tthc = "".join(self.menu_row(f"index.php?lv={n}&amp;cmd=120", t) for n, t in enumerate(TTHC, start=1))
        links = "".join(
            f'<option value="http://www.{w}">{esc(n)}</option>'
            for n, w in zip(
                s["links"], ("chinhphu.vn", "molisa.gov.vn", "moha.gov.vn", "hoilhpn.org.vn", "nhandan.vn"), strict=True
            )
        )
        banners = "".join(
            f'<a href="#"><img src="upload/banner/qc{i}.jpg" width="190" border="0" alt="{esc(b)}" style="margin-bottom:4px"></a><br>'
            for i, b in enumerate(s["banners"][:4])
        )
        keywords = ", ".join(f'<a href="index.php?cmd=300&amp;keyword={quote_plus(k)}">{esc(k)}</a>' for k in KEYWORDS)
        stats = "".join(f'<tr><td>{esc(k)}:</td><td align="right"><b>{v}</b></td></tr>' for k, v in self.stats())
        footer = "<br>".join(esc(line) for line in self.footer_lines())
        weekday = s["weekdays"][TODAY.weekday()]
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: {esc(self.spec.name)}</title>
<meta name="keywords" content="lao động, thương binh, xã hội, Quảng Bình, bình đẳng giới, trẻ em">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="js/jquery-1.7.1.min.js"></script>
<script type="text/javascript" src="js/ddsmoothmenu.js"></script>
</head>
<body style="margin:0;background:#e6e6e6 url(images/bg.jpg) repeat-x">
<a name="top"></a>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" style="background:#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="1000" height="160" alt="{esc(self.spec.name)}"></td></tr>
<tr><td colspan="3" style="background:#0b4f96;height:30px">
<table border="0" cellspacing="0" cellpadding="0"><tr><td class="menutop" style="padding:0 10px"><a href="./" style="color:#FFFFFF;text-decoration:none;font-weight:bold">{esc(s["home"].upper())}</a></td><td><img src="images/sep.gif" width="2" height="30"></td>{topmenu}<td class="menutop"><a href="index.php?cmd=170" style="color:#FFFFFF;text-decoration:none;font-weight:bold">LIÊN HỆ</a></td></tr></table>
</td></tr>
<tr><td colspan="3" style="background:#f3f3f3;border-bottom:1px solid #ccc;height:24px;font-size:11px">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="190" style="padding-left:5px;color:#0b4f96">{esc(weekday)}, {TODAY.strftime("%d/%m/%Y")}</td>
<td><b style="color:#CC0000">{esc(s["latest_news"])}:</b></td>
<td width="640"><marquee scrollamount="2" onmouseover="this.stop();" onmouseout="this.start();">{marquee}</marquee></td>
<td align="right" style="padding-right:5px"><a href="?lang=vi"><img src="images/vn.gif" border="0" alt="{esc(s["vietnamese"])}"></a> <a href="?lang=en"><img src="images/en.gif" border="0" alt="{esc(s["english"])}"></a></td>
</tr></table>
</td></tr>
<tr>
<td width="200" valign="top" style="background:#f7f7f7;border-right:1px solid #ddd">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
{self.menu_head("GIỚI THIỆU")}{about}
{self.menu_head("TIN TỨC")}{news}
{self.menu_head("VĂN BẢN")}{docs}
{self.menu_head("THỦ TỤC HÀNH CHÍNH")}{tthc}
{self.menu_head("HỖ TRỢ")}{self.menu_row("index.php?cmd=180", "Hỏi đáp")}{self.menu_row("index.php?cmd=170", "Liên hệ")}
</table>
<div style="padding:5px;font-size:11px"><b>{esc(s["links_title"])}</b><br><select style="width:185px" onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></div>
</td>
<td width="590" valign="top" style="padding:5px">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
{main}
</table>
</td>
<td width="210" valign="top" style="background:#f7f7f7;border-left:1px solid #ddd">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td style="background:#0b4f96;color:#fff;font-weight:bold;font-size:12px">{esc(s["search"].upper())}</td></tr>
<tr><td><form action="index.php" method="get" style="margin:0"><input type="hidden" name="cmd" value="300"><input type="text" name="keyword" size="18" value=""> <input type="submit" value="Tìm"></form>
<div style="font-size:11px;margin-top:3px">Từ khóa: {keywords}</div></td></tr>
<tr><td style="background:#0b4f96;color:#fff;font-weight:bold;font-size:12px">{esc(s["calendar"].upper())}</td></tr>
<tr><td style="font-size:12px"><a href="index.php?cmd=200&amp;month={TODAY.month}&amp;year={TODAY.year}">Lịch công tác tháng {TODAY.month}/{TODAY.year}</a></td></tr>
<tr><td align="center">{banners}</td></tr>
<tr><td style="background:#0b4f96;color:#fff;font-weight:bold;font-size:12px">{esc(s["stats_title"])}</td></tr>
<tr><td><table width="100%" style="font-size:11px">{stats}</table></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" align="center" style="background:#0b4f96;color:#fff;font-size:11px;padding:8px;line-height:16px">{footer}<br><a href="admin/" style="color:#ccc">{esc(s["admin"])}</a> | Thiết kế bởi Trung tâm Công nghệ thông tin tỉnh Quảng Bình</td></tr>
</table>
</body>
</html>"""

    def menu_head(self, title: str) -> str:
        """A left-menu section header (a background image, as the 2012 theme draws it)."""
        return f'<tr><td style="background:url(images/menu_head.gif);height:26px;color:#fff;font-weight:bold;font-size:12px;padding-left:8px">{esc(title)}</td></tr>'

    def menu_row(self, href: str, text: str) -> str:
        """One left-menu link; most lead to short static pages, not news."""
        return f'<tr><td style="padding:4px 8px;border-bottom:1px dotted #ccc;font-size:12px"><img src="images/arrow.gif"> <a href="{href}" style="color:#333;text-decoration:none">{esc(text)}</a></td></tr>'

    def box_head(self, title: str, href: str | None = None) -> str:
        """The blue upper-case bar over every box of the centre column."""
        inner = (
            f'<a href="{href}" style="color:#fff;text-decoration:none">{esc(title.upper())}</a>'
            if href
            else esc(title.upper())
        )
        return f'<tr><td colspan="2" style="background:#0b4f96 url(images/box_head.gif) no-repeat;color:#fff;font-weight:bold;font-size:12px;padding:5px 10px">{inner}</td></tr>'

    # ---- pages ------------------------------------------------------------------------------
    def teaser_row(self, article: CorpusArticle, href: str) -> str:
        """Thumbnail, title link, date and a cut lead: how home, listings and search results show an article."""
        return f"""<tr><td valign="top" width="130"><a href="{href}"><img src="upload/news/thumb_{self.numeric_id(article)}.jpg" width="120" height="90" border="0" style="border:1px solid #ccc"></a></td>
<td valign="top"><a href="{href}" style="font-weight:bold;color:#0b4f96;text-decoration:none;font-size:13px">{esc(article.title)}</a> <span style="color:#999;font-size:11px">({self.when[article.id].dmy()})</span>
<div style="text-align:justify;font-size:12px;margin-top:3px">{esc(self.teaser(article, 220))}</div></td></tr>"""

    def home_body(self) -> str:
        """'Tin nổi bật' teasers (links written id-first), then each category's newest titles."""
        s = self.s
        featured = "".join(
            self.teaser_row(a, f"index.php?id={self.numeric_id(a)}&amp;cmd=140") for a in self.featured()
        )
        blocks = "".join(
            self.box_head(c.name, f"index.php?{self.category_query(c)}")
            + "".join(
                f'<tr><td colspan="2" style="font-size:12px;padding:3px 10px"><img src="images/dot.gif"> <a href="index.php?cmd=140&amp;id={self.numeric_id(a)}" style="color:#333">{esc(a.title)}</a> <span style="color:#999;font-size:11px">({self.when[a.id].dmy()})</span></td></tr>'
                for a in self.listing(c.slug)[:4]
            )
            for c in self.spec.categories
        )
        return self.box_head(s["featured"]) + featured + blocks

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        """A category page: teasers and a numbered pager; an empty list past the last page, as the PHP code does."""
        rows = "".join(self.teaser_row(a, f"index.php?cmd=140&amp;id={self.numeric_id(a)}") for a in items)
        if not items:
            rows = '<tr><td colspan="2" style="padding:10px">Chưa có tin bài trong chuyên mục này.</td></tr>'
        numbers = " ".join(
            f'<b style="color:#CC0000">[{n}]</b>'
            if n == page
            else f'<a href="index.php?{self.category_query(category, n, order=1)}">{n}</a>'
            for n in range(1, pages + 1)
        )
        nxt = (
            f' <a href="index.php?{self.category_query(category, page + 1, order=1)}">&raquo;</a>'
            if page < pages
            else ""
        )
        last = (
            f' <a href="index.php?{self.category_query(category, pages, order=1)}">Trang cuối</a>'
            if page < pages
            else ""
        )
        return (
            f'<tr><td colspan="2" style="font-size:11px;color:#666"><a href="./">{esc(self.s["home"])}</a> &raquo; {esc(category.name)}</td></tr>'
            + self.box_head(category.name)
            + rows
            + f'<tr><td colspan="2" align="center" style="padding:8px;font-size:12px">Trang: {numbers}{nxt}{last}</td></tr>'
        )

    def body_html(self, article: CorpusArticle, keyword: str = "") -> str:
        """FCKeditor output: the first paragraphs in <p>, the middle run pasted as one block with <br><br>,
        the last paragraph in <p> again; a captioned photo table in some articles; the signature last."""
        parts = [self.mark(esc(p), keyword) for p in article.paragraphs]
        blocks = [f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {parts[0]}</p>']
        middle, tail = parts[1:-1], parts[-1:] if len(parts) > 1 else []
        if middle and article.number % 2:
            blocks.append(
                '<p style="text-align: justify;">'
                + "<br />\n<br />\n".join(f"&nbsp;&nbsp;&nbsp; {p}" for p in middle)
                + "</p>"
            )
        elif middle:
            blocks.append('<div style="text-align: justify;">' + "<br><br>".join(middle) + "</div>")
        blocks += [f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {p}</p>' for p in tail]
        shot = photo(article, default=article.number % 3 == 0)
        if shot:
            figure = (
                f'<table align="center" border="0" cellpadding="2" cellspacing="0" style="width:450px"><tr><td><img src="upload/news/{self.numeric_id(article)}_1.jpg" width="450" border="0"></td></tr>'
                f'<tr><td style="text-align:center;font-size:11px"><em>{esc(shot.caption)} ({esc(shot.credit)})</em></td></tr></table>'
            )
            blocks.insert(1, figure)
        if article.author and article.author_style == "signature":
            blocks.append(f'<p style="text-align: right;"><strong>{esc(article.author)}</strong></p>')
        elif article.author and article.author_style == "label":
            blocks.append(
                f'<p style="text-align: right;"><em>{esc(self.s["author_label"])} {esc(article.author)}</em></p>'
            )
        return "\n".join(blocks)

    def mark(self, text: str, keyword: str) -> str:
        """The search keyword highlighted the way the site's search results link it (&keyword=...)."""
        if not keyword:
            return text
        return re.sub(
            re.escape(esc(keyword)), lambda m: f'<span style="background:#FFFF00">{m.group(0)}</span>', text, flags=re.I
        )

    def article_body(self, article: CorpusArticle, keyword: str = "") -> str:
        """Title cell, 'Cập nhật:' line, bold lead, div#noidung, share/print icons and 'Các tin khác' (no h1)."""
        s = self.s
        category = self.spec.category(article.category)
        when = self.when[article.id]
        number = self.numeric_id(article)
        updated = when.with_time(when.dmy())
        byline = (
            f" &nbsp;|&nbsp; Người viết: <b>{esc(article.author)}</b>"
            if article.author and article.author_style == "byline"
            else ""
        )
        lead = (
            f'<tr><td style="text-align:justify;font-weight:bold;padding:5px 0">{self.mark(esc(article.lead), keyword)}</td></tr>'
            if article.lead
            else ""
        )
        others = "".join(
            f'<tr><td style="font-size:12px;padding:2px 0"><img src="images/dot.gif"> <a href="index.php?id={self.numeric_id(a)}&amp;cmd=140" style="color:#0b4f96">{esc(a.title)}</a> <span style="color:#999;font-size:11px">({self.when[a.id].dmy()})</span></td></tr>'
            for a in self.related(article)
        )
        share = quote_plus(self.canonical_url(article))
        return f"""<tr><td style="font-size:11px;color:#666"><a href="./">{esc(s["home"])}</a> &raquo; <a href="index.php?{self.category_query(category)}&amp;PHPSESSID={SID}">{esc(category.name)}</a></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" style="font-size:16px;font-weight:bold;color:#0b4f96;padding:8px 0 4px 0">{esc(article.title)}</td></tr>
<tr><td style="font-size:11px;color:#888;border-bottom:1px solid #ddd;padding-bottom:4px">Cập nhật: {updated}{byline} &nbsp;|&nbsp; {esc(s["views"])}: {self.views(article)}</td></tr>
{lead}
<tr><td><div id="noidung" style="font-size:13px;line-height:19px">
{self.body_html(article, keyword)}
</div></td></tr>
<tr><td align="right" style="padding:6px 0;font-size:11px"><a href="http://www.facebook.com/sharer.php?u={share}" target="_blank"><img src="images/facebook.gif" border="0" alt="Facebook"></a> <a href="http://twitter.com/home?status={share}" target="_blank"><img src="images/twitter.gif" border="0" alt="Twitter"></a> &nbsp; <a href="index.php?cmd=140&amp;id={number}&amp;print=1" target="_blank"><img src="images/print.gif" border="0"> {esc(s["print"])}</a> | <a href="mailto:?subject={quote_plus(article.title)}&amp;body={share}"><img src="images/email.gif" border="0"> {esc(s["email"])}</a> | <a href="javascript:history.back()">{esc(s["back"])}</a> | <a href="#top">{esc(s["top"])}</a></td></tr>
<tr><td style="padding-top:8px"><b style="color:#CC0000;font-size:12px">{esc(s["other_news_long"].upper())}:</b>
<table width="100%" border="0" cellspacing="0" cellpadding="0">{others}</table></td></tr>
</table>
</td></tr>"""

    def print_page(self, article: CorpusArticle) -> str:
        """The &print=1 view: the same text in a bare page, without a canonical link."""
        when = self.when[article.id]
        lead = f"<p><b>{esc(article.lead)}</b></p>" if article.lead else ""
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(article.title)}</title>
<link href="css/print.css" rel="stylesheet" type="text/css"></head>
<body onload="window.print()" style="font-family:Times New Roman;width:700px">
<div><img src="images/logo_small.gif"> <b>{esc(self.spec.name.upper())}</b></div><hr>
<span class="tieude" style="font-size:18px;font-weight:bold">{esc(article.title)}</span><br>
<i>Cập nhật: {when.with_time(when.dmy())}</i>
{lead}
<div id="noidung">{self.body_html(article)}</div>
<hr><div style="font-size:11px">{esc(self.spec.name)} - {esc(self.spec.address)}</div>
</body></html>"""

    def static_body(self, title: str, text: str) -> str:
        """A static page of the left menu: one box of prose that is not news."""
        return (
            self.box_head(title)
            + f'<tr><td colspan="2" style="text-align:justify;font-size:13px;padding:8px">{esc(text)}</td></tr>'
        )

    def about_text(self, number: int) -> str:
        """The 'Giới thiệu' pages' prose."""
        owner = self.spec.owner
        texts = {
            1: f"{owner} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về lao động, việc làm, giáo dục nghề nghiệp, tiền lương, bảo hiểm xã hội, an toàn lao động, người có công, bảo trợ xã hội, trẻ em, bình đẳng giới và phòng, chống tệ nạn xã hội.",
            2: "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Lao động - Việc làm - Giáo dục nghề nghiệp, Phòng Người có công, Phòng Bảo trợ xã hội, Phòng Trẻ em - Bình đẳng giới, Chi cục Phòng, chống tệ nạn xã hội.",
            3: "Giám đốc Sở phụ trách chung; các Phó Giám đốc phụ trách các lĩnh vực theo phân công. Điện thoại và thư điện tử của lãnh đạo Sở được công khai tại mục Liên hệ.",
            4: "Phòng Trẻ em - Bình đẳng giới tham mưu thực hiện chương trình, kế hoạch về bảo vệ, chăm sóc trẻ em, bình đẳng giới và vì sự tiến bộ của phụ nữ; là cơ quan thường trực của Ban Vì sự tiến bộ của phụ nữ tỉnh.",
            5: "Đơn vị trực thuộc: Trung tâm Dịch vụ việc làm, Trung tâm Bảo trợ xã hội tổng hợp, Trung tâm Công tác xã hội, Cơ sở cai nghiện ma túy tỉnh, Trung tâm Điều dưỡng người có công.",
            6: "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Bình được thành lập năm 1989 khi tỉnh Quảng Bình được tái lập, trên cơ sở tiếp nhận cán bộ và nhiệm vụ từ Sở Lao động - Thương binh và Xã hội tỉnh Bình Trị Thiên.",
        }
        return texts[number]

    def doc_file(self, number: str) -> str:
        """'1234/QĐ-UBND' -> '1234-QD-UBND.pdf', the attachment name of a document record."""
        return ascii_slug(number, keep_case=True) + ".pdf"

    def documents_body(self, kind: int | None) -> str:
        """The 'Văn bản' list, all documents or one type."""
        title = "Văn bản" if kind is None else DOC_TYPES[kind - 1]
        rows = "".join(
            f'<tr><td style="font-size:12px;border-bottom:1px dotted #ccc" width="120"><a href="index.php?cmd=160&amp;id={n}">{esc(d[0])}</a></td><td style="font-size:12px;border-bottom:1px dotted #ccc">{esc(d[2])} <span style="color:#999">({d[1]})</span></td></tr>'
            for n, d in enumerate(DOCUMENTS, start=1)
            if kind in (None, d[3])
        )
        return self.box_head(title) + rows

    def document_body(self, number: int) -> str:
        """A document record: a table of fields that names gender-equality plans but is not an article."""
        code, issued, summary, kind = DOCUMENTS[number - 1]
        rows = (
            ("Số ký hiệu", esc(code)),
            ("Ngày ban hành", issued),
            ("Loại văn bản", esc(DOC_TYPES[kind - 1])),
            ("Trích yếu", esc(summary)),
            ("Tệp đính kèm", f'<a href="upload/vanban/{self.doc_file(code)}">{self.doc_file(code)}</a>'),
        )
        table = "".join(
            f'<tr><td width="130" style="background:#f3f3f3;font-size:12px"><b>{k}</b></td><td style="font-size:12px">{v}</td></tr>'
            for k, v in rows
        )
        return (
            self.box_head("Chi tiết văn bản")
            + f'<tr><td colspan="2"><table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#ccc">{table}</table></td></tr>'
        )

    def contact_body(self) -> str:
        """'Liên hệ': the address and a POST form."""
        return (
            self.box_head("Liên hệ")
            + f'<tr><td colspan="2" style="font-size:12px;padding:8px">{esc(self.spec.owner)}<br>Địa chỉ: {esc(self.spec.address)}<br>{esc(self.s["footer_phone"])}'
            + '<form action="index.php?cmd=170" method="post"><br>Họ tên: <input name="hoten"><br>Email: <input name="email"><br>Nội dung:<br><textarea name="noidung" cols="50" rows="5"></textarea><br><input type="submit" value="Gửi"></form></td></tr>'
        )

    def calendar_page(self, values: dict[str, str]) -> Response:
        """The events calendar: any month (and day) renders, with endless previous/next links."""
        try:
            month, year = int(values.get("month", TODAY.month)), int(values.get("year", TODAY.year))
            day = int(values["day"]) if values.get("day") else None
            date(year, month, day or 1)
            if not 1900 <= year <= 2999:  # the PHP code renders these too; bounded here only to keep date() valid
                raise ValueError(year)
        except ValueError:
            month, year, day = TODAY.month, TODAY.year, None
        if day is not None:
            return self.html(self.page(self.s["calendar"], self.calendar_day(date(year, month, day))))
        return self.html(self.page(self.s["calendar"], self.calendar_month(month, year)))

    def calendar_link(self, when: date, day: bool = False) -> str:
        """A month or day of the calendar; always cmd first, the way the calendar code writes it."""
        if day:
            return f"index.php?cmd=200&amp;day={when.day}&amp;month={when.month}&amp;year={when.year}"
        return f"index.php?cmd=200&amp;month={when.month}&amp;year={when.year}"

    def calendar_month(self, month: int, year: int) -> str:
        """A month grid whose weekdays link to day pages, with 'Tháng trước'/'Tháng sau' links."""
        first = date(year, month, 1)
        before = (first - timedelta(days=1)).replace(day=1)
        after = (first + timedelta(days=31)).replace(day=1)
        weeks = ""
        for week in calendar.Calendar().monthdatescalendar(year, month):
            cells = "".join(
                (
                    '<td align="center" style="font-size:12px;color:#ccc">&nbsp;</td>'
                    if d.month != month
                    else f'<td align="center" style="font-size:12px"><a href="{self.calendar_link(d, day=True)}"><b>{d.day}</b></a></td>'
                    if d.weekday() < 5
                    else f'<td align="center" style="font-size:12px;color:#CC0000">{d.day}</td>'
                )
                for d in week
            )
            weeks += f"<tr>{cells}</tr>"
        head = "".join(
            f'<td align="center" style="background:#eee;font-size:11px"><b>{w}</b></td>'
            for w in ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
        )
        return (
            self.box_head(f"{self.s['calendar']} tháng {month}/{year}")
            + f'<tr><td colspan="2"><table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#ddd"><tr>{head}</tr>{weeks}</table></td></tr>'
            + f'<tr><td colspan="2" align="center" style="font-size:12px"><a href="{self.calendar_link(before)}">&laquo; Tháng trước</a> | <a href="{self.calendar_link(after)}">Tháng sau &raquo;</a></td></tr>'
        )

    def calendar_day(self, day: date) -> str:
        """One day's schedule, with links to the day before and after."""
        s = self.s
        events = (
            [EVENTS[(day.toordinal() + i) % len(EVENTS)] for i in range(2)]
            if day.weekday() < 5
            else ["Không có lịch công tác."]
        )
        rows = "".join(
            f'<tr><td colspan="2" style="font-size:12px;padding:3px 10px">{esc(e)}</td></tr>' for e in events
        )
        return (
            self.box_head(f"{s['calendar']} - {s['weekdays'][day.weekday()]}, ngày {day.strftime('%d/%m/%Y')}")
            + rows
            + f'<tr><td colspan="2" align="center" style="font-size:12px"><a href="{self.calendar_link(day - timedelta(days=1), day=True)}">&laquo; {esc(s["calendar_prev"])}</a> | '
            f'<a href="{self.calendar_link(day)}">Cả tháng</a> | <a href="{self.calendar_link(day + timedelta(days=1), day=True)}">{esc(s["calendar_next"])} &raquo;</a></td></tr>'
        )

    def search_body(self, keyword: str, page: int) -> str:
        """GET search results: matching articles linked with &keyword= (highlighted copies of the articles)."""
        needle = keyword.casefold()
        found = [a for a in self.listed() if needle and needle in f"{a.title} {a.body}".casefold()]
        pages = max(1, -(-len(found) // SEARCH_PAGE))
        shown = found[(page - 1) * SEARCH_PAGE : page * SEARCH_PAGE]
        kw = quote_plus(keyword)
        rows = "".join(
            self.teaser_row(a, f"index.php?cmd=140&amp;id={self.numeric_id(a)}&amp;keyword={kw}") for a in shown
        )
        numbers = " ".join(
            f"<b>[{n}]</b>" if n == page else f'<a href="index.php?cmd=300&amp;keyword={kw}&amp;page={n}">{n}</a>'
            for n in range(1, pages + 1)
        )
        summary = (
            f'Tìm thấy <b>{len(found)}</b> kết quả với từ khóa "<b>{esc(keyword)}</b>"'
            if keyword
            else "Vui lòng nhập từ khóa tìm kiếm."
        )
        return (
            self.box_head(self.s["search"])
            + f'<tr><td colspan="2" style="font-size:12px">{summary}</td></tr>'
            + rows
            + f'<tr><td colspan="2" align="center" style="font-size:12px">Trang: {numbers}</td></tr>'
        )

    def english_stub(self) -> str:
        """?lang=en: the English version that was never written."""
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Department of Labour, Invalids and Social Affairs of Quang Binh</title></head>
<body style="font-family:Arial"><table width="1000" align="center"><tr><td><img src="images/banner_en.jpg" width="1000" height="160"></td></tr>
<tr><td style="padding:30px;font-size:14px">The English version of this website is under construction. Please visit the <a href="index.php?lang=vi">Vietnamese version</a>.</td></tr>
<tr><td align="center" style="font-size:11px">{esc(self.spec.address)}</td></tr></table></body></html>"""

    def login_page(self) -> str:
        """/admin/: disallowed by robots.txt but linked from the footer."""
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(self.s["admin"])} - {esc(self.spec.name)}</title></head>
<body><form action="index.php" method="post"><table align="center" style="margin-top:100px;font-size:12px"><tr><td colspan="2"><b>{esc(self.s["login_page"])}</b></td></tr>
<tr><td>Tên đăng nhập:</td><td><input name="username"></td></tr><tr><td>Mật khẩu:</td><td><input type="password" name="password"></td></tr>
<tr><td colspan="2" align="center"><input type="submit" value="{esc(self.s["login"])}"></td></tr></table></form></body></html>"""
