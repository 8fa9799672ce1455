"""A provincial department's Joomla site of the Joomla 3.10 / 4-ready generation: Helix Ultimate + SP Page Builder.

Written as a blind holdout from what Vietnamese provincial units' Joomla sites show, without reading the crawler.
The Sở Nội vụ tỉnh Lai Châu runs Joomla 3.10 (never moved to 4.x: the vendor's modules would not follow) with URL
rewriting on and the '.html' suffix, the Helix Ultimate 2 template (the one it had chosen for the upgrade) and an
SP Page Builder home page. The legacy router keeps ids in the URL (`/<menu>/<id>-<alias>.html`), old `/index.php/...`
links keep working, and a category reachable from two menu items gives its articles two addresses. No page names a
canonical URL; Helix's og:url repeats whatever path was asked for.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
import itertools
import re
from datetime import date, timedelta

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.templates.base import Response, Template
from govnews.crawler.demo.templates.extras import all_tags, photo, tag_slug, tags_of
from govnews.crawler.demo.text import When, ascii_slug, esc

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MONTHS = tuple(f"Tháng {m}" for m in range(1, 13))
HOME_ITEMID = 101
TEMPLATE_NAME = "shaper_helixultimate"
# category slug -> (menu path, Itemid)
MENU = {
    "tin-tuc": ("/tin-tuc/tin-hoat-dong", 107),
    "cong-chuc": ("/tin-tuc/cong-chuc-vien-chuc", 108),
    "binh-dang-gioi": ("/tin-tuc/binh-dang-gioi", 109),
    "lao-dong": ("/tin-tuc/lao-dong-nguoi-co-cong", 110),
    "thong-bao": ("/thong-bao", 111),
    "en": ("/english", 120),
}
CAT_ALIAS = {
    "tin-tuc": "tin-hoat-dong",
    "cong-chuc": "cong-chuc-vien-chuc",
    "binh-dang-gioi": "binh-dang-gioi",
    "lao-dong": "lao-dong-nguoi-co-cong",
    "thong-bao": "thong-bao",
    "en": "english",
}
NEWS_PATH = "/tin-tuc"  # Itemid 106: blog of the parent category 'Tin tức' with every subcategory
DUPLICATE_PATH = "/linh-vuc-cong-tac/binh-dang-gioi"  # Itemid 115: a second menu item (list layout) on category 17
HIDDEN_PATH = "/bau-cu-2021"  # Itemid 130 in the hidden menu: category 25 'Bầu cử 2021'
HIDDEN_CATID = 25
SITEMAP = "/index.php?option=com_osmap&view=xml&tmpl=component&id=1"
STATIC = {
    "/gioi-thieu/chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lai Châu, thực hiện chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: tổ chức bộ máy; vị trí việc làm, biên chế công chức và cơ cấu ngạch công chức; tiền lương; cải cách hành chính; chính quyền địa phương; cán bộ, công chức, viên chức; văn thư, lưu trữ; tôn giáo; thi đua, khen thưởng; công tác thanh niên.",
            "Từ ngày 01/3/2025, Sở Nội vụ tiếp nhận thêm chức năng quản lý nhà nước về lao động, tiền lương, việc làm, giáo dục nghề nghiệp, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công và bình đẳng giới từ Sở Lao động - Thương binh và Xã hội (Quyết định số 312/QĐ-UBND ngày 27/02/2025 của UBND tỉnh).",
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng Sở; Thanh tra Sở; Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Phòng Công chức, viên chức; Phòng Xây dựng chính quyền và công tác thanh niên; Phòng Cải cách hành chính; Phòng Lao động - Việc làm - Người có công; Phòng Công tác thanh niên và Bình đẳng giới.",
            "Đơn vị trực thuộc: Ban Thi đua - Khen thưởng; Ban Tôn giáo; Trung tâm Lưu trữ lịch sử; Trung tâm Dịch vụ việc làm.",
        ],
    ),
    "/gioi-thieu/lanh-dao-so": ("Lãnh đạo Sở", ["Nội dung đang được cập nhật."]),
}


class JoomlaHelix(Template):
    """Pre-renders the home page, listings, articles and static pages; the rest is answered per request."""

    sitemap_path = SITEMAP
    feed_path = None  # category feeds hold the ten newest items of a menu item, none holds every article

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._counter = itertools.count(1)
        reposted = sorted(
            (a for a in self.articles if a.modified and a.modified[:7] == "2025-03" and a.published[:4] < "2025"),
            key=lambda a: a.published,
        )
        self.reposted = {a.id: i for i, a in enumerate(reposted)}
        self.by_id = {self.numeric_id(a): a for a in self.articles}

    # ---- ids and URLs -----------------------------------------------------------------------
    def numeric_id(self, article: CorpusArticle) -> int:
        """Ids in the order items were created: the re-posted 2019-2024 items got theirs in March 2025."""
        if article.id in self.reposted:
            return self.spec.article_id_base + 106 + 3 * self.reposted[article.id]
        return self.spec.article_id_base + 3 * article.number

    def hidden(self, article: CorpusArticle) -> bool:
        return self.access(article) == "sitemap_only"

    def alias(self, article: CorpusArticle) -> str:
        return ascii_slug(article.title, limit=90)

    def catid(self, article: CorpusArticle) -> int:
        return HIDDEN_CATID if self.hidden(article) else int(self.spec.category(article.category).key)

    def cat_name(self, article: CorpusArticle) -> str:
        return "Bầu cử ĐBQH và HĐND các cấp 2021" if self.hidden(article) else self.spec.category(article.category).name

    def menu_path(self, article: CorpusArticle) -> str:
        return HIDDEN_PATH if self.hidden(article) else MENU[article.category][0]

    def itemid(self, article: CorpusArticle) -> int:
        return 130 if self.hidden(article) else MENU[article.category][1]

    def article_path(self, article: CorpusArticle) -> str:
        return f"{self.menu_path(article)}/{self.numeric_id(article)}-{self.alias(article)}.html"

    def old_path(self, article: CorpusArticle) -> str:
        """The same page as Joomla wrote it before URL rewriting was switched on (2021): links pasted into bodies."""
        return "/index.php" + self.article_path(article)

    def duplicate_path(self, article: CorpusArticle) -> str:
        return f"{DUPLICATE_PATH}/{self.numeric_id(article)}-{self.alias(article)}.html"

    def system_path(self, article: CorpusArticle) -> str:
        """What the vendor's 'Tin nổi bật' slider writes: the component route with the home Itemid."""
        return f"/component/content/article/{self.numeric_id(article)}-{self.alias(article)}.html?catid={self.catid(article)}&Itemid={HOME_ITEMID}"

    def print_path(self, article: CorpusArticle) -> str:
        return self.article_path(article) + "?tmpl=component&print=1&layout=default"

    def mailto_path(self, article: CorpusArticle) -> str:
        digest = hashlib.sha1(self.canonical_url(article).encode("utf-8")).hexdigest()
        return f"/component/mailto/?tmpl=component&template={TEMPLATE_NAME}&link={digest}"

    def tag_path(self, tag: str) -> str:
        return f"/component/tags/tag/{all_tags().index(tag) + 2}-{tag_slug(tag)}"

    def pager_link(self, base: str, start: int) -> str:
        """J3 JPagination: page 1 (and 'Đầu') as ?limitstart=0, the others as ?start=N."""
        return f"{base}?limitstart=0" if start == 0 else f"{base}?start={start}"

    # ---- dates --------------------------------------------------------------------------------
    def lc3(self, when: When) -> str:
        """DATE_FORMAT_LC3 'd F Y' of the vi-VN language pack: '14 Tháng 10 2024'."""
        return f"{when.at.day:02d} {MONTHS[when.at.month - 1]} {when.at.year}"

    def iso(self, when: When) -> str:
        return when.at.isoformat(timespec="seconds")

    def today(self) -> When:
        newest = max(w.at for w in self.when.values())
        return When((newest + timedelta(days=3)).replace(hour=9, minute=12), True)

    def account(self, article: CorpusArticle) -> str:
        """'Viết bởi': the created_by_alias when the editor filled it (byline), else the posting account."""
        if article.author_style == "byline" and article.author:
            return article.author
        year = self.when[article.id].at.year
        if article.id in self.reposted or year >= 2024:
            return "bientap_snv"
        if article.category == "binh-dang-gioi" and year >= 2025:
            return "Phòng CTTN&BĐG"
        return "Super User" if year <= 2020 else "Quản trị Cổng"

    # ---- robots -------------------------------------------------------------------------------
    def robots(self) -> str:
        folders = (
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
        )
        return (
            "# If the Joomla site is installed within a folder\n# eg www.example.com/joomla/ then the robots.txt file\n"
            "# MUST be moved to the site root\n# eg www.example.com/robots.txt\n# AND the joomla folder name MUST be prefixed to all of the\n"
            "# paths.\n# eg the Disallow rule for the /administrator/ folder MUST\n# be changed to read\n# Disallow: /joomla/administrator/\n#\n"
            "# For more information about the robots.txt standard, see:\n# https://www.robotstxt.org/orig.html\n\n"
            "User-agent: *\n"
            + "".join(f"Disallow: /{name}/\n" for name in folders)
            + "Disallow: /component/mailto/\nDisallow: /*?tmpl=component\n\n"
            + f"Sitemap: {self.url(SITEMAP)}\n"
        )

    # ---- per-response values --------------------------------------------------------------------
    def personalize(self, body: bytes) -> bytes:
        """Hits go up with every view; the visitor counter and the session's form token are new each time."""
        tick = next(self._counter)
        body = re.sub(
            rb'<span class="hits-count">(\d+)</span>',
            lambda m: b'<span class="hits-count">%d</span>' % (int(m.group(1)) + tick),
            body,
        )
        body = body.replace(b"__ONLINE__", str(23 + tick % 17).encode())
        body = body.replace(b"__TOTAL__", f"{1284113 + tick:,}".replace(",", ".").encode())
        token = hashlib.md5(f"token{tick}".encode()).hexdigest()
        return body.replace(b"__TOKEN__", token.encode())

    # ---- chrome -------------------------------------------------------------------------------
    def head(self, title: str, path: str, extra: str = "", description: str | None = None) -> str:
        og_url = self.url(path.split("?")[0])
        description = description or "Cổng thông tin điện tử Sở Nội vụ tỉnh Lai Châu"
        return f"""<!doctype html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="keywords" content="Sở Nội vụ Lai Châu, Nội vụ, công chức, viên chức, cải cách hành chính">
<meta name="description" content="{esc(description)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<meta property="og:site_name" content="Sở Nội vụ tỉnh Lai Châu">
<meta property="og:url" content="{esc(og_url)}">
<meta property="og:title" content="{esc(title)}">
{extra}<link href="/templates/{TEMPLATE_NAME}/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link href="/components/com_sppagebuilder/assets/css/sppagebuilder.css" rel="stylesheet">
<link href="/templates/{TEMPLATE_NAME}/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/{TEMPLATE_NAME}/css/template.css" rel="stylesheet">
<link href="/templates/{TEMPLATE_NAME}/css/presets/preset3.css" rel="stylesheet">
<script src="/media/jui/js/jquery.min.js?a1b2c3"></script>
<script src="/media/system/js/core.js?a1b2c3"></script>
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"__TOKEN__","system.paths":{{"root":"","base":""}}}}</script>
<script>var sp_preloader = '0';var sp_gotop = '1';var sp_offanimation = 'default';</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LC8SNV2021"></script>
</head>"""

    def menu_html(self) -> str:
        news = "".join(
            f'<li class="sp-menu-item"><a href="{MENU[c][0]}">{esc(self.spec.category(c).name)}</a></li>'
            for c in ("tin-tuc", "cong-chuc", "binh-dang-gioi", "lao-dong")
        )
        return f"""<nav class="sp-megamenu-wrapper"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">
<li class="sp-menu-item current-item active"><a href="/"><span class="fas fa-home"></span> Trang chủ</a></li>
<li class="sp-menu-item sp-has-child"><a href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a><div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;"><div class="sp-dropdown-inner"><ul class="sp-dropdown-items">
<li class="sp-menu-item"><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li class="sp-menu-item"><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li class="sp-menu-item"><a href="/gioi-thieu/lanh-dao-so">Lãnh đạo Sở</a></li></ul></div></div></li>
<li class="sp-menu-item sp-has-child"><a href="{NEWS_PATH}">Tin tức</a><div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;"><div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{news}</ul></div></div></li>
<li class="sp-menu-item sp-has-child"><a href="{DUPLICATE_PATH}">Lĩnh vực công tác</a><div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;"><div class="sp-dropdown-inner"><ul class="sp-dropdown-items">
<li class="sp-menu-item"><a href="{DUPLICATE_PATH}">Bình đẳng giới - Vì sự tiến bộ phụ nữ</a></li><li class="sp-menu-item"><a href="/lich-cong-tac/month.calendar/{self.today().at:%Y/%m/%d}/-">Lịch công tác</a></li></ul></div></div></li>
<li class="sp-menu-item"><a href="{MENU["thong-bao"][0]}">Thông báo</a></li>
<li class="sp-menu-item"><a href="/van-ban">Văn bản</a></li>
<li class="sp-menu-item"><a href="/lien-he">Liên hệ</a></li>
</ul></nav>"""

    def header(self) -> str:
        t = self.today()
        return f"""<body class="site helix-ultimate hu com_content view-article layout-default task-none itemid-101 vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column"><div class="sp-module "><div class="sp-module-content"><div class="custom"><p><span class="fa fa-calendar"></span> {WEEKDAYS[t.at.weekday()]}, {t.at:%d/%m/%Y}</p></div></div></div></div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-right"><div class="sp-module "><div class="sp-module-content"><div class="mod-languages"><ul class="lang-inline"><li class="lang-active"><a href="/"><img src="/media/mod_languages/images/vi.gif" alt="Tiếng Việt" title="Tiếng Việt"></a></li><li><a href="{MENU["en"][0]}"><img src="/media/mod_languages/images/en.gif" alt="English" title="English"></a></li></ul></div></div></div>
<div class="sp-module "><div class="sp-module-content"><div class="search"><form action="/tin-tuc" method="post"><input name="searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..."><input type="hidden" name="task" value="search"><input type="hidden" name="option" value="com_search"><input type="hidden" name="Itemid" value="106"></form></div></div></div></div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo/logo-snv-laichau.png" alt="Sở Nội vụ tỉnh Lai Châu"></a></div><div class="site-title"><span>ỦY BAN NHÂN DÂN TỈNH LAI CHÂU</span><strong>SỞ NỘI VỤ</strong></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center">{self.menu_html()}<a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-block d-lg-none" href="#"><div class="burger-icon"><span></span><span></span><span></span></div></a></div></div>
</div></div></div></header>
<div class="sp-module marquee"><marquee scrollamount="3">Chào mừng Đại hội Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030!</marquee></div>"""

    def sidebar(self) -> str:
        s = self.s
        notices = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a><span class="mod-articles-category-date">{self.when[a.id].dmy("-")}</span></li>'
            for a in self.listed("thong-bao")[:4]
        )
        popular = sorted((a for a in self.listed() if a.lang == "vi"), key=lambda a: (-self.views(a), a.id))[:5]
        popular_html = "".join(
            f'<li><a href="{esc(self.article_path(a))}"><span>{esc(a.title)}</span></a></li>' for a in popular
        )
        stats = "".join(
            f"<tr><td>{esc(name)}:</td><td>{'__ONLINE__' if i == 0 else ('__TOTAL__' if i == 3 else value)}</td></tr>"
            for i, (name, value) in enumerate(self.stats())
        )
        return f"""<aside id="sp-right" class="col-lg-3"><div class="sp-column class2">
<div class="sp-module "><h3 class="sp-module-title">Thông báo</h3><div class="sp-module-content"><ul class="category-module mod-list">{notices}</ul></div></div>
<div class="sp-module "><h3 class="sp-module-title">Tin đọc nhiều</h3><div class="sp-module-content"><ul class="mostread mod-list">{popular_html}</ul></div></div>
<div class="sp-module "><div class="sp-module-content"><div class="bannergroup"><div class="banneritem"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener noreferrer" title="Cổng Dịch vụ công quốc gia"><img src="/images/banners/dvc-quoc-gia.jpg" alt="Cổng Dịch vụ công quốc gia"></a></div><div class="banneritem"><a href="https://laichau.gov.vn" target="_blank" title="Cổng TTĐT tỉnh Lai Châu"><img src="/images/banners/cong-ttdt-laichau.jpg" alt="Cổng TTĐT tỉnh"></a></div><div class="banneritem"><a href="https://moha.gov.vn" target="_blank" title="Bộ Nội vụ"><img src="/images/banners/bo-noi-vu.jpg" alt="Bộ Nội vụ"></a></div></div></div></div>
<div class="sp-module "><h3 class="sp-module-title">Liên kết website</h3><div class="sp-module-content"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://moha.gov.vn">Bộ Nội vụ</option><option value="https://laichau.gov.vn">UBND tỉnh Lai Châu</option><option value="https://sotuphap.laichau.gov.vn">Sở Tư pháp</option><option value="https://ldtbxh.laichau.gov.vn">Sở LĐTBXH (lưu trữ)</option></select></div></div>
<div class="sp-module "><h3 class="sp-module-title">{esc(s["stats_title"])}</h3><div class="sp-module-content"><div class="vcnt"><table class="vcnt_table">{stats}</table></div></div></div>
</div></aside>"""

    def footer(self) -> str:
        lines = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        return f"""<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-9"><div class="sp-column"><div class="sp-module "><div class="sp-module-content"><div class="custom">{lines}<p>Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lai Châu cấp ngày 20/4/2018.</p></div></div></div></div></div>
<div id="sp-footer2" class="col-lg-3"><div class="sp-column"><ul class="menu"><li><a href="/so-do-trang">Sơ đồ trang</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/administrator/">Quản trị</a></li></ul><span class="sp-copyright">© 2018 Sở Nội vụ tỉnh Lai Châu. Thiết kế bởi Công ty TNHH Giải pháp phần mềm Tây Bắc</span></div></div>
</div></div></div></footer>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</div></div>
<script src="/templates/{TEMPLATE_NAME}/js/main.js"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-LC8SNV2021');</script>
</body>
</html>"""

    def breadcrumbs(self, trail: list[tuple[str, str | None]]) -> str:
        items = ['<li class="breadcrumb-item"><a href="/" class="pathway">Trang chủ</a></li>']
        for name, href in trail:
            if href:
                items.append(f'<li class="breadcrumb-item"><a href="{esc(href)}" class="pathway">{esc(name)}</a></li>')
            else:
                items.append(f'<li class="breadcrumb-item active"><span>{esc(name)}</span></li>')
        return f'<div id="sp-breadcrumb"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">{"".join(items)}</ol></div>'

    def page(
        self,
        title: str,
        main: str,
        path: str,
        trail: list[tuple[str, str | None]],
        extra_head: str = "",
        description: str | None = None,
        sidebar: bool = True,
    ) -> str:
        full_title = (
            f"{title} - Sở Nội vụ tỉnh Lai Châu" if title != "Trang chủ" else "Trang chủ - Sở Nội vụ tỉnh Lai Châu"
        )
        col = "col-lg-9" if sidebar else "col-lg-12"
        return (
            self.head(full_title, path, extra_head, description)
            + "\n"
            + self.header()
            + f'\n<section id="sp-page-title"><div class="container">{self.breadcrumbs(trail) if trail else ""}</div></section>'
            + f'\n<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row"><main id="sp-component" class="{col}"><div class="sp-column "><div id="system-message-container"></div>\n{main}\n</div></main>'
            + (self.sidebar() if sidebar else "")
            + "</div></div></div></section>\n"
            + self.footer()
        )

    # ---- article ----------------------------------------------------------------------------------
    def feed_links(self, base: str, title: str) -> str:
        return (
            f'<link href="{esc(base)}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="{esc(title)}">\n'
            f'<link href="{esc(base)}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="{esc(title)}">\n'
        )

    def body_html(self, article: CorpusArticle) -> str:
        """The JCE body as the editors left it, era by era."""
        year = self.when[article.id].at.year
        n = article.number
        reposted = article.id in self.reposted
        parts = list(article.paragraphs)
        if reposted:
            pstyle, wrap = ' style="text-align:justify"', ("", "")
        elif year <= 2020:
            pstyle, wrap = (
                ' class="MsoNormal" style="text-align: justify; line-height: 150%;"',
                ("<span style=\"font-size: 14pt; font-family: 'times new roman', times;\">", "</span>"),
            )
        else:
            pstyle, wrap = ' style="text-align: justify;"', ("", "")

        def para(text: str, strong: bool = False) -> str:
            inner = f"<strong>{esc(text)}</strong>" if strong else esc(text)
            return f"<p{pstyle}>{wrap[0]}{inner}{wrap[1]}</p>"

        out = []
        if article.category == "thong-bao":
            at = self.when[article.id].at
            out.append(
                f'<p style="text-align: right;"><em>Lai Châu, ngày {at.day:02d} tháng {at.month:02d} năm {at.year}</em></p>'
            )
        if article.lead:
            out.append(para(article.lead, strong=True))
            if n % 6 == 1:  # the editor pasted the sapo again as the first paragraph of the full text
                out.append(para(article.lead))
        picture = photo(article) if article.category != "thong-bao" and n % 3 != 2 and article.lang == "vi" else None
        for i, text in enumerate(parts):
            out.append(para(text))
            if picture is not None and i == min(picture.after, len(parts) - 1):
                at = self.when[article.id].at
                credit = f" ({esc(picture.credit)})" if picture.credit and n % 2 else ""
                out.append(
                    f'<p style="text-align: center;"><img src="/images/{at:%Y}/{at:%m}/{self.numeric_id(article)}-{i + 1}.jpg" alt="{esc(picture.caption)}" width="640" height="427"></p>'
                    f'\n<p style="text-align: center;"><em>{esc(picture.caption)}{credit}</em></p>'
                )
        if n % 2 == 0 and article.lead and article.lang == "vi":
            out.append("<p>&nbsp;</p>")
        out.append(self.signature(article))
        out.append(self.label(article))
        if reposted:
            out.append(
                '<p style="text-align: right;"><em>Nguồn: Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu</em></p>'
            )
        attachment = self.attachment(article)
        if attachment:
            d = article.documents[0]
            out.append(
                f'<p><strong>Tải về:</strong> <a href="{esc(self.file_path(article))}" target="_blank">{esc(d.kind)} số {esc(d.number)}</a></p>'
            )
        see_also = self.see_also(article)
        if see_also is not None:
            out.append(
                f'<p><strong><em>Xem thêm:</em></strong> <a href="{esc(self.old_path(see_also))}">{esc(see_also.title)}</a></p>'
            )
        return "\n".join(x for x in out if x)

    def file_path(self, article: CorpusArticle) -> str:
        at = self.when[article.id].at
        return f"/images/tai-lieu/{at:%Y}/{self.attachment(article)}"

    def see_also(self, article: CorpusArticle) -> CorpusArticle | None:
        if article.number % 4 or self.hidden(article) or article.lang != "vi":
            return None
        older = [a for a in self.related(article) if self.when[a.id].at < self.when[article.id].at]
        return older[0] if older else None

    def info_block(self, article: CorpusArticle, position: str = "above") -> str:
        w = self.when[article.id]
        return f"""<div class="article-info">
<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="Viết bởi {esc(self.account(article))}">Viết bởi <span itemprop="name">{esc(self.account(article))}</span></span>
<span class="category-name" title="Danh mục: {esc(self.cat_name(article))}"><a href="{esc(self.menu_path(article))}" itemprop="genre">{esc(self.cat_name(article))}</a></span>
<span class="published" title="Ngày đăng: {self.lc3(w)}"><time datetime="{self.iso(w)}" itemprop="datePublished">Ngày đăng: {self.lc3(w)}</time></span>
<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{self.views(article)}">Lượt xem: <span class="hits-count">{self.views(article)}</span></span>
</div>"""

    def modified_line(self, article: CorpusArticle) -> str:
        w = When.parse(article.modified) if article.modified else self.when[article.id]
        return f'<div class="article-info article-info-bottom"><span class="modified"><time datetime="{self.iso(w)}" itemprop="dateModified">Cập nhật lần cuối: {self.lc3(w)}</time></span></div>'

    def prev_next(self, article: CorpusArticle) -> str:
        pool = self.listed(article.category)
        if article not in pool:
            return ""
        i = pool.index(article)
        links = []
        if i > 0:
            links.append(
                f'<li class="previous"><a class="hasTooltip" title="{esc(pool[i - 1].title)}" aria-label="Bài trước: {esc(pool[i - 1].title)}" href="{esc(self.article_path(pool[i - 1]))}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
            )
        if i + 1 < len(pool):
            links.append(
                f'<li class="next"><a class="hasTooltip" title="{esc(pool[i + 1].title)}" aria-label="Bài tiếp theo: {esc(pool[i + 1].title)}" href="{esc(self.article_path(pool[i + 1]))}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            )
        return f'<ul class="pager pagenav">{"".join(links)}</ul>'

    def article_main(self, article: CorpusArticle, path: str) -> str:
        tags = tags_of(article, limit=4) if not self.hidden(article) else []
        tags_html = (
            '<ul class="tags list-inline">'
            + "".join(
                f'<li class="list-inline-item tag-{all_tags().index(t) + 2} tag-list0" itemprop="keywords"><a href="{esc(self.tag_path(t))}" class="label label-info">{esc(t)}</a></li>'
                for t in tags
            )
            + "</ul>"
            if tags
            else ""
        )
        related = [a for a in self.related(article) if a.lang == article.lang][:5]
        related_html = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="small">({self.when[a.id].dmy()})</span></li>'
            for a in related
        )
        share_url = self.url(path.split("?")[0])
        icons = f"""<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{self.numeric_id(article)}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{self.numeric_id(article)}"><li class="print-icon"><a href="{esc(self.print_path(article))}" title="In bài viết &lt; {esc(article.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
<li class="email-icon"><a href="{esc(self.mailto_path(article))}" title="Email trang này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div></div>"""
        return f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{"en-GB" if article.lang == "en" else "vi-VN"}">
{icons}
<div class="article-header"><h1 itemprop="headline">{esc(article.title)}</h1></div>
{self.info_block(article)}
<div itemprop="articleBody">
{self.body_html(article)}
</div>
{self.modified_line(article)}
{tags_html}
<div class="article-ratings-social-share d-flex justify-content-end"><div class="social-share-block"><ul class="social-icons"><li class="list-inline-item"><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u={esc(share_url)}','Facebook','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;" href="https://www.facebook.com/sharer.php?u={esc(share_url)}"><span class="fab fa-facebook"></span></a></li><li class="list-inline-item"><a class="twitter" href="https://twitter.com/share?url={esc(share_url)}&amp;text={esc(article.title)}"><span class="fab fa-twitter"></span></a></li><li class="list-inline-item"><a class="zalo" href="https://sp.zalo.me/share_inline?url={esc(share_url)}"><span class="fab fa-zalo">Zalo</span></a></li></ul></div></div>
{self.prev_next(article)}
</div>
<div class="sp-module related-items"><h3 class="sp-module-title">{"Bài viết liên quan" if article.lang == "vi" else "Related news"}</h3><div class="sp-module-content"><ul class="relateditems mod-list">{related_html}</ul></div></div>"""

    def article_page(self, article: CorpusArticle, path: str) -> str:
        w = self.when[article.id]
        extra = (
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:description" content="{esc(self.teaser(article, 200))}">\n'
            f'<meta property="og:image" content="{esc(self.url(f"/images/{w.at:%Y}/{w.at:%m}/{self.numeric_id(article)}-1.jpg"))}">\n'
            f'<meta name="author" content="{esc(self.account(article))}">\n'
        )
        description = article.lead[:160] if article.lead and article.number % 3 == 0 else None
        trail: list[tuple[str, str | None]] = (
            []
            if self.hidden(article)
            else [("Tin tức", NEWS_PATH)]
            if article.category not in ("thong-bao", "en")
            else []
        )
        trail += [(self.cat_name(article), self.menu_path(article)), (article.title, None)]
        return self.page(article.title, self.article_main(article, path), path, trail, extra, description)

    def print_page(self, article: CorpusArticle, printing: bool = True) -> str:
        robots = '<meta name="robots" content="noindex, nofollow">\n' if printing else ""
        onload = ' onload="window.print();"' if printing else ""
        return f"""<!doctype html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
{robots}<meta name="description" content="Cổng thông tin điện tử Sở Nội vụ tỉnh Lai Châu">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(article.title)} - Sở Nội vụ tỉnh Lai Châu</title>
<link href="/templates/{TEMPLATE_NAME}/css/template.css" rel="stylesheet">
</head>
<body class="contentpane modal"{onload}>
<div id="system-message-container"></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
<div class="article-header"><h1 itemprop="headline">{esc(article.title)}</h1></div>
{self.info_block(article)}
<div itemprop="articleBody">
{self.body_html(article)}
</div>
</div>
</body>
</html>"""

    def mailto_page(self, article: CorpusArticle) -> str:
        return f"""<!doctype html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><title>Sở Nội vụ tỉnh Lai Châu</title></head>
<body class="contentpane modal"><div id="mailto-window"><h2>Gửi liên kết này cho bạn bè.</h2><div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/component/mailto/?task=send" method="post" class="form-validate form-horizontal well">
<fieldset><div class="control-group"><label for="mailto_field">Email đến</label><input type="email" name="mailto" id="mailto_field" size="25" required></div>
<div class="control-group"><label for="sender_field">Người gửi</label><input type="text" name="sender" id="sender_field" size="25"></div>
<div class="control-group"><label for="from_field">Email của bạn</label><input type="email" name="from" id="from_field" size="25"></div>
<div class="control-group"><label for="subject_field">Tiêu đề</label><input type="text" name="subject" id="subject_field" value="{esc(article.title)}" size="25"></div>
<button type="submit" class="btn btn-primary">Gửi</button><button type="button" class="btn" onclick="window.close();return false;">Hủy</button></fieldset>
<input type="hidden" name="layout" value="default"><input type="hidden" name="option" value="com_mailto"><input type="hidden" name="task" value="send"><input type="hidden" name="tmpl" value="component"><input type="hidden" name="link" value="{hashlib.sha1(self.canonical_url(article).encode()).hexdigest()}"><input type="hidden" name="__TOKEN__" value="1">
</form></div></body></html>"""

    # ---- listings ------------------------------------------------------------------------------
    def pagination(self, base: str, page: int, pages: int, size: int) -> str:
        if pages <= 1:
            return ""

        def item(label: str, target: int | None, title: str | None = None) -> str:
            if target is None:
                return f'<li class="page-item disabled"><a class="page-link">{label}</a></li>'
            return f'<li class="page-item"><a title="{title or label}" href="{esc(self.pager_link(base, target * size))}" class="page-link">{label}</a></li>'

        out = [item("Đầu", 0 if page else None), item("Trang trước", page - 1 if page else None)]
        for i in range(pages):
            out.append(
                f'<li class="page-item active"><a class="page-link">{i + 1}</a></li>'
                if i == page
                else item(str(i + 1), i)
            )
        out += [
            item("Trang sau", page + 1 if page + 1 < pages else None),
            item("Cuối", pages - 1 if page + 1 < pages else None),
        ]
        return f'<div class="pagination-wrapper d-lg-flex justify-content-between align-items-center"><ul class="pagination">{"".join(out)}</ul><p class="counter pagination-counter">Trang {page + 1} / {pages}</p></div>'

    def blog_item(self, article: CorpusArticle, leading: bool) -> str:
        w = self.when[article.id]
        intro = article.lead or article.paragraphs[0]
        image = (
            f'<div class="article-intro-image float-left"><a href="{esc(self.article_path(article))}"><img src="/images/{w.at:%Y}/{w.at:%m}/{self.numeric_id(article)}-1.jpg" alt="{esc(article.title)}"></a></div>'
            if article.number % 3 != 2
            else ""
        )
        readmore = "Chi tiết" if w.at.year >= 2021 else "Đọc thêm ..."
        return f"""<div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{image}<div class="article-body"><div class="article-header"><h2 itemprop="name"><a href="{esc(self.article_path(article))}" itemprop="url">{esc(article.title)}</a></h2></div>
<div class="article-info"><span class="published" title="Ngày đăng: {self.lc3(w)}"><time datetime="{self.iso(w)}" itemprop="datePublished">{self.lc3(w)}</time></span><span class="hits">Lượt xem: {self.views(article)}</span></div>
<div class="article-introtext"><p style="text-align: justify;">{esc(intro)}</p></div>
<div class="readmore"><a class="btn btn-secondary" href="{esc(self.article_path(article))}" itemprop="url" aria-label="{esc(readmore)} {esc(article.title)}">{esc(readmore)}</a></div></div>
</div>"""

    def blog(self, name: str, base: str, items: list[CorpusArticle], page: int, description: str = "") -> str:
        size = self.page_size
        pages = max(1, -(-len(items) // size))
        chunk = items[page * size : (page + 1) * size]
        leading = chunk[:1]
        rest = chunk[1:]
        desc = (
            f'<div class="category-desc clearfix"><p>{esc(description)}</p></div>' if description and page == 0 else ""
        )
        return (
            f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{esc(name)}</h1></div>{desc}'
            + '<div class="article-list articles-leading">'
            + "".join(f'<div class="leading-0">{self.blog_item(a, True)}</div>' for a in leading)
            + '</div><div class="article-list"><div class="row">'
            + "".join(f'<div class="col-lg-12">{self.blog_item(a, False)}</div>' for a in rest)
            + "</div></div>"
            + self.pagination(base, page, pages, size)
            + "</div>"
        )

    def category_list(self, name: str, base: str, items: list[CorpusArticle], page: int, article_href) -> str:
        """The category list layout: a table with date and hits, 'Hiển thị #' limit box, ?limitstart= pager."""
        size = 10
        pages = max(1, -(-len(items) // size))
        chunk = items[page * size : (page + 1) * size]
        rows = "".join(
            f'<tr class="cat-list-row{i % 2}"><td headers="categorylist_header_title" class="list-title"><a href="{esc(article_href(a))}">{esc(a.title)}</a></td>'
            f'<td headers="categorylist_header_date" class="list-date small">{self.when[a.id].dmy("-")}</td><td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {self.views(a)}</span></td></tr>'
            for i, a in enumerate(chunk)
        )
        pager = ""
        if pages > 1:
            links = []
            for i in range(pages):
                links.append(
                    f'<li class="page-item active"><a class="page-link">{i + 1}</a></li>'
                    if i == page
                    else f'<li class="page-item"><a class="page-link" href="{base}?limitstart={i * size}">{i + 1}</a></li>'
                )
            pager = f'<div class="pagination"><ul class="pagination">{"".join(links)}</ul><p class="counter">Trang {page + 1} / {pages}</p></div>'
        return f"""<div class="category-list"><div class="page-header"><h1>{esc(name)}</h1></div>
<form action="{esc(base)}" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix"><div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc</label><input type="text" name="filter-search" id="filter-search" value="" class="inputbox" placeholder="Lọc"></div>
<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label><select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()"><option value="5">5</option><option value="10" selected="selected">10</option><option value="15">15</option><option value="20">20</option><option value="0">Tất cả</option></select></div>
<input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value=""><input type="hidden" name="task" value=""></fieldset>
<table class="category table table-striped table-bordered table-hover"><thead><tr><th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày đăng</th><th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>
<tbody>{rows}</tbody></table>{pager}</form></div>"""

    def category_page(self, slug: str, page: int) -> str:
        """A category's menu page at page ``page`` (0-based); past the last page an empty list, as Joomla shows."""
        category = self.spec.category(slug)
        base = MENU[slug][0]
        items = self.listed(slug)
        if slug == "thong-bao":
            main = self.category_list(category.name, base, items, page, self.article_path)
        else:
            main = self.blog(category.name, base, items, page)
        trail = [("Tin tức", NEWS_PATH)] if base.startswith(NEWS_PATH) else []
        return self.page(
            category.name, main, base, [*trail, (category.name, None)], self.feed_links(base, category.name)
        )

    def news_page(self, page: int) -> str:
        items = [a for a in self.listed() if a.category in ("tin-tuc", "cong-chuc", "binh-dang-gioi", "lao-dong")]
        main = self.blog(
            "Tin tức", NEWS_PATH, items, page, "Tin hoạt động của Sở Nội vụ và ngành Nội vụ tỉnh Lai Châu."
        )
        return self.page("Tin tức", main, NEWS_PATH, [("Tin tức", None)], self.feed_links(NEWS_PATH, "Tin tức"))

    def duplicate_page(self, page: int) -> str:
        items = self.listed("binh-dang-gioi")
        main = self.category_list(
            "Bình đẳng giới - Vì sự tiến bộ phụ nữ", DUPLICATE_PATH, items, page, self.duplicate_path
        )
        return self.page(
            "Bình đẳng giới - Vì sự tiến bộ phụ nữ",
            main,
            DUPLICATE_PATH,
            [("Lĩnh vực công tác", None), ("Bình đẳng giới - Vì sự tiến bộ phụ nữ", None)],
        )

    def hidden_page(self) -> str:
        items = [a for a in self.articles if self.hidden(a)]
        main = self.blog("Bầu cử ĐBQH và HĐND các cấp 2021", HIDDEN_PATH, items, 0)
        return self.page(
            "Bầu cử ĐBQH và HĐND các cấp 2021", main, HIDDEN_PATH, [("Bầu cử ĐBQH và HĐND các cấp 2021", None)]
        )

    def tag_page(self, tag: str, page: int) -> str:
        items = [a for a in self.listed() if tag in tags_of(a, limit=4)]
        size = 10
        pages = max(1, -(-len(items) // size))
        chunk = items[page * size : (page + 1) * size]
        rows = "".join(
            f'<li class="list-group-item"><h3><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></h3><span class="tag-body">{esc(self.teaser(a, 160))}</span></li>'
            for a in chunk
        )
        base = self.tag_path(tag)
        pager = ""
        if pages > 1:
            pager = (
                '<div class="pagination"><ul class="pagination">'
                + "".join(
                    f'<li class="page-item active"><a class="page-link">{i + 1}</a></li>'
                    if i == page
                    else f'<li class="page-item"><a class="page-link" href="{esc(self.pager_link(base, i * size))}">{i + 1}</a></li>'
                    for i in range(pages)
                )
                + "</ul></div>"
            )
        main = f'<div class="tag-category"><h2>{esc(tag)}</h2><form action="{esc(base)}" method="post" name="adminForm" id="adminForm"><ul class="category list-group">{rows}</ul>{pager}</form></div>'
        return self.page(tag, main, base, [(tag, None)])

    def home(self) -> str:
        featured = self.featured(4)
        slides = "".join(
            f'<div class="sppb-carousel-item{" active" if i == 0 else ""}"><img src="/images/{self.when[a.id].at:%Y}/{self.when[a.id].at:%m}/{self.numeric_id(a)}-1.jpg" alt="{esc(a.title)}"><div class="sppb-carousel-caption"><h3><a href="{esc(self.system_path(a))}">{esc(a.title)}</a></h3></div></div>'
            for i, a in enumerate(featured)
        )
        latest = "".join(
            f'<div class="sppb-addon-article"><a href="{esc(self.article_path(a))}" class="sppb-article-img-wrap"><img class="sppb-img-responsive" src="/images/{self.when[a.id].at:%Y}/{self.when[a.id].at:%m}/{self.numeric_id(a)}-1.jpg" alt="{esc(a.title)}"></a><div class="sppb-article-info-wrap"><h3><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></h3><div class="sppb-article-meta"><span class="sppb-meta-date">{self.lc3(self.when[a.id])}</span></div><div class="sppb-article-introtext">{esc(self.teaser(a, 160))}</div></div></div>'
            for a in self.latest(5)
        )
        boxes = []
        for slug in ("binh-dang-gioi", "tin-tuc", "cong-chuc", "lao-dong", "thong-bao"):
            category = self.spec.category(slug)
            items = self.listed(slug)[:4]
            rows = "".join(
                f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a> <span class="sppb-meta-date">({self.when[a.id].dmy()})</span></li>'
                for a in items
            )
            boxes.append(
                f'<div class="sppb-col-md-6"><div class="sppb-addon sppb-addon-articles"><h3 class="sppb-addon-title"><a href="{MENU[slug][0]}">{esc(category.name)}</a></h3><div class="sppb-addon-content"><ul>{rows}</ul><a class="sppb-btn sppb-btn-link" href="{MENU[slug][0]}">Xem thêm »</a></div></div></div>'
            )
        english = "".join(
            f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in self.latest(3, "en")
        )
        main = f"""<div id="sp-page-builder" class="sp-page-builder  page-1"><div class="page-content">
<section id="section-id-1" class="sppb-section"><div class="sppb-row-container"><div class="sppb-row">
<div class="sppb-col-md-7"><div class="sppb-addon sppb-addon-carousel"><div id="sppb-carousel-1" class="sppb-carousel sppb-slide" data-sppb-ride="sppb-carousel"><div class="sppb-carousel-inner">{slides}</div></div></div></div>
<div class="sppb-col-md-5"><div class="sppb-addon sppb-addon-articles"><h3 class="sppb-addon-title">Tin mới</h3><div class="sppb-addon-content">{latest}</div></div></div>
</div></div></section>
<section id="section-id-2" class="sppb-section"><div class="sppb-row-container"><div class="sppb-row">{"".join(boxes)}</div></div></section>
<section id="section-id-3" class="sppb-section"><div class="sppb-row-container"><div class="sppb-row"><div class="sppb-col-md-12"><div class="sppb-addon"><h3 class="sppb-addon-title"><a href="{MENU["en"][0]}">English</a></h3><ul>{english}</ul></div></div></div></div></section>
</div></div>"""
        return self.page("Trang chủ", main, "/", [], self.feed_links("/", "Sở Nội vụ tỉnh Lai Châu"))

    def static_page(self, path: str) -> str:
        title, paras = STATIC[path]
        body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
        main = f'<div class="article-details "><div class="article-header"><h1 itemprop="headline">{esc(title)}</h1></div><div itemprop="articleBody">{body}</div></div>'
        return self.page(title, main, path, [("Giới thiệu", None), (title, None)])

    def documents_page(self) -> str:
        rows = []
        for a in self.listed():
            if self.attachment(a):
                d = a.documents[0]
                rows.append(
                    f'<tr><td>{esc(d.number)}</td><td>{esc(d.kind)}</td><td>{esc(date.fromisoformat(d.date).strftime("%d/%m/%Y")) if d.date else ""}</td><td><a href="{esc(self.file_path(a))}">Tải về</a></td></tr>'
                )
        main = f'<div class="item-page"><div class="page-header"><h1>Văn bản</h1></div><table class="table table-bordered"><thead><tr><th>Số ký hiệu</th><th>Loại văn bản</th><th>Ngày ban hành</th><th>Tệp</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        return self.page("Văn bản", main, "/van-ban", [("Văn bản", None)])

    def contact_page(self) -> str:
        main = f"""<div class="contact" itemscope itemtype="https://schema.org/Person"><div class="page-header"><h1><span class="contact-name" itemprop="name">Văn phòng Sở Nội vụ tỉnh Lai Châu</span></h1></div>
<dl class="contact-address dl-horizontal" itemprop="address"><dd><span class="contact-street" itemprop="streetAddress">{esc(self.spec.address)}</span></dd><dd><span class="contact-telephone" itemprop="telephone">0213.3876.225</span></dd><dd><span class="contact-emailto"><span id="cloak{self.numeric_id(self.articles[0])}">Địa chỉ email này đang được bảo vệ từ spambots. Bạn cần kích hoạt JavaScript để xem nó.</span></span></dd></dl>
<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well"><fieldset><legend>Gửi email</legend><input type="text" name="jform[contact_name]" id="jform_contact_name" required><input type="email" name="jform[contact_email]" id="jform_contact_email" required><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" required><textarea name="jform[contact_message]" id="jform_contact_message" required></textarea><button class="btn btn-primary validate" type="submit">Gửi Email</button><input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="__TOKEN__" value="1"></fieldset></form></div>"""
        return self.page("Liên hệ", main, "/lien-he", [("Liên hệ", None)])

    def sitemap_html(self) -> str:
        groups = []
        for slug in MENU:
            category = self.spec.category(slug)
            rows = "".join(
                f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in self.listed(slug)
            )
            groups.append(f'<li><a href="{MENU[slug][0]}">{esc(category.name)}</a><ul class="level_1">{rows}</ul></li>')
        main = f'<div id="osmap" class="osmap-sitemap"><h1>Sơ đồ trang</h1><div class="osmap-items"><h2>Menu chính</h2><ul class="level_0"><li><a href="/">Trang chủ</a></li>{"".join(groups)}</ul></div></div>'
        return self.page("Sơ đồ trang", main, "/so-do-trang", [("Sơ đồ trang", None)])

    def osmap_xml(self) -> str:
        rows = [
            f"<url><loc>{esc(self.url(p))}</loc><changefreq>weekly</changefreq><priority>0.5</priority></url>"
            for p in ("/", NEWS_PATH, *[m[0] for m in MENU.values()], DUPLICATE_PATH, HIDDEN_PATH)
        ]
        for a in self.in_sitemap():
            lastmod = (When.parse(a.modified) if a.modified else self.when[a.id]).at.isoformat(timespec="seconds")
            rows.append(
                f"<url><loc>{esc(self.canonical_url(a))}</loc><lastmod>{lastmod}</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{esc(self.url("/index.php?option=com_osmap&view=xsl&format=xsl&tmpl=component&id=1"))}"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n"
        )

    def feed(self, title: str, base: str, items: list[CorpusArticle], kind: str) -> Response:
        items = [a for a in items if not self.hidden(a)][:10]
        if kind == "atom":
            entries = "".join(
                f'<entry><title>{esc(a.title)}</title><link rel="alternate" type="text/html" href="{esc(self.canonical_url(a))}"/><published>{self.iso(self.when[a.id])}</published><updated>{self.iso(When.parse(a.modified) if a.modified else self.when[a.id])}</updated><id>{esc(self.canonical_url(a))}</id><author><name>{esc(self.account(a))}</name><email>vanphong.snv@laichau.gov.vn</email></author><summary type="html">{esc(esc(a.lead or a.paragraphs[0]))}</summary><category term="{esc(self.cat_name(a))}"/></entry>'
                for a in items
            )
            xml = f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn"><title type="text">{esc(title)}</title><subtitle type="text">Cổng thông tin điện tử Sở Nội vụ tỉnh Lai Châu</subtitle><link rel="alternate" type="text/html" href="{esc(self.url(base))}"/><id>{esc(self.url(base))}</id><updated>{self.iso(self.today())}</updated><generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>{entries}</feed>\n'
            return Response(200, xml.encode(), "application/atom+xml; charset=utf-8")
        return Response(200, self.rss(title, base, items).encode(), "application/rss+xml; charset=utf-8")

    def admin_login(self) -> str:
        return """<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>Sở Nội vụ tỉnh Lai Châu - Quản trị</title></head>
<body class="site com_login view-login"><div class="container"><div class="login"><form action="/administrator/index.php" method="post" id="form-login"><fieldset class="loginform"><input name="username" id="mod-login-username" type="text" placeholder="Tên đăng nhập"><input name="passwd" id="mod-login-password" type="password" placeholder="Mật khẩu"><button class="btn btn-primary">Đăng nhập</button><input type="hidden" name="option" value="com_login"><input type="hidden" name="task" value="login"><input type="hidden" name="__TOKEN__" value="1"></fieldset></form></div><p><a href="/">Về trang chủ</a></p></div></body></html>"""

    def error_page(self, message: str = "Không tìm thấy trang") -> Response:
        body = f"""<!doctype html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><title>404 - {esc(message)}</title><link href="/templates/{TEMPLATE_NAME}/css/template.css" rel="stylesheet"></head>
<body><div class="container"><div class="error-page"><div class="error-logo-wrap"><img class="error-logo" src="/images/logo/logo-snv-laichau.png" alt="Sở Nội vụ tỉnh Lai Châu"></div><h1 class="error-code">404</h1><p class="error-message">{esc(message)}</p><a href="/" class="btn btn-secondary"><span class="fas fa-home" aria-hidden="true"></span> Trang chủ</a></div></div></body></html>"""
        return self.html(body, status=404)

    def not_found(self) -> Response:
        return self.error_page()

    def search_page(self, word: str, finder: bool = False) -> str:
        words = word.casefold().split()
        found = [a for a in self.listed() if words and all(w in f"{a.title} {a.body}".casefold() for w in words)][:20]
        rows = "".join(
            f'<dt class="result-title">{i + 1}. <a href="{esc(self.system_path(a) if finder else self.article_path(a))}">{esc(a.title)}</a></dt><dd class="result-category"><span class="small">({esc(self.cat_name(a))})</span></dd><dd class="result-text">{esc(self.teaser(a, 200))}</dd><dd class="result-created">Ngày đăng: {self.lc3(self.when[a.id])}</dd>'
            for i, a in enumerate(found)
        )
        main = f'<div class="search"><h1 class="page-title">Tìm kiếm</h1><form id="searchForm" action="/component/search/" method="post"><input type="text" name="searchword" value="{esc(word)}" class="inputbox"><button name="Search" class="btn">Tìm kiếm</button><input type="hidden" name="task" value="search"></form><div class="searchintro"><p>Tổng cộng: <span class="badge badge-info">{len(found)}</span> kết quả được tìm thấy.</p></div><dl class="search-results">{rows}</dl></div>'
        return self.page("Tìm kiếm", main, "/component/search/", [("Tìm kiếm", None)])

    def calendar(self, year: int, month: int) -> str:
        prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        weeks = "".join(
            f"<tr>{''.join(f'<td class=cal_td_daysnoevents>{d}</td>' for d in range(w * 7 + 1, min(w * 7 + 8, 29)))}</tr>"
            for w in range(4)
        )
        main = f"""<div id="jevents"><div class="contentpaneopen jeventpage" id="jevents_header"><h2 class="contentheading">Lịch công tác</h2></div>
<div class="jev_toprow"><div class="jev_header2"><div class="previousmonth"><a href="/lich-cong-tac/month.calendar/{prev_m[0]}/{prev_m[1]:02d}/01/-" title="Tháng trước">« Tháng trước</a></div><div class="currentmonth">Tháng {month} {year}</div><div class="nextmonth"><a href="/lich-cong-tac/month.calendar/{next_m[0]}/{next_m[1]:02d}/01/-" title="Tháng sau">Tháng sau »</a></div></div></div>
<table class="cal_table"><thead><tr>{"".join(f"<th>{d}</th>" for d in WEEKDAYS)}</tr></thead><tbody>{weeks}</tbody></table></div>"""
        extra = '<meta name="robots" content="noindex, nofollow">\n'
        return self.page(
            "Lịch công tác",
            main,
            f"/lich-cong-tac/month.calendar/{year}/{month:02d}/01/-",
            [("Lịch công tác", None)],
            extra,
        )

    # ---- build and routing ---------------------------------------------------------------------
    def build(self) -> None:
        home = self.html(self.home())
        self.add("/", home)
        self.add("/index.php", home)
        self.add(NEWS_PATH, self.html(self.news_page(0)))
        for slug in MENU:
            self.add(MENU[slug][0], self.html(self.category_page(slug, 0)))
        self.add(DUPLICATE_PATH, self.html(self.duplicate_page(0)))
        self.add(HIDDEN_PATH, self.html(self.hidden_page()))
        for article in self.articles:
            self.add(self.article_path(article), self.html(self.article_page(article, self.article_path(article))))
            if self.attachment(article):
                self.add(self.file_path(article), self.pdf(self.attachment(article) or "", article))
        for path in STATIC:
            self.add(path, self.html(self.static_page(path)))
        self.add("/gioi-thieu", self.redirect("/gioi-thieu/chuc-nang-nhiem-vu", 303))
        self.add("/van-ban", self.html(self.documents_page()))
        self.add("/lien-he", self.html(self.contact_page()))
        self.add("/so-do-trang", self.html(self.sitemap_html()))
        self.add("/administrator/", self.html(self.admin_login()))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(SITEMAP, self.text(self.osmap_xml(), "application/xml"))

    ARTICLE_TAIL = re.compile(r"^(?P<menu>/.*?)/(?P<id>\d+)-[^/]*?(?:\.html)?$")

    def find_article(self, path: str) -> CorpusArticle | None:
        """The legacy router: the id decides; the menu part must be one that routes to the article's category."""
        match = self.ARTICLE_TAIL.match(path)
        if not match:
            return None
        article = self.by_id.get(int(match.group("id")))
        if article is None:
            return None
        menu = match.group("menu")
        allowed = {
            self.menu_path(article),
            "/component/content/article",
            f"{NEWS_PATH}/{self.catid(article)}-{CAT_ALIAS.get(article.category, 'bau-cu-2021')}",
        }
        if article.category == "binh-dang-gioi":
            allowed.add(DUPLICATE_PATH)
        return article if menu in allowed else None

    def start_of(self, values: dict[str, str]) -> int:
        raw = values.get("start", values.get("limitstart", "0")) or "0"
        return int(raw) if raw.isdigit() else 0

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        values = dict(params)
        if path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        elif path == "/index.php" and values.get("option") == "com_search":
            return self.html(self.search_page(values.get("searchword", "")))
        elif path == "/index.php" and not values.get("option"):
            path = "/"
        if path in ("/component/search", "/component/search/"):
            return self.html(self.search_page(values.get("searchword", "")))
        if path in ("/component/finder/search", "/tim-kiem"):
            return self.html(self.search_page(values.get("q", ""), finder=True))
        if path.startswith("/lich-cong-tac/"):
            m = re.match(r"^/lich-cong-tac/(?:month\.calendar/(\d{4})/(\d{1,2})/\d{1,2}/-)?", path)
            if m and m.group(1) and 1 <= int(m.group(2)) <= 12:
                return self.html(self.calendar(int(m.group(1)), int(m.group(2))))
            t = self.today().at
            return self.html(self.calendar(t.year, t.month))
        if path.startswith("/component/tags/tag/"):
            slug = path.rsplit("/", 1)[-1]
            tag = next((t for t in all_tags() if self.tag_path(t).endswith("/" + slug)), None)
            if tag is None:
                return self.error_page("Không tìm thấy thẻ")
            return self.html(self.tag_page(tag, self.start_of(values) // 10))
        if path.rstrip("/") == "/component/mailto":
            article = next((a for a in self.articles if self.mailto_path(a).endswith(values.get("link", "-"))), None)
            return self.html(self.mailto_page(article)) if article else self.error_page()
        article = self.find_article(path)
        if article is not None:
            if values.get("format") == "feed":
                return self.error_page("Định dạng không hợp lệ")
            if values.get("tmpl") == "component":
                return self.html(self.print_page(article, printing=values.get("print") == "1"))
            return self.html(self.article_page(article, path))
        fmt = values.get("format")
        start = self.start_of(values)
        listings = {m[0]: s for s, m in MENU.items()}
        if path == "/" and fmt == "feed":
            return self.feed("Sở Nội vụ tỉnh Lai Châu", "/", self.listed(), values.get("type", "rss"))
        if path == NEWS_PATH:
            items = [a for a in self.listed() if a.category in ("tin-tuc", "cong-chuc", "binh-dang-gioi", "lao-dong")]
            if fmt == "feed":
                return self.feed("Tin tức", NEWS_PATH, items, values.get("type", "rss"))
            return self.html(self.news_page(start // self.page_size))
        if path in listings:
            slug = listings[path]
            if fmt == "feed":
                return self.feed(self.spec.category(slug).name, path, self.listed(slug), values.get("type", "rss"))
            size = 10 if slug == "thong-bao" else self.page_size
            return self.html(self.category_page(slug, start // size))
        if path == DUPLICATE_PATH:
            return self.html(self.duplicate_page(start // 10))
        if path in self.routes_without_query():
            return self.routes[path]
        return None

    def routes_without_query(self) -> set[str]:
        """Joomla ignores unknown query strings (?fbclid=, utm_...): the page answers the same."""
        return {k for k in self.routes if "?" not in k and not k.endswith((".pdf", ".txt"))}
