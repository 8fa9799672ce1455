"""A vendor-built ASP.NET WebForms district portal (Cà Mau style '/<cat>/<title-slug>-<id>' routes), windows-1258."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import base64

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import photo, table
from govnews.crawler.demo.text import ascii_slug, esc

PAGER = "ctl00$ContentPlaceHolder1$ucListNews$rptPager$ctl{:02d}$lbtPage"


class WebForms(Template):
    feed_path = "/rss/tin-moi.xml"

    # ---- URLs (written relative to <base href>, without a leading slash) ----------------------
    def article_path(self, article: CorpusArticle) -> str:
        return "/" + self.rel(article)

    def rel(self, article: CorpusArticle) -> str:
        key = self.spec.category(article.category).key
        return f"{key}/{ascii_slug(article.title, limit=90)}-{self.numeric_id(article)}"

    def print_path(self, article: CorpusArticle) -> str:
        return f"/print/{self.numeric_id(article)}"

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /admin/\nDisallow: /WebResource.axd\nDisallow: /ScriptResource.axd\n"

    def html(self, text: str, status: int = 200) -> Response:
        """IIS sends no charset for these pages: the encoding is in the meta tag only."""
        response = super().html(text, status)
        response.content_type = "text/html"
        return response

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.page(s["home"], self.home_body())))
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            self.add(
                f"/{category.key}",
                self.html(self.page(category.name, self.listing_body(category, pages[0], len(pages)))),
            )
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.page(article.title, self.article_body(article))))
            self.add(self.print_path(article), self.html(self.print_page(article)))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.feed_path, self.text(self.rss(self.spec.name, "/", self.in_feed()), "application/rss+xml"))
        self.add(
            "/gioi-thieu",
            self.html(
                self.page(
                    "Giới thiệu",
                    f'<div class="box"><div class="box-title">Giới thiệu</div><div class="box-content">{esc(self.spec.owner)}. {esc(self.spec.address)}</div></div>',
                )
            ),
        )
        self.add(
            "/admin/login.aspx",
            self.html(self.page(s["login"], f'<div class="box-content">{esc(s["login_page"])}</div>')),
        )

    # ---- chrome -----------------------------------------------------------------------------
    def viewstate(self, seed: str) -> str:
        raw = (seed * 40).encode("utf-8")[:600]
        return "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDxYCHgRUZXh0" + base64.b64encode(raw).decode()

    def page(self, title: str, main: str) -> str:
        s = self.s
        menu = "".join(f'<li><a href="{c.key}">{esc(c.name)}</a></li>' for c in self.spec.categories)
        marquee = " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(
            f'<a href="{self.rel(a)}">{esc(a.title)}</a>' for a in self.latest(4)
        )
        links = "".join(
            f'<option value="https://{ascii_slug(name)}.gov.vn">{esc(name)}</option>' for name in s["links"]
        )
        banners = "".join(
            f'<a href="#" target="_blank"><img src="Upload/Banner/bn{i}.jpg" alt="{esc(b)}" width="230" /></a><br />'
            for i, b in enumerate(s["banners"][:5])
        )
        stats = "<br />".join(f"{esc(k)}: {v}" for k, v in self.stats())
        footer = "<br />".join(esc(line) for line in self.footer_lines())
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<base href="{self.base}/" />
<title>{esc(title)} - {esc(self.spec.name)}</title>
<link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{self.feed_path.lstrip("/")}" />
<script src="js/jquery-1.4.2.min.js" type="text/javascript"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="./" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{self.viewstate(title)}" /></div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="wrapper">
<div id="header"><a href="./"><img src="Upload/Banner/banner-top.jpg" alt="{esc(self.spec.name)}" width="1000" height="140" /></a></div>
<div id="menu"><ul><li><a href="./">{esc(s["home"])}</a></li>{menu}<li><a href="gioi-thieu">Giới thiệu</a></li></ul></div>
<div id="marquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>
<table id="layout" width="1000" cellpadding="0" cellspacing="0"><tr>
<td id="col-main" valign="top" width="750">
{main}
</td>
<td id="col-right" valign="top" width="250">
<div class="box"><div class="box-title">{esc(s["search"])}</div><div class="box-content"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /><input type="submit" name="ctl00$btnSearch" value="{esc(s["search"])}" id="ctl00_btnSearch" /></div></div>
<div class="box"><div class="box-title">{esc(s["links_title"])}</div><div class="box-content"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{links}</select></div></div>
<div class="box"><div class="box-content">{banners}</div></div>
<div class="box"><div class="box-title">{esc(s["stats_title"])}</div><div class="box-content">{stats}</div></div>
</td></tr></table>
<div id="footer">{footer}<br /><a href="rss/tin-moi.xml">RSS</a> | <a href="admin/login.aspx">{esc(s["admin"])}</a></div>
</div>
</form>
</body>
</html>"""

    def item(self, article: CorpusArticle, image: bool = True) -> str:
        img = (
            f'<a href="{self.rel(article)}"><img src="Upload/News/{self.numeric_id(article)}/thumb.jpg" class="thumb" alt="" /></a>'
            if image
            else ""
        )
        return f"""<div class="news-item">{img}<a class="news-item-title" href="{self.rel(article)}">{esc(article.title)}</a> <span class="news-item-date">({self.when[article.id].dmy()})</span>
<div class="news-item-desc">{esc(self.teaser(article))}</div></div>"""

    def home_body(self) -> str:
        s = self.s
        hot = "".join(self.item(a) for a in self.featured())
        blocks = "".join(
            f'<div class="box"><div class="box-title"><a href="{c.key}">{esc(c.name)}</a></div><div class="box-content">'
            + "".join(self.item(a, image=False) for a in self.listing(c.slug)[:2])
            + "</div></div>"
            for c in self.spec.categories
        )
        return f'<div class="box"><div class="box-title">{esc(s["featured"])}</div><div class="box-content">{hot}</div></div>{blocks}'

    def listing_body(self, category: Category, items: list[CorpusArticle], pages: int) -> str:
        """Page 1 only: the pager posts the form back, so deeper pages have no URL of their own."""
        numbers = '<span class="current">1</span> ' + " ".join(
            f'<a href="javascript:__doPostBack(&#39;{PAGER.format(n)}&#39;,&#39;&#39;)">{n}</a>'
            for n in range(2, pages + 1)
        )
        more = (
            f' <a href="javascript:__doPostBack(&#39;{PAGER.format(2)}&#39;,&#39;&#39;)">{esc(self.s["next_page"])} &raquo;</a>'
            if pages > 1
            else ""
        )
        rows = "".join(self.item(a) for a in items)
        return (
            f'<div class="breadcrumb"><a href="./">{esc(self.s["home"])}</a> &raquo; <span>{esc(category.name)}</span></div>'
            f'<div class="box"><div class="box-title">{esc(category.name)}</div><div class="box-content">{rows}'
            f'<div class="pager">Trang: {numbers}{more}</div></div></div>'
        )

    # ---- the article --------------------------------------------------------------------------
    def body_html(self, article: CorpusArticle) -> str:
        """Paragraphs separated by <br /><br /> in one justified div, with a photo and a data table between them."""
        blocks = [f"&nbsp;&nbsp;&nbsp; {esc(p)}" for p in article.paragraphs]
        inserts: dict[int, list[str]] = {}
        shot = photo(article, default=article.number % 3 != 0)
        if shot:
            inserts.setdefault(shot.after, []).append(
                f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-box" style="width:500px"><tbody><tr><td><img alt="" src="Upload/News/{self.numeric_id(article)}/anh1.jpg" style="width:500px" /></td></tr>'
                f'<tr><td style="text-align:center"><em>{esc(shot.caption)} ({esc(shot.credit)})</em></td></tr></tbody></table>'
            )
        data = table(article)
        if data:
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in data.rows)
            inserts.setdefault(data.after, []).append(
                f'<div style="text-align:center"><b>{esc(data.title)}</b></div><table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>{rows}</tbody></table>'
            )
        out = []
        for i, block in enumerate(blocks):
            out.append(block)
            out.extend(inserts.get(i, []))
        return "<br />\n<br />\n".join(out)

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        category = self.spec.category(article.category)
        when = self.when[article.id]
        byline = self.byline_author(article)
        author = f' - <span class="news-author">Người viết: {esc(byline)}</span>' if byline else ""
        lead = f'<div class="news-summary"><b>{esc(article.lead)}</b></div>' if article.lead else ""
        signature = (
            f'<div style="text-align:right"><b>{esc(article.author)}</b></div>'
            if article.author_style == "signature" and article.author
            else ""
        )
        label = (
            f'<div style="text-align:right"><i>{esc(s["source_label"] if article.number % 2 else s["author_label"])} {esc(article.author)}</i></div>'
            if article.author_style == "label" and article.author
            else ""
        )
        others = "".join(
            f'<li><a href="{self.rel(a)}">{esc(a.title)}</a> <span>({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        return f"""<div class="breadcrumb"><a href="./">{esc(s["home"])}</a> &raquo; <a href="{category.key}">{esc(category.name)}</a></div>
<div class="news-detail">
<span id="ctl00_ContentPlaceHolder1_ucNewsDetail_lblTitle" class="news-title">{esc(article.title)}</span>
<div class="news-info"><span class="news-date">({when.sa_ch()})</span>{author} <span class="news-view">{esc(s["views"])}: {self.views(article)}</span></div>
{lead}
<div id="ctl00_ContentPlaceHolder1_ucNewsDetail_divContent" class="news-content" style="text-align:justify">
{self.body_html(article)}
{signature}
</div>
{label}
<div class="news-tools"><a href="{self.print_path(article).lstrip("/")}" target="_blank">{esc(s["print"])}</a> | <a href="javascript:history.back()">{esc(s["back"])}</a> | <a href="#top">{esc(s["top"])}</a></div>
<div class="other-news"><div class="box-title">{esc(s["other_news_long"])}</div><ul>{others}</ul></div>
</div>"""

    def print_page(self, article: CorpusArticle) -> str:
        lead = f"<b>{esc(article.lead)}</b><br /><br />" if article.lead else ""
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>{esc(article.title)}</title><link rel="canonical" href="{esc(self.canonical_url(article))}" /></head>
<body onload="window.print()"><div style="width:700px;font-family:Times New Roman">
<div><b>{esc(self.spec.name.upper())}</b></div><hr />
<h2>{esc(article.title)}</h2><div>({self.when[article.id].sa_ch()})</div>
{lead}{self.body_html(article)}
<div style="text-align:right"><b>{esc(article.author or "")}</b></div>
</div></body></html>"""
