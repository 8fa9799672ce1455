"""SharePoint 2013 with the Tân Dân 'tandan-*' theme (dienbien.gov.vn, soldtbxh.hungyen.gov.vn)."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.text import ascii_slug, esc, stable_token

LOGIN = "/_layouts/15/Authenticate.aspx?Source=%2Fportal%2FPages%2FDefault.aspx"


class SharePoint(Template):
    sitemap_path = "/sitemap.xml"

    def article_path(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        slug = ascii_slug(article.title, keep_case=True, limit=50)
        return f"/portal/Pages/{at.year}-{at.month}-{at.day}/{slug}{stable_token(article.id)}.aspx"

    def category_path(self, category: Category, page: int = 1) -> str:
        return f"/portal/Pages/{category.key}.aspx" + (f"?PageIndex={page}" if page > 1 else "")

    def attachment_path(self, article: CorpusArticle, name: str) -> str:
        at = self.when[article.id].at
        return f"/portal/VanBan/{at.year}-{at.month:02d}/{name}"

    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\n"
            f"Disallow: /portal/Pages/Forms/\n\nSitemap: {self.url(self.sitemap_path)}\n"
        )

    def build(self) -> None:
        self.add("/", self.html(self.page(self.s["home"], self.home_body())))
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, self.listing_body(category, items, number, len(pages)))),
                )
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.page(article.title, self.article_body(article))))
            name = self.attachment(article)
            if name:
                self.add(self.attachment_path(article, name), self.pdf(name, article))
        self.add("/robots.txt", self.text(self.robots()))
        extra = [self.category_path(c) for c in self.spec.categories]
        self.add(self.sitemap_path, self.text(self.sitemap_xml(self.in_sitemap(), extra), "application/xml"))
        self.add(LOGIN, self.html(self.page(self.s["login"], f"<p>{esc(self.s['login_page'])}</p>")))
        calendar = f"<h1>{esc(self.s['calendar'])}</h1><p>Thứ hai: Chủ tịch UBND tỉnh họp giao ban.</p>"
        self.add("/portal/Pages/Lich-cong-tac.aspx", self.html(self.page(self.s["calendar"], calendar)))

    # ---- page chrome ------------------------------------------------------------------------
    def page(self, title: str, main: str) -> str:
        s = self.s
        menu = "".join(
            f'<li class="tandan-menu-item"><a href="{self.category_path(c)}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10"/>
<meta name="GENERATOR" content="Microsoft SharePoint"/>
<meta http-equiv="Content-type" content="text/html; charset=utf-8"/>
<title>{esc(title)} - {esc(self.spec.name.upper())}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan-portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=1"></script>
</head>
<body>
<form method="post" action="./Default.aspx" id="aspnetForm">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x5D1A0C1B8E,27 Mar 2023 01:15:09 -0000"/>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIDD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0"/>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header">
  <div class="tandan-top-bar"><span class="tandan-date-now">{esc(s["weekdays"][0])}, 27/03/2023</span>
  <a href="{LOGIN}" class="tandan-login">{esc(s["login"])}</a></div>
  <div class="tandan-banner"><a href="/"><img src="/PublishingImages/banner-top.jpg" alt="{esc(self.spec.name)}"/></a></div>
  <ul class="tandan-menu"><li class="tandan-menu-item"><a href="/">{esc(s["home"])}</a></li>{menu}
  <li class="tandan-menu-item"><a href="/portal/Pages/Lich-cong-tac.aspx">{esc(s["calendar"])}</a></li></ul>
</div>
<div class="tandan-body">
<div class="tandan-main" id="ctl00_PlaceHolderMain_divMain">
{main}
</div>
<div class="tandan-right">{self.sidebar()}</div>
</div>
<div class="tandan-footer" id="ctl00_tandanFooter">{footer}</div>
</div></div>
</form>
</body>
</html>"""

    def sidebar(self) -> str:
        s = self.s
        latest = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> '
            f'<span class="tandan-news-date">({self.when[a.id].sa_ch()})</span></li>'
            for a in self.latest(5)
        )
        banners = "".join(
            f'<a class="tandan-banner-item" href="#"><img alt="{esc(b)}" src="/PublishingImages/bn{i}.png"/></a>'
            for i, b in enumerate(s["banners"])
        )
        return f"""<div class="tandan-box tandan-box-latest"><h3 class="tandan-box-title">{esc(s["latest"])}</h3>
<ul class="tandan-list-latest">{latest}</ul></div>
<div class="tandan-box">{banners}</div>
<div class="tandan-box tandan-box-stat"><h3 class="tandan-box-title">{esc(s["stats_title"])}</h3>
<p class="tandan-online">792 {esc(s["online"])}</p></div>"""

    # ---- bodies -----------------------------------------------------------------------------
    def home_body(self) -> str:
        hot = "".join(
            f'<div class="tandan-news-hot-item"><a href="{self.article_path(a)}"><img src="/PublishingImages/hot{i}.jpg" alt=""/></a>'
            f'<a class="tandan-news-hot-title" href="{self.article_path(a)}">{esc(a.title)}</a>'
            f'<p class="tandan-news-hot-summary">{esc(self.teaser(a))}</p></div>'
            for i, a in enumerate(self.featured())
        )
        blocks = ""
        for category in self.spec.categories:
            items = "".join(
                f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in self.listing(category.slug)[:4]
            )
            blocks += (
                f'<div class="tandan-category-block WebPartWPQ{len(blocks) % 9 + 2}"><h2 class="tandan-category-title">'
                f'<a href="{self.category_path(category)}">{esc(category.name)}</a></h2><ul>{items}</ul></div>'
            )
        return (
            f'<div class="tandan-news-hot s4-wpcell-plain"><h2 class="tandan-box-title">{esc(self.s["featured"])}</h2>'
            f"{hot}</div>{blocks}"
        )

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        rows = "".join(
            f'<div class="tandan-news-item"><a href="{self.article_path(a)}" class="tandan-news-img">'
            f'<img src="/PublishingImages/thumb-{a.number}.jpg" alt=""/></a>'
            f'<a class="tandan-news-title" href="{self.article_path(a)}">{esc(a.title)}</a> '
            f'<span class="tandan-news-date">({self.when[a.id].sa_ch()})</span>'
            f'<p class="tandan-news-summary">{esc(self.teaser(a))}</p></div>'
            for a in items
        )
        links = "".join(
            f'<span class="tandan-page-current">{n}</span>'
            if n == page
            else f'<a href="{self.category_path(category, n)}">{n}</a>'
            for n in range(1, pages + 1)
        )
        if page < pages:
            links += f' <a href="{self.category_path(category, page + 1)}">{esc(self.s["next_page"])}</a>'
        return (
            f'<div class="tandan-breadcrumb"><a href="/">{esc(self.s["home"])}</a> &gt; {esc(category.name)}</div>'
            f'<h1 class="tandan-category-title">{esc(category.name)}</h1>'
            f'<div class="tandan-news-list" id="ctl00_PlaceHolderMain_g_2f9e_ctl00_pnlList">{rows}</div>'
            f'<div class="tandan-paging">{links}</div>'
        )

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        category = self.spec.category(article.category)
        when = self.when[article.id]
        byline = self.byline_author(article)
        author = f' <span class="tandan-span-author">{esc(s["author_label"])} {esc(byline)}</span>' if byline else ""
        lead = (
            f'<p class="tandan-p-article-news-summary"><strong>{esc(article.lead)}</strong></p>' if article.lead else ""
        )
        name = self.attachment(article)
        attach = (
            f'<p class="tandan-attach">{esc(s["attachment"])} <a href="{self.attachment_path(article, name)}">'
            f"{esc(name)}</a></p>"
            if name
            else ""
        )
        related = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a>({self.when[a.id].sa_ch()})</li>'
            for a in self.related(article)
        )
        return f"""<div class="tandan-breadcrumb"><a href="/">{esc(s["home"])}</a> &gt; <a href="{self.category_path(category)}">{esc(category.name)}</a></div>
<div class="tandan-div-article" id="ctl00_PlaceHolderMain_ctl01_divArticle">
<p class="tandan-p-article-news-title" id="ctl00_PlaceHolderMain_ctl02_lblTitle">{esc(article.title)}</p>
<div class="tandan-article-info"><span class="tandan-span-date-publish">Đăng ngày {when.dmy(" - ")}</span>{author}
<span class="tandan-span-view">{esc(s["views"])}: {self.views(article)}</span>
<span class="tandan-font-zoom"><a href="#" title="Giảm cỡ chữ">A-</a> 100% <a href="#" title="Tăng cỡ chữ">A+</a></span></div>
{lead}
<div class="tandan-p-article-main"><div id="ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">
{self.paragraphs(article, lead=False)}
{self.signature(article)}
</div></div>
{attach}{self.label(article)}
<div class="tandan-article-tool"><a href="javascript:window.print()">{esc(s["print"])}</a> | <a href="mailto:?subject={esc(article.title)}">{esc(s["email"])}</a> | <a href="#" class="share">{esc(s["share"])}</a></div>
</div>
<div class="tandan-div-article-other"><h3>{esc(s["related"])}</h3><ul>{related}</ul></div>
<div class="tandan-comment"><h3>{esc(s["comment"])}</h3><p>{esc(s["comment_prompt"])}</p>
<textarea id="ctl00_PlaceHolderMain_ctl08_txtComment"></textarea><input type="submit" value="{esc(s["comment_send"])}"/></div>"""
