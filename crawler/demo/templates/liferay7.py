"""Liferay 7 / DXP department portal (a Sở Nội vụ after the 2025 merger): Asset Publisher friendly URLs, Clay pages."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from datetime import date
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import menu
from govnews.crawler.demo.text import ascii_slug, esc, stable_token

AP = "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
LOGIN = "/c/portal/login"
CALENDAR = "/lich-su-kien"


class Liferay7(Template):
    sitemap_path = "/sitemap.xml"

    def instance(self, seed: str) -> str:
        token = stable_token("lr7" + seed, 12)
        return token[:6].upper() + token[6:]

    # ---- URLs -------------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """Asset Publisher links carry the asset entry and a back-redirect; the page is the same without them."""
        parts = urlsplit(path_qs)
        params = [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.endswith(("_redirect", "_assetEntryId")) and k != "inheritRedirect"
        ]
        query = urlencode(sorted(params))
        return (parts.path or "/") + (f"?{query}" if query else "")

    def article_path(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        return f"/{category.key}/-/asset_publisher/{self.instance(category.slug)}/content/{ascii_slug(article.title, limit=100)}"

    def entry_link(self, article: CorpusArticle, back: str) -> str:
        """How a listing links an asset: absolute, with the entry id and a redirect to the listing."""
        inst = self.instance(article.category)
        query = (
            f"?{AP}{inst}_assetEntryId={self.numeric_id(article)}&{AP}{inst}_redirect={quote(self.url(back), safe='')}"
        )
        return self.url(self.article_path(article)) + query

    def short_path(self, article: CorpusArticle) -> str:
        return f"/-/{ascii_slug(article.title, limit=100)}"

    def category_path(self, category: Category, page: int = 1) -> str:
        if page == 1:
            return f"/{category.key}"
        return f"/{category.key}?p_r_p_resetCur=false&{AP}{self.instance(category.slug)}_cur={page}"

    def leaf_path(self, section: str, leaf: str) -> str:
        return f"/{ascii_slug(section)}/{ascii_slug(leaf)}"

    def calendar_path(self, month: int, year: int) -> str:
        return f"{CALENDAR}?month={month}&year={year}"

    def robots(self) -> str:
        return f"User-Agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /api/\n\nSitemap: {self.url(self.sitemap_path)}\n"

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.page(s["home"], self.home_body())))
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                body = self.listing_body(category, items, number, len(pages))
                self.add(self.category_path(category, number), self.html(self.page(category.name, body)))
        for article in self.articles:
            page = self.html(self.page(article.title, self.article_body(article), article))
            self.add(self.article_path(article), page)
            self.add(self.short_path(article), page)
        for section, leaves in menu():
            for leaf in leaves:
                self.add(self.leaf_path(section, leaf), self.html(self.page(leaf, self.leaf_body(section, leaf))))
        self.add("/robots.txt", self.text(self.robots()))
        layouts = ["/"] + [self.category_path(c) for c in self.spec.categories]
        self.add(self.sitemap_path, self.text(self.sitemap_xml(self.in_sitemap(), layouts), "application/xml"))
        login = self.html(self.page(s["login"], f'<div class="portlet-body"><p>{esc(s["login_page"])}</p></div>'))
        self.add(LOGIN, login)
        self.add(f"{LOGIN}?p_l_id=20&redirect=%2F", login)

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """The events calendar renders any month, each with links to the month before and after."""
        if path != CALENDAR:
            return None
        values = dict(params)
        month, year = self.start_month()
        try:
            month, year = int(values.get("month", month)), int(values.get("year", year))
            date(year, month, 1)
        except ValueError:
            month, year = self.start_month()
        return self.html(self.page("Lịch sự kiện", self.calendar_body(month, year)))

    def start_month(self) -> tuple[int, int]:
        at = self.when[self.articles[0].id].at if self.articles else date(2024, 5, 1)
        return at.month, at.year

    # ---- chrome -----------------------------------------------------------------------------
    def mega_menu(self) -> str:
        sections = []
        for section, leaves in menu():
            items = "".join(
                f'<li class="nav-item"><a class="nav-link" href="{self.url(self.leaf_path(section, leaf))}" role="menuitem">{esc(leaf)}</a></li>'
                for leaf in leaves
            )
            if ascii_slug(section) == "tin-tuc-su-kien":
                items = (
                    "".join(
                        f'<li class="nav-item"><a class="nav-link" href="{self.url(self.category_path(c))}" role="menuitem">{esc(c.name)}</a></li>'
                        for c in self.spec.categories
                    )
                    + items
                )
            sections.append(
                f'<li class="lfr-nav-item nav-item dropdown"><a aria-haspopup="true" class="dropdown-toggle nav-link" href="javascript:;" role="menuitem"><span class="text-truncate">{esc(section)}</span></a><ul aria-expanded="false" class="child-menu dropdown-menu mega-col-{min(4, 1 + len(leaves) // 5)}" role="menu">{items}</ul></li>'
            )
        return f'<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" class="navbar-blank navbar-nav navbar-site" role="menubar"><li class="lfr-nav-item nav-item"><a class="nav-link" href="{self.url("/")}"><span>{esc(self.s["home"])}</span></a></li>{"".join(sections)}</ul></nav>'

    def portlet(self, name: str, title: str, body: str, decorate: bool = True) -> str:
        topper = (
            f'<div class="portlet-header"><h2 class="portlet-title-text">{esc(title)}</h2></div>' if decorate else ""
        )
        return f"""<div class="portlet-boundary portlet-boundary_{name}_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_{name}_">
<span id="p_{name}"></span><section class="portlet" id="portlet_{name}">{topper}<div class="portlet-content-container"><div class="portlet-body">{body}</div></div></section></div>"""

    def sidebar(self) -> str:
        s = self.s
        latest = "".join(
            f'<div class="news-item-mini"><h3 class="title"><a href="{self.short_path(a)}">{esc(a.title)}</a></h3><span class="date">{self.when[a.id].dmy()}</span></div>'
            for a in self.latest(5)
        )
        month, year = self.start_month()
        links = "".join(
            f'<li><a href="https://{ascii_slug(name)}.gov.vn/" target="_blank" rel="noopener">{esc(name)}</a></li>'
            for name in s["links"]
        )
        stats = "".join(f'<li>{esc(k)}: <span class="count">{v}</span></li>' for k, v in self.stats())
        return (
            self.portlet(f"{AP}tinmoinhat", s["latest"], latest)
            + self.portlet(
                "com_liferay_calendar_web_portlet_CalendarPortlet",
                "Lịch sự kiện",
                f'<p><a href="{self.calendar_path(month, year)}">Xem lịch sự kiện tháng {month}/{year}</a></p>',
            )
            + self.portlet(
                "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lienket",
                s["links_title"],
                f"<ul>{links}</ul>",
            )
            + self.portlet("thongke_WAR_thongkeportlet", s["stats_title"], f'<ul class="thong-ke">{stats}</ul>')
        )

    def page(self, title: str, main: str, article: CorpusArticle | None = None) -> str:
        s = self.s
        canonical = f'<link href="{esc(self.canonical_url(article))}" rel="canonical" />' if article else ""
        og = (
            f'<meta property="og:title" content="{esc(article.title)}"><meta property="og:type" content="website">'
            if article
            else ""
        )
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(self.spec.name)} - Liferay DXP</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{canonical}{og}
<link data-senna-track="temporary" href="{self.url("/")}" hreflang="x-default" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/snv-theme/css/clay.css?browserId=chrome&amp;themeId=snvtheme_WAR_snvtheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary">var Liferay = Liferay || {{}}; Liferay.ThemeDisplay = {{getLayoutRelativeURL: function() {{ return '/'; }}, getLanguageId: function() {{ return 'vi_VN'; }}, isSignedIn: function() {{ return false; }}}};</script>
<script src="/o/frontend-js-web/liferay/global.bundle.js?browserId=chrome&amp;languageId=vi_VN" type="text/javascript"></script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner"><div class="navbar navbar-top"><a class="logo" href="{self.url("/")}" title="{esc(self.spec.name)}"><img alt="" height="110" src="/image/layout_set_logo?img_id=41805&amp;t=1720431234512" /></a>
<span class="site-name">{esc(self.spec.name.upper())}</span>
<a class="sign-in text-default" data-redirect="false" href="{LOGIN}?p_l_id=20&amp;redirect=%2F" rel="nofollow">{esc(s["login"])}</a></div>
{self.mega_menu()}
</header>
<section id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">
{main}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
{self.sidebar()}
</div></div>
</div></div></section>
<footer id="footer" role="contentinfo"><div class="container footer-info">{footer}</div></footer>
</div></div>
<script type="text/javascript">Liferay.Portlet.register('{AP}chitiet'); Liferay.on('allPortletsReady', function() {{}});</script>
</body>
</html>"""

    def teaser_block(self, article: CorpusArticle, back: str, image: bool = True) -> str:
        img = (
            f'<div class="image"><a href="{esc(self.entry_link(article, back))}"><img alt="" src="/documents/20126/0/anh-{article.number}.jpg/{stable_token(article.id, 8)}?t=1" /></a></div>'
            if image
            else ""
        )
        return f"""<div class="news-item clearfix">{img}<h3 class="title"><a href="{esc(self.entry_link(article, back))}">{esc(article.title)}</a></h3>
<div class="date">{self.when[article.id].dmy()}</div><div class="sapo">{esc(self.teaser(article))}</div></div>"""

    def home_body(self) -> str:
        s = self.s
        featured = "".join(self.teaser_block(a, "/") for a in self.featured())
        blocks = "".join(
            self.portlet(
                f"{AP}{self.instance(c.slug)}",
                c.name,
                "".join(self.teaser_block(a, "/", image=False) for a in self.listing(c.slug)[:3])
                + f'<div class="more"><a href="{self.url(self.category_path(c))}">{esc(s["more"])}</a></div>',
            )
            for c in self.spec.categories
        )
        return self.portlet(f"{AP}noibat", s["featured"], featured) + blocks

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        back = self.category_path(category, page)
        total = len(self.listing(category.slug))
        first = (page - 1) * self.page_size + 1
        shown = f"Hiển thị {first if items else 0} đến {first + len(items) - 1 if items else 0} của {total} mục."

        def item(label: str, target: int, active: bool, current: bool = False) -> str:
            state = " active" if current else ("" if active else " disabled")
            href = self.url(self.category_path(category, target)) if active else "javascript:;"
            return f'<li class="page-item{state}"><a class="page-link" href="{esc(href)}">{label}</a></li>'

        numbers = "".join(item(str(n), n, n != page, n == page) for n in range(1, pages + 1))
        pager = f"""<div class="pagination-bar"><div class="pagination-results">{shown}</div>
<ul class="pagination">{item("&laquo;", page - 1, page > 1)}{numbers}{item("&raquo;", page + 1, page < pages)}</ul></div>"""
        body = "".join(self.teaser_block(a, back) for a in items) + pager
        crumbs = f'<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{self.url("/")}">{esc(self.s["home"])}</a></li><li class="breadcrumb-item active">{esc(category.name)}</li></ol>'
        return crumbs + self.portlet(f"{AP}{self.instance(category.slug)}", category.name, body)

    def display_date(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        return f"Cập nhật lúc {when.hm()}, {when.dmy()}" if when.has_time else f"Cập nhật ngày {when.dmy()}"

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        author = (
            f' <span class="metadata-entry metadata-author">{esc(s["author_label"])} {esc(byline)}</span>'
            if byline
            else ""
        )
        lead = f'<p style="text-align: justify;"><strong>{esc(article.lead)}</strong></p>' if article.lead else ""
        others = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        crumbs = f'<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{self.url("/")}">{esc(s["home"])}</a></li><li class="breadcrumb-item"><a href="{self.url(self.category_path(category))}">{esc(category.name)}</a></li></ol>'
        body = f"""<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<h3 class="header-title"><span class="asset-title">{esc(article.title)}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{self.display_date(article)}</span>{author} <span class="metadata-entry metadata-view-count">{esc(s["views"])}: {self.views(article)}</span></div>
<div class="asset-content" id="{AP}chitiet_{self.numeric_id(article)}"><div class="journal-content-article " data-analytics-asset-id="{self.numeric_id(article)}" data-analytics-asset-title="{esc(article.title)}" data-analytics-asset-type="web-content">
{lead}
{self.paragraphs(article, lead=False, style="text-align: justify;")}
{self.signature(article)}
</div></div>
{self.label(article)}
<div class="asset-links"><a href="javascript:window.print();">{esc(s["print_version"])}</a> | <a href="mailto:?subject={quote(article.title)}">{esc(s["email"])}</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={quote(self.canonical_url(article), safe="")}" target="_blank">{esc(s["share"])}</a> | <a href="{self.url(self.category_path(category))}">{esc(s["back"])}</a></div>
</div>
<div class="other-news"><h4>{esc(s["other_news_long"])}</h4><ul>{others}</ul></div>"""
        return crumbs + self.portlet(f"{AP}chitiet", "Xuất bản thông tin", body)

    def leaf_body(self, section: str, leaf: str) -> str:
        text = (
            f"Nội dung trang “{leaf}” thuộc mục {section} đang được cập nhật. Mọi thông tin xin liên hệ Văn phòng Sở."
        )
        return self.portlet(
            "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_trang",
            leaf,
            f'<div class="journal-content-article"><p>{esc(text)}</p></div>',
        )

    def calendar_body(self, month: int, year: int) -> str:
        before = (month - 1, year) if month > 1 else (12, year - 1)
        after = (month + 1, year) if month < 12 else (1, year + 1)
        events = "".join(
            f"<tr><td>{day:02d}/{month:02d}/{year}</td><td>{esc(what)}</td></tr>"
            for day, what in (
                (8, "Giao ban công tác tháng của Sở"),
                (15, "Tiếp công dân định kỳ"),
                (22, "Hội nghị tập huấn nghiệp vụ cho cán bộ cấp xã"),
            )
        )
        return self.portlet(
            "com_liferay_calendar_web_portlet_CalendarPortlet",
            "Lịch sự kiện",
            f"""<div class="calendar-portlet"><h3>Tháng {month}/{year}</h3>
<div class="calendar-nav"><a href="{self.calendar_path(*before)}">&lsaquo; Tháng trước</a> <a href="{self.calendar_path(*after)}">Tháng sau &rsaquo;</a></div>
<table class="table"><tr><th>Ngày</th><th>Sự kiện</th></tr>{events}</table></div>""",
        )
