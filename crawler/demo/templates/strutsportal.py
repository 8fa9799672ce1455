"""A Vietnamese vendor's Struts 1 / JSP portal of 2009-2015 (Tomcat behind Apache), as a Sở Tư pháp ran it.

What the family serves: `.do` actions dispatched by a `method=` (or, in the 2010 module, `dispatch=`) parameter,
`;jsessionid=` in every link because the session cookie's Path never matches behind the proxy, JSP fragments
(`/portal/jsp/...`) fetched directly by iframes and the print window with Tomcat's default ISO-8859-1 header over
UTF-8 bytes, category lists paged by a JavaScript form that POSTs, `?page=` links on the lists written later,
FCKeditor bodies with every non-ASCII letter as a numeric character reference, Tomcat's own error pages and the
vendor's soft 'not found', a search whose Vietnamese keywords arrive as ISO-8859-1 mojibake (no URIEncoding),
RSS with Java's Vietnamese-locale dates, and an endless weekly 'Lịch công tác'.
"""

import re
import secrets
import unicodedata
from datetime import date, timedelta

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import photo
from govnews.crawler.demo.text import esc

CTX = "/portal"
JSID = "@@JSESSIONID@@"
ONLINE = "@@ONLINE@@"
HITS = "@@HITS@@"
TOMCAT = "Apache Tomcat/6.0.35"
OLD_ERA = (
    2014  # items before this year were typed in the 2010 FCKeditor 2 module: NCR bodies, the old 'dispatch' action
)
GET_PAGED = ("binh-dang-gioi", "thong-bao")  # lists rewritten in 2016 with plain '?page=' links; the rest post a form
JAVA_WEEKDAYS = ("Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN")
EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STATIC = {
    "1": (
        "Giới thiệu chung",
        "Sở Tư pháp tỉnh Yên Bái là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng "
        "tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác xây dựng và thi hành pháp luật, theo dõi "
        "thi hành pháp luật, kiểm tra, xử lý văn bản quy phạm pháp luật, phổ biến, giáo dục pháp luật, hòa giải ở "
        "cơ sở, hộ tịch, quốc tịch, chứng thực, lý lịch tư pháp, bồi thường nhà nước, trợ giúp pháp lý, luật sư, "
        "công chứng, giám định tư pháp, đấu giá tài sản và các công tác tư pháp khác.",
    ),
    "2": (
        "Cơ cấu tổ chức",
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng Sở, Thanh "
        "tra Sở, Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật, Phòng Phổ biến, giáo dục pháp luật, Phòng "
        "Hành chính tư pháp, Phòng Bổ trợ tư pháp. Đơn vị sự nghiệp: Trung tâm Trợ giúp pháp lý nhà nước, Trung tâm "
        "Dịch vụ đấu giá tài sản, Phòng Công chứng số 1.",
    ),
    "3": (
        "Chức năng, nhiệm vụ",
        "Thực hiện theo Thông tư liên tịch của Bộ Tư pháp và Bộ Nội vụ hướng dẫn chức năng, "
        "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp thuộc Ủy ban nhân dân cấp tỉnh.",
    ),
}


class StrutsPortal(Template):
    """Sở Tư pháp Yên Bái on a vendor's Struts 1 portal: /portal/news.do?method=detail&newsId=N&catId=K."""

    feed_path = f"{CTX}/rss.do?catId=0"
    related_count = 6

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        by_date = sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id))
        # the NEWS table's sequence: ids grow with the posting date
        self.ids = {a.id: self.spec.article_id_base + 7 * rank + a.number % 5 for rank, a in enumerate(by_date)}
        self.by_news_id = {v: a for a in self.articles for v in [self.ids[a.id]]}

    # ---- addresses --------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """';jsessionid=' is Tomcat's path parameter, no part of a page's address."""
        return super().route_key(re.sub(r";jsessionid=[^/?#]*", "", path_qs))

    def cat(self, article: CorpusArticle) -> Category:
        return self.spec.category(article.category)

    def nid(self, article: CorpusArticle) -> int:
        return self.ids[article.id]

    def article_path(self, article: CorpusArticle) -> str:
        return f"{CTX}/news.do?method=detail&newsId={self.nid(article)}&catId={self.cat(article).key}"

    def a(self, path: str) -> str:
        """A link as the JSPs write it: response.encodeURL() puts the session id before the query."""
        base, sep, query = path.partition("?")
        return esc(f"{base};jsessionid={JSID}{sep}{query}")

    def detail_href(
        self, article: CorpusArticle, cat_key: str | None = None, order: str = "std", extra: str = ""
    ) -> str:
        n, k = self.nid(article), cat_key or self.cat(article).key
        if order == "nocat":
            return self.a(f"{CTX}/news.do?method=detail&newsId={n}{extra}")
        if order == "cat-first":
            return self.a(f"{CTX}/news.do?catId={k}&newsId={n}&method=detail{extra}")
        return self.a(f"{CTX}/news.do?method=detail&newsId={n}&catId={k}{extra}")

    def old_href(self, article: CorpusArticle) -> str:
        """The 2010 module's action, still mapped in struts-config.xml."""
        return self.a(f"{CTX}/tintuc.do?dispatch=view&id={self.nid(article)}")

    def list_path(self, category: Category, page: int = 1) -> str:
        if category.slug in GET_PAGED:
            action = (
                "chuyenmuc.do?method=view&id" if category.slug == "binh-dang-gioi" else "thongbao.do?method=list&catId"
            )
            return f"{CTX}/{action}={category.key}" + (f"&page={page}" if page > 1 else "")
        return f"{CTX}/news.do?method=list&catId={category.key}" + (f"&pageNo={page}" if page > 1 else "")

    def print_path(self, article: CorpusArticle) -> str:
        return f"{CTX}/jsp/news/print.jsp?newsId={self.nid(article)}"

    def file_path(self, article: CorpusArticle) -> str | None:
        name = self.attachment(article)
        return f"{CTX}/upload/files/{self.when[article.id].at.year}/{name}" if name else None

    # ---- responses ----------------------------------------------------------------------------
    def page(self, text: str, status: int = 200, charset: str = "UTF-8") -> Response:
        """Tomcat writes 'text/html;charset=UTF-8' for JSPs with the page directive, ISO-8859-1 for the rest."""
        return Response(status, text.encode("utf-8"), f"text/html;charset={charset}", self.headers())

    @staticmethod
    def headers() -> dict[str, str]:
        return {"Pragma": "No-cache", "Cache-Control": "no-cache", "Expires": "Thu, 01 Jan 1970 00:00:00 GMT"}

    def personalize(self, body: bytes) -> bytes:
        """No cookie ever comes back (its Path is the old context), so every response opens a new session."""
        if JSID.encode() in body:
            body = body.replace(JSID.encode(), secrets.token_hex(16).upper().encode())
        if ONLINE.encode() in body:
            body = body.replace(ONLINE.encode(), str(20 + secrets.randbelow(90)).encode())
        if HITS.encode() in body:
            body = body.replace(HITS.encode(), f"{2_317_000 + secrets.randbelow(9000):,}".replace(",", ".").encode())
        return body

    def not_found(self) -> Response:
        return self.tomcat_error(404, "/portal/...", "The requested resource () is not available.")

    def tomcat_error(self, status: int, message: str, description: str, trace: str = "") -> Response:
        body = (
            f"<html><head><title>{TOMCAT} - Error report</title><style><!--H1 {{font-family:Tahoma,Arial,sans-serif;"
            "color:white;background-color:#525D76;font-size:22px;}} B {{font-family:Tahoma,Arial,sans-serif;"
            "color:white;background-color:#525D76;}} P {{font-family:Tahoma,Arial,sans-serif;background:white;"
            "color:black;font-size:12px;}}--></style> </head><body>"
            f'<h1>HTTP Status {status} - {esc(message)}</h1><HR size="1" noshade="noshade">'
            f"<p><b>type</b> {'Exception' if trace else 'Status'} report</p><p><b>message</b> <u>{esc(message)}</u></p>"
            f"<p><b>description</b> <u>{esc(description)}</u></p>"
            + (f"<p><b>exception</b> <pre>{esc(trace)}</pre></p>" if trace else "")
            + f'<HR size="1" noshade="noshade"><h3>{TOMCAT}</h3></body></html>'
        )
        return Response(status, body.encode("utf-8"), "text/html;charset=utf-8", {"Connection": "close"})

    def robots(self) -> str:
        return (
            "# robots.txt - stp.yenbai.gov.vn\n"
            "User-agent: *\n"
            "Disallow: /portal/jsp/\n"
            "Disallow: /portal/admin/\n"
            "Disallow: /portal/login.do\n"
            "Disallow: /portal/search.do\n"
            "Disallow: /portal/WEB-INF/\n"
            "Disallow: /manager/\n"
            "Disallow: /cgi-bin/\n"
        )

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/robots.txt", self.text(self.robots()))
        self.add("/", self.moved(f"{CTX}/"))
        self.add(CTX, self.moved(f"{CTX}/"))
        home = self.page(self.home_page())
        for path in (f"{CTX}/", f"{CTX}/index.jsp", f"{CTX}/home.do"):
            self.add(path, home)
        self.add(f"{CTX}/jsp/common/menuTrai.jsp", self.page(self.left_menu(), charset="ISO-8859-1"))
        self.add(f"{CTX}/jsp/common/thongBaoMoi.jsp", self.page(self.notice_frame(), charset="ISO-8859-1"))
        for category in self.spec.categories:
            self.build_listing(category)
        for article in self.articles:
            self.build_article(article)
        for key, (title, text) in STATIC.items():
            self.add(f"{CTX}/gioithieu.do?method=view&id={key}", self.page(self.static_page(key, title, text)))
        self.add(f"{CTX}/lienhe.do", self.page(self.contact_page()))
        self.add(f"{CTX}/login.do", self.page(self.login_page()))
        self.add(f"{CTX}/vanban.do?method=list", self.page(self.documents_page()))
        self.add(f"{CTX}/rss.do?method=list", self.page(self.rss_directory()))
        self.add(self.feed_path, self.xml(self.feed(None)))
        self.add(f"{CTX}/rss.do", self.xml(self.feed(None)))
        for category in self.spec.categories:
            self.add(f"{CTX}/rss.do?catId={category.key}", self.xml(self.feed(category)))

    def moved(self, location: str) -> Response:
        return Response(302, b"", "text/html;charset=iso-8859-1", {"Location": self.url(location)})

    def xml(self, text: str) -> Response:
        return Response(200, text.encode("utf-8"), "text/xml;charset=UTF-8", self.headers())

    def build_listing(self, category: Category) -> None:
        items = self.listing(category.slug)
        pages = self.chunks(items)
        for number, chunk in enumerate(pages, start=1):
            response = self.page(self.listing_page(category, chunk, number, len(pages)))
            self.add(self.list_path(category, number), response)
            if category.slug in GET_PAGED:
                self.add(self.list_path(category, 1) + f"&page={number}", response)
                for article in chunk:  # the 2016 list JSP carries its page into the links, for 'Quay lại'
                    self.add(
                        f"{CTX}/news.do?method=detail&newsId={self.nid(article)}&catId={category.key}&page={number}",
                        self.page(self.article_page(article, category)),
                    )
                # the old menu still points at the generic list action; the JSP behind it posts its pager
                self.add(
                    f"{CTX}/news.do?method=list&catId={category.key}" + (f"&pageNo={number}" if number > 1 else ""),
                    self.page(self.listing_page(category, chunk, number, len(pages), posted=True)),
                )
            else:
                self.add(self.list_path(category, 1) + f"&pageNo={number}", response)

    def build_article(self, article: CorpusArticle) -> None:
        main = self.spec.category(self.spec.main_category)
        page = self.page(self.article_page(article, self.cat(article)))
        n = self.nid(article)
        self.add(self.article_path(article), page)
        self.add(f"{CTX}/news.do?method=detail&newsId={n}", page)
        if article.category != main.slug:
            # the main list links on-topic items of other categories with its own catId: the breadcrumb follows it
            self.add(
                f"{CTX}/news.do?method=detail&newsId={n}&catId={main.key}", self.page(self.article_page(article, main))
            )
        if self.when[article.id].at.year < OLD_ERA:
            self.add(f"{CTX}/tintuc.do?dispatch=view&id={n}", page)
        self.add(self.print_path(article), self.page(self.print_page(article), charset="ISO-8859-1"))
        self.add(f"{CTX}/news.do?method=sendMail&newsId={n}", self.page(self.send_mail_page(article)))
        path = self.file_path(article)
        if path:
            self.add(path, self.pdf(path.rsplit("/", 1)[-1], article))
            self.add(f"{CTX}/download.do?method=download&fileId={n}", self.download(article))

    def download(self, article: CorpusArticle) -> Response:
        response = self.pdf(self.attachment(article) or "file.pdf", article)
        name = self.attachment(article) or "file.pdf"
        response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    # ---- per-request pages -----------------------------------------------------------------
    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        path = re.sub(r";jsessionid=[^/?#]*", "", path)
        query = dict(params)
        if path == f"{CTX}/lichCongTac.do":
            return self.page(self.calendar_page(query.get("week", ""), query.get("year", "")))
        if path == f"{CTX}/search.do":
            return self.page(self.search_page(query.get("keyword", "")))
        if path in (f"{CTX}/news.do", f"{CTX}/tintuc.do"):
            method = query.get("method") or query.get("dispatch")
            if method not in ("detail", "list", "print", "sendMail", "view"):
                return self.tomcat_error(
                    500,
                    "Request[/news] does not contain handler parameter named 'method'.  This may be caused by "
                    "whitespace in the label text.",
                    "The server encountered an internal error () that prevented it from fulfilling this request.",
                    "javax.servlet.ServletException: Request[/news] does not contain handler parameter named 'method'\n"
                    "\torg.apache.struts.actions.DispatchAction.unspecified(DispatchAction.java:221)\n"
                    "\torg.apache.struts.actions.DispatchAction.execute(DispatchAction.java:184)",
                )
            raw = query.get("newsId") or query.get("id") or query.get("catId") or ""
            if not raw.strip().isdigit():
                return self.tomcat_error(
                    500,
                    "",
                    "The server encountered an internal error () that prevented it from fulfilling this request.",
                    f'java.lang.NumberFormatException: For input string: "{raw}"\n'
                    "\tjava.lang.NumberFormatException.forInputString(NumberFormatException.java:48)\n"
                    "\tjava.lang.Integer.parseInt(Integer.java:449)\n"
                    "\tvn.vendor.portal.news.action.NewsAction.detail(NewsAction.java:87)",
                )
            if method == "list":  # past the last page: the list JSP with nothing in it
                category = next((c for c in self.spec.categories if c.key == query.get("catId")), None)
                if category is not None:
                    return self.page(self.listing_page(category, [], int(query.get("pageNo") or 1), 0, posted=True))
            return self.page(self.soft_missing())
        return None

    # ---- chrome -------------------------------------------------------------------------------
    def shell(self, title: str, inner: str, crumbs: str = "", left: bool = True) -> str:
        cats = self.spec.categories
        menu = "".join(
            f'<td class="menu-item"><a href="{self.a(self.list_path(c))}">{esc(c.name)}</a></td>' for c in cats
        )
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n'
            "<html><head>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            f"<title>{esc(title)}</title>\n"
            '<meta name="keywords" content="Sở Tư pháp Yên Bái, phổ biến giáo dục pháp luật, lý lịch tư pháp">\n'
            f'<link href="{CTX}/css/style.css" rel="stylesheet" type="text/css">\n'
            f'<script type="text/javascript" src="{CTX}/js/common.js"></script>\n'
            f'<script type="text/javascript" src="{CTX}/js/jquery-1.4.2.min.js"></script>\n'
            "</head>\n"
            '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
            '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">\n'
            f'<tr><td colspan="3" class="banner"><img src="{CTX}/images/banner_stp.jpg" width="1000" height="150" '
            'alt="SỞ TƯ PHÁP TỈNH YÊN BÁI"></td></tr>\n'
            '<tr><td colspan="3" class="sapnhap"><marquee scrollamount="3">Thực hiện Nghị quyết của Quốc hội về sắp '
            "xếp đơn vị hành chính cấp tỉnh, từ ngày 01/7/2025 tỉnh Yên Bái hợp nhất với tỉnh Lào Cai. Trang thông "
            "tin điện tử Sở Tư pháp tỉnh Yên Bái dừng cập nhật và được duy trì để tra cứu.</marquee></td></tr>\n"
            '<tr><td colspan="3"><table class="topmenu" cellpadding="0" cellspacing="0"><tr>'
            f'<td class="menu-item"><a href="{self.a(CTX + "/home.do")}">{esc(self.s["home"])}</a></td>'
            f'<td class="menu-item"><a href="{self.a(CTX + "/gioithieu.do?method=view&id=1")}">Giới thiệu</a></td>'
            f"{menu}"
            f'<td class="menu-item"><a href="{self.a(CTX + "/vanban.do?method=list")}">Văn bản</a></td>'
            f'<td class="menu-item"><a href="{self.a(CTX + "/lichCongTac.do?method=view&week=26&year=2025")}">'
            f"{esc(self.s['calendar'])}</a></td>"
            f'<td class="menu-item"><a href="{self.a(CTX + "/lienhe.do")}">Liên hệ</a></td>'
            "</tr></table></td></tr>\n"
            '<tr><td colspan="3" class="searchbar">'
            f'<form name="frmSearch" method="get" action="{self.a(CTX + "/search.do")}" style="margin:0">'
            '<input type="hidden" name="method" value="search">'
            f'{esc(self.s["search"])}: <input type="text" name="keyword" size="25" class="textbox"> '
            '<input type="submit" value="Tìm" class="button"></form></td></tr>\n'
            "<tr>"
            + (
                '<td width="200" valign="top" class="left">'
                f'<iframe src="{CTX}/jsp/common/menuTrai.jsp" width="200" height="420" frameborder="0" scrolling="no" '
                'name="menuTrai"></iframe>' + self.left_boxes() + "</td>"
                if left
                else ""
            )
            + f'<td valign="top" class="main">{crumbs}\n{inner}\n</td>'
            + f'<td width="210" valign="top" class="right">{self.right_boxes()}</td></tr>\n'
            f'<tr><td colspan="3" class="footer">{self.footer()}</td></tr>\n'
            "</table>\n"
            "<script type=\"text/javascript\">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-21987654-1']);"
            " _gaq.push(['_trackPageview']);</script>\n"
            "</body></html>\n"
        )

    def left_boxes(self) -> str:
        return (
            '<div class="box"><div class="box-title">Thủ tục hành chính</div><ul>'
            "<li>Lĩnh vực Hộ tịch</li><li>Lĩnh vực Lý lịch tư pháp</li><li>Lĩnh vực Chứng thực</li>"
            "<li>Lĩnh vực Công chứng</li><li>Lĩnh vực Trợ giúp pháp lý</li></ul></div>"
        )

    def right_boxes(self) -> str:
        notices = self.listed("thong-bao")[:5]
        rows = "".join(f'<li><a href="{self.detail_href(a)}">{esc(a.title)}</a></li>' for a in notices)
        links = "".join(f"<option>{esc(name)}</option>" for name in self.s["links"])
        stats = self.s["stats"]
        return (
            f'<div class="box"><div class="box-title">Thông báo</div><ul class="thongbao">{rows}</ul></div>'
            '<div class="box"><div class="box-title">Văn bản mới</div>'
            f'<iframe src="{CTX}/jsp/common/thongBaoMoi.jsp" width="205" height="160" frameborder="0"></iframe></div>'
            f'<div class="box"><div class="box-title">{esc(self.s["links_title"])}</div>'
            f'<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{links}</select></div>'
            f'<div class="box"><div class="box-title">{esc(self.s["stats_title"])}</div>'
            f"<p>{esc(stats[0])}: <b>{ONLINE}</b></p><p>{esc(stats[3])}: <b>{HITS}</b></p></div>"
            f'<div class="box"><a href="{self.a(CTX + "/rss.do?method=list")}">'
            f'<img src="{CTX}/images/rss.gif" alt="RSS" border="0"> RSS</a> | '
            f'<a href="{self.a(CTX + "/login.do")}">{esc(self.s["login"])}</a></div>'
        )

    def footer(self) -> str:
        lines = "<br>".join(esc(line) for line in self.footer_lines())
        return f'<div class="footer-text">{lines}<br>Thiết kế và phát triển: Công ty Cổ phần Phần mềm Sao Việt</div>'

    def crumbs(self, category: Category | None, tail: str = "") -> str:
        parts = [f'<a href="{self.a(CTX + "/home.do")}">{esc(self.s["home"])}</a>']
        if category is not None:
            parts.append(f'<a href="{self.a(self.list_path(category))}">{esc(category.name)}</a>')
        if tail:
            parts.append(esc(tail))
        return '<div class="breadcrumb">' + " &raquo; ".join(parts) + "</div>"

    # ---- pages --------------------------------------------------------------------------------
    def home_page(self) -> str:
        featured = self.featured(3)
        feat = "".join(
            f'<div class="hot-item"><a href="{self.detail_href(a, order="cat-first")}" class="hot-title">'
            f"{esc(a.title)}</a><p>{esc(self.teaser(a))}</p></div>"
            for a in featured
        )
        latest = "".join(
            f'<li><a href="{self.detail_href(a, order="nocat")}">{esc(a.title)}</a> '
            f'<span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in self.latest(8)
        )
        boxes = ""
        for category in self.spec.categories:
            items = self.listing(category.slug)[:4]
            rows = "".join(f'<li><a href="{self.detail_href(a, category.key)}">{esc(a.title)}</a></li>' for a in items)
            boxes += (
                f'<div class="cat-box"><div class="cat-title"><a href="{self.a(self.list_path(category))}">'
                f"{esc(category.name)}</a></div><ul>{rows}</ul>"
                f'<div class="more"><a href="{self.a(self.list_path(category))}">{esc(self.s["read_more"])}</a></div>'
                "</div>"
            )
        inner = (
            f'<div class="box-hot"><div class="box-title">{esc(self.s["featured"])}</div>{feat}</div>'
            f'<div class="box-latest"><div class="box-title">Tin mới cập nhật</div><ul>{latest}</ul></div>'
            f"{boxes}"
        )
        return self.shell(f"Sở Tư pháp tỉnh Yên Bái - {self.s['home']}", inner)

    def left_menu(self) -> str:
        """menuTrai.jsp, an include asked for directly by the iframe: no page directive, so ISO-8859-1."""
        rows = "".join(
            f'<li><a href="{self.a(self.list_path(c))}" target="_top">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        statics = "".join(
            f'<li><a href="{self.a(f"{CTX}/gioithieu.do?method=view&id={k}")}" target="_top">{esc(t)}</a></li>'
            for k, (t, _) in STATIC.items()
        )
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<link href="{CTX}/css/menu.css" rel="stylesheet"></head><body class="menu-frame">'
            f'<div class="menu-title">CHUYÊN MỤC</div><ul class="tree">{rows}</ul>'
            f'<div class="menu-title">GIỚI THIỆU</div><ul class="tree">{statics}</ul></body></html>'
        )

    def notice_frame(self) -> str:
        rows = "".join(
            f'<li><a href="{self.a(f"{CTX}/vanban.do?method=list")}" target="_top">'
            f"{esc(d.kind)} số {esc(d.number)}</a></li>"
            for a in self.listed()[:12]
            for d in a.documents[:1]
        )
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            f'<marquee direction="up" scrollamount="1" height="150"><ul>{rows}</ul></marquee></body></html>'
        )

    def listing_page(
        self, category: Category, items: list[CorpusArticle], number: int, total: int, posted: bool = False
    ) -> str:
        get_paged = category.slug in GET_PAGED and not posted
        rows = ""
        for a in items:
            href = self.detail_href(a, category.key, extra=f"&page={number}" if get_paged else "")
            rows += (
                f'<div class="news-item"><a href="{href}" class="news-title">{esc(a.title)}</a> '
                f'<span class="date">({self.when[a.id].dmy()})</span>'
                f'<p class="sapo">{esc(self.teaser(a, 240))}</p></div>'
            )
        if not items:
            rows = '<p class="empty">Không có tin bài nào trong chuyên mục này.</p>'
        if get_paged:
            pager = self.get_pager(category, number, total)
        else:
            pager = self.post_pager(category, number, total)
        inner = f'<div class="cat-header">{esc(category.name)}</div>{rows}{pager}'
        return self.shell(f"{category.name} - Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(category))

    def get_pager(self, category: Category, number: int, total: int) -> str:
        def link(page: int, label: str) -> str:
            return f'<a href="{self.a(self.list_path(category, 1) + f"&page={page}")}">{label}</a>'

        parts = []
        if number > 1:
            parts += [link(1, "Trang đầu"), link(number - 1, "&laquo;")]
        for page in range(1, total + 1):
            parts.append(f"<b>[{page}]</b>" if page == number else link(page, str(page)))
        if number < total:
            parts += [link(number + 1, "&raquo;"), link(total, "Trang cuối")]
        return f'<div class="pager">Trang: {" ".join(parts)}</div>'

    def post_pager(self, category: Category, number: int, total: int) -> str:
        """The Struts list JSP: a form posting pageNo, page numbers as javascript: links."""
        parts = []
        if number > 1:
            parts.append(f'<a href="javascript:goPage({number - 1})">&lt;&lt; {esc(self.s["prev_page"])}</a>')
        for page in range(1, total + 1):
            parts.append(
                f'<span class="current">{page}</span>'
                if page == number
                else f'<a href="javascript:goPage({page})">{page}</a>'
            )
        if number < total:
            parts.append(f'<a href="javascript:goPage({number + 1})">{esc(self.s["next_page"])} &gt;&gt;</a>')
        return (
            f'<form name="newsForm" method="post" action="{self.a(CTX + "/news.do")}">'
            '<input type="hidden" name="method" value="list">'
            f'<input type="hidden" name="catId" value="{esc(category.key)}">'
            f'<input type="hidden" name="pageNo" value="{number}">'
            f'<div class="pager">{" | ".join(parts)}</div></form>'
            '<script type="text/javascript">function goPage(p){document.newsForm.pageNo.value=p;'
            "document.newsForm.submit();}</script>"
        )

    def date_line(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        clock = when.hm() or "00:00"  # a java.util.Date: date-only items were stored at midnight
        return f"Ngày đăng: {when.dmy()} {clock}"

    def body(self, article: CorpusArticle) -> str:
        old = self.when[article.id].at.year < OLD_ERA
        parts = []
        if article.lead:
            parts.append(f"<p><strong>{self.prose(article.lead, old)}</strong></p>")
        shot = photo(article) if article.number % 3 == 0 else None
        for i, paragraph in enumerate(article.paragraphs):
            parts.append(f'<p style="text-align: justify;">{self.prose(paragraph, old)}</p>')
            if shot is not None and i == shot.after:
                parts.append(
                    f'<p style="text-align: center;"><img src="{CTX}/upload/images/{self.when[article.id].at.year}/'
                    f'anh{self.nid(article)}.jpg" width="450" border="0" alt=""></p>'
                    f'<p style="text-align: center;"><em>{self.prose(shot.caption, old)} '
                    f"({self.prose(shot.credit, old)})</em></p>"
                )
        return "\n".join(parts)

    @staticmethod
    def prose(text: str, ncr: bool) -> str:
        """FCKeditor 2 (the 2010 module) stored every non-ASCII letter as a numeric character reference."""
        escaped = esc(text)
        if not ncr:
            return escaped
        return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in unicodedata.normalize("NFC", escaped))

    def article_page(self, article: CorpusArticle, category: Category) -> str:
        n = self.nid(article)
        old = self.when[article.id].at.year < OLD_ERA
        byline = self.byline_author(article)
        file_path = self.file_path(article)
        attach = ""
        if file_path:
            name = file_path.rsplit("/", 1)[-1]
            attach = (
                f'<div class="attach">{esc(self.s["attachment"])} <a href="{self.a(file_path)}">{esc(name)}</a> '
                f'(<a href="{self.a(f"{CTX}/download.do?method=download&fileId={n}")}">Tải về</a>)</div>'
            )
        related = self.related(article)
        if old:
            others = "".join(
                f'<li><a href="{self.old_href(a)}">{esc(a.title)}</a> '
                f'<span class="date">[{self.java_date(a)}]</span></li>'
                for a in related
            )
        else:
            others = "".join(
                f'<li><a href="{self.detail_href(a)}">{esc(a.title)}</a> '
                f'<span class="date">({self.when[a.id].dmy()})</span></li>'
                for a in related
            )
        inner = (
            '<div class="news-detail">'
            f'<h1 class="news-title">{esc(article.title)}</h1>'
            f'<div class="news-info"><span class="date">{self.date_line(article)}</span> | '
            f'{esc(self.s["views"])}: <span class="hits">{self.views(article)}</span></div>'
            + (f'<div class="news-author">{esc(byline)}</div>' if byline else "")
            + f'<div class="news-content" id="noidung">\n{self.body(article)}\n'
            f"{self.signature(article)}{self.label(article)}</div>"
            f"{attach}"
            '<div class="tools">'
            f'<a href="{self.a(self.print_path(article))}" target="_blank" '
            f"onclick=\"window.open(this.href,'print','width=760,height=600,scrollbars=yes');return false;\">"
            f'<img src="{CTX}/images/print.gif" border="0"> {esc(self.s["print_short"])}</a> | '
            f'<a href="{self.a(f"{CTX}/news.do?method=sendMail&newsId={n}")}">{esc(self.s["email"])}</a> | '
            f'<a href="javascript:history.back()">{esc(self.s["back"])}</a> | '
            '<a href="#top">Lên đầu trang</a></div>'
            '<div class="addthis_toolbox addthis_default_style"><a class="addthis_button_facebook"></a>'
            '<a class="addthis_button_google_plusone"></a><a class="addthis_button_email"></a>'
            '<a class="addthis_button_compact"></a></div>'
            '<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#pubid=xa-4d8f2c"></script>'
            "</div>"
            + (
                f'<div class="other-news"><div class="box-title">{esc(self.s["other_news_long"])}</div>'
                f"<ul>{others}</ul></div>"
                if others
                else ""
            )
        )
        return self.shell(f"{article.title}", inner, self.crumbs(category))

    def java_date(self, article: CorpusArticle) -> str:
        """<%= news.getPostDate() %> in the 2010 JSP: java.util.Date.toString()."""
        at = self.when[article.id].at
        return f"{EN_DAYS[at.weekday()]} {EN_MONTHS[at.month - 1]} {at.day:02d} {at:%H:%M:%S} ICT {at.year}"

    def print_page(self, article: CorpusArticle) -> str:
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f"<title>{esc(article.title)}</title></head>"
            '<body onload="window.print()" style="font-family:Times New Roman;font-size:14px">'
            '<table width="700" align="center"><tr><td><b>SỞ TƯ PHÁP TỈNH YÊN BÁI</b><hr>'
            f"<h2>{esc(article.title)}</h2><i>{self.date_line(article)}</i>\n"
            f"{self.body(article)}\n{self.signature(article)}{self.label(article)}"
            f"<hr><small>Địa chỉ bài viết: {esc(self.canonical_url(article))}</small></td></tr></table></body></html>"
        )

    def send_mail_page(self, article: CorpusArticle) -> str:
        inner = (
            f'<div class="cat-header">{esc(self.s["email"])}</div><p>{esc(article.title)}</p>'
            f'<form method="post" action="{self.a(CTX + "/news.do")}">'
            '<input type="hidden" name="method" value="sendMail">'
            f'<input type="hidden" name="newsId" value="{self.nid(article)}">'
            '<p>Email người nhận: <input type="text" name="toEmail"></p><p>Họ tên người gửi: <input type="text" '
            'name="fromName"></p><p>Nội dung: <textarea name="message" rows="4" cols="40"></textarea></p>'
            '<p><input type="submit" value="Gửi"></p></form>'
        )
        return self.shell(f"{self.s['email']} - Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(None, self.s["email"]))

    def soft_missing(self) -> str:
        inner = (
            '<div class="news-detail"><p class="error">Tin bài không tồn tại hoặc đã bị xóa!</p>'
            f'<p><a href="javascript:history.back()">{esc(self.s["back"])}</a></p></div>'
        )
        return self.shell("Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(None))

    def static_page(self, key: str, title: str, text: str) -> str:
        inner = f'<div class="cat-header">{esc(title)}</div><div class="static-content"><p>{esc(text)}</p></div>'
        return self.shell(f"{title} - Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(None, title))

    def contact_page(self) -> str:
        inner = (
            '<div class="cat-header">Liên hệ</div>'
            f"<p><b>{esc(self.spec.owner)}</b></p><p>Địa chỉ: {esc(self.spec.address)}</p>"
            f"<p>{esc(self.s['footer_phone'])}</p><p>Email: stp@yenbai.gov.vn</p>"
            f'<form method="post" action="{self.a(CTX + "/lienhe.do")}">'
            '<input type="hidden" name="method" value="send">'
            '<p>Họ và tên: <input type="text" name="hoTen"></p><p>Email: <input type="text" name="email"></p>'
            '<p>Nội dung: <textarea name="noiDung" rows="5" cols="50"></textarea></p>'
            '<p><input type="submit" value="Gửi liên hệ"></p></form>'
        )
        return self.shell("Liên hệ - Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(None, "Liên hệ"))

    def login_page(self) -> str:
        inner = (
            f'<div class="cat-header">{esc(self.s["login"])}</div>'
            f'<form method="post" action="{self.a(CTX + "/login.do")}">'
            '<input type="hidden" name="method" value="login">'
            '<p>Tên đăng nhập: <input type="text" name="userName"></p>'
            '<p>Mật khẩu: <input type="password" name="password"></p>'
            '<p><input type="submit" value="Đăng nhập"></p></form>'
        )
        return self.shell("Đăng nhập hệ thống", inner, self.crumbs(None, self.s["login"]))

    def documents_page(self) -> str:
        rows = ""
        for article in self.listed():
            path = self.file_path(article)
            if not path or not article.documents:
                continue
            doc = article.documents[0]
            issued = f"{doc.date[8:10]}/{doc.date[5:7]}/{doc.date[:4]}" if doc.date else ""
            rows += (
                f"<tr><td>{esc(doc.number)}</td><td>{issued}</td><td>{esc(doc.kind)}: {esc(article.title)}</td>"
                f'<td><a href="{self.a(f"{CTX}/download.do?method=download&fileId={self.nid(article)}")}">'
                f'<img src="{CTX}/images/pdf.gif" border="0" alt="Tải về"></a></td></tr>'
            )
        inner = (
            '<div class="cat-header">Văn bản</div><table class="vanban" border="1" cellpadding="3" cellspacing="0">'
            "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
            f"{rows}</table>"
        )
        return self.shell("Văn bản - Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(None, "Văn bản"))

    def rss_directory(self) -> str:
        rows = f'<li><a href="{self.url(self.feed_path)}">Tin tổng hợp</a></li>' + "".join(
            f'<li><a href="{self.url(f"{CTX}/rss.do?catId={c.key}")}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        inner = f'<div class="cat-header">RSS</div><ul class="rss">{rows}</ul>'
        return self.shell("RSS - Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(None, "RSS"))

    def calendar_page(self, week: str, year: str) -> str:
        try:
            monday = date.fromisocalendar(int(year), max(1, min(53, int(week))), 1)
        except ValueError:
            monday = date(2025, 6, 23)
        iso = monday.isocalendar()
        prev, nxt = (monday - timedelta(days=7)).isocalendar(), (monday + timedelta(days=7)).isocalendar()
        days = "".join(
            f"<tr><td>{self.s['weekdays'][i]}, {(monday + timedelta(days=i)):%d/%m/%Y}</td>"
            "<td>Sáng: Lãnh đạo Sở làm việc tại cơ quan.<br>Chiều: Giải quyết công việc thường xuyên.</td></tr>"
            for i in range(5)
        )

        def link(cal: tuple, label: str) -> str:
            return f'<a href="{self.a(f"{CTX}/lichCongTac.do?method=view&week={cal[1]}&year={cal[0]}")}">{label}</a>'

        inner = (
            f'<div class="cat-header">{esc(self.s["calendar"])} - Tuần {iso[1]} năm {iso[0]}</div>'
            f'<div class="pager">{link(prev, "&laquo; Tuần trước")} | {link(nxt, "Tuần sau &raquo;")}</div>'
            f'<table class="lich" border="1" cellpadding="4" cellspacing="0">{days}</table>'
        )
        return self.shell(
            f"{self.s['calendar']} - Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(None, self.s["calendar"])
        )

    def search_page(self, keyword: str) -> str:
        """Tomcat without URIEncoding="UTF-8": the query string is read as ISO-8859-1, Vietnamese comes out garbled."""
        try:
            garbled = keyword.encode("utf-8").decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes any byte
            garbled = keyword
        needle = garbled.casefold().strip()
        hits = [a for a in self.listed() if needle and needle in a.title.casefold()] if needle else []
        rows = "".join(
            f'<li><a href="{self.detail_href(a)}">{esc(a.title)}</a> ({self.when[a.id].dmy()})</li>' for a in hits[:20]
        )
        inner = f'<div class="cat-header">Kết quả tìm kiếm với từ khóa: "{esc(garbled)}"</div>' + (
            f"<ul>{rows}</ul>" if rows else "<p>Không tìm thấy kết quả nào phù hợp.</p>"
        )
        return self.shell("Tìm kiếm - Sở Tư pháp tỉnh Yên Bái", inner, self.crumbs(None, self.s["search"]))

    # ---- RSS ----------------------------------------------------------------------------------
    def java_rfc822(self, article: CorpusArticle) -> str:
        """SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss Z") with the JVM's default vi_VN locale."""
        at = self.when[article.id].at
        return f"{JAVA_WEEKDAYS[at.weekday()]}, {at:%d} thg {at.month} {at.year} {at:%H:%M:%S} +0700"

    def feed(self, category: Category | None) -> str:
        if category is None:
            pool = self.in_feed()
            items = pool[:20] + [a for a in pool[20:] if self.access(a) == "feed_only"]
            title, link = "Sở Tư pháp tỉnh Yên Bái - Tin tổng hợp", f"{CTX}/home.do"
        else:
            items = self.listing(category.slug)[:10]
            title, link = f"Sở Tư pháp tỉnh Yên Bái - {category.name}", self.list_path(category)
        rows = "\n".join(
            f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}</link>"
            f"<description>{esc(self.teaser(a, 300))}</description>"
            f"<pubDate>{self.java_rfc822(a)}</pubDate></item>"
            for a in items
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(title)}</title><link>{esc(self.url(link))}</link>"
            f"<description>{esc(self.spec.name)}</description><language>vi-vn</language>"
            "<generator>vn.vendor.portal.rss.RssServlet</generator>\n"
            f"{rows}\n</channel></rss>\n"
        )
