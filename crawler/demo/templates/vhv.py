"""A VHV-CMS-style national news portal (templatesotc.vhv.vn family)."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.text import ascii_slug, esc

SEARCH = "/tim-kiem/"


class Vhv(Template):
    sitemap_path = "/sitemap.xml"
    feed_path = "/rss/tin-tuc-su-kien.rss"

    def article_path(self, article: CorpusArticle) -> str:
        return f"/tin-tuc/{ascii_slug(article.title, limit=100)}.html"

    def category_path(self, category: Category, page: int = 1) -> str:
        return f"/tin-tuc-su-kien/{category.key}" + (f"?page={page}" if page > 1 else "")

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: {SEARCH}\nDisallow: /user/\nDisallow: /api/\n\nSitemap: {self.url(self.sitemap_path)}\n"

    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.page(self.spec.name, self.home_body())))
        self.add(
            "/tin-tuc-su-kien", self.html(self.page(s["latest_news"], self.listing_body(None, self.latest(10), 1, 1)))
        )
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, self.listing_body(category, items, number, len(pages)))),
                )
        for article in self.articles:
            self.add(
                self.article_path(article), self.html(self.page(article.title, self.article_body(article), article))
            )
        self.add("/robots.txt", self.text(self.robots()))
        self.add(
            self.sitemap_path,
            self.text(
                self.sitemap_xml(self.in_sitemap(), [self.category_path(c) for c in self.spec.categories]),
                "application/xml",
            ),
        )
        self.add(self.feed_path, self.text(self.rss(self.spec.name, "/", self.in_feed()), "application/rss+xml"))
        self.add(
            SEARCH,
            self.html(
                self.page(s["search"], f'<div class="ModuleWrapper"><p>{esc(s["search_placeholder"])}</p></div>')
            ),
        )

    def module(self, body: str, root: int, cls: str = "") -> str:
        return f'<div class="ModuleWrapper {cls}" id="module{root}" data-moduleRootId="{root}"><div class="ModuleContent">{body}</div></div>'

    def page(self, title: str, main: str, article: CorpusArticle | None = None) -> str:
        s = self.s
        meta = ""
        if article is not None:
            meta = (
                f'<link rel="canonical" href="{esc(self.canonical_url(article))}"/>\n'
                f'<meta property="og:title" content="{esc(article.title)}"/>\n<meta property="og:type" content="article"/>\n'
                f'<meta itemprop="datePublished" content="{self.when[article.id].machine()}"/>'
            )
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(self.category_path(c))}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        most = "".join(
            f'<div class="item"><a href="{esc(self.article_path(a))}" class="title">{esc(a.title)}</a></div>'
            for a in self.latest(5)
        )
        footer = "".join(f"<div>{esc(line)}</div>" for line in self.footer_lines())
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)} | {esc(self.spec.name)}</title>
{meta}
<link rel="alternate" type="application/rss+xml" title="RSS" href="{self.url(self.feed_path)}"/>
<link rel="stylesheet" href="/3rdparty/bootstrap/css/bootstrap.min.css"/>
<link rel="stylesheet" href="/templates/bdg/css/style.css"/>
<script src="/3rdparty/jquery/jquery.min.js"></script>
<script>VHV.App.setting = {{site: 1649125200, lang: 'vi'}};</script>
</head>
<body class="page-body">
<div class="header-top"><div class="container"><span class="today">{esc(s["weekdays"][3])}, 20/11/2025</span><a href="{SEARCH}" class="search-link">{esc(s["search"])}</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/upload/1649125200/logo.png" alt="{esc(self.spec.name)}"/></a><h2 class="site-name">{esc(self.spec.name)}</h2></div></header>
<nav class="main-menu"><div class="container"><ul class="menu"><li class="menu-item"><a href="/"><i class="fa fa-home"></i></a></li>{menu}</ul></div></nav>
<div class="container main-content"><div class="row">
<div class="col-md-8">{main}</div>
<div class="col-md-4">
{self.module(f'<div class="module-title">{esc(s["latest"])}</div><div class="list-news">{most}</div>', 13402, "sidebar-news")}
{self.module('<div class="banner">' + "".join(f'<a href="#"><img src="/upload/banner/{i}.jpg" alt="{esc(b)}"/></a>' for i, b in enumerate(s["banners"][:3])) + "</div>", 13403)}
{self.module(f'<div class="module-title">{esc(s["stats_title"])}</div>' + "".join(f'<div class="stat-row"><span>{esc(k)}</span><b>{v}</b></div>' for k, v in self.stats()), 13404, "counter")}
</div>
</div></div>
<footer class="footer"><div class="container">{footer}<div class="powered">Thiết kế bởi VHV</div></div></footer>
</body>
</html>"""

    def item(self, article: CorpusArticle) -> str:
        link = esc(self.article_path(article))
        return (
            f'<div class="item post-item"><a href="{link}" class="image"><img src="/upload/news/{self.numeric_id(article)}.jpg" alt=""/></a>'
            f'<div class="info"><a class="title" href="{link}">{esc(article.title)}</a><div class="time">{self.when[article.id].dmy()}</div>'
            f'<div class="desc">{esc(self.teaser(article))}</div></div></div>'
        )

    def home_body(self) -> str:
        s = self.s
        featured = "".join(self.item(a) for a in self.featured())
        blocks = "".join(
            self.module(
                f'<div class="module-title"><a href="{esc(self.category_path(c))}">{esc(c.name)}</a></div>'
                f'<div class="list-news">{"".join(self.item(a) for a in self.listing(c.slug)[:3])}</div>',
                13300 + i,
            )
            for i, c in enumerate(self.spec.categories)
        )
        return (
            self.module(
                f'<div class="module-title">{esc(s["featured"])}</div><div class="news-hot">{featured}</div>',
                13299,
                "hot",
            )
            + blocks
        )

    def listing_body(self, category: Category | None, items: list[CorpusArticle], page: int, pages: int) -> str:
        title = category.name if category else self.s["latest_news"]
        numbers = (
            "".join(
                f'<li class="active"><span>{n}</span></li>'
                if n == page
                else f'<li><a href="{esc(self.category_path(category, n))}">{n}</a></li>'
                for n in range(1, pages + 1)
            )
            if category and pages > 1
            else ""
        )
        if category and page < pages:
            numbers += f'<li><a href="{esc(self.category_path(category, page + 1))}">›</a></li>'
        crumb = f'<ol class="breadcrumb"><li><a href="/">{esc(self.s["home"])}</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="active">{esc(title)}</li></ol>'
        return self.module(
            f'{crumb}<h1 class="module-title">{esc(title)}</h1><div class="list-news">{"".join(self.item(a) for a in items)}</div>'
            f'<ul class="pagination">{numbers}</ul>',
            13500,
        )

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        when = self.when[article.id]
        stamp = (
            f"{self.weekday(article)}, {when.dmy()} | {when.hm()}"
            if article.number % 2 and when.has_time
            else when.with_time(when.dmy(), "%H:%M:%S", " | ", time_first=True)
        )
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        author = f'<span class="post-author">{esc(byline)}</span>' if byline else ""
        lead = f'<div class="brief-detail"><strong>{esc(article.lead)}</strong></div>' if article.lead else ""
        related = "".join(
            f'<div class="item"><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="time">({self.when[a.id].dmy()})</span></div>'
            for a in self.related(article)
        )
        body = f"""<ol class="breadcrumb"><li><a href="/">{esc(s["home"])}</a></li><li><a href="{esc(self.category_path(category))}">{esc(category.name)}</a></li></ol>
<div class="news-detail-layout-type-2" itemscope itemtype="http://schema.org/NewsArticle">
<h1 class="title-detail" itemprop="headline">{esc(article.title)}</h1>
<div class="post-meta"><span class="post-date">{stamp}</span>{author}<span class="tools"><a href="javascript:window.print()">{esc(s["print_short"])}</a> <a href="#" class="save">Lưu</a> <a href="#" class="share">{esc(s["share"])}</a></span></div>
{lead}
<div class="content-detail" itemprop="articleBody">
{self.paragraphs(article, lead=False)}
{self.signature(article)}
</div>
{self.label(article)}
<div class="rating"><span>{esc(s["rating_title"])}:</span> <span class="rate-text">{esc(s["rating_total"])}</span> <span class="rate-click">{esc(s["rating_click"])}</span></div>
<div class="related-news"><div class="module-title">{esc(s["related"])}</div>{related}</div>
</div>"""
        return self.module(body, 13600, "news-detail")
