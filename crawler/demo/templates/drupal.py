"""A Drupal 7 department site (a Sở Nội vụ): pathauto aliases beside /node/N, taxonomy term listings, /rss.xml.

Written as a holdout: every node answers at its alias and at /node/N, the print module adds /print/N, term
pages paginate from ?page=0 and clamp past the end, and bodies carry an image field caption and data tables.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from datetime import UTC
from urllib.parse import quote

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import all_tags, photo, table, tags_of
from govnews.crawler.demo.text import ascii_slug, esc

WEEKDAYS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
FILES = "/sites/default/files"
NEWS = "/tin-tuc"
STATIC = {"gioi-thieu": "Giới thiệu chung", "van-ban": "Văn bản chỉ đạo, điều hành", "lien-he": "Liên hệ"}


class Drupal(Template):
    feed_path = "/rss.xml"

    # ---- URLs -------------------------------------------------------------------------------
    def article_path(self, article: CorpusArticle) -> str:
        """The pathauto alias ('tin-tuc/[node:title]'): what listings link and rel=canonical names."""
        return f"{NEWS}/{ascii_slug(article.title, limit=120)}"

    def node_path(self, article: CorpusArticle) -> str:
        return f"/node/{self.numeric_id(article)}"

    def term_path(self, tid: str | int, page: int = 0) -> str:
        return f"/taxonomy/term/{tid}" + (f"?page={page}" if page else "")

    def category_path(self, category: Category, page: int = 0) -> str:
        return self.term_path(category.key, page)

    def tag_tid(self, tag: str) -> int:
        return 200 + all_tags().index(tag)

    def login_path(self, internal: str) -> str:
        return f"/user/login?destination={quote(internal, safe='/')}"

    def file_path(self, name: str) -> str:
        return f"{FILES}/van-ban/{name}"

    def robots(self) -> str:
        """Drupal 7's stock robots.txt: the trailing slashes leave /user/login?destination=... allowed."""
        paths = [
            "/includes/",
            "/misc/",
            "/modules/",
            "/profiles/",
            "/scripts/",
            "/themes/",
            "/CHANGELOG.txt",
            "/cron.php",
            "/install.php",
            "/update.php",
            "/xmlrpc.php",
            "/admin/",
            "/comment/reply/",
            "/filter/tips/",
            "/node/add/",
            "/search/",
            "/user/register/",
            "/user/password/",
            "/user/login/",
            "/user/logout/",
            "/?q=admin/",
            "/?q=comment/reply/",
            "/?q=node/add/",
            "/?q=search/",
            "/?q=user/login/",
        ]
        return "#\n# robots.txt\n#\nUser-agent: *\nCrawl-delay: 10\n" + "".join(f"Disallow: {p}\n" for p in paths)

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.page(s["home"], self.front_body(), "node", front=True)))
        news = self.listed()
        for number, items in enumerate(self.chunks(news)):
            self.add(
                NEWS + (f"?page={number}" if number else ""),
                self.html(
                    self.page("Tin tức", self.river("Tin tức", items, NEWS, number, len(self.chunks(news))), "tin-tuc")
                ),
            )
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages):
                body = self.river(category.name, items, self.category_path(category), number, len(pages))
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, body, f"taxonomy/term/{category.key}", term=category.key)),
                )
            self.add(
                self.term_path(category.key) + "/feed",
                self.text(
                    self.feed(category.name, self.category_path(category), [a for a in self.listing(category.slug)]),
                    "application/rss+xml",
                ),
            )
        carried = {t for a in self.articles for t in tags_of(a)}
        for tag in all_tags():
            members = [a for a in self.listed() if tag in tags_of(a)]
            if tag in carried:  # every term a node links, even when no linked node carries it
                tid = self.tag_tid(tag)
                self.add(
                    self.term_path(tid),
                    self.html(
                        self.page(
                            tag,
                            self.river(tag, members, self.term_path(tid), 0, 1),
                            f"taxonomy/term/{tid}",
                            term=str(tid),
                        )
                    ),
                )
                self.add(
                    self.term_path(tid) + "/feed",
                    self.text(self.feed(tag, self.term_path(tid), members), "application/rss+xml"),
                )
        for article in self.articles:
            page = self.html(
                self.page(article.title, self.node_body(article), f"node/{self.numeric_id(article)}", article=article)
            )
            self.add(self.article_path(article), page)
            self.add(self.node_path(article), page)
            self.add(f"/print/{self.numeric_id(article)}", self.html(self.print_page(article)))
            self.add(
                f"/printmail/{self.numeric_id(article)}",
                self.html(
                    self.page(
                        "Gửi trang này qua email", self.printmail_body(article), f"printmail/{self.numeric_id(article)}"
                    )
                ),
            )
            name = self.attachment(article)
            if name:
                self.add(self.file_path(name), self.pdf(name, article))
        for alias, title in STATIC.items():
            self.add(
                f"/{alias}",
                self.html(
                    self.page(
                        title,
                        f'<div class="node node-page"><div class="content"><p>{esc(self.spec.owner)}.</p><p>Địa chỉ: {esc(self.spec.address)}</p></div></div>',
                        alias,
                    )
                ),
            )
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.feed_path, self.text(self.feed(self.spec.name, "/", self.in_feed()), "application/rss+xml"))

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """Pagers clamp ?page past the end to the last page; login, search and comment forms answer any query."""
        values = dict(params)
        page = int(values["page"]) if values.get("page", "").isdigit() else 0
        lists: dict[str, tuple[str, list[CorpusArticle], str]] = {NEWS: ("Tin tức", self.listed(), "tin-tuc")}
        for category in self.spec.categories:
            lists[self.category_path(category)] = (
                category.name,
                self.listing(category.slug),
                f"taxonomy/term/{category.key}",
            )
        if path in lists:
            title, items, internal = lists[path]
            pages = self.chunks(items)
            page = min(page, len(pages) - 1)
            term = internal.rsplit("/", 1)[-1] if internal.startswith("taxonomy") else None
            return self.html(
                self.page(title, self.river(title, pages[page], path, page, len(pages)), internal, term=term)
            )
        if path in ("/user/login", "/user"):
            return self.html(self.page(self.s["login"], self.login_body(), "user/login"))
        if path.startswith("/search/node"):
            return self.html(
                self.page(
                    self.s["search"],
                    '<div class="search-results"><h2>Kết quả tìm kiếm</h2><p>Không tìm thấy kết quả nào.</p></div>',
                    "search/node",
                )
            )
        if path.startswith("/comment/reply/"):
            return self.html(
                self.page(
                    "Thêm bình luận mới",
                    '<form class="comment-form"><textarea name="comment_body[und][0][value]"></textarea><input type="submit" value="Lưu" /></form>',
                    path.lstrip("/"),
                )
            )
        return None

    def not_found(self) -> Response:
        return self.html(
            self.page("Không tìm thấy trang", "<p>Không tìm thấy trang bạn yêu cầu.</p>", "node"), status=404
        )

    # ---- chrome -----------------------------------------------------------------------------
    def date_text(self, article: CorpusArticle) -> str:
        """'Thứ 2, 14/07/2025 - 10:15' (the theme's 'medium' date format)."""
        when = self.when[article.id]
        return f"{WEEKDAYS[when.at.weekday()]}, {when.dmy()}" + (f" - {when.hm()}" if when.has_time else "")

    def page(
        self,
        title: str,
        main: str,
        internal: str,
        article: CorpusArticle | None = None,
        front: bool = False,
        term: str | None = None,
    ) -> str:
        s = self.s
        menu = "".join(
            f'<li class="leaf"><a href="{self.category_path(c)}" title="">{esc(c.name)}</a></li>'
            for c in self.spec.categories
        )
        focus = "".join(f'<li><a href="{self.node_path(a)}">{esc(a.title)}</a></li>' for a in self.featured(4))
        latest = "".join(
            f'<li class="views-row"><span class="views-field views-field-title"><a href="{self.article_path(a)}">{esc(a.title)}</a></span> <span class="views-field views-field-created">({self.when[a.id].dmy()})</span></li>'
            for a in self.latest(5)
        )
        stats = "".join(f"<li>{esc(k)}: {v}</li>" for k, v in self.stats())
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        keywords = "".join(
            f'<a href="/search/node/{quote(w)}">{esc(w)}</a> '
            for w in ("bình đẳng giới", "tuyển dụng công chức", "thi đua khen thưởng")
        )
        head = ""
        body_class = "front" if front else "not-front"
        if article is not None:
            head = f'<link rel="canonical" href="{self.article_path(article)}" />\n<link rel="shortlink" href="{self.node_path(article)}" />'
            body_class += f" page-node page-node- page-node-{self.numeric_id(article)} node-type-article"
        if term is not None:
            head = f'<link rel="alternate" type="application/rss+xml" title="RSS - {esc(title)}" href="{self.url(self.term_path(term) + "/feed")}" />'
            body_class += f" page-taxonomy page-taxonomy-term page-taxonomy-term-{term}"
        if front:
            head = f'<link rel="alternate" type="application/rss+xml" title="{esc(self.spec.name)} RSS" href="{self.url(self.feed_path)}" />'
        heading = "" if front else f'<h1 class="title" id="page-title">{esc(title)}</h1>'
        page_title = esc(self.spec.name) if front else f"{esc(title)} | {esc(self.spec.name)}"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{FILES}/favicon_0.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}
  <title>{page_title}</title>
  <style type="text/css" media="all">@import url("/modules/system/system.base.css?sx1k2a");@import url("/sites/all/themes/snv/css/style.css?sx1k2a");</style>
  <script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
  <script type="text/javascript" src="/misc/drupal.js?sx1k2a"></script>
</head>
<body class="html {body_class} not-logged-in one-sidebar sidebar-second">
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Nhảy đến nội dung</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="{esc(s["home"])}" rel="home" id="logo"><img src="{FILES}/logo-snv.png" alt="{esc(s["home"])}" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="{esc(s["home"])}" rel="home"><span>{esc(self.spec.name)}</span></a></strong></div></div>
<div class="region region-header"><div id="block-user-login-link" class="block"><a href="{esc(self.login_path(internal))}">{esc(s["login"])}</a></div>
<div id="block-search-form" class="block block-search"><form action="/{internal}" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline"><h2 class="element-invisible">Form tìm kiếm</h2><input title="Nhập từ khóa bạn muốn tìm." type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" name="op" value="{esc(s["search"])}" class="form-submit" /></div></form></div></div>
</div></div>
<div id="navigation"><div class="section"><h2 class="element-invisible">Menu chính</h2><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a href="/">{esc(s["home"])}</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="{NEWS}">Tin tức</a></li>{menu}<li><a href="/van-ban">Văn bản</a></li><li class="last"><a href="/lien-he">Liên hệ</a></li></ul></div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
{heading}
<div class="region region-content">
{main}
</div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-block-3" class="block block-block"><h2>Tiêu điểm</h2><div class="content"><ul>{focus}</ul></div></div>
<div id="block-views-tin-moi-block" class="block block-views"><h2>{esc(s["latest_news"])}</h2><div class="content"><div class="view view-tin-moi"><div class="view-content"><ul>{latest}</ul></div></div></div></div>
<div id="block-block-5" class="block block-block"><h2>Tìm kiếm nhiều</h2><div class="content">{keywords}</div></div>
<div id="block-block-7" class="block block-block"><h2>{esc(s["stats_title"])}</h2><div class="content"><ul>{stats}</ul></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">{footer}</div></div></div></div>
</div></div>
</body>
</html>"""

    def teaser(self, article: CorpusArticle, limit: int = 300) -> str:
        return super().teaser(article, limit)

    def node_teaser(self, article: CorpusArticle) -> str:
        link = self.article_path(article)
        nid = self.numeric_id(article)
        image = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="{link}"><img typeof="foaf:Image" src="{FILES}/styles/thumbnail/public/tin-tuc/{nid}.jpg" width="100" height="67" alt="" /></a></div></div></div>'
        return f"""<div id="node-{nid}" class="node node-article node-promoted node-teaser clearfix" about="{link}" typeof="sioc:Item foaf:Document">
<h2><a href="{link}">{esc(article.title)}</a></h2>
<div class="meta submitted">Gửi lúc {self.date_text(article)}</div>
<div class="content clearfix">{image}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(self.teaser(article))}</p></div></div></div></div>
<ul class="links inline"><li class="node-readmore first last"><a href="{link}" rel="tag" title="{esc(article.title)}">Đọc thêm<span class="element-invisible"> về {esc(article.title)}</span></a></li></ul>
</div>"""

    def pager(self, base: str, page: int, pages: int) -> str:
        """theme_pager in Vietnamese; page 0 is written without ?page."""
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            return base + (f"?page={n}" if n else "")

        items = []
        if page > 0:
            items.append(
                f'<li class="pager-first first"><a title="Đến trang đầu tiên" href="{href(0)}">« đầu tiên</a></li>'
            )
            items.append(
                f'<li class="pager-previous"><a title="Đến trang trước" href="{href(page - 1)}">‹ trước</a></li>'
            )
        for n in range(pages):
            items.append(
                f'<li class="pager-current">{n + 1}</li>'
                if n == page
                else f'<li class="pager-item"><a title="Đến trang {n + 1}" href="{href(n)}">{n + 1}</a></li>'
            )
        if page < pages - 1:
            items.append(f'<li class="pager-next"><a title="Đến trang kế tiếp" href="{href(page + 1)}">tiếp ›</a></li>')
            items.append(
                f'<li class="pager-last last"><a title="Đến trang cuối cùng" href="{href(pages - 1)}">cuối cùng »</a></li>'
            )
        return f'<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def river(self, title: str, items: list[CorpusArticle], base: str, page: int, pages: int) -> str:
        rows = (
            "".join(self.node_teaser(a) for a in items)
            or "<p>Chưa có nội dung nào được phân loại với thuật ngữ này.</p>"
        )
        return f'<div id="block-system-main" class="block block-system"><div class="content"><div class="term-listing-heading"></div>{rows}{self.pager(base, page, pages)}</div></div>'

    def front_body(self) -> str:
        blocks = []
        for category in self.spec.categories:
            items = self.listing(category.slug)[:3]
            rows = "".join(
                f'<div class="views-row"><div class="views-field views-field-field-image"><img src="{FILES}/styles/thumbnail/public/tin-tuc/{self.numeric_id(a)}.jpg" alt="" /></div><div class="views-field views-field-title"><span class="field-content"><a href="{self.article_path(a)}">{esc(a.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{self.when[a.id].dmy()}</span></div><div class="views-field views-field-body"><div class="field-content">{esc(self.teaser(a, 160))}</div></div></div>'
                for a in items
            )
            blocks.append(
                f'<div id="block-views-chuyen-muc-block-{category.key}" class="block block-views"><h2><a href="{self.category_path(category)}">{esc(category.name)}</a></h2><div class="content"><div class="view"><div class="view-content">{rows}</div><div class="more-link"><a href="{self.category_path(category)}">{esc(self.s["read_more"])}</a></div></div></div></div>'
            )
        return "".join(blocks)

    # ---- the node -----------------------------------------------------------------------------
    def body_html(self, article: CorpusArticle) -> str:
        blocks = [f'<p style="text-align: justify;">{esc(p)}</p>' for p in article.paragraphs]
        data = table(article)
        if data:
            header, *rows = data.rows
            head = "".join(f"<th>{esc(c)}</th>" for c in header)
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
            blocks.insert(
                min(len(blocks), data.after + 1),
                f'<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;"><caption><strong>{esc(data.title)}</strong></caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>',
            )
        return "\n".join(blocks)

    def image_field(self, article: CorpusArticle) -> str:
        """The node's image field with the image_field_caption module's caption under it."""
        shot = photo(article, default=article.number % 3 != 1)
        if not shot:
            return ""
        nid = self.numeric_id(article)
        return (
            f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="{self.url(f"{FILES}/styles/large/public/tin-tuc/{nid}.jpg")}">'
            f'<img typeof="foaf:Image" src="{FILES}/styles/large/public/tin-tuc/{nid}.jpg" width="640" height="427" alt="" />'
            f'<blockquote class="image-field-caption"><p>{esc(shot.caption)}</p><p><em>{esc(shot.credit)}</em></p></blockquote></div></div></div>'
        )

    def node_body(self, article: CorpusArticle) -> str:
        nid = self.numeric_id(article)
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        author_top = (
            f'<div class="field field-name-field-tac-gia field-label-hidden"><div class="field-items"><div class="field-item even"><em>{esc(byline)}</em></div></div></div>'
            if byline
            else ""
        )
        lead = (
            f'<div class="field field-name-field-tom-tat field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>{esc(article.lead)}</strong></div></div></div>'
            if article.lead
            else ""
        )
        label = (
            f'<div class="field field-name-field-nguoi-viet field-type-text field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(article.author)}</div></div></div>'
            if article.author_style == "label" and article.author
            else ""
        )
        name = self.attachment(article)
        files = (
            f'<div class="field field-name-field-file field-type-file field-label-above"><div class="field-label">Tệp đính kèm:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="{self.file_path(name)}" type="application/pdf; length=1024">{esc(name)}</a></span></div></div></div>'
            if name
            else ""
        )
        terms = [
            f'<li class="taxonomy-term-reference-0"><a href="{self.category_path(category)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(category.name)}</a></li>'
        ]
        tags = "".join(
            f'<li><a href="{self.term_path(self.tag_tid(t))}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a></li>'
            for t in tags_of(article)
        )
        same = "".join(
            f'<li class="views-row"><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        return f"""<div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{nid}" class="node node-article node-promoted clearfix" about="{self.article_path(article)}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{esc(article.title)}" class="rdf-meta element-hidden"></span>
<div class="meta submitted">Gửi lúc {self.date_text(article)}</div>
<div class="content clearfix">
{self.image_field(article)}
{author_top}
{lead}
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{self.body_html(article)}
{self.signature(article)}
</div></div></div>
{label}
{files}
<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><ul class="field-items">{"".join(terms)}</ul></div>
{f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Từ khóa:&nbsp;</div><ul class="field-items">{tags}</ul></div>' if tags else ""}
</div>
<ul class="links inline"><li class="print_html first"><a href="/print/{nid}" title="Hiển thị phiên bản thân thiện máy in của trang này." class="print-page" rel="nofollow">Bản in</a></li><li class="print_mail"><a href="/printmail/{nid}" title="Gửi trang này cho bạn bè qua email." class="print-mail" rel="nofollow">Gửi email</a></li><li class="statistics_counter"><span>{self.views(article)} lượt đọc</span></li><li class="comment-add last"><a href="/comment/reply/{nid}#comment-form" title="Chia sẻ suy nghĩ và ý kiến của bạn về bài viết này.">Thêm bình luận mới</a></li></ul>
</div>
</div></div>
<div id="block-views-cung-chuyen-muc-block" class="block block-views"><h2>{esc(self.s["same_category"])}</h2><div class="content"><div class="view view-cung-chuyen-muc"><div class="view-content"><ul>{same}</ul></div></div></div></div>"""

    def print_page(self, article: CorpusArticle) -> str:
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(article.title)} | {esc(self.spec.name)}</title><meta name="robots" content="noindex, nofollow" /><base href="{self.url("/")}" />
<link type="text/css" rel="stylesheet" media="all" href="/sites/all/modules/print/css/print.css" /></head>
<body><div class="print-logo"><img class="print-logo" src="{FILES}/logo-snv.png" alt="" /></div><div class="print-site_name">Đăng trên {esc(self.spec.name)} ({esc(self.base)})</div>
<p /><div class="print-breadcrumb"><a href="/">{esc(self.s["home"])}</a> &gt; <a href="{NEWS}">Tin tức</a></div><hr class="print-hr" />
<div class="print-content"><h1 class="print-title">{esc(article.title)}</h1><div class="print-submitted">Gửi lúc {self.date_text(article)}</div>
{lead}{self.body_html(article)}{self.signature(article)}</div>
<hr class="print-hr" /><div class="print-source_url"><strong>Địa chỉ nguồn:</strong> {esc(self.canonical_url(article))}</div>
<div class="print-footer">{esc(self.footer_lines()[-1])}</div></body></html>"""

    def printmail_body(self, article: CorpusArticle) -> str:
        return (
            f'<form action="/printmail/{self.numeric_id(article)}" method="post" id="print-mail-form"><div class="form-item"><label>Email của bạn</label><input type="text" name="fld_from_addr" /></div>'
            f'<div class="form-item"><label>Tên của bạn</label><input type="text" name="fld_from_name" /></div><div class="form-item"><label>Gửi tới</label><textarea name="txt_to_addrs"></textarea></div>'
            f'<div class="form-item"><label>Tiêu đề</label><input type="text" name="fld_subject" value="{esc(article.title)}" /></div><div class="form-item"><label>Tiêu đề trang</label>{esc(article.title)}</div>'
            f'<input type="submit" name="op" value="Gửi email" /></form>'
        )

    def login_body(self) -> str:
        return (
            '<form action="/user/login" method="post" id="user-login"><div class="form-item"><label>Tên truy cập <span class="form-required">*</span></label><input type="text" name="name" /></div>'
            '<div class="form-item"><label>Mật khẩu <span class="form-required">*</span></label><input type="password" name="pass" /></div><input type="submit" name="op" value="Đăng nhập" /></form>'
        )

    def teaser_html(self, article: CorpusArticle) -> str:
        return f'<div class="field field-name-body"><p>{esc(self.teaser(article))}</p></div>'

    def feed(self, title: str, link: str, articles: list[CorpusArticle]) -> str:
        """Drupal 7's node feed: alias links, the teaser as escaped HTML, 'N at host' guids, dates in UTC."""
        host = self.base
        items = "\n".join(
            f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}</link>"
            f"<description>{esc(self.teaser_html(a))}</description>"
            f"<comments>{esc(self.canonical_url(a))}#comments</comments>"
            f'<category domain="{esc(self.url(self.category_path(self.spec.category(a.category))))}">{esc(self.spec.category(a.category).name)}</category>'
            f"<pubDate>{self.when[a.id].at.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
            f'<dc:creator>bientap</dc:creator><guid isPermaLink="false">{self.numeric_id(a)} at {esc(host)}</guid></item>'
            for a in articles
        )
        return (
            f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{esc(self.url(link))}" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            f'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
            f"<title>{esc(title)}</title><link>{esc(self.url(link))}</link><description></description><language>vi</language>\n{items}\n</channel>\n</rss>\n"
        )
