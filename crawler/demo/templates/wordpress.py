"""WordPress 6 with a news theme (Hội LHPN, schools and commune sites)."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from collections.abc import Callable
from functools import partial

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.text import ascii_slug, esc


class WordPress(Template):
    sitemap_path = "/wp-sitemap.xml"
    feed_path = "/feed/"

    def article_path(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        return f"/{at.year}/{at.month:02d}/{at.day:02d}/{ascii_slug(article.title, limit=80)}/"

    def category_path(self, key: str, page: int = 1) -> str:
        return f"/category/{key}/" + (f"page/{page}/" if page > 1 else "")

    def month_path(self, year: int, month: int, page: int = 1) -> str:
        return f"/{year}/{month:02d}/" + (f"page/{page}/" if page > 1 else "")

    def author_path(self, author: str, page: int = 1) -> str:
        return f"/author/{ascii_slug(author)}/" + (f"page/{page}/" if page > 1 else "")

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {self.url(self.sitemap_path)}\n"

    def months(self) -> list[tuple[int, int]]:
        return sorted({(self.when[a.id].at.year, self.when[a.id].at.month) for a in self.listed()}, reverse=True)

    def build(self) -> None:
        s = self.s
        self.paginate(self.listed(), lambda n: "/" if n == 1 else f"/page/{n}/", self.spec.name, home=True)
        for category in self.spec.categories:
            self.paginate(
                self.listing(category.slug), partial(self.category_path, category.key), f"Chuyên mục: {category.name}"
            )
        for year, month in self.months():
            members = [a for a in self.listed() if (self.when[a.id].at.year, self.when[a.id].at.month) == (year, month)]
            self.paginate(members, partial(self.month_path, year, month), f"{s['months_wp'][month - 1]} {year}")
        for author in sorted({name for a in self.listed() if (name := self.byline_author(a))}):
            members = [a for a in self.listed() if self.byline_author(a) == author]
            self.paginate(members, partial(self.author_path, author), f"Tác giả: {author}")
        for article in self.articles:
            self.add(
                self.article_path(article), self.html(self.page(article.title, self.article_body(article), article))
            )
            self.add(f"/?p={self.numeric_id(article)}", self.redirect(self.article_path(article)))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.feed_path, self.text(self.rss(self.spec.name, "/", self.in_feed()), "application/rss+xml"))
        self.add(
            self.sitemap_path,
            self.text(
                self.sitemap_index(["/wp-sitemap-posts-post-1.xml", "/wp-sitemap-taxonomies-category-1.xml"]),
                "application/xml",
            ),
        )
        self.add("/wp-sitemap-posts-post-1.xml", self.text(self.sitemap_xml(self.in_sitemap()), "application/xml"))
        self.add(
            "/wp-sitemap-taxonomies-category-1.xml",
            self.text(
                self.sitemap_xml([], [self.category_path(c.key) for c in self.spec.categories]), "application/xml"
            ),
        )
        login = f'<div class="entry-content"><p>{esc(s["login_page"])}</p></div>'
        self.add("/wp-admin/", self.html(self.page(s["login"], login)))
        self.add("/wp-login.php", self.html(self.page(s["login"], login)))
        self.add(
            "/lich-cong-tac/",
            self.html(
                self.page(
                    s["calendar"],
                    f'<article class="page type-page"><h1 class="entry-title">{esc(s["calendar"])}</h1><div class="entry-content"><p>Thứ hai: Thường trực Hội họp giao ban.</p></div></article>',
                )
            ),
        )

    def paginate(
        self, items: list[CorpusArticle], link: Callable[[int], str], heading: str, home: bool = False
    ) -> None:
        pages = self.chunks(items)
        for number, chunk in enumerate(pages, start=1):
            body = self.listing_body(heading, chunk, number, len(pages), link, featured=home and number == 1)
            self.add(link(number), self.html(self.page(heading, body)))

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, title: str, main: str, article: CorpusArticle | None = None) -> str:
        s = self.s
        head = ""
        if article is not None:
            when = self.when[article.id]
            head = f"""<link rel="canonical" href="{esc(self.canonical_url(article))}" />
<link rel='shortlink' href='{esc(self.url(f"/?p={self.numeric_id(article)}"))}' />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(article.title)}" />
<meta property="og:url" content="{esc(self.canonical_url(article))}" />
<meta property="article:published_time" content="{when.machine()}" />"""
        nav = "".join(
            f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="{self.category_path(c.key)}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        recent = self.title_links(self.latest(5))
        archives = "".join(
            f'<li><a href="{self.month_path(y, m)}">{esc(s["months_wp"][m - 1])} {y}</a></li>' for y, m in self.months()
        )
        cats = "".join(
            f'<li class="cat-item"><a href="{self.category_path(c.key)}">{esc(c.name)}</a> ({len(self.listing(c.slug))})</li>'
            for c in self.spec.categories
        )
        stats = "".join(f"<li>{esc(k)}: <strong>{v}</strong></li>" for k, v in self.stats())
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {esc(self.spec.name)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{esc(self.spec.name)} &raquo; Dòng thông tin" href="{self.url(self.feed_path)}" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='/wp-content/themes/newsup/style.css?ver=6.4.3' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{self.url("/wp-json/")}" />
<meta name="generator" content="WordPress 6.4.3" />
{head}
</head>
<body class="{"post-template-default single single-post" if article else "home blog"} wp-embed-responsive">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(self.spec.name)}</a></p><p class="site-description">Vì sự tiến bộ của phụ nữ và bình đẳng giới</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">{esc(s["home"])}</a></li>{nav}<li class="menu-item"><a href="/lich-cong-tac/">{esc(s["calendar"])}</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
{main}
</main>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">{esc(s["search"])}:</span><input type="search" class="search-field" placeholder="{esc(s["search"])} &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="{esc(s["search"])}" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{archives}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{cats}</ul></section>
<section id="custom_html-3" class="widget widget_custom_html"><h2 class="widget-title">{esc(s["stats_title"])}</h2><ul class="stats">{stats}</ul></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul><li><a href="/wp-admin/">Quản trị trang</a></li><li><a href="/wp-login.php">{esc(s["login"])}</a></li><li><a href="{self.feed_path}">RSS bài viết</a></li><li><a href="https://vi.wordpress.org/">WordPress.org</a></li></ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">{footer}<p>Vận hành bởi WordPress</p></div></footer>
</div>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>"""

    def display_date(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        return f"{self.s['months_wp'][at.month - 1]} {at.day}, {at.year}"

    def time_tag(self, article: CorpusArticle) -> str:
        return f'<time class="entry-date published" datetime="{self.when[article.id].machine()}">{self.display_date(article)}</time>'

    def listing_body(
        self,
        heading: str,
        items: list[CorpusArticle],
        page: int,
        pages: int,
        link: Callable[[int], str],
        featured: bool = False,
    ) -> str:
        s = self.s
        top = ""
        if featured:
            slides = "".join(
                f'<div class="mg-blog-post-box"><a href="{self.article_path(a)}"><img src="/wp-content/uploads/slide-{a.number}.jpg" alt=""/></a><h4 class="title"><a href="{self.article_path(a)}">{esc(a.title)}</a></h4></div>'
                for a in self.featured()
            )
            top = f'<div class="featured-slider"><h2 class="widget-title">{esc(s["featured"])}</h2>{slides}</div>'
        posts = "".join(
            f"""<article id="post-{self.numeric_id(a)}" class="post-{self.numeric_id(a)} post type-post status-publish format-standard hentry category-{self.spec.category(a.category).key}">
<header class="entry-header"><h2 class="entry-title"><a href="{self.article_path(a)}" rel="bookmark">{esc(a.title)}</a></h2>
<div class="entry-meta"><span class="posted-on"><a href="{self.article_path(a)}" rel="bookmark">{self.time_tag(a)}</a></span></div></header>
<div class="entry-summary"><p>{esc(self.teaser(a))} <a class="more-link" href="{self.article_path(a)}">Đọc tiếp</a></p></div></article>"""
            for a in items
        )
        numbers = "".join(
            f'<span aria-current="page" class="page-numbers current">{n}</span>'
            if n == page
            else f'<a class="page-numbers" href="{link(n)}">{n}</a>'
            for n in range(1, pages + 1)
        )
        if page > 1:
            numbers = f'<a class="prev page-numbers" href="{link(page - 1)}">&laquo; Trang trước</a>' + numbers
        if page < pages:
            numbers += f'<a class="next page-numbers" href="{link(page + 1)}">{esc(s["next_page"])} &raquo;</a>'
        nav = (
            f'<nav class="navigation pagination" aria-label="Phân trang bài viết"><div class="nav-links">{numbers}</div></nav>'
            if pages > 1
            else ""
        )
        title = "" if featured else f'<header class="page-header"><h1 class="page-title">{esc(heading)}</h1></header>'
        return f"{top}{title}{posts}{nav}"

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        author = (
            f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="{self.author_path(byline)}">{esc(byline)}</a></span></span>'
            if byline
            else ""
        )
        lead = f'<p class="has-medium-font-size"><strong>{esc(article.lead)}</strong></p>' if article.lead else ""
        body = self.paragraphs(article, lead=False)
        image = f'<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/{self.when[article.id].at.year}/anh-{article.number}.jpg" alt=""/><figcaption class="wp-element-caption">Ảnh minh họa</figcaption></figure>'
        related = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        newer, older = self.neighbours(article)
        prev_link = (
            f'<div class="nav-previous"><a href="{self.article_path(older[0])}" rel="prev"><span class="meta-nav">Bài trước</span> {esc(older[0].title)}</a></div>'
            if older
            else ""
        )
        next_link = (
            f'<div class="nav-next"><a href="{self.article_path(newer[-1])}" rel="next"><span class="meta-nav">Bài tiếp theo</span> {esc(newer[-1].title)}</a></div>'
            if newer
            else ""
        )
        return f"""<nav class="breadcrumbs"><a href="/">{esc(s["home"])}</a> &raquo; <a href="{self.category_path(category.key)}">{esc(category.name)}</a> &raquo; <span>{esc(article.title)}</span></nav>
<article id="post-{self.numeric_id(article)}" class="post-{self.numeric_id(article)} post type-post status-publish format-standard has-post-thumbnail hentry category-{category.key}">
<header class="entry-header"><span class="cat-links"><a href="{self.category_path(category.key)}" rel="category tag">{esc(category.name)}</a></span>
<h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><span class="posted-on">Đăng vào <a href="{self.article_path(article)}" rel="bookmark">{self.time_tag(article)}</a></span>{author} <span class="post-views">{esc(s["views"])}: {self.views(article)}</span></div></header>
<div class="entry-content">
{lead}
{image}
{body}
{self.signature(article)}
</div>
{self.label(article)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{esc(s["share"])}:</h3><ul><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-email"><a href="#">{esc(s["email"])}</a></li><li class="share-print"><a href="#" onclick="window.print()">{esc(s["print"])}</a></li></ul></div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="{self.category_path(category.key)}" rel="category tag">{esc(category.name)}</a></span></footer>
</article>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{esc(s["related"])}</h3><ul>{related}</ul></div>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links">{prev_link}{next_link}</div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">{esc(s["comment_prompt"])}</p><p class="comment-form-comment"><label for="comment">{esc(s["comment"])}</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" value="{self.numeric_id(article)}" id="comment_post_ID" /></p></form></div></div>"""
