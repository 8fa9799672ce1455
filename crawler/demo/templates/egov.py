"""A post-2025 provincial 'eGov portal' (Bootstrap theme, /vi/ and /en/ trees) of a merged province.

Written as a holdout: the home page is a meta-refresh stub, article bodies are Word-pasted nested divs, each
article ends with a 'Tin cùng chuyên mục' grid of teasers, and a missing article answers 200 (a soft 404).
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from urllib.parse import quote

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import all_tags, tag_slug, tags_of
from govnews.crawler.demo.text import EN_WEEKDAYS, ascii_slug, esc

HOME = "/vi/trang-chu"
# An article the portal deleted: still linked from the home page's 'Tiêu điểm' strip and the sitemap.
GONE_TITLE = "Tổng kết 5 năm thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2025"
GONE_ID = 158904


class EGov(Template):
    sitemap_path = "/sitemap.xml"

    # ---- URLs -------------------------------------------------------------------------------
    def english(self, article: CorpusArticle) -> bool:
        return article.lang == "en"

    def article_path(self, article: CorpusArticle) -> str:
        folder = "/en/news" if self.english(article) else "/vi/tin-tuc"
        return f"{folder}/{ascii_slug(article.title, limit=110)}-{self.numeric_id(article)}.html"

    def category_path(self, category: Category, page: int = 1) -> str:
        path = f"/{category.lang}/{category.key}"
        return path if page == 1 else f"{path}?page={page}"

    def gone_path(self) -> str:
        return f"/vi/tin-tuc/{ascii_slug(GONE_TITLE, limit=110)}-{GONE_ID}.html"

    def tag_path(self, tag: str) -> str:
        return f"/vi/tag/{tag_slug(tag)}"

    def search_path(self, keyword: str) -> str:
        return f"/vi/tim-kiem?keyword={quote(keyword)}"

    def robots(self) -> str:
        return (
            f"User-agent: *\nDisallow: /admin/\nDisallow: /api/\nDisallow: /vi/tim-kiem\nDisallow: /en/search\n\n"
            f"Sitemap: {self.url(self.sitemap_path)}\n"
        )

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.refresh_stub()))
        self.add(HOME, self.html(self.page(s["home"], self.home_body())))
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                body = self.listing_body(category, items, number, len(pages))
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, body, en=category.lang == "en")),
                )
        carried = {t for a in self.articles if a.lang == "vi" for t in tags_of(a)}
        for tag in all_tags():
            members = [a for a in self.listed() if a.lang == "vi" and tag in tags_of(a)]
            if tag in carried:  # every tag an article links, even when no linked article carries it
                self.add(self.tag_path(tag), self.html(self.page(f"Từ khóa: {tag}", self.tag_body(tag, members))))
        for article in self.articles:
            self.add(
                self.article_path(article),
                self.html(self.page(article.title, self.article_body(article), article, en=self.english(article))),
            )
        self.add("/robots.txt", self.text(self.robots()))
        extra = [HOME] + [self.category_path(c) for c in self.spec.categories] + [self.gone_path()]
        self.add(self.sitemap_path, self.text(self.sitemap_xml(self.in_sitemap(), extra), "application/xml"))
        self.add(
            "/admin/dang-nhap",
            self.html(
                self.page(
                    s["login"],
                    f'<div class="login-box card"><div class="card-body"><h1 class="h4">{esc(s["login"])}</h1><p>{esc(s["login_page"])}</p><form method="post"><input name="username" class="form-control" /><input name="password" type="password" class="form-control" /><button class="btn btn-primary">{esc(s["login"])}</button></form></div></div>',
                )
            ),
        )
        self.add(
            "/vi/gioi-thieu",
            self.html(
                self.page(
                    "Giới thiệu chung",
                    f'<div class="static-page"><h1 class="page-title">Giới thiệu chung</h1><p>{esc(self.spec.owner)}. {esc(self.spec.address)}</p><p>Ngày 01/7/2025, tỉnh Tuyên Quang mới chính thức hoạt động trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang.</p></div>',
                )
            ),
        )

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """Unknown article URLs answer 200 with a 'not found' page; listings past their end answer an empty list."""
        values = dict(params)
        if path.endswith(".html") and (path.startswith("/vi/tin-tuc/") or path.startswith("/en/news/")):
            return self.html(self.page("Không tìm thấy nội dung", self.soft_404_body(), en=path.startswith("/en/")))
        for category in self.spec.categories:
            if path == self.category_path(category):
                page = max(1, int(values["page"])) if values.get("page", "").isdigit() else 1
                pages = self.chunks(self.listing(category.slug))
                items = pages[page - 1] if page <= len(pages) else []
                return self.html(
                    self.page(
                        category.name, self.listing_body(category, items, page, len(pages)), en=category.lang == "en"
                    )
                )
        if path.startswith("/vi/tim-kiem") or path.startswith("/en/search"):
            keyword = values.get("keyword", "")
            return self.html(
                self.page(
                    self.s["search"],
                    f'<div class="search-page"><h1 class="page-title">{esc(self.s["search"])}: {esc(keyword)}</h1><p>Không có kết quả phù hợp.</p></div>',
                )
            )
        return None

    # ---- chrome -----------------------------------------------------------------------------
    def refresh_stub(self) -> str:
        """What the web server's default document says: nothing but 'go to /vi/trang-chu'."""
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={HOME}"><title>{esc(self.spec.name)}</title>
<script>window.location.href = "{HOME}";</script></head><body></body></html>"""

    def page(self, title: str, main: str, article: CorpusArticle | None = None, en: bool = False) -> str:
        s = self.s
        lang = "en" if en else "vi"
        cats = [c for c in self.spec.categories if c.lang == lang]
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{self.category_path(c)}">{esc(c.name)}</a></li>'
            for c in cats
        )
        english = next((c for c in self.spec.categories if c.lang == "en"), None)
        switch = (
            f'<a class="lang-switch" href="{HOME}">Tiếng Việt</a>'
            if en
            else (f'<a class="lang-switch" href="{self.category_path(english)}">English</a>' if english else "")
        )
        latest = "".join(
            f'<div class="media mb-2"><a href="{self.article_path(a)}"><img class="mr-2" src="/uploads/thumbs/{self.numeric_id(a)}_120x80.jpg" alt="" width="120" /></a><div class="media-body"><a class="title" href="{self.article_path(a)}">{esc(a.title)}</a><div class="small text-muted">{self.when[a.id].with_time(self.when[a.id].dmy())}</div></div></div>'
            for a in self.latest(5, lang)
        )
        keywords = "".join(
            f'<a class="badge badge-light" href="{self.search_path(w)}">{esc(w)}</a> '
            for w in ("bình đẳng giới", "sáp nhập tỉnh", "chuyển đổi số")
        )
        banners = "".join(
            f'<a class="d-block mb-2" href="#"><img src="/uploads/banner/bn{i}.png" alt="{esc(b)}" class="img-fluid" /></a>'
            for i, b in enumerate(s["banners"][:4])
        )
        stats = "".join(f"<li>{esc(k)}: <b>{v}</b></li>" for k, v in self.stats())
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        meta = ""
        if article is not None:
            meta = (
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(article.title)}">'
                f'<meta property="og:description" content="{esc(self.teaser(article, 250))}"><meta property="og:url" content="{esc(self.canonical_url(article))}">'
                f'<meta property="og:image" content="{esc(self.url(f"/uploads/news/{self.numeric_id(article)}.jpg"))}">'
            )
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)} | {esc(self.spec.name)}</title>
{meta}
<link rel="stylesheet" href="/themes/egov/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/egov/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="/themes/egov/css/style.css?v=2.4.1">
</head>
<body>
<div class="topbar bg-primary text-white small"><div class="container d-flex justify-content-between"><span>{esc(self.weekday_today())}</span><span><a class="text-white" href="/admin/dang-nhap">{esc(s["login"])}</a> | {switch}</span></div></div>
<header class="header"><div class="container"><a class="logo" href="{HOME}"><img src="/themes/egov/images/quoc-huy.png" alt="Quốc huy" height="80"><span class="site-name">{esc(self.spec.name.upper())}</span></a>
<form class="form-inline search-box" action="/vi/tim-kiem"><input class="form-control" name="keyword" placeholder="{esc(s["search_placeholder"])}"><button class="btn"><i class="fa fa-search"></i></button></form></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-main"><div class="container"><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="{HOME}"><i class="fa fa-home"></i> {esc(s["home"])}</a></li><li class="nav-item"><a class="nav-link" href="/vi/gioi-thieu">Giới thiệu</a></li>{menu}</ul></div></div></nav>
<div class="hot-keywords container py-1 small">Từ khóa nổi bật: {keywords}</div>
<main class="container my-3"><div class="row">
<div class="col-lg-8 col-md-12">
{main}
</div>
<aside class="col-lg-4 col-md-12 sidebar">
<div class="card mb-3"><div class="card-header">{esc(s["latest"])}</div><div class="card-body">{latest}</div></div>
<div class="card mb-3"><div class="card-body text-center">{banners}</div></div>
<div class="card mb-3"><div class="card-header">{esc(s["stats_title"])}</div><div class="card-body"><ul class="list-unstyled mb-0">{stats}</ul></div></div>
</aside>
</div></main>
<footer class="footer bg-dark text-light py-3"><div class="container">{footer}</div></footer>
<a href="#" class="back-to-top" title="{esc(s["top"])}"><i class="fa fa-chevron-up"></i></a>
<script src="/themes/egov/vendor/jquery/jquery.min.js"></script><script src="/themes/egov/vendor/bootstrap/js/bootstrap.bundle.min.js"></script><script src="/themes/egov/js/main.js?v=2.4.1"></script>
</body>
</html>"""

    def weekday_today(self) -> str:
        """The top bar's 'today' (the newest article's day, so pages stay stable)."""
        if not self.articles:
            return ""
        first = self.articles[0]
        return f"{self.weekday(first)}, ngày {self.when[first.id].dmy()}"

    def teaser_row(self, article: CorpusArticle) -> str:
        """A teaser with thumbnail, date and sapo: listings, tags and the 'Tin cùng chuyên mục' grid share it."""
        link = self.article_path(article)
        return (
            f'<div class="news-item row mb-3"><div class="col-4"><a href="{link}" class="thumb"><img class="img-fluid" src="/uploads/thumbs/{self.numeric_id(article)}_360x240.jpg" alt="{esc(article.title)}"></a></div>'
            f'<div class="col-8"><h3 class="news-title"><a href="{link}">{esc(article.title)}</a></h3><div class="news-date text-muted small"><i class="far fa-clock"></i> {self.when[article.id].with_time(self.when[article.id].dmy())}</div>'
            f'<p class="news-sapo">{esc(self.teaser(article, 220))}</p></div></div>'
        )

    def home_body(self) -> str:
        s = self.s
        featured = self.featured(4)
        big = featured[0] if featured else None
        top = ""
        if big is not None:
            top = (
                f'<div class="hot-news mb-3"><a href="{self.article_path(big)}"><img class="img-fluid" src="/uploads/news/{self.numeric_id(big)}.jpg" alt=""></a>'
                f'<h2 class="hot-title"><a href="{self.article_path(big)}">{esc(big.title)}</a></h2><p class="sapo">{esc(self.teaser(big, 260))}</p></div>'
            )
        strip = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in featured[1:])
        strip += f'<li><a href="{self.gone_path()}">{esc(GONE_TITLE)}</a></li>'
        blocks = "".join(
            f'<section class="home-cat mb-4"><h2 class="cat-title"><a href="{self.category_path(c)}">{esc(c.name)}</a></h2>'
            + "".join(self.teaser_row(a) for a in self.listing(c.slug)[:3])
            + f'<a class="btn btn-sm btn-outline-primary" href="{self.category_path(c)}">{esc(s["more"])}</a></section>'
            for c in self.spec.categories
            if c.lang == "vi"
        )
        return f'<section class="featured">{top}<div class="card mb-3"><div class="card-header">Tiêu điểm</div><ul class="list-unstyled card-body mb-0">{strip}</ul></div></section>{blocks}'

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        """Teaser rows and one 'Xem thêm' button to ?page=N+1; no numbered pager."""
        rows = "".join(self.teaser_row(a) for a in items) or '<p class="empty text-muted">Không có dữ liệu.</p>'
        label = "More" if category.lang == "en" else self.s["more"]
        more = (
            f'<div class="text-center"><a class="btn btn-primary btn-more" href="{self.category_path(category, page + 1)}">{esc(label)} <i class="fa fa-angle-double-down"></i></a></div>'
            if page < pages
            else ""
        )
        home = "Home" if category.lang == "en" else self.s["home"]
        return (
            f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{HOME}">{esc(home)}</a></li><li class="breadcrumb-item active">{esc(category.name)}</li></ol></nav>'
            f'<h1 class="page-title">{esc(category.name)}</h1><div class="news-list">{rows}</div>{more}'
        )

    def tag_body(self, tag: str, members: list[CorpusArticle]) -> str:
        rows = "".join(self.teaser_row(a) for a in members) or '<p class="empty text-muted">Không có dữ liệu.</p>'
        return f'<h1 class="page-title">Từ khóa: {esc(tag)}</h1><div class="news-list">{rows}</div>'

    def soft_404_body(self) -> str:
        """A 'not found' message over a 'Có thể bạn quan tâm' list: answered with status 200."""
        rows = "".join(self.teaser_row(a) for a in self.featured(4))
        return (
            f'<div class="detail-page"><div class="alert alert-warning"><h1 class="h4">Không tìm thấy nội dung</h1>'
            f'<p>Nội dung bạn tìm kiếm không tồn tại hoặc đã bị gỡ bỏ. Vui lòng quay lại <a href="{HOME}">trang chủ</a>.</p></div>'
            f'<div class="box-related"><h3 class="box-title">Có thể bạn quan tâm</h3>{rows}</div></div>'
        )

    # ---- the article --------------------------------------------------------------------------
    def date_line(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        day = EN_WEEKDAYS[when.at.weekday()] if self.english(article) else self.weekday(article)
        return when.with_time(f"{day}, {when.dmy()}")

    def body_html(self, article: CorpusArticle) -> str:
        """Word-pasted content: paragraphs as justified divs wrapping font spans, every third one a plain <p>."""
        out = []
        for i, text in enumerate(article.paragraphs):
            if i % 3 == 2:
                out.append(f'<p style="text-align: justify;">{esc(text)}</p>')
            else:
                out.append(
                    f'<div style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">{esc(text)}</span></span></div>\n<div style="text-align: justify;">&nbsp;</div>'
                )
        return "\n".join(out)

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        en = self.english(article)
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        author_top = f'<span class="detail-author"><i class="fa fa-user"></i> {esc(byline)}</span>' if byline else ""
        signature = (
            f'<div class="detail-author-bottom text-right"><strong>{esc(article.author)}</strong></div>'
            if article.author_style == "signature" and article.author
            else ""
        )
        label = (
            f'<div class="detail-author-bottom text-right"><strong>{esc("Author:" if en else s["author_label"])}</strong> {esc(article.author)}</div>'
            if article.author_style == "label" and article.author
            else ""
        )
        lead = f'<div class="detail-sapo"><strong>{esc(article.lead)}</strong></div>' if article.lead else ""
        tags = (
            "".join(
                f'<a class="badge badge-secondary" href="{self.tag_path(t)}">{esc(t)}</a> ' for t in tags_of(article)
            )
            if not en
            else ""
        )
        tags = f'<div class="detail-tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>' if tags else ""
        share_url = quote(self.canonical_url(article), safe="")
        related = "".join(self.teaser_row(a) for a in self.related(article))
        related = (
            f'<div class="box-related mt-4"><h3 class="box-title">{esc("Related news" if en else s["same_category"])}</h3><div class="news-list">{related}</div></div>'
            if related
            else ""
        )
        home = "Home" if en else s["home"]
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{HOME}">{esc(home)}</a></li><li class="breadcrumb-item"><a href="{self.category_path(category)}">{esc(category.name)}</a></li></ol></nav>
<div class="detail-page">
<h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-meta d-flex flex-wrap align-items-center text-muted small mb-2">
<span class="detail-date mr-3"><i class="far fa-clock"></i> {self.date_line(article)}</span>{author_top}
<span class="detail-view mr-3"><i class="fa fa-eye"></i> {self.views(article)}</span>
<span class="detail-tools ml-auto"><a href="javascript:void(0)" class="font-minus">A-</a> <a href="javascript:void(0)" class="font-reset">A</a> <a href="javascript:void(0)" class="font-plus">A+</a> | <a href="javascript:window.print()"><i class="fa fa-print"></i> {esc(s["print_short"])}</a></span>
</div>
<div class="audio-player mb-2"><span class="small">Nghe đọc bài viết:</span> <audio controls preload="none" src="/uploads/audio/{self.numeric_id(article)}.mp3"></audio></div>
{lead}
<div class="detail-content"><div class="content-body"><div id="content-detail" class="clearfix">
{self.body_html(article)}
</div></div></div>
{signature}
{label}
{tags}
<div class="detail-share my-3"><span>{esc(s["share"])}:</span> <a class="btn btn-sm btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener"><i class="fab fa-facebook-f"></i> Facebook</a> <a class="btn btn-sm btn-zalo" href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" rel="noopener">Zalo</a> <a class="btn btn-sm btn-twitter" href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" rel="noopener">Twitter</a> <a class="btn btn-sm btn-light" href="mailto:?subject={quote(article.title)}&amp;body={share_url}"><i class="fa fa-envelope"></i> Email</a></div>
{related}
</div>"""
