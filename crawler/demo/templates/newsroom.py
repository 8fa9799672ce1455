"""A bespoke newspaper-style site built as a static export (a provincial women's union), with an English section."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import json
from urllib.parse import quote, urlsplit

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.templates.extras import all_tags, photo, tag_slug, tags_of
from govnews.crawler.demo.text import EN_MONTHS, EN_WEEKDAYS, ascii_slug, esc, stable_token


class Newsroom(Template):
    sitemap_path = "/sitemap.xml"
    ignored_params = ("utm_source", "utm_medium", "utm_campaign")

    # ---- URLs -------------------------------------------------------------------------------
    def article_path(self, article: CorpusArticle) -> str:
        key = self.spec.category(article.category).key
        return f"/{key}/{ascii_slug(article.title, limit=90)}-{self.numeric_id(article)}.html"

    def up(self, path: str) -> str:
        """How pages one folder deep write internal links: '../<folder>/<file>'."""
        return ".." + path

    def category_path(self, category: Category, page: int = 1) -> str:
        return f"/{category.key}/" + (f"trang-{page}.html" if page > 1 else "")

    def tag_path(self, tag: str) -> str:
        return f"/tag/{tag_slug(tag)}.html"

    def host(self) -> str:
        """Protocol-relative prefix ('//host:port') the header menu writes its links with."""
        return "//" + urlsplit(self.base).netloc

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: /api/\nDisallow: /tim-kiem\n\nSitemap: {self.url(self.sitemap_path)}\n"

    def english(self, article: CorpusArticle | None = None, category: Category | None = None) -> bool:
        return (article is not None and article.lang == "en") or (category is not None and category.lang == "en")

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.page(s["home"], self.home_body())))
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                body = self.listing_body(category, items, number, len(pages))
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, body, en=self.english(category=category))),
                )
        for tag in all_tags():
            members = [a for a in self.listed() if tag in tags_of(a)]
            self.add(self.tag_path(tag), self.html(self.page(f"Từ khóa: {tag}", self.tag_body(tag, members))))
        for article in self.articles:
            self.add(
                self.article_path(article),
                self.html(self.page(article.title, self.article_body(article), article, en=self.english(article))),
            )
        self.add("/robots.txt", self.text(self.robots()))
        self.add(
            self.sitemap_path,
            self.text(
                self.sitemap_xml(self.in_sitemap(), ["/"] + [self.category_path(c) for c in self.spec.categories]),
                "application/xml",
            ),
        )
        self.add(
            "/tim-kiem",
            self.html(
                self.page(
                    s["search"],
                    f'<div class="search-page"><h1>{esc(s["search"])}</h1><form action="/tim-kiem"><input name="q" placeholder="{esc(s["search_placeholder"])}"/></form></div>',
                )
            ),
        )

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, title: str, main: str, article: CorpusArticle | None = None, en: bool = False) -> str:
        s = self.s
        words = s["en"] if en else s
        nav = "".join(
            f'<li class="nav__item"><a class="nav__link" href="{self.host()}{self.category_path(c)}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
            if c.lang == ("en" if en else "vi")
        )
        english = next((c for c in self.spec.categories if c.lang == "en"), None)
        switch = (
            f'<a class="lang" href="/">{esc(s["vietnamese"])}</a>'
            if en
            else (f'<a class="lang" href="{self.category_path(english)}">{esc(s["english"])}</a>' if english else "")
        )
        cloud = "".join(
            f'<a class="tag-cloud__item tag-{1 + i % 4}" href="{self.tag_path(t)}">{esc(t)}</a> '
            for i, t in enumerate(all_tags())
        )
        popular = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>'
            for a in self.latest(5, "en" if en else "vi")
        )
        stats = "".join(f"<li>{esc(k)}: <b>{v}</b></li>" for k, v in self.stats())
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        meta = ""
        if article is not None:
            meta = f'<link rel="canonical" href="{esc(self.canonical_url(article))}"/><meta property="og:url" content="{esc(self.canonical_url(article))}"/><meta property="og:title" content="{esc(article.title)}"/><meta name="description" content="{esc(self.teaser(article))}"/>'
        page_props: dict[str, object] = (
            {
                "post": {
                    "id": self.numeric_id(article),
                    "slug": ascii_slug(article.title, limit=90),
                    "title": article.title,
                    "publishedAt": self.when[article.id].machine(),
                    "category": article.category,
                }
            }
            if article
            else {"page": title}
        )
        data = {
            "props": {"pageProps": page_props},
            "page": "/[category]/[slug]" if article else "/[category]",
            "query": {},
            "buildId": stable_token(self.spec.id, 21),
            "isFallback": False,
            "gsp": True,
        }
        payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        return f"""<!DOCTYPE html><html lang="{"en" if en else "vi"}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(title)} | {esc(self.spec.name)}</title>{meta}
<link rel="preload" href="/_next/static/css/{stable_token(self.spec.id, 16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{stable_token(self.spec.id, 16)}.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-{stable_token("w" + self.spec.id, 16)}.js" defer=""></script><script src="/_next/static/chunks/main-{stable_token("m" + self.spec.id, 16)}.js" defer=""></script>
</head><body><div id="__next">
<header class="header"><div class="header__top container"><a class="logo" href="/"><img src="/images/logo-hoi.png" alt="{esc(self.spec.name)}"/></a><span class="header__slogan">Phụ nữ tự tin, tự chủ, nhân ái, đảm đang</span>
<div class="header__tools"><a class="search-btn" href="/tim-kiem">{esc(s["search"])}</a> {switch}</div></div>
<nav class="nav"><ul class="nav__list container"><li class="nav__item"><a class="nav__link" href="{self.host()}/">{esc(words["home"])}</a></li>{nav}</ul></nav></header>
<main class="main container"><div class="row"><div class="col-lg-8">
{main}
</div>
<aside class="col-lg-4 sidebar">
<section class="widget widget--popular"><h3 class="widget__title">Đọc nhiều</h3><ol>{popular}</ol></section>
<section class="widget widget--tags"><h3 class="widget__title">Chủ đề</h3><div class="tag-cloud">{cloud}</div></section>
<section class="widget widget--stats"><h3 class="widget__title">{esc(s["stats_title"])}</h3><ul>{stats}</ul></section>
</aside></div></main>
<footer class="footer"><div class="container">{footer}</div></footer>
</div><script id="__NEXT_DATA__" type="application/json">{payload}</script></body></html>"""

    def card(self, article: CorpusArticle, link: str | None = None, big: bool = False) -> str:
        link = link or self.up(self.article_path(article))
        cls = "card card--big" if big else "card"
        return f"""<article class="{cls}"><a class="card__thumb" href="{esc(link)}"><img src="/_next/image?url=%2Fuploads%2F{self.numeric_id(article)}.jpg&amp;w=640&amp;q=75" alt="{esc(article.title)}"/></a>
<h3 class="card__title"><a href="{esc(link)}">{esc(article.title)}</a></h3><div class="card__meta"><span class="card__time">{self.when[article.id].dmy()}</span> <a class="card__comments" href="{esc(link)}#comment">0</a></div><p class="card__sapo">{esc(self.teaser(article))}</p></article>"""

    def home_body(self) -> str:
        s = self.s
        featured = self.featured(4)
        top = "".join(self.card(a, self.article_path(a), big=i == 0) for i, a in enumerate(featured))
        blocks = "".join(
            f'<section class="cat-block"><h2 class="cat-block__title"><a href="{self.category_path(c)}">{esc(c.name)}</a></h2>'
            + "".join(self.card(a, self.article_path(a)) for a in self.listing(c.slug)[:3])
            + f'<a class="btn-more" href="{self.category_path(c)}">{esc(s["more"])}</a></section>'
            for c in self.spec.categories
            if c.lang == "vi"
        )
        return f'<section class="featured"><h2 class="sr-only">{esc(s["featured"])}</h2>{top}</section>{blocks}'

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        """Cards and one 'Xem thêm' link to the next page: no numbered pages."""
        more_label = "More" if self.english(category=category) else self.s["more"]
        more = (
            f'<div class="load-more"><a class="btn-more" href="{self.up(self.category_path(category, page + 1))}">{esc(more_label)}</a></div>'
            if page < pages
            else ""
        )
        cards = "".join(self.card(a) for a in items)
        return f'<h1 class="page-title">{esc(category.name)}</h1><div class="cards">{cards}</div>{more}'

    def tag_body(self, tag: str, members: list[CorpusArticle]) -> str:
        cards = "".join(self.card(a) for a in members) or '<p class="empty">Chưa có bài viết.</p>'
        return f'<h1 class="page-title">Chủ đề: {esc(tag)}</h1><div class="cards">{cards}</div>'

    def display_date(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        at = when.at
        if article.lang == "en":
            day = f"{EN_WEEKDAYS[at.weekday()]}, {EN_MONTHS[at.month - 1]} {at.day}, {at.year}"
            return day + (f" - {when.hm()}" if when.has_time else "")
        return f"{self.weekday(article)}, {when.dmy()}" + (f" - {when.hm()} (GMT+7)" if when.has_time else "")

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        en = article.lang == "en"
        words = s["en"] if en else s
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        author = f'<div class="detail__author">{esc(byline)}</div>' if byline else ""
        lead = f'<h2 class="detail__sapo">{esc(article.lead)}</h2>' if article.lead else ""
        related = self.related(article)
        box = "".join(f'<li><a href="{self.up(self.article_path(a))}">{esc(a.title)}</a></li>' for a in related[:3])
        box = (
            f'<div class="box-related"><h3 class="box-related__title">{esc(words["related"])}</h3><ul>{box}</ul></div>'
            if box
            else ""
        )
        shot = photo(article, default=not en)
        blocks = [f"<p>{esc(p)}</p>" for p in article.paragraphs]
        if shot:
            blocks.insert(
                shot.after + 1,
                f'<figure class="image"><img src="/uploads/{self.when[article.id].at.year}/{self.numeric_id(article)}-1.jpg" alt=""/><figcaption>{esc(shot.caption)} <em>{esc(shot.credit)}</em></figcaption></figure>',
            )
        blocks.insert(min(len(blocks), 3), box)
        signature = (
            f'<p class="detail__signature" style="text-align:right"><strong>{esc(article.author)}</strong></p>'
            if article.author_style == "signature" and article.author
            else ""
        )
        tags = "".join(f'<a href="{self.tag_path(t)}">{esc(t)}</a>' for t in tags_of(article))
        link = self.article_path(article)
        more = "".join(
            f'<li><a href="{esc(self.up(self.article_path(a)))}?utm_source=web&amp;utm_medium=related">{esc(a.title)}</a> <span class="time">{self.when[a.id].dmy()}</span></li>'
            for a in related[3:]
        )
        stars = "".join(
            f'<button type="button" class="star" title="{esc(level)}" data-value="{i + 1}">&#9733;</button>'
            for i, level in enumerate(s["rating_levels"])
        )
        return f"""<nav class="breadcrumbs"><a href="/">{esc(words["home"])}</a> / <a href="{self.up(self.category_path(category))}">{esc(category.name)}</a></nav>
<article class="detail">
<div class="detail__top"><a class="detail__cat" href="{self.up(self.category_path(category))}">{esc(category.name)}</a> <time class="detail__time" datetime="{self.when[article.id].machine()}">{self.display_date(article)}</time></div>
<h1 class="detail__title">{esc(article.title)}</h1>
{author}
{lead}
<div class="detail__content">
{chr(10).join(blocks)}
{signature}
</div>
{self.label(article)}
<div class="detail__tags"><span>Từ khóa:</span> {tags}</div>
<div class="detail__share"><span>{esc(words.get("share", s["share"]))}:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={quote(self.canonical_url(article), safe="")}%3Futm_source%3Dfacebook" target="_blank" rel="noopener">Facebook</a> <a href="https://zalo.me/share?url={quote(self.canonical_url(article), safe="")}" target="_blank" rel="noopener">Zalo</a> <a class="copy-link" href="{link}?utm_source=copylink&amp;utm_medium=share">Sao chép liên kết</a> <a href="{link}#comment">{esc(s["comment"])} (0)</a></div>
<div class="rating"><span class="rating__title">{esc(s["rating_title"])}:</span> {stars} <span class="rating__total">{esc(s["rating_total"])}</span> <span class="rating__hint">{esc(s["rating_click"])}</span></div>
<section class="comments" id="comment"><h3>{esc(s["comment"])} (0)</h3><form class="comment-form" action="/api/comments" method="post"><input type="hidden" name="postId" value="{self.numeric_id(article)}"/><textarea name="content" placeholder="{esc(s["comment_prompt"])}"></textarea><input name="name" placeholder="Họ và tên"/><input name="email" placeholder="Email"/><button type="submit">{esc(s["comment_send"])}</button></form></section>
</article>
<section class="more-news"><h3 class="more-news__title">{esc(s["same_category"])}</h3><ul>{more}</ul></section>"""
