"""A ministry's women's-advancement section on Oracle WebCenter Portal 11g + WebCenter Content (Oracle ADF Faces).

Ban Vì sự tiến bộ của phụ nữ Bộ Tài chính, a sub-portal ('bvstbpn') of the ministry's WebCenter site. Pages are ADF
Faces renders: a content presenter shows one WebCenter Content item picked by ``?dDocName=MOFUCM<digits>`` on a
shared detail page, so an article's address is a query string, not a path. Everything the ADF runtime touches carries
per-response state: ``_afrLoop=<long number>``, ``_afrWindowMode=0``, ``_afrWindowId=null``,
``_adf.ctrl-state=<token>_4`` and, on the theme's menu links, a WebLogic ``;jsessionid=<id>!<n>`` in the path. The
same item also renders:

- on the ministry's main portal (``/webcenter/portal/btcvn/pages_r/l/chi-tiet-tin?dDocName=...``, another chrome);
- through the raw Faces servlet (``/webcenter/faces/oracle/webcenter/portalapp/pages/chi-tiet-tin.jspx``), which
  without ``_afrLoop`` answers ADF's JavaScript loopback page (no content, a 'JavaScript' noscript) like the real one;
- as the 'In trang' print view (opened by ``window.open`` only; noindex).

Listings page by ADF partial-page events on the numbered links; only 'Trang sau ›'/'‹ Trang trước' are plain GET
links, and they are query-only relative URLs (``?pageIndex=N&...``). Attachments come from WebCenter Content
(``/webcenter/content/conn/WCC_MOF/uuid/dDocName%3A...`` and ``/cs/groups/public/documents/...`` web paths) with the
upload time in Oracle's American ``M/d/yy h:mm a`` form. An unknown dDocName answers 200 with an empty presenter
('Nội dung không tồn tại...'); unknown paths outside the portal get WebLogic's own 404 page.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
import secrets
from urllib.parse import parse_qsl, quote, urlsplit

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import esc, stable_token
from .base import Response, Template
from .extras import photo

PORTAL = "/webcenter/portal/bvstbpn"
PAGES = f"{PORTAL}/pages_r/l"
DETAIL = f"{PAGES}/chi-tiet-tin"
PRINT = f"{PAGES}/in-trang"
SEARCH = f"{PAGES}/tim-kiem"
MOF_DETAIL = "/webcenter/portal/btcvn/pages_r/l/chi-tiet-tin"
FACES = "/webcenter/faces/oracle/webcenter/portalapp/pages/chi-tiet-tin.jspx"
SKIN = "/webcenter/faces/oracle/webcenter/portalapp/shared/skins/mof/images"
ADF_JS = "/webcenter/afr/partition/gecko/default/opt/boot-11.1.1.9.0-0040.js"
CONN = "/webcenter/content/conn/WCC_MOF/uuid"

# Per-response values; ``personalize`` swaps these for fresh ones on every reply, as ADF does.
LOOP = "AFRLOOP0000000000"
CTRL = "ADFCTRLSTATE0"
JSID = "WLSJSESSIONID0000000000000000000000000000000000000000"

GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
REMOVED = "MOFUCM179951"  # unpublished from WebCenter Content, still linked from the 'Thông báo' box
SITE_TITLE = "Ban Vì sự tiến bộ của phụ nữ Bộ Tài chính"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SOURCES = ("Thời báo Tài chính Việt Nam", "Tạp chí Tài chính", "Công đoàn Bộ Tài chính")

STATIC = {  # page slug -> (title, paragraphs)
    "gioi-thieu": (
        "Giới thiệu",
        (
            "Ban Vì sự tiến bộ của phụ nữ Bộ Tài chính được kiện toàn theo Quyết định của Bộ trưởng Bộ Tài chính, có nhiệm vụ giúp Bộ trưởng nghiên cứu, đề xuất các biện pháp thực hiện chính sách, pháp luật về bình đẳng giới trong ngành Tài chính; chỉ đạo, hướng dẫn các đơn vị thuộc Bộ triển khai kế hoạch hoạt động vì sự tiến bộ của phụ nữ.",
            "Thường trực Ban đặt tại Vụ Tổ chức cán bộ. Các đơn vị thuộc Bộ có Ban Vì sự tiến bộ của phụ nữ do một đồng chí lãnh đạo đơn vị làm Trưởng ban.",
        ),
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        (
            "Trưởng ban: Thứ trưởng Bộ Tài chính. Phó Trưởng ban: Vụ trưởng Vụ Tổ chức cán bộ; Chủ tịch Công đoàn Bộ Tài chính. Các ủy viên là đại diện lãnh đạo các Tổng cục, Cục, Vụ và Ban Nữ công Công đoàn Bộ Tài chính.",
        ),
    ),
    "lien-he": (
        "Liên hệ",
        (
            "Thường trực Ban Vì sự tiến bộ của phụ nữ Bộ Tài chính - Vụ Tổ chức cán bộ, Số 28 Trần Hưng Đạo, phường Cửa Nam, Hà Nội. Điện thoại: 024.22202828. Email: vstbpn@mof.gov.vn",
        ),
    ),
}
DOCS = (  # (dDocName, kind, number, issued, summary)
    ("MOFUCM170412", "Luật", "73/2006/QH11", "29/11/2006", "Luật Bình đẳng giới"),
    (
        "MOFUCM170415",
        "Nghị quyết",
        "28/NQ-CP",
        "03/03/2021",
        "Ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
    ),
    (
        "MOFUCM170421",
        "Quyết định",
        "2232/QĐ-TTg",
        "28/12/2020",
        "Phê duyệt Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021 - 2025",
    ),
)


def ucm_path(doc_name: str, ext: str = "pdf") -> str:
    """A WebCenter Content web path: /cs/groups/public/documents/document/<4>/<4>/~edisp/<name>.<ext>."""
    h = hashlib.md5(doc_name.encode()).hexdigest()
    return f"/cs/groups/public/documents/document/mdaw/{h[:4]}/~edisp/{doc_name.lower()}.{ext}"


class WebCenter(Template):
    """Ban VSTBPN Bộ Tài chính on WebCenter Portal / ADF: dDocName content presenters, per-response ADF state."""

    ignored_params = ("_afrLoop", "_afrWindowMode", "_afrWindowId", "_adf.ctrl-state")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.doc_names = {
            a.id: f"MOFUCM{self.spec.article_id_base + a.number * 173 + (a.number * a.number) % 97}"
            for a in self.articles
        }
        self.by_doc = {self.doc_names[a.id]: a for a in self.articles}

    # ---- URLs -------------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """WebLogic's ';jsessionid=' path parameter is no part of a page's address."""
        path, sep, query = path_qs.partition("?")
        path = path.split(";", 1)[0] if ";jsessionid=" in path.lower() else path
        return super().route_key(path + sep + query)

    def article_path(self, article: CorpusArticle) -> str:
        return f"{DETAIL}?dDocName={self.doc_names[article.id]}"

    def cat_path(self, category: Category) -> str:
        return f"{PAGES}/{category.key}"

    @staticmethod
    def loop(path: str, first: bool = False) -> str:
        """An ADF goLink target: the window-tracking parameters after (or before) the real query."""
        path, _, query = path.partition("?")
        adf = f"_afrLoop={LOOP}&_afrWindowMode=0&_afrWindowId=null"
        joined = f"{adf}&{query}" if first and query else (f"{query}&{adf}" if query else adf)
        return f"{path}?{joined}"

    @staticmethod
    def ctrl(path: str) -> str:
        path, _, query = path.partition("?")
        return f"{path};jsessionid={JSID}?_adf.ctrl-state={CTRL}_4" + (f"&{query}" if query else "")

    def list_href(self, article: CorpusArticle) -> str:
        return self.loop(self.article_path(article), first=article.number % 2 == 0)

    def print_path(self, article: CorpusArticle) -> str:
        return f"{PRINT}?dDocName={self.doc_names[article.id]}"

    def faces_path(self, article: CorpusArticle) -> str:
        return f"{FACES}?dDocName={self.doc_names[article.id]}"

    def mof_path(self, article: CorpusArticle) -> str:
        return f"{MOF_DETAIL}?dDocName={self.doc_names[article.id]}"

    def page_href(self, category: Category, number: int) -> str:
        return f"{self.cat_path(category)}?pageIndex={number}"

    def attached(self, article: CorpusArticle) -> tuple[str, str, str] | None:
        """(label, href, the file's dDocName) for articles that attach the plan or decision they cite."""
        if not article.documents:
            return None
        kind = article.documents[0].kind
        if article.number % 2 and kind not in ("Kế hoạch", "Quyết định"):
            return None
        number, _, code = article.documents[0].number.partition("/")
        prefix = (code.split("/")[-1].split("-")[0] or "VB").replace("Đ", "D")
        label = f"{prefix}-{number}.pdf"
        file_doc = f"MOFUCM{int(self.doc_names[article.id][6:]) + 1}"
        if article.number % 3 == 0:
            return label, ucm_path(file_doc), file_doc
        return label, f"{CONN}/dDocName%3A{file_doc}", file_doc

    def robots(self) -> str:
        return (
            "User-agent: *\n"
            "Disallow: /webcenter/faces/\n"
            "Disallow: /webcenter/spaces/\n"
            f"Disallow: {SEARCH}\n"
            "Disallow: /cs/idcplg\n"
            "Disallow: /owc_discussions/\n"
            "Disallow: /em/\n"
            "Disallow: /console/\n"
            "\n"
            "User-agent: Baiduspider\n"
            "Disallow: /\n"
        )

    # ---- responses --------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.headers.update(
            {
                "X-Powered-By": "Servlet/2.5 JSP/2.1",
                "X-ORACLE-DMS-ECID": "005" + stable_token(text[:200], 20),
                "Cache-Control": "no-cache, no-store, must-revalidate",
                "Set-Cookie": f"JSESSIONID={JSID}; path=/webcenter; HttpOnly",
            }
        )
        return response

    def personalize(self, body: bytes) -> bytes:
        """ADF's window loop counter, control state and the WebLogic session are new in every response."""
        if LOOP.encode() in body:
            body = body.replace(LOOP.encode(), str(10**13 + secrets.randbelow(9 * 10**14)).encode())
        if CTRL.encode() in body:
            body = body.replace(CTRL.encode(), secrets.token_urlsafe(8).replace("-", "x").replace("_", "y").encode())
        if JSID.encode() in body:
            sid = secrets.token_urlsafe(39)[:52].replace("-", "K").replace("_", "q")
            body = body.replace(JSID.encode(), f"{sid}!-{secrets.randbelow(2**31)}".encode())
        return body

    def not_found(self) -> Response:
        """WebLogic's own 404 page (outside the portal application)."""
        return self.html(
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Draft//EN"><HTML><HEAD><TITLE>Error 404--Not Found</TITLE></HEAD>'
            '<BODY bgcolor="white"><FONT FACE=Helvetica><BR CLEAR=all><TABLE border=0 cellspacing=5><TR><TD><BR CLEAR=all>'
            '<FONT FACE="Helvetica" COLOR="black" SIZE="3"><H2>Error 404--Not Found</H2></FONT></TD></TR></TABLE>'
            '<TABLE border=0 width=100% cellpadding=10><TR><TD VALIGN=top WIDTH=100% BGCOLOR=white><FONT FACE="Courier New">'
            '<FONT FACE="Helvetica" SIZE="3"><H3>From RFC 2068 <i>Hypertext Transfer Protocol -- HTTP/1.1</i>:</H3></FONT>'
            '<FONT FACE="Helvetica" SIZE="3"><H4>10.4.5 404 Not Found</H4></FONT><P><FONT FACE="Courier New">The server has not '
            "found anything matching the Request-URI. No indication is given of whether the condition is temporary or permanent."
            "</FONT></P></FONT></TD></TR></TABLE></BODY></HTML>",
            status=404,
        )

    def lookup(self, path_qs: str) -> Response | None:
        parts = urlsplit(path_qs)
        path = parts.path.split(";", 1)[0]
        params = parse_qsl(parts.query, keep_blank_values=True)
        if path == FACES and not any(k == "_afrLoop" for k, _ in params):
            return self.html(self.loopback(path_qs))
        return super().lookup(path_qs)

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        path = path.split(";", 1)[0]
        query = dict(params)
        doc = (query.get("dDocName") or query.get("ddocname") or "").strip().upper()
        if path in (DETAIL, FACES, MOF_DETAIL, PRINT):
            article = self.by_doc.get(doc)
            if article is not None:  # Content Server names are case-insensitive; other parameters are ignored
                return self.routes.get(self.route_key(f"{path}?dDocName={doc}"))
            return self.html(self.empty_presenter(main_portal=path == MOF_DETAIL))
        for category in self.spec.categories:
            if path == self.cat_path(category) and "pageIndex" in query:
                return self.html(self.listing_page(category, [], 0, len(self.chunks(self.listing(category.slug)))))
        if path.startswith("/webcenter/portal/"):
            return self.html(self.missing_page())
        return None

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.redirect(PORTAL, 302))
        self.add("/webcenter", self.redirect(PORTAL, 302))
        self.add("/webcenter/", self.redirect(PORTAL, 302))
        home = self.html(self.home_page())
        self.add(PORTAL, home)
        self.add(PORTAL + "/", home)
        self.add(f"{PAGES}/trang-chu", home)
        self.add("/robots.txt", self.text(self.robots()))
        self.add(SEARCH, self.html(self.search_page()))
        for slug, (title, paragraphs) in STATIC.items():
            self.add(f"{PAGES}/{slug}", self.html(self.static_page(title, paragraphs)))
        self.add(f"{PAGES}/van-ban", self.html(self.docs_page()))
        for doc in DOCS:
            self.add(
                f"/cs/idcplg?IdcService=GET_FILE&dDocName={doc[0]}&RevisionSelectionMethod=LatestReleased",
                self.file(f"{doc[2]}.pdf".replace("/", "-"), None),
            )
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                page = self.html(self.listing_page(category, items, number, len(pages)))
                self.add(self.page_href(category, number), page)
                if number == 1:
                    self.add(self.cat_path(category), page)
        for article in self.articles:
            page = self.html(self.article_page(article))
            self.add(self.article_path(article), page)
            self.add(self.faces_path(article), page)
            self.add(self.mof_path(article), self.html(self.article_page(article, main_portal=True)))
            self.add(self.print_path(article), self.html(self.print_page(article)))
            attached = self.attached(article)
            if attached:
                self.add(attached[1], self.file(attached[0], article))
            if article.number % 4 == 1:
                self.add(f"{CONN}/dDocName%3A{self.doc_names[article.id]}_IMG1", Response(200, GIF, "image/gif"))

    def file(self, name: str, article: CorpusArticle | None) -> Response:
        response = self.pdf(name, article)
        response.headers["Content-Disposition"] = f'inline; filename="{name}"'
        return response

    # ---- pages ------------------------------------------------------------------------------
    def date_line(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        return f"{WEEKDAYS[when.at.weekday()]}, {when.with_time(when.dmy())}"

    def uploaded(self, article: CorpusArticle) -> str:
        """The file's dInDate as Content Server prints it by default: 'M/d/yy h:mm AM' (a day or two later)."""
        at = self.when[article.id].at
        hour = (at.hour + 1) % 12 or 12
        return f"{at.month}/{at.day}/{at.strftime('%y')} {hour}:{at.minute:02d} {'AM' if at.hour + 1 < 12 else 'PM'}"

    def views(self, article: CorpusArticle) -> int:
        return 120 + (article.number * 211) % 2900

    def home_page(self) -> str:
        featured = self.featured(3)
        slides = "".join(
            f'<div class="slide-item"><a href="{esc(self.list_href(a))}"><img src="{SKIN}/noimage_{i}.jpg" alt="{esc(a.title)}"></a>'
            f'<h3><a href="{esc(self.list_href(a))}">{esc(a.title)}</a></h3><p>{esc(self.teaser(a, 200))}</p></div>'
            for i, a in enumerate(featured, 1)
        )
        latest = "".join(
            f'<li><a href="{esc(self.list_href(a))}">{esc(a.title)}</a> <span class="date">{self.when[a.id].dmy()}</span></li>'
            for a in self.latest(7)
        )
        boxes = ""
        for category in self.spec.categories:
            rows = "".join(
                f'<li><a href="{esc(self.list_href(a))}">{esc(a.title)}</a></li>'
                for a in self.listing(category.slug)[:4]
            )
            boxes += (
                f'<div class="box-cat"><h2 class="box-title"><a href="{esc(self.ctrl(self.cat_path(category)))}">{esc(category.name)}</a></h2>'
                f'<ul>{rows}</ul><a class="xem-tat-ca" href="{esc(self.ctrl(self.cat_path(category)))}">Xem tất cả »</a></div>'
            )
        notice = (
            '<div class="box-thongbao"><h2 class="box-title">Thông báo</h2><ul>'
            f'<li><a href="{esc(self.loop(f"{DETAIL}?dDocName={REMOVED}"))}">Thông báo tổ chức Hội nghị tập huấn kỹ năng lồng ghép giới năm 2024</a></li>'
            f'<li><a href="{esc(self.ctrl(f"{PAGES}/van-ban"))}">Văn bản về bình đẳng giới</a></li></ul></div>'
        )
        main = (
            f'<div class="box-noibat"><h2 class="box-title">Tin nổi bật</h2><div class="slider" id="T:pt1:sl1">{slides}</div></div>'
            f'<div class="box-tinmoi"><h2 class="box-title">Tin mới</h2><ul>{latest}</ul></div>{boxes}'
        )
        return self.page(SITE_TITLE, main, aside=notice + self.mof_box())

    def mof_box(self) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.loop(self.mof_path(a)))}" target="_blank">{esc(a.title)}</a></li>'
            for a in self.featured(4)
        )
        return (
            f'<div class="box-mof"><h2 class="box-title">Tin đăng trên Cổng TTĐT Bộ Tài chính</h2><ul>{rows}</ul></div>'
        )

    def most_read(self) -> str:
        pool = sorted(self.listed(), key=lambda a: -self.views(a))[:5]
        rows = "".join(f'<li><a href="{esc(self.loop(self.faces_path(a)))}">{esc(a.title)}</a></li>' for a in pool)
        return f'<div class="box-docnhieu"><h2 class="box-title">Tin đọc nhiều</h2><ul>{rows}</ul></div>'

    def listing_page(self, category: Category, items: list[CorpusArticle], number: int, total: int) -> str:
        rows = []
        for a in items:
            href = self.list_href(a)
            rows.append(
                f'<div class="news-item"><a class="news-img" href="{esc(href)}"><img src="{SKIN}/thumb-default.jpg" alt=""></a>'
                f'<div class="news-info"><a class="news-title" href="{esc(href)}">{esc(a.title)}</a>'
                f'<span class="news-date">({self.when[a.id].dmy()})</span><p class="news-sapo">{esc(self.teaser(a, 240))}</p></div></div>'
            )
        if not items:
            rows.append('<div class="af_table_no-data">Không có dữ liệu.</div>')
        pager = []
        if number > 1:
            pager.append(
                f'<a class="prev" href="?pageIndex={number - 1}&amp;_adf.ctrl-state={CTRL}_4">‹ Trang trước</a>'
            )
        for k in range(1, total + 1):
            if k == number:
                pager.append(f'<span class="current">{k}</span>')
            else:
                pager.append(
                    f'<a href="javascript:void(0);" onclick="AdfPage.PAGE.queueEvent(new AdfActionEvent(AdfPage.PAGE.findComponentByAbsoluteId(\'T:oc_{stable_token(category.slug, 10)}:cl{k}\')));return false;">{k}</a>'
                )
        if 0 < number < total:
            pager.append(f'<a class="next" href="?pageIndex={number + 1}&amp;_adf.ctrl-state={CTRL}_4">Trang sau ›</a>')
        main = (
            f'<div class="box-list"><h1 class="cat-title">{esc(category.name)}</h1>{"".join(rows)}'
            f'<div class="paging" id="T:oc_{stable_token(category.slug, 10)}:pager">{" ".join(pager)}</div></div>'
        )
        crumbs = ((category.name, self.ctrl(self.cat_path(category))),)
        return self.page(f"{category.name} - {SITE_TITLE}", main, crumbs=crumbs, aside=self.most_read())

    def body_html(self, article: CorpusArticle) -> str:
        """The item's body as editors pasted it: Word (MsoNormal, a span in pt, o:p), plain justified <p>s, or bare <div>s."""
        style = article.number % 3
        parts = []
        for i, p in enumerate(article.paragraphs):
            if style == 0:
                font = "font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif"
                parts.append(
                    f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal">'
                    f'<span lang="VI" style="{font};mso-fareast-language:EN-US">{esc(p)}<o:p></o:p></span></p>'
                )
                if i == 0:
                    parts.append('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>')
            elif style == 1:
                parts.append(f'<p style="text-align: justify;">{esc(p)}</p>')
            else:
                parts.append(f'<div style="text-align:justify">{esc(p)}</div>')
        if style == 0:
            parts.insert(
                0,
                "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:TrackMoves/>"
                "<w:DoNotOptimizeForBrowser/></w:WordDocument></xml><![endif]-->",
            )
        shot = photo(article) if article.number % 4 == 1 else None
        if shot:
            at = min(shot.after + 1 + (style == 0), len(parts))
            parts.insert(
                at,
                f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-caption" style="width:500px"><tbody>'
                f'<tr><td><img alt="" src="{CONN}/dDocName%3A{self.doc_names[article.id]}_IMG1" style="width:500px"></td></tr>'
                f'<tr><td style="text-align:center"><em>{esc(shot.caption)}</em></td></tr></tbody></table>',
            )
        tail = ""
        if article.author_style == "signature" and article.author:
            tail += f'<p style="text-align: right;"><strong>{esc(article.author)}</strong></p>'
        tail += self.label(article)
        if article.number % 5 == 1:
            tail += f'<p style="text-align: right;"><em>(Nguồn: {esc(SOURCES[article.number % len(SOURCES)])})</em></p>'
        attached = self.attached(article)
        if attached:
            label, href, _ = attached
            tail += (
                f'<p><strong>File đính kèm:</strong> <a href="{esc(href)}" target="_blank">{esc(label)}</a> '
                f'<span class="file-meta">(Ngày tải lên: {self.uploaded(article)})</span></p>'
            )
        return "\n".join(parts) + "\n" + tail

    def article_page(self, article: CorpusArticle, main_portal: bool = False) -> str:
        category = self.spec.category(article.category)
        byline = (
            f'<span class="author">{esc(article.author)}</span>'
            if article.author_style == "byline" and article.author
            else ""
        )
        lead = f'<div class="sapo"><strong>{esc(article.lead)}</strong></div>' if article.lead else ""
        doc = self.doc_names[article.id]
        here = self.mof_path(article) if main_portal else self.article_path(article)
        share = quote(self.url(self.loop(here)) + "#!%40%40%3F_afrWindowId%3Dnull", safe="")
        tools = (
            '<div class="tools">'
            f"<a href=\"javascript:void(0);\" onclick=\"window.open('{PRINT}?dDocName={doc}','_blank','width=820,height=700,scrollbars=yes');return false;\">In trang</a> | "
            f'<a href="mailto:?subject={quote(article.title)}&amp;body={quote(self.url(here), safe="")}">Gửi email</a> | '
            f'<a href="javascript:history.back();">Quay lại</a> | '
            f'<span class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Facebook</a> '
            f'<a href="https://sp.zalo.me/share_inline?url={share}" target="_blank">Zalo</a></span></div>'
        )
        detail = (
            f'<div class="content-presenter" id="T:oc_{stable_token(doc, 10)}:cp1">'
            f'<h1 class="title-detail">{esc(article.title)}</h1>'
            f'<div class="date-detail">{self.date_line(article)} {byline}<span class="view">Lượt xem: {f"{self.views(article):,}".replace(",", ".")}</span></div>'
            + f'{lead}<div class="content-detail">\n{self.body_html(article)}\n</div>{tools}</div>'
        )
        related = self.related(article)
        if related:
            rows = "".join(
                f'<li><a href="{esc(self.list_href(a))}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
                for a in related
            )
            detail += f'<div class="box-lienquan"><h2 class="box-title">Tin liên quan</h2><ul>{rows}</ul></div>'
        og = f'<meta property="og:url" content="{esc(self.url(here))}">'
        if main_portal:
            return self.mof_page(article, detail, og)
        crumbs = ((category.name, self.ctrl(self.cat_path(category))),)
        return self.page(f"{article.title} - {SITE_TITLE}", detail, crumbs=crumbs, aside=self.most_read(), head=og)

    def print_page(self, article: CorpusArticle) -> str:
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
        body = "\n".join(f"<p>{esc(p)}</p>" for p in article.paragraphs)
        sign = (
            f'<p style="text-align:right"><strong>{esc(article.author)}</strong></p>'
            if article.author and article.author_style in ("signature", "byline", "label")
            else ""
        )
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex,nofollow">'
            f'<title>In trang - {esc(article.title)}</title></head><body onload="window.print();" class="print">'
            f'<div class="print-head">BỘ TÀI CHÍNH<br>{esc(SITE_TITLE.upper())}</div><h1>{esc(article.title)}</h1>'
            f'<p class="date">Ngày đăng: {self.when[article.id].dmy()}</p>{lead}\n{body}\n{sign}'
            f'<p class="print-source">Địa chỉ bài viết: {esc(self.canonical_url(article))}</p>'
            '<p><a href="javascript:window.close();">Đóng cửa sổ</a></p></body></html>'
        )

    def empty_presenter(self, main_portal: bool = False) -> str:
        inner = (
            '<div class="content-presenter"><div class="af_outputText">Nội dung không tồn tại hoặc đã được gỡ bỏ.</div>'
            '<span class="hidden">oracle.webcenter.content.integration.ItemNotFoundException</span></div>'
        )
        return self.page(f"Chi tiết tin - {SITE_TITLE}", inner, aside=self.most_read())

    def missing_page(self) -> str:
        inner = (
            '<div class="af_panelBox"><h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc bạn không có quyền truy cập. '
            "(WCS#2019.11.05.09.12.44)</p></div>"
        )
        return self.page(f"Không tìm thấy trang - {SITE_TITLE}", inner)

    def search_page(self) -> str:
        return self.page(
            f"Tìm kiếm - {SITE_TITLE}",
            '<div class="af_panelBox"><h1>Tìm kiếm</h1><p>Nhập từ khóa để tìm kiếm.</p></div>',
        )

    def static_page(self, title: str, paragraphs: tuple[str, ...]) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        return self.page(
            f"{title} - {SITE_TITLE}",
            f'<div class="content-presenter"><h1 class="title-detail">{esc(title)}</h1><div class="content-detail">{body}</div></div>',
            crumbs=((title, f"{PAGES}/gioi-thieu"),),
        )

    def docs_page(self) -> str:
        rows = "".join(
            f"<tr><td>{esc(d[2])}</td><td>{esc(d[3])}</td><td>{esc(d[1])}</td><td>{esc(d[4])}</td>"
            f'<td><a href="/cs/idcplg?IdcService=GET_FILE&amp;dDocName={d[0]}&amp;RevisionSelectionMethod=LatestReleased">Tải về</a></td></tr>'
            for d in DOCS
        )
        inner = (
            '<div class="box-vanban"><h1 class="cat-title">Văn bản</h1><table class="af_table" summary="Văn bản">'
            "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th><th>Tệp</th></tr>"
            f"{rows}</table></div>"
        )
        return self.page(f"Văn bản - {SITE_TITLE}", inner, crumbs=(("Văn bản", f"{PAGES}/van-ban"),))

    def loopback(self, path_qs: str) -> str:
        """ADF's window-id loopback: a script that reloads the URL with _afrLoop; nothing else for a client without JS."""
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><script>\n'
            "/* Copyright (c) 2008, 2014, Oracle and/or its affiliates. All rights reserved. */\n"
            "var sess = window.sessionStorage; var url = window.location.href; var hash = window.location.hash;\n"
            'function _addParam(q, n, v) { var p = n + "=" + v; return q ? q + "&" + p : "?" + p; }\n'
            f'var query = "{esc(urlsplit(path_qs).query)}"; var loop = "{LOOP}";\n'
            'query = _addParam(query ? "?" + query : "", "_afrLoop", loop); query = _addParam(query, "_afrWindowMode", "0");\n'
            'query = _addParam(query, "_afrWindowId", "null");\n'
            "window.location.replace(window.location.pathname + query + hash);\n"
            "</script></head><body><noscript>This page uses JavaScript and requires a JavaScript enabled browser."
            "Your browser is not JavaScript enabled.</noscript></body></html>"
        )

    # ---- chrome -----------------------------------------------------------------------------
    def menu(self) -> str:
        rows = [f'<li><a href="{esc(self.ctrl(f"{PAGES}/trang-chu"))}">Trang chủ</a></li>']
        rows.append(f'<li><a href="{esc(self.ctrl(f"{PAGES}/gioi-thieu"))}">Giới thiệu</a></li>')
        for category in self.spec.categories:
            rows.append(f'<li><a href="{esc(self.ctrl(self.cat_path(category)))}">{esc(category.name)}</a></li>')
        rows.append(f'<li><a href="{esc(self.ctrl(f"{PAGES}/van-ban"))}">Văn bản</a></li>')
        rows.append(f'<li><a href="{esc(self.ctrl(f"{PAGES}/lien-he"))}">Liên hệ</a></li>')
        return f'<div class="af_navigationPane" id="T:nav1"><ul class="menu-top">{"".join(rows)}</ul></div>'

    def footer_lines(self) -> list[str]:
        phone = "Điện thoại: 024.22202828 - Fax: 024.22208091"
        return [phone if line == self.s["footer_phone"] else line for line in super().footer_lines()]

    def footer(self) -> str:
        lines = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        stats = " | ".join(f"{esc(name)}: {value}" for name, value in self.stats())
        return (
            f'<div class="footer" id="T:pgl99"><div class="footer-info">{lines}</div>'
            f'<div class="footer-links"><a href="{esc(self.ctrl(f"{PAGES}/co-cau-to-chuc"))}">Cơ cấu tổ chức</a> | '
            '<a href="https://mof.gov.vn/webcenter/portal/btcvn" target="_blank">Cổng TTĐT Bộ Tài chính</a></div>'
            f'<div class="counter"><span class="counter-title">Thống kê truy cập</span> {stats}</div></div>'
        )

    def chrome(self, title: str, head: str, banner: str, main: str, aside: str, crumbs: str, footer: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="/webcenter/afr/partition/gecko/default/opt/skin-blafplus-rich-11.1.1.9.css" type="text/css">
<link rel="icon" href="{SKIN}/favicon.ico" type="image/x-icon">
<script type="text/javascript" src="{ADF_JS}"></script>
<script type="text/javascript">AdfPage.PAGE.__initializeWindowId("w0", "{LOOP}"); var _adfCtrlState = "{CTRL}_4";</script>
</head>
<body dir="ltr" class="af_document p_AFMaximized"><form id="f1" name="f1" method="POST" action="{esc(PORTAL)};jsessionid={JSID}?_adf.ctrl-state={CTRL}_4" class="af_form">
<div id="T:pt1" class="pageTemplate">
<div class="top-bar"><span id="T:pt1:dt"><script>document.write(new Date().toLocaleDateString("vi-VN"));</script></span>
<span class="lang"><a href="/webcenter/portal/mofen" target="_blank">English</a></span>
<span class="search"><input type="text" id="T:pt1:it1" name="T:pt1:it1" placeholder="Tìm kiếm"><a href="javascript:void(0);" onclick="AdfPage.PAGE.queueEvent(new AdfActionEvent(AdfPage.PAGE.findComponentByAbsoluteId('T:pt1:cb1')));return false;">Tìm</a></span></div>
{banner}
{self.menu()}
<div class="breadcrumb"><a href="{esc(self.ctrl(f"{PAGES}/trang-chu"))}">Trang chủ</a>{crumbs}</div>
<div class="wrapper"><div class="col-main" id="T:pt1:main">{main}</div><div class="col-right" id="T:pt1:right">{aside}</div></div>
{footer}
</div>
<input type="hidden" name="javax.faces.ViewState" value="!-{stable_token(title, 9)}">
<input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="f1">
</form>
<script type="text/javascript">AdfPage.PAGE.clearMessages();AdfPage.PAGE.clearSubtreeMessages('f1');</script>
</body></html>"""

    def page(
        self, title: str, main: str, *, crumbs: tuple[tuple[str, str], ...] = (), aside: str = "", head: str = ""
    ) -> str:
        trail = "".join(f' › <a href="{esc(href)}">{esc(name)}</a>' for name, href in crumbs)
        banner = (
            f'<div class="banner"><a href="{esc(self.ctrl(f"{PAGES}/trang-chu"))}"><img src="{SKIN}/banner-vstbpn.png" alt="{esc(SITE_TITLE)}"></a>'
            '<div class="banner-text"><span class="bo">BỘ TÀI CHÍNH</span><span class="ban">BAN VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ</span></div></div>'
        )
        return self.chrome(title, head, banner, main, aside, trail, self.footer())

    def mof_page(self, article: CorpusArticle, detail: str, og: str) -> str:
        banner = (
            '<div class="banner banner-mof"><a href="/webcenter/portal/btcvn"><img src="/webcenter/portal/btcvn/images/logo-btc.png" alt="Bộ Tài chính"></a>'
            '<div class="banner-text"><span class="bo">CỔNG THÔNG TIN ĐIỆN TỬ BỘ TÀI CHÍNH</span><span class="ban">MINISTRY OF FINANCE</span></div></div>'
        )
        crumbs = ' › <a href="/webcenter/portal/btcvn/pages_r/l/tin-bo-tai-chinh">Tin Bộ Tài chính</a>'
        footer = (
            '<div class="footer"><p>Cơ quan chủ quản: Bộ Tài chính. Địa chỉ: Số 28 Trần Hưng Đạo, Hà Nội.</p></div>'
        )
        return self.chrome(f"{article.title} - Bộ Tài chính", og, banner, detail, "", crumbs, footer)
