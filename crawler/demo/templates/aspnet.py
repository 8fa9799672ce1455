"""A home-made ASP.NET WebForms 'Article' engine (district portals in Đà Nẵng, tinhuyquangtri.vn)."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from urllib.parse import quote_plus

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.text import esc
from govnews.text import fold

SEARCH_TYPES = ("all", "title", "content")
SEARCH_SORTS = ("date", "title", "view")
VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBDxYCHgRUZXh0BTxRdeG6rW4gU8ahbiBUcsOgZBgBBR5fX0NvbnRyb2xzUmVxdWlyZVBvc3RCYWNrS2V5X18WAQUMY3RsMDAkYnRuR28="


class AspNet(Template):
    feed_path = "/Rss.aspx"

    def article_path(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        return f"/NewsDetail.aspx?NewsID={self.numeric_id(article)}&CategoryID={category.key}"

    def category_path(self, category: Category, page: int = 1) -> str:
        return f"/NewsByCategory.aspx?CategoryID={category.key}" + (f"&Page={page}" if page > 1 else "")

    def search_path(self, query: str, kind: str = "all", sort: str = "date", page: int = 1) -> str:
        paging = f"&page={page}" if page > 1 else ""
        return f"/Search.aspx?q={quote_plus(query)}&type={kind}&sort={sort}{paging}"

    def attachment_path(self, name: str) -> str:
        return f"/Upload/VanBan/{name}"

    def robots(self) -> str:
        return "User-agent: *\nCrawl-delay: 1\nDisallow: /Search.aspx\nDisallow: /Admin/\nDisallow: /WebResource.axd\n"

    def build(self) -> None:
        s = self.s
        home = self.html(self.page(s["home"], self.home_body()))
        self.add("/", home)
        self.add("/Default.aspx", home)
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, self.listing_body(category, items, number, len(pages)))),
                )
            members = [a for a in self.in_feed() if a.category == category.slug]
            self.add(
                f"{self.feed_path}?CategoryID={category.key}",
                self.text(self.rss(category.name, self.category_path(category), members), "application/rss+xml"),
            )
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.page(article.title, self.article_body(article))))
            name = self.attachment(article)
            if name:
                self.add(self.attachment_path(name), self.pdf(name, article))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.feed_path, self.text(self.rss(self.spec.name, "/", self.in_feed()), "application/rss+xml"))
        self.add("/Admin/Login.aspx", self.html(self.page(s["login"], f"<p>{esc(s['login_page'])}</p>")))
        self.add(
            "/LichCongTac.aspx",
            self.html(
                self.page(
                    s["calendar"],
                    f'<div class="lct"><h2>{esc(s["calendar"])}</h2><p>Thứ hai: Lãnh đạo UBND quận tiếp công dân định kỳ.</p></div>',
                )
            ),
        )

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """Search results for any q/type/sort/page: the combinations never end (and robots.txt forbids them)."""
        if path.lower() != "/search.aspx":
            return None
        args = dict(params)
        query, kind, sort = args.get("q", ""), args.get("type", "all"), args.get("sort", "date")
        page = int(args["page"]) if args.get("page", "").isdigit() else 1
        return self.html(self.page(self.s["search"], self.search_body(query, kind, sort, page)))

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, title: str, main: str) -> str:
        s = self.s
        menu = "".join(
            f'<li><a href="{esc(self.category_path(c))}">{esc(c.name)}</a></li>' for c in self.spec.categories
        )
        quick = "".join(
            f'<a href="{esc(self.search_path(w, k, o))}">{esc(w)}</a> '
            for w, k, o in (
                ("bình đẳng giới", "all", "date"),
                ("phụ nữ", "title", "date"),
                ("bạo lực gia đình", "all", "view"),
            )
        )
        links = "".join(f'<option value="#">{esc(name)}</option>' for name in s["links"])
        latest = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in self.latest(5)
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(title)} - {esc(self.spec.name)}
</title><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="wrapper">
<div id="header"><a href="/Default.aspx"><img src="/Images/banner_sontra.jpg" alt="{esc(self.spec.name)}" /></a>
<div class="search-box">{esc(s["search"])} <input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /><input type="submit" name="ctl00$btnGo" value="Tìm" id="ctl00_btnGo" />
<div class="search-hot">{quick}</div></div></div>
<div id="menu"><ul><li><a href="/Default.aspx">{esc(s["home"])}</a></li>{menu}<li><a href="/LichCongTac.aspx">{esc(s["calendar"])}</a></li></ul></div>
<div id="content">
<div id="left">{main}</div>
<div id="right">
<div class="box"><div class="box-title">{esc(s["latest"])}</div><ul class="list-news">{latest}</ul></div>
<div class="box"><div class="box-title">{esc(s["links_title"])}</div><select onchange="window.open(this.value)"><option>{esc(s["links_title"])}</option>{links}</select></div>
<div class="box"><div class="box-title">{esc(s["stats_title"])}</div><span id="ctl00_lblOnline">{esc(s["stats"][0])}: 37</span><br /><span id="ctl00_lblTotal">{esc(s["stats"][3])}: 2.318.904</span></div>
</div>
</div>
<div id="footer">
<p>Bản quyền Trang thông tin: Quận Sơn Trà - Thành phố Đà Nẵng</p>
<p>{esc(self.spec.license)}</p>
<p>Địa chỉ: {esc(self.spec.address)}</p>
<p>Tel: (84 236) 3944 049, Fax: (84 236) 3944 053 - Email: quansontra@danang.gov.vn</p>
<p>Trưởng Ban Biên tập: Phó Chủ tịch UBND quận</p>
<p>Đơn vị phát triển: DNICT | <a href="{self.feed_path}">RSS</a> | <a href="/Admin/Login.aspx">{esc(s["admin"])}</a></p>
</div>
</div>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKY5NnJDgLR0e7rBwKj8sXQBQ==" /></div>
</form>
</body>
</html>"""

    def item(self, article: CorpusArticle) -> str:
        link = esc(self.article_path(article))
        return (
            f'<div class="news-item"><a href="{link}"><img class="news-img" src="/Upload/Images/{self.numeric_id(article)}.jpg" alt="" /></a>'
            f'<a class="news-title" href="{link}">{esc(article.title)}</a> <span class="news-date">({self.when[article.id].dmy()})</span>'
            f'<div class="news-sapo">{esc(self.teaser(article))}</div></div>'
        )

    def home_body(self) -> str:
        s = self.s
        hot = "".join(self.item(a) for a in self.featured())
        blocks = "".join(
            f'<div class="cat-box"><div class="cat-title"><a href="{esc(self.category_path(c))}">{esc(c.name)}</a></div>'
            f"{''.join(self.item(a) for a in self.listing(c.slug)[:3])}</div>"
            for c in self.spec.categories
        )
        return f'<div class="hot-news"><div class="cat-title">{esc(s["featured"])}</div>{hot}</div>{blocks}'

    def pager(self, link, page: int, pages: int) -> str:
        if pages < 2:
            return ""
        numbers = " ".join(
            f'<span class="current">{n}</span>' if n == page else f'<a href="{esc(link(n))}">{n}</a>'
            for n in range(1, pages + 1)
        )
        after = f' <a href="{esc(link(page + 1))}">Tiếp &gt;</a>' if page < pages else ""
        before = f'<a href="{esc(link(page - 1))}">&lt; Trước</a> ' if page > 1 else ""
        return f'<div class="paging">Trang: {before}{numbers}{after}</div>'

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        rows = "".join(self.item(a) for a in items)
        return (
            f'<div class="breadcrumb"><a href="/Default.aspx">{esc(self.s["home"])}</a> » {esc(category.name)}</div>'
            f'<h1 class="cat-name">{esc(category.name)}</h1><div id="ctl00_ContentPlaceHolder1_pnlNews">{rows}</div>'
            + self.pager(lambda n: self.category_path(category, n), page, pages)
        )

    def search_body(self, query: str, kind: str, sort: str, page: int) -> str:
        needle = fold(query)
        hits = [
            a
            for a in self.listed()
            if needle and needle in fold(a.title if kind == "title" else a.title + " " + a.body)
        ]
        if sort == "title":
            hits.sort(key=lambda a: fold(a.title))
        elif sort == "view":
            hits.sort(key=self.views, reverse=True)
        rows = "".join(self.item(a) for a in hits[(page - 1) * 5 : page * 5])
        options = " | ".join(
            f'<a href="{esc(self.search_path(query, k, o))}">{k}/{o}</a>' for k in SEARCH_TYPES for o in SEARCH_SORTS
        )
        more = f'<a href="{esc(self.search_path(query, kind, sort, page + 1))}">Trang sau</a>'
        return (
            f'<h1>Kết quả tìm kiếm: {esc(query)}</h1><div class="search-options">{options}</div>'
            f'<div class="search-results">{rows or "<p>Không tìm thấy kết quả.</p>"}</div><div class="paging">{more}</div>'
        )

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        poster = f"Người đăng tin: {esc(byline)} " if byline else ""
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
        signature = ""
        if article.author_style == "signature" and article.author:
            signature = f"<p>{'&nbsp;' * 86}{esc(article.author)}</p>"
        name = self.attachment(article)
        attach = (
            f'<div class="attach">{esc(s["attachment"])} <a href="{esc(self.attachment_path(name))}">{esc(name)}</a></div>'
            if name
            else ""
        )
        related = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        return f"""<div class="breadcrumb"><a href="/Default.aspx">{esc(s["home"])}</a> » <a href="{esc(self.category_path(category))}">{esc(category.name)}</a></div>
<div class="news-detail">
<h1 class="detail-title"><span id="ctl00_ContentPlaceHolder1_lblTitle">{esc(article.title)}</span></h1>
<div class="detail-info"><span id="ctl00_ContentPlaceHolder1_lblInfo">{poster}Ngày đăng tin: {self.when[article.id].dmy()} {esc(s["views"])}: {self.views(article)}</span></div>
<div class="detail-content" id="ctl00_ContentPlaceHolder1_divContent">
{lead}
{self.paragraphs(article, lead=False)}
<p>&nbsp;</p>
{signature}
</div>
{attach}{self.label(article)}
<div class="detail-tools"><a href="javascript:window.print();">{esc(s["print"])}</a> | <a href="mailto:?subject={esc(article.title)}">{esc(s["email"])}</a> | <a href="javascript:history.back();">{esc(s["back"])}</a></div>
<div class="detail-rating"><span>{esc(s["rating_total"])}</span> <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkRate','')">{esc(s["rating_click"])}</a></div>
</div>
<div class="related-news"><div class="cat-title">Chuyên mục, tin tức liên quan:</div><ul>{related}</ul></div>"""
