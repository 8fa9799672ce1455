"""A Drupal 10 department site (Sở Nội vụ tỉnh Gia Lai), relaunched by a vendor on a Bootstrap 5 (Barrio) subtheme.

Written blind, from what Drupal 9/10 sites of Vietnamese departments serve: Pathauto aliases beside /node/N
(and /node/N/, old aliases and /vi/node/N kept by the Redirect module), taxonomy term pages beside their aliases,
Views with Drupal's zero-based query-only pager links (full pager on terms, mini pager on /tin-tuc, an AJAX pager
on the front page block), exposed filters, Metatag canonical and shortlink (also as HTTP Link headers), Simple XML
Sitemap split into ?page=N chunks with its XSL, /rss.xml and per-term feeds, a Search API page with facets, node
revisions an anonymous visitor may see, printable and entity_print views, /sites/default/files attachments,
drupalSettings JSON and BigPipe placeholders whose values change in every response, Drupal's 403 and 404 pages.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
import itertools
import json
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category, PortalSpec
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import photo
from govnews.crawler.demo.text import VN_TZ, ascii_slug, esc, tiny_pdf

THEME = "gialai_barrio"
FILES = "/sites/default/files"
MIGRATED_ON = datetime(2025, 3, 1, tzinfo=VN_TZ)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
WEEKDAYS_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
KEYWORDS = ("bình đẳng giới", "bạo lực gia đình", "công chức")
KNOWN_PARAMS = ("page", "field_category_target_id", "created", "search_api_fulltext", "f[0]", "keys", "tuan")
SITEMAP_MAX_LINKS = 40  # the vendor lowered Simple XML Sitemap's 'max links' so the sitemap is an index of chunks
STATIC = {
    "/gioi-thieu": (
        "Giới thiệu",
        [
            "Sở Nội vụ tỉnh Gia Lai là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về tổ chức hành chính, sự nghiệp nhà nước; vị trí việc làm, biên chế công chức; cán bộ, công chức, viên chức; chính quyền địa phương; thi đua, khen thưởng; tín ngưỡng, tôn giáo; văn thư, lưu trữ; thanh niên.",
            "Từ ngày 01/3/2025, Sở tiếp nhận thêm các lĩnh vực lao động, tiền lương, việc làm, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công và bình đẳng giới từ Sở Lao động - Thương binh và Xã hội. Từ ngày 01/7/2025, Sở Nội vụ tỉnh Gia Lai được tổ chức lại trên cơ sở hợp nhất Sở Nội vụ tỉnh Gia Lai và Sở Nội vụ tỉnh Bình Định.",
        ],
    ),
    "/lien-he": (
        "Liên hệ",
        [
            "Trụ sở chính: số 38 đường Trần Phú, phường Quy Nhơn, tỉnh Gia Lai. Cơ sở 2: số 02 đường Hùng Vương, phường Pleiku, tỉnh Gia Lai.",
            "Điện thoại: 0269.3824.201 - Email: sonv@gialai.gov.vn. Mọi ý kiến góp ý xin gửi qua biểu mẫu liên hệ của trang.",
        ],
    ),
}


class Drupal10(Template):
    sitemap_path = "/sitemap.xml"
    feed_path = "/rss.xml"
    ignored_params = ("utm_source", "utm_medium", "utm_campaign", "fbclid", "zarsrc")

    def __init__(self, spec: PortalSpec, articles: list[CorpusArticle], base_url: str, strings: dict[str, Any]):
        super().__init__(spec, articles, base_url, strings)
        self.hits = itertools.count(1)
        self.by_nid = {self.numeric_id(a): a for a in self.articles}

    # ---- content types and ids -----------------------------------------------------------
    def bundle(self, article: CorpusArticle) -> str:
        """'tin_tuc' for news; sitemap-only items were made as basic pages, feed-only ones as the install's 'article'."""
        return {"sitemap_only": "page", "feed_only": "article"}.get(self.access(article), "tin_tuc")

    def migrated(self, article: CorpusArticle) -> bool:
        """Gender items of the dissolved Sở LĐTBXH, imported in March 2025 with their dates (and new nids)."""
        return article.category == self.spec.main_category and self.when[article.id].at < MIGRATED_ON

    def numeric_id(self, article: CorpusArticle) -> int:
        if self.migrated(article):
            return 2600 + article.number
        return self.spec.article_id_base + article.number * 13

    def category_of(self, article: CorpusArticle) -> Category:
        return self.spec.category(article.category)

    # ---- URLs ------------------------------------------------------------------------------
    def slug(self, article: CorpusArticle) -> str:
        return ascii_slug(article.title, limit=100)

    def article_path(self, article: CorpusArticle) -> str:
        bundle = self.bundle(article)
        if bundle == "article":
            return self.node_path(article)  # no Pathauto pattern for the install's 'article' type
        if bundle == "page":
            return f"/{self.slug(article)}"
        prefix = "/thong-bao" if article.category == "thong-bao" else "/tin-tuc"
        return f"{prefix}/{self.slug(article)}"

    def node_path(self, article: CorpusArticle) -> str:
        return f"/node/{self.numeric_id(article)}"

    def old_alias(self, article: CorpusArticle) -> str | None:
        """An alias the Redirect module keeps after a title edit ('-0' from a Pathauto clash, or the imported site's)."""
        if self.bundle(article) != "tin_tuc":
            return None
        if self.migrated(article):
            return f"/ldtbxh/tin-tuc/{self.slug(article)}"
        if article.number % 6 == 0:
            return f"{self.article_path(article)}-0"
        return None

    def term_alias(self, category: Category) -> str:
        return f"/chuyen-muc/{ascii_slug(category.name)}"

    def term_path(self, category: Category) -> str:
        return f"/taxonomy/term/{category.key}"

    def revision_ids(self, article: CorpusArticle) -> list[int]:
        if not article.modified:
            return []
        first = 4000 + article.number * 3
        return [first + 1, first]

    def print_path(self, article: CorpusArticle) -> str:
        return f"{self.node_path(article)}/printable/print"

    def pdf_path(self, article: CorpusArticle) -> str:
        return f"/print/pdf/node/{self.numeric_id(article)}"

    def file_path(self, article: CorpusArticle) -> str | None:
        name = self.attachment(article)
        if not name:
            return None
        return f"{FILES}/{self.when[article.id].at.strftime('%Y-%m')}/{name.lower()}"

    def search_path(self, keys: str, page: int = 0, facet: str | None = None) -> str:
        params = [("search_api_fulltext", keys)]
        if facet:
            params.append(("f[0]", f"chuyen_muc:{facet}"))
        if page:
            params.append(("page", str(page)))
        return "/tim-kiem?" + urlencode(params)

    def robots(self) -> str:
        """Drupal 10's core robots.txt as scaffolded, plus the D7 '?q=' lines the vendor carried over."""
        allow = [
            f"/{d}/*.{e}"
            for d in ("core", "profiles")
            for e in ("css$", "css?", "js$", "js?", "gif", "jpg", "jpeg", "png", "svg")
        ]
        files = [
            "/README.md",
            "/composer/Metapackage/README.txt",
            "/composer/Plugin/ProjectMessage/README.md",
            "/composer/Plugin/Scaffold/README.md",
            "/composer/Template/README.txt",
            "/modules/README.txt",
            "/sites/README.txt",
            "/themes/README.txt",
            "/web.config",
        ]
        clean = [
            "/admin/",
            "/comment/reply/",
            "/filter/tips",
            "/node/add/",
            "/search/",
            "/user/register",
            "/user/password",
            "/user/login",
            "/user/logout",
            "/media/oembed",
            "/*/media/oembed",
        ]
        lines = [
            "#",
            "# robots.txt",
            "#",
            "# This file is to prevent the crawling and indexing of certain parts",
            "# of your site by web crawlers and spiders run by sites like Yahoo!",
            '# and Google. By telling these "robots" where not to go on your site,',
            "# you save bandwidth and server resources.",
            "#",
            "# For more information about the robots.txt standard, see:",
            "# http://www.robotstxt.org/robotstxt.html",
            "",
            "User-agent: *",
            "# CSS, JS, Images",
            *(f"Allow: {a}" for a in allow),
            "# Directories",
            "Disallow: /core/",
            "Disallow: /profiles/",
            "# Files",
            *(f"Disallow: {f}" for f in files),
            "# Paths (clean URLs)",
            *(f"Disallow: {p}" for p in clean),
            "# Paths (no clean URLs)",
            *(f"Disallow: /index.php{p}" for p in clean),
            "# Paths (no clean URLs, Drupal 7 site)",
            *(
                f"Disallow: /?q={p.lstrip('/')}"
                for p in (
                    "/admin/",
                    "/comment/reply/",
                    "/node/add/",
                    "/search/",
                    "/user/password/",
                    "/user/register/",
                    "/user/login/",
                    "/user/logout/",
                )
            ),
        ]
        return "\n".join(lines) + "\n"

    # ---- build -----------------------------------------------------------------------------
    def build(self) -> None:
        home = self.html(self.front(0))
        self.add("/", home)
        self.add("/node", self.redirect("/"))
        self.add("/robots.txt", self.text(self.robots()))
        for number in range(1, len(self.chunks(self.news_items()))):
            self.add(f"/?page={number}", self.html(self.front(number)))
        for category in self.spec.categories:
            items = self.listing(category.slug)
            for number, chunk in enumerate(self.chunks(items)):
                for path in (self.term_alias(category), self.term_path(category)):
                    page = self.html(self.term_page(category, path, number, chunk, len(items)))
                    self.add(path + (f"?page={number}" if number else ""), page)
                    if number == 0:
                        self.add(f"{path}?page=0", page)
            self.add(
                f"{self.term_path(category)}/feed",
                self.xml(
                    self.rss(
                        category.name, self.term_alias(category), [a for a in items if self.bundle(a) == "tin_tuc"][:10]
                    ),
                    "application/rss+xml",
                ),
            )
        for filters in self.filter_sets():
            items = self.filtered(filters)
            for number in range(len(self.chunks(items))):
                page = self.html(self.news_page(filters, number))
                self.add(self.news_path(filters, number), page)
                if number == 0:
                    self.add("/tin-tuc?" + urlencode([*filters.items(), ("page", "0")]), page)
        for article in self.articles:
            page = self.node_response(article, self.article_page(article))
            self.add(self.article_path(article), page)
            self.add(self.node_path(article), page)
            self.add(self.node_path(article) + "/", page)
            self.add("/vi" + self.node_path(article), self.redirect(self.article_path(article)))
            old = self.old_alias(article)
            if old:
                self.add(old, self.redirect(self.article_path(article)))
            self.add(self.print_path(article), self.html(self.print_page(article)))
            self.add(
                self.pdf_path(article),
                Response(
                    200,
                    tiny_pdf(f"node {self.numeric_id(article)}"),
                    "application/pdf",
                    {"Content-Disposition": f'attachment; filename="{self.slug(article)[:60]}.pdf"'},
                ),
            )
            revisions = self.revision_ids(article)
            if revisions:
                self.add(f"{self.node_path(article)}/revisions", self.html(self.revisions_page(article)))
                for vid in revisions:
                    self.add(
                        f"{self.node_path(article)}/revisions/{vid}/view",
                        self.html(self.article_page(article, revision=vid)),
                    )
            file_path = self.file_path(article)
            if file_path:
                self.add(file_path, self.pdf(file_path.rsplit("/", 1)[-1], article))
        for path, (title, paragraphs) in STATIC.items():
            self.add(path, self.html(self.static_page(path, title, paragraphs)))
        self.add("/user/login", self.html(self.login_page()))
        self.add(
            "/user/password",
            self.html(
                self.simple_page(
                    "/user/password",
                    "Đặt lại mật khẩu",
                    '<form class="user-pass" action="/user/password" method="post"><label for="edit-name">Tên đăng nhập hoặc địa chỉ email</label> <input type="text" id="edit-name" name="name" class="form-control"> <button type="submit" class="btn btn-primary">Gửi</button></form>',
                )
            ),
        )
        self.add(
            self.feed_path,
            self.xml(
                self.rss(self.spec.name, "/", [a for a in self.in_feed() if self.bundle(a) != "page"]),
                "application/rss+xml",
            ),
        )
        self.build_sitemap()
        self.add("/favicon.ico", Response(200, b"\x00\x00\x01\x00", "image/vnd.microsoft.icon"))

    def build_sitemap(self) -> None:
        rows: list[tuple[str, str | None, str]] = [("/", None, "1.0")]
        rows += [(self.term_alias(c), None, "0.5") for c in self.spec.categories]
        rows += [(p, None, "0.5") for p in STATIC]
        rows += [
            (self.article_path(a), self.lastmod(a), "0.5") for a in self.in_sitemap() if self.bundle(a) != "article"
        ]
        chunks = [rows[i : i + SITEMAP_MAX_LINKS] for i in range(0, len(rows), SITEMAP_MAX_LINKS)]
        stylesheet = '<?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>\n'
        index = "".join(
            f"<sitemap><loc>{esc(self.url(f'/sitemap.xml?page={n}'))}</loc><lastmod>2025-12-18T09:14:02+07:00</lastmod></sitemap>"
            for n in range(1, len(chunks) + 1)
        )
        self.add(
            self.sitemap_path,
            self.xml(
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                + stylesheet
                + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n'
            ),
        )
        for number, chunk in enumerate(chunks, start=1):
            urls = "".join(
                f'<url><loc>{esc(self.url(path))}</loc><xhtml:link rel="alternate" hreflang="vi" href="{esc(self.url(path))}"/>'
                + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
                + f"<changefreq>weekly</changefreq><priority>{priority}</priority></url>"
                for path, lastmod, priority in chunk
            )
            self.add(
                f"/sitemap.xml?page={number}",
                self.xml(
                    '<?xml version="1.0" encoding="UTF-8"?>\n'
                    + stylesheet
                    + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
                    + urls
                    + "</urlset>\n"
                ),
            )
        xsl = '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="2.0" xmlns:html="http://www.w3.org/TR/REC-html40" xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:output method="html" version="1.0" encoding="UTF-8" indent="yes"/><xsl:template match="/"><html><head><title>Sitemap file</title></head><body><h1>Sitemap file</h1><p>Generated by the <a href="https://www.drupal.org/project/simple_sitemap">Drupal Simple XML Sitemap module</a>.</p><xsl:apply-templates/></body></html></xsl:template></xsl:stylesheet>\n'
        self.add(
            "/sitemap_generator/default/sitemap.xsl", Response(200, xsl.encode(), "application/xml; charset=utf-8")
        )

    def lastmod(self, article: CorpusArticle) -> str:
        return article.modified or self.when[article.id].at.isoformat(timespec="seconds")

    def xml(self, text: str, content_type: str = "application/xml") -> Response:
        return Response(
            200,
            text.encode("utf-8"),
            f"{content_type}; charset=utf-8",
            {"X-Generator": "Drupal 10 (https://www.drupal.org)"},
        )

    def html(self, text: str, status: int = 200) -> Response:
        return Response(
            status,
            text.encode("utf-8"),
            "text/html; charset=UTF-8",
            {
                "X-Generator": "Drupal 10 (https://www.drupal.org)",
                "X-Drupal-Dynamic-Cache": "UNCACHEABLE",
                "Cache-Control": "must-revalidate, no-cache, private",
                "Content-language": "vi",
                "X-Frame-Options": "SAMEORIGIN",
            },
        )

    def node_response(self, article: CorpusArticle, text: str) -> Response:
        response = self.html(text)
        response.headers["Link"] = (
            f'<{self.canonical_url(article)}>; rel="canonical", <{self.url(self.node_path(article))}>; rel="shortlink"'
        )
        return response

    def redirect(self, location: str, status: int = 301) -> Response:
        response = super().redirect(location, status)
        response.headers["X-Redirect-ID"] = str(abs(hash(location)) % 900 + 100)
        response.headers["X-Generator"] = "Drupal 10 (https://www.drupal.org)"
        return response

    # ---- per-request pages ---------------------------------------------------------------------
    def lookup(self, path_qs: str) -> Response | None:
        if "_wrapper_format=" in path_qs:
            parts = urlsplit(path_qs)
            params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "_wrapper_format"]
            inner = super().lookup(parts.path + ("?" + urlencode(params) if params else ""))
            if inner is None or inner.status != 200 or not inner.content_type.startswith("text/html"):
                return inner
            return self.ajax_commands(inner.body.decode("utf-8"))
        return super().lookup(path_qs)

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        values = dict(params)
        if path in ("/user/login", "/user/password"):  # ?destination=... and the like: the same form
            return self.routes.get(path)
        known = [(k, v) for k, v in params if k in KNOWN_PARAMS]
        if known != params:  # Drupal ignores query parameters nobody reads
            found = self.routes.get(self.route_key(path + ("?" + urlencode(known) if known else "")))
            if found is not None:
                return found
        if (
            path.startswith(("/user/", "/admin", "/node/add", "/media/", "/index.php/"))
            or path == "/user"
            or path.endswith(("/edit", "/delete"))
        ):
            return self.denied(path)
        if path == "/views/ajax":
            return self.views_ajax(values)
        if path == "/tim-kiem":
            return self.search_page(values)
        if path == "/search/node":
            return self.html(self.core_search(values.get("keys", "")))
        if path == "/lich-cong-tac":
            return self.html(self.calendar(values.get("tuan", "")))
        if path in ("/tin-tuc", "/") or path.startswith(("/taxonomy/term/", "/chuyen-muc/")):
            page = values.get("page", "")
            if page.isdigit():  # Views clamps a page past the end to the last one
                stripped = [(k, v) for k, v in params if k != "page"]
                for number in range(int(page), -1, -1):
                    found = self.routes.get(
                        self.route_key(
                            path + "?" + urlencode([*stripped, ("page", str(number))])
                            if number
                            else path + ("?" + urlencode(stripped) if stripped else "")
                        )
                    )
                    if found is not None:
                        return found
        return None

    def personalize(self, body: bytes) -> bytes:
        """BigPipe replacements, the Views DOM id and the visitor counters: new in every response."""
        if b"__BP__" not in body:
            return body
        n = next(self.hits)
        token = hashlib.sha1(f"{n}".encode()).hexdigest()
        body = body.replace(b"__BP__", token[:43].encode()).replace(
            b"__DOM__", hashlib.md5(token.encode()).hexdigest().encode()
        )
        body = body.replace(b"__ONLINE__", str(20 + n % 37).encode()).replace(
            b"__TODAY__", f"{1204 + n:,}".replace(",", ".").encode()
        )
        body = body.replace(b"__TOTAL__", f"{2418773 + n:,}".replace(",", ".").encode())
        return body.replace(b"__READS__", str(300 + n % 97).encode())

    def not_found(self) -> Response:
        return self.html(
            self.shell(
                "/",
                "Không tìm thấy trang",
                '<div class="alert alert-warning">Không tìm thấy trang yêu cầu.</div>',
                "Không tìm thấy trang",
            ),
            status=404,
        )

    def denied(self, path: str) -> Response:
        return self.html(
            self.shell(
                path, "Truy cập bị từ chối", "<p>Bạn không có quyền truy cập trang này.</p>", "Truy cập bị từ chối"
            ),
            status=403,
        )

    def ajax_commands(self, html_text: str) -> Response:
        start = html_text.find('<main role="main"')
        end = html_text.find("</main>")
        main = html_text[start : end + 7] if start >= 0 else html_text
        commands = [
            {
                "command": "settings",
                "settings": {"ajaxPageState": {"theme": THEME, "libraries": "eJx1j0EOwyAMBD"}},
                "merge": True,
            },
            {"command": "insert", "method": "replaceWith", "selector": None, "data": main, "settings": None},
        ]
        return Response(
            200,
            json.dumps(commands).encode(),
            "application/json",
            {"X-Drupal-Ajax-Token": "1", "X-Generator": "Drupal 10 (https://www.drupal.org)"},
        )

    def views_ajax(self, values: dict[str, str]) -> Response:
        page = int(values["page"]) if values.get("page", "").isdigit() else 0
        chunks = self.chunks(self.news_items())
        chunk = chunks[min(page, len(chunks) - 1)]
        data = f'<div class="views-element-container"><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1 js-view-dom-id-__DOM__">{self.teaser_rows(chunk)}{self.mini_pager(page, page + 1 < len(chunks), "")}</div></div>'
        commands = [
            {
                "command": "insert",
                "method": "replaceWith",
                "selector": ".js-view-dom-id-" + values.get("view_dom_id", ""),
                "data": data,
                "settings": None,
            },
            {"command": "viewsScrollTop", "selector": ".js-view-dom-id-" + values.get("view_dom_id", "")},
        ]
        return Response(
            200,
            json.dumps(commands).encode(),
            "application/json",
            {"X-Generator": "Drupal 10 (https://www.drupal.org)"},
        )

    # ---- listings ----------------------------------------------------------------------------
    def news_items(self) -> list[CorpusArticle]:
        return [a for a in self.listed() if self.bundle(a) == "tin_tuc"]

    def filter_sets(self) -> list[dict[str, str]]:
        years = sorted({self.when[a.id].at.year for a in self.news_items()}, reverse=True)
        sets: list[dict[str, str]] = [{}]
        sets += [{"field_category_target_id": c.key, "created": "All"} for c in self.spec.categories]
        sets += [{"field_category_target_id": "All", "created": str(y)} for y in years]
        return sets

    def filtered(self, filters: dict[str, str]) -> list[CorpusArticle]:
        items = self.news_items()
        tid, year = filters.get("field_category_target_id", "All"), filters.get("created", "All")
        if tid != "All":
            items = [a for a in items if self.category_of(a).key == tid]
        if year != "All":
            items = [a for a in items if str(self.when[a.id].at.year) == year]
        return items

    def news_path(self, filters: dict[str, str], page: int = 0) -> str:
        params = list(filters.items()) + ([("page", str(page))] if page else [])
        return "/tin-tuc" + ("?" + urlencode(params) if params else "")

    def full_pager(self, number: int, total_pages: int, extra: str = "") -> str:
        """Drupal's full pager: query-only links ('?page=N'), zero-based, a window of page numbers."""
        if total_pages <= 1:
            return ""

        def href(n: int) -> str:
            return f"?{extra}page={n}"

        items = []
        if number > 0:
            items.append(
                f'<li class="page-item pager__item--first"><a href="{href(0)}" title="Đến trang đầu tiên" class="page-link"><span class="visually-hidden">Trang đầu</span><span aria-hidden="true">« Đầu</span></a></li>'
            )
            items.append(
                f'<li class="page-item pager__item--previous"><a href="{href(number - 1)}" title="Đến trang trước" rel="prev" class="page-link"><span aria-hidden="true">‹ Trước</span></a></li>'
            )
        low = max(0, min(number - 4, total_pages - 9))
        for n in range(low, min(total_pages, low + 9)):
            if n == number:
                items.append(
                    f'<li class="page-item active" aria-current="page"><span class="page-link">{n + 1}</span></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a href="{href(n)}" title="Đến trang {n + 1}" class="page-link">{n + 1}</a></li>'
                )
        if number + 1 < total_pages:
            items.append(
                f'<li class="page-item pager__item--next"><a href="{href(number + 1)}" title="Đến trang kế tiếp" rel="next" class="page-link"><span aria-hidden="true">Tiếp ›</span></a></li>'
            )
            items.append(
                f'<li class="page-item pager__item--last"><a href="{href(total_pages - 1)}" title="Đến trang cuối" class="page-link"><span aria-hidden="true">Cuối »</span></a></li>'
            )
        return f'<nav aria-label="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="js-pager__items pagination">{"".join(items)}</ul></nav>'

    def mini_pager(self, number: int, has_next: bool, extra: str) -> str:
        items = []
        if number > 0:
            items.append(
                f'<li class="page-item pager__item--previous"><a href="?{extra}page={number - 1}" title="Đến trang trước" rel="prev" class="page-link">‹‹</a></li>'
            )
        items.append(f'<li class="page-item active"><span class="page-link">Trang {number + 1}</span></li>')
        if has_next:
            items.append(
                f'<li class="page-item pager__item--next"><a href="?{extra}page={number + 1}" title="Đến trang kế tiếp" rel="next" class="page-link">››</a></li>'
            )
        return f'<nav role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="js-pager__items pagination pager__items">{"".join(items)}</ul></nav>'

    def submitted(self, article: CorpusArticle) -> str:
        """Core's 'medium' format left at its default 'D, m/d/Y - H:i' (month first), the weekday translated."""
        at = self.when[article.id].at
        return f"{WEEKDAYS_SHORT[at.weekday()]}, {at.strftime('%m/%d/%Y - %H:%M')}"

    def long_date(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        return when.with_time(f"{WEEKDAYS[when.at.weekday()]}, {when.dmy()}", join=" - ")

    def teaser_rows(self, items: list[CorpusArticle], node_links: bool = False) -> str:
        rows = []
        for a in items:
            href = self.node_path(a) if node_links else self.article_path(a)
            rows.append(
                f'<div class="views-row"><article class="node node--type-{self.bundle(a).replace("_", "-")} node--view-mode-teaser">'
                f'<div class="views-field views-field-field-anh-dai-dien"><img loading="lazy" src="{FILES}/styles/thumbnail_4_3/public/{self.when[a.id].at.strftime("%Y-%m")}/anh-{self.numeric_id(a)}.jpg?itok={hashlib.md5(a.id.encode()).hexdigest()[:8]}" width="240" height="180" alt="" class="img-fluid"></div>'
                f'<h3 class="node__title"><a href="{esc(href)}" rel="bookmark"><span class="field field--name-title">{esc(a.title)}</span></a></h3>'
                f'<div class="node__submitted"><span class="field--name-created">{self.submitted(a)}</span></div>'
                f'<div class="field field--name-body field--type-text-with-summary field--label-hidden">{esc(self.teaser(a))}</div></article></div>'
            )
        return "".join(rows) or '<div class="view-empty">Không có bài viết nào.</div>'

    def term_page(self, category: Category, path: str, number: int, chunk: list[CorpusArticle], total: int) -> str:
        pages = len(self.chunks(self.listing(category.slug)))
        body = (
            f'<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1 js-view-dom-id-__DOM__">'
            f'<div class="view-header"><div class="taxonomy-term vocabulary-chuyen-muc"><div class="field--name-description">Tổng số: {total} bài viết</div></div></div>'
            f'<div class="view-content">{self.teaser_rows(chunk)}</div>{self.full_pager(number, pages)}'
            f'<div class="feed-icons"><a href="{self.term_path(category)}/feed" class="feed-icon">Đăng ký nhận RSS {esc(category.name)}</a></div>'
            f'<p class="more-link"><a href="{esc(self.news_path({"field_category_target_id": category.key, "created": "All"}))}">Lọc tin theo năm</a></p></div></div>'
        )
        head = f'<link rel="alternate" type="application/rss+xml" title="{esc(category.name)}" href="{self.url(self.term_path(category))}/feed">'
        return self.shell(
            path,
            category.name,
            body,
            category.name,
            canonical=self.url(self.term_alias(category)),
            shortlink=self.url(self.term_path(category)),
            head=head,
        )

    def news_page(self, filters: dict[str, str], number: int) -> str:
        items = self.filtered(filters)
        chunks = self.chunks(items)
        extra = urlencode(list(filters.items())) + "&" if filters else ""
        options = "".join(
            f'<option value="{c.key}"{" selected" if filters.get("field_category_target_id") == c.key else ""}>{esc(c.name)}</option>'
            for c in self.spec.categories
        )
        years = sorted({self.when[a.id].at.year for a in self.news_items()}, reverse=True)
        year_options = "".join(
            f'<option value="{y}"{" selected" if filters.get("created") == str(y) else ""}>{y}</option>' for y in years
        )
        form = (
            '<form class="views-exposed-form" data-drupal-selector="views-exposed-form-tin-tuc-page-1" action="/tin-tuc" method="get" id="views-exposed-form-tin-tuc-page-1" accept-charset="UTF-8">'
            f'<div class="form--inline"><label for="edit-field-category-target-id">Chuyên mục</label><select name="field_category_target_id" id="edit-field-category-target-id" class="form-select"><option value="All">- Tất cả -</option>{options}</select>'
            f'<label for="edit-created">Năm</label><select name="created" id="edit-created" class="form-select"><option value="All">- Tất cả -</option>{year_options}</select>'
            '<input data-drupal-selector="edit-submit-tin-tuc" type="submit" id="edit-submit-tin-tuc" value="Lọc" class="button js-form-submit form-submit btn btn-primary"></div></form>'
        )
        chunk = chunks[number] if number < len(chunks) else []
        body = f'<div class="views-element-container"><div class="view view-tin-tuc view-id-tin_tuc view-display-id-page_1 js-view-dom-id-__DOM__"><div class="view-filters">{form}</div><div class="view-content">{self.teaser_rows(chunk)}</div>{self.mini_pager(number, number + 1 < len(chunks), extra)}</div></div>'
        return self.shell(self.news_path(filters, number), "Tin tức", body, "Tin tức", canonical=self.url("/tin-tuc"))

    def front(self, number: int) -> str:
        featured = self.featured(4)
        slider = "".join(
            f'<div class="carousel-item{" active" if i == 0 else ""}"><img src="{FILES}/styles/slide_870x489/public/{self.when[a.id].at.strftime("%Y-%m")}/anh-{self.numeric_id(a)}.jpg" alt="{esc(a.title)}" class="d-block w-100"><div class="carousel-caption"><a href="{esc(self.old_alias(a) or self.article_path(a))}">{esc(a.title)}</a></div></div>'
            for i, a in enumerate(featured)
        )
        chunks = self.chunks(self.news_items())
        latest = (
            f'<div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-views-block-tin-moi-block-1"><h2 class="block-title">Tin mới</h2>'
            f'<div class="view view-tin-moi view-id-tin_moi view-display-id-block_1 js-view-dom-id-__DOM__"><div class="view-content">{self.teaser_rows(chunks[min(number, len(chunks) - 1)])}</div>'
            f"{self.mini_pager(number, number + 1 < len(chunks), '')}"
            f'<a class="use-ajax btn btn-outline-primary" href="/views/ajax?{urlencode([("_wrapper_format", "drupal_ajax"), ("view_name", "tin_moi"), ("view_display_id", "block_1"), ("view_args", ""), ("view_path", "/node/1"), ("pager_element", "0"), ("page", str(number + 1))])}">Xem thêm</a></div></div>'
        )
        boxes = []
        for category in self.spec.categories:
            items = self.listing(category.slug)[:5]
            rows = "".join(
                f'<li><a href="{esc(self.article_path(a))}" hreflang="vi">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
                for a in items
            )
            boxes.append(
                f'<section class="block block-views col-md-6"><h2 class="block-title"><a href="{self.term_alias(category)}">{esc(category.name)}</a></h2><div class="item-list"><ul>{rows}</ul></div></section>'
            )
        keywords = "".join(
            f'<a class="badge bg-light text-dark" href="{esc(self.search_path(k))}">{esc(k)}</a> ' for k in KEYWORDS
        )
        body = (
            f'<div id="carousel-noi-bat" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">{slider}</div></div>'
            f'{latest}<div class="row">{"".join(boxes)}</div>'
            f'<section class="block block-tu-khoa"><h2 class="block-title">Từ khóa</h2>{keywords}<a href="/search/node?keys=b%C3%ACnh+%C4%91%E1%BA%B3ng+gi%E1%BB%9Bi">Tìm kiếm nâng cao</a></section>'
        )
        head = f'<link rel="alternate" type="application/rss+xml" title="{esc(self.spec.name)}" href="{self.url(self.feed_path or "")}">'
        return self.shell(
            "/" + (f"?page={number}" if number else ""),
            self.spec.name,
            body,
            None,
            canonical=self.url("/"),
            shortlink=self.url("/"),
            head=head,
            front=True,
        )

    # ---- articles --------------------------------------------------------------------------
    def body_html(self, article: CorpusArticle) -> str:
        if self.migrated(article):
            parts = (
                [f'<p style="text-align:justify"><strong>{esc(article.lead)}</strong></p>'] if article.lead else []
            ) + [
                f'<p style="text-align:justify"><span style="font-size:14px"><span style="font-family:Times New Roman,Times,serif">{esc(p)}</span></span></p>'
                for p in article.paragraphs
            ]
        else:
            parts = [f'<p class="text-align-justify">{esc(p)}</p>' for p in article.paragraphs]
        shot = photo(article, default=article.number % 3 == 0)
        if shot:
            figure = (
                f'<div data-drupal-media-preview="ready"><article class="media media--type-image media--view-mode-default"><div class="field field--name-field-media-image field--type-image">'
                f'<img loading="lazy" src="{FILES}/styles/large/public/{self.when[article.id].at.strftime("%Y-%m")}/anh-{self.numeric_id(article)}-1.jpg?itok=Xq8{article.number:03d}Lp" width="800" height="533" alt="{esc(shot.caption)}" class="img-fluid"></div></article>'
                f'<figcaption class="caption">{esc(shot.caption)} ({esc(shot.credit)})</figcaption></div>'
            )
            at = min(max(shot.after, 1), len(parts))
            parts.insert(at, figure)
        if article.author_style == "signature" and article.author:
            parts.append(f'<p class="text-align-right"><strong>{esc(article.author)}</strong></p>')
        return "\n".join(parts)

    def article_page(self, article: CorpusArticle, revision: int | None = None) -> str:
        category = self.category_of(article)
        nid = self.numeric_id(article)
        when = self.when[article.id]
        lead = ""
        if article.lead and not self.migrated(article):
            lead = f'<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item sapo"><strong>{esc(article.lead)}</strong></div>'
        byline = (
            f'<span class="node__author field--name-field-tac-gia">{esc(article.author)}</span> - '
            if article.author_style == "byline" and article.author
            else ""
        )
        label = (
            f'<div class="field field--name-field-tac-gia field--label-inline clearfix"><div class="field__label">Tác giả</div><div class="field__item">{esc(article.author)}</div></div>'
            if article.author_style == "label" and article.author
            else ""
        )
        tabs = ""
        if self.revision_ids(article):
            tabs = f'<nav class="tabs" role="navigation" aria-label="Tabs"><ul class="nav nav-tabs primary"><li class="nav-item"><a href="{esc(self.article_path(article))}" class="nav-link{" active" if revision is None else ""}">Xem</a></li><li class="nav-item"><a href="{self.node_path(article)}/revisions" class="nav-link">Các phiên bản</a></li></ul></nav>'
        file_path = self.file_path(article)
        attachment = ""
        if file_path:
            attachment = f'<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above"><div class="field__label">Tệp đính kèm</div><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="{file_path}" type="application/pdf" title="{esc(file_path.rsplit("/", 1)[-1])}">{esc(file_path.rsplit("/", 1)[-1])}</a></span> <span class="file-size">(148.2 KB)</span></div></div>'
        related = self.related(article) if self.access(article) == "normal" else []
        related_html = "".join(
            f'<li><a href="{esc(self.node_path(a) if i % 2 else self.article_path(a))}" hreflang="vi">{esc(a.title)}</a> <span>({self.when[a.id].dmy()})</span></li>'
            for i, a in enumerate(related)
        )
        term_link = (
            f'<div class="field field--name-field-category field--type-entity-reference field--label-inline"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="{self.term_path(category)}" hreflang="vi">{esc(category.name)}</a></div></div>'
            if self.bundle(article) == "tin_tuc"
            else ""
        )
        share = f'<span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{esc(self.canonical_url(article))}" data-a2a-title="{esc(article.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_zalo"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={quote(self.canonical_url(article), safe="")}&amp;title={quote(article.title, safe="")}">Chia sẻ</a></span>'
        tools = f'<div class="print-links"><a href="{self.print_path(article)}" class="printable-link" rel="nofollow">In bài viết</a> | <a href="{self.pdf_path(article)}" class="print-pdf" rel="nofollow">Tải PDF</a></div>'
        counter = '<span data-big-pipe-placeholder-id="callback=statistics.statistics_placeholder&amp;args%5B0%5D=node&amp;token=__BP__"></span>'
        body = (
            f'{tabs}<article data-history-node-id="{nid}" class="node node--type-{self.bundle(article).replace("_", "-")} node--promoted node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(article.title)}</span></h1>'
            f'<div class="node__meta">{byline}<span class="field field--name-created">{self.long_date(article)}</span> | Lượt xem: {counter}</div>'
            f'<div class="node__content clearfix">{lead}'
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{self.body_html(article)}</div>'
            f"{label}{attachment}{term_link}{share}{tools}</div></article>"
            + (
                f'<section class="block block-views block-views-blocktin-lien-quan-block-1"><h2 class="block-title">Tin liên quan</h2><div class="item-list"><ul>{related_html}</ul></div></section>'
                if related_html
                else ""
            )
        )
        head = (
            f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(article.title)}">'
            f'<meta property="og:url" content="{esc(self.canonical_url(article))}"><meta name="description" content="{esc(self.teaser(article, 300))}">'
            f'<meta property="article:published_time" content="{when.machine()}">'
            + (f'<meta property="article:modified_time" content="{article.modified}">' if article.modified else "")
        )
        title = f"Phiên bản của {article.title} từ {when.dmy()}" if revision else article.title
        crumbs = [(self.term_path(category), category.name)] if self.bundle(article) == "tin_tuc" else []
        return self.shell(
            f"{self.node_path(article)}/revisions/{revision}/view" if revision else self.article_path(article),
            title,
            body,
            None,
            canonical=self.canonical_url(article),
            shortlink=self.url(self.node_path(article)),
            head=head,
            crumbs=crumbs,
            current_path=f"node/{nid}",
        )

    def revisions_page(self, article: CorpusArticle) -> str:
        vids = self.revision_ids(article)
        stamps = [article.modified or "", self.when[article.id].machine()]
        rows = "".join(
            f'<tr><td><a href="{self.node_path(article)}/revisions/{vid}/view">{esc(stamp[:16].replace("T", " "))}</a> bởi <span class="username">{"admin_ldtbxh" if i else "bientap_snv"}</span>'
            + (
                '<p class="revision-log">Nhập dữ liệu từ website Sở LĐTBXH</p>'
                if i
                else '<p class="revision-log">Cập nhật chuyên mục</p>'
            )
            + f"</td><td>{'<em>Phiên bản hiện tại</em>' if i == 0 else ''}</td></tr>"
            for i, (vid, stamp) in enumerate(zip(vids, stamps, strict=True))
        )
        body = f'<table class="diff-revisions table"><thead><tr><th>Phiên bản</th><th>Thao tác</th></tr></thead><tbody>{rows}</tbody></table>'
        return self.shell(
            f"{self.node_path(article)}/revisions",
            f"Các phiên bản của {article.title}",
            body,
            f"Các phiên bản của {article.title}",
            robots="noindex",
        )

    def print_page(self, article: CorpusArticle) -> str:
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead and not self.migrated(article) else ""
        label = (
            f"<p><strong>Tác giả:</strong> {esc(article.author)}</p>"
            if article.author_style == "label" and article.author
            else ""
        )
        return (
            f'<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>{esc(article.title)} | {esc(self.spec.name)}</title>'
            f'<link rel="stylesheet" media="all" href="/modules/contrib/printable/css/print.css"></head><body class="printable"><div class="print-logo"><img src="/themes/custom/{THEME}/logo.svg" alt=""></div>'
            f'<div class="print-site_name">{esc(self.spec.name)}</div><h1 class="print-title">{esc(article.title)}</h1><div class="print-created">{self.long_date(article)}</div>'
            f'<div class="print-content">{lead}{self.body_html(article)}{label}</div><div class="print-source_url"><strong>Nguồn:</strong> {esc(self.canonical_url(article))}</div>'
            "<script>window.print();</script></body></html>"
        )

    # ---- other pages -----------------------------------------------------------------------
    def static_page(self, path: str, title: str, paragraphs: list[str]) -> str:
        body = (
            f'<article class="node node--type-page node--view-mode-full"><h1 class="page-title">{esc(title)}</h1><div class="clearfix text-formatted field field--name-body">'
            + "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
            + "</div></article>"
        )
        if path == "/lien-he":
            body += '<form class="contact-message-feedback-form" action="/contact/feedback" method="post"><input type="text" name="name" class="form-control" placeholder="Họ và tên"><textarea name="message[0][value]" class="form-control"></textarea><button type="submit" class="btn btn-primary">Gửi</button></form>'
        return self.shell(path, title, body, None, canonical=self.url(path))

    def simple_page(self, path: str, title: str, content: str) -> str:
        return self.shell(path, title, content, title)

    def login_page(self) -> str:
        form = '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8"><label for="edit-name">Tên đăng nhập</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" type="text" id="edit-name" name="name" class="form-control"><label for="edit-pass">Mật khẩu</label><input type="password" id="edit-pass" name="pass" class="form-control"><input type="hidden" name="form_id" value="user_login_form"><button type="submit" class="btn btn-primary">Đăng nhập</button></form><div class="item-list"><ul><li><a href="/user/password" title="Gửi hướng dẫn đặt lại mật khẩu qua email.">Quên mật khẩu?</a></li></ul></div>'
        return self.simple_page("/user/login", "Đăng nhập", form)

    def search_page(self, values: dict[str, str]) -> Response:
        keys = values.get("search_api_fulltext", "").strip()
        facet = values.get("f[0]", "")
        page = int(values["page"]) if values.get("page", "").isdigit() else 0
        words = keys.casefold().split()
        hits = (
            [a for a in self.news_items() if words and all(w in f"{a.title} {a.body}".casefold() for w in words)]
            if keys
            else []
        )
        if facet.startswith("chuyen_muc:"):
            hits = [a for a in hits if self.category_of(a).key == facet.split(":", 1)[1]]
        chunks = self.chunks(hits)
        chunk = chunks[min(page, len(chunks) - 1)]
        counts: dict[str, int] = {}
        for a in (
            [x for x in self.news_items() if words and all(w in f"{x.title} {x.body}".casefold() for w in words)]
            if keys
            else []
        ):
            counts[a.category] = counts.get(a.category, 0) + 1
        facets = "".join(
            f'<li class="facet-item"><a href="{esc(self.search_path(keys, facet=self.spec.category(slug).key))}" rel="nofollow" data-drupal-facet-item-id="chuyen-muc-{self.spec.category(slug).key}"><span class="facet-item__value">{esc(self.spec.category(slug).name)}</span> <span class="facet-item__count">({n})</span></a></li>'
            for slug, n in counts.items()
        )
        extra = urlencode([("search_api_fulltext", keys)] + ([("f[0]", facet)] if facet else [])) + "&"
        summary = (
            f"<p>Hiển thị {len(chunk)} trên tổng số {len(hits)} kết quả cho <em>{esc(keys)}</em></p>"
            if keys
            else "<p>Nhập từ khóa để tìm kiếm.</p>"
        )
        body = (
            f'<form action="/tim-kiem" method="get" class="views-exposed-form"><input type="text" name="search_api_fulltext" value="{esc(keys)}" class="form-control"><input type="submit" value="Tìm kiếm" class="btn btn-primary"></form>'
            f'<div class="row"><div class="col-md-9"><div class="view view-tim-kiem view-id-tim_kiem js-view-dom-id-__DOM__">{summary}<div class="view-content">{self.teaser_rows(chunk if hits else [])}</div>{self.full_pager(page, len(chunks) if hits else 0, extra)}</div></div>'
            f'<div class="col-md-3"><div class="block-facets"><h2>Chuyên mục</h2><ul class="facet-inactive js-facets-links item-list__links">{facets}</ul></div></div></div>'
        )
        return self.html(self.shell("/tim-kiem", "Tìm kiếm", body, "Tìm kiếm", robots="noindex"))

    def core_search(self, keys: str) -> str:
        words = keys.casefold().split()
        hits = [a for a in self.news_items() if words and all(w in a.title.casefold() for w in words)][:10]
        rows = "".join(
            f'<li><h3 class="search-result__title"><a href="{esc(self.node_path(a))}">{esc(a.title)}</a></h3><p class="search-result__snippet">{esc(self.teaser(a, 120))}</p></li>'
            for a in hits
        )
        return self.shell(
            "/search/node",
            "Tìm kiếm",
            f'<h2>Kết quả tìm kiếm</h2><ol class="search-results node_search-results">{rows or "<li>Không tìm thấy kết quả nào.</li>"}</ol>',
            "Tìm kiếm",
            robots="noindex",
        )

    def calendar(self, week: str) -> str:
        try:
            monday = datetime.strptime(week + "-1", "%G-W%V-%u").replace(tzinfo=VN_TZ)
        except ValueError:
            monday = datetime(2025, 12, 15, tzinfo=VN_TZ)
        days = "".join(
            f"<tr><td>{WEEKDAYS[i]}, {(monday + timedelta(days=i)).strftime('%d/%m/%Y')}</td><td>{'Giám đốc Sở làm việc tại cơ quan' if i < 5 else 'Nghỉ'}</td></tr>"
            for i in range(7)
        )

        def link(day: datetime, text: str) -> str:
            return f'<a href="/lich-cong-tac?tuan={day.strftime("%G-W%V")}">{text}</a>'

        body = f'<div class="view view-lich-cong-tac"><div class="calendar-nav">{link(monday - timedelta(days=7), "‹ Tuần trước")} | {link(monday + timedelta(days=7), "Tuần sau ›")}</div><table class="table">{days}</table></div>'
        return self.shell("/lich-cong-tac", "Lịch công tác", body, "Lịch công tác")

    # ---- the page shell ----------------------------------------------------------------------
    def settings_json(self, current_path: str, front: bool) -> str:
        settings = {
            "path": {
                "baseUrl": "/",
                "pathPrefix": "",
                "currentPath": current_path,
                "currentPathIsAdmin": False,
                "isFront": front,
                "currentLanguage": "vi",
            },
            "pluralDelimiter": "\u0003",
            "suppressDeprecationErrors": True,
            "ajaxPageState": {
                "libraries": "eJyFkVEOwyAIhi_k6pGMVWZJrHaC3dzTD2u7ZEv",
                "theme": THEME,
                "theme_token": None,
            },
            "ajaxTrustedUrl": {"/tim-kiem": True, "/tin-tuc": True},
            "views": {
                "ajax_path": "/views/ajax",
                "ajaxViews": {
                    "views_dom_id:__DOM__": {
                        "view_name": "tin_moi",
                        "view_display_id": "block_1",
                        "view_args": "",
                        "view_path": "/node/1",
                        "view_base_path": None,
                        "view_dom_id": "__DOM__",
                        "pager_element": 0,
                    }
                },
            },
            "bigPipePlaceholderIds": {"callback=statistics.statistics_placeholder&args%5B0%5D=node&token=__BP__": True},
            "user": {"uid": 0, "permissionsHash": "5e0c0f9a6f2d3b7f1c0e5a1a0d6f1b7b3e8c2f4a9d7e6b5c4a3f2e1d0c9b8a7f"},
        }
        return json.dumps(settings, ensure_ascii=True).replace("/", "\\/")

    def shell(
        self,
        path: str,
        title: str,
        content: str,
        heading: str | None,
        canonical: str | None = None,
        shortlink: str | None = None,
        head: str = "",
        crumbs: list[tuple[str, str]] | None = None,
        current_path: str = "node/1",
        front: bool = False,
        robots: str | None = None,
    ) -> str:
        s = self.s
        menu = "".join(
            f'<li class="nav-item"><a href="{self.term_alias(c)}" class="nav-link" data-drupal-link-system-path="{self.term_path(c).lstrip("/")}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        most_read = sorted(self.news_items(), key=lambda a: (self.views(a), a.id), reverse=True)[:5]
        most_read_html = "".join(f'<li><a href="/vi{self.node_path(a)}">{esc(a.title)}</a></li>' for a in most_read)
        years = sorted({self.when[a.id].at.year for a in self.news_items()}, reverse=True)
        archive = "".join(
            f'<li><a href="{esc(self.news_path({"field_category_target_id": "All", "created": str(y)}))}">Năm {y}</a></li>'
            for y in years
        )
        crumb_html = '<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>' + "".join(
            f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs or []
        )
        stats = '<div class="block block-visitors" id="block-thongketruycap"><h2 class="block-title">Thống kê truy cập</h2><span data-big-pipe-placeholder-id="callback=visitors.counter&amp;token=__BP__"></span><noscript><ul><li>Đang truy cập: __ONLINE__</li><li>Hôm nay: __TODAY__</li><li>Tổng lượt truy cập: __TOTAL__</li></ul></noscript></div>'
        replacement = (
            json.dumps(
                [
                    {
                        "command": "insert",
                        "method": "replaceWith",
                        "selector": "[data-big-pipe-placeholder-id]",
                        "data": "<ul><li>Đang truy cập: __ONLINE__</li><li>Hôm nay: __TODAY__</li><li>Tổng lượt truy cập: __TOTAL__</li><li>Lượt xem bài: __READS__</li></ul>",
                        "settings": None,
                    }
                ]
            )
            .replace("<", "\\u003C")
            .replace(">", "\\u003E")
        )
        links = [
            f'<link rel="canonical" href="{esc(canonical)}">' if canonical else "",
            f'<link rel="shortlink" href="{esc(shortlink)}">' if shortlink else "",
            f'<meta name="robots" content="{robots}">' if robots else "",
        ]
        heading_html = f'<h1 class="title page-title">{esc(heading)}</h1>' if heading else ""
        return (
            f'<!DOCTYPE html>\n<html lang="vi" dir="ltr" prefix="og: https://ogp.me/ns#">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<meta name="MobileOptimized" content="width">\n<meta name="HandheldFriendly" content="true">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'{"".join(links)}{head}\n<link rel="icon" href="/themes/custom/{THEME}/favicon.ico" type="image/vnd.microsoft.icon">\n'
            f"<title>{esc(title)}{'' if front else ' | ' + esc(self.spec.name)}</title>\n"
            f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx1lL0tZc8C4bGm1E2yEl0b4b1eQO8n0Xm0mYz5k9eE.css?delta=0&amp;language=vi&amp;theme={THEME}&amp;include=eJxtjkEO">\n'
            '<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>\n</head>\n'
            f'<body class="layout-one-sidebar layout-sidebar-second{" path-frontpage" if front else " path-node"}">\n<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page">'
            f'<header id="header" class="header" role="banner"><div class="topbar"><span class="date-today">Gia Lai, hôm nay</span> <a href="/user/login" class="login">Đăng nhập</a></div>'
            f'<div class="site-branding"><a href="/" rel="home" class="navbar-brand"><img src="/themes/custom/{THEME}/logo.svg" alt="Trang chủ"> <span class="site-name">{esc(self.spec.name)}</span></a></div>'
            f'<nav class="navbar navbar-expand-lg" id="navbar-main"><ul class="navbar-nav"><li class="nav-item"><a href="/" class="nav-link is-active">{esc(s["home"])}</a></li><li class="nav-item"><a href="/gioi-thieu" class="nav-link">Giới thiệu</a></li><li class="nav-item"><a href="/tin-tuc" class="nav-link">Tin tức</a></li>{menu}<li class="nav-item"><a href="/lich-cong-tac" class="nav-link">Lịch công tác</a></li><li class="nav-item"><a href="/lien-he" class="nav-link">Liên hệ</a></li></ul>'
            '<form action="/tim-kiem" method="get" class="search-block-form form-inline"><input title="Nhập từ khóa" type="search" name="search_api_fulltext" class="form-control" placeholder="Tìm kiếm..."><button type="submit" class="btn">Tìm</button></form></nav></header>'
            f'<div id="main-wrapper" class="layout-main-wrapper clearfix"><div class="container"><nav aria-labelledby="system-breadcrumb"><ol class="breadcrumb">{crumb_html}</ol></nav>'
            f'<div class="row"><main role="main" class="main-content col-md-8"><a id="main-content" tabindex="-1"></a>\n<div data-drupal-messages-fallback class="hidden"></div>{heading_html}\n{content}\n</main>'
            f'<aside class="col-md-4 sidebar_second" role="complementary"><section class="block"><h2 class="block-title">Đọc nhiều</h2><ul>{most_read_html}</ul></section>'
            f'<section class="block"><h2 class="block-title">Lưu trữ</h2><ul>{archive}</ul></section>{stats}'
            '<section class="block"><h2 class="block-title">Liên kết website</h2><ul><li><a href="https://gialai.gov.vn">Cổng TTĐT tỉnh Gia Lai</a></li><li><a href="https://moha.gov.vn">Bộ Nội vụ</a></li></ul></section></aside></div></div></div>'
            f'<footer class="site-footer"><div class="container"><p>{esc(s["footer_owner"])} {esc(self.spec.owner)}</p><p>{esc(self.spec.license)}</p><p>Địa chỉ: {esc(self.spec.address)}</p>'
            "<p>Điện thoại: 0269.3824.201 - Email: sonv@gialai.gov.vn</p><p>Ghi rõ nguồn “Trang thông tin điện tử Sở Nội vụ tỉnh Gia Lai” khi phát hành lại thông tin từ website này.</p>"
            f'<p><a href="/gioi-thieu">Giới thiệu</a> | <a href="/lien-he">Liên hệ</a> | <a href="{self.sitemap_path}">Sơ đồ trang</a> | <a href="{self.feed_path}">RSS</a></p></div></footer></div></div></div>\n'
            f'<script type="application/json" data-drupal-selector="drupal-settings-json">{self.settings_json(current_path, front)}</script>\n'
            '<script src="/core/misc/drupal.js?v=10.3.6"></script><script src="/core/modules/big_pipe/js/big_pipe.js?v=10.3.6"></script>\n'
            '<script type="application/vnd.drupal-ajax" data-big-pipe-event="start"></script>\n'
            f'<script type="application/vnd.drupal-ajax" data-big-pipe-replacement-for-placeholder-with-id="callback=visitors.counter&amp;token=__BP__">{replacement}</script>\n'
            '<script type="application/vnd.drupal-ajax" data-big-pipe-event="stop"></script>\n</body>\n</html>\n'
        )
