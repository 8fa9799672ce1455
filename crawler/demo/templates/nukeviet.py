"""NukeViet 4 news module with the default theme (socongthuong.daklak.gov.vn and many Sở portals)."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.text import ascii_slug, esc


class NukeViet(Template):
    sitemap_path = "/sitemap.xml"
    feed_path = "/news/rss/"

    # ---- URL forms --------------------------------------------------------------------------
    def prefix(self, lang: str) -> str:
        return "/en/news" if lang == "en" else "/news"

    def alias(self, article: CorpusArticle) -> str:
        return f"{ascii_slug(article.title, limit=90)}-{self.numeric_id(article)}.html"

    def article_path(self, article: CorpusArticle) -> str:
        key = self.spec.category(article.category).key
        return f"{self.prefix(article.lang)}/{key}/{self.alias(article)}"

    def print_path(self, article: CorpusArticle) -> str:
        key = self.spec.category(article.category).key
        return f"{self.prefix(article.lang)}/print/{key}/{self.alias(article)}"

    def category_path(self, category: Category, page: int = 1) -> str:
        base = f"{self.prefix(category.lang)}/{category.key}/"
        return base + (f"page-{page}" if page > 1 else "")

    def tag_path(self, word: str) -> str:
        return f"/news/tag/{ascii_slug(word)}"

    def attachment_path(self, article: CorpusArticle, name: str) -> str:
        at = self.when[article.id].at
        return f"/uploads/news/{at.year}_{at.month:02d}/{name.lower()}"

    def tags(self, article: CorpusArticle) -> list[str]:
        text = f"{article.title} {article.body}".lower()
        return [w for w in self.s["tag_words"] if w in text][:4] if article.lang == "vi" else []

    def robots(self) -> str:
        disallow = [
            "/admin/",
            "/data/",
            "/includes/",
            "/install/",
            "/modules/",
            "/vendor/",
            "/news/sendmail/",
            "/news/savefile/",
            "/en/news/sendmail/",
            "/en/news/savefile/",
        ]
        lines = "".join(f"Disallow: {p}\n" for p in disallow)
        return f"User-agent: *\n{lines}\nSitemap: {self.url(self.sitemap_path)}\n"

    # ---- routes -----------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.page(self.spec.name, self.home_body())))
        self.add("/en/", self.html(self.page(self.spec.name, self.english_home(), lang="en")))
        latest_pages = self.chunks(self.latest(len(self.articles)))
        for number, items in enumerate(latest_pages[1:], start=2):
            self.add(
                f"/news/page-{number}",
                self.html(self.page(self.spec.name, self.listing_body(None, items, number, len(latest_pages)))),
            )
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                self.add(
                    self.category_path(category, number),
                    self.html(
                        self.page(
                            category.name, self.listing_body(category, items, number, len(pages)), lang=category.lang
                        )
                    ),
                )
        for article in self.articles:
            page = self.html(
                self.page(
                    article.title, self.article_body(article), lang=article.lang, canonical=self.canonical_url(article)
                )
            )
            self.add(self.article_path(article), page)
            if article.lang == "vi":
                self.add("/vi" + self.article_path(article), page)
            self.add(self.print_path(article), self.html(self.print_page(article)))
            name = self.attachment(article)
            if name:
                self.add(self.attachment_path(article, name), self.pdf(name, article))
        for word in s["tag_words"]:
            tagged = [a for a in self.listed() if word in self.tags(a)]
            if tagged:
                self.add(
                    self.tag_path(word), self.html(self.page(word, self.listing_body(None, tagged, 1, 1, heading=word)))
                )
        self.add("/robots.txt", self.text(self.robots()))
        self.add(
            self.sitemap_path,
            self.text(self.sitemap_index(["/sitemap-vi.news.xml", "/sitemap-en.news.xml"]), "application/xml"),
        )
        for lang in ("vi", "en"):
            members = [a for a in self.in_sitemap() if a.lang == lang]
            self.add(f"/sitemap-{lang}.news.xml", self.text(self.sitemap_xml(members), "application/xml"))
        self.add(self.feed_path, self.text(self.rss(self.spec.name, "/", self.in_feed()), "application/rss+xml"))
        for category in self.spec.categories:
            members = [a for a in self.in_feed() if a.category == category.slug]
            self.add(
                f"/news/rss/{category.key}/",
                self.text(self.rss(category.name, self.category_path(category), members), "application/rss+xml"),
            )
        self.add(
            "/admin/", self.html(self.page(s["admin"], f'<div class="panel-body"><p>{esc(s["login_page"])}</p></div>'))
        )
        self.add(
            "/lich-cong-tac/",
            self.html(
                self.page(
                    s["calendar"],
                    f"<h2>{esc(s['calendar'])}</h2><p>Tuần 11 (11/03/2020 - 17/03/2020): Giám đốc Sở làm việc tại cơ quan.</p>",
                )
            ),
        )

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, title: str, main: str, lang: str = "vi", canonical: str | None = None) -> str:
        s = self.s
        en = lang == "en"
        menu = "".join(
            f'<li><a title="{esc(c.name)}" href="{self.category_path(c)}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
            if (c.lang == "en") == en
        )
        canon = f'<link rel="canonical" href="{esc(canonical)}"/>' if canonical else ""
        home = s["en"]["home"] if en else s["home"]
        switch = (
            f'<a href="/" title="{esc(s["vietnamese"])}">{esc(s["vietnamese"])}</a>'
            if en
            else f'<a href="/en/" title="{esc(s["english"])}">{esc(s["english"])}</a>'
        )
        stats = "".join(
            f'<li><em class="fa fa-bolt fa-lg">&nbsp;</em>{esc(k)}<span class="pull-right">{v}</span></li>'
            for k, v in self.stats()
        )
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        return f"""<!DOCTYPE html>
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)} - {esc(self.spec.name)}</title>
<meta name="description" content="{esc(title)}"/>
<meta name="generator" content="NukeViet v4.5"/>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta property="og:site_name" content="{esc(self.spec.name)}"/>
{canon}
<link rel="alternate" href="{self.url(self.feed_path)}" title="{esc(s["latest_news"])}" type="application/rss+xml"/>
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css"/>
<link rel="StyleSheet" href="/themes/default/css/style.css"/>
<script>var nv_base_siteurl="/",nv_lang_data="{lang}",nv_name_variable="nv",nv_site_name="{esc(self.spec.name)}";</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/{lang}.js"></script>
<script src="/assets/js/global.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(self.spec.name)}" href="/"><img src="/uploads/logo.png" alt="{esc(self.spec.name)}"/></a>
<span class="site_name">{esc(self.spec.name)}</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><form action="/news/search/" method="get"><input type="text" name="q" placeholder="{esc(s["search_placeholder"])}"/></form></div>
<div class="language-switch">{switch}</div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav"><li><a title="{esc(home)}" href="{"/en/" if en else "/"}"><em class="fa fa-lg fa-home">&nbsp;</em> {esc(home)}</a></li>{menu}
<li><a href="/lich-cong-tac/">{esc(s["calendar"])}</a></li></ul>
</div></div></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">{main}</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-default"><div class="panel-heading">{esc(s["stats_title"])}</div><div class="panel-body"><ul class="counter list-none display-table">{stats}</ul></div></div>
<div class="panel panel-default"><div class="panel-body">{"".join(f'<a href="#" title="{esc(b)}"><img src="/uploads/banners/b{i}.jpg" alt="{esc(b)}" class="img-responsive"/></a>' for i, b in enumerate(s["banners"]))}</div></div>
</div>
</div></div></section>
</div>
<footer id="footer" class="footer-nav"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-16">
<div class="panel-body">{footer}</div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><ul class="company_info"><li><a href="/admin/" rel="nofollow">{esc(s["admin"])}</a></li><li><a href="{self.feed_path}">RSS</a></li></ul></div>
</div></div></div></footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
</body>
</html>"""

    def listing_date(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        return when.with_time(when.dmy(), "%I:%M:%S %p")

    def item(self, article: CorpusArticle, link: str | None = None) -> str:
        link = link or self.article_path(article)
        return f"""<div class="panel panel-default clearfix"><div class="panel-body">
<a href="{link}" title="{esc(article.title)}"><img alt="{esc(article.title)}" src="/assets/news/thumb_{self.numeric_id(article)}.jpg" width="100" class="img-thumbnail pull-left imghome"/></a>
<h3><a href="{link}" title="{esc(article.title)}">{esc(article.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {self.listing_date(article)}</li><li><em class="fa fa-eye">&nbsp;</em> {esc(self.s["seen"])}: {self.views(article)}</li></ul></div>
<p class="text-justify">{esc(self.teaser(article))}</p>
</div></div>"""

    def home_body(self) -> str:
        s = self.s
        featured = "".join(
            f'<li class="clearfix"><a href="/vi{self.article_path(a)}" title="{esc(a.title)}"><img src="/assets/news/thumb_{self.numeric_id(a)}.jpg" alt=""/></a>'
            f'<a href="/vi{self.article_path(a)}" title="{esc(a.title)}">{esc(a.title)}</a></li>'
            for a in self.featured()
        )
        latest_pages = self.chunks(self.latest(len(self.articles)))
        latest = "".join(self.item(a) for a in latest_pages[0])
        more = self.pager(None, 1, len(latest_pages))
        cats = "".join(
            f'<div class="news_column panel panel-default"><div class="panel-heading"><h2><a href="{self.category_path(c)}">{esc(c.name)}</a></h2></div>'
            f'<div class="panel-body"><ul class="related">{self.title_links(self.listing(c.slug)[:3])}</ul>'
            f'<a class="pull-right" href="{self.category_path(c)}">{esc(s["read_more"])}</a></div></div>'
            for c in self.spec.categories
            if c.lang == "vi"
        )
        return (
            f'<div class="panel panel-default"><div class="panel-heading">{esc(s["featured"])}</div><div class="panel-body"><ul class="block_newscenter">{featured}</ul></div></div>'
            f'<div class="news_column"><h2 class="panel-heading">{esc(s["latest_news"])}</h2>{latest}</div>{more}{cats}'
        )

    def english_home(self) -> str:
        items = "".join(self.item(a) for a in self.latest(6, lang="en"))
        return f'<div class="news_column"><h2>News</h2>{items}</div>'

    def pager(self, category: Category | None, page: int, pages: int) -> str:
        if pages < 2:
            return ""
        link = (
            (lambda n: self.category_path(category, n))
            if category
            else (lambda n: "/" if n == 1 else f"/news/page-{n}")
        )
        items = []
        if page > 1:
            items.append(f'<li class="page-item"><a class="page-link" href="{link(page - 1)}">&laquo;</a></li>')
        for n in range(1, pages + 1):
            active = " active" if n == page else ""
            href = "#" if n == page else link(n)
            items.append(f'<li class="page-item{active}"><a class="page-link" href="{href}">{n}</a></li>')
        if page < pages:
            items.append(f'<li class="page-item"><a class="page-link" href="{link(page + 1)}">&raquo;</a></li>')
        return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'

    def listing_body(
        self, category: Category | None, items: list[CorpusArticle], page: int, pages: int, heading: str | None = None
    ) -> str:
        title = heading or (category.name if category else self.s["latest_news"])
        crumb = (
            f'<ul class="breadcrumbs list-none"><li><a href="/"><span>{esc(self.s["home"])}</span></a></li>'
            f"<li><span>{esc(title)}</span></li></ul>"
        )
        return f'{crumb}<div class="news_column"><h1>{esc(title)}</h1>{"".join(self.item(a) for a in items)}</div>{self.pager(category, page, pages)}'

    def related_list(self, heading: str, articles: list[CorpusArticle]) -> str:
        if not articles:
            return ""
        rows = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(a.title)}</a> <em>({self.when[a.id].dmy()})</em></li>'
            for a in articles
        )
        return f'<p class="h3"><strong>{esc(heading)}</strong></p><div class="clearfix"><ul class="related list-items">{rows}</ul></div>'

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        en = article.lang == "en"
        when = self.when[article.id]
        category = self.spec.category(article.category)
        weekday = when.at.strftime("%A") if en else self.weekday(article)
        byline = self.byline_author(article)
        poster = (
            f'<span class="h5"><em class="fa fa-user">&nbsp;</em>Người đăng: {esc(byline)}</span>' if byline else ""
        )
        hometext = (
            f'<div class="clearfix"><div class="hometext m-bottom" itemprop="description">{esc(article.lead)}</div></div>'
            if article.lead
            else ""
        )
        label = ""
        if article.author_style == "label" and article.author:
            label = f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>{esc(s["en"]["author_label"] if en else s["author_label"])} </strong>{esc(article.author)}</p></div>'
        name = self.attachment(article)
        files = (
            (
                f'<div class="news_column panel panel-default"><div class="panel-heading"><em class="fa fa-download">&nbsp;</em><strong>{esc(s["attachment"])}</strong></div>'
                f'<div class="panel-body"><a href="{self.attachment_path(article, name)}" title="{esc(name)}">{esc(name)}</a></div></div>'
            )
            if name
            else ""
        )
        tags = "".join(
            f'<a title="{esc(w)}" href="{self.tag_path(w)}"><em>{esc(w)}</em></a>, ' for w in self.tags(article)
        )
        tags = (
            f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>{esc(s["tags"])}: </strong>{tags.rstrip(", ")}</div></div></div>'
            if tags
            else ""
        )
        newer, older = self.neighbours(article)
        return f"""<ul class="breadcrumbs list-none"><li><a href="{"/en/" if en else "/"}"><span>{esc(s["en"]["home"] if en else s["home"])}</span></a></li><li><a href="{self.category_path(category)}"><span>{esc(category.name)}</span></a></li></ul>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(article.title)}</h1>
<div class="hidden hide d-none" itemprop="publisher" itemtype="https://schema.org/Organization" itemscope><span itemprop="name">{esc(self.spec.name)}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{when.machine()}</span>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{esc(weekday)} - {when.with_time(when.dmy())}</span> {poster}</div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="{esc(s["email"])}" href="{self.prefix(article.lang)}/sendmail/{category.key}/{self.alias(article)}"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="{esc(s["print_short"])}" href="{self.print_path(article)}"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="{esc(s["save"])}" href="{self.prefix(article.lang)}/savefile/{category.key}/{self.alias(article)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
{hometext}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{self.paragraphs(article, lead=False)}
{self.signature(article)}
</div>
{label}
</div>
</div>
{files}{tags}
<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">{esc(s["rating_total"])}</p>
<span itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="ratingValue">0</span></span>
<div style="padding: 5px;">{"".join(f'<input class="hover-star" type="radio" value="{i + 1}" title="{esc(t)}"/>' for i, t in enumerate(s["rating_levels"]))}
<span id="hover-test" style="margin: 0 0 0 20px;">{esc(s["rating_click"])}</span></div></div></form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><h3>{esc(s["comment"])}</h3><p>{esc(s["comment_prompt"])}</p><textarea class="form-control" name="content"></textarea></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
{self.related_list(s["newer"], newer)}
{self.related_list(s["older"], older)}
</div></div>"""

    def print_page(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        return f"""<!DOCTYPE html>
<html lang="{article.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>{esc(article.title)}</title>
<meta name="robots" content="noindex, nofollow"/>
<link rel="canonical" href="{esc(self.canonical_url(article))}"/>
<link rel="StyleSheet" href="/themes/default/css/printpage.css"/></head>
<body><div id="print"><div id="hd_print"><h2 class="pull-left">{esc(self.spec.name)}</h2><p class="pull-right"><a title="{esc(self.spec.name)}" href="/">{esc(self.url("/"))}</a></p></div>
<div class="clear"></div><hr/>
<div id="content"><h1>{esc(article.title)}</h1>
<ul class="list-inline"><li>{esc(self.weekday(article))} - {when.with_time(when.dmy())}</li></ul>
<div class="clear"></div>
<div id="hometext">{esc(article.lead)}</div>
<div id="bodytext" class="clearfix">{self.paragraphs(article, lead=False)}</div>
{self.label(article)}
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{esc(self.canonical_url(article))}" title="{esc(article.title)}">{esc(self.canonical_url(article))}</a></div>
<div class="clear"></div><div class="copyright">&copy; {esc(self.spec.name)}</div>
<div id="contact"><a href="mailto:sldtbxh@daklak.gov.vn">sldtbxh@daklak.gov.vn</a></div></div>
</div></body></html>"""
