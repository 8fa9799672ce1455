"""DNN (DotNetNuke) 7 with a news module and a Telerik grid pager (provincial portals, dichvucong.*)."""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.text import ascii_slug, esc

HOME_TAB = 36


class Dnn(Template):
    sitemap_path = "/sitemap.xml"

    def article_path(self, article: CorpusArticle) -> str:
        tab = self.spec.category(article.category).key
        return f"/tabid/{tab}/ArticleID/{self.numeric_id(article)}/{ascii_slug(article.title, keep_case=True, limit=70)}.aspx"

    def category_path(self, category: Category, page: int = 1) -> str:
        return f"/Default.aspx?tabid={category.key}" + (f"&page={page}" if page > 1 else "")

    def robots(self) -> str:
        hidden = (
            "/admin/",
            "/App_Browsers/",
            "/App_Code/",
            "/App_Data/",
            "/bin/",
            "/Components/",
            "/Config/",
            "/DesktopModules/",
            "/Install/",
            "/Providers/",
            "/Resources/",
            "/Portals/_default/",
            "/Login.aspx",
        )
        return "User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in hidden)

    def build(self) -> None:
        s = self.s
        home = self.html(self.page(s["home"], self.home_body(), HOME_TAB))
        self.add("/", home)
        self.add(f"/Default.aspx?tabid={HOME_TAB}", home)
        for category in self.spec.categories:
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                self.add(
                    self.category_path(category, number),
                    self.html(
                        self.page(
                            category.name, self.listing_body(category, items, number, len(pages)), int(category.key)
                        )
                    ),
                )
        for article in self.articles:
            tab = int(self.spec.category(article.category).key)
            self.add(
                self.article_path(article),
                self.html(self.page(article.title, self.article_body(article), tab, article)),
            )
        self.add("/robots.txt", self.text(self.robots()))
        self.add(
            self.sitemap_path,
            self.text(
                self.sitemap_xml(self.in_sitemap(), ["/"] + [self.category_path(c) for c in self.spec.categories]),
                "application/xml",
            ),
        )
        self.add("/Login.aspx", self.html(self.page(s["login"], f"<p>{esc(s['login_page'])}</p>", HOME_TAB)))

    def pane(self, ctr: int, title: str, body: str) -> str:
        return (
            f'<div class="DnnModule DnnModule-NewsModule DnnModule-{ctr}"><a name="{ctr}"></a>'
            f'<div class="c_container"><h2 class="c_title"><span id="dnn_ctr{ctr}_dnnTITLE_titleLabel" class="TitleHead">{esc(title)}</span></h2>'
            f'<div id="dnn_ctr{ctr}_ContentPane" class="c_content"><div id="dnn_ctr{ctr}_ModuleContent" class="DNNModuleContent ModNewsC">{body}</div></div></div></div>'
        )

    def page(self, title: str, main: str, tab: int, article: CorpusArticle | None = None) -> str:
        s = self.s
        canon = f'<link rel="canonical" href="{esc(self.canonical_url(article))}"/>' if article else ""
        menu = "".join(
            f'<li class="item"><a href="{esc(self.category_path(c))}"><span>{esc(c.name)}</span></a></li>'
            for c in self.spec.categories
        )
        latest = "".join(f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in self.latest(5))
        footer = "<br/>".join(esc(line) for line in self.footer_lines())
        return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{esc(title)} - {esc(self.spec.name)}
</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
{canon}
<link href="/Portals/_default/default.css?cdv=218" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/Skins/HueSkin/skin.css?cdv=218" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=218" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/Default.aspx?tabid={tab}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="u1Hq0m3yGcvZl2k8W7QvM2xPfR9n" /></div>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ScriptManager_TSM&amp;compress=1" type="text/javascript"></script>
<div id="skin_wrapper">
<div class="skin_header"><a id="dnn_dnnLOGO_hypLogo" title="{esc(self.spec.name)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner.jpg" alt="{esc(self.spec.name)}" /></a>
<div class="skin_search"><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" /><a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">{esc(s["search"])}</a></span></div>
<a id="dnn_dnnLOGIN_loginLink" class="LoginLink" rel="nofollow" href="/Login.aspx">{esc(s["login"])}</a></div>
<div class="skin_menu"><ul class="topLevel"><li class="item"><a href="/"><span>{esc(s["home"])}</span></a></li>{menu}</ul></div>
<div class="skin_body">
<div id="dnn_LeftPane" class="LeftPane">{self.pane(512, s["latest"], f'<ul class="other-news">{latest}</ul>')}
{self.pane(513, "TIẾN ĐỘ XỬ LÝ HỒ SƠ TTHC", '<img src="/Portals/0/tthc.png" alt="Chung nhan Tin Nhiem Mang"/>')}</div>
<div id="dnn_ContentPane" class="ContentPane">{main}</div>
<div id="dnn_RightPane" class="RightPane">{self.pane(515, "Xem tin theo ngày", '<input type="text" id="dnn_ctr515_dtpDate" class="riTextBox"/>')}
{self.pane(516, s["stats_title"], '<div class="counter">Tổng truy cập 7.650.047<br/>Hiện tại 4.099 khách</div>')}</div>
</div>
<div class="skin_footer"><div id="dnn_FooterPane">{footer}</div><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2024 by {esc(self.spec.name)}</span></div>
</div>
</form>
</body>
</html>"""

    def row(self, article: CorpusArticle, index: int) -> str:
        link = esc(self.article_path(article))
        cls = "rgRow" if index % 2 == 0 else "rgAltRow"
        return (
            f'<tr class="{cls}" id="dnn_ctr507_NewsList_grdNews_ctl00__{index}"><td>'
            f'<a href="{link}"><img class="news-thumb" src="/Portals/0/News/{self.numeric_id(article)}.jpg" alt=""/></a>'
            f'<a class="news-title" href="{link}">{esc(article.title)}</a> <span class="news-date">{self.when[article.id].dmy()}</span>'
            f'<div class="news-summary">{esc(self.teaser(article))}</div></td></tr>'
        )

    def home_body(self) -> str:
        s = self.s
        hot = "".join(
            f'<div class="hot-item"><a href="{esc(self.article_path(a))}">{esc(a.title)}</a><p>{esc(self.teaser(a))}</p></div>'
            for a in self.featured()
        )
        blocks = "".join(
            self.pane(
                600 + i,
                c.name,
                f'<ul>{self.title_links(self.listing(c.slug)[:4])}</ul><a class="more" href="{esc(self.category_path(c))}">{esc(s["more"])}</a>',
            )
            for i, c in enumerate(self.spec.categories)
        )
        return self.pane(507, s["featured"], hot) + blocks

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        rows = "".join(self.row(a, i) for i, a in enumerate(items))
        numbers = "".join(
            f'<a class="rgCurrentPage" href="javascript:void(0);"><span>{n}</span></a>'
            if n == page
            else f'<a href="{esc(self.category_path(category, n))}"><span>{n}</span></a>'
            for n in range(1, pages + 1)
        )
        nxt = (
            f'<a class="rgPageNext" title="Trang sau" href="{esc(self.category_path(category, page + 1))}"></a>'
            if page < pages
            else '<input type="submit" class="rgPageNext" title="Trang sau" disabled="disabled" value=" " />'
        )
        prev = (
            f'<a class="rgPagePrev" title="Trang trước" href="{esc(self.category_path(category, page - 1))}"></a>'
            if page > 1
            else ""
        )
        pager = (
            f'<tr class="rgPager"><td><table class="rgWrap"><tr><td><div class="rgWrap rgArrPart1">{prev}</div>'
            f'<div class="rgWrap rgNumPart">{numbers}</div><div class="rgWrap rgArrPart2">{nxt}</div>'
            f'<div class="rgWrap rgInfoPart">Trang <strong>{page}</strong> / <strong>{pages}</strong></div></td></tr></table></td></tr>'
        )
        grid = f'<div id="dnn_ctr507_NewsList_grdNews" class="RadGrid RadGrid_Default"><table class="rgMasterTable" id="dnn_ctr507_NewsList_grdNews_ctl00"><tfoot>{pager}</tfoot><tbody>{rows}</tbody></table></div>'
        return self.pane(507, category.name, grid)

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        byline = self.byline_author(article)
        author = f' <span id="dnn_ctr507_ViewNews_lblAuthor" class="author">- {esc(byline)}</span>' if byline else ""
        lead = f'<p class="news-lead"><strong>{esc(article.lead)}</strong></p>' if article.lead else ""
        signature = (
            f'<p style="text-align:right">{esc(article.author)}</p>'
            if article.author_style == "signature" and article.author
            else ""
        )
        others = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in self.related(article)
        )
        body = f"""<div id="dnn_ctr507_ViewNews_pnlDetail" class="news-detail">
<h1 id="dnn_ctr507_ViewNews_lblTitle" class="news-title-detail">{esc(article.title)}</h1>
<div class="news-date-detail"><span id="dnn_ctr507_ViewNews_lblDate">Ngày cập nhật {self.when[article.id].dmy()}</span>{author}</div>
<div id="dnn_ctr507_ViewNews_divContent" class="news-content">
<figure><img src="/Portals/0/News/{self.numeric_id(article)}_1.jpg" alt=""/><figcaption>Toàn cảnh buổi làm việc</figcaption></figure>
{lead}
{self.paragraphs(article, lead=False, style="text-align:justify")}
{signature}
</div>
{self.label(article)}
<div class="news-tools"><a href="javascript:window.print();">{esc(s["print"])}</a> | <a href="#" class="email">{esc(s["email"])}</a> | <a href="#" class="fb-share">{esc(s["share"])}</a></div>
<div class="news-other"><h3>Tin Khác</h3><ul>{others}</ul></div>
</div>"""
        return self.pane(507, self.spec.category(article.category).name, body)
