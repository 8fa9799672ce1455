"""A national mass organisation's news portal on a vendor Liferay 7 build (the national Women's Union kind).

Friendly URLs '/tin-chi-tiet/-/chi-tiet/<slug>-<id>-<category>.html' where only the id routes, the same pages under
'/web/guest', Tomcat ';jsessionid=' on the main menu, a rich home page, photo stories and videos under
'/multimedia', tag pages, a 'Văn bản' register with PDFs, an English section, RSS, a sitemap and soft 404s.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import re
import secrets
from urllib.parse import quote

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import all_tags, photo, tag_slug, tags_of
from govnews.crawler.demo.text import EN_MONTHS, ascii_slug, esc, stable_token

SID = "JSESSIONIDPLACEHOLDER0000000000"
PORTLET = "danhsachtin_WAR_hlhpnportlet"
CUR = f"_{PORTLET}_cur"
ARTICLE = re.compile(r"^/(?:web/guest/)?tin-chi-tiet/-/chi-tiet/[^/]*?-(\d+)-(\d+)\.html$")
MEDIA = re.compile(r"^/(?:web/guest/)?multimedia/-/(?:anh|video)/[^/]*?-(\d+)\.html$")
ENGLISH = re.compile(r"^/en/news/-/detail/[^/]*?-(\d+)\.html$")
PHOTO_CAPTIONS = (
    "Các đại biểu tham quan gian trưng bày sản phẩm của hội viên.",
    "Cán bộ Hội trao đổi với chị em tại buổi sinh hoạt chi hội.",
    "Hội viên phụ nữ tham gia buổi truyền thông tại nhà văn hóa thôn.",
    "Lãnh đạo Hội LHPN tỉnh trò chuyện với chị em phụ nữ dân tộc thiểu số.",
    "Buổi sinh hoạt câu lạc bộ thu hút đông đảo chị em tham gia.",
)
# The 'Văn bản' register: number, kind, issued, summary (static pages of the portal, not corpus articles).
DOCUMENTS = (
    (
        "01/NQ-ĐCT",
        "Nghị quyết",
        "14/01/2025",
        "Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Hội LHPN Việt Nam khóa XIII về nhiệm vụ năm 2025",
    ),
    (
        "15/KH-ĐCT",
        "Kế hoạch",
        "21/02/2025",
        "Kế hoạch triển khai Dự án 8 'Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em' năm 2025",
    ),
    (
        "09/HD-ĐCT",
        "Hướng dẫn",
        "05/03/2025",
        "Hướng dẫn tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025",
    ),
    (
        "142/KH-ĐCT",
        "Kế hoạch",
        "18/09/2024",
        "Kế hoạch tổ chức các hoạt động kỷ niệm 94 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2024)",
    ),
    (
        "27/HD-ĐCT",
        "Hướng dẫn",
        "10/06/2024",
        "Hướng dẫn công tác phát triển hội viên và xây dựng tổ chức Hội giai đoạn 2024 - 2027",
    ),
    (
        "05/NQ-ĐCT",
        "Nghị quyết",
        "12/12/2023",
        "Nghị quyết về nâng cao chất lượng hoạt động của Hội trong hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế",
    ),
)
PROVINCIAL = (
    "Hà Nội",
    "Hà Giang",
    "Lào Cai",
    "Điện Biên",
    "Thanh Hóa",
    "Nghệ An",
    "Quảng Trị",
    "Đà Nẵng",
    "Gia Lai",
    "Đắk Lắk",
    "TP. Hồ Chí Minh",
    "Sóc Trăng",
    "Cà Mau",
)
HOT_KEYWORDS = ("bình đẳng giới", "Đề án 939", "Dự án 8", "bạo lực gia đình", "Đại hội phụ nữ")


class UnionPortal(Template):
    sitemap_path = "/sitemap.xml"
    feed_path = "/rss/tin-moi"
    related_count = 8

    # ---- URLs -------------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """Tomcat's ';jsessionid=' is no part of a page's address."""
        return super().route_key(re.sub(r";jsessionid=[^/?#]*", "", path_qs, flags=re.IGNORECASE))

    def kind(self, article: CorpusArticle) -> str:
        """'photo' or 'video' for the Multimedia items (alternating), else 'news'."""
        if article.category != "multimedia":
            return "news"
        return "photo" if article.number % 2 == 0 else "video"

    def slug(self, article: CorpusArticle) -> str:
        return ascii_slug(article.title, limit=110)

    def article_path(self, article: CorpusArticle) -> str:
        nid = self.numeric_id(article)
        if article.lang == "en":
            return f"/en/news/-/detail/{self.slug(article)}-{nid}.html"
        kind = self.kind(article)
        if kind != "news":
            return f"/multimedia/-/{'anh' if kind == 'photo' else 'video'}/{self.slug(article)}-{nid}.html"
        return f"/tin-chi-tiet/-/chi-tiet/{self.slug(article)}-{nid}-{self.spec.category(article.category).key}.html"

    def guest_path(self, article: CorpusArticle) -> str:
        """The same page under Liferay's default site prefix (home carousel, 'Tin nổi bật')."""
        return "/web/guest" + self.article_path(article)

    def print_path(self, article: CorpusArticle) -> str:
        return self.article_path(article) + "?p_p_state=pop_up&viewMode=print"

    def category_path(self, category: Category, page: int | None = None) -> str:
        base = "/en/news" if category.lang == "en" else f"/chuyen-muc/-/danh-sach/{category.slug}-{category.key}.html"
        if page is None:
            return base
        return f"{base}?p_p_id={PORTLET}&p_p_lifecycle=0&{CUR}={page}"

    def nav(self, path: str) -> str:
        """A main-menu link, URL-rewritten by Tomcat for a client without the session cookie."""
        head, sep, query = path.partition("?")
        return f"{head};jsessionid={SID}{sep}{query}"

    def tag_path(self, tag: str) -> str:
        return f"/tags/-/tag/{tag_slug(tag)}"

    def search_path(self, keyword: str) -> str:
        return f"/tim-kiem?q={quote(keyword)}"

    def document_path(self, number: str) -> str:
        return f"/van-ban/-/chi-tiet/{ascii_slug(number)}"

    def document_pdf(self, number: str) -> str:
        return f"/documents/20182/{1940 + sum(map(ord, number)) % 500}/{ascii_slug(number).upper()}.pdf"

    def attachment_path(self, article: CorpusArticle) -> str | None:
        name = self.attachment(article)
        return f"/documents/20182/{self.numeric_id(article)}/{name}" if name else None

    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /c/\nDisallow: /api/\nDisallow: /group/\nDisallow: /tim-kiem\n"
            "Disallow: /web/guest/tim-kiem\nDisallow: /*?p_p_state=pop_up\n\n"
            f"Sitemap: {self.url(self.sitemap_path)}\n"
        )

    # ---- per response -----------------------------------------------------------------------
    def personalize(self, body: bytes) -> bytes:
        if SID.encode() not in body:
            return body
        return body.replace(SID.encode(), secrets.token_hex(16).upper().encode())

    def not_found(self) -> Response:
        return self.html(
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>Lỗi 404 - Hội Liên hiệp Phụ nữ Việt Nam</title></head>'
            '<body class="error-page"><div class="portlet-msg-error"><h1>Không tìm thấy trang</h1>'
            f'<p>{esc(self.s["not_found"])}</p><p>Mã lỗi: 404 - /html/portal/status.jsp</p><p><a href="/">{esc(self.s["home"])}</a></p></div></body></html>',
            status=404,
        )

    def soft_404(self) -> Response:
        body = (
            '<div class="portlet-boundary portlet-tin-chi-tiet"><div class="alert alert-info">Nội dung không tồn tại hoặc đã bị gỡ bỏ.</div>'
            f'<h3 class="title-box">{esc(self.s["latest"])}</h3><ul class="list-news">{self.title_links(self.latest(5))}</ul></div>'
        )
        return self.html(self.page("Tin chi tiết", body, robots="noindex"))

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        path = self.route_key(path).split("?", 1)[0]
        by_id = {self.numeric_id(a): a for a in self.articles}
        for pattern in (ARTICLE, MEDIA, ENGLISH):
            match = pattern.match(path)
            if match:  # only the id routes: another slug or category is the same page (rel=canonical says which)
                article = by_id.get(int(match.group(1)))
                if article is None or (pattern is ENGLISH) != (article.lang == "en"):
                    return self.soft_404()
                return self.routes.get(self.route_key(self.article_path(article)))
        if path == "/c/portal/login":  # any p_l_id / redirect parameters: the sign-in form
            return self.routes.get(path)
        if path in ("/tim-kiem", "/web/guest/tim-kiem"):
            keyword = next((v for k, v in params if k == "q"), "")
            return self.html(self.page(self.s["search"], self.search_body(keyword)))
        if path.startswith("/chuyen-muc/-/danh-sach/") or path == "/en/news":
            first = self.routes.get(path)
            if first is not None:  # a page number past the end: the portlet's empty message
                category = next(c for c in self.spec.categories if self.category_path(c) == path)
                return self.html(
                    self.page(category.name, self.listing_body(category, [], 0, 0), en=category.lang == "en")
                )
        return None

    # ---- build ------------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        self.add("/", self.html(self.page(s["home"], self.home_body(), home=True)))
        self.add("/web/guest", self.redirect("/", 302))
        self.add("/web/guest/trang-chu", self.redirect("/", 301))
        self.add("/trang-chu", self.redirect("/", 301))
        for category in self.spec.categories:
            en = category.lang == "en"
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                rendered = self.html(
                    self.page(category.name, self.listing_body(category, items, number, len(pages)), en=en)
                )
                self.add(self.category_path(category, number), rendered)
                if number == 1:
                    self.add(self.category_path(category), rendered)
        self.add("/en", self.html(self.page("Viet Nam Women's Union", self.english_home(), en=True)))
        for tag in all_tags():
            members = [a for a in self.listed() if tag in tags_of(a)]
            self.add(self.tag_path(tag), self.html(self.page(f"Từ khóa: {tag}", self.tag_body(tag, members))))
        for article in self.articles:
            page = self.html(
                self.page(article.title, self.article_body(article), article=article, en=article.lang == "en")
            )
            self.add(self.article_path(article), page)
            if article.lang == "vi":
                self.add(self.guest_path(article), page)
                self.add(self.print_path(article), self.html(self.print_page(article)))
            attached = self.attachment_path(article)
            if attached:
                self.add(attached, self.pdf(attached.rsplit("/", 1)[-1], article))
        self.add("/van-ban", self.html(self.page("Văn bản", self.documents_body())))
        for doc_number, kind, issued, summary in DOCUMENTS:
            self.add(
                self.document_path(doc_number),
                self.html(self.page(f"{kind} số {doc_number}", self.document_body(doc_number, kind, issued, summary))),
            )
            self.add(self.document_pdf(doc_number), self.pdf(f"{kind} {ascii_slug(doc_number).upper()}"))
        for slug, title, text in self.static_pages():
            self.add(
                f"/gioi-thieu/-/{slug}",
                self.html(
                    self.page(title, f'<div class="static-page"><h1 class="title-page">{esc(title)}</h1>{text}</div>')
                ),
            )
        self.add(
            "/c/portal/login",
            self.html(
                self.page(
                    s["login"],
                    f'<form class="sign-in-form" method="post" action="/c/portal/login"><p>{esc(s["login_page"])}</p><input name="_com_liferay_login_web_portlet_LoginPortlet_login"/><input type="password" name="_com_liferay_login_web_portlet_LoginPortlet_password"/><button type="submit">{esc(s["login"])}</button></form>',
                )
            ),
        )
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.sitemap_path, self.text(self.sitemap(), "application/xml"))
        self.add(
            self.feed_path,
            self.text(self.rss("Hội LHPN Việt Nam - Tin mới", "/", self.in_feed()[:50]), "application/rss+xml"),
        )
        self.add("/rss", self.html(self.page("RSS", self.rss_page())))

    def sitemap(self) -> str:
        pages = ["/", "/van-ban", "/en", *(self.category_path(c) for c in self.spec.categories)]
        return self.sitemap_xml(self.in_sitemap(), pages)

    # ---- chrome -----------------------------------------------------------------------------
    def page(
        self,
        title: str,
        main: str,
        article: CorpusArticle | None = None,
        en: bool = False,
        home: bool = False,
        robots: str = "",
    ) -> str:
        s = self.s
        cats = [c for c in self.spec.categories if c.lang == "vi"]
        menu = "".join(
            f'<li class="lfr-nav-item"><a href="{self.nav(self.category_path(c))}"><span>{esc(c.name)}</span></a></li>'
            for c in cats
        )
        meta = f'<meta name="robots" content="{robots}"/>' if robots else ""
        if article is not None:
            canonical = self.canonical_url(article)
            meta += (
                f'<link rel="canonical" href="{esc(canonical)}"/><meta property="og:type" content="article"/>'
                f'<meta property="og:title" content="{esc(article.title)}"/><meta property="og:url" content="{esc(canonical)}"/>'
                f'<meta property="og:description" content="{esc(self.teaser(article))}"/>'
                f'<meta property="og:image" content="{self.url(self.thumb(article))}"/>'
            )
        elif home:
            meta += f'<link rel="alternate" type="application/rss+xml" title="Tin mới" href="{self.feed_path}"/>'
        hot = " ".join(f'<a href="{esc(self.search_path(k))}">#{esc(k)}</a>' for k in HOT_KEYWORDS)
        top = "".join(
            f'<li><a href="{self.guest_path(a) if a.lang == "vi" else self.article_path(a)}">{esc(a.title)}</a></li>'
            for a in self.featured(5)
        )
        read = "".join(
            f'<li><span class="num">{i + 1}</span><a href="{self.article_path(a)}">{esc(a.title)}</a></li>'
            for i, a in enumerate(self.most_read())
        )
        provinces = "".join(
            f'<option value="https://phunu.{ascii_slug(p).replace("-", "")}.gov.vn">Hội LHPN {esc(p)}</option>'
            for p in PROVINCIAL
        )
        stats = "".join(f"<li>{esc(k)}: <b>{v}</b></li>" for k, v in self.stats())
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        lang_switch = f'<a href="/">{esc(s["vietnamese"])}</a>' if en else '<a href="/en" title="English">English</a>'
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{"en-US" if en else "vi-VN"}"><head><title>{esc(title)} - Hội Liên hiệp Phụ nữ Việt Nam</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport"/><meta content="text/html; charset=UTF-8" http-equiv="content-type"/>{meta}
<link href="/o/hlhpn-theme/images/favicon.ico" rel="icon"/><link class="lfr-css-file" href="/o/hlhpn-theme/css/main.css?browserId=other&amp;themeId=hlhpntheme_WAR_hlhpntheme&amp;languageId=vi_VN&amp;b=7110&amp;t=1718000000000" rel="stylesheet" type="text/css"/>
<script>var themeDisplay={{getLanguageId:function(){{return "{"en_US" if en else "vi_VN"}";}},getPathMain:function(){{return "/c";}},isSignedIn:function(){{return false;}}}};Liferay.authToken="{stable_token(self.spec.id, 8)}";</script>
</head><body class="controls-visible yui3-skin-sam signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div class="top-bar"><span class="today" id="today-date"></span> <span class="hotline">Đường dây nóng: 1900 969 680</span>
<a href="/rss" class="rss">RSS</a> {lang_switch} <a href="/c/portal/login?p_l_id=20184" rel="nofollow">{esc(s["login"])}</a></div>
<div class="logo-bar"><a class="logo" href="/" title="Hội Liên hiệp Phụ nữ Việt Nam"><img alt="Hội Liên hiệp Phụ nữ Việt Nam" src="/o/hlhpn-theme/images/logo.png"/></a>
<span class="slogan">Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang</span>
<form action="/tim-kiem" method="get" class="search-form"><input name="q" placeholder="{esc(s["search_placeholder"])}"/><button type="submit">{esc(s["search"])}</button></form></div>
<nav class="navigation" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">
<li class="lfr-nav-item"><a href="{self.nav("/")}"><span>{esc(s["home"])}</span></a></li>
<li class="lfr-nav-item dropdown"><a href="{self.nav("/gioi-thieu/-/lich-su")}"><span>Giới thiệu</span></a><ul class="child-menu">{"".join(f'<li><a href="{self.nav("/gioi-thieu/-/" + slug)}">{esc(t)}</a></li>' for slug, t, _ in self.static_pages())}</ul></li>
{menu}<li class="lfr-nav-item"><a href="{self.nav("/van-ban")}"><span>Văn bản</span></a></li></ul></nav>
<div class="hot-keywords"><span>Từ khóa nổi bật:</span> {hot}</div></header>
<section id="content"><div class="row"><div class="col-md-8" id="main-content" role="main">
{main}
</div><aside class="col-md-4 sidebar">
<div class="portlet-boundary box-hot"><h3 class="title-box">{esc(s["featured"])}</h3><ul class="list-news">{top}</ul></div>
<div class="portlet-boundary box-most-read"><h3 class="title-box">Đọc nhiều</h3><ol>{read}</ol></div>
<div class="portlet-boundary box-provinces"><h3 class="title-box">Hội LHPN các tỉnh/thành</h3><select onchange="window.open(this.value)"><option value="">-- Chọn tỉnh/thành --</option>{provinces}</select></div>
<div class="portlet-boundary box-banner"><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" src="/o/hlhpn-theme/images/banner-dvc.png"/></a><a href="https://phunuvietnam.vn" target="_blank"><img alt="Báo Phụ nữ Việt Nam" src="/o/hlhpn-theme/images/banner-bao.png"/></a></div>
<div class="portlet-boundary box-stats"><h3 class="title-box">{esc(s["stats_title"])}</h3><ul>{stats}</ul></div>
</aside></div></section>
<footer id="footer" role="contentinfo">{footer}<p><a href="/sitemap.xml">Sơ đồ trang</a> | <a href="/rss">RSS</a> | <a href="/gioi-thieu/-/lien-he">Liên hệ</a></p></footer>
</div><script>document.getElementById("today-date").textContent=new Date().toLocaleDateString("vi-VN");</script></body></html>"""

    def most_read(self) -> list[CorpusArticle]:
        vi = [a for a in self.listed() if a.lang == "vi"]
        return sorted(vi, key=lambda a: (-self.views(a), a.id))[:5]

    def thumb(self, article: CorpusArticle) -> str:
        return f"/documents/20182/0/{self.numeric_id(article)}-thumb.jpg"

    def item(self, article: CorpusArticle, link: str | None = None, sapo: bool = True, date: bool = True) -> str:
        link = link or self.article_path(article)
        when = self.when[article.id]
        stamp = f'<span class="date">({when.dmy()})</span>' if date else ""
        text = f'<p class="sapo">{esc(self.teaser(article))}</p>' if sapo else ""
        icon = {"photo": '<i class="icon-camera"></i> ', "video": '<i class="icon-play"></i> '}.get(
            self.kind(article), ""
        )
        return (
            f'<div class="news-item"><a class="thumb" href="{esc(link)}"><img src="{self.thumb(article)}" alt="{esc(article.title)}"/></a>'
            f'<h3 class="title"><a href="{esc(link)}">{icon}{esc(article.title)}</a></h3>{stamp}{text}</div>'
        )

    # ---- pages ------------------------------------------------------------------------------
    def home_body(self) -> str:
        s = self.s
        vi = [a for a in self.listed() if a.lang == "vi"]
        carousel = "".join(
            f'<div class="item{" active" if i == 0 else ""}"><a href="{self.guest_path(a)}"><img src="{self.thumb(a)}" alt="{esc(a.title)}"/></a><div class="carousel-caption"><a href="{self.guest_path(a)}">{esc(a.title)}</a></div></div>'
            for i, a in enumerate(vi[:5])
        )
        hot = "".join(self.item(a, self.guest_path(a), sapo=i == 0) for i, a in enumerate(self.featured(4)))
        blocks = []
        for category in self.spec.categories:
            if category.lang != "vi":
                continue
            items = self.listing(category.slug)[:4]
            body = (
                "".join(self.item(a, sapo=i == 0) for i, a in enumerate(items))
                or '<p class="empty">Chưa có tin bài.</p>'
            )
            blocks.append(
                f'<div class="portlet-boundary home-cat cat-{category.slug}"><h2 class="title-box"><a href="{self.category_path(category)}">{esc(category.name)}</a></h2>{body}'
                f'<a class="view-more" href="{self.category_path(category)}">{esc(s["more"])} &raquo;</a></div>'
            )
        media = [a for a in self.listed() if a.category == "multimedia"]
        photos = "".join(self.item(a, sapo=False) for a in media if self.kind(a) == "photo")
        videos = "".join(self.item(a, sapo=False) for a in media if self.kind(a) == "video")
        docs = "".join(
            f'<li><a href="{self.document_path(n)}">{esc(k)} số {esc(n)}</a>: {esc(t)} <span class="date">({d})</span></li>'
            for n, k, d, t in DOCUMENTS[:4]
        )
        english = "".join(self.item(a, sapo=False) for a in self.latest(3, "en"))
        notice = f'<div class="portlet-boundary box-notice"><h3 class="title-box">Thông báo</h3><ul><li><a href="/tin-chi-tiet/-/chi-tiet/thong-bao-lich-tiep-cong-dan-quy-iii-nam-2025-{self.spec.article_id_base + 997}-2.html">Thông báo lịch tiếp công dân quý III năm 2025</a></li></ul></div>'
        return f"""<div class="portlet-boundary home-carousel"><div class="carousel slide" data-ride="carousel" id="home-slider"><div class="carousel-inner">{carousel}</div>
<a class="left carousel-control" href="#home-slider" data-slide="prev">‹</a><a class="right carousel-control" href="#home-slider" data-slide="next">›</a></div></div>
<div class="portlet-boundary home-hot"><h2 class="title-box">{esc(s["featured"])}</h2>{hot}</div>
{notice}
{"".join(blocks)}
<div class="portlet-boundary home-media"><h2 class="title-box">Multimedia</h2><div class="tab-photo"><h3>Ảnh</h3>{photos}</div><div class="tab-video"><h3>Video</h3>{videos}</div></div>
<div class="portlet-boundary home-docs"><h2 class="title-box"><a href="/van-ban">Văn bản</a></h2><ul>{docs}</ul></div>
<div class="portlet-boundary home-en"><h2 class="title-box"><a href="/en">English</a></h2>{english}</div>"""

    def pager(self, category: Category, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        en = category.lang == "en"
        first, prev, nxt, last = ("First", "Previous", "Next", "Last") if en else ("Đầu", "Trước", "Tiếp", "Cuối")
        links = [f'<li><a href="{esc(self.category_path(category, 1))}">{first}</a></li>']
        if page > 1:
            links.append(f'<li><a href="{esc(self.category_path(category, page - 1))}">{prev}</a></li>')
        for n in range(1, pages + 1):
            links.append(
                f'<li class="active"><span>{n}</span></li>'
                if n == page
                else f'<li><a href="{esc(self.category_path(category, n))}">{n}</a></li>'
            )
        if page < pages:
            links.append(f'<li><a href="{esc(self.category_path(category, page + 1))}">{nxt}</a></li>')
        links.append(f'<li><a href="{esc(self.category_path(category, pages))}">{last}</a></li>')
        return f'<div class="taglib-page-iterator"><ul class="pagination">{"".join(links)}</ul></div>'

    def listing_body(self, category: Category, items: list[CorpusArticle], page: int, pages: int) -> str:
        rows = (
            "".join(self.item(a) for a in items)
            or f'<div class="alert alert-info">{"No results." if category.lang == "en" else "Không có dữ liệu."}</div>'
        )
        crumbs = f'<ul class="breadcrumb"><li><a href="/">{esc(self.s["en"]["home"] if category.lang == "en" else self.s["home"])}</a></li><li class="active">{esc(category.name)}</li></ul>'
        return f'{crumbs}<div class="portlet-boundary portlet-danh-sach-tin"><h1 class="title-page">{esc(category.name)}</h1><div class="list-news">{rows}</div>{self.pager(category, page, pages)}</div>'

    def english_home(self) -> str:
        english = next(c for c in self.spec.categories if c.lang == "en")
        rows = "".join(self.item(a) for a in self.latest(6, "en"))
        return (
            '<div class="portlet-boundary en-about"><h1 class="title-page">Viet Nam Women\'s Union</h1><p>The Viet Nam Women\'s Union is a socio-political organisation representing the legitimate rights and interests of Vietnamese women, founded on 20 October 1930.</p></div>'
            f'<div class="portlet-boundary"><h2 class="title-box"><a href="{self.category_path(english)}">{esc(english.name)}</a></h2>{rows}</div>'
        )

    def tag_body(self, tag: str, members: list[CorpusArticle]) -> str:
        rows = "".join(self.item(a) for a in members) or '<div class="alert alert-info">Không có dữ liệu.</div>'
        return f'<div class="portlet-boundary portlet-tags"><h1 class="title-page">Từ khóa: {esc(tag)}</h1><div class="list-news">{rows}</div></div>'

    def search_body(self, keyword: str) -> str:
        folded = keyword.casefold()
        hits = [a for a in self.listed() if folded and folded in f"{a.title} {a.body}".casefold()][:10]
        rows = (
            "".join(self.item(a) for a in hits)
            or '<div class="alert alert-info">Không tìm thấy kết quả nào phù hợp.</div>'
        )
        return f'<div class="portlet-boundary portlet-search"><h1 class="title-page">{esc(self.s["search"])}</h1><form action="/tim-kiem"><input name="q" value="{esc(keyword)}"/></form><p>Tìm thấy {len(hits)} kết quả cho từ khóa "{esc(keyword)}"</p>{rows}</div>'

    def documents_body(self) -> str:
        rows = "".join(
            f'<tr><td>{i}</td><td><a href="{self.document_path(n)}">{esc(n)}</a></td><td>{d}</td><td>{esc(k)}</td><td>{esc(t)}</td><td><a href="{self.document_pdf(n)}" target="_blank"><img alt="PDF" src="/o/hlhpn-theme/images/pdf.png"/></a></td></tr>'
            for i, (n, k, d, t) in enumerate(DOCUMENTS, start=1)
        )
        return f'<div class="portlet-boundary portlet-van-ban"><h1 class="title-page">Văn bản</h1><form class="filter"><select name="loai"><option>Tất cả</option><option>Nghị quyết</option><option>Kế hoạch</option><option>Hướng dẫn</option><option>Thông tri</option></select></form><table class="table table-bordered"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table></div>'

    def document_body(self, number: str, kind: str, issued: str, summary: str) -> str:
        return (
            f'<div class="portlet-boundary portlet-van-ban-chi-tiet"><h1 class="title-page">{esc(kind)} số {esc(number)}</h1><table class="table">'
            f"<tr><th>Số ký hiệu</th><td>{esc(number)}</td></tr><tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr>"
            f"<tr><th>Cơ quan ban hành</th><td>Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam</td></tr><tr><th>Ngày ban hành</th><td>{issued}</td></tr>"
            f'<tr><th>Trích yếu</th><td>{esc(summary)}</td></tr><tr><th>Tệp đính kèm</th><td><a href="{self.document_pdf(number)}">{esc(ascii_slug(number).upper())}.pdf</a></td></tr></table>'
            '<p><a href="/van-ban">&laquo; Quay lại danh sách văn bản</a></p></div>'
        )

    def static_pages(self) -> list[tuple[str, str, str]]:
        return [
            (
                "lich-su",
                "Lịch sử hình thành",
                "<p>Hội Liên hiệp Phụ nữ Việt Nam được thành lập ngày 20/10/1930. Ngày 20/10 hằng năm trở thành Ngày Phụ nữ Việt Nam.</p>",
            ),
            (
                "co-cau-to-chuc",
                "Cơ cấu tổ chức",
                "<p>Hội được tổ chức theo 4 cấp: Trung ương; tỉnh, thành phố; huyện (trước 01/7/2025) và cơ sở.</p>",
            ),
            (
                "dieu-le",
                "Điều lệ Hội",
                "<p>Điều lệ Hội LHPN Việt Nam được Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII thông qua.</p>",
            ),
            ("lien-he", "Liên hệ", f"<p>{esc(self.spec.address)}</p><p>{esc(self.s['footer_phone'])}</p>"),
        ]

    def rss_page(self) -> str:
        rows = "".join(
            f'<li><a href="{self.category_path(c)}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
            if c.lang == "vi"
        )
        return f'<div class="portlet-boundary"><h1 class="title-page">RSS</h1><p>Kênh tin mới: <a href="{self.feed_path}">{self.url(self.feed_path)}</a></p><ul>{rows}</ul></div>'

    # ---- articles ---------------------------------------------------------------------------
    def display_date(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        if article.lang == "en":
            return f"{EN_MONTHS[when.at.month - 1]} {when.at.day}, {when.at.year}" + (
                f" {when.hm()}" if when.has_time else ""
            )
        return when.with_time(when.dmy(), join=" - ", time_first=True) if when.has_time else when.dmy()

    def body_blocks(self, article: CorpusArticle) -> list[str]:
        blocks = [f'<p style="text-align: justify;">{esc(p)}</p>' for p in article.paragraphs]
        kind = self.kind(article)
        nid = self.numeric_id(article)
        year = self.when[article.id].at.year
        if kind == "photo":
            out = []
            for i, block in enumerate(blocks):
                out.append(block)
                caption = PHOTO_CAPTIONS[(article.number + i) % len(PHOTO_CAPTIONS)]
                out.append(
                    f'<div class="photo-item"><img src="/documents/20182/{year}/{nid}-{i + 1}.jpg" alt=""/><p class="caption"><em>{esc(caption)}</em></p></div>'
                )
            credit = f"Ảnh: {article.author}" if article.author else "Ảnh: Ban Tuyên giáo"
            out.append(f'<p class="photo-credit" style="text-align:right"><em>{esc(credit)}</em></p>')
            return out
        if kind == "video":
            player = f'<div class="video-player"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/{stable_token(article.id, 11)}" width="640"></iframe><p class="video-meta">Thời lượng: {2 + article.number % 5}:{(article.number * 7) % 60:02d}</p></div>'
            return [player, *blocks]
        if article.lang == "vi":
            shot = photo(article)
            if shot:
                blocks.insert(
                    min(shot.after + 1, len(blocks)),
                    f'<table class="image-table" align="center"><tr><td><img src="/documents/20182/{year}/{nid}-1.jpg" alt=""/></td></tr><tr><td class="caption"><em>{esc(shot.caption)} ({esc(shot.credit)})</em></td></tr></table>',
                )
        return blocks

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        en = article.lang == "en"
        words = s["en"] if en else s
        category = self.spec.category(article.category)
        when = self.when[article.id]
        byline = self.byline_author(article)
        author = f' <span class="author">{esc(byline)}</span>' if byline else ""
        updated = ""
        if article.modified and not en:
            changed = type(when).parse(article.modified)
            updated = f' <span class="updated">(Cập nhật lúc {changed.hm()} {changed.dmy()})</span>'
        lead = f'<div class="sapo"><strong>{esc(article.lead)}</strong></div>' if article.lead else ""
        attached = self.attachment_path(article)
        files = (
            f'<div class="file-attach"><span>{esc(s["attachment"])}</span> <a href="{attached}" target="_blank">{esc(attached.rsplit("/", 1)[-1])}</a></div>'
            if attached
            else ""
        )
        related = self.related(article)
        rel_box = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> <span class="date">({self.when[a.id].dmy()})</span></li>'
            for a in related[:3]
        )
        rel_box = (
            f'<div class="related-news"><h3 class="title-box">{esc(words["related"])}</h3><ul>{rel_box}</ul></div>'
            if rel_box
            else ""
        )
        same = "".join(self.item(a, sapo=False) for a in related[3:8])
        same = (
            f'<div class="same-category"><h3 class="title-box">{esc(words["other_news"] if en else s["same_category"])}</h3>{same}</div>'
            if same
            else ""
        )
        tags = "".join(f'<a class="tag" href="{self.tag_path(t)}">{esc(t)}</a> ' for t in tags_of(article))
        tags = f'<div class="tags"><span>Từ khóa:</span> {tags}</div>' if tags and not en else ""
        home = words["home"]
        crumbs = (
            f'<ul class="breadcrumb"><li><a href="{"/en" if en else "/"}">{esc(home)}</a></li>'
            f'<li><a href="{self.category_path(category)}">{esc(category.name)}</a></li></ul>'
        )
        tools = (
            ""
            if en
            else (
                f'<div class="tools"><a href="{esc(self.print_path(article))}" target="_blank" rel="nofollow">{esc(s["print"])}</a> '
                f'<a href="mailto:?subject={quote(article.title)}&amp;body={quote(self.canonical_url(article))}">{esc(s["email"])}</a> '
                f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(self.canonical_url(article), safe="")}" target="_blank">Facebook</a></div>'
            )
        )
        return f"""{crumbs}
<div class="portlet-boundary portlet-tin-chi-tiet"><div class="news-detail" data-article-id="{self.numeric_id(article)}">
<h1 class="title-news">{esc(article.title)}</h1>
<div class="meta-news"><span class="date-time">{self.display_date(article)}</span>{updated}{author} <span class="views">{esc(words["views"])}: {self.views(article)}</span></div>
{tools}
{lead}
<div class="journal-content-article">
{chr(10).join(self.body_blocks(article))}
{self.signature(article)}
</div>
{self.label(article)}
{files}
{tags}
</div>
{rel_box}
{same}
</div>"""

    def print_page(self, article: CorpusArticle) -> str:
        lead = f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><meta name="robots" content="noindex, nofollow"/><title>{esc(article.title)}</title></head>
<body class="portal-popup" onload="window.print()"><div class="print-header">HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM - hoilhpn.org.vn</div>
<h2>{esc(article.title)}</h2><p class="date">Ngày đăng: {self.when[article.id].with_time(self.when[article.id].dmy())}</p>
{lead}<div class="content">{self.paragraphs(article, lead=False)}{self.signature(article)}</div>{self.label(article)}</body></html>"""
