"""Liferay 6.2 with an Asset Publisher news portal (sldtbxh.haugiang.gov.vn and VNPT-built Sở portals)."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from urllib.parse import urlencode

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.text import ascii_slug, esc, stable_token

LOGIN = "/c/portal/login"


class Liferay(Template):
    feed_path = "/web/guest/trang-chu/-/asset_publisher/tinmoi/rss"

    def instance(self, seed: str) -> str:
        token = stable_token(seed, 12)
        return token[:4].capitalize() + token[4:8] + token[8:].upper()

    def article_path(self, article: CorpusArticle) -> str:
        slug = ascii_slug(article.title, keep_case=True, limit=120)
        return f"/xem-chi-tiet-tin/-/tin-tuc/{slug}-{self.numeric_id(article)}"

    def publisher_path(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        return f"/web/guest/{category.key}/-/asset_publisher/{self.instance(category.slug)}/content/{ascii_slug(article.title, limit=120)}"

    def category_path(self, category: Category, page: int = 1) -> str:
        if page == 1:
            return f"/web/guest/{category.key}"
        inst = f"_101_INSTANCE_{self.instance(category.slug)}_"
        query = [
            ("p_p_id", f"101_INSTANCE_{self.instance(category.slug)}"),
            ("p_p_lifecycle", "0"),
            ("p_p_state", "normal"),
            ("p_p_mode", "view"),
            ("p_p_col_id", "column-2"),
            ("p_p_col_count", "1"),
            (f"{inst}delta", str(self.page_size)),
            (f"{inst}keywords", ""),
            (f"{inst}advancedSearch", "false"),
            (f"{inst}andOperator", "true"),
            ("p_r_p_564233524_resetCur", "false"),
            (f"{inst}cur", str(page)),
        ]
        return f"/web/guest/{category.key}?{urlencode(query)}"

    def attachment_path(self, article: CorpusArticle, name: str) -> str:
        uuid = stable_token(article.id + name, 32)
        return f"/documents/10180/0/{name}/{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}"

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\nDisallow: /web/guest/tim-kiem\n"

    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.page("Trang chủ", self.home_body())))
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, self.listing_body(category, items, number, len(pages)))),
                )
        for article in self.articles:
            page = self.html(
                self.page("Xem chi tiết tin", self.article_body(article), canonical=self.canonical_url(article))
            )
            self.add(self.article_path(article), page)
            self.add(self.publisher_path(article), page)
            name = self.attachment(article)
            if name:
                self.add(self.attachment_path(article, name), self.pdf(name, article))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.feed_path, self.text(self.atom(), "application/atom+xml"))
        self.add(
            LOGIN, self.html(self.page(s["login"], f'<div class="portlet-body"><p>{esc(s["login_page"])}</p></div>'))
        )
        self.add(
            "/web/guest/lich-cong-tac",
            self.html(
                self.page(
                    s["calendar"],
                    f'<div class="portlet-body"><h3>{esc(s["calendar"])}</h3><p>Thứ hai: Giám đốc Sở họp giao ban đầu tuần.</p></div>',
                )
            ),
        )

    def atom(self) -> str:
        entries = "\n".join(
            f'<entry><title>{esc(a.title)}</title><link rel="alternate" href="{esc(self.canonical_url(a))}"/>'
            f"<author><name>{esc(a.author or 'Ban biên tập')}</name></author><id>{esc(self.canonical_url(a))}</id>"
            f"<updated>{self.when[a.id].at.isoformat()}</updated><published>{self.when[a.id].at.isoformat()}</published>"
            f'<summary type="html">{esc(self.teaser(a))}</summary></entry>'
            for a in self.in_feed()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{esc(self.spec.name)}</title><link rel="self" href="{esc(self.url(self.feed_path))}"/>'
            f"<subtitle>Tin mới</subtitle><id>{esc(self.url(self.feed_path))}</id>"
            f"<updated>{self.when[self.articles[0].id].at.isoformat() if self.articles else '2024-01-01T00:00:00+07:00'}</updated>\n{entries}\n</feed>\n"
        )

    # ---- chrome -----------------------------------------------------------------------------
    def portlet(self, title: str, body: str, portlet_id: str = "56_INSTANCE_Xk7Pq2") -> str:
        return f"""<div class="portlet-boundary portlet-boundary_{portlet_id.split("_")[0]}_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_{portlet_id}_">
<span id="p_{portlet_id}"></span>
<section class="portlet" id="portlet_{portlet_id}"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1></header>
<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">{body}</div></div></div></section></div>"""

    def page(self, title: str, main: str, canonical: str | None = None) -> str:
        s = self.s
        nav = "".join(
            f'<li class=""><a href="{self.category_path(c)}"><span>{esc(c.name)}</span></a></li>'
            for c in self.spec.categories
        )
        canon = f'<link href="{esc(canonical)}" rel="canonical"/>' if canonical else ""
        stats = "".join(f"<tr><td>{esc(k)}:</td><td>{v}</td></tr>" for k, v in self.stats())
        footer = "<br/>".join(esc(line) for line in self.footer_lines())
        return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(self.spec.name)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport"/>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"/>
{canon}
<link href="/html/themes/classic/images/favicon.ico" rel="Shortcut Icon"/>
<link class="lfr-css-file" href="/sldtbxh-theme/css/main.css?browserId=other&amp;themeId=sldtbxh_WAR_sldtbxhtheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css"/>
<script type="text/javascript">var Liferay={{Browser:{{}},ThemeDisplay:{{getLayoutURL:function(){{return "/web/guest";}},getLanguageId:function(){{return "vi_VN";}}}}}};</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=sldtbxh_WAR_sldtbxhtheme&amp;colorSchemeId=01&amp;minifierType=js" type="text/javascript"></script>
</head>
<body class="yui3-js-enabled controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="{esc(self.spec.name)}"><img alt="{esc(self.spec.name)}" height="120" src="/image/layout_set_logo?img_id=10605&amp;t=1678853012" width="1000"/></a></h1></div>
<a data-redirect="false" href="{LOGIN}" id="sign-in" rel="nofollow">{esc(s["login"])}</a>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar"><li class="selected"><a href="/"><span>{esc(s["home"])}</span></a></li>{nav}<li><a href="/web/guest/lich-cong-tac"><span>{esc(s["calendar"])}</span></a></li></ul></nav>
</header>
<div id="content"><div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{self.portlet(s["links_title"], "<ul>" + "".join(f'<li><a href="#" target="_blank">{esc(name)}</a></li>' for name in s["links"]) + "</ul>", "56_INSTANCE_Lk2B")}
{self.portlet(s["stats_title"], f'<table class="thongke">{stats}</table>', "56_INSTANCE_Tk9C")}
</div></div>
</div></div></div>
<footer id="footer" role="contentinfo"><div class="journal-content-article">{footer}</div></footer>
</div>
<script type="text/javascript">Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_101_INSTANCE_Xk7Pq2_', portletId: '101_INSTANCE_Xk7Pq2', refreshURL: '/c/portal/render_portlet'}});</script>
</body>
</html>"""

    def abstract(self, article: CorpusArticle, link: str | None = None) -> str:
        link = link or self.article_path(article)
        return f"""<div class="asset-abstract"><div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="{esc(link)}">{esc(article.title)}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{self.when[article.id].dmy()}</span></div>
<div class="asset-content"><div class="asset-summary">{esc(self.teaser(article))}</div>
<div class="asset-more"><a href="{esc(link)}">{esc(self.s["more"])} <span class="hide-accessible">về {esc(article.title)}</span> &raquo; </a></div></div></div>"""

    def home_body(self) -> str:
        s = self.s
        featured = "".join(self.abstract(a, self.publisher_path(a)) for a in self.featured())
        latest = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in self.latest(6)
        )
        rss = f'<div class="subscribe"><a class="rss" href="{self.feed_path}" target="_blank">RSS</a></div>'
        blocks = "".join(
            self.portlet(
                c.name,
                f'<ul>{self.title_links(self.listing(c.slug)[:4])}</ul><a href="{esc(self.category_path(c))}">{esc(s["more"])}</a>',
                f"101_INSTANCE_{self.instance(c.slug)}",
            )
            for c in self.spec.categories
        )
        return (
            self.portlet(s["featured"], featured, "101_INSTANCE_Nb4Hot")
            + self.portlet(s["latest"], f'<ul class="tin-moi">{latest}</ul>{rss}', "101_INSTANCE_tinmoi")
            + blocks
        )

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        total = len(self.listing(category.slug))
        first = (page - 1) * self.page_size + 1
        shown = f"Hiển thị {first if items else 0} - {first + len(items) - 1 if items else 0} của {total} kết quả."

        def link(label: str, cls: str, target: int, active: bool) -> str:
            if not active:
                return f'<span class="{cls}">{esc(label)}</span>'
            return f'<a class="{cls}" href="{esc(self.category_path(category, target))}">{esc(label)}</a>'

        options = "".join(
            f'<option {"selected" if n == page else ""} value="{n}">{n}</option>' for n in range(1, pages + 1)
        )
        pager = f"""<div class="taglib-page-iterator" id="_101_INSTANCE_{self.instance(category.slug)}_ocerSearchContainerPageIterator">
<div class="search-results">{shown}</div>
<div class="search-pages"><div class="page-selector">Trang <select class="pages" onchange="">{options}</select> của {pages}</div>
<div class="page-links">{link("Đầu", "first", 1, page > 1)}{link("Trước", "previous", page - 1, page > 1)}{link("Tiếp theo", "next", page + 1, page < pages)}{link("Cuối", "last", pages, page < pages)}</div></div></div>"""
        body = "".join(self.abstract(a) for a in items) + pager
        return self.portlet(category.name, body, f"101_INSTANCE_{self.instance(category.slug)}")

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        byline = self.byline_author(article)
        author = f'<div class="author-news">{esc(s["author_label"])} {esc(byline)}</div>' if byline else ""
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
        name = self.attachment(article)
        attach = (
            f'<div class="file-attach">{esc(s["attachment"])} <a href="{esc(self.attachment_path(article, name))}">{esc(name)}</a></div>'
            if name
            else ""
        )
        others = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date-other">({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        body = f"""<div class="taglib-header"><h3 class="header-title"><span>{esc(article.title)}</span></h3></div>
<div class="asset-full-content show-asset-title">
<div class="date-news">Ngày {self.when[article.id].dmy("-")}</div>{author}
<div class="journal-content-article">
{lead}
{self.paragraphs(article, lead=False)}
{self.signature(article)}
</div>
{attach}{self.label(article)}
<div class="view-count">{esc(s["views"])}: {self.views(article)}</div>
<div class="asset-links taglib-icon-list"><a href="javascript:print();">{esc(s["print_version"])}</a> <a href="mailto:?subject={esc(article.title)}">{esc(s["email"])}</a> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php">{esc(s["share"])}</a> <a href="javascript:history.go(-1);">{esc(s["back"])}</a></div>
</div>
<div class="asset-ratings"><div class="taglib-ratings stars"><span>{esc(s["rating_total"])}</span></div></div>
<div class="comments"><h4>{esc(s["reader_opinion"])}</h4><p>{esc(s["comment_prompt"])}</p></div>
<div class="other-news"><h4 class="title-other">{esc(s["other_news_long"])}</h4><ul>{others}</ul></div>"""
        return self.portlet("Xuất bản thông tin", body, "101_INSTANCE_ChiTiet")
