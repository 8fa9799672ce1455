"""A vendor single-page-application portal of 2022 onwards (Vue 3 front end over an ASP.NET Core JSON API).

What a browser sees is drawn by script from ``/api/v1/...``; what a client without script gets is the
``index.html`` shell (an empty ``<div id="app">``) with the vendor's ``<noscript>`` block for search engines,
except on article pages, which the vendor pre-renders on the server for share previews and search engines.
Traits (portals.yml has the list in words): history routes with an nginx ``try_files`` fallback (every unknown
path is the shell with status 200), articles by slug (canonical) and by id (a shell with the article only in the
embedded state), migrated 2018-2022 items with Word-pasted bodies and old ``.aspx`` links that redirect twice,
tracking parameters on home and related links, relative dates on listings, UTC dates in the JSON, an API whose
pager never runs dry, a vendor sitemap index split by year, RSS of the newest twenty, a disallowed print view and
search, an endless weekly 'Lịch công tác', attachments under ``/uploads/``.
"""

import hashlib
import itertools
import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import PortalSpec
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import photo
from govnews.crawler.demo.text import VN_TZ, ascii_slug, esc

PRODUCTION = "https://phunu.lamdong.gov.vn"
RELAUNCH = datetime(2023, 2, 10, 9, 0, tzinfo=VN_TZ)  # the day the migrated items were imported
BUILD = "4f1c2a9e"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
ASSETS = (f"/assets/index-{BUILD}.js", "/assets/vendor-8b27d0c3.js", f"/assets/index-{BUILD}.css")
STATIC_PAGES = {
    "/gioi-thieu": (
        "Giới thiệu",
        [
            "Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng là tổ chức chính trị - xã hội đại diện cho quyền và lợi ích hợp pháp, "
            "chính đáng của các tầng lớp phụ nữ trong tỉnh, là thành viên của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.",
            "Hội có chức năng đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của phụ nữ; đoàn kết, "
            "vận động phụ nữ thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia xây dựng "
            "Đảng, xây dựng Nhà nước trong sạch, vững mạnh.",
            "Từ ngày 01/7/2025, Hội Liên hiệp Phụ nữ các tỉnh Lâm Đồng, Đắk Nông và Bình Thuận hợp nhất thành Hội Liên "
            "hiệp Phụ nữ tỉnh Lâm Đồng.",
        ],
    ),
    "/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Cơ quan chuyên trách Hội LHPN tỉnh gồm: Văn phòng, Ban Tổ chức - Kiểm tra, Ban Tuyên giáo, Ban Chính "
            "sách - Luật pháp, Ban Gia đình - Xã hội, Ban Hỗ trợ phụ nữ phát triển kinh tế và Trung tâm Hỗ trợ phụ nữ.",
            "Nội dung đang được cập nhật.",
        ],
    ),
    "/lien-he": (
        "Liên hệ",
        [
            "Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng - Số 2 đường Trần Hưng Đạo, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.",
            "Điện thoại: (0263) 3822 480 - Email: hoiphunu@lamdong.gov.vn",
        ],
    ),
}


def relative_vi(when: datetime, now: datetime) -> str:
    """dayjs(...).fromNow() with the 'vi' locale, as the app prints list dates."""
    seconds = max(0, int((now - when).total_seconds()))
    days = seconds // 86400
    if days >= 345:
        years = max(1, round(days / 365))
        return "một năm trước" if years == 1 else f"{years} năm trước"
    if days >= 26:
        months = max(1, round(days / 30.4))
        return "một tháng trước" if months == 1 else f"{months} tháng trước"
    if days >= 2:
        return f"{days} ngày trước"
    if days == 1:
        return "một ngày trước"
    hours = seconds // 3600
    return f"{hours} giờ trước" if hours > 1 else "vài phút trước"


def js_json(value: object) -> str:
    """System.Text.Json's default output: non-ASCII and HTML-sensitive characters as \\uXXXX."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    for char in "<>&'+":
        text = text.replace(char, f"\\u{ord(char):04X}")
    return text


class SpaPortal(Template):
    sitemap_path = "/sitemap.xml"
    feed_path = "/rss/tin-moi.xml"
    ignored_params = ("utm_source", "utm_medium", "utm_campaign", "fbclid", "zarsrc", "ref")
    related_count = 6

    def __init__(self, spec: PortalSpec, articles: list[CorpusArticle], base_url: str, strings: dict[str, Any]):
        super().__init__(spec, articles, base_url, strings)
        self.now = datetime.now(VN_TZ)
        self.slugs: dict[str, str] = {}
        used: set[str] = set()
        for article in sorted(self.articles, key=lambda a: a.number):
            slug = ascii_slug(article.title, limit=90)
            if slug in used:
                slug = f"{slug}-{self.numeric_id(article)}"
            used.add(slug)
            self.slugs[article.id] = slug
        self.by_number = {self.numeric_id(a): a for a in self.articles}
        self.counter = itertools.count(1)

    # ---- URL forms --------------------------------------------------------------------------
    def article_path(self, article: CorpusArticle) -> str:
        return f"/bai-viet/{self.slugs[article.id]}"

    def id_path(self, article: CorpusArticle) -> str:
        return f"/bai-viet/{self.numeric_id(article)}"

    def print_path(self, article: CorpusArticle) -> str:
        return f"/print/bai-viet/{self.numeric_id(article)}"

    def old_id(self, article: CorpusArticle) -> int:
        return 1180 + 13 * article.number

    def legacy_path(self, article: CorpusArticle) -> str:
        return f"/Pages/ChiTietTin.aspx?ItemID={self.old_id(article)}"

    def migrated(self, article: CorpusArticle) -> bool:
        return self.when[article.id].at < RELAUNCH

    def category_path(self, slug: str, page: int = 1) -> str:
        return f"/chuyen-muc/{slug}" + (f"?page={page}" if page > 1 else "")

    def category_id(self, slug: str) -> int:
        return int(self.spec.category(slug).key)

    def attachment_path(self, article: CorpusArticle) -> str | None:
        name = self.attachment(article)
        if not name:
            return None
        at = self.when[article.id].at
        return f"/uploads/files/{at:%Y}/{at:%m}/{name}"

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.html(self.home()))
        self.add("/index.html", self.html(self.home()))
        self.add("/robots.txt", self.text(self.robots()))
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                page = self.html(self.listing_page(category.slug, number, items, len(pages)))
                self.add(self.category_path(category.slug, number), page)
                if number == 1:
                    self.add(f"/chuyen-muc/{category.slug}?page=1", page)
            self.add(
                f"/rss/{category.slug}.xml",
                self.feed_response(category.name, self.category_path(category.slug), self.listing(category.slug)),
            )
        for path, (title, paragraphs) in STATIC_PAGES.items():
            self.add(path, self.html(self.static_page(title, paragraphs, path)))
        self.add("/van-ban", self.html(self.documents_page()))
        self.add("/rss", self.html(self.rss_page()))
        for article in self.articles:
            page = self.html(self.article_page(article))
            self.add(self.article_path(article), page)
            self.add(self.id_path(article), self.html(self.id_shell(article)))
            self.add(self.print_path(article), self.html(self.print_page(article)))
            if self.migrated(article):
                self.add(self.legacy_path(article), self.redirect(f"/tin-tuc/chi-tiet/{self.numeric_id(article)}"))
                self.add(f"/tin-tuc/chi-tiet/{self.numeric_id(article)}", self.redirect(self.article_path(article)))
            pdf = self.attachment_path(article)
            if pdf:
                self.add(pdf, self.pdf(pdf.rsplit("/", 1)[-1], article))
        self.add(self.feed_path, self.feed_response("Tin mới", "/", self.feed_items()))
        years = sorted({self.when[a.id].at.year for a in self.in_sitemap()})
        children = ["/sitemap-static.xml", "/sitemap-categories.xml"] + [f"/sitemaps/articles-{y}.xml" for y in years]
        self.add(self.sitemap_path, self.xml(self.sitemap_index(children)))
        self.add("/sitemap-static.xml", self.xml(self.url_set([(p, None) for p in ["/", *STATIC_PAGES, "/van-ban"]])))
        self.add(
            "/sitemap-categories.xml",
            self.xml(self.url_set([(self.category_path(c.slug), None) for c in self.spec.categories])),
        )
        for year in years:
            rows = [
                (self.article_path(a), self.lastmod(a)) for a in self.in_sitemap() if self.when[a.id].at.year == year
            ]
            self.add(f"/sitemaps/articles-{year}.xml", self.xml(self.url_set(rows)))
        self.add("/api/v1/menus", self.json_response(self.menus_json()))
        self.add(
            "/api/v1/articles/featured", self.json_response(self.envelope([self.item(a) for a in self.featured(5)]))
        )
        self.add(f"/assets/index-{BUILD}.css", Response(200, b"#app{min-height:100vh}", "text/css"))
        for asset in ASSETS[:2]:
            self.add(asset, Response(200, b"/* vite build */", "application/javascript"))
        self.add("/favicon.ico", Response(200, b"\x00\x00\x01\x00", "image/x-icon"))
        self.add("/assets/logo-hlhpn.png", Response(200, PNG, "image/png"))

    def robots(self) -> str:
        return (
            "User-agent: *\n"
            "Allow: /\n"
            "Disallow: /quan-tri/\n"
            "Disallow: /api/v1/auth/\n"
            "Disallow: /api/v1/search\n"
            "Disallow: /tim-kiem\n"
            "Disallow: /print/\n"
            "\n"
            f"Sitemap: {self.url(self.sitemap_path)}\n"
        )

    # ---- dynamic routes (the shell fallback, the API, the calendar) --------------------------
    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        values = dict(params)
        if path.startswith("/api/"):
            return self.api(path, values)
        if path.startswith(("/assets/", "/uploads/")) or path.endswith((".xml", ".js", ".css", ".png", ".jpg")):
            return self.nginx_404()
        if path == "/lich-cong-tac":
            return self.html(self.calendar(values))
        known = self.routes.get(path)
        if known is not None and not path.startswith("/chuyen-muc/"):
            return known  # unknown parameters change nothing on a pre-rendered page
        # nginx: try_files $uri /index.html -- every other route is the app, which decides what to draw
        title = "Tìm kiếm" if path == "/tim-kiem" else None
        return self.html(self.shell(title=title, noscript=self.noscript_frame("")))

    def nginx_404(self) -> Response:
        body = (
            "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
            "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
        )
        return Response(404, body.encode(), "text/html")

    def api(self, path: str, values: dict[str, str]) -> Response:
        if path == "/api/v1/articles":
            return self.api_list(values)
        if path == "/api/v1/articles/latest":
            top = self.int_param(values.get("top"), 10, 1, 50)
            return self.json_response(self.envelope([self.item(a) for a in self.latest(top)]))
        match = re.fullmatch(r"/api/v1/articles/(\d+)", path)
        if match:
            return self.api_detail(self.by_number.get(int(match.group(1))))
        match = re.fullmatch(r"/api/v1/articles/slug/([\w-]+)", path)
        if match:
            found = next((a for a in self.articles if self.slugs[a.id] == match.group(1)), None)
            return self.api_detail(found)
        if path == "/api/v1/statistics":
            return self.json_response(self.envelope({"online": 37, "today": 1204, "month": 28411, "total": 3856102}))
        if path == "/api/v1/search":
            keyword = values.get("keyword", "").casefold()
            hits = [self.item(a) for a in self.listed() if keyword and keyword in a.title.casefold()]
            return self.json_response(self.envelope(hits[:20]))
        return self.json_response({"success": False, "statusCode": 404, "message": "Not Found", "data": None}, 404)

    def api_list(self, values: dict[str, str]) -> Response:
        slug = values.get("categorySlug") or ""
        category_id = values.get("categoryId") or ""
        slugs = {c.slug: c.slug for c in self.spec.categories} | {c.key: c.slug for c in self.spec.categories}
        chosen = slugs.get(slug) or slugs.get(category_id)
        items = self.listing(chosen) if chosen else self.listed()
        size = self.int_param(values.get("pageSize"), 10, 1, 50)
        total_pages = max(1, -(-len(items) // size))
        asked = self.int_param(values.get("pageIndex"), 1, 1, 10**9)
        index = min(asked, total_pages)  # the vendor's service clamps: past the end it answers the last page again
        window = items[(index - 1) * size : index * size]
        return self.json_response(
            {
                "success": True,
                "statusCode": 200,
                "data": {
                    "items": [self.item(a) for a in window],
                    "pageIndex": asked,
                    "pageSize": size,
                    "totalCount": len(items),
                    "totalPages": total_pages,
                    "hasPreviousPage": asked > 1,
                    "hasNextPage": True,  # computed before the clamp, never false
                },
            }
        )

    def api_detail(self, article: CorpusArticle | None) -> Response:
        if article is None:
            # the service answers 200 with an empty result; the app then shows its own 'not found'
            return self.json_response(
                {"success": False, "statusCode": 200, "message": "Không tìm thấy dữ liệu", "data": None}
            )
        data = self.item(article) | {
            "content": self.body_html(article),
            "author": article.author if article.author_style == "byline" else None,
            "createdBy": self.account(article),
            "tags": [],
            "attachments": [self.attachment_path(article)] if self.attachment_path(article) else [],
        }
        return self.json_response(self.envelope(data))

    @staticmethod
    def int_param(value: str | None, default: int, low: int, high: int) -> int:
        try:
            number = int(value or default)
        except ValueError:
            return default
        return min(high, max(low, number))

    def envelope(self, data: object) -> dict:
        return {"success": True, "statusCode": 200, "message": None, "data": data}

    def json_response(self, value: object, status: int = 200) -> Response:
        return Response(status, js_json(value).encode(), "application/json; charset=utf-8", {"Vary": "Accept-Encoding"})

    def item(self, article: CorpusArticle) -> dict:
        at = self.when[article.id].at
        return {
            "id": self.numeric_id(article),
            "title": article.title,
            "slug": self.slugs[article.id],
            "url": self.article_path(article),
            "sapo": self.teaser(article, 220),
            "thumbnail": f"/uploads/images/{at:%Y}/{at:%m}/thumb-{self.numeric_id(article)}.jpg",
            "categoryId": self.category_id(article.category),
            "categoryName": self.spec.category(article.category).name,
            "publishedDate": self.utc(article),
            "displayDate": relative_vi(at, self.now),
            "viewCount": self.views(article),
        }

    def utc(self, article: CorpusArticle) -> str:
        return self.when[article.id].at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def menus_json(self) -> dict:
        menu = [{"id": 1, "name": "Trang chủ", "path": "/", "children": []}]
        menu += [
            {"id": self.category_id(c.slug), "name": c.name, "path": self.category_path(c.slug), "children": []}
            for c in self.spec.categories
        ]
        menu += [
            {"id": 90 + i, "name": t, "path": p, "children": []} for i, (p, (t, _)) in enumerate(STATIC_PAGES.items())
        ]
        return self.envelope(menu)

    def feed_items(self) -> list[CorpusArticle]:
        pool = self.in_feed()
        hidden = [a for a in pool if self.access(a) == "feed_only"]
        newest = [a for a in pool if self.access(a) == "normal"][: max(0, 20 - len(hidden))]
        return sorted(hidden + newest, key=lambda a: self.when[a.id].at, reverse=True)

    def feed_response(self, title: str, link: str, articles: list[CorpusArticle]) -> Response:
        body = self.rss(f"{title} - {self.spec.name}", link, articles[:20])
        return Response(200, body.encode(), "application/rss+xml; charset=utf-8")

    def xml(self, text: str) -> Response:
        return Response(200, text.encode(), "application/xml; charset=utf-8")

    def lastmod(self, article: CorpusArticle) -> str:
        if article.modified:
            return article.modified
        if self.migrated(article):
            return RELAUNCH.isoformat(timespec="seconds")  # the import touched every migrated row
        return self.when[article.id].at.isoformat(timespec="seconds")

    def url_set(self, rows: Sequence[tuple[str, str | None]]) -> str:
        entries = []
        for path, lastmod in rows:
            stamp = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
            entries.append(f"<url><loc>{esc(self.url(path))}</loc>{stamp}<changefreq>daily</changefreq></url>")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(entries) + "\n</urlset>\n"
        )

    def personalize(self, body: bytes) -> bytes:
        if b"__ONLINE__" not in body:
            return body
        n = next(self.counter)
        token = hashlib.sha1(f"xsrf{n}".encode()).hexdigest()[:32].encode()
        body = body.replace(b"__ONLINE__", str(20 + (n * 7) % 61).encode())
        body = body.replace(b"__TOTAL__", f"{3856102 + n:,}".replace(",", ".").encode())
        return body.replace(b"__XSRF__", token)

    # ---- the shell --------------------------------------------------------------------------
    def shell(
        self,
        title: str | None = None,
        noscript: str = "",
        head: str = "",
        app: str = "",
        state: object = None,
        server_rendered: bool = False,
    ) -> str:
        full_title = f"{title} - {self.spec.name}" if title else self.spec.name
        rendered = ' data-server-rendered="true"' if server_rendered else ""
        config = {
            "apiBase": "/api/v1",
            "siteName": self.spec.name,
            "siteUrl": PRODUCTION,
            "menus": self.menus_json()["data"],
            "gaId": "G-7QK3LD2H1M",
        }
        state_script = f"<script>window.__INITIAL_STATE__={js_json(state)}</script>" if state is not None else ""
        return (
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f"<title>{esc(full_title)}</title>\n"
            '<meta name="csrf-token" content="__XSRF__">\n'
            f'<link rel="icon" href="/favicon.ico">\n<link rel="stylesheet" href="{ASSETS[2]}">\n'
            f'<script type="module" crossorigin src="{ASSETS[0]}"></script>\n'
            f'<link rel="modulepreload" crossorigin href="{ASSETS[1]}">\n'
            f'<link rel="alternate" type="application/rss+xml" title="Tin mới" href="{self.feed_path}">\n'
            f"{head}</head>\n<body>\n"
            f'<div id="app"{rendered}>{app}</div>\n'
            f"{noscript}\n"
            f"<script>window.__APP_CONFIG__={js_json(config)}</script>\n{state_script}\n"
            "</body>\n</html>\n"
        )

    def nav(self) -> str:
        items = "".join(
            f'<li><a href="{self.category_path(c.slug)}">{esc(c.name)}</a></li>' for c in self.spec.categories
        )
        statics = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _) in STATIC_PAGES.items())
        return (
            f'<ul class="seo-menu"><li><a href="/">{esc(self.s["home"])}</a></li>{items}'
            f'<li><a href="/van-ban">Văn bản</a></li><li><a href="/lich-cong-tac">Lịch công tác</a></li>{statics}'
            f'<li><a href="/tim-kiem">{esc(self.s["search"])}</a></li></ul>'
        )

    def footer(self) -> str:
        lines = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        return (
            f'<footer class="seo-footer">{lines}'
            f"<p>{esc(self.s['stats_title'])}: Đang online __ONLINE__ - Tổng lượt truy cập __TOTAL__</p>"
            f'<p><a href="/rss">RSS</a> - <a href="/lien-he">Liên hệ</a></p></footer>'
        )

    def noscript_frame(self, content: str) -> str:
        return (
            "<noscript><strong>Trang web cần JavaScript để hiển thị đầy đủ. "
            "Vui lòng bật JavaScript trong trình duyệt của bạn.</strong>"
            f'<div class="seo-content"><h2>{esc(self.spec.name)}</h2>{self.nav()}{content}{self.footer()}</div>'
            "</noscript>"
        )

    def seo_items(self, articles: list[CorpusArticle], ref: str | None = None, by_id: bool = False) -> str:
        rows = []
        for article in articles:
            path = self.id_path(article) if by_id else self.article_path(article)
            if ref:
                path += f"?{ref}"
            rows.append(
                f'<li><a href="{esc(path)}">{esc(article.title)}</a> '
                f"<span>{esc(relative_vi(self.when[article.id].at, self.now))}</span></li>"
            )
        return "<ul>" + "".join(rows) + "</ul>"

    # ---- pages ------------------------------------------------------------------------------
    def home(self) -> str:
        featured = self.featured(3)
        parts = [
            f"<h3>{esc(self.s['featured'])}</h3>" + self.seo_items(featured, "ref=home-slider", by_id=True),
            "<h3>Tin mới</h3>" + self.seo_items(self.latest(8), "utm_source=home&utm_medium=latest"),
        ]
        for category in self.spec.categories:
            items = self.listing(category.slug)[:4]
            parts.append(
                f'<h3><a href="{self.category_path(category.slug)}">{esc(category.name)}</a></h3>'
                + self.seo_items(items)
                + f'<p><a href="{self.category_path(category.slug)}">{esc(self.s["more"])}</a></p>'
            )
        photos = "".join(
            f'<li><a href="/#/bai-viet/{self.numeric_id(a)}">{esc(a.title)}</a></li>' for a in self.latest(3)
        )
        parts.append(f"<h3>Ảnh hoạt động</h3><ul>{photos}</ul>")
        head = (
            f'<meta name="description" content="{esc(self.spec.name)} - Cổng thông tin điện tử">\n'
            f'<link rel="canonical" href="{PRODUCTION}/">\n'
        )
        return self.shell(noscript=self.noscript_frame("".join(parts)), head=head)

    def listing_page(self, slug: str, number: int, items: list[CorpusArticle], total: int) -> str:
        category = self.spec.category(slug)
        pager = []
        if number > 1:
            pager.append(f'<a href="{self.category_path(slug, number - 1)}">{esc(self.s["prev_page"])}</a>')
        if number < total:
            pager.append(f'<a href="{self.category_path(slug, number + 1)}">{esc(self.s["next_page"])}</a>')
        content = (
            f"<h1>{esc(category.name)}</h1>"
            + (self.seo_items(items) if items else "<p>Không có dữ liệu</p>")
            + f'<div class="seo-pager">{" | ".join(pager)}</div>'
        )
        return self.shell(title=category.name, noscript=self.noscript_frame(content))

    def static_page(self, title: str, paragraphs: list[str], path: str) -> str:
        content = f"<h1>{esc(title)}</h1>" + "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        head = f'<link rel="canonical" href="{PRODUCTION}{path}">\n'
        return self.shell(title=title, noscript=self.noscript_frame(content), head=head)

    def documents_page(self) -> str:
        rows = []
        for article in self.listed():
            pdf = self.attachment_path(article)
            if not pdf:
                continue
            document = article.documents[0]
            rows.append(
                f"<tr><td>{esc(document.number)}</td><td>{esc(document.kind)}</td>"
                f'<td>{esc(self.when[article.id].dmy())}</td><td><a href="{esc(pdf)}">Tải về</a></td></tr>'
            )
        table = "<table><tr><th>Số hiệu</th><th>Loại</th><th>Ngày đăng</th><th></th></tr>" + "".join(rows) + "</table>"
        return self.shell(title="Văn bản", noscript=self.noscript_frame("<h1>Văn bản</h1>" + table))

    def rss_page(self) -> str:
        rows = f'<li><a href="{self.feed_path}">Tin mới</a></li>' + "".join(
            f'<li><a href="/rss/{c.slug}.xml">{esc(c.name)}</a></li>' for c in self.spec.categories
        )
        return self.shell(title="RSS", noscript=self.noscript_frame(f"<h1>RSS</h1><ul>{rows}</ul>"))

    def calendar(self, values: dict[str, str]) -> str:
        today = self.now.date()
        year = self.int_param(values.get("nam"), today.isocalendar()[0], 1900, 9999)
        week = self.int_param(values.get("tuan"), today.isocalendar()[1], 1, 53)
        try:
            monday = datetime.fromisocalendar(year, week, 1)
        except ValueError:
            monday = datetime.fromisocalendar(year, 1, 1)
        prev_monday, next_monday = monday - timedelta(days=7), monday + timedelta(days=7)
        rows = "".join(
            f"<tr><td>{esc(self.s['weekdays'][i])} {(monday + timedelta(days=i)):%d/%m/%Y}</td>"
            "<td>Thường trực Hội làm việc tại cơ quan</td></tr>"
            for i in range(5)
        )

        def link(day: datetime, label: str) -> str:
            iso = day.isocalendar()
            return f'<a href="/lich-cong-tac?tuan={iso[1]}&amp;nam={iso[0]}">{label}</a>'

        content = (
            f"<h1>Lịch công tác tuần {week}/{year}</h1><table>{rows}</table>"
            f"<p>{link(prev_monday, '« Tuần trước')} | {link(next_monday, 'Tuần sau »')}</p>"
        )
        return self.shell(title="Lịch công tác", noscript=self.noscript_frame(content))

    # ---- the article ------------------------------------------------------------------------
    def account(self, article: CorpusArticle) -> str:
        return (
            "admin_hpn" if self.migrated(article) else ("bientap01", "bientap02", "tuyengiao.hpn")[article.number % 3]
        )

    def body_html(self, article: CorpusArticle) -> str:
        """The content field: Word-pasted rows for the migrated items, CKEditor 5 for the new ones."""
        parts = list(article.paragraphs)
        picture = photo(article) if article.number % 3 == 0 else None
        out = []
        for i, text in enumerate(parts):
            if self.migrated(article):
                out.append(
                    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:150%">'
                    f'<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;">'
                    f"{esc(text)}</span></p>"
                )
            else:
                out.append(f'<p style="text-align:justify;">{esc(text)}</p>')
            if picture and i == min(picture.after, len(parts) - 1):
                credit = f" ({esc(picture.credit)})" if picture.credit else ""
                out.append(
                    f'<figure class="image"><img src="/uploads/images/{self.when[article.id].at:%Y/%m}/'
                    f'{self.numeric_id(article)}-1.jpg" alt="">'
                    f"<figcaption>{esc(picture.caption)}{credit}</figcaption></figure>"
                )
        if article.author_style == "signature" and article.author:
            out.append(f'<p style="text-align:right;"><strong>{esc(article.author)}</strong></p>')
        if self.migrated(article):
            older = [a for a in self.related(article) if self.migrated(a)][:2]
            if older:
                links = "".join(f'<li><a href="{esc(self.legacy_path(a))}">{esc(a.title)}</a></li>' for a in older)
                out.append(f'<div class="tinlienquan"><p><b>Tin liên quan:</b></p><ul>{links}</ul></div>')
        return "\n".join(out)

    def article_page(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        category = self.spec.category(article.category)
        canonical = self.canonical_url(article)
        date_text = f"{self.weekday(article)}, {when.with_time(when.dmy())}"
        byline = (
            f'<span class="article-author"><i class="icon-user"></i> {esc(article.author)}</span>'
            if article.author_style == "byline" and article.author
            else ""
        )
        lead = f'<div class="article-sapo"><strong>{esc(article.lead)}</strong></div>' if article.lead else ""
        label = (
            f'<p class="article-source"><strong>Tác giả:</strong> {esc(article.author)}</p>'
            if article.author_style == "label" and article.author
            else ""
        )
        pdf = self.attachment_path(article)
        files = (
            f'<div class="article-files"><h4>Tệp đính kèm</h4><a href="{esc(pdf)}">'
            f"{esc(pdf.rsplit('/', 1)[-1])}</a></div>"
            if pdf
            else ""
        )
        share = quote(PRODUCTION + self.article_path(article), safe="")
        related = "".join(
            f'<li><a href="{esc(self.article_path(a))}?ref=related">{esc(a.title)}</a>'
            f' <span class="date">{esc(self.when[a.id].dmy())}</span></li>'
            for a in self.related(article)
        )
        newer, older = self.neighbours(article)
        pager = ""
        if older:
            pager += f'<a class="prev" href="{esc(self.article_path(older[0]))}">« Bài trước</a>'
        if newer:
            pager += f'<a class="next" href="{esc(self.article_path(newer[-1]))}">Bài tiếp theo »</a>'
        latest = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a>'
            f" <small>{esc(relative_vi(self.when[a.id].at, self.now))}</small></li>"
            for a in self.latest(6)
            if a.id != article.id
        )
        menu = "".join(
            f'<li class="nav-item"><a href="{self.category_path(c.slug)}" class="nav-link">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        app = (
            '<div class="layout-default"><header class="site-header"><div class="container">'
            f'<a href="/" class="logo router-link-active"><img src="/assets/logo-hlhpn.png" alt="">'
            f"<span>{esc(self.spec.name.upper())}</span></a></div>"
            f'<nav class="main-nav"><ul class="nav"><li class="nav-item"><a href="/" class="nav-link">'
            f'<i class="icon-home"></i></a></li>{menu}</ul></nav></header>'
            '<main class="container"><div class="row"><div class="col-lg-8">'
            f'<ol class="breadcrumb"><li><a href="/">{esc(self.s["home"])}</a></li>'
            f'<li><a href="{self.category_path(category.slug)}">{esc(category.name)}</a></li></ol>'
            f'<article class="article-detail"><h1 class="article-title">{esc(article.title)}</h1>'
            f'<div class="article-meta"><span class="article-date"><i class="icon-clock"></i> {esc(date_text)}</span>'
            f' <span class="article-ago">({esc(relative_vi(when.at, self.now))})</span>{byline}'
            f' <span class="article-views"><i class="icon-eye"></i> {self.views(article)}</span>'
            f' <span class="article-poster">Người đăng: {esc(self.account(article))}</span></div>'
            f'{lead}<div class="article-content ck-content">{self.body_html(article)}</div>{label}{files}'
            '<div class="article-tools">'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">'
            "Facebook</a>"
            f' <a href="https://sp.zalo.me/share_inline?u={share}" target="_blank" rel="noopener">Zalo</a>'
            f' <a href="{self.print_path(article)}" target="_blank">{esc(self.s["print"])}</a></div>'
            f'<div class="article-pager">{pager}</div></article>'
            f'<section class="related"><h3>{esc(self.s["same_category"])}</h3><ul>{related}</ul></section>'
            '</div><aside class="col-lg-4">'
            f'<div class="box"><h3>{esc(self.s["latest_news"])}</h3><ul>{latest}</ul></div>'
            '<div class="box"><a href="/lich-cong-tac">Lịch công tác</a> <a href="/van-ban">Văn bản</a></div>'
            "</aside></div></main>"
            f'<footer class="site-footer">{"".join(f"<p>{esc(x)}</p>" for x in self.footer_lines())}'
            f"<p>{esc(self.s['stats_title'])}: Đang online __ONLINE__ | Tổng lượt truy cập __TOTAL__</p></footer>"
            "</div>"
        )
        json_ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "datePublished": self.utc(article),
            "dateModified": self.utc(article) if not self.migrated(article) else "2023-02-10T02:00:00.000Z",
            "author": {"@type": "Organization", "name": self.spec.name},
            "publisher": {"@type": "Organization", "name": self.spec.name},
            "mainEntityOfPage": PRODUCTION + self.article_path(article),
        }
        head = (
            f'<meta name="description" content="{esc(self.teaser(article))}">\n'
            f'<link rel="canonical" href="{esc(canonical)}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(article.title)}">\n'
            f'<meta property="og:url" content="{esc(PRODUCTION + self.article_path(article))}">\n'
            f'<meta property="article:published_time" content="{when.machine()}">\n'
            f'<script type="application/ld+json">{js_json(json_ld)}</script>\n'
        )
        state = {"article": {"detail": self.item(article) | {"content": self.body_html(article)}}}
        return self.shell(title=article.title, head=head, app=app, state=state, server_rendered=True)

    def id_shell(self, article: CorpusArticle) -> str:
        """/bai-viet/<id>: not pre-rendered; the item only in the state the app hydrates from."""
        head = f'<link rel="canonical" href="{esc(self.canonical_url(article))}">\n'
        state = {"article": {"detail": self.item(article) | {"content": self.body_html(article)}}}
        return self.shell(title=article.title, head=head, state=state, noscript=self.noscript_frame(""))

    def print_page(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">'
            f'<meta name="robots" content="noindex, nofollow"><title>{esc(article.title)}</title></head>'
            '<body onload="window.print()">'
            f"<h3>{esc(self.spec.name.upper())}</h3><h1>{esc(article.title)}</h1>"
            f"<p><em>{esc(when.with_time(when.dmy()))}</em></p>{lead}{self.body_html(article)}"
            f"<p>Nguồn: {esc(PRODUCTION + self.article_path(article))}</p></body></html>"
        )
