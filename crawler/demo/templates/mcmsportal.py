"""Microsoft Content Management Server 2002 on IIS 6: a ministry portal's frozen gender-equality section.

MCMS serves a posting under its channel path as a friendly URL (``/Channel/Sub+Channel/2012/Posting.htm``), under
its GUID (``/NR/exeres/<GUID>.htm`` and the ``,frameless.htm`` variant), and through its template file with the
``NRMODE``/``NRNODEGUID``/``NRORIGINALURL``/``NRCACHEHINT`` query the ISAPI filter rewrites to. Resources live under
``/NR/rdonlyres/<GUID>/0/<file>``. Pages are ASP.NET WebForms whose form action is the template URL; the base href
of every themed page is the template file, so relative links resolve under ``/MOLISA/Templates/``.
"""

import hashlib
import random
import re
from urllib.parse import quote

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import photo
from govnews.crawler.demo.text import ascii_slug, esc

TEMPLATES_DIR = "/MOLISA/Templates"
HOME = "/Trangchu/"
LOGIN = "/MCMS/CMS/System/ManualLogin.aspx?ReturnUrl=%2fTrangchu%2f"
FEED = "/RSS/TinMoi.aspx"
SEARCH = "/TimKiem.aspx"
ERROR_PAGE = "/ThongBaoLoi.aspx"
RESTRUCTURE = "2011-03-22"  # the channel tree was rebuilt that day: older postings were moved (LastModifiedDate)
GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
STATIC = {
    "/GioiThieu/": ("Giới thiệu", "gioithieu"),
    "/GioiThieu/ChucNangNhiemVu.htm": ("Chức năng, nhiệm vụ của Vụ Bình đẳng giới", "chucnang"),
    "/GioiThieu/CoCauToChuc.htm": ("Cơ cấu tổ chức", "cocau"),
    "/LienHe/": ("Liên hệ", "lienhe"),
}


def guid(seed: str) -> str:
    digest = hashlib.md5(f"mcms-molisa:{seed}".encode()).hexdigest().upper()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:]}"


def nr_query(node: str, original: str) -> str:
    """The query string the MCMS ISAPI filter appends (lower-case escapes, as MCMS writes them)."""
    encoded = quote(original, safe="").replace("%2F", "%2f").replace("%2B", "%2b")
    return f"NRMODE=Published&NRNODEGUID=%7b{node}%7d&NRORIGINALURL={encoded}&NRCACHEHINT=Guest"


def ncr(text: str) -> str:
    """Non-ASCII letters as numeric character references, as the MCMS HTML placeholder editor saved them."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in esc(text))


def camel(title: str, limit: int = 48) -> str:
    words = ascii_slug(title).split("-")
    out = ""
    for word in words:
        if len(out) + len(word) > limit:
            break
        out += word[:1].upper() + word[1:]
    return out or "BaiViet"


class McmsPortal(Template):
    feed_path = FEED
    sitemap_path = None
    related_count = 5
    lower: dict[str, Response]

    # ---- plan -----------------------------------------------------------------------------
    def _plan(self) -> None:
        self.channel_path = {c.slug: f"/{c.key}/" for c in self.spec.categories}
        self.channel_guid = {c.slug: guid("channel:" + c.slug) for c in self.spec.categories}
        self.home_guid = guid("channel:trangchu")
        self.posting_name: dict[str, str] = {}
        taken: set[tuple[str, int, str]] = set()
        for a in sorted(self.articles, key=lambda x: x.id):
            name = camel(a.title)
            base_name, n = name, 1
            while (a.category, self.year(a), name.lower()) in taken:
                n += 1
                name = f"{base_name}{n}"
            taken.add((a.category, self.year(a), name.lower()))
            self.posting_name[a.id] = name
        self.guid_of = {a.id: guid("posting:" + a.id) for a in self.articles}
        self.connected_guid = {a.id: guid("connected:" + a.id) for a in self.articles}
        self.by_guid: dict[str, tuple[str, CorpusArticle | Category | None, bool]] = {}
        for a in self.articles:
            self.by_guid[self.guid_of[a.id]] = ("posting", a, False)
            if self.is_connected(a):
                self.by_guid[self.connected_guid[a.id]] = ("posting", a, True)
        for c in self.spec.categories:
            self.by_guid[self.channel_guid[c.slug]] = ("channel", c, False)
        self.by_guid[self.home_guid] = ("home", None, False)
        self.resource_guid = {a.id: guid("resource:" + a.id) for a in self.articles}

    def year(self, a: CorpusArticle) -> int:
        return self.when[a.id].at.year

    def is_connected(self, a: CorpusArticle) -> bool:
        """On-topic postings of other channels have a connected posting in the gender-equality channel."""
        main = self.spec.main_category
        return a.category != main and a.on_topic and a.lang == self.spec.category(main).lang

    def article_path(self, article: CorpusArticle) -> str:
        return f"{self.channel_path[article.category]}{self.year(article)}/{self.posting_name[article.id]}.htm"

    def connected_path(self, article: CorpusArticle) -> str:
        main = self.spec.main_category
        return f"{self.channel_path[main]}{self.year(article)}/{self.posting_name[article.id]}.htm"

    def path_in(self, article: CorpusArticle, slug: str) -> str:
        return self.article_path(article) if article.category == slug else self.connected_path(article)

    def guid_in(self, article: CorpusArticle, slug: str) -> str:
        return self.guid_of[article.id] if article.category == slug else self.connected_guid[article.id]

    def template_url(self, page: str, node: str, original: str, extra: str = "") -> str:
        return f"{TEMPLATES_DIR}/{page}?{nr_query(node, original)}{extra}"

    def listing_pages(self, slug: str) -> list[list[CorpusArticle]]:
        return self.chunks(self.listing(slug))

    def years(self, slug: str) -> list[int]:
        return sorted({self.year(a) for a in self.listing(slug)}, reverse=True)

    # ---- build ----------------------------------------------------------------------------
    def build(self) -> None:
        self._plan()
        self.add("/", self.redirect(f"{HOME}?{nr_query(self.home_guid, '/')}", status=302))
        home = self.home_page()
        for path in (HOME, f"{HOME}Default.htm", f"{HOME}?{nr_query(self.home_guid, '/')}"):
            self.add(path, home)
        self.add(self.template_url("TrangChu.aspx", self.home_guid, HOME), home)
        self.add(HOME.rstrip("/"), self.redirect(HOME, status=302))
        self.add(f"/NR/exeres/{self.home_guid}.htm", home)
        for c in self.spec.categories:
            self._build_channel(c)
        for a in self.articles:
            self._build_article(a)
        for path, (title, kind) in STATIC.items():
            page = self.static_page(title, kind, path)
            self.add(path, page)
            if path.endswith("/"):
                self.add(path + "Default.htm", page)
                self.add(path.rstrip("/"), self.redirect(path, status=302))
        self.add("/SoDoCong/", self.sitemap_page())
        self.add("/SoDoCong", self.redirect("/SoDoCong/", status=302))
        self.add("/VanBan/", self.documents_page())
        self.add("/VanBan", self.redirect("/VanBan/", status=302))
        self.add(FEED, self.feed())
        self.add("/robots.txt", self.text(self.robots()))
        self.add(LOGIN, self.login_page())
        self.add(LOGIN.split("?")[0], self.login_page())
        self.add("/favicon.ico", Response(200, GIF, "image/x-icon"))
        for name in ("logo_molisa.gif", "banner_bdg.jpg", "icon_rss.gif", "bullet.gif"):
            self.add(f"/MOLISA/Images/{name}", Response(200, GIF, "image/gif"))
        self.lower = {}
        for key, response in self.routes.items():
            if "?" not in key:
                self.lower[self._fold(key)] = response

    def _build_channel(self, c: Category) -> None:
        slug, path = c.slug, self.channel_path[c.slug]
        pages = self.listing_pages(slug)
        for index, items in enumerate(pages, start=1):
            page = self.channel_page(c, index, len(pages), items)
            self.add(self.template_url("DanhSachTin.aspx", self.channel_guid[slug], path, f"&Trang={index}"), page)
            if index == 1:
                self.add(path, page)
                self.add(path + "Default.htm", page)
                self.add(self.template_url("DanhSachTin.aspx", self.channel_guid[slug], path), page)
        self.add(path.rstrip("/"), self.redirect(path, status=302))
        moved = f"{path}?{nr_query(self.channel_guid[slug], '/NR/exeres/' + self.channel_guid[slug] + '.htm')}"
        self.add(f"/NR/exeres/{self.channel_guid[slug]}.htm", self.redirect(moved, status=302))
        self.add(moved, self.routes[self.route_key(path)])
        for year in self.years(slug):
            archive = self.year_page(c, year)
            self.add(f"{path}{year}/", archive)
            self.add(f"{path}{year}/Default.htm", archive)
            self.add(f"{path}{year}", self.redirect(f"{path}{year}/", status=302))

    def _build_article(self, a: CorpusArticle) -> None:
        variants = [(a.category, self.guid_of[a.id], self.article_path(a))]
        if self.is_connected(a):
            variants.append((self.spec.main_category, self.connected_guid[a.id], self.connected_path(a)))
        for slug, node, path in variants:
            page = self.article_page(a, slug, node, path)
            self.add(path, page)
            self.add(f"{path}?{nr_query(node, path)}", page)
            self.add(f"/NR/exeres/{node}.htm", page)
            self.add(f"/NR/exeres/{node},frameless.htm", page)
            self.add(self.template_url("ChiTietTin.aspx", node, path), page)
            self.add(self.template_url("InTin.aspx", node, path), self.print_page(a, path))
        name = self.attachment(a)
        if name:
            self.add(f"/NR/rdonlyres/{self.resource_guid[a.id]}/0/{name}", self.pdf(name, a))
        if a.number % 3 == 0:
            self.add(f"/NR/rdonlyres/{self.resource_guid[a.id]}/0/anh{a.number}.jpg", Response(200, GIF, "image/gif"))

    # ---- routing extras ---------------------------------------------------------------------
    @staticmethod
    def _fold(path: str) -> str:
        return path.lower().replace("%20", "+").replace("%2b", "+")

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        names = {k.lower(): v for k, v in params}
        folded = self._fold(path)
        if folded.startswith(TEMPLATES_DIR.lower() + "/"):
            return self._template_request(folded.rsplit("/", 1)[-1], names)
        if folded == SEARCH.lower():
            return self.search_page(names.get("tukhoa", ""))
        if folded == ERROR_PAGE.lower():
            return self.error_page()
        if folded.startswith("/nr/exeres/"):
            node = folded[len("/nr/exeres/") :].split(",")[0].removesuffix(".htm").upper()
            found = self.routes.get(f"/NR/exeres/{node}.htm")
            return found  # IIS's 404 otherwise
        found = self.lower.get(folded)
        if found is not None:
            return found  # IIS and MCMS ignore case and any query they do not know
        if folded.endswith(".aspx"):
            return self.redirect(f"{ERROR_PAGE}?aspxerrorpath={path}", status=302)
        return None

    def _template_request(self, page: str, names: dict[str, str]) -> Response | None:
        node = names.get("nrnodeguid", "").strip("{}").upper()
        found = self.by_guid.get(node)
        if found is None:
            return self.redirect(f"{ERROR_PAGE}?aspxerrorpath={TEMPLATES_DIR}/{page}", status=302)
        kind, item, connected = found
        if kind == "posting" and isinstance(item, CorpusArticle):
            path = self.connected_path(item) if connected else self.article_path(item)
            if page == "intin.aspx":
                return self.print_page(item, path)
            return self.routes.get(self.route_key(path))
        if kind == "channel" and isinstance(item, Category):
            pages = self.listing_pages(item.slug)
            try:
                index = int(names.get("trang", "1"))
            except ValueError:
                index = 1
            if 1 <= index <= len(pages):
                key = self.template_url("DanhSachTin.aspx", self.channel_guid[item.slug], self.channel_path[item.slug])
                return self.routes.get(self.route_key(f"{key}&Trang={index}"))
            return self.channel_page(item, index, len(pages), [])
        return self.routes.get(self.route_key(HOME))

    def personalize(self, body: bytes) -> bytes:
        if b"{{" not in body:
            return body
        rng = random.Random()
        state = bytes(rng.getrandbits(8) for _ in range(48)).hex()
        body = body.replace(b"{{VIEWSTATE}}", f"dDwtMTA4NDk3MjQ2Mjs7Pg{state}==".encode())
        body = body.replace(b"{{ONLINE}}", str(rng.randint(18, 240)).encode())
        body = body.replace(b"{{TOTAL}}", f"{rng.randint(4_100_000, 4_200_000):,}".replace(",", ".").encode())
        return re.sub(rb"\{\{VIEWS(\d+)\}\}", lambda m: str(int(m.group(1)) + rng.randint(0, 9)).encode(), body)

    def not_found(self) -> Response:
        """IIS 6's own 404 page (the MCMS filter hands unknown postings back to IIS)."""
        body = (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n'
            "<HTML><HEAD><TITLE>The page cannot be found</TITLE>\n"
            '<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252">\n'
            "</HEAD><BODY><TABLE width=500 border=0 cellspacing=10><TR><TD>\n"
            "<h1>The page cannot be found</h1>\n"
            "The page you are looking for might have been removed, had its name changed, or is temporarily "
            "unavailable.\n<hr>\n<p>Please try the following:</p>\n<ul>\n"
            "<li>Make sure that the Web site address displayed in the address bar of your browser is spelled and "
            "formatted correctly.</li>\n<li>If you reached this page by clicking a link, contact the Web site "
            "administrator to alert them that the link is incorrectly formatted.</li>\n"
            '<li>Click the <a href="javascript:history.back(1)">Back</a> button to try another link.</li>\n</ul>\n'
            "<h2>HTTP Error 404 - File or directory not found.<br>Internet Information Services (IIS)</h2>\n"
            "</TD></TR></TABLE></BODY></HTML>\n"
        )
        return Response(404, body.encode("latin-1"), "text/html")

    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.headers.update(
            {"X-Powered-By": "ASP.NET", "X-AspNet-Version": "2.0.50727", "Cache-Control": "private"}
        )
        return response

    def robots(self) -> str:
        return (
            "# robots.txt - Cong thong tin dien tu Bo LDTBXH\n"
            "User-agent: *\n"
            "Disallow: /MCMS/\n"
            "Disallow: /aspnet_client/\n"
            f"Disallow: {TEMPLATES_DIR}/InTin.aspx\n"
            f"Disallow: {TEMPLATES_DIR}/GuiBan.aspx\n"
            f"Disallow: {SEARCH}\n"
        )

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, title: str, action: str, main: str, *, left: bool = True, robots: str = "INDEX,FOLLOW") -> str:
        s = self.s
        nav = self.left_nav() if left else ""
        span = "" if left else ' colspan="2"'
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
            "<HTML>\n<HEAD>\n"
            f"<title>{esc(title)}</title>\n"
            '<meta name="GENERATOR" content="Microsoft Visual Studio .NET 7.1">\n'
            '<meta name="CODE_LANGUAGE" content="C#">\n'
            '<meta name="vs_defaultClientScript" content="JavaScript">\n'
            '<meta name="vs_targetSchema" content="http://schemas.microsoft.com/intellisense/ie5">\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="ROBOTS" content="{robots}">\n'
            f'<base href="{esc(self.url(TEMPLATES_DIR + "/" + action.split("?")[0].rsplit("/", 1)[-1]))}">\n'
            '<link href="../Styles/molisa.css" type="text/css" rel="stylesheet">\n'
            f'<link rel="alternate" type="application/rss+xml" title="Tin mới" href="{FEED}">\n'
            '<script language="JavaScript" src="../Scripts/menu.js"></script>\n'
            "</HEAD>\n"
            '<body MS_POSITIONING="FlowLayout" leftmargin="0" topmargin="0">\n'
            f'<form name="Form1" method="post" action="{esc(action)}" id="Form1">\n'
            '<input type="hidden" name="__EVENTTARGET" value="" />\n'
            '<input type="hidden" name="__EVENTARGUMENT" value="" />\n'
            '<input type="hidden" name="__VIEWSTATE" value="{{VIEWSTATE}}" />\n'
            '<script language="javascript" type="text/javascript">\n<!--\n'
            "function __doPostBack(eventTarget, eventArgument) {\n"
            "\tvar theform = document.forms['Form1'];\n"
            '\ttheform.__EVENTTARGET.value = eventTarget.split("$").join(":");\n'
            "\ttheform.__EVENTARGUMENT.value = eventArgument;\n\ttheform.submit();\n}\n// -->\n</script>\n"
            "<!-- Web Author Console: not shown in Published mode -->\n"
            '<table width="980" border="0" cellpadding="0" cellspacing="0" align="center" id="tblMain">\n'
            '<tr><td colspan="2" class="header">'
            '<img src="../Images/logo_molisa.gif" alt="Bộ Lao động - Thương binh và Xã hội" border="0">'
            '<span class="tenbo">BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</span>'
            '<span class="tencong">Cổng thông tin điện tử - Chuyên trang Bình đẳng giới</span></td></tr>\n'
            f'<tr><td colspan="2" class="topmenu">{self.top_menu()}</td></tr>\n'
            '<tr><td colspan="2" class="thongbao"><marquee scrollamount="3">Trang thông tin này được lưu trữ từ '
            "ngày 01/01/2017 và không tiếp tục cập nhật. Mời bạn đọc theo dõi tin mới trên Cổng thông tin điện "
            "tử của Bộ.</marquee></td></tr>\n"
            "<tr>"
            + (f'<td width="200" valign="top" class="leftcol">{nav}</td>' if left else "")
            + f'<td valign="top" class="maincol"{span}>\n{main}\n</td></tr>\n'
            f'<tr><td colspan="2" class="footer">{self.footer()}</td></tr>\n'
            "</table>\n</form>\n"
            f'<script language="JavaScript">var sHome="{esc(s["home"])}";</script>\n'
            "</body>\n</HTML>\n"
        )

    def top_menu(self) -> str:
        cats = {c.slug: c for c in self.spec.categories}
        links = [(HOME, self.s["home"]), ("/GioiThieu/", "Giới thiệu")]
        links += [(self.channel_path[slug], cats[slug].name) for slug in cats]
        links += [("/VanBan/", "Văn bản"), ("/LienHe/", "Liên hệ"), ("/SoDoCong/", "Sơ đồ cổng")]
        return " | ".join(f'<a href="{esc(p)}" class="menu">{esc(n)}</a>' for p, n in links)

    def left_nav(self) -> str:
        rows = []
        for c in self.spec.categories:
            rows.append(
                f'<tr><td class="navitem"><a href="{esc(self.channel_path[c.slug])}">{esc(c.name)}</a></td></tr>'
            )
        rss = f'<a href="{FEED}"><img src="../Images/icon_rss.gif" border="0" alt="RSS"> RSS Tin mới</a>'
        stats = (
            f'<div class="box"><div class="boxtitle">{esc(self.s["stats_title"])}</div>'
            '<span id="ucThongKe_lblOnline">Đang trực tuyến: {{ONLINE}}</span><br>'
            '<span id="ucThongKe_lblTong">Tổng số lượt truy cập: {{TOTAL}}</span></div>'
        )
        search = (
            '<div class="box"><div class="boxtitle">Tìm kiếm</div>'
            f'<input name="tukhoa" type="text" size="18"> <a href="javascript:window.location=\'{SEARCH}'
            "?tukhoa='+escape(document.forms['Form1'].tukhoa.value)\">Tìm</a></div>"
        )
        links = (
            '<div class="box"><div class="boxtitle">Liên kết website</div>'
            '<select onchange="window.open(this.value)"><option>-- Chọn website --</option>'
            '<option value="http://www.chinhphu.vn">Cổng TTĐT Chính phủ</option>'
            '<option value="http://hoilhpn.org.vn">Hội LHPN Việt Nam</option></select></div>'
        )
        return (
            '<table class="nav" width="100%" cellpadding="2" cellspacing="0">'
            f'<tr><td class="navhead">CHUYÊN MỤC</td></tr>{"".join(rows)}</table>'
            f'{search}<div class="box">{rss}</div>{links}{stats}'
        )

    def footer(self) -> str:
        lines = self.footer_lines()
        return (
            "<br>".join(esc(line) for line in lines)
            + f'<br><a href="{esc(LOGIN)}" class="footerlink">{esc(self.s["admin"])}</a>'
            ' | <a href="/SoDoCong/" class="footerlink">Sơ đồ cổng</a>'
        )

    # ---- pages ------------------------------------------------------------------------------
    def home_page(self) -> Response:
        parts = ['<div class="box"><div class="boxtitle">Tin nổi bật</div>']
        for a in self.featured(3):
            parts.append(
                f'<div class="noibat"><a href="{esc(self.path_in(a, self.spec.main_category))}" class="tieude">'
                f'{esc(a.title)}</a><br><span class="tomtat">{esc(self.teaser(a))}</span></div>'
            )
        parts.append("</div>")
        parts.append('<div class="box"><div class="boxtitle">Tin mới</div><ul>')
        for a in self.latest(10):
            when = self.when[a.id].dmy()
            parts.append(
                f'<li><a href="/NR/exeres/{self.guid_of[a.id]}.htm">{esc(a.title)}</a> '
                f'<span class="ngay">({when})</span></li>'
            )
        parts.append("</ul></div>")
        for c in self.spec.categories:
            items = self.listing(c.slug)[:5]
            parts.append(
                f'<div class="box"><div class="boxtitle"><a href="{esc(self.channel_path[c.slug])}">'
                f"{esc(c.name)}</a></div><ul>"
            )
            for a in items:
                parts.append(f'<li><a href="{esc(self.path_in(a, c.slug))}">{esc(a.title)}</a></li>')
            parts.append(
                f'</ul><div class="xemtiep"><a href="{esc(self.channel_path[c.slug])}">'
                f"{esc(self.s['read_more'])}</a></div></div>"
            )
        action = self.template_url("TrangChu.aspx", self.home_guid, HOME)
        return self.html(self.page(f"Trang chủ - {self.spec.name}", action, "\n".join(parts)))

    def channel_page(self, c: Category, index: int, total: int, items: list[CorpusArticle]) -> Response:
        slug, path = c.slug, self.channel_path[c.slug]
        rows = []
        for a in items:
            pic = ""
            if a.number % 3 == 0:
                pic = (
                    f'<img src="/NR/rdonlyres/{self.resource_guid[a.id]}/0/anh{a.number}.jpg" width="90" '
                    'align="left" border="0">'
                )
            rows.append(
                f'<tr><td class="tinitem">{pic}<a href="{esc(self.path_in(a, slug))}" class="tieude">{esc(a.title)}</a>'
                f' <span class="ngay">({self.when[a.id].dmy()})</span><br>'
                f'<span class="tomtat">{esc(self.teaser(a, 240))}</span></td></tr>'
            )
        if not items:
            rows.append('<tr><td class="tinitem">Không có tin nào trong chuyên mục này.</td></tr>')
        pager = self.pager(slug, index, total)
        years = " ".join(f'<a href="{esc(path)}{y}/">{y}</a>' for y in self.years(slug))
        main = (
            f'<div class="breadcrumb"><a href="{HOME}">{esc(self.s["home"])}</a> &gt; {esc(c.name)}</div>'
            f'<h1 class="kenh">{esc(c.name)}</h1>'
            f'<table id="dgTinTuc" width="100%" cellspacing="0" border="0">{"".join(rows)}</table>'
            f'<div class="pager">{pager}</div>'
            f'<div class="theonam">Tin theo năm: {years}</div>'
        )
        action = self.template_url("DanhSachTin.aspx", self.channel_guid[slug], path)
        return self.html(self.page(f"{c.name} - {self.spec.name}", action, main))

    def pager(self, slug: str, index: int, total: int) -> str:
        """Numbers post back (DataGrid pager); only 'Trang trước'/'Trang sau' are links, relative to <base href>."""
        if total <= 1:
            return ""
        path = self.channel_path[slug]

        def href(n: int) -> str:
            return esc(f"DanhSachTin.aspx?{nr_query(self.channel_guid[slug], path)}&Trang={n}")

        parts = ["Trang: "]
        if 1 < index <= total:
            parts.append(f'<a href="{href(index - 1)}">« Trang trước</a> ')
        for n in range(1, total + 1):
            if n == index:
                parts.append(f"<span>{n}</span> ")
            else:
                parts.append(f"<a href=\"javascript:__doPostBack('dgTinTuc$_ctl14$_ctl{n - 1}','')\">{n}</a> ")
        if index < total:
            parts.append(f'<a href="{href(index + 1)}">Trang sau »</a>')
        return "".join(parts)

    def year_page(self, c: Category, year: int) -> Response:
        slug = c.slug
        items = [a for a in self.listing(slug) if self.year(a) == year]
        rows = []
        for a in items:
            at = self.when[a.id].at
            stamp = f"{at.month}/{at.day}/{at.year}"
            if self.when[a.id].has_time:
                hour = at.hour % 12 or 12
                stamp += f" {hour}:{at.minute:02d}:{at.second:02d} {'AM' if at.hour < 12 else 'PM'}"
            else:
                stamp += " 12:00:00 AM"
            rows.append(
                f'<li><a href="/NR/exeres/{self.guid_in(a, slug)},frameless.htm">{esc(a.title)}</a>'
                f' <span class="ngay">{stamp}</span></li>'
            )
        main = (
            f'<div class="breadcrumb"><a href="{HOME}">{esc(self.s["home"])}</a> &gt; '
            f'<a href="{esc(self.channel_path[slug])}">{esc(c.name)}</a> &gt; {year}</div>'
            f'<h1 class="kenh">{esc(c.name)} - Năm {year}</h1><ul class="luutru">{"".join(rows)}</ul>'
        )
        original = f"{self.channel_path[slug]}{year}/"
        action = self.template_url("DanhSachTin.aspx", guid(f"year:{slug}:{year}"), original)
        return self.html(self.page(f"{c.name} {year} - {self.spec.name}", action, main))

    def body_html(self, a: CorpusArticle) -> str:
        """The placeholder HTML: IE's editor (NCRs, capitals, span soup) before 2012, RadEditor after."""
        old = self.year(a) < 2012
        pic = photo(a) if a.number % 3 == 0 else None
        out = []
        paragraphs = list(a.paragraphs)
        for i, text in enumerate(paragraphs):
            if old:
                out.append(
                    '<P style="TEXT-ALIGN: justify"><SPAN style="FONT-SIZE: 10pt; FONT-FAMILY: Arial">'
                    f"{ncr(text)}</SPAN></P>"
                )
            elif a.number % 2:
                out.append(f'<p style="text-align: justify;"><span style="font-family: arial;">{esc(text)}</span></p>')
            else:
                out.append(f"{esc(text)}<br /><br />")
            if pic and i == min(pic.after, len(paragraphs) - 1):
                img = f"/NR/rdonlyres/{self.resource_guid[a.id]}/0/anh{a.number}.jpg"
                caption = f"{pic.caption} ({pic.credit})" if pic.credit else pic.caption
                out.append(
                    f'<P align=center><IMG style="WIDTH: 400px" src="{img}" border=0></P>'
                    f"<P align=center><EM>{ncr(caption) if old else esc(caption)}</EM></P>"
                )
        signature = self.signature(a)
        if signature and old:
            signature = f"<P align=right><STRONG>{ncr(a.author or '')}</STRONG></P>"
        return "\n".join(out) + signature

    def article_page(self, a: CorpusArticle, slug: str, node: str, path: str) -> Response:
        c = self.spec.category(slug)
        w = self.when[a.id]
        old = self.year(a) < 2012
        date = f"{self.weekday(a)}, {w.dmy()}" + (f" - {w.hm()}" if w.has_time else "")
        byline = self.byline_author(a)
        lead = ""
        if a.lead:
            lead = f"<P><STRONG>{ncr(a.lead)}</STRONG></P>" if old else f"<p><strong>{esc(a.lead)}</strong></p>"
        updated = ""
        if w.at.date().isoformat() < RESTRUCTURE:
            updated = '<div class="capnhat">Cập nhật lần cuối: 3/22/2011 4:15:07 PM</div>'
        attachment = ""
        name = self.attachment(a)
        if name:
            attachment = (
                '<div class="dinhkem">Văn bản đính kèm: '
                f'<a href="/NR/rdonlyres/{self.resource_guid[a.id]}/0/{esc(name)}">{esc(name)}</a></div>'
            )
        label = self.label(a)
        related = self.related(a)
        pool = self.listing(slug)
        if a in pool:
            i = pool.index(a)
            newer, older = pool[max(0, i - 3) : i], pool[i + 1 : i + 4]
        else:
            newer, older = [], pool[:3]
        rel_rows = "".join(
            f'<li><a href="/NR/exeres/{self.guid_of[r.id]}.htm">{esc(r.title)}</a> '
            f'<span class="ngay">({self.us_date(r)})</span></li>'
            for r in related
        )
        other_rows = "".join(
            f'<li><a href="{esc(self.nr_link(o, slug))}">{esc(o.title)}</a></li>' for o in newer + older
        )
        print_href = f"InTin.aspx?{nr_query(node, path)}"
        send = f"{TEMPLATES_DIR}/GuiBan.aspx?NRNODEGUID=%7b{node}%7d"
        main = (
            f'<div class="breadcrumb"><a href="{HOME}">{esc(self.s["home"])}</a> &gt; '
            f'<a href="{esc(self.channel_path[slug].lower())}">{esc(c.name)}</a></div>\n'
            f'<span id="lblTieuDe" class="tieudetin">{esc(a.title)}</span><br>\n'
            f'<span id="lblNgayDang" class="ngaydang">{esc(date)}</span>\n'
            + (f'<div class="tacgia">{esc(byline)}</div>\n' if byline else "")
            + '<div id="phTomTat" class="tomtatchitiet">'
            + lead
            + "</div>\n"
            + '<div id="phNoiDung" class="noidung">\n'
            + self.body_html(a)
            + "\n</div>\n"
            + label
            + attachment
            + updated
            + f'<div class="nguoicapnhat">Người cập nhật: MOLISA\\bdg_bt{a.number % 3 + 1:02d}</div>\n'
            f'<div class="congcu"><a href="{esc(print_href)}" target="_blank">{esc(self.s["print_version"])}</a> | '
            f"<a href=\"javascript:window.open('{esc(send)}','gui','width=500,height=400')\">Gửi cho bạn bè</a> | "
            f'<a href="#top">Về đầu trang</a> | {esc(self.s["views"])}: {{{{VIEWS{self.views(a)}}}}}</div>\n'
            + self.box(self.s["related"], rel_rows)
            + self.box(self.s["other_news_long"], other_rows)
        )
        action = self.template_url("ChiTietTin.aspx", node, path)
        return self.html(self.page(f"{a.title} - {self.spec.name}", action, main))

    @staticmethod
    def box(title: str, rows: str) -> str:
        return f'<div class="box"><div class="boxtitle">{esc(title)}</div><ul>{rows}</ul></div>\n' if rows else ""

    def us_date(self, a: CorpusArticle) -> str:
        at = self.when[a.id].at
        return f"{at.month}/{at.day}/{at.year}"

    def nr_link(self, a: CorpusArticle, slug: str) -> str:
        path = self.path_in(a, slug)
        return f"{path}?{nr_query(self.guid_in(a, slug), path)}"

    def print_page(self, a: CorpusArticle, path: str) -> Response:
        w = self.when[a.id]
        body = (
            '<HTML><HEAD><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{esc(a.title)}</title></HEAD><body onload="window.print()">'
            '<div class="in"><b>BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</b><hr>'
            f"<h3>{esc(a.title)}</h3><i>{w.dmy()}</i>"
            + (f"<p><b>{esc(a.lead)}</b></p>" if a.lead else "")
            + "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
            + (f"<p align=right><b>{esc(a.author)}</b></p>" if a.author else "")
            + f"<hr>Địa chỉ bài viết: {esc(self.url(path))}</div></body></HTML>"
        )
        return self.html(body)

    def static_page(self, title: str, kind: str, path: str) -> Response:
        texts = {
            "gioithieu": [
                "Chuyên trang Bình đẳng giới là một bộ phận của Cổng thông tin điện tử Bộ Lao động - Thương binh "
                "và Xã hội, do Vụ Bình đẳng giới phối hợp với Trung tâm Thông tin quản lý nội dung.",
                "Chuyên trang cung cấp thông tin về chính sách, pháp luật về bình đẳng giới, hoạt động vì sự tiến "
                "bộ của phụ nữ và các hoạt động của ngành lao động - thương binh và xã hội.",
            ],
            "chucnang": [
                "Vụ Bình đẳng giới là đơn vị thuộc Bộ Lao động - Thương binh và Xã hội, có chức năng tham mưu, giúp "
                "Bộ trưởng thực hiện quản lý nhà nước về bình đẳng giới theo quy định của Luật Bình đẳng giới.",
                "Vụ có nhiệm vụ chủ trì xây dựng chiến lược, chương trình quốc gia về bình đẳng giới; hướng dẫn, "
                "kiểm tra việc lồng ghép vấn đề bình đẳng giới; tổng hợp, báo cáo tình hình thực hiện mục tiêu quốc "
                "gia về bình đẳng giới và làm thường trực Ban Vì sự tiến bộ của phụ nữ của Bộ.",
            ],
            "cocau": [
                "Lãnh đạo Vụ: Vụ trưởng và các Phó Vụ trưởng.",
                "Các phòng chuyên môn: Phòng Chính sách; Phòng Tổng hợp.",
            ],
            "lienhe": [
                "Vụ Bình đẳng giới - Bộ Lao động - Thương binh và Xã hội",
                f"Địa chỉ: {self.spec.address}",
                "Điện thoại: (04) 38 269 556 - Fax: (04) 38 248 036",
            ],
        }[kind]
        main = (
            f'<div class="breadcrumb"><a href="{HOME}">{esc(self.s["home"])}</a> &gt; {esc(title)}</div>'
            f'<span class="tieudetin">{esc(title)}</span><div class="noidung">'
            + "".join(f"<P>{esc(t)}</P>" for t in texts)
            + "</div>"
        )
        action = self.template_url("TrangTinh.aspx", guid("static:" + kind), path)
        return self.html(self.page(f"{title} - {self.spec.name}", action, main))

    def sitemap_page(self) -> Response:
        rows = [f'<li><a href="{HOME}">{esc(self.s["home"])}</a></li>']
        for c in self.spec.categories:
            years = "".join(
                f'<li><a href="{esc(self.channel_path[c.slug])}{y}/Default.htm">{y}</a></li>'
                for y in self.years(c.slug)
            )
            rows.append(
                f'<li><a href="/NR/exeres/{self.channel_guid[c.slug]}.htm">{esc(c.name)}</a><ul>{years}</ul></li>'
            )
        rows += [f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _) in STATIC.items()]
        main = f'<span class="tieudetin">Sơ đồ cổng</span><ul class="sodo">{"".join(rows)}</ul>'
        action = self.template_url("TrangTinh.aspx", guid("static:sodo"), "/SoDoCong/")
        return self.html(self.page(f"Sơ đồ cổng - {self.spec.name}", action, main))

    def documents_page(self) -> Response:
        rows = []
        for a in self.listed():
            name = self.attachment(a)
            if not name or not a.documents:
                continue
            d = a.documents[0]
            issued = "/".join(reversed(d.date.split("-"))) if d.date else ""
            rows.append(
                f"<tr><td>{esc(d.number)}</td><td>{issued}</td><td>{esc(d.kind)}</td>"
                f'<td><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></td>'
                f'<td><a href="/NR/rdonlyres/{self.resource_guid[a.id]}/0/{esc(name)}">Tải về</a></td></tr>'
            )
        main = (
            '<span class="tieudetin">Văn bản</span><table border="1" cellpadding="3" cellspacing="0" width="100%">'
            "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Loại</th><th>Trích yếu</th><th>Tệp</th></tr>"
            + "".join(rows)
            + "</table>"
        )
        action = self.template_url("TrangTinh.aspx", guid("static:vanban"), "/VanBan/")
        return self.html(self.page(f"Văn bản - {self.spec.name}", action, main))

    def search_page(self, keyword: str) -> Response:
        words = keyword.casefold().split()
        hits = [a for a in self.listed() if words and all(w in a.title.casefold() for w in words)]
        rows = "".join(
            f'<li><a href="{esc(self.article_path(a) + "?" + nr_query(self.guid_of[a.id], self.article_path(a)))}">'
            f"{esc(a.title)}</a></li>"
            for a in hits
        )
        rows = rows or "<li>Không tìm thấy kết quả.</li>"
        main = f'<span class="tieudetin">Kết quả tìm kiếm: {esc(keyword)}</span><ul>{rows}</ul>'
        return self.html(self.page(f"Tìm kiếm - {self.spec.name}", SEARCH, main, robots="NOINDEX,NOFOLLOW"))

    def error_page(self) -> Response:
        main = (
            '<span class="tieudetin">Thông báo</span><p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi. '
            f'Vui lòng quay lại <a href="{HOME}">trang chủ</a>.</p>'
        )
        return self.html(self.page(f"Thông báo lỗi - {self.spec.name}", ERROR_PAGE, main, robots="NOINDEX,FOLLOW"))

    def login_page(self) -> Response:
        main = (
            '<span class="tieudetin">Đăng nhập hệ thống</span><table><tr><td>Tên đăng nhập:</td>'
            '<td><input name="txtUser" type="text"></td></tr><tr><td>Mật khẩu:</td>'
            '<td><input name="txtPass" type="password"></td></tr></table>'
            "<a href=\"javascript:__doPostBack('btnLogin','')\">Đăng nhập</a>"
        )
        return self.html(self.page("Microsoft Content Management Server - Đăng nhập", LOGIN, main, left=False))

    def feed(self) -> Response:
        """The developer's RSS handler: every posting of the channels, hidden ones too, newest 20; pubDate is
        DateTime.ToString("r") of local time, i.e. Vietnamese time labelled GMT."""
        items = []
        for a in self.in_feed()[:20]:
            at = self.when[a.id].at
            items.append(
                f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}</link>"
                f"<description>{esc(self.teaser(a, 300))}</description>"
                f"<pubDate>{at.strftime('%a, %d %b %Y %H:%M:%S')} GMT</pubDate>"
                f'<guid isPermaLink="false">{{{self.guid_of[a.id]}}}</guid></item>'
            )
        hidden = [a for a in self.in_feed() if self.access(a) == "feed_only" and a not in self.in_feed()[:20]]
        for a in hidden:
            items.append(f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}</link></item>")
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>Tin mới - {esc(self.spec.name)}</title><link>{esc(self.url(HOME))}</link>"
            "<description>Bộ Lao động - Thương binh và Xã hội</description><language>vi-VN</language>"
            "<generator>MOLISA.RSS 1.0</generator>\n" + "\n".join(items) + "\n</channel></rss>\n"
        )
        return Response(200, xml.encode("utf-8"), "text/xml; charset=utf-8")
