"""A home-made classic-ASP district portal: nested tables, <font>, sloppy HTML, windows-1258, session ids."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import secrets
from datetime import date, timedelta

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.text import esc

SID = "@@SID@@"  # replaced by a fresh session id in every response
CALENDAR_DAY = date(2024, 5, 14)


class TableSite(Template):
    ignored_params = ("sid",)

    def article_path(self, article: CorpusArticle) -> str:
        category = self.spec.category(article.category)
        return f"/index.asp?CatID={category.key}&NewsID={self.numeric_id(article)}"

    # Links as the site writes them: relative, parameters in varying order, always with a session id.
    def article_link(self, article: CorpusArticle, news_first: bool = True, extra: str = "") -> str:
        cat, news = self.spec.category(article.category).key, self.numeric_id(article)
        query = f"NewsID={news}&amp;CatID={cat}" if news_first else f"CatID={cat}&amp;NewsID={news}"
        return f"index.asp?{query}{extra}&amp;sid={SID}"

    def category_link(self, category: Category, page: int = 1) -> str:
        paging = f"&amp;page={page}" if page > 1 else ""
        return f"index.asp?CatID={category.key}{paging}&amp;sid={SID}"

    def calendar_link(self, day: date) -> str:
        return f"lich.asp?ngay={day.isoformat()}&amp;sid={SID}"

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /admin/\nDisallow: /thongke.asp\nDisallow: /upload/tmp/\n"

    def personalize(self, body: bytes) -> bytes:
        return body.replace(SID.encode("ascii"), secrets.token_hex(8).encode("ascii"))

    def build(self) -> None:
        home = self.html(self.page(self.spec.name, self.home_body()))
        self.add("/", home)
        self.add("/index.asp", home)
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                path = f"/index.asp?CatID={category.key}" + (f"&page={number}" if number > 1 else "")
                self.add(
                    path, self.html(self.page(category.name, self.listing_body(category, items, number, len(pages))))
                )
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.page(article.title, self.article_body(article))))
            self.add(self.article_path(article) + "&print=1", self.html(self.print_page(article)))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(
            "/admin/login.asp", self.html(self.page(self.s["admin"], f"<tr><td>{esc(self.s['login_page'])}</td></tr>"))
        )

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """The 'Lịch công tác' calendar: any day renders, with links to the day before and after."""
        if path != "/lich.asp":
            return None
        value = dict(params).get("ngay", CALENDAR_DAY.isoformat())
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = CALENDAR_DAY
        return self.html(self.page(self.s["calendar"], self.calendar_body(day)))

    # ---- chrome -----------------------------------------------------------------------------
    def page(self, title: str, main: str) -> str:
        s = self.s
        menu = " | ".join(
            f'<a href="{self.category_link(c)}"><font color="#FFFFFF"><b>{esc(c.name.upper())}</b></font></a>'
            for c in self.spec.categories
        )
        latest = "".join(
            f'<tr><td valign="top"><img src="images/bullet.gif"></td><td><a href="{self.article_link(a, news_first=False)}"><font face="Arial" size="2" color="#003366">{esc(a.title)}</font></a>\n'
            for a in self.latest(6)
        )
        banners = "".join(
            f'<tr><td align="center"><a href="#" target="_blank"><img src="images/banner{i}.jpg" border="0" width="180" alt="{esc(b)}"></a></td></tr>'
            for i, b in enumerate(s["banners"][:4])
        )
        footer = "<br>".join(esc(line) for line in self.footer_lines())
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta http-equiv="Content-Language" content="vi">
<title>{esc(title)} - {esc(self.spec.name)}</title>
<link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E8EEF4">
<center>
<table border="0" width="980" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="980" height="150" alt="{esc(self.spec.name)}"></td></tr>
<tr><td colspan="3" bgcolor="#0A4D8C" height="28">&nbsp;<a href="index.asp?sid={SID}"><font color="#FFFFFF"><b>{esc(s["home"].upper())}</b></font></a> | {menu} | <a href="{self.calendar_link(CALENDAR_DAY)}"><font color="#FFFFFF"><b>{esc(s["calendar"].upper())}</b></font></a></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#F2F6FA">
<table width="100%" border="0" cellpadding="3">
<tr><td bgcolor="#0A4D8C"><font color="#FFFFFF" face="Arial" size="2"><b>{esc(s["latest"])}</b></font></td></tr>
<tr><td><table border="0" cellpadding="2">{latest}</table></td></tr>
</table>
</td>
<td width="600" valign="top">
<table width="100%" border="0" cellpadding="5">
{main}
</table>
</div>
</td>
<td width="190" valign="top" bgcolor="#F2F6FA">
<table width="100%" border="0" cellpadding="3">
<tr><td bgcolor="#0A4D8C"><font color="#FFFFFF" face="Arial" size="2"><b>{esc(s["calendar"])}</b></font></td></tr>
<tr><td><a href="{self.calendar_link(CALENDAR_DAY)}"><font size="2">Xem {esc(s["calendar"].lower())} tuần này</a></td></tr>
{banners}
<tr><td bgcolor="#0A4D8C"><font color="#FFFFFF" face="Arial" size="2"><b>{esc(s["stats_title"])}</b></font></td></tr>
<tr><td><font size="2">Số lượt truy cập: 1.245.871<br>Đang online: 12</td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#0A4D8C" align="center"><font color="#FFFFFF" face="Arial" size="1">{footer}<br><a href="admin/login.asp"><font color="#FFFFFF">{esc(s["admin"])}</font></a></td></tr>
</table>
</center>
</body>
</html>"""

    def row(self, article: CorpusArticle, news_first: bool) -> str:
        link = self.article_link(article, news_first)
        return f"""<tr><td valign="top" width="110"><a href="{link}"><img src="upload/news/{self.numeric_id(article)}.jpg" width="100" border="1"></a></td>
<td valign="top"><a href="{link}"><font face="Arial" size="2" color="#0A4D8C"><b>{esc(article.title)}</b></font></a> <font size="1" color="#808080">({self.when[article.id].dmy()})</font>
<p align="justify"><font face="Arial" size="2">{esc(self.teaser(article))}</font>
</td></tr>"""

    def home_body(self) -> str:
        s = self.s
        hot = "".join(self.row(a, news_first=False) for a in self.featured())
        blocks = "".join(
            f'<tr><td colspan="2" bgcolor="#DCE6F0"><a href="{self.category_link(c)}"><font face="Arial" size="2"><b>{esc(c.name.upper())}</b></font></a></td></tr>'
            + "".join(self.row(a, news_first=True) for a in self.listing(c.slug)[:3])
            for c in self.spec.categories
        )
        return f'<tr><td colspan="2" bgcolor="#DCE6F0"><font face="Arial" size="2" color="#CC0000"><b>{esc(s["featured"].upper())}</b></font></td></tr>{hot}{blocks}'

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        rows = "".join(self.row(a, news_first=page % 2 == 1) for a in items)
        numbers = " ".join(
            f"<b>{n}</b>" if n == page else f'<a href="{self.category_link(category, n)}">[{n}]</a>'
            for n in range(1, pages + 1)
        )
        more = (
            f' <a href="{self.category_link(category, page + 1)}">{esc(self.s["read_more"])}</a>'
            if page < pages
            else ""
        )
        return (
            f'<tr><td colspan="2" bgcolor="#DCE6F0"><font face="Arial" size="2"><b>{esc(self.s["home"])} &gt;&gt; {esc(category.name)}</b></font></td></tr>'
            f'{rows}<tr><td colspan="2" align="center"><font size="2">Trang: {numbers}{more}</font></td></tr>'
        )

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        when = self.when[article.id]
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        author = f" - Người viết: <b>{esc(byline)}</b>" if byline else ""
        lead = (
            f'<p align="justify"><font face="Arial" size="2"><b>{esc(article.lead)}</b></font>' if article.lead else ""
        )
        body = "\n".join(f'<p align="justify"><font face="Arial" size="2">{esc(p)}' for p in article.paragraphs)
        others = "".join(
            f'<li><a href="{self.article_link(a, news_first=bool(a.number % 2))}"><font size="2">{esc(a.title)}</font></a> <font size="1" color="#808080">({self.when[a.id].dmy()})</font>'
            for a in self.related(article)
        )
        signature = (
            f'<p align="right"><font face="Arial" size="2"><b>{esc(article.author)}</b></font>'
            if article.author_style == "signature" and article.author
            else ""
        )
        label = (
            f'<p align="right"><font face="Arial" size="2"><i>{esc(s["author_label"])} {esc(article.author)}</i></font>'
            if article.author_style == "label" and article.author
            else ""
        )
        return f"""<tr><td><font face="Arial" size="2"><a href="index.asp?sid={SID}">{esc(s["home"])}</a> &gt;&gt; <a href="{self.category_link(category)}">{esc(category.name)}</a></font></td></tr>
<tr><td>
<font face="Arial" size="4" color="#0A4D8C"><b>{esc(article.title)}</b></font><br>
<font face="Arial" size="1" color="#808080">Cập nhật lúc {when.hm() or "00:00"} ngày {when.dmy()}{author} - {esc(s["views"])}: {self.views(article)}</font>
<hr size="1" color="#CCCCCC">
{lead}
{body}
{signature}
{label}
</td></tr>
<tr><td align="right"><font size="1"><a href="{self.article_link(article, news_first=True, extra="&amp;print=1")}" target="_blank"><img src="images/print.gif" border="0"> {esc(s["print"])}</a> | <a href="mailto:?subject=tin%20bai">{esc(s["email"])}</a> | <a href="javascript:history.back()">{esc(s["back"])}</a></font></td></tr>
<tr><td><font face="Arial" size="2" color="#CC0000"><b>{esc(s["other_news_long"])}:</b></font><ul>{others}</ul></td></tr>
<tr><td><font face="Arial" size="2"><b>{esc(s["reader_opinion"])}</b></font><br><font size="1">{esc(s["comment_prompt"])}</font><br><textarea name="ykien" cols="60" rows="4"></textarea></td></tr>"""

    def print_page(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        body = "\n".join(f"<p>{esc(p)}" for p in (article.lead, *article.paragraphs) if p)
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(article.title)}</title></head>
<body onload="window.print()"><font face="Times New Roman">
<b>{esc(self.spec.name.upper())}</b><hr>
<h3>{esc(article.title)}</h3>
<i>Ngày {when.dmy()}</i>
{body}
{self.signature(article)}{self.label(article)}
<hr><font size="1">{esc(self.spec.name)}</font>
</body></html>"""

    def calendar_body(self, day: date) -> str:
        s = self.s
        weekday = s["weekdays"][day.weekday()]
        entries = (
            "07h30: Chủ tịch UBND huyện họp giao ban với các phòng, ban chuyên môn.",
            "14h00: Phó Chủ tịch UBND huyện làm việc với các xã về công tác an sinh xã hội.",
        )
        rows = (
            "".join(f'<tr><td><font size="2">{esc(e)}</td></tr>' for e in entries)
            if day.weekday() < 5
            else '<tr><td><font size="2">Không có lịch.</td></tr>'
        )
        before, after = day - timedelta(days=1), day + timedelta(days=1)
        return f"""<tr><td><font face="Arial" size="3" color="#0A4D8C"><b>{esc(s["calendar"].upper())} - {esc(weekday)}, ngày {day.strftime("%d/%m/%Y")}</b></font></td></tr>
{rows}
<tr><td align="center"><a href="{self.calendar_link(before)}">&lt;&lt; {esc(s["calendar_prev"])}</a> | <a href="{self.calendar_link(after)}">{esc(s["calendar_next"])} &gt;&gt;</a></td></tr>"""
