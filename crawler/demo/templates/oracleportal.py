"""A provincial portal on Oracle Portal 10g/11g (the PL/SQL portal of Oracle Application Server), page group 'langson'.

Cổng thông tin điện tử tỉnh Lạng Sơn. Pages are Oracle Portal pages of the page group ``langson`` with friendly paths
``/portal/page/portal/langson/<page>/<subpage>``; the same page also answers at the pre-10g form
``/portal/page?_pageid=53,<page id>&_dad=portal&_schema=PORTAL`` (with or without a ``,53_<region>:53_<portlet>``
tail) that the PL/SQL menu portlet and the 'Sơ đồ cổng' still print. News comes from a vendor's PL/SQL news portlet
placed on each section page: an article is ``?categoryId=<K>&articleId=<N>`` on *any* page that carries the portlet
(the page path only picks the chrome), so the same article shows under its own section, under 'Bình đẳng giới' (the
on-topic ones filed elsewhere), on the home page's portlet and under ``/portal/page?_pageid=...``. Portlet parameters
are qualified by the portlet reference (``_piref53_<instance>_53_<page>_<page>.p_page_number=2``) on the numbered
pager, bare on the 'Tiếp' / 'Trước' links, which are relative to the page. 'Thông báo' are native Portal text items:
``/portal/page/portal/langson/thongbao/<ITEM_NAME>``, ``?p_itemid=<id>`` on the page, and the durable
``/pls/portal/url/ITEM/<GUID>`` that 302s to the path. Files are Portal documents ``/portal/pls/portal/docs/1/<id>.PDF``;
the print view and e-mail form are the vendor's PL/SQL procedures under ``/portal/pls/portal/`` (disallowed). Unknown
pages answer Portal's own error page with status 200; paths outside the portal get Oracle HTTP Server's 404.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
import secrets
from datetime import date, timedelta
from urllib.parse import parse_qsl, quote, urlsplit

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import esc
from .base import Response, Template
from .extras import photo

PG = "/portal/page/portal/langson"
PG_ID = 53
PROD = "http://www.langson.gov.vn"
HOME = f"{PG}/trangchu"
PRINT = "/portal/pls/portal/LANGSON_CMS.PKG_NEWS.PRINT_ARTICLE"
MAIL = "/portal/pls/portal/LANGSON_CMS.PKG_NEWS.SEND_MAIL"
DOCS = "/portal/pls/portal/docs/1"
ITEM = "/pls/portal/url/ITEM"
LOGIN = "/pls/orasso/orasso.wwsso_app_admin.ls_login"
SEARCH = f"{PG}/timkiem"
RESULTS = f"{PG}/ketquatimkiem"
CALENDAR = f"{PG}/lichcongtac"
CSS = "/portal/pls/portal/PORTAL.wwv_setting.render_css?p_lang=us&p_subscriberid=1&p_styleid=1,53&p_siteid=53"

# page key (path under the page group) -> (page id, page title)
PAGES = {
    "trangchu": (1, "Trang chủ"),
    "gioithieu": (238420, "Giới thiệu"),
    "tintucsukien": (238431, "Tin tức - Sự kiện"),
    "chidaodieuhanh": (238437, "Chỉ đạo - Điều hành"),
    "vanhoaxahoi": (238445, "Văn hóa - Xã hội"),
    "vanhoaxahoi/binhdanggioi": (1183527, "Bình đẳng giới - Vì sự tiến bộ phụ nữ"),
    "thongbao": (238452, "Thông báo"),
    "lienhe": (238460, "Liên hệ"),
    "timkiem": (238470, "Tìm kiếm"),
    "ketquatimkiem": (238471, "Kết quả tìm kiếm"),
    "lichcongtac": (238475, "Lịch công tác"),
    "sodocong": (238480, "Sơ đồ cổng"),
}
BY_PAGEID = {pid: key for key, (pid, _) in PAGES.items()}
# the vendor news portlet's category ids (its own table, not Portal's categories)
CATEGORY_IDS = {
    "tin-tuc-su-kien": 461,
    "chi-dao-dieu-hanh": 462,
    "van-hoa-xa-hoi": 475,
    "binh-dang-gioi": 1182,
    "thong-bao": 463,
}
STATIC = {
    "gioithieu": (
        "Khái quát về tỉnh Lạng Sơn",
        (
            "Lạng Sơn là tỉnh miền núi, biên giới thuộc vùng Đông Bắc, có diện tích tự nhiên 8.310 km², đường biên giới với Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc dài 231 km, có 2 cửa khẩu quốc tế, 1 cửa khẩu chính và các cửa khẩu phụ, lối mở.",
            "Dân số trên 80 vạn người, gồm các dân tộc chủ yếu là Nùng, Tày, Kinh, Dao, Sán Chay, Hoa, H'Mông. Tỉnh có 10 huyện và 1 thành phố (đến ngày 30/6/2025); từ ngày 01/7/2025 có 65 xã, phường.",
        ),
    ),
    "lienhe": (
        "Thông tin liên hệ",
        (
            "Trung tâm Thông tin - Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn. Địa chỉ: Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn.",
            "Điện thoại: 0205.3812.345 - Fax: 0205.3812.346 - Email: bbt@langson.gov.vn",
        ),
    ),
}
DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

# per-response values (personalize)
TOKEN = "SITE2PSTORETOKEN000000000000"
ONLINE = "ONLINECOUNT0"


def ncr(text: str) -> str:
    """HTML-escaped with every non-ASCII letter as a decimal reference, as Portal 10g's rich text editor stored it."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in esc(text))


class OraclePortal(Template):
    """Cổng TTĐT tỉnh Lạng Sơn on Oracle Portal 10g: page-group paths, _pageid aliases, a PL/SQL news portlet."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chronological = sorted(self.articles, key=lambda a: (self.when[a.id].at, a.id))
        self.article_ids = {
            a.id: self.spec.article_id_base + 2417 * i + (a.number * 37) % 211 for i, a in enumerate(chronological)
        }
        self.by_aid = {aid: next(a for a in self.articles if a.id == i) for i, aid in self.article_ids.items()}
        self.item_ids = {a.id: 3100000 + 4 * self.article_ids[a.id] % 99991 for a in self.articles}
        self.by_item = {v: self.by_aid[self.article_ids[k]] for k, v in self.item_ids.items()}
        self.item_names = {a.id: f"TB_{self.when[a.id].at.year}_{a.number:03d}" for a in self.articles}
        self.by_name = {v: self.by_aid[self.article_ids[k]] for k, v in self.item_names.items()}

    # ---- URLs -------------------------------------------------------------------------------
    def page_key(self, category: Category) -> str:
        return category.key

    def cat_path(self, category: Category) -> str:
        return f"{PG}/{category.key}"

    def is_item(self, article: CorpusArticle) -> bool:
        return article.category == "thong-bao"

    def article_path(self, article: CorpusArticle) -> str:
        if self.is_item(article):
            return f"{PG}/thongbao/{self.item_names[article.id]}"
        category = self.spec.category(article.category)
        return f"{self.cat_path(category)}?categoryId={CATEGORY_IDS[article.category]}&articleId={self.article_ids[article.id]}"

    def href_on(self, article: CorpusArticle, key: str) -> str:
        """The portlet's link to an article on the page ``key`` (its own section's page gives the canonical one)."""
        if self.is_item(article):
            return self.article_path(article)
        if key == "trangchu":
            return f"{HOME}?categoryId={CATEGORY_IDS[article.category]}&articleId={self.article_ids[article.id]}"
        own = self.spec.category(article.category).key
        if key == own or key not in {c.key for c in self.spec.categories}:
            return self.article_path(article)
        cid = CATEGORY_IDS[next(c.slug for c in self.spec.categories if c.key == key)]
        return f"{PG}/{key}?categoryId={cid}&articleId={self.article_ids[article.id]}"

    @staticmethod
    def pageid(key: str, portlet: bool = False) -> str:
        pid = PAGES[key][0]
        tail = f",{PG_ID}_{pid + 4}:{PG_ID}_{pid + 8}" if portlet else ""
        return f"/portal/page?_pageid={PG_ID},{pid}{tail}&_dad=portal&_schema=PORTAL"

    def guid(self, article: CorpusArticle) -> str:
        return hashlib.md5(f"langson-item-{article.id}".encode()).hexdigest().upper()

    def print_path(self, article: CorpusArticle) -> str:
        return f"{PRINT}?p_article_id={self.article_ids[article.id]}"

    def doc_path(self, article: CorpusArticle) -> str | None:
        if not article.documents or article.number % 2:
            return None
        return f"{DOCS}/{2250000 + self.article_ids[article.id] % 100000}.PDF"

    @staticmethod
    def piref(key: str, name: str) -> str:
        pid = PAGES[key][0]
        return f"_piref{PG_ID}_{pid + 8}_{PG_ID}_{pid}_{pid}.{name}"

    def robots(self) -> str:
        return (
            "# robots.txt for www.langson.gov.vn (Oracle Application Server 10g)\n"
            "User-agent: *\n"
            "Disallow: /pls/\n"
            "Disallow: /portal/pls/\n"
            f"Disallow: {RESULTS}\n"
            "Disallow: /portal/page/portal/TOPLEVELSITE\n"
            "Disallow: /portal/page/portal/PORTAL_ADMIN\n"
            "Disallow: /portal/page/portal/langson_admin\n"
            "Disallow: /discoverer/\n"
            "Disallow: /reports/\n"
        )

    # ---- responses --------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.content_type = "text/html; charset=UTF-8"
        response.headers.update({"Cache-Control": "private", "X-Cache": "MISS from webcache.langson.gov.vn"})
        return response

    def personalize(self, body: bytes) -> bytes:
        if TOKEN.encode() in body:
            body = body.replace(
                TOKEN.encode(), f"v1.2~{secrets.token_hex(4).upper()}~{secrets.token_hex(24).upper()}".encode()
            )
        if ONLINE.encode() in body:
            body = body.replace(ONLINE.encode(), str(40 + secrets.randbelow(160)).encode())
        return body

    def not_found(self) -> Response:
        """Oracle HTTP Server's own 404 (Apache 1.3 under OracleAS 10g)."""
        return self.html(
            '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<HTML><HEAD>\n<TITLE>404 Not Found</TITLE>\n</HEAD><BODY>\n<H1>Not Found</H1>\n'
            "The requested URL was not found on this server.<P>\n<HR>\n"
            "<ADDRESS>Oracle-Application-Server-10g/10.1.2.3.0 Oracle-HTTP-Server Server at www.langson.gov.vn Port 80</ADDRESS>\n</BODY></HTML>\n",
            status=404,
        )

    def portal_error(self) -> str:
        """Portal's error page for a page that does not exist (served with status 200)."""
        return (
            "<html><head><title>Error</title>"
            f'<link rel="stylesheet" type="text/css" href="{esc(CSS)}"></head><body>'
            '<table border="0" width="100%" cellpadding="0" cellspacing="0"><tr><td class="PortletHeaderColor">'
            '<font class="PortletHeading1">Error</font></td></tr></table>'
            '<table border="0" width="100%"><tr><td><font class="PortletText1">Error: The page requested does not exist. '
            "Please verify the URL and try again. (WWC-44131)</font></td></tr></table>"
            f'<p><a href="{HOME}">Trang chủ</a></p></body></html>'
        )

    # ---- routing ----------------------------------------------------------------------------
    @staticmethod
    def _plain(params: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Portlet-qualified parameters as the portlet sees them; Portal's own page parameters dropped."""
        out = []
        for name, value in params:
            if name in ("_dad", "_schema", "_mode", "_pageid"):
                continue
            if name.startswith("_piref") and "." in name:
                name = name.split(".", 1)[1]
            out.append((name, value))
        return out

    def lookup(self, path_qs: str) -> Response | None:
        parts = urlsplit(path_qs)
        params = parse_qsl(parts.query, keep_blank_values=True)
        path = parts.path
        if path in ("/portal/page", "/portal/page/"):
            raw = dict(params).get("_pageid", "")
            numbers = raw.split(",")
            key = "trangchu"
            if len(numbers) >= 2 and numbers[1].isdigit():
                known = BY_PAGEID.get(int(numbers[1]))
                if known is None:
                    return self.html(self.portal_error())
                key = known
            path = HOME if key == "trangchu" else f"{PG}/{key}"
        plain = self._plain(params)
        query = "&".join(f"{quote(k)}={quote(v)}" for k, v in plain)
        found = self.routes.get(self.route_key(path + (f"?{query}" if query else "")))
        if found is not None:
            return found
        return self.dynamic(path, plain)

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        query = dict(params)
        if path.startswith(ITEM + "/"):
            guid = path.rsplit("/", 1)[-1].upper()
            article = next((a for a in self.articles if self.guid(a) == guid), None)
            return self.redirect(self.article_path(article), 302) if article else self.html(self.portal_error())
        if path == LOGIN:
            return self.html(self.login_page())
        if path == RESULTS:
            return self.html(self.results_page(query.get("p_keyword", "")))
        if path == CALENDAR:
            return self.html(self.calendar_page(query.get("p_tuan", ""), query.get("p_nam", "")))
        if not path.startswith(PG):
            # other paths the Portal servlet owns (relative links resolved against /portal/page?...) get its error page
            return self.html(self.portal_error()) if path.startswith("/portal/") else None
        key = path[len(PG) :].strip("/") or "trangchu"
        if key not in PAGES:
            return self.html(self.portal_error())
        aid = query.get("articleId", "")
        if aid:
            article = self.by_aid.get(int(aid)) if aid.isdigit() else None
            if article is None or self.is_item(article):
                return self.html(
                    self.page(
                        key,
                        "Tin bài",
                        '<div class="news_detail"><p class="thongbao">Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p></div>',
                    )
                )
            return self.html(self.article_page(article, key))
        item = query.get("p_itemid", "")
        if key == "thongbao" and item:
            article = self.by_item.get(int(item)) if item.isdigit() else None
            if article is None:
                return self.html(self.portal_error())
            return self.html(self.item_page(article))
        for category in self.spec.categories:
            if key == category.key:
                pages = self.chunks(self.listing(category.slug))
                return self.html(self.listing_page(category, [], 0, len(pages)))
        return self.html(self.page(key, PAGES[key][1], ""))

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.redirect(HOME, 302))
        home = self.html(self.home_page())
        for path in (PG, PG + "/", HOME):
            self.add(path, home)
        self.add("/portal/page", home)
        self.add("/robots.txt", self.text(self.robots()))
        self.add(SEARCH, self.html(self.search_page()))
        self.add(f"{PG}/sodocong", self.html(self.sitemap_page()))
        for key, (title, paragraphs) in STATIC.items():
            body = "".join(f'<p align="justify">{esc(p)}</p>' for p in paragraphs)
            self.add(
                f"{PG}/{key}",
                self.html(
                    self.page(
                        key,
                        PAGES[key][1],
                        f'<div class="portal-item"><h2 class="itemtitle">{esc(title)}</h2>{body}</div>',
                    )
                ),
            )
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            cid = CATEGORY_IDS[category.slug]
            for number, items in enumerate(pages, start=1):
                page = self.html(self.listing_page(category, items, number, len(pages)))
                self.add(f"{self.cat_path(category)}?p_page_number={number}", page)
                self.add(f"{self.cat_path(category)}?categoryId={cid}&p_page_number={number}", page)
                if number == 1:
                    self.add(self.cat_path(category), page)
        for article in self.articles:
            if self.is_item(article):
                self.add(self.article_path(article), self.html(self.item_page(article)))
            else:
                self.add(
                    self.article_path(article),
                    self.html(self.article_page(article, self.spec.category(article.category).key)),
                )
                self.add(self.print_path(article), self.html(self.print_page(article)))
                self.add(f"{MAIL}?p_article_id={self.article_ids[article.id]}", self.html(self.mail_page(article)))
            doc = self.doc_path(article)
            if doc:
                self.add(doc, self.pdf(doc.rsplit("/", 1)[-1], article))

    # ---- pieces -----------------------------------------------------------------------------
    def date_text(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        return when.with_time(when.dmy(), "%H:%M")

    def menu(self, current: str) -> str:
        items = [
            ("trangchu", HOME),
            ("gioithieu", self.pageid("gioithieu")),
            ("tintucsukien", f"{PG}/tintucsukien"),
            ("chidaodieuhanh", f"{PG}/chidaodieuhanh"),
            ("vanhoaxahoi", self.pageid("vanhoaxahoi")),
            ("thongbao", f"{PG}/thongbao"),
            ("lienhe", f"{PG}/lienhe"),
        ]
        cells = "".join(
            f'<td class="{"tabcurrent" if key == current.split("/")[0] else "tab"}" nowrap><a href="{esc(href)}" class="tablink">{esc(PAGES[key][1])}</a></td>'
            for key, href in items
        )
        return f'<table class="tabs" border="0" cellpadding="0" cellspacing="0" width="100%" summary=""><tr>{cells}</tr></table>'

    def left(self) -> str:
        sub = (
            f'<li><a href="{esc(self.pageid("tintucsukien"))}">Tin tức - Sự kiện</a></li>'
            f'<li><a href="{esc(self.pageid("chidaodieuhanh"))}">Chỉ đạo - Điều hành</a></li>'
            f'<li><a href="{PG}/vanhoaxahoi">Văn hóa - Xã hội</a><ul>'
            f'<li><a href="{PG}/vanhoaxahoi/binhdanggioi">Bình đẳng giới - Vì sự tiến bộ phụ nữ</a></li></ul></li>'
            f'<li><a href="{esc(self.pageid("thongbao"))}">Thông báo</a></li>'
            f'<li><a href="{CALENDAR}">Lịch công tác</a></li>'
            f'<li><a href="{SEARCH}">Tìm kiếm</a></li>'
        )
        return (
            '<table class="RegionNoBorder" width="100%" cellpadding="0" cellspacing="0"><tr><td class="PortletHeaderColor">'
            '<span class="PortletHeading1">Danh mục</span></td></tr><tr><td class="PortletBodyColor">'
            f'<ul class="navtree">{sub}</ul></td></tr></table>'
        )

    def right(self) -> str:
        latest = "".join(
            f'<tr><td class="PortletText2"><img src="/images/bullet.gif" alt=""> <a href="{esc(self.href_on(a, "trangchu" if a.number % 3 else self.spec.category(a.category).key))}">{esc(a.title)}</a></td></tr>'
            for a in self.latest(5)
        )
        stats = "".join(
            f"<tr><td>{esc(label)}:</td><td align=right>{ONLINE if i == 0 else value}</td></tr>"
            for i, (label, value) in enumerate(self.stats())
        )
        return (
            '<table class="RegionNoBorder" width="100%"><tr><td class="PortletHeaderColor"><span class="PortletHeading1">Tin mới cập nhật</span></td></tr>'
            f'<tr><td class="PortletBodyColor"><table width="100%">{latest}</table></td></tr></table>'
            '<table class="RegionNoBorder" width="100%"><tr><td class="PortletHeaderColor"><span class="PortletHeading1">Liên kết</span></td></tr>'
            '<tr><td class="PortletBodyColor"><a href="http://www.chinhphu.vn/portal/page/portal/chinhphu/trangchu">Cổng TTĐT Chính phủ</a><br>'
            '<a href="http://dichvucong.langson.gov.vn/">Dịch vụ công trực tuyến</a><br>'
            '<a href="http://congbao.langson.gov.vn/">Công báo tỉnh</a></td></tr></table>'
            '<table class="RegionNoBorder" width="100%"><tr><td class="PortletHeaderColor"><span class="PortletHeading1">Thống kê truy cập</span></td></tr>'
            f'<tr><td class="PortletBodyColor"><table width="100%" class="counter">{stats}</table></td></tr></table>'
        )

    def footer(self) -> str:
        lines = "<br>".join(esc(line) for line in self.footer_lines())
        return (
            '<table width="100%" class="footer" cellpadding="4"><tr><td align="center"><font class="PortletText2">'
            f"{lines}<br>"
            f'<a href="{esc(self.pageid("sodocong"))}">Sơ đồ cổng</a> | <a href="{PG}/lienhe">Liên hệ</a> | '
            f'<a href="{LOGIN}?site2pstoretoken={TOKEN}&amp;p_error_code=&amp;p_submit_url=http%3A%2F%2Fwww.langson.gov.vn%2Fsso%2Fauth&amp;p_cancel_url=http%3A%2F%2Fwww.langson.gov.vn&amp;ssousername=">Đăng nhập</a>'
            "<br>Phát triển trên nền Oracle Portal 10g</font></td></tr></table>"
        )

    def page(self, key: str, title: str, main: str, crumbs: str = "") -> str:
        crumbs = crumbs or f'<a href="{PROD}{HOME}">Trang chủ</a> &gt; {esc(PAGES.get(key, (0, title))[1])}'
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="vi-VN" dir="ltr"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f"<title>{esc(title)}</title>"
            '<meta name="description" content="Cổng thông tin điện tử tỉnh Lạng Sơn">'
            f'<link rel="stylesheet" type="text/css" href="{esc(CSS)}">'
            '<script type="text/javascript" src="/portal/pls/portal/PORTAL.wwsbr_javascript.page_js?p_language=us"></script>'
            "</head>\n"
            '<body leftmargin="0" rightmargin="0" topmargin="0" marginheight="2" marginwidth="2" class="PageBGColor">\n'
            '<table border="0" width="100%" cellpadding="0" cellspacing="0" summary=""><tr><td>'
            f'<img src="/portal/pls/portal/docs/PAGE/LANGSON/IMAGES/BANNER.JPG" alt="{esc(self.spec.name)}" width="980" height="130"></td></tr>'
            f'<tr><td class="topbar"><font class="PortletText2">Cổng thông tin điện tử tỉnh Lạng Sơn</font> '
            f'<form name="timkiem" action="{RESULTS}" method="get" style="display:inline"><input type="text" name="p_keyword" size="18">'
            '<input type="submit" value="Tìm"></form></td></tr>'
            f"<tr><td>{self.menu(key)}</td></tr></table>\n"
            f'<div class="breadcrumb"><font class="PortletText2">{crumbs}</font></div>\n'
            '<table border="0" width="100%" cellpadding="0" cellspacing="0" summary=""><tr>'
            f'<td valign="top" width="20%" class="RegionNoBorder">{self.left()}</td>'
            f'<td valign="top" width="56%" class="RegionNoBorder">{main}</td>'
            f'<td valign="top" width="24%" class="RegionNoBorder">{self.right()}</td>'
            "</tr></table>\n"
            f"{self.footer()}\n"
            "<!-- Page Metadata Generated On: 07-DEC-2025:10:12:43 Page id: " + str(PAGES.get(key, (0,))[0]) + " -->"
            "</body></html>"
        )

    def item_row(self, article: CorpusArticle, key: str) -> str:
        return (
            f'<tr><td class="PortletText1"><a class="news_title" href="{esc(self.href_on(article, key))}">{esc(article.title)}</a> '
            f'<span class="news_date">({self.when[article.id].dmy()})</span><br><span class="news_sapo">{esc(self.teaser(article))}</span></td></tr>'
        )

    def home_page(self) -> str:
        featured = self.featured(3)
        rotator = "".join(
            f'<div class="hot"><a href="{esc(self.pageid(self.spec.category(a.category).key, portlet=True))}&amp;categoryId={CATEGORY_IDS[a.category]}&amp;articleId={self.article_ids[a.id]}">{esc(a.title)}</a>'
            f"<p>{esc(self.teaser(a, 220))}</p></div>"
            if not self.is_item(a)
            else ""
            for a in featured
        )
        boxes = ""
        for i, category in enumerate(self.spec.categories):
            items = self.listing(category.slug)[:4]
            rows = "".join(
                self.item_row(a, "trangchu") if a.number % 2 and not self.is_item(a) else self.item_row(a, category.key)
                for a in items
            )
            more = self.cat_path(category) if i % 2 == 0 else self.pageid(category.key)
            boxes += (
                f'<table class="RegionNoBorder" width="100%"><tr><td class="PortletHeaderColor"><a href="{esc(more)}" class="PortletHeading1">{esc(category.name)}</a></td></tr>'
                f'<tr><td class="PortletBodyColor"><table width="100%">{rows}</table>'
                f'<div align="right"><a href="{esc(more)}">Xem tiếp &gt;&gt;</a></div></td></tr></table>'
            )
        notices = "".join(
            f'<li><a href="{ITEM}/{self.guid(a)}">{esc(a.title)}</a></li>' for a in self.listed("thong-bao")[:3]
        )
        docs = "".join(
            f'<li><a href="{esc(self.doc_path(a) or "")}">{esc(a.documents[0].kind)} số {esc(a.documents[0].number)}</a> <img src="/images/pdf.gif" alt="PDF"></li>'
            for a in self.listed()
            if self.doc_path(a)
        )
        main = (
            f'<div class="hotnews"><h2 class="PortletHeading1">Tin nổi bật</h2>{rotator}</div>{boxes}'
            f'<table class="RegionNoBorder" width="100%"><tr><td class="PortletHeaderColor"><span class="PortletHeading1">Thông báo</span></td></tr><tr><td><ul>{notices}</ul></td></tr></table>'
            f'<table class="RegionNoBorder" width="100%"><tr><td class="PortletHeaderColor"><span class="PortletHeading1">Văn bản mới</span></td></tr><tr><td><ul>{docs[:4000]}</ul></td></tr></table>'
        )
        return self.page("trangchu", "Cổng thông tin điện tử tỉnh Lạng Sơn", main, crumbs="Trang chủ")

    def pager(self, category: Category, number: int, total: int) -> str:
        key = category.key
        leaf = key.rsplit("/", 1)[-1]
        cid = CATEGORY_IDS[category.slug]
        cells = []
        if number > 1:
            cells.append(f'<a href="{leaf}?categoryId={cid}&amp;p_page_number={number - 1}">&lt;&lt; Trước</a>')
        for n in range(1, total + 1):
            cells.append(
                f"<b>{n}</b>" if n == number else f'<a href="{PG}/{key}?{self.piref(key, "p_page_number")}={n}">{n}</a>'
            )
        if number < total:
            cells.append(f'<a href="{leaf}?categoryId={cid}&amp;p_page_number={number + 1}">Tiếp &gt;&gt;</a>')
        return f'<div class="pager"><font class="PortletText2">Trang: {" ".join(cells)}</font></div>'

    def listing_page(self, category: Category, items: list[CorpusArticle], number: int, total: int) -> str:
        key = category.key
        rows = (
            "".join(self.item_row(a, key) for a in items) or '<tr><td class="PortletText1">Không có tin bài.</td></tr>'
        )
        main = (
            f'<table class="RegionNoBorder" width="100%"><tr><td class="PortletHeaderColor"><span class="PortletHeading1">{esc(category.name)}</span></td></tr>'
            f'<tr><td class="PortletBodyColor"><table width="100%" class="newslist">{rows}</table>'
            f"{self.pager(category, max(number, 1), total) if total > 1 else ''}</td></tr></table>"
        )
        crumbs = (
            f'<a href="{PROD}{HOME}">Trang chủ</a> &gt; '
            + (f'<a href="{PG}/vanhoaxahoi">Văn hóa - Xã hội</a> &gt; ' if "/" in key else "")
            + esc(category.name)
        )
        return self.page(key, category.name, main, crumbs)

    def body_html(self, article: CorpusArticle) -> str:
        year = self.when[article.id].at.year
        parts = list(article.paragraphs)
        shot = photo(article) if article.number % 3 == 0 else None
        out = []
        for i, text in enumerate(parts):
            if year <= 2013:
                out.append(f'<p align="justify"><font face="Times New Roman" size="3">{ncr(text)}</font></p>')
            elif year <= 2019:
                out.append(
                    '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">'
                    f'<span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;">{esc(text)}<o:p></o:p></span></p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{esc(text)}</p>')
            if shot and i == shot.after:
                out.append(
                    '<table align="center" border="0" cellpadding="2"><tr><td><img src="/portal/pls/portal/docs/1/'
                    f'{2240000 + article.number}.JPG" width="450" alt=""></td></tr>'
                    f'<tr><td align="center"><i>{esc(shot.caption)}</i></td></tr></table>'
                )
        doc = self.doc_path(article)
        if doc:
            out.append(
                f'<p>{esc(self.s["attachment"])} <a href="{esc(doc)}">{esc(article.documents[0].kind)} số {esc(article.documents[0].number)}</a></p>'
            )
        return "\n".join(out)

    def article_page(self, article: CorpusArticle, key: str) -> str:
        byline = (
            f'<span class="tacgia">{esc(article.author or "")}</span> - ' if article.author_style == "byline" else ""
        )
        lead = f'<div class="news_sapo"><b>{esc(article.lead)}</b></div>' if article.lead else ""
        related = [a for a in self.related(article)]
        page_slug = self.key_slug(key)
        rel_rows = "".join(
            f'<li><a href="?categoryId={CATEGORY_IDS[page_slug or a.category]}&amp;articleId={self.article_ids[a.id]}">{esc(a.title)}</a> <span>({self.when[a.id].dmy()})</span></li>'
            for a in related
            if not self.is_item(a)
        )
        tools = (
            f'<a href="{esc(self.print_path(article))}" target="_blank">In bài</a> | '
            f'<a href="{MAIL}?p_article_id={self.article_ids[article.id]}">Gửi email</a> | '
            '<a href="javascript:history.back()">Quay lại</a>'
        )
        main = (
            '<table class="RegionNoBorder" width="100%"><tr><td class="PortletBodyColor"><div class="news_detail">'
            f'<h1 class="news_title">{esc(article.title)}</h1>'
            f'<div class="news_date">{byline}Cập nhật: {self.date_text(article)}</div>'
            f'{lead}<div class="news_content">{self.body_html(article)}{self.signature(article)}{self.label(article)}</div>'
            f'<div class="news_tools">{tools} | Lượt xem: {self.views(article)}</div>'
            f'<div class="news_other"><b>Tin cùng chuyên mục</b><ul>{rel_rows}</ul></div>'
            "</div></td></tr></table>"
        )
        slug = self.key_slug(key)
        section = self.spec.category(slug).name if slug else PAGES[key][1]
        crumbs = f'<a href="{PROD}{HOME}">Trang chủ</a> &gt; <a href="{PG}/{key}">{esc(section)}</a>'
        return self.page(
            key, article.title if key != "trangchu" else "Cổng thông tin điện tử tỉnh Lạng Sơn", main, crumbs
        )

    def key_slug(self, key: str) -> str:
        return next((c.slug for c in self.spec.categories if c.key == key), "")

    def item_page(self, article: CorpusArticle) -> str:
        body = "".join(
            f'<p align="justify">{esc(p)}</p>'
            for p in ([article.lead] if article.lead else []) + list(article.paragraphs)
        )
        doc = self.doc_path(article)
        link = f'<p><a href="{esc(doc)}">Tải về</a></p>' if doc else ""
        main = (
            '<div class="portal-item">'
            f'<h2 class="itemtitle">{esc(article.title)}</h2>'
            f'<div class="itemdate">Ngày đăng: {self.when[article.id].dmy()}</div>'
            f"{body}{link}"
            f'<p><a href="{PG}/thongbao">Các thông báo khác</a></p></div>'
        )
        return self.page("thongbao", article.title, main)

    def print_page(self, article: CorpusArticle) -> str:
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<title>{esc(article.title)}</title><meta name="robots" content="noindex,nofollow"></head>'
            '<body onload="window.print()"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN</b></p>'
            f"<h3>{esc(article.title)}</h3><p>Ngày: {self.when[article.id].dmy()}</p>"
            f"{self.paragraphs(article)}{self.signature(article)}"
            f"<p>Địa chỉ bài viết: {PROD}{esc(self.article_path(article))}</p></body></html>"
        )

    def mail_page(self, article: CorpusArticle) -> str:
        return (
            f"<html><head><title>Gửi email</title></head><body><form method=post><p>Gửi bài: {esc(article.title)}</p>"
            '<p>Email người nhận: <input name="p_to"></p><p><input type=submit value="Gửi"></p></form></body></html>'
        )

    def login_page(self) -> str:
        """OracleAS Single Sign-On's login form."""
        return (
            "<html><head><title>Single Sign-On</title></head><body><h2>Đăng nhập</h2>"
            '<form method="post" action="/sso/auth"><table><tr><td>Tên đăng nhập</td><td><input name="ssousername"></td></tr>'
            '<tr><td>Mật khẩu</td><td><input type="password" name="password"></td></tr></table>'
            '<input type="hidden" name="site2pstoretoken" value="'
            + TOKEN
            + '"><input type="submit" value="Đăng nhập"></form>'
            "<p>Oracle Application Server Single Sign-On</p></body></html>"
        )

    def search_page(self) -> str:
        main = (
            '<div class="search"><form action="'
            + RESULTS
            + '" method="get"><p>Từ khóa: <input name="p_keyword" size="40"> '
            '<input type="submit" value="Tìm kiếm"></p></form></div>'
        )
        return self.page("timkiem", "Tìm kiếm", main)

    def results_page(self, keyword: str) -> str:
        hits = [a for a in self.listed() if keyword and keyword.casefold() in a.title.casefold()][:20]
        rows = "".join(f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in hits)
        main = f"<p>Kết quả tìm kiếm cho: <b>{esc(keyword)}</b> ({len(hits)})</p><ol>{rows}</ol>"
        return self.page("ketquatimkiem", "Kết quả tìm kiếm", main)

    def calendar_page(self, week: str, year: str) -> str:
        try:
            start = date.fromisocalendar(int(year), int(week), 1)
        except ValueError:
            start = date(2025, 12, 1)
        prev, nxt = (start - timedelta(days=7)).isocalendar(), (start + timedelta(days=7)).isocalendar()
        rows = "".join(
            f"<tr><td>{DAYS[i]}, {(start + timedelta(days=i)).strftime('%d/%m/%Y')}</td><td>Lãnh đạo UBND tỉnh làm việc tại trụ sở.</td></tr>"
            for i in range(5)
        )
        main = (
            f'<h2 class="PortletHeading1">Lịch công tác tuần {start.isocalendar()[1]} năm {start.isocalendar()[0]}</h2>'
            f'<table border="1" width="100%">{rows}</table>'
            f'<p><a href="{CALENDAR}?p_tuan={prev[1]}&amp;p_nam={prev[0]}">&lt;&lt; Tuần trước</a> | '
            f'<a href="{CALENDAR}?p_tuan={nxt[1]}&amp;p_nam={nxt[0]}">Tuần sau &gt;&gt;</a></p>'
        )
        return self.page("lichcongtac", "Lịch công tác", main)

    def sitemap_page(self) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.pageid(key))}">{esc(title)}</a></li>'
            for key, (_, title) in PAGES.items()
            if key not in ("ketquatimkiem", "lichcongtac")
        )
        return self.page("sodocong", "Sơ đồ cổng", f'<h2 class="PortletHeading1">Sơ đồ cổng</h2><ul>{rows}</ul>')
