"""A provincial portal relaunched after the 1 July 2025 merger on a vendor's Next.js (pages router) platform.

Cổng Thông tin điện tử tỉnh Vĩnh Long (Vĩnh Long + Bến Tre + Trà Vinh). Every page is rendered on the server, then
repeated as JSON in ``<script id="__NEXT_DATA__">``; markup is Tailwind utility soup (no 'content'/'article' class
names), hashed ``/_next/static`` assets, lazy ``/_next/image`` pictures, a cookie banner. Listings show relative times
('3 ngày trước') and a 'Xem thêm' button that is a real ``?page=N`` link (the SSR page N repeats pages 1..N).
Articles live at ``/tin-tuc/<slug>-<id>``: only the id routes (another slug 308s to the real one), ids are the
old portals' numbers for migrated items and the new CMS's short nanoid-like tokens for the rest. Items migrated from
the three former portals keep their old markup (Word paste, CKEditor 4 spans and &nbsp; runs, bare divs).
``rel=canonical`` and og:url name the production host; robots.txt's Sitemap line too. Unknown slugs under the
catch-all route answer 200 with a 'not found' message in the full chrome.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from ..corpus import CorpusArticle
from ..portals import Category
from ..text import EN_MONTHS, EN_WEEKDAYS, VN_TZ, ascii_slug, esc, stable_token
from .base import Response, Template
from .extras import photo, tags_of

PROD = "https://vinhlong.gov.vn"
BUILD_ID = "Xq7pK2vR9mTzL4nW8cYbJ"
NOW = datetime(2025, 12, 1, 10, 0, tzinfo=VN_TZ)  # when the ISR cache was last filled
MERGED = "2025-07-01"  # items published before this were migrated from the former provinces' portals
CSS = ("/_next/static/css/7c1e0a4b9f2d63e8.css", "/_next/static/css/d41f5b8e20a7c913.css")
CHUNKS = (
    "/_next/static/chunks/webpack-59c5c889f52620d6.js",
    "/_next/static/chunks/framework-ecc4130bc7a58a64.js",
    "/_next/static/chunks/main-f1a7e6c3b0d29a44.js",
    "/_next/static/chunks/pages/_app-3c0e9b7d51f8a2c6.js",
)
PAGE_CHUNKS = {
    "/": "/_next/static/chunks/pages/index-b83d0f2a6e91c4d7.js",
    "/tin-tuc/[slug]": "/_next/static/chunks/pages/tin-tuc/%5Bslug%5D-0a9e4c7f3b2d1865.js",
    "/chuyen-muc/[category]": "/_next/static/chunks/pages/chuyen-muc/%5Bcategory%5D-6f2b8d1e0c9a7354.js",
    "/[...slug]": "/_next/static/chunks/pages/%5B...slug%5D-e5d7a3c1b9f08264.js",
}
REMOVED = ("thong-bao-tuyen-dung-vien-chuc-nam-2025-dot-2", "r8k2m4pq")  # deleted from the CMS, still linked
ORIGIN_SITES = {"Bến Tre": "bentre.gov.vn", "Trà Vinh": "travinh.gov.vn", "Vĩnh Long": "vinhlong.gov.vn"}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
STATIC = (  # (path, title, paragraphs)
    (
        "/gioi-thieu/tong-quan",
        "Tổng quan tỉnh Vĩnh Long",
        (
            "Tỉnh Vĩnh Long được thành lập trên cơ sở hợp nhất tỉnh Vĩnh Long, tỉnh Bến Tre và tỉnh Trà Vinh theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, chính thức hoạt động từ ngày 01/7/2025.",
            "Tỉnh có diện tích tự nhiên hơn 6.200 km², dân số trên 4,2 triệu người, gồm 124 đơn vị hành chính cấp xã; trung tâm chính trị - hành chính đặt tại phường Thanh Đức.",
        ),
    ),
    (
        "/gioi-thieu/co-cau-to-chuc",
        "Cơ cấu tổ chức",
        (
            "Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh gồm Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ, Sở Tài chính, Sở Tư pháp, Sở Xây dựng, Sở Nông nghiệp và Môi trường, Sở Công Thương, Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo, Sở Y tế, Sở Văn hóa, Thể thao và Du lịch, Thanh tra tỉnh, Sở Dân tộc và Tôn giáo.",
        ),
    ),
    (
        "/gioi-thieu/ban-vi-su-tien-bo-cua-phu-nu",
        "Ban Vì sự tiến bộ của phụ nữ tỉnh",
        (
            "Ban Vì sự tiến bộ của phụ nữ tỉnh là tổ chức phối hợp liên ngành, có chức năng giúp Ủy ban nhân dân tỉnh nghiên cứu, tham mưu, chỉ đạo, điều phối việc thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn tỉnh.",
            "Nhiệm vụ của Ban: tham mưu xây dựng chương trình, kế hoạch hằng năm về bình đẳng giới; đôn đốc, kiểm tra các sở, ngành, địa phương thực hiện Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình; tổng hợp, báo cáo kết quả thực hiện các mục tiêu quốc gia về bình đẳng giới. Cơ quan thường trực của Ban là Sở Nội vụ.",
        ),
    ),
    (
        "/chinh-sach-bao-mat",
        "Chính sách bảo mật",
        (
            "Cổng Thông tin điện tử tỉnh sử dụng cookie để ghi nhớ lựa chọn ngôn ngữ, cỡ chữ và thống kê lượt truy cập ẩn danh. Cổng không thu thập thông tin cá nhân của người truy cập nếu người dùng không tự nguyện cung cấp qua các biểu mẫu.",
        ),
    ),
    (
        "/lien-he",
        "Liên hệ",
        (
            "Trung tâm Thông tin điện tử tỉnh Vĩnh Long - Văn phòng Ủy ban nhân dân tỉnh. Điện thoại: 0270.3822.505. Email: banbientap@vinhlong.gov.vn.",
        ),
    ),
)
NAV_CLASS = "rounded px-3 py-2 text-sm font-medium text-white hover:bg-white/10"
CARD_CLASS = (
    "group flex flex-col gap-2 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 transition hover:shadow-md"
)


class NextSsr(Template):
    """The vendor's Next.js portal: pre-rendered routes plus the catch-all, redirect and API behaviour of ``dynamic``."""

    sitemap_path = "/sitemap.xml"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ids: dict[str, str] = {}
        for article in self.articles:
            if self.migrated(article):
                self.ids[article.id] = str(self.spec.article_id_base + article.number * 13 + 7)
            else:
                self.ids[article.id] = stable_token(article.id, 8)
        self.by_id = {v: k for k, v in self.ids.items()}
        self.by_article = {a.id: a for a in self.articles}

    # ---- model ------------------------------------------------------------------------------
    def migrated(self, article: CorpusArticle) -> bool:
        return article.published[:10] < MERGED

    def origin(self, article: CorpusArticle) -> str | None:
        """The former province whose portal an old item came from (None for the new platform's own items)."""
        if not self.migrated(article) or article.lang != "vi":
            return None
        text = f"{article.title} {article.body}"
        for name in ("Bến Tre", "Trà Vinh"):
            if name in text:
                return name
        return "Vĩnh Long"

    def slug(self, article: CorpusArticle) -> str:
        return ascii_slug(article.title.replace("“", "").replace("”", ""), limit=120)

    def article_path(self, article: CorpusArticle) -> str:
        prefix = "/en/news" if article.lang == "en" else "/tin-tuc"
        return f"{prefix}/{self.slug(article)}-{self.ids[article.id]}"

    def short_path(self, article: CorpusArticle) -> str:
        """The related-news widget cuts slugs at 40 characters: the id still routes, the page answers 308."""
        prefix = "/en/news" if article.lang == "en" else "/tin-tuc"
        return f"{prefix}/{ascii_slug(article.title, limit=40)}-{self.ids[article.id]}"

    def category_path(self, category: Category) -> str:
        return "/en/news" if category.lang == "en" else f"/chuyen-muc/{category.key}"

    def prod(self, path: str) -> str:
        return PROD + path

    def attached(self, article: CorpusArticle) -> tuple[str, str] | None:
        """(path, label) of the PDF the new platform's editors upload with a provincial plan or decision."""
        if self.migrated(article) or not article.documents:
            return None
        doc = article.documents[0]
        if doc.kind not in ("Kế hoạch", "Quyết định") or not doc.number.endswith(("-UBND", "-SNV")):
            return None
        at = self.when[article.id].at
        name = f"{ascii_slug(doc.number)}-{stable_token(article.id + 'pdf', 6)}.pdf"
        return f"/uploads/{at.year}/{at.month:02d}/{name}", f"{doc.kind} số {doc.number}"

    def tags(self, article: CorpusArticle) -> list[str]:
        return tags_of(article, limit=4) if article.lang == "vi" else []

    def tag_pages(self) -> dict[str, tuple[str, list[CorpusArticle]]]:
        pages: dict[str, tuple[str, list[CorpusArticle]]] = {}
        for article in self.listed():
            for tag in self.tags(article):
                pages.setdefault(ascii_slug(tag), (tag, []))[1].append(article)
        return pages

    # ---- times ------------------------------------------------------------------------------
    def utc(self, article: CorpusArticle) -> str:
        """JavaScript's Date.toISOString(): UTC, milliseconds, 'Z' (a date-only item is local midnight)."""
        at = self.when[article.id].at.astimezone(UTC)
        return at.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def local_iso(self, article: CorpusArticle) -> str:
        return self.when[article.id].at.isoformat(timespec="seconds")

    @staticmethod
    def ago(at: datetime, lang: str = "vi") -> str:
        """date-fns formatDistanceToNow(..., {addSuffix: true}) in the vi / en-US locales."""
        minutes = (NOW - at).total_seconds() / 60
        days = minutes / 1440
        if lang == "en":
            if minutes < 45:
                return f"{max(1, round(minutes))} minutes ago"
            if minutes < 90:
                return "about 1 hour ago"
            if minutes < 1440:
                return f"about {round(minutes / 60)} hours ago"
            if minutes < 2520:
                return "1 day ago"
            if days < 30:
                return f"{round(days)} days ago"
            if days < 45:
                return "about 1 month ago"
            if days < 365:
                return f"{round(days / 30)} months ago"
            years, rest = divmod(days, 365)
            prefix = "about" if rest < 91 else "over" if rest < 274 else "almost"
            return f"{prefix} {int(years) + (prefix == 'almost')} year{'s' if int(years) + (prefix == 'almost') > 1 else ''} ago"
        if minutes < 45:
            return f"{max(1, round(minutes))} phút trước"
        if minutes < 90:
            return "khoảng 1 giờ trước"
        if minutes < 1440:
            return f"khoảng {round(minutes / 60)} giờ trước"
        if minutes < 2520:
            return "1 ngày trước"
        if days < 30:
            return f"{round(days)} ngày trước"
        if days < 45:
            return "khoảng 1 tháng trước"
        if days < 365:
            return f"{round(days / 30)} tháng trước"
        years, rest = divmod(days, 365)
        if rest < 91:
            return f"khoảng {int(years)} năm trước"
        if rest < 274:
            return f"hơn {int(years)} năm trước"
        return f"gần {int(years) + 1} năm trước"

    def shown_date(self, article: CorpusArticle) -> str:
        """The absolute date in the article header: 'Thứ Hai, 01/12/2025 | 08:00' / 'October 22, 2025 11:00'."""
        when = self.when[article.id]
        at = when.at
        if article.lang == "en":
            day = f"{EN_WEEKDAYS[at.weekday()]}, {EN_MONTHS[at.month - 1]} {at.day}, {at.year}"
            return day + (f" {when.hm()}" if when.has_time else "")
        return f"{WEEKDAYS[at.weekday()]}, {when.dmy()}" + (f" | {when.hm()}" if when.has_time else "")

    # ---- responses --------------------------------------------------------------------------
    def robots(self) -> str:
        return (
            "# *\nUser-agent: *\nAllow: /\nDisallow: /tai-khoan/\nDisallow: /tim-kiem\nDisallow: /api/auth/\n\n"
            f"# Host\nHost: {PROD}\n\n# Sitemaps\nSitemap: {PROD}/sitemap.xml\n"
        )

    def html(self, text: str, status: int = 200) -> Response:
        response = super().html(text, status)
        response.headers.update(
            {
                "X-Powered-By": "Next.js",
                "Cache-Control": "s-maxage=300, stale-while-revalidate",
                "x-nextjs-cache": "HIT",
                "Vary": "Accept-Encoding",
            }
        )
        return response

    def json_response(self, data, status: int = 200) -> Response:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return Response(status, body, "application/json; charset=utf-8", {"X-Powered-By": "Next.js"})

    def redirect308(self, location: str) -> Response:
        return Response(
            308, location.encode(), "text/plain; charset=utf-8", {"Location": location, "Refresh": f"0;url={location}"}
        )

    def not_found(self) -> Response:
        """Next's own 404 (paths the catch-all route does not take: files, /_next/...)."""
        return self.html(
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404: This page could not be found</title></head>'
            '<body><div id="__next"><div style="font-family:system-ui;height:100vh;text-align:center;display:flex;flex-direction:column;align-items:center;justify-content:center">'
            '<div><h1 style="display:inline-block;margin:0 20px 0 0;padding:0 23px 0 0;font-size:24px;font-weight:500;border-right:1px solid rgba(0,0,0,.3)">404</h1>'
            '<div style="display:inline-block"><h2 style="font-size:14px;font-weight:400;line-height:28px">This page could not be found.</h2></div></div></div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{self.next_data("/_error", {"statusCode": 404}, {})}</script></body></html>',
            status=404,
        )

    def soft_404(self, path: str) -> Response:
        main = (
            '<div class="mx-auto flex max-w-3xl flex-col items-center gap-4 py-24 text-center">'
            '<p class="text-6xl font-extrabold text-sky-800">404</p>'
            '<h1 class="text-2xl font-bold text-slate-800">Không tìm thấy nội dung</h1>'
            '<p class="text-slate-600">Nội dung bạn tìm kiếm không tồn tại, đã được gỡ bỏ hoặc chuyển sang địa chỉ khác.</p>'
            '<a href="/" class="rounded bg-sky-700 px-4 py-2 text-white">Về trang chủ</a></div>'
        )
        return self.html(
            self.page(
                "Không tìm thấy nội dung",
                main,
                "/[...slug]",
                {"error": {"statusCode": 404, "message": "NOT_FOUND"}, "slug": path.strip("/").split("/")},
                canonical=None,
            )
        )

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.html(self.home()))
        self.add("/en", self.html(self.en_home()))
        self.add("/robots.txt", self.text(self.robots()))
        self.add("/sitemap.xml", Response(200, self.sitemap().encode("utf-8"), "application/xml; charset=utf-8"))
        self.add("/tai-khoan/dang-nhap", self.html(self.login()))
        for path, title, paragraphs in STATIC:
            self.add(path, self.html(self.static_page(path, title, paragraphs)))
        pages = self.chunks(self.listed_lang("vi"))
        for n in range(1, len(pages) + 1):
            self.add("/tin-tuc" + (f"?page={n}" if n > 1 else ""), self.html(self.listing_page(None, n)))
        for category in self.spec.categories:
            for n in range(1, len(self.chunks(self.listing(category.slug))) + 1):
                path = self.category_path(category) + (f"?page={n}" if n > 1 else "")
                self.add(path, self.html(self.listing_page(category, n)))
        for slug, (tag, items) in self.tag_pages().items():
            self.add(f"/tu-khoa/{slug}", self.html(self.tag_page(slug, tag, items)))
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.article_page(article)))
            self.add(f"/ban-in/{self.ids[article.id]}", self.html(self.print_page(article)))
            self.add(
                f"/api/v1/articles/{self.ids[article.id]}", self.json_response({"data": self.api_item(article, True)})
            )
            self.add(
                f"/_next/data/{BUILD_ID}{self.article_path(article)}.json",
                self.json_response({"pageProps": self.article_props(article), "__N_SSP": True}),
            )
            attached = self.attached(article)
            if attached:
                self.add(attached[0], self.pdf(attached[0].rsplit("/", 1)[1], article))
        api = self.api_pool()
        for n in range(1, max(1, -(-len(api) // 10)) + 1):
            self.add(f"/api/v1/articles?limit=10&page={n}", self.json_response(self.api_list(api, n)))
        for path in CSS:
            self.add(
                path,
                Response(
                    200, b"*,:after,:before{box-sizing:border-box;border:0 solid #e5e7eb}", "text/css; charset=utf-8"
                ),
            )
        for path in (*CHUNKS, *PAGE_CHUNKS.values()):
            self.add(
                path,
                Response(
                    200,
                    b"(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[0],{}]);",
                    "application/javascript; charset=utf-8",
                ),
            )

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        query = "&".join(f"{quote(k)}={quote(v)}" for k, v in params)
        if len(path) > 1 and path.endswith("/"):  # next.config trailingSlash: false
            return self.redirect308(path.rstrip("/") + (f"?{query}" if query else ""))
        values = dict(params)
        if path == "/_next/image":
            return Response(200, GIF, "image/gif", {"Cache-Control": "public, max-age=60"})
        if path in self.routes and not path.startswith(("/chuyen-muc/", "/tin-tuc", "/en/news")):
            return self.routes[path]  # unknown parameters (utm_*, fbclid) change nothing
        if path.startswith(("/_next/", "/uploads/", "/api/v1/articles/")) or "." in path.rsplit("/", 1)[-1]:
            if path.startswith("/api/"):
                return self.json_response(
                    {"data": None, "error": {"status": 404, "name": "NotFoundError", "message": "Not Found"}}, 404
                )
            return None
        if path.startswith(("/tin-tuc/", "/en/news/")) and path.count("/") == (
            2 if path.startswith("/tin-tuc/") else 3
        ):
            token = path.rsplit("-", 1)[-1]
            article = self.by_article.get(self.by_id.get(token, ""))
            if article is None or not self.article_path(article).startswith(path.rsplit("/", 1)[0] + "/"):
                return self.soft_404(path)
            if path != self.article_path(article):
                return self.redirect308(self.article_path(article))
            return self.html(self.article_page(article))
        page = int(values["page"]) if values.get("page", "").isdigit() and int(values["page"]) > 0 else 1
        if path == "/tin-tuc":
            return self.html(self.listing_page(None, page))
        category = next((c for c in self.spec.categories if self.category_path(c) == path), None)
        if category is not None:
            return self.html(self.listing_page(category, page))
        if path.startswith("/ban-in/"):
            article = self.by_article.get(self.by_id.get(path.rsplit("/", 1)[-1], ""))
            return self.html(self.print_page(article)) if article else self.soft_404(path)
        if path == "/api/v1/articles":
            return self.json_response(self.api_list(self.api_pool(), page))
        if path.startswith("/api/"):
            return self.json_response(
                {"data": None, "error": {"status": 404, "name": "NotFoundError", "message": "Not Found"}}, 404
            )
        if path == "/tim-kiem":
            keyword = values.get("q", "")
            return self.html(
                self.page("Tìm kiếm", self.search_main(keyword), "/[...slug]", {"q": keyword}, canonical=None)
            )
        return self.soft_404(path)  # the CMS pages' catch-all route renders 'not found' with status 200

    # ---- content plan -----------------------------------------------------------------------
    def listed_lang(self, lang: str) -> list[CorpusArticle]:
        return [a for a in self.listed() if a.lang == lang]

    def api_pool(self) -> list[CorpusArticle]:
        return self.listed()

    def api_item(self, article: CorpusArticle, full: bool = False) -> dict:
        category = self.spec.category(article.category)
        item: dict[str, Any] = {
            "id": self.ids[article.id],
            "title": article.title,
            "slug": self.slug(article),
            "url": self.article_path(article),
            "sapo": article.lead,
            "publishedAt": self.utc(article),
            "locale": article.lang,
            "category": {"name": category.name, "slug": category.key},
            "thumbnail": self.thumb(article),
        }
        if full:
            item["content"] = self.body_html(article)
            item["author"] = article.author if article.author_style == "byline" else None
            item["tags"] = self.tags(article)
        return item

    def api_list(self, pool: list[CorpusArticle], page: int) -> dict:
        count = max(1, -(-len(pool) // 10))
        data = {
            "data": [self.api_item(a) for a in pool[(page - 1) * 10 : page * 10]],
            "meta": {"pagination": {"page": page, "pageSize": 10, "pageCount": count, "total": len(pool)}},
        }
        if page < count:
            data["links"] = {"next": f"/api/v1/articles?page={page + 1}&limit=10"}
        return data

    def thumb(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        folder = (
            f"migrated/{ascii_slug(self.origin(article) or '')}"
            if self.migrated(article)
            else f"{at.year}/{at.month:02d}"
        )
        return f"/uploads/{folder}/{stable_token(article.id + 'img', 10)}.jpg"

    def image(self, src: str, alt: str, width: int, eager: bool = False) -> str:
        url = quote(src, safe="")
        srcset = ", ".join(f"/_next/image?url={url}&amp;w={w}&amp;q=75 {w}w" for w in (640, 750, 828, 1080, 1200))
        loading = 'fetchpriority="high" decoding="async"' if eager else 'loading="lazy" decoding="async"'
        return (
            f'<img alt="{esc(alt)}" {loading} width="{width}" height="{width * 2 // 3}" data-nimg="1" '
            f'class="h-auto w-full object-cover" style="color:transparent" sizes="100vw" srcSet="{srcset}" '
            f'src="/_next/image?url={url}&amp;w=1200&amp;q=75"/>'
        )

    # ---- the page shell ---------------------------------------------------------------------
    def next_data(self, page: str, props: dict, query: dict, locale: str = "vi") -> str:
        data = {
            "props": {"pageProps": props, "__N_SSP": True},
            "page": page,
            "query": query,
            "buildId": BUILD_ID,
            "isFallback": False,
            "gssp": True,
            "locale": locale,
            "locales": ["vi", "en"],
            "defaultLocale": "vi",
            "scriptLoader": [],
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        for char, code in (
            ("&", "\\u0026"),
            ("<", "\\u003c"),
            (">", "\\u003e"),
            ("\u2028", "\\u2028"),
            ("\u2029", "\\u2029"),
        ):
            text = text.replace(char, code)
        return text

    def page(
        self,
        title: str,
        main: str,
        route: str,
        props: dict,
        canonical: str | None = "",
        head: str = "",
        lang: str = "vi",
        query: dict | None = None,
    ) -> str:
        site = "Cổng Thông tin điện tử tỉnh Vĩnh Long" if lang == "vi" else "Vinh Long Provincial Portal"
        canonical_tag = f'<link rel="canonical" href="{esc(canonical)}"/>' if canonical else ""
        chunk = PAGE_CHUNKS.get(route, PAGE_CHUNKS["/[...slug]"])
        scripts = "".join(f'<script src="{c}" defer=""></script>' for c in (*CHUNKS, chunk))
        css = "".join(
            f'<link rel="preload" href="{c}" as="style"/><link rel="stylesheet" href="{c}" data-n-g=""/>' for c in CSS
        )
        return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)} | {esc(site)}</title><meta name="description" content="{esc(site)} - Thông tin chính thống của Ủy ban nhân dân tỉnh Vĩnh Long"/>{canonical_tag}<link rel="icon" href="/favicon.ico"/><meta name="theme-color" content="#075985"/>{head}{css}<noscript data-n-css=""></noscript>{scripts}</head><body class="bg-slate-50 font-sans text-slate-900 antialiased"><div id="__next"><div class="flex min-h-screen flex-col">{self.header(lang)}<main class="mx-auto w-full max-w-7xl flex-1 px-4 py-6 lg:px-8">{main}</main>{self.footer(lang)}</div>{self.cookie_banner(lang)}</div><script id="__NEXT_DATA__" type="application/json">{self.next_data(route, props, query or {}, lang)}</script></body></html>"""

    def header(self, lang: str) -> str:
        today = f"{WEEKDAYS[NOW.weekday()]}, {NOW.strftime('%d/%m/%Y')}"
        if lang == "en":
            nav = [("/en", "Home"), ("/en/news", "News"), ("/", "Tiếng Việt")]
            top = f'<span>{EN_WEEKDAYS[NOW.weekday()]}, {EN_MONTHS[NOW.month - 1]} {NOW.day}, {NOW.year}</span><a href="/" class="hover:underline">Tiếng Việt</a>'
            brand = "VINH LONG PROVINCIAL PORTAL"
        else:
            nav = [("/", "Trang chủ"), ("/gioi-thieu/tong-quan", "Giới thiệu"), ("/tin-tuc", "Tin tức")]
            nav += [(self.category_path(c), c.name) for c in self.spec.categories if c.lang == "vi"]
            nav += [("https://vbpl.vinhlong.gov.vn", "Văn bản"), ("https://dichvucong.vinhlong.gov.vn", "Dịch vụ công")]
            top = (
                f"<span>{today}</span>"
                '<div class="flex items-center gap-4"><a href="/en/" class="hover:underline">English</a>'
                '<a href="/tai-khoan/dang-nhap" class="hover:underline">Đăng nhập</a></div>'
            )
            brand = "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG"
        links = "".join(f'<a href="{esc(h)}" class="{NAV_CLASS}">{esc(t)}</a>' for h, t in nav)
        search = (
            '<form action="/tim-kiem" method="get" class="ml-auto hidden md:block"><input type="search" name="q" placeholder="Tìm kiếm..." class="h-9 w-56 rounded-full border-0 bg-white/90 px-4 text-sm text-slate-800 placeholder:text-slate-400"/></form>'
            if lang == "vi"
            else ""
        )
        return (
            '<header class="sticky top-0 z-40 shadow">'
            f'<div class="bg-sky-950 text-xs text-sky-100"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1.5 lg:px-8">{top}</div></div>'
            '<div class="bg-gradient-to-r from-sky-800 to-sky-600"><div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4 lg:px-8">'
            f'<a href="{"/en" if lang == "en" else "/"}" class="flex items-center gap-3"><img alt="Quốc huy" src="/images/quoc-huy.svg" width="56" height="56" class="h-14 w-14"/>'
            f'<div class="flex flex-col"><span class="text-lg font-extrabold tracking-wide text-yellow-300 md:text-2xl">{brand}</span>'
            '<span class="text-xs text-sky-100">vinhlong.gov.vn</span></div></a></div></div>'
            f'<nav class="bg-sky-700"><div class="mx-auto flex max-w-7xl flex-wrap items-center gap-1 px-4 lg:px-8">{links}{search}</div></nav>'
            "</header>"
        )

    def footer(self, lang: str) -> str:
        stats = "".join(
            f'<li class="flex justify-between gap-4"><span>{esc(k)}</span><span class="font-semibold tabular-nums">{v}</span></li>'
            for k, v in (
                ("Đang truy cập", "318"),
                ("Hôm nay", "12.406"),
                ("Tháng hiện tại", "41.977"),
                ("Tổng lượt truy cập", "2.815.330"),
            )
        )
        statics = "".join(f'<li><a href="{p}" class="hover:underline">{esc(t)}</a></li>' for p, t, _ in STATIC)
        return (
            '<footer class="mt-10 bg-sky-950 text-sm text-sky-100"><div class="mx-auto grid max-w-7xl gap-8 px-4 py-10 md:grid-cols-3 lg:px-8">'
            '<div class="space-y-1.5 md:col-span-2">'
            '<p class="text-base font-bold uppercase text-yellow-300">Cổng Thông tin điện tử tỉnh Vĩnh Long</p>'
            f"<p>Cơ quan chủ quản: {esc(self.spec.owner)}</p>"
            "<p>Chịu trách nhiệm chính: Chánh Văn phòng Ủy ban nhân dân tỉnh</p>"
            f"<p>{esc(self.spec.license)}</p>"
            f"<p>Địa chỉ: {esc(self.spec.address)}</p>"
            "<p>Điện thoại: 0270.3822.505 - Email: banbientap@vinhlong.gov.vn</p>"
            "<p>Ghi rõ nguồn “Cổng Thông tin điện tử tỉnh Vĩnh Long” khi phát hành lại thông tin từ Cổng.</p>"
            f'<ul class="mt-3 flex flex-wrap gap-x-4 gap-y-1">{statics}<li><a href="/sitemap.xml" class="hover:underline">Sơ đồ cổng</a></li>'
            '<li><a href="/api/v1/articles?page=1&amp;limit=10" class="hover:underline">Dữ liệu mở (API)</a></li></ul></div>'
            f'<div><p class="mb-2 font-semibold text-yellow-300">Thống kê truy cập</p><ul class="space-y-1">{stats}</ul></div>'
            '</div><div class="border-t border-white/10 py-3 text-center text-xs text-sky-300">© 2025 Cổng Thông tin điện tử tỉnh Vĩnh Long. Thiết kế và phát triển bởi nhà cung cấp giải pháp.</div></footer>'
        )

    def cookie_banner(self, lang: str) -> str:
        if lang == "en":
            text, ok = "This portal uses cookies to improve your experience.", "Accept"
        else:
            text, ok = (
                "Cổng thông tin sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với Chính sách bảo mật.",
                "Đồng ý",
            )
        return (
            '<div role="dialog" aria-live="polite" class="fixed inset-x-0 bottom-0 z-50 border-t border-slate-200 bg-white/95 p-4 shadow-2xl backdrop-blur">'
            f'<div class="mx-auto flex max-w-5xl flex-col items-center gap-3 text-sm text-slate-700 md:flex-row"><p class="flex-1">{esc(text)} '
            f'<a href="/chinh-sach-bao-mat" class="text-sky-700 underline">Chính sách bảo mật</a></p>'
            f'<button type="button" class="rounded bg-sky-700 px-4 py-2 font-medium text-white">{ok}</button>'
            '<button type="button" class="rounded px-4 py-2 text-slate-500">Từ chối</button></div></div>'
        )

    # ---- listings ---------------------------------------------------------------------------
    def card(self, article: CorpusArticle, big: bool = False, href: str | None = None) -> str:
        href = href or self.article_path(article)
        lang = article.lang
        teaser = f'<p class="line-clamp-3 text-sm text-slate-600">{esc(self.teaser(article, 220))}</p>' if big else ""
        size = "text-xl md:text-2xl" if big else "text-base"
        return (
            f'<div class="{CARD_CLASS}"><a href="{esc(href)}" class="block overflow-hidden rounded-md">'
            f"{self.image(self.thumb(article), article.title, 800 if big else 400, eager=big)}</a>"
            f'<h3 class="{size} font-semibold leading-snug text-slate-800 group-hover:text-sky-700"><a href="{esc(href)}">{esc(article.title)}</a></h3>'
            f'{teaser}<span class="text-xs text-slate-400">{self.ago(self.when[article.id].at, lang)}</span></div>'
        )

    def row(self, article: CorpusArticle) -> str:
        return (
            '<div class="flex gap-4 border-b border-slate-200 py-4 last:border-0">'
            f'<a href="{esc(self.article_path(article))}" class="w-40 shrink-0 overflow-hidden rounded md:w-56">{self.image(self.thumb(article), article.title, 400)}</a>'
            '<div class="flex flex-col gap-1.5">'
            f'<h3 class="text-lg font-semibold leading-snug text-slate-800 hover:text-sky-700"><a href="{esc(self.article_path(article))}">{esc(article.title)}</a></h3>'
            f'<span class="text-xs text-slate-400">{self.ago(self.when[article.id].at, article.lang)}</span>'
            f'<p class="line-clamp-2 text-sm text-slate-600">{esc(self.teaser(article, 200))}</p></div></div>'
        )

    def section_title(self, text: str, href: str | None = None) -> str:
        more = f'<a href="{esc(href)}" class="text-sm text-sky-700 hover:underline">Xem tất cả →</a>' if href else ""
        return f'<div class="mb-4 flex items-center justify-between border-b-2 border-sky-700"><h2 class="-mb-0.5 border-b-2 border-red-600 pb-1 text-lg font-bold uppercase text-sky-800">{esc(text)}</h2>{more}</div>'

    def item_props(self, articles: list[CorpusArticle]) -> list[dict]:
        return [self.api_item(a) for a in articles]

    def home(self) -> str:
        vi = self.listed_lang("vi")
        featured = self.featured(5)
        hero = featured[:1]
        side = featured[1:5]
        utm = {
            0: "?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo",
            1: "?fbclid=IwAR2vLq9xT0kP7mZ3nB8cQyR5s1dW4eF6gH",
        }
        side_html = "".join(self.card(a, href=self.article_path(a) + utm.get(i, "")) for i, a in enumerate(side))
        blocks = []
        for category in self.spec.categories:
            if category.lang != "vi":
                continue
            items = self.listing(category.slug)[:4]
            if not items:
                continue
            cards = "".join(self.card(a) for a in items)
            blocks.append(
                f'<section class="mt-10">{self.section_title(category.name, self.category_path(category))}'
                f'<div class="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{cards}</div></section>'
            )
        latest = "".join(
            f'<li class="border-b border-dashed border-slate-200 py-2"><a href="{esc(self.article_path(a))}" class="text-sm font-medium hover:text-sky-700">{esc(a.title)}</a>'
            f'<span class="block text-xs text-slate-400">{self.ago(self.when[a.id].at)}</span></li>'
            for a in vi[:6]
        )
        more_latest = (
            '<a href="/tin-tuc?page=2" class="mt-3 block rounded border border-sky-700 py-2 text-center text-sm font-medium text-sky-700">Xem thêm</a>'
            if len(self.chunks(vi)) > 1
            else ""
        )
        notices = [a for a in vi if self.attached(a)][:3]
        notice_html = "".join(
            f'<li class="py-1.5"><a href="{esc(self.article_path(a))}" class="text-sm hover:text-sky-700">{esc(a.title)}</a></li>'
            for a in notices
        )
        notice_html += f'<li class="py-1.5"><a href="/tin-tuc/{REMOVED[0]}-{REMOVED[1]}" class="text-sm hover:text-sky-700">Thông báo tuyển dụng viên chức năm 2025 (đợt 2)</a></li>'
        tags = "".join(
            f'<a href="/tu-khoa/{slug}" class="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-600 hover:bg-sky-100"># {esc(tag)}</a>'
            for slug, (tag, _) in sorted(self.tag_pages().items())
        )
        english = self.listed_lang("en")[:3]
        en_html = "".join(
            f'<li class="py-1.5"><a href="{esc(self.article_path(a))}" class="text-sm hover:text-sky-700">{esc(a.title)}</a></li>'
            for a in english
        )
        hero_html = "".join(self.card(a, big=True) for a in hero)
        main = f"""<div class="grid gap-6 lg:grid-cols-3"><div class="lg:col-span-2"><div class="grid gap-4">{hero_html}</div><div class="mt-4 grid gap-4 sm:grid-cols-2">{side_html}</div></div>
<aside class="space-y-6"><div class="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">{self.section_title("Tin mới")}<ul>{latest}</ul>
{more_latest}</div>
<div class="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200">{self.section_title("Thông báo")}<ul class="list-disc pl-5">{notice_html}</ul></div>
<div class="rounded-lg bg-white p-4 ring-1 ring-slate-200">{self.section_title("English", "/en")}<ul>{en_html}</ul></div></aside></div>
{"".join(blocks)}
<section class="mt-10">{self.section_title("Từ khóa")}<div class="flex flex-wrap gap-2">{tags}</div></section>"""
        props = {
            "featured": self.item_props(featured),
            "latest": self.item_props(vi[:6]),
            "notices": self.item_props(notices),
        }
        return self.page("Trang chủ", main, "/", props, canonical=PROD + "/", head=self.website_ld())

    def website_ld(self) -> str:
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "name": "Ủy ban nhân dân tỉnh Vĩnh Long",
            "url": PROD,
            "logo": PROD + "/images/quoc-huy.svg",
        }
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'

    def en_home(self) -> str:
        items = self.listed_lang("en")
        cards = "".join(self.card(a) for a in items[:6])
        more = '<a href="/en/news" class="mx-auto mt-6 block w-40 rounded border border-sky-700 py-2 text-center text-sm text-sky-700">Load more</a>'
        main = f'{self.section_title("News", "/en/news")}<div class="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{cards}</div>{more}'
        return self.page("Home", main, "/", {"latest": self.item_props(items[:6])}, canonical=PROD + "/en", lang="en")

    def listing_page(self, category: Category | None, n: int) -> str:
        """SSR of the 'Xem thêm' list: page N shows pages 1..N; the button is a plain link to ?page=N+1."""
        lang = category.lang if category else "vi"
        items = self.listing(category.slug) if category else self.listed_lang("vi")
        base = self.category_path(category) if category else "/tin-tuc"
        name = category.name if category else "Tin tức"
        pages = self.chunks(items)
        shown = [a for chunk in pages[:n] for a in chunk]
        if not shown or n > len(pages):
            body = f'<p class="py-16 text-center text-slate-500">{"No articles." if lang == "en" else "Không có bài viết nào."}</p>'
        else:
            body = "".join(self.row(a) for a in shown)
        more = ""
        if n < len(pages):
            label = "Load more" if lang == "en" else "Xem thêm"
            more = f'<a href="{esc(base)}?page={n + 1}" class="mx-auto mt-6 block w-48 rounded-full border border-sky-700 py-2 text-center text-sm font-medium text-sky-700 hover:bg-sky-700 hover:text-white">{label}</a>'
        crumbs = f'<nav class="mb-4 text-sm text-slate-500"><a href="{"/en" if lang == "en" else "/"}" class="hover:underline">{"Home" if lang == "en" else "Trang chủ"}</a> / <span>{esc(name)}</span></nav>'
        main = f'{crumbs}<h1 class="mb-4 text-2xl font-bold text-sky-800">{esc(name)}</h1><div class="rounded-lg bg-white px-4 shadow-sm ring-1 ring-slate-200">{body}</div>{more}'
        head = f'<link rel="next" href="{esc(base)}?page={n + 1}"/>' if more else ""
        canonical = PROD + base + (f"?page={n}" if n > 1 else "")
        route = "/chuyen-muc/[category]" if category and lang == "vi" else "/[...slug]"
        query = {"page": str(n)} if n > 1 else {}
        props = {"items": self.item_props(shown), "page": n, "pageCount": len(pages), "title": name}
        return self.page(name, main, route, props, canonical=canonical, head=head, lang=lang, query=query)

    def tag_page(self, slug: str, tag: str, items: list[CorpusArticle]) -> str:
        body = "".join(self.row(a) for a in items)
        main = f'<h1 class="mb-4 text-2xl font-bold text-sky-800">Từ khóa: {esc(tag)}</h1><div class="rounded-lg bg-white px-4 ring-1 ring-slate-200">{body}</div>'
        return self.page(
            f"Từ khóa: {tag}",
            main,
            "/[...slug]",
            {"tag": tag, "items": self.item_props(items)},
            canonical=PROD + f"/tu-khoa/{slug}",
        )

    def search_main(self, keyword: str) -> str:
        found = [a for a in self.listed() if keyword and keyword.casefold() in a.title.casefold()]
        rows = (
            "".join(self.row(a) for a in found)
            or '<p class="py-10 text-center text-slate-500">Không tìm thấy kết quả phù hợp.</p>'
        )
        return f'<h1 class="mb-4 text-2xl font-bold">Kết quả tìm kiếm: {esc(keyword)}</h1><div class="rounded-lg bg-white px-4 ring-1 ring-slate-200">{rows}</div>'

    def static_page(self, path: str, title: str, paragraphs: tuple[str, ...]) -> str:
        text = "".join(f'<p class="mb-4">{esc(p)}</p>' for p in paragraphs)
        main = f'<div class="mx-auto max-w-4xl rounded-lg bg-white p-6 ring-1 ring-slate-200"><h1 class="mb-6 text-3xl font-bold text-sky-800">{esc(title)}</h1><div class="text-[17px] leading-8">{text}</div></div>'
        return self.page(title, main, "/[...slug]", {"page": {"title": title, "body": text}}, canonical=PROD + path)

    def login(self) -> str:
        main = (
            '<div class="mx-auto max-w-sm rounded-lg bg-white p-6 ring-1 ring-slate-200"><h1 class="mb-4 text-xl font-bold">Đăng nhập hệ thống</h1>'
            '<form method="post" action="/api/auth/callback/credentials" class="space-y-3"><input name="username" placeholder="Tên đăng nhập" class="w-full rounded border px-3 py-2"/>'
            '<input name="password" type="password" placeholder="Mật khẩu" class="w-full rounded border px-3 py-2"/>'
            '<button class="w-full rounded bg-sky-700 py-2 text-white">Đăng nhập</button></form></div>'
        )
        return self.page(
            "Đăng nhập", main, "/[...slug]", {}, canonical=None, head='<meta name="robots" content="noindex"/>'
        )

    # ---- the article ------------------------------------------------------------------------
    def body_html(self, article: CorpusArticle) -> str:
        """What the CMS stores as the article's content: new-editor paragraphs, or the old portal's markup kept as is."""
        origin = self.origin(article)
        pic = photo(article, default=article.number % 2 == 1)
        if origin == "Bến Tre":
            return self.word_body(article, pic)
        if origin == "Trà Vinh":
            return self.ck4_body(article, pic)
        if origin == "Vĩnh Long":
            return self.div_body(article)
        parts = []
        for i, text in enumerate(article.paragraphs):
            parts.append(f"<p>{esc(text)}</p>")
            if pic and i == pic.after and article.lang == "vi":
                src = quote(
                    f"/uploads/{self.when[article.id].at.year}/{stable_token(article.id + 'fig', 10)}.jpg", safe=""
                )
                parts.append(
                    f'<figure class="image"><img src="/_next/image?url={src}&amp;w=1200&amp;q=75" loading="lazy" alt="" width="1200" height="800"/>'
                    f"<figcaption>{esc(pic.caption)} {esc(pic.credit)}</figcaption></figure>"
                )
        parts.append(self.signature(article))
        return "".join(parts)

    def word_body(self, article: CorpusArticle, pic) -> str:
        """Pasted from Word into the old Bến Tre portal's editor: MsoNormal paragraphs, spans in points, empty o:p lines."""
        span = 'lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;"'
        para = 'class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"'
        out = [
            "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->"
        ]
        if article.lead:
            out.append(f"<p {para}><b><span {span}>{esc(article.lead)}<o:p></o:p></span></b></p>")
        for i, text in enumerate(article.paragraphs):
            out.append(f"<p {para}><span {span}>{esc(text)}<o:p></o:p></span></p>")
            if pic and i == pic.after:
                out.append(
                    f'<p class="MsoNormal" align="center" style="text-align:center"><img width="600" src="{self.thumb(article)}"></p>'
                )
                out.append(
                    f'<p class="MsoNormal" align="center" style="text-align:center"><i><span {span}>{esc(pic.caption)}<o:p></o:p></span></i></p>'
                )
            out.append('<p class="MsoNormal"><span lang="VI"><o:p>&nbsp;</o:p></span></p>' if i == 0 else "")
        if article.author_style == "signature" and article.author:
            out.append(
                f'<p class="MsoNormal" align="right" style="text-align:right"><b><span {span}>{esc(article.author)}<o:p></o:p></span></b></p>'
            )
        out.append(self.source_line(article))
        return "".join(out)

    def ck4_body(self, article: CorpusArticle, pic) -> str:
        """The old Trà Vinh portal's CKEditor 4: justified paragraphs indented with &nbsp; runs, nested font spans."""
        out = []
        if article.lead:
            out.append(
                f'<p style="text-align: justify;"><strong><span style="font-size:14px;">{esc(article.lead)}</span></strong></p>'
            )
        for i, text in enumerate(article.paragraphs):
            out.append(
                '<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<span style="font-size:14px;">'
                f'<span style="font-family:arial,helvetica,sans-serif;">{esc(text)}</span></span></p>'
            )
            if pic and i == pic.after:
                out.append(
                    f'<p style="text-align: center;"><img alt="" src="{self.thumb(article)}" style="width: 600px; height: 400px;" /></p>'
                    f'<p style="text-align: center;"><em><span style="font-size:12px;">{esc(pic.caption)}</span></em></p>'
                )
            else:
                out.append("<p>&nbsp;</p>")
        if article.author_style == "signature" and article.author:
            out.append(
                f'<p style="text-align: right;"><strong><span style="font-size:14px;">{esc(article.author)}</span></strong></p>'
            )
        out.append(self.source_line(article))
        return "".join(out)

    def div_body(self, article: CorpusArticle) -> str:
        """The old Vĩnh Long portal stored bare divs separated by &nbsp; lines."""
        out = []
        if article.lead:
            out.append(f'<div style="text-align: justify;"><b>{esc(article.lead)}</b></div><div>&nbsp;</div>')
        for text in article.paragraphs:
            out.append(
                f'<div style="text-align: justify;">{esc(text)}</div><div style="text-align: justify;">&nbsp;</div>'
            )
        if article.author_style == "signature" and article.author:
            out.append(f'<div style="text-align: right;"><b>{esc(article.author)}</b></div>')
        return "".join(out)

    def source_line(self, article: CorpusArticle) -> str:
        origin = self.origin(article)
        return (
            f'<p style="text-align: right;"><em>Nguồn: Cổng TTĐT tỉnh {esc(origin)} (cũ)</em></p>'
            if origin in ("Bến Tre", "Trà Vinh")
            else ""
        )

    def article_props(self, article: CorpusArticle) -> dict:
        item = self.api_item(article, True)
        item["updatedAt"] = self.utc(article)
        item["views"] = self.views(article)
        item["createdBy"] = "bbt.ctdt"
        item["legacy"] = {"site": ORIGIN_SITES[self.origin(article) or "Vĩnh Long"]} if self.migrated(article) else None
        return {"article": item, "related": self.item_props(self.related(article)[:4])}

    def article_ld(self, article: CorpusArticle) -> str:
        data = [
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": article.title,
                "description": article.lead or self.teaser(article),
                "image": [PROD + self.thumb(article)],
                "datePublished": self.local_iso(article),
                "dateModified": self.local_iso(article),
                "inLanguage": article.lang,
                "author": {"@type": "Organization", "name": "Ban Biên tập Cổng TTĐT tỉnh Vĩnh Long"},
                "publisher": {
                    "@type": "GovernmentOrganization",
                    "name": "Ủy ban nhân dân tỉnh Vĩnh Long",
                    "logo": {"@type": "ImageObject", "url": PROD + "/images/quoc-huy.svg"},
                },
                "mainEntityOfPage": self.prod(self.article_path(article)),
            },
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": PROD + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": self.spec.category(article.category).name,
                        "item": PROD + self.category_path(self.spec.category(article.category)),
                    },
                ],
            },
        ]
        return "".join(f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>' for d in data)

    def article_page(self, article: CorpusArticle) -> str:
        en = article.lang == "en"
        category = self.spec.category(article.category)
        migrated = self.migrated(article)
        views = f"{self.views(article):,}".replace(",", ".")
        byline = ""
        if article.author_style == "byline" and article.author:
            byline = f'<span class="inline-flex items-center gap-1 font-medium text-slate-700"><svg class="h-4 w-4" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="8" r="4"/></svg>{esc(article.author)}</span>'
        meta = (
            '<div class="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-500">'
            f'<span class="inline-flex items-center gap-1"><svg class="h-4 w-4" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9"/></svg>{esc(self.shown_date(article))}</span>'
            f"{byline}"
            f"<span>{views} {'views' if en else 'lượt xem'}</span></div>"
        )
        sapo = ""
        if article.lead and (not migrated or en):
            sapo = f'<p class="mb-5 text-lg font-semibold leading-relaxed text-slate-700">{esc(article.lead)}</p>'
        body = f'<div class="text-[17px] leading-8 text-slate-800 [&amp;_figcaption]:text-center [&amp;_figcaption]:text-sm [&amp;_figcaption]:italic [&amp;_img]:mx-auto [&amp;_p]:mb-4">{self.body_html(article)}</div>'
        after = ""
        attached = self.attached(article)
        if attached:
            after += (
                '<div class="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4"><p class="mb-2 text-sm font-semibold text-slate-700">Tài liệu đính kèm</p>'
                f'<a href="{attached[0]}" class="inline-flex items-center gap-2 text-sm text-sky-700 hover:underline" download="">'
                f'<svg class="h-4 w-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 2h9l5 5v15H6z"/></svg>{esc(attached[1])}.pdf</a></div>'
            )
        if article.author_style == "label" and article.author:
            after += f'<p class="mt-4 text-right text-sm"><span class="font-semibold">{"Author:" if en else "Tác giả:"}</span> {esc(article.author)}</p>'
        tags = "".join(
            f'<a href="/tu-khoa/{ascii_slug(t)}" class="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-600"># {esc(t)}</a>'
            for t in self.tags(article)
        )
        share_url = quote(self.prod(self.article_path(article)), safe="")
        tools = (
            '<div class="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 text-sm">'
            f'<div class="flex flex-wrap gap-2">{tags}</div><div class="ml-auto flex items-center gap-3">'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener noreferrer" class="text-slate-500">Facebook</a>'
            f'<a href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" rel="noopener noreferrer" class="text-slate-500">Zalo</a>'
            f'<a href="/ban-in/{self.ids[article.id]}" target="_blank" class="text-slate-500">{"Print" if en else "In bài"}</a></div></div>'
        )
        related = self.related(article)
        related_html = ""
        if related:
            heading = "Related news" if en else "Tin liên quan"
            links = "".join(
                f'<li class="py-1"><a href="{esc(self.short_path(a))}" class="hover:text-sky-700">{esc(a.title)}</a></li>'
                for a in related[:3]
            )
            cards = "".join(self.card(a) for a in related[3:7])
            related_html = (
                f'<section class="mt-8">{self.section_title(heading)}<ul class="list-disc pl-5 text-[15px]">{links}</ul>'
                f'<div class="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{cards}</div></section>'
            )
        home = "/en" if en else "/"
        crumbs = (
            f'<nav class="mb-4 text-sm text-slate-500"><a href="{home}" class="hover:underline">{"Home" if en else "Trang chủ"}</a> / '
            f'<a href="{esc(self.category_path(category))}" class="hover:underline">{esc(category.name)}</a></nav>'
        )
        main = (
            f'<div class="grid gap-8 lg:grid-cols-3"><div class="lg:col-span-2">{crumbs}'
            f'<h1 class="mb-3 text-2xl font-bold leading-tight text-slate-900 md:text-3xl">{esc(article.title)}</h1>{meta}{sapo}{body}{after}{tools}{related_html}</div>'
            f'<aside class="space-y-6"><div class="rounded-lg bg-white p-4 ring-1 ring-slate-200">{self.section_title("Latest" if en else "Tin mới")}'
            + "".join(
                f'<a href="{esc(self.article_path(a))}" class="block border-b border-dashed border-slate-200 py-2 text-sm hover:text-sky-700">{esc(a.title)}'
                f'<span class="block text-xs text-slate-400">{self.ago(self.when[a.id].at, a.lang)}</span></a>'
                for a in self.latest(5, article.lang)
                if a.id != article.id
            )
            + "</div></aside></div>"
        )
        canonical = self.prod(self.article_path(article))
        head = (
            f'<meta property="og:type" content="article"/><meta property="og:title" content="{esc(article.title)}"/>'
            f'<meta property="og:url" content="{esc(canonical)}"/><meta property="og:image" content="{PROD}{self.thumb(article)}"/>'
            f'<meta property="article:published_time" content="{self.utc(article)}"/>'
            f'<link rel="alternate" type="application/json" href="/api/v1/articles/{self.ids[article.id]}"/>{self.article_ld(article)}'
        )
        query = {"slug": f"{self.slug(article)}-{self.ids[article.id]}"}
        return self.page(
            article.title,
            main,
            "/tin-tuc/[slug]",
            self.article_props(article),
            canonical=canonical,
            head=head,
            lang=article.lang,
            query=query,
        )

    def print_page(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        date = when.with_time(when.dmy(), join=" ")
        sapo = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead and not self.migrated(article) else ""
        label = (
            f"<p>Tác giả: {esc(article.author)}</p>"
            if article.author and article.author_style in ("label", "byline")
            else ""
        )
        return (
            f'<!DOCTYPE html><html lang="{article.lang}"><head><meta charSet="utf-8"/><title>{esc(article.title)}</title><meta name="robots" content="noindex, nofollow"/>'
            '<style>body{font-family:"Times New Roman",serif;max-width:760px;margin:24px auto;font-size:16px}</style></head>'
            '<body onload="window.print()"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG</p><hr/>'
            f"<h1>{esc(article.title)}</h1><p><i>Ngày đăng: {date}</i></p>{sapo}{self.body_html(article)}{label}"
            f"<hr/><p>Địa chỉ bài viết: {esc(self.prod(self.article_path(article)))}</p></body></html>"
        )

    # ---- sitemap ----------------------------------------------------------------------------
    def sitemap(self) -> str:
        """app's sitemap.ts: static pages, sections, every article in the CMS (also those no menu lists), one removed."""
        stamp = NOW.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        rows = [(self.url(p), stamp, "daily", "1") for p in ("/", "/en", "/tin-tuc")]
        rows += [(self.url(self.category_path(c)), stamp, "daily", "0.8") for c in self.spec.categories]
        rows += [(self.url(p), stamp, "monthly", "0.5") for p, _, _ in STATIC]
        removed_at = (NOW - timedelta(days=40)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        entries = [(self.canonical_url(a), self.utc(a), "weekly", "0.7") for a in self.in_sitemap()]
        entries.insert(
            len(entries) // 2, (self.url(f"/tin-tuc/{REMOVED[0]}-{REMOVED[1]}"), removed_at, "weekly", "0.7")
        )
        rows += entries
        body = "\n".join(
            f"<url>\n<loc>{esc(loc)}</loc>\n<lastmod>{mod}</lastmod>\n<changefreq>{freq}</changefreq>\n<priority>{prio}</priority>\n</url>"
            for loc, mod, freq, prio in rows
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + body
            + "\n</urlset>\n"
        )


GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
