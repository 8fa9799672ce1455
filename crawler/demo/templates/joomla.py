"""A Joomla 3 site of a provincial women's union: SEF URLs without rewrite, vendor modules writing raw URLs.

Written as a holdout: what a Vietnamese Joomla 3 site shows, not what the extractor handles. The same article
answers under its SEF path, two non-SEF query forms and a print view, and no page names a canonical URL.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
from datetime import timedelta

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import photo
from govnews.crawler.demo.text import ascii_slug, esc

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
HOME_ITEMID = 101
TEMPLATE_NAME = "hoiphunu_t3"
STATIC = ("gioi-thieu", "van-ban", "lien-he")


class Joomla(Template):
    feed_path = "/index.php?format=feed&type=rss"

    # ---- URLs -------------------------------------------------------------------------------
    def alias(self, article: CorpusArticle) -> str:
        return ascii_slug(article.title, limit=100)

    def menu_alias(self, category: Category) -> str:
        return ascii_slug(category.name)

    def itemid(self, category: Category) -> int:
        return 102 + [c.slug for c in self.spec.categories].index(category.slug)

    def article_path(self, article: CorpusArticle) -> str:
        """The SEF path JRoute writes (category blogs, category modules, prev/next)."""
        category = self.spec.category(article.category)
        return f"/index.php/{self.menu_alias(category)}/{self.numeric_id(article)}-{self.alias(article)}"

    def raw_full(self, article: CorpusArticle) -> str:
        """What vendor modules write without JRoute: the non-SEF form with slug, catid and Itemid."""
        category = self.spec.category(article.category)
        return (
            f"/index.php?option=com_content&view=article&id={self.numeric_id(article)}:{self.alias(article)}"
            f"&catid={category.key}&Itemid={self.itemid(category)}"
        )

    def raw_short(self, article: CorpusArticle) -> str:
        """The 'Tin mới' module's form: bare id, the home menu item, no catid."""
        return f"/index.php?option=com_content&view=article&id={self.numeric_id(article)}&Itemid={HOME_ITEMID}"

    def print_path(self, article: CorpusArticle) -> str:
        return self.article_path(article) + "?tmpl=component&print=1&page="

    def mailto_path(self, article: CorpusArticle) -> str:
        digest = hashlib.sha1(self.canonical_url(article).encode("utf-8")).hexdigest()
        return f"/index.php?option=com_mailto&tmpl=component&template={TEMPLATE_NAME}&link={digest}"

    def category_path(self, category: Category, start: int | None = None, key: str = "start") -> str:
        path = f"/index.php/{self.menu_alias(category)}"
        return path if start is None else f"{path}?{key}={start}"

    def robots(self) -> str:
        lines = [
            "administrator",
            "bin",
            "cache",
            "cli",
            "components",
            "includes",
            "installation",
            "language",
            "layouts",
            "libraries",
            "logs",
            "modules",
            "plugins",
            "tmp",
        ]
        return "User-agent: *\n" + "".join(f"Disallow: /{name}/\n" for name in lines)

    def html(self, text: str, status: int = 200) -> Response:
        """Pages come from the nginx page cache, which sends no charset: only Joomla's meta tag names it."""
        response = super().html(text, status)
        response.content_type = "text/html"
        return response

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        home = self.html(self.page(s["home"], self.home_body(), "/"))
        self.add("/", home)
        self.add("/index.php", home)
        for category in self.spec.categories:
            items = self.listing(category.slug)
            self.add(
                self.category_path(category),
                self.html(
                    self.page(category.name, self.blog(category, items, 0), self.category_path(category), category)
                ),
            )
            self.add(
                self.category_path(category) + "?format=feed&type=rss",
                self.text(
                    self.rss(
                        category.name,
                        self.category_path(category),
                        [a for a in items if self.access(a) != "sitemap_only"],
                    ),
                    "application/rss+xml",
                ),
            )
        for article in self.articles:
            for path in (self.article_path(article), self.raw_full(article), self.raw_short(article)):
                self.add(path, self.html(self.page(article.title, self.article_body(article), path)))
            self.add(self.print_path(article), self.html(self.print_page(article)))
            self.add(self.mailto_path(article), self.html(self.mailto_page(article)))
        for name in STATIC:
            self.add(
                f"/index.php/{name}",
                self.html(self.page(self.static_title(name), self.static_body(name), f"/index.php/{name}")),
            )
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.feed_path, self.text(self.rss(self.spec.name, "/", self.in_feed()), "application/rss+xml"))
        self.add(
            "/administrator/",
            self.html(
                f'<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><title>{esc(self.spec.name)} - Quản trị</title></head><body class="site com_login view-login"><form action="/administrator/index.php" method="post"><fieldset class="loginform"><input name="username" placeholder="Tên đăng nhập" /><input name="passwd" type="password" placeholder="Mật khẩu" /><button>{esc(s["login"])}</button></fieldset></form></body></html>'
            ),
        )

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """Category blogs take any ?start= / ?limitstart=: past the last page Joomla shows the last page again.
        An article path with ?tmpl=component (any other parameters) is the article in the bare component template."""
        values = dict(params)
        article = next((a for a in self.articles if path == self.article_path(a)), None)
        if article is not None and values.get("tmpl") == "component":
            return self.html(self.print_page(article, printing=values.get("print") == "1"))
        category = next((c for c in self.spec.categories if path == self.category_path(c)), None)
        if category is None:
            return None
        if values.get("format") == "feed":
            items = [a for a in self.listing(category.slug) if self.access(a) != "sitemap_only"]
            return self.text(self.rss(category.name, path, items), "application/rss+xml")
        raw = values.get("start", values.get("limitstart", "0"))
        start = int(raw) if raw.isdigit() else 0
        items = self.listing(category.slug)
        size = self.page_size
        last = max(0, (len(items) - 1) // size * size)
        if start > last:
            start = last
        return self.html(
            self.page(category.name, self.blog(category, items, start), path + f"?start={start}", category)
        )

    # ---- chrome -----------------------------------------------------------------------------
    def static_title(self, name: str) -> str:
        return {"gioi-thieu": "Giới thiệu", "van-ban": "Văn bản", "lien-he": "Liên hệ"}[name]

    def static_body(self, name: str) -> str:
        if name == "lien-he":
            return f'<div class="contact"><h2>{esc(self.spec.owner)}</h2><p>{esc(self.spec.address)}</p><p>{esc(self.s["footer_phone"])}</p><form action="/index.php/lien-he" method="post"><input name="jform[contact_name]" placeholder="Họ tên" /><textarea name="jform[contact_message]"></textarea><button>Gửi</button></form></div>'
        return f'<div class="item-page"><div class="page-header"><h2>{esc(self.static_title(name))}</h2></div><p>{esc(self.spec.owner)} - {esc(self.spec.address)}</p></div>'

    def date_text(self, article: CorpusArticle, shift_days: int = 0) -> str:
        """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: 'Thứ Hai, 14 Tháng 7 2025 08:30'."""
        when = self.when[article.id]
        at = when.at + timedelta(days=shift_days, hours=2 * shift_days)
        text = f"{WEEKDAYS[at.weekday()]}, {at.day:02d} Tháng {at.month} {at.year}"
        return text + (f" {at.strftime('%H:%M')}" if when.has_time else "")

    def page(self, title: str, main: str, base_path: str, category: Category | None = None) -> str:
        s = self.s
        menu = "".join(
            f'<li class="item-{self.itemid(c)}"><a href="{self.category_path(c)}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(self.raw_short(a))}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.latest(6)
        )
        stats = "".join(f'<tr><td>{esc(k)}</td><td align="right">{v}</td></tr>' for k, v in self.stats())
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        feed = ""
        if category is not None:
            feed = (
                f'<link href="{self.category_path(category)}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
                f'<link href="{self.category_path(category)}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />'
            )
        elif base_path == "/":
            feed = '<link href="/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="{esc(self.url(base_path))}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="hội liên hiệp phụ nữ, bình đẳng giới, phụ nữ, {esc(self.spec.province or "")}" />
<meta name="description" content="{esc(self.spec.name)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{feed}
<link href="/templates/{TEMPLATE_NAME}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?5a1c2b" rel="stylesheet" />
<link href="/templates/{TEMPLATE_NAME}/css/template.css?5a1c2b" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5a1c2b"></script>
<script src="/media/system/js/caption.js?5a1c2b"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{HOME_ITEMID}">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/banner/banner-hoi.png" alt="{esc(self.spec.name)}" /></a>
<div class="header-search pull-right"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword">{esc(s["search"])}</label><input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="{esc(s["search_placeholder"])}" /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="{HOME_ITEMID}" /></form></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="icon-bar"></span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list"><li class="item-{HOME_ITEMID} default"><a href="/index.php">{esc(s["home"])}</a></li><li class="item-120"><a href="/index.php/gioi-thieu">Giới thiệu</a></li>{menu}<li class="item-121"><a href="/index.php/van-ban">Văn bản</a></li><li class="item-122"><a href="/index.php/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">{esc(s["latest_news"])}</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="well "><h3 class="page-header">{esc(s["links_title"])}</h3><div class="custom"><p>{"<br />".join(esc(x) for x in s["links"])}</p></div></div>
<div class="well "><h3 class="page-header">{esc(s["stats_title"])}</h3><table class="vvisit_counter">{stats}</table></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />{footer}<p class="pull-right"><a href="#top" id="back-top">{esc(s["top"])}</a> | <a href="/administrator/">{esc(s["admin"])}</a></p></div></footer>
</body>
</html>"""

    def home_body(self) -> str:
        s = self.s
        slides = "".join(
            f'<div class="item{" active" if i == 0 else ""}"><a href="{esc(self.raw_full(a))}"><img src="/images/slide/{self.numeric_id(a)}.jpg" alt="{esc(a.title)}" /></a><div class="carousel-caption"><h4><a href="{esc(self.raw_full(a))}">{esc(a.title)}</a></h4><p>{esc(self.teaser(a, 140))}</p></div></div>'
            for i, a in enumerate(self.featured(4))
        )
        blocks = "".join(
            f'<div class="moduletable cat-block"><h3><a href="{self.category_path(c)}">{esc(c.name)}</a></h3><ul class="category-module mod-list">'
            + "".join(
                f'<li><a class="mod-articles-category-title" href="{self.article_path(a)}">{esc(a.title)}</a> <span class="mod-articles-category-date">{self.when[a.id].dmy()}</span><p class="mod-articles-category-introtext">{esc(self.teaser(a, 160))}</p></li>'
                for a in self.listing(c.slug)[:3]
            )
            + "</ul></div>"
            for c in self.spec.categories
            if c.lang == "vi"
        )
        return f'<div class="moduletable featured-slider"><h3>{esc(s["featured"])}</h3><div id="myCarousel" class="carousel slide"><div class="carousel-inner">{slides}</div></div></div>{blocks}'

    def info_block(self, article: CorpusArticle, category: Category, full: bool) -> str:
        """The 'Chi tiết' block: author (the account's name unless an alias is set), category, dates, hits."""
        author = self.byline_author(article) or "Super User"
        modified = ""
        if full and article.number % 3 == 0:
            modified = f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> Cập nhật lần cuối vào {self.date_text(article, shift_days=2)}</dd>'
        return (
            f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(author)}</span></dd>'
            f'<dd class="category-name">Danh mục: <a href="{self.category_path(category)}" itemprop="genre">{esc(category.name)}</a></dd>'
            f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> Được đăng ngày {self.date_text(article)}</dd>'
            f'{modified}<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> Lượt xem: {self.views(article)}</dd></dl>'
        )

    def blog(self, category: Category, items: list[CorpusArticle], start: int) -> str:
        """A category blog page: leading/intro items, the 'items-more' links and J3 pagination."""
        size = self.page_size
        shown = items[start : start + size]
        more = items[start + size : start + size + 4]
        rows = []
        for i, a in enumerate(shown):
            cls = "leading-0" if i == 0 and start == 0 else f"item column-{i % 2 + 1}"
            rows.append(f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{self.article_path(a)}" itemprop="url">{esc(a.title)}</a></h2></div>
{self.info_block(a, self.spec.category(a.category), full=False)}
<div class="pull-left item-image"><a href="{self.article_path(a)}"><img src="/images/tin-tuc/{self.numeric_id(a)}/thumb.jpg" alt="" itemprop="thumbnailUrl" /></a></div>
<p>{esc(self.teaser(a, 260))}</p>
<p class="readmore"><a class="btn" href="{self.article_path(a)}" itemprop="url" aria-label="Đọc thêm: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {esc(a.title)}</a></p>
</div>""")
        links = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in more)
        links = f'<div class="items-more"><ol class="nav nav-tabs nav-stacked">{links}</ol></div>' if links else ""
        pages = max(1, -(-len(items) // size))
        current = start // size

        def link(n: int, label: str, cls: str = "") -> str:
            if n == current:
                return f'<li class="{cls} active"><span class="pagenav">{esc(label)}</span></li>'
            href = self.category_path(category, 0, "limitstart") if n == 0 else self.category_path(category, n * size)
            return f'<li class="{cls}"><a title="{esc(label)}" href="{href}" class="pagenav">{esc(label)}</a></li>'

        nav = ""
        if pages > 1:
            nav = (
                link(0, "Đầu", "pagination-start")
                + link(max(0, current - 1), "Trước", "pagination-prev")
                + "".join(link(n, str(n + 1)) for n in range(pages))
                + link(min(pages - 1, current + 1), "Tiếp", "pagination-next")
                + link(pages - 1, "Cuối", "pagination-end")
            )
            nav = f'<div class="pagination"><p class="counter pull-right">Trang {current + 1} của {pages}</p><ul>{nav}</ul></div>'
        return (
            f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{esc(category.name)}</h1></div>'
            f'<div class="items-leading clearfix">{"".join(rows)}</div>{links}{nav}</div>'
        )

    # ---- the article --------------------------------------------------------------------------
    def body_html(self, article: CorpusArticle) -> str:
        """Intro text (the lead, bold) and full text; a photo pasted as two centred paragraphs, the caption italic."""
        blocks = [f'<p style="text-align: justify;">{esc(p)}</p>' for p in article.paragraphs]
        shot = photo(article, default=article.number % 2 == 0)
        if shot:
            picture = (
                f'<p style="text-align: center;"><img src="/images/tin-tuc/{self.when[article.id].at.year}/{self.numeric_id(article)}-1.jpg" alt="" width="600" height="400" /></p>'
                f'<p style="text-align: center;"><em>{esc(shot.caption)} ({esc(shot.credit)})</em></p>'
            )
            blocks.insert(min(len(blocks), shot.after + 1), picture)
        lead = f'<p style="text-align: justify;"><strong>{esc(article.lead)}</strong></p>\n' if article.lead else ""
        return lead + "\n".join(blocks)

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        category = self.spec.category(article.category)
        signature = self.signature(article)
        label = self.label(article)
        pool = self.listing(article.category)
        i = pool.index(article) if article in pool else -1
        prev_link = (
            f'<li class="previous"><a class="hasTooltip" title="{esc(pool[i - 1].title)}" href="{self.article_path(pool[i - 1])}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
            if i > 0
            else ""
        )
        next_link = (
            f'<li class="next"><a class="hasTooltip" title="{esc(pool[i + 1].title)}" href="{self.article_path(pool[i + 1])}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            if 0 <= i < len(pool) - 1
            else ""
        )
        others = "".join(
            f'<li><a href="{esc(self.raw_full(a))}">{esc(a.title)}</a> <span class="small">({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(article.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-label="Công cụ người dùng"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu"><li class="print-icon"><a href="{esc(self.print_path(article))}" title="In bài viết &lt; {esc(article.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
<li class="email-icon"><a href="{esc(self.mailto_path(article))}" title="Gửi liên kết này tới bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div></div>
{self.info_block(article, category, full=True)}
<div itemprop="articleBody">
{self.body_html(article)}
{signature}
</div>
{label}
<ul class="pager pagenav">{prev_link}{next_link}</ul>
</div>
<div class="moduletable other-news"><h3>{esc(s["other_news_long"])}</h3><ul class="relateditems mod-list">{others}</ul></div>"""

    def print_page(self, article: CorpusArticle, printing: bool = True) -> str:
        """The component-template view; with print=1 Joomla adds robots noindex and the print button."""
        category = self.spec.category(article.category)
        robots = '<meta name="robots" content="noindex, nofollow" />' if printing else ""
        button = (
            '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>'
            if printing
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><base href="{esc(self.url(self.print_path(article)))}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />{robots}
<title>{esc(article.title)}</title><link href="/templates/{TEMPLATE_NAME}/css/template.css" rel="stylesheet" /></head>
<body class="contentpane modal"><div id="system-message-container"></div>
<div class="item-page"><div class="page-header"><h2>{esc(article.title)}</h2></div>
{button}
{self.info_block(article, category, full=False)}
<div itemprop="articleBody">
{self.body_html(article)}
{self.signature(article)}
</div>{self.label(article)}</div>
</body></html>"""

    def mailto_page(self, article: CorpusArticle) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="robots" content="noindex, nofollow" /><title>{esc(self.spec.name)}</title></head>
<body class="contentpane modal"><div id="mailto-window"><h2>Gửi liên kết này tới bạn bè.</h2><div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/index.php" id="mailtoForm" method="post"><div class="control-group"><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" /></div>
<div class="control-group"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" /></div>
<div class="control-group"><label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" /></div>
<div class="control-group"><label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" value="{esc(article.title)}" /></div>
<p><button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy bỏ</button></p>
<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /><input type="hidden" name="tmpl" value="component" /></form></div></body></html>"""
