"""WordPress built with Elementor Pro by a local web agency, the way a provincial Women's Union commissioned it in 2020.

Astra as the base theme, Elementor Pro Theme Builder for the header, footer, single-post and archive templates,
Rank Math SEO (category base stripped, sitemap index with its XSL, JSON-LD @graph, breadcrumbs by shortcode),
Polylang for an English section under /en/, JetEngine for a 'Thông báo' custom post type, WP Rocket lazy-loading,
Cookie Notice, BestWebSoft 'PDF & Print', Contact Form 7, WP Statistics, the AMP plugin in reader mode.

Permalinks are /%postname%.html. Posts imported from the old site in 2020 (filed also in 'Tin cũ') are excluded from
the Elementor single template by a condition and render through Astra's own single.php with `.entry-content`,
a global prev/next, an archive dropdown and old reader comments; later posts render inside Elementor's
`theme-post-content` widget: classic paragraphs until mid-2021, Elementor-built sections until 2023, flexbox
containers since 2024. Only the 'Bình đẳng giới' archive has numbered pagination; every other archive has
Elementor's 'Load more' button (the next page only in a data attribute) and the home page a theme grid that
loads more through admin-ajax.php. Three notices imported with their 'show in list' switch off are reached only
through Rank Math's notice sitemap.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import hashlib
import json
import unicodedata
from datetime import UTC, datetime
from urllib.parse import quote

from ..corpus import CorpusArticle
from ..text import EN_MONTHS, MONTHS_VI, VN_TZ, When, ascii_slug, esc, tiny_pdf
from .base import Response, Template
from .extras import photo, tag_slug, tags_of

WP = "6.4.5"
ELEMENTOR = "3.18.3"
ELEMENTOR_PRO = "3.18.2"
ASTRA = "4.5.2"
RANK_MATH = "1.0.210"
RELAUNCH = datetime(2020, 10, 1, tzinfo=VN_TZ)  # the Elementor site went live; older posts were imported
IMPORTED_ON = "2020-10-15T09:12:44+07:00"  # the import's post_modified on every old post
BUILT_FROM = datetime(2021, 7, 1, tzinfo=VN_TZ)  # editors began 'Sửa với Elementor'
CONTAINERS_FROM = datetime(2024, 1, 1, tzinfo=VN_TZ)  # Elementor flexbox containers
NOW = datetime(2025, 7, 20, 10, 0, tzinfo=VN_TZ)  # when WP Rocket's cache was last filled
SITE = "Hội LHPN tỉnh Bình Thuận"
TAGLINE = "Trang thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Bình Thuận"
AGENCY = ("Web Phan Thiết", "https://webphanthiet.vn/")
# WordPress accounts: nicename -> (display name, user id, bio)
ACCOUNTS = {
    "admin": ("admin", 1, ""),
    "bbt": ("Ban Biên tập", 2, "Ban Biên tập Trang thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Bình Thuận."),
}
OLD_CATEGORY = ("tin-cu", "Tin cũ", 41)
NOTICE_PAGE = "/thong-bao/"
MENU_SUB = {  # the menu's parents and the category slugs under them
    "tin-tuc": ("Tin tức", ["hoat-dong-hoi", "phu-nu-khoi-nghiep"]),
    "binh-dang-gioi": ("Bình đẳng giới", ["phong-chong-bao-luc"]),
}
COOKIE_TEXT = (
    "Chúng tôi sử dụng cookie để bảo đảm bạn có trải nghiệm tốt nhất trên trang web. "
    "Nếu tiếp tục sử dụng trang này, chúng tôi hiểu rằng bạn đồng ý với điều đó."
)
BANNER = (
    "Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội, từ ngày 01/7/2025 tỉnh Bình Thuận hợp nhất vào tỉnh Lâm Đồng. "
    "Trang thông tin điện tử Hội LHPN tỉnh Bình Thuận ngừng cập nhật và được lưu trữ tại đây; "
    "thông tin mới xin mời xem tại trang của Hội LHPN tỉnh Lâm Đồng."
)


def eid(*seed: object) -> str:
    """Elementor's 7-hex element ids, stable per seed."""
    return hashlib.md5("|".join(map(str, seed)).encode()).hexdigest()[:7]


def utc(when: When) -> datetime:
    return when.at.astimezone(UTC)


class WpElementor(Template):
    sitemap_path = "/sitemap_index.xml"
    feed_path = None  # /feed/ exists, but WordPress feeds hold only the newest ten: nothing is feed-only here
    ignored_params = ("fbclid", "utm_source", "utm_medium", "utm_campaign", "_gl")
    related_count = 3

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.slugs: dict[str, str] = {}
        taken: set[str] = set()
        for article in sorted(self.articles, key=lambda a: self.when[a.id].at):
            slug = ascii_slug(article.title)[:190].rstrip("-") or f"bai-viet-{article.number}"
            base, n = slug, 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            self.slugs[article.id] = slug
        self.cat_ids = {c.slug: 3 + i for i, c in enumerate(self.spec.categories)}

    # ---- what kind of post ------------------------------------------------------------------
    def is_notice(self, a: CorpusArticle) -> bool:
        return a.category == "thong-bao"

    def is_old(self, a: CorpusArticle) -> bool:
        return self.when[a.id].at < RELAUNCH and not self.is_notice(a) and a.lang == "vi"

    def body_kind(self, a: CorpusArticle) -> str:
        at = self.when[a.id].at
        if self.is_old(a):
            return "astra"
        if at < BUILT_FROM:
            return "classic"
        return "sections" if at < CONTAINERS_FROM else "containers"

    def numeric_id(self, article: CorpusArticle) -> int:
        return self.spec.article_id_base + article.number * 17

    def account(self, a: CorpusArticle) -> tuple[str, str]:
        """(nicename, display name) of the WordPress account the post shows."""
        if a.author_style == "byline" and a.author:
            return ascii_slug(a.author), a.author
        if self.is_old(a):
            return "admin", "admin"
        return "bbt", "Ban Biên tập"

    # ---- URLs -------------------------------------------------------------------------------
    def article_path(self, article: CorpusArticle) -> str:
        slug = self.slugs[article.id]
        if self.is_notice(article):
            return f"/thong-bao/{slug}/"
        return f"/en/{slug}.html" if article.lang == "en" else f"/{slug}.html"

    def cat_path(self, slug: str, page: int = 1) -> str:
        cat = self.spec.category(slug)
        if slug == "thong-bao":
            return NOTICE_PAGE
        base = f"/en/{cat.key}/" if cat.lang == "en" else f"/{cat.key}/"
        return base if page == 1 else f"{base}page/{page}/"

    def cat_name(self, slug: str) -> str:
        if slug == OLD_CATEGORY[0]:
            return OLD_CATEGORY[1]
        return self.spec.category(slug).name

    def day_path(self, a: CorpusArticle) -> str:
        at = self.when[a.id].at
        return f"/{at.year}/{at.month:02d}/{at.day:02d}/"

    def attachment_path(self, a: CorpusArticle) -> str | None:
        name = self.attachment(a)
        if not name:
            return None
        at = self.when[a.id].at
        return f"/wp-content/uploads/{at.year}/{at.month:02d}/{name}"

    def image_src(self, a: CorpusArticle, size: str = "1024x683") -> str:
        at = self.when[a.id].at
        stem = f"IMG_{at.strftime('%Y%m%d')}_{(a.number * 7919) % 10000:04d}"
        return self.url(f"/wp-content/uploads/{at.year}/{at.month:02d}/{stem}-{size}.jpg")

    # ---- content plan -----------------------------------------------------------------------
    def listing(self, category: str) -> list[CorpusArticle]:
        if category == self.spec.main_category:
            return [
                a
                for a in self.listed()
                if not self.is_notice(a) and a.lang == "vi" and (a.category == category or a.on_topic)
            ]
        return self.listed(category)

    def posts(self, lang: str = "vi") -> list[CorpusArticle]:
        return [a for a in self.listed() if not self.is_notice(a) and a.lang == lang]

    def categories_of(self, a: CorpusArticle) -> list[str]:
        """The post's categories, the primary (Rank Math) first."""
        cats = [a.category]
        if a.on_topic and a.lang == "vi" and a.category != self.spec.main_category and not self.is_notice(a):
            cats.append(self.spec.main_category)
        if self.is_old(a):
            cats.append(OLD_CATEGORY[0])
        return cats

    def chain(self, a: CorpusArticle) -> tuple[CorpusArticle | None, CorpusArticle | None]:
        """(previous = older, next = newer): Astra's global adjacent posts for the imported ones, Elementor's
        same-category navigation for the rest; Polylang keeps each language apart."""
        if a.access != "normal" or self.is_notice(a):
            return None, None
        pool = self.posts(a.lang) if self.is_old(a) else [p for p in self.posts(a.lang) if p.category == a.category]
        if a not in pool:
            return None, None
        i = pool.index(a)
        newer = pool[i - 1] if i > 0 else None
        older = pool[i + 1] if i + 1 < len(pool) else None
        return older, newer

    def translation(self, a: CorpusArticle) -> CorpusArticle | None:
        """Polylang pairs: a post and its translation cite the same document."""
        numbers = {d.number for d in a.documents}
        if not numbers or self.is_notice(a):
            return None
        for other in self.articles:
            if other.lang != a.lang and not self.is_notice(other) and numbers & {d.number for d in other.documents}:
                return other
        return None

    def comments(self, a: CorpusArticle) -> list[tuple[int, str, str, str, int]]:
        """Reader comments left under some imported posts: (id, name, date, text, parent)."""
        if not self.is_old(a) or a.number % 4 != 1:
            return []
        at = self.when[a.id].at
        first = 200 + a.number * 3
        day = at.strftime("%d/%m/%Y")
        return [
            (first, "Nguyễn Thị Hoa", day, "Bài viết rất hay và bổ ích, cảm ơn Hội đã chia sẻ thông tin.", 0),
            (
                first + 1,
                "Trần Văn Nam",
                day,
                "Mong Hội tiếp tục tổ chức thêm nhiều hoạt động như thế này ở các xã vùng sâu.",
                0,
            ),
        ]

    def views(self, article: CorpusArticle) -> int:
        return 41 + (article.number * 53) % 900

    # ---- page chrome ------------------------------------------------------------------------
    def head(
        self,
        title: str,
        canonical: str | None,
        body_class: str,
        *,
        lang: str = "vi",
        description: str = "",
        robots: str = "follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large",
        og_type: str = "website",
        extra: str = "",
        schema: dict | None = None,
        post_id: int | None = None,
    ) -> str:
        locale = "en_GB" if lang == "en" else "vi_VN"
        html_lang = "en-GB" if lang == "en" else "vi"
        parts = [
            "<!doctype html>",
            f'<html lang="{html_lang}" prefix="og: https://ogp.me/ns#">',
            "<head>",
            '<meta charset="UTF-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<link rel="profile" href="https://gmpg.org/xfn/11">',
            "",
            "<!-- Search Engine Optimization by Rank Math PRO - https://rankmath.com/ -->",
            f"<title>{esc(title)}</title>",
        ]
        if description:
            parts.append(f'<meta name="description" content="{esc(description)}"/>')
        parts.append(f'<meta name="robots" content="{robots}"/>')
        if canonical:
            parts.append(f'<link rel="canonical" href="{esc(canonical)}" />')
        parts += [
            f'<meta property="og:locale" content="{locale}" />',
            f'<meta property="og:type" content="{og_type}" />',
            f'<meta property="og:title" content="{esc(title)}" />',
        ]
        if description:
            parts.append(f'<meta property="og:description" content="{esc(description)}" />')
        if canonical:
            parts.append(f'<meta property="og:url" content="{esc(canonical)}" />')
        parts.append(f'<meta property="og:site_name" content="{SITE}" />')
        parts.append(
            f'<meta property="og:image" content="{self.url("/wp-content/uploads/2020/10/og-hoi-phu-nu.jpg")}" />'
        )
        parts.append(extra)
        if schema:
            data = json.dumps(schema, ensure_ascii=False).replace("/", "\\/")
            parts.append(f'<script type="application/ld+json" class="rank-math-schema-pro">{data}</script>')
        parts.append("<!-- /Rank Math WordPress SEO plugin -->")
        parts += [
            "<link rel='dns-prefetch' href='//fonts.googleapis.com' />",
            f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{self.url("/feed/" if lang == "vi" else "/en/feed/")}" />',
            f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{self.url("/comments/feed/")}" />',
            f"<link rel='stylesheet' id='astra-theme-css-css' href='{self.url('/wp-content/themes/astra/assets/css/minified/main.min.css')}?ver={ASTRA}' media='all' />",
            f"<link rel='stylesheet' id='elementor-frontend-css' href='{self.url('/wp-content/plugins/elementor/assets/css/frontend-lite.min.css')}?ver={ELEMENTOR}' media='all' />",
            f"<link rel='stylesheet' id='elementor-pro-css' href='{self.url('/wp-content/plugins/elementor-pro/assets/css/frontend-lite.min.css')}?ver={ELEMENTOR_PRO}' media='all' />",
            f"<link rel='stylesheet' id='elementor-post-58-css' href='{self.url('/wp-content/uploads/elementor/css/post-58.css')}?ver=1719552310' media='all' />",
            f"<link rel='stylesheet' id='cookie-notice-front-css' href='{self.url('/wp-content/plugins/cookie-notice/css/front.min.css')}?ver=2.4.16' media='all' />",
            f"<link rel='stylesheet' id='contact-form-7-css' href='{self.url('/wp-content/plugins/contact-form-7/includes/css/styles.css')}?ver=5.8.4' media='all' />",
            f"<script src='{self.url('/wp-includes/js/jquery/jquery.min.js')}?ver=3.7.1' id='jquery-core-js'></script>",
            f'<link rel="https://api.w.org/" href="{self.url("/wp-json/")}" />',
        ]
        if post_id:
            parts.append(
                f'<link rel="alternate" type="application/json" href="{self.url(f"/wp-json/wp/v2/posts/{post_id}")}" />'
            )
        parts += [
            f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.url("/xmlrpc.php?rsd")}" />',
            f'<meta name="generator" content="WordPress {WP}" />',
        ]
        if post_id:
            parts.append(f"<link rel='shortlink' href='{self.url(f'/?p={post_id}')}' />")
        parts += [
            f'<meta name="generator" content="Elementor {ELEMENTOR}; features: e_dom_optimization, e_optimized_assets_loading, e_optimized_css_loading, additional_custom_breakpoints, block_editor_assets_optimize, e_image_loading_optimization; settings: css_print_method-external, google_font-enabled, font_display-swap">',
            f'<link rel="icon" href="{self.url("/wp-content/uploads/2020/10/logo-hoi-lhpn-150x150.png")}" sizes="32x32" />',
            '<noscript><style id="rocket-lazyload-nojs-css">.rll-youtube-player, [data-lazy-src]{display:none !important;}</style></noscript>',
            "</head>",
            f'<body class="{body_class} wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar astra-{ASTRA} elementor-default elementor-kit-6 cookies-not-set">',
            "",
            f'<a class="skip-link screen-reader-text" href="#content">{"Skip to content" if lang == "en" else "Chuyển đến nội dung"}</a>',
            '<div class="hfeed site" id="page">',
        ]
        return "\n".join(p for p in parts if p)

    # elementor building blocks
    def widget(
        self, kind: str, inner: str, seed: object, skin: str = "default", cls: str = "", settings: str = ""
    ) -> str:
        i = eid(kind, seed)
        data = f' data-settings="{esc(settings)}"' if settings else ""
        return (
            f'<div class="elementor-element elementor-element-{i} {cls} elementor-widget elementor-widget-{kind}" '
            f'data-id="{i}" data-element_type="widget"{data} data-widget_type="{kind}.{skin}">\n'
            f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
        )

    def column(self, inner: str, seed: object, size: int = 100, top: bool = True) -> str:
        i = eid("col", seed)
        level = "elementor-top-column" if top else "elementor-inner-column"
        return (
            f'<div class="elementor-column elementor-col-{size} {level} elementor-element elementor-element-{i}" data-id="{i}" data-element_type="column">\n'
            f'<div class="elementor-widget-wrap elementor-element-populated">\n{inner}\n</div>\n</div>'
        )

    def section(self, columns: str, seed: object, top: bool = True, cls: str = "") -> str:
        i = eid("sec", seed)
        level = "elementor-top-section" if top else "elementor-inner-section"
        return (
            f'<section class="elementor-section {level} elementor-element elementor-element-{i} elementor-section-boxed elementor-section-height-default elementor-section-height-default {cls}" data-id="{i}" data-element_type="section">\n'
            f'<div class="elementor-container elementor-column-gap-default">\n{columns}\n</div>\n</section>'
        )

    def container(self, inner: str, seed: object, parent: bool = True) -> str:
        i = eid("con", seed)
        level = "e-parent" if parent else "e-child"
        return (
            f'<div class="elementor-element elementor-element-{i} e-flex e-con-boxed e-con {level}" data-id="{i}" data-element_type="container" '
            f'data-settings="{{&quot;content_width&quot;:&quot;boxed&quot;}}" data-core-v316-plus="true">\n<div class="e-con-inner">\n{inner}\n</div>\n</div>'
        )

    def document(self, kind: str, doc_id: int, inner: str, location: str = "") -> str:
        loc = f" elementor-location-{location}" if location else ""
        post_type = "elementor_library" if kind != "wp-post" and kind != "wp-page" else kind[3:]
        return (
            f'<div data-elementor-type="{kind}" data-elementor-id="{doc_id}" class="elementor elementor-{doc_id}{loc}" '
            f'data-elementor-post-type="{post_type}">\n{inner}\n</div>'
        )

    def heading(self, text: str, seed: object, tag: str = "h2", href: str | None = None) -> str:
        inner = f'<a href="{esc(href)}">{esc(text)}</a>' if href else esc(text)
        return self.widget(
            "heading", f'<{tag} class="elementor-heading-title elementor-size-default">{inner}</{tag}>', seed
        )

    def nav_items(self, lang: str, dropdown: bool = False) -> str:
        tab = ' tabindex="-1"' if dropdown else ""
        if lang == "en":
            rows: list[tuple[str, str, list[tuple[str, str]]]] = [
                ("Home", "/en/", []),
                ("News", self.cat_path("en"), []),
                ("Tiếng Việt", "/", []),
            ]
        else:
            rows = [
                ("Trang chủ", "/", []),
                (
                    "Giới thiệu",
                    "/gioi-thieu/",
                    [
                        ("Chức năng, nhiệm vụ", "/gioi-thieu/#chuc-nang-nhiem-vu"),
                        ("Ban Thường vụ", "/gioi-thieu/#ban-thuong-vu"),
                    ],
                ),
            ]
            for parent, (label, subs) in MENU_SUB.items():
                present = [s for s in subs if any(c.slug == s for c in self.spec.categories)]
                href = self.cat_path(parent) if any(c.slug == parent for c in self.spec.categories) else "#"
                rows.append((label, href, [(self.cat_name(s), self.cat_path(s)) for s in present]))
            listed = {s for _, subs in MENU_SUB.values() for s in subs} | set(MENU_SUB)
            for cat in self.spec.categories:
                if cat.lang == "vi" and cat.slug not in listed:
                    rows.append((cat.name, self.cat_path(cat.slug), []))
            rows += [("Văn bản", "/van-ban/", []), ("Liên hệ", "/lien-he/", [])]
        out = []
        for n, (label, href, children) in enumerate(rows):
            item_cls = "menu-item menu-item-type-taxonomy menu-item-object-category" + (
                " menu-item-has-children" if children else ""
            )
            link = self.url(href) if href.startswith("/") else href
            sub = ""
            if children:
                sub = (
                    '<ul class="sub-menu elementor-nav-menu--dropdown">'
                    + "".join(
                        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{900 + n * 10 + k}"><a href="{esc(self.url(h))}" class="elementor-sub-item"{tab}>{esc(t)}</a></li>'
                        for k, (t, h) in enumerate(children)
                    )
                    + "</ul>"
                )
            out.append(
                f'<li class="{item_cls} menu-item-{800 + n}"><a href="{esc(link)}" class="elementor-item"{tab}>{esc(label)}</a>{sub}</li>'
            )
        return "".join(out)

    def header(self, lang: str = "vi", switch_to: str | None = None) -> str:
        home = "/en/" if lang == "en" else "/"
        logo = self.widget(
            "theme-site-logo",
            f'<a href="{self.url(home)}"><img width="420" height="96" src="{self.url("/wp-content/uploads/2020/10/logo-hoi-lhpn-binh-thuan.png")}" class="attachment-full size-full wp-image-12" alt="Hội LHPN tỉnh Bình Thuận" /></a>',
            "logo",
            skin="default",
            cls="elementor-widget-image",
        )
        title = self.widget(
            "heading",
            '<p class="elementor-heading-title elementor-size-default">HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH THUẬN</p>',
            "site-title",
        )
        other = switch_to or ("/" if lang == "en" else "/en/")
        switcher = self.widget(
            "polylang-language-switcher",
            '<nav class="cpel-switcher__nav"><ul class="cpel-switcher__list">'
            f'<li class="cpel-switcher__lang{" cpel-switcher__lang--active" if lang == "vi" else ""}"><a lang="vi" hreflang="vi" href="{esc(self.url("/" if lang == "vi" else other))}"><img src="{self.url("/wp-content/plugins/polylang/flags/vn.png")}" alt="Tiếng Việt" width="16" height="11" /><span class="cpel-switcher__code">VI</span></a></li>'
            f'<li class="cpel-switcher__lang{" cpel-switcher__lang--active" if lang == "en" else ""}"><a lang="en-GB" hreflang="en-GB" href="{esc(self.url("/en/" if lang == "en" else other))}"><img src="{self.url("/wp-content/plugins/polylang/flags/gb.png")}" alt="English" width="16" height="11" /><span class="cpel-switcher__code">EN</span></a></li>'
            "</ul></nav>",
            "switcher",
        )
        menu_id = eid("menu")
        nav = self.widget(
            "nav-menu",
            f'<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">'
            f'<ul id="menu-1-{menu_id}" class="elementor-nav-menu">{self.nav_items(lang)}</ul></nav>\n'
            '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>\n'
            f'<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-{menu_id}" class="elementor-nav-menu">{self.nav_items(lang, dropdown=True)}</ul></nav>',
            "nav",
            skin="default",
            cls="elementor-nav-menu__align-center elementor-nav-menu--dropdown-tablet elementor-nav-menu__text-align-aside elementor-nav-menu--toggle elementor-nav-menu--burger",
            settings='{"layout":"horizontal","submenu_icon":{"value":"<i class=\\"fas fa-caret-down\\"></i>","library":"fa-solid"},"toggle":"burger"}',
        )
        search = self.widget(
            "search-form",
            f'<form class="elementor-search-form" action="{self.url(home)}" method="get" role="search"><div class="elementor-search-form__container">'
            '<label class="elementor-screen-only" for="elementor-search-form-hdr">Search</label>'
            f'<input id="elementor-search-form-hdr" placeholder="{"Search..." if lang == "en" else "Tìm kiếm..."}" class="elementor-search-form__input" type="search" name="s" value="">'
            '<button class="elementor-search-form__submit" type="submit" aria-label="Search"><i aria-hidden="true" class="fas fa-search"></i></button></div></form>',
            "search",
            skin="default",
        )
        banner = self.widget(
            "alert",
            f'<div class="elementor-alert elementor-alert-warning" role="alert"><span class="elementor-alert-title">Thông báo</span>'
            f'<span class="elementor-alert-description">{esc(BANNER)} <a href="https://phunulamdong.vn/" target="_blank" rel="noopener">phunulamdong.vn</a></span>'
            '<button type="button" class="elementor-alert-dismiss"><span aria-hidden="true">&times;</span><span class="elementor-screen-only">Dismiss alert</span></button></div>',
            "merger-banner",
        )
        top = self.section(
            self.column(logo, "h-logo", 25)
            + self.column(title, "h-title", 50)
            + self.column(search + switcher, "h-tools", 25),
            "h-top",
        )
        bar = self.section(self.column(nav, "h-nav"), "h-nav", cls="elementor-sticky")
        alert = self.section(self.column(banner, "h-alert"), "h-alert")
        return self.document("header", 58 if lang == "vi" else 2211, f"{top}\n{bar}\n{alert}", "header")

    def footer(self, lang: str = "vi") -> str:
        s = self.s
        about = "".join(
            f"<p>{esc(line)}</p>"
            for line in (
                f"{s['footer_owner']} {self.spec.owner}",
                f"{s['footer_editor']} Bà Lê Thị Kim Hoa - Phó Chủ tịch Hội LHPN tỉnh",
                self.spec.license,
                f"Địa chỉ: {self.spec.address}",
                "Điện thoại: (0252) 3822 417 - Email: hoilhpn@binhthuan.gov.vn",
            )
        )
        counts = "".join(
            f'<li><span class="stat-label">{esc(k)}:</span> <span class="stat-value">{esc(v)}</span></li>'
            for k, v in zip(
                ("Đang truy cập", "Hôm nay", "Hôm qua", "Tháng này", "Tổng lượt truy cập"),
                ("12", "187", "264", "5.318", "1.406.225"),
                strict=True,
            )
        )
        stats = (
            f'<div class="wp-statistics-widget"><h5 class="widget-title">Thống kê truy cập</h5><ul>{counts}</ul></div>'
        )
        links = "".join(
            f'<li class="elementor-icon-list-item"><a href="{u}" target="_blank" rel="noopener"><span class="elementor-icon-list-text">{esc(t)}</span></a></li>'
            for t, u in (
                ("Hội LHPN Việt Nam", "https://hoilhpn.org.vn/"),
                ("Cổng TTĐT tỉnh Bình Thuận", "https://binhthuan.gov.vn/"),
                ("Báo Phụ nữ Việt Nam", "https://phunuvietnam.vn/"),
            )
        )
        admin = f'<a href="{self.url("/wp-admin/")}" rel="nofollow">Quản trị</a>'
        cols = (
            self.column(
                self.heading("TRANG THÔNG TIN ĐIỆN TỬ HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH THUẬN", "f-h", "h4")
                + self.widget("text-editor", about, "f-about"),
                "f-about",
                50,
            )
            + self.column(
                self.heading("Liên kết", "f-l", "h4")
                + self.widget("icon-list", f'<ul class="elementor-icon-list-items">{links}</ul>', "f-links"),
                "f-links",
                25,
            )
            + self.column(self.widget("wp-widget-wp_statistics_widget", stats, "f-stats"), "f-stats", 25)
        )
        credit = self.widget(
            "text-editor",
            f"<p>© 2020 - 2025 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này. "
            f'Thiết kế website: <a href="{AGENCY[1]}" target="_blank" rel="nofollow noopener">{AGENCY[0]}</a> | {admin}</p>',
            "f-credit",
        )
        doc = self.document(
            "footer",
            77 if lang == "vi" else 2215,
            self.section(cols, "f-main") + "\n" + self.section(self.column(credit, "f-credit"), "f-credit"),
            "footer",
        )
        cookie = (
            '<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);">'
            f'<div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">{esc(COOKIE_TEXT)}</span>'
            '<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Đồng ý">Đồng ý</a>'
            f'<a href="{self.url("/chinh-sach-bao-mat/")}" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Chính sách bảo mật">Chính sách bảo mật</a></span>'
            '<span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Không"></span></div></div>'
        )
        config = json.dumps(
            {
                "environmentMode": {"edit": False, "wpPreview": False, "isScriptDebug": False},
                "i18n": {
                    "shareOnFacebook": "Chia sẻ trên Facebook",
                    "shareOnTwitter": "Chia sẻ trên Twitter",
                    "pinIt": "Ghim",
                    "download": "Tải xuống",
                },
                "urls": {"assets": self.url("/wp-content/plugins/elementor/assets/")},
                "version": ELEMENTOR,
            }
        ).replace("/", "\\/")
        pro = json.dumps(
            {
                "ajaxurl": self.url("/wp-admin/admin-ajax.php"),
                "nonce": "8d1f0c2a7b",
                "urls": {
                    "assets": self.url("/wp-content/plugins/elementor-pro/assets/"),
                    "rest": self.url("/wp-json/"),
                },
            }
        ).replace("/", "\\/")
        scripts = (
            f'<script id="elementor-frontend-js-before">\nvar elementorFrontendConfig = {config};\n</script>\n'
            f'<script id="elementor-pro-frontend-js-before">\nvar ElementorProFrontendConfig = {pro};\n</script>\n'
            f"<script src='{self.url('/wp-content/plugins/elementor-pro/assets/js/frontend.min.js')}?ver={ELEMENTOR_PRO}' id='elementor-pro-frontend-js'></script>\n"
            f'<script>window.lazyLoadOptions=[{{elements_selector:"img[data-lazy-src],.rocket-lazyload,iframe[data-lazy-src]",data_src:"lazy-src",data_srcset:"lazy-srcset"}}];</script>\n'
            f"<script src='{self.url('/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js')}' async></script>"
        )
        return f"{doc}\n</div>\n{cookie}\n{scripts}\n</body>\n</html>\n"

    def page(self, head: str, content: str, lang: str = "vi", switch_to: str | None = None) -> Response:
        return self.html(
            f'{head}\n{self.header(lang, switch_to)}\n<div id="content" class="site-content">\n<div class="ast-container">\n{content}\n</div>\n</div>\n{self.footer(lang)}'
        )

    # ---- images and cards -------------------------------------------------------------------
    def lazy_img(self, src: str, alt: str, cls: str, width: int = 1024, height: int = 683) -> str:
        placeholder = f"data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{width}%20{height}'%3E%3C/svg%3E"
        return (
            f'<img decoding="async" width="{width}" height="{height}" src="{placeholder}" class="{cls}" alt="{esc(alt)}" data-lazy-src="{esc(src)}" />'
            f'<noscript><img decoding="async" width="{width}" height="{height}" src="{esc(src)}" class="{cls}" alt="{esc(alt)}" /></noscript>'
        )

    def date_text(self, a: CorpusArticle) -> str:
        when = self.when[a.id]
        if a.lang == "en":
            return f"{EN_MONTHS[when.at.month - 1]} {when.at.day}, {when.at.year}"
        return when.dmy()

    def post_classes(self, a: CorpusArticle) -> str:
        cats = " ".join(f"category-{self.cat_key(c)}" for c in self.categories_of(a))
        tags = " ".join(f"tag-{tag_slug(t)}" for t in tags_of(a, 4))
        kind = "thong-bao" if self.is_notice(a) else "post"
        return f"post-{self.numeric_id(a)} {kind} type-{kind} status-publish format-standard has-post-thumbnail hentry {cats} {tags}".strip()

    def cat_key(self, slug: str) -> str:
        if slug == OLD_CATEGORY[0]:
            return slug
        return self.spec.category(slug).key

    def card(self, a: CorpusArticle, skin: str = "cards", excerpt: bool = True) -> str:
        link = esc(self.canonical_url(a))
        more = "Read more »" if a.lang == "en" else "Xem thêm »"
        thumb = (
            f'<a class="elementor-post__thumbnail__link" href="{link}" tabindex="-1"><div class="elementor-post__thumbnail">'
            f"{self.lazy_img(self.image_src(a, '768x512'), '', f'attachment-medium_large size-medium_large wp-image-{self.numeric_id(a) + 1}', 768, 512)}</div></a>"
        )
        text = f'<h3 class="elementor-post__title"><a href="{link}">{esc(a.title)}</a></h3>'
        meta = f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{esc(self.date_text(a))}</span></div>'
        summary = f'<div class="elementor-post__excerpt"><p>{esc(self.teaser(a, 160))}</p></div>' if excerpt else ""
        if skin == "cards":
            badge = f'<div class="elementor-post__badge">{esc(self.cat_name(a.category))}</div>'
            inner = f'<div class="elementor-post__card">{thumb}{badge}<div class="elementor-post__text">{text}{summary}<a class="elementor-post__read-more" href="{link}" aria-label="Đọc thêm về {esc(a.title)}" tabindex="-1">{more}</a></div>{meta}</div>'
        else:
            inner = f'{thumb}<div class="elementor-post__text">{text}{meta}{summary}</div>'
        return f'<article class="elementor-post elementor-grid-item {self.post_classes(a)}" role="listitem">{inner}</article>'

    def posts_widget(
        self,
        articles: list[CorpusArticle],
        seed: object,
        skin: str = "cards",
        kind: str = "posts",
        columns: int = 3,
        extra: str = "",
        settings: str = "",
        excerpt: bool = True,
    ) -> str:
        cards = "\n".join(self.card(a, skin, excerpt) for a in articles)
        inner = f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-{skin} elementor-grid" role="list">\n{cards}\n</div>{extra}'
        return self.widget(
            kind,
            inner,
            seed,
            skin=f"{'archive_' if kind == 'archive-posts' else ''}{skin}",
            cls=f"elementor-grid-{columns} elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top",
            settings=settings,
        )

    # ---- the single post --------------------------------------------------------------------
    def nfd(self, a: CorpusArticle, text: str) -> str:
        """2017-2018 bodies typed with Unikey's 'Unicode tổ hợp' on the old site: decomposed tone marks."""
        if self.is_old(a) and self.when[a.id].at.year <= 2018 and a.number % 3 == 0:
            return unicodedata.normalize("NFD", text)
        return text

    def figure(self, a: CorpusArticle, attachment_link: bool = False) -> tuple[int, str]:
        shot = photo(a)
        if shot is None:
            return -1, ""
        wid = self.numeric_id(a) + 1
        caption = esc(f"{shot.caption} {shot.credit}".strip())
        img = self.lazy_img(self.image_src(a), shot.caption, f"size-large wp-image-{wid}")
        if attachment_link:
            stem = f"img_{self.when[a.id].at.strftime('%Y%m%d')}_{(a.number * 7919) % 10000:04d}"
            img = (
                f'<a href="{self.url(self.article_path(a) + "/" + stem + "/")}" rel="attachment wp-att-{wid}">{img}</a>'
            )
        return shot.after, (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 1024px" class="wp-caption aligncenter">'
            f'{img}<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{caption}</figcaption></figure>'
        )

    def signature_html(self, a: CorpusArticle) -> str:
        if a.author and a.author_style == "signature":
            return f'<p style="text-align: right;"><strong>{esc(a.author)}</strong></p>'
        if a.author and a.author_style == "label":
            return f'<p style="text-align: right;"><em>Tác giả: {esc(a.author)}</em></p>'
        return ""

    def classic_body(self, a: CorpusArticle, attachment_link: bool = False) -> str:
        after, fig = self.figure(a, attachment_link) if a.number % 3 != 2 else (-1, "")
        out = []
        if a.lead:
            out.append(f'<p style="text-align: justify;"><strong>{esc(self.nfd(a, a.lead))}</strong></p>')
        for i, p in enumerate(a.paragraphs):
            out.append(f'<p style="text-align: justify;">{esc(self.nfd(a, p))}</p>')
            if i == after:
                out.append(fig)
        out.append(self.signature_html(a))
        return "\n".join(x for x in out if x)

    def built_body(self, a: CorpusArticle) -> str:
        """A post built with Elementor: its own document of sections (or containers) of widgets."""
        doc_id = self.numeric_id(a)
        seed = a.id
        blocks: list[str] = []
        if a.lead:
            blocks.append(
                self.widget(
                    "text-editor", f'<p style="text-align: justify;"><strong>{esc(a.lead)}</strong></p>', (seed, "lead")
                )
            )
        shot = photo(a)
        paras = list(a.paragraphs)
        split = 1 if shot and len(paras) > 2 else len(paras)
        blocks.append(
            self.widget(
                "text-editor",
                "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras[:split]),
                (seed, "p1"),
            )
        )
        if shot:
            img = self.lazy_img(self.image_src(a), shot.caption, f"attachment-large size-large wp-image-{doc_id + 1}")
            blocks.append(
                self.widget(
                    "image",
                    f'<figure class="wp-caption">{img}<figcaption class="widget-image-caption wp-caption-text">{esc(shot.caption)} {esc(shot.credit)}</figcaption></figure>',
                    (seed, "img"),
                )
            )
        if paras[split:]:
            blocks.append(
                self.widget(
                    "text-editor",
                    "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras[split:]),
                    (seed, "p2"),
                )
            )
        sig = self.signature_html(a)
        if sig:
            blocks.append(self.widget("text-editor", sig, (seed, "sig")))
        inner = "\n".join(blocks)
        if self.body_kind(a) == "containers":
            body = self.container(inner, (seed, "c"))
        else:
            body = self.section(self.column(inner, (seed, "c")), (seed, "s"))
        return self.document("wp-post", doc_id, body)

    def schema(self, a: CorpusArticle) -> dict:
        url = self.canonical_url(a)
        when = self.when[a.id]
        nicename, display = self.account(a)
        modified = IMPORTED_ON if self.is_old(a) else (a.modified or when.machine())
        crumbs = [("Trang chủ" if a.lang == "vi" else "Home", self.url("/" if a.lang == "vi" else "/en/"))]
        if self.is_notice(a):
            crumbs.append(("Thông báo", self.url(NOTICE_PAGE)))
        else:
            crumbs.append((self.cat_name(a.category), self.url(self.cat_path(a.category))))
        crumbs.append((a.title, url))
        return {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": ["Person", "Organization"], "@id": self.url("/#person"), "name": self.spec.name},
                {
                    "@type": "WebSite",
                    "@id": self.url("/#website"),
                    "url": self.url("/"),
                    "name": SITE,
                    "inLanguage": "vi" if a.lang == "vi" else "en-GB",
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": url + "#breadcrumb",
                    "itemListElement": [
                        {"@type": "ListItem", "position": i + 1, "item": {"@id": u, "name": n}}
                        for i, (n, u) in enumerate(crumbs)
                    ],
                },
                {
                    "@type": "WebPage",
                    "@id": url + "#webpage",
                    "url": url,
                    "name": a.title,
                    "datePublished": when.machine(),
                    "dateModified": modified,
                    "isPartOf": {"@id": self.url("/#website")},
                },
                {
                    "@type": "Person",
                    "@id": self.url(f"/author/{nicename}/"),
                    "name": display,
                    "url": self.url(f"/author/{nicename}/"),
                },
                {
                    "@type": "NewsArticle",
                    "headline": a.title,
                    "datePublished": when.machine(),
                    "dateModified": modified,
                    "articleSection": ", ".join(self.cat_name(c) for c in self.categories_of(a)),
                    "author": {"@id": self.url(f"/author/{nicename}/"), "name": display},
                    "publisher": {"@id": self.url("/#person")},
                    "description": self.teaser(a, 150),
                    "name": a.title,
                    "@id": url + "#richSnippet",
                    "isPartOf": {"@id": url + "#webpage"},
                    "inLanguage": "vi" if a.lang == "vi" else "en-GB",
                    "mainEntityOfPage": {"@id": url + "#webpage"},
                },
            ],
        }

    def article_head(self, a: CorpusArticle, body_class: str, robots: str | None = None) -> str:
        when = self.when[a.id]
        pid = self.numeric_id(a)
        url = self.canonical_url(a)
        extra = [
            f'<meta property="article:section" content="{esc(self.cat_name(a.category))}" />',
            f'<meta property="article:published_time" content="{when.machine()}" />',
            f'<meta property="article:modified_time" content="{IMPORTED_ON if self.is_old(a) else (a.modified or when.machine())}" />',
            '<meta name="twitter:card" content="summary_large_image" />',
            f'<meta name="twitter:label1" content="{"Written by" if a.lang == "en" else "Được viết bởi"}" />',
            f'<meta name="twitter:data1" content="{esc(self.account(a)[1])}" />',
            f'<meta name="twitter:label2" content="{"Time to read" if a.lang == "en" else "Thời gian để đọc"}" />',
            f'<meta name="twitter:data2" content="{max(1, len(a.body.split()) // 200)} {"minutes" if a.lang == "en" else "phút"}" />',
            f'<link rel="alternate" type="application/json+oembed" href="{self.url("/wp-json/oembed/1.0/embed?url=" + quote(url, safe=""))}" />',
        ]
        for t in tags_of(a, 4):
            extra.append(f'<meta property="article:tag" content="{esc(t)}" />')
        other = self.translation(a)
        if other is not None:
            extra.append(f'<link rel="alternate" href="{esc(url)}" hreflang="{"vi" if a.lang == "vi" else "en-GB"}" />')
            extra.append(
                f'<link rel="alternate" href="{esc(self.canonical_url(other))}" hreflang="{"vi" if other.lang == "vi" else "en-GB"}" />'
            )
        if not self.is_notice(a):
            extra.append(f'<link rel="amphtml" href="{esc(self.url(self.article_path(a) + "/amp/"))}">')
        return self.head(
            f"{a.title} - {SITE}",
            url,
            body_class,
            lang=a.lang,
            description=self.teaser(a, 155),
            robots=robots or "follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large",
            og_type="article",
            extra="\n".join(extra),
            schema=self.schema(a),
            post_id=None if self.is_notice(a) else pid,
        )

    def breadcrumbs(self, a: CorpusArticle) -> str:
        home = ("Trang chủ", "/") if a.lang == "vi" else ("Home", "/en/")
        mid = (
            ("Thông báo", NOTICE_PAGE) if self.is_notice(a) else (self.cat_name(a.category), self.cat_path(a.category))
        )
        return (
            '<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>'
            f'<a href="{self.url(home[1])}">{home[0]}</a><span class="separator"> &raquo; </span>'
            f'<a href="{self.url(mid[1])}">{esc(mid[0])}</a><span class="separator"> &raquo; </span>'
            f'<span class="last">{esc(a.title)}</span></p></nav>'
        )

    def print_button(self, a: CorpusArticle) -> str:
        link = self.url(self.article_path(a) + "?print=print")
        pdf = self.url(self.article_path(a) + "?print=pdf")
        return (
            '<div class="pdfprnt-buttons pdfprnt-buttons-post pdfprnt-top-right">'
            f'<a href="{pdf}" class="pdfprnt-button pdfprnt-button-pdf" target="_blank"><img src="{self.url("/wp-content/plugins/pdf-print/images/pdf.png")}" alt="image_pdf" title="Xem PDF" /></a>'
            f'<a href="{link}" class="pdfprnt-button pdfprnt-button-print" target="_blank"><img src="{self.url("/wp-content/plugins/pdf-print/images/print.png")}" alt="image_print" title="In nội dung" /></a></div>'
        )

    def share_buttons(self, a: CorpusArticle, seed: object) -> str:
        names = (("facebook", "Facebook"), ("zalo", "Zalo"), ("twitter", "Twitter"), ("print", "In"))
        items = "".join(
            f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{k}" role="button" tabindex="0" aria-label="Chia sẻ lên {k}">'
            f'<span class="elementor-share-btn__icon"><i class="fab fa-{k}" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{t}</span></div></div></div>'
            for k, t in names
        )
        return self.widget(
            "share-buttons",
            f'<div class="elementor-grid">{items}</div>',
            seed,
            cls="elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient elementor-share-buttons--shape-square",
        )

    def post_info(self, a: CorpusArticle) -> str:
        nicename, display = self.account(a)
        when = self.when[a.id]
        lis = [
            f'<li class="elementor-icon-list-item elementor-repeater-item-{eid("pi-a")} elementor-inline-item" itemprop="author"><a href="{self.url(f"/author/{nicename}/")}"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{esc(display)}</span></a></li>',
            f'<li class="elementor-icon-list-item elementor-repeater-item-{eid("pi-d")} elementor-inline-item" itemprop="datePublished"><a href="{self.url(self.day_path(a))}"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{esc(self.date_text(a))}</time></span></a></li>',
        ]
        clock = when.hm()
        if clock:
            lis.append(
                f'<li class="elementor-icon-list-item elementor-repeater-item-{eid("pi-t")} elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>{clock}</time></span></li>'
            )
        terms = ", ".join(
            f'<a href="{self.url(self.cat_path(c) if c != OLD_CATEGORY[0] else "/tin-cu/")}" class="elementor-post-info__terms-list-item">{esc(self.cat_name(c))}</a>'
            for c in self.categories_of(a)
        )
        lis.append(
            f'<li class="elementor-icon-list-item elementor-repeater-item-{eid("pi-c")} elementor-inline-item" itemprop="about"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list">{terms}</span></span></li>'
        )
        views = "Views" if a.lang == "en" else "Lượt xem"
        lis.append(
            f'<li class="elementor-icon-list-item elementor-repeater-item-{eid("pi-v")} elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-eye"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">{views}: {self.views(a)}</span></li>'
        )
        return self.widget(
            "post-info",
            f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{"".join(lis)}</ul>',
            (a.id, "info"),
        )

    def tags_widget(self, a: CorpusArticle) -> str:
        tags = tags_of(a, 4)
        if not tags:
            return ""
        links = ", ".join(
            f'<a href="{self.url(f"/tag/{tag_slug(t)}/")}" class="elementor-post-info__terms-list-item">{esc(t)}</a>'
            for t in tags
        )
        label = "Tags" if a.lang == "en" else "Từ khóa"
        return self.widget(
            "post-info",
            f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">{label}: </span><span class="elementor-post-info__terms-list">{links}</span></span></li></ul>',
            (a.id, "tags"),
        )

    def author_box(self, a: CorpusArticle) -> str:
        nicename, display = self.account(a)
        bio = ACCOUNTS.get(nicename, ("", 0, "Cộng tác viên Trang thông tin điện tử Hội LHPN tỉnh Bình Thuận."))[2]
        href = self.url(f"/author/{nicename}/")
        return self.widget(
            "author-box",
            f'<div class="elementor-author-box"><a href="{href}" class="elementor-author-box__avatar"><img src="https://secure.gravatar.com/avatar/{eid(nicename)}?s=300&amp;d=mm&amp;r=g" alt="{esc(display)}" loading="lazy"></a>'
            f'<div class="elementor-author-box__text"><a href="{href}"><h4 class="elementor-author-box__name">{esc(display)}</h4></a>'
            + (f'<div class="elementor-author-box__bio">{esc(bio)}</div>' if bio else "")
            + "</div></div>",
            (a.id, "author"),
        )

    def post_navigation(self, a: CorpusArticle) -> str:
        older, newer = self.chain(a)
        en = a.lang == "en"
        parts = []
        if older:
            parts.append(
                f'<div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="{esc(self.canonical_url(older))}" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">Prev</span></span>'
                f'<span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">{"Previous" if en else "Bài trước"}</span><span class="post-navigation__prev--title">{esc(older.title)}</span></span></a></div>'
            )
        parts.append(
            '<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>'
        )
        if newer:
            parts.append(
                f'<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="{esc(self.canonical_url(newer))}" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">{"Next" if en else "Bài tiếp theo"}</span><span class="post-navigation__next--title">{esc(newer.title)}</span></span>'
                '<span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">Next</span></span></a></div>'
            )
        return self.widget(
            "post-navigation", f'<div class="elementor-post-navigation">{"".join(parts)}</div>', (a.id, "nav")
        )

    def related_posts(self, a: CorpusArticle) -> list[CorpusArticle]:
        pool = [
            p
            for p in self.listed()
            if p.id != a.id
            and p.lang == a.lang
            and not self.is_notice(p)
            and (p.category == a.category or set(tags_of(p, 4)) & set(tags_of(a, 4)))
        ]
        return pool[:3]

    def attachment_widget(self, a: CorpusArticle) -> str:
        path = self.attachment_path(a)
        if not path:
            return ""
        name = path.rsplit("/", 1)[1]
        return self.widget(
            "icon-list",
            f'<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><a href="{self.url(path)}" target="_blank"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-file-pdf"></i></span><span class="elementor-icon-list-text">Tải về: {esc(name)}</span></a></li></ul>',
            (a.id, "file"),
        )

    def sidebar(self, a: CorpusArticle | None, lang: str = "vi") -> str:
        latest = [p for p in self.posts(lang) if a is None or p.id != a.id][:5]
        title = "Latest news" if lang == "en" else "Tin mới nhất"
        return self.heading(title, ("side", lang), "h3") + self.posts_widget(
            latest, ("side-posts", lang), skin="classic", columns=1, excerpt=False
        )

    def single(self, a: CorpusArticle) -> str:
        """The Elementor Pro single-post template around a post's content."""
        body = self.classic_body(a) if self.body_kind(a) == "classic" else self.built_body(a)
        content = self.widget("theme-post-content", body, (a.id, "content"))
        main = [
            self.widget("shortcode", f'<div class="elementor-shortcode">{self.breadcrumbs(a)}</div>', (a.id, "crumbs")),
            self.widget(
                "theme-post-title",
                f'<h1 class="elementor-heading-title elementor-size-default">{esc(a.title)}</h1>',
                (a.id, "title"),
            ),
            self.post_info(a),
            self.widget("shortcode", f'<div class="elementor-shortcode">{self.print_button(a)}</div>', (a.id, "print")),
            content,
            self.attachment_widget(a),
            self.tags_widget(a),
            self.share_buttons(a, (a.id, "share")),
            self.author_box(a),
            self.post_navigation(a),
        ]
        related = self.related_posts(a)
        if related:
            main.append(self.heading("Related news" if a.lang == "en" else "Tin liên quan", (a.id, "rel-h"), "h3"))
            main.append(self.posts_widget(related, (a.id, "rel"), skin="classic", columns=3, excerpt=False))
        cols = self.column("\n".join(m for m in main if m), (a.id, "main"), 66) + self.column(
            self.sidebar(a, a.lang), (a.id, "side"), 33
        )
        return self.document(
            "single-post", 1187 if a.lang == "vi" else 2230, self.section(cols, (a.id, "single")), "single"
        )

    def astra_single(self, a: CorpusArticle) -> str:
        """Astra's single.php for the imported posts the Elementor template excludes ('Tin cũ')."""
        nicename, display = self.account(a)
        when = self.when[a.id]
        cats = ", ".join(
            f'<a href="{self.url(self.cat_path(c) if c != OLD_CATEGORY[0] else "/tin-cu/")}" rel="category tag">{esc(self.cat_name(c))}</a>'
            for c in self.categories_of(a)
        )
        older, newer = self.chain(a)
        nav = ""
        if older or newer:
            prev = (
                f'<div class="nav-previous"><a title="{esc(older.title)}" href="{esc(self.canonical_url(older))}" rel="prev"><span class="ast-left-arrow">&larr;</span> Bài trước</a></div>'
                if older
                else ""
            )
            nxt = (
                f'<div class="nav-next"><a title="{esc(newer.title)}" href="{esc(self.canonical_url(newer))}" rel="next">Bài tiếp theo <span class="ast-right-arrow">&rarr;</span></a></div>'
                if newer
                else ""
            )
            nav = f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{prev}{nxt}</div></nav>'
        comments = self.comments(a)
        link = self.canonical_url(a)
        if comments:
            items = "".join(
                f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{esc(name)}</b></cite></div>'
                f'<div class="ast-comment-time"><span class="timendate"><a href="{esc(link)}#comment-{cid}"><time datetime="{when.machine()}">{day}</time></a></span></div></header></div>'
                f'<section class="ast-comment-content comment"><p>{esc(text)}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="{esc(link)}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{self.numeric_id(a)}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(name)}" aria-label="Trả lời {esc(name)}">Trả lời</a></span></div></section></article></li>'
                for cid, name, day, text, _ in comments
            )
            form = (
                '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>'
                f'<form action="{self.url("/wp-comments-post.php")}" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>'
                '<textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea>'
                f'<input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" value="{self.numeric_id(a)}" id="comment_post_ID" /></form></div>'
            )
            comments_html = f'<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">{len(comments)} bình luận về &ldquo;{esc(a.title)}&rdquo;</h3></div><ol class="ast-comment-list">{items}</ol>{form}</div>'
        else:
            comments_html = ""
        months = sorted({(self.when[p.id].at.year, self.when[p.id].at.month) for p in self.posts("vi")}, reverse=True)
        options = "".join(
            f"<option value='{self.url(f'/{y}/{m:02d}/')}'> {MONTHS_VI[m - 1]} {y} </option>" for y, m in months
        )
        cat_items = "".join(
            f'<li class="cat-item cat-item-{self.cat_ids[c.slug]}"><a href="{self.url(self.cat_path(c.slug))}">{esc(c.name)}</a></li>'
            for c in self.spec.categories
            if c.lang == "vi" and c.slug != "thong-bao"
        )
        recent = "".join(
            f'<li><a href="{esc(self.canonical_url(p))}">{esc(p.title)}</a></li>' for p in self.posts("vi")[:5]
        )
        side = (
            '<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">'
            f'<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>{recent}</ul></nav></aside>'
            '<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>'
            f'<select id="archives-dropdown-2" name="archive-dropdown"><option value="">Chọn tháng</option>{options}</select>'
            '<script>(function(){var dropdown=document.getElementById("archives-dropdown-2");function onSelectChange(){if(dropdown.options[dropdown.selectedIndex].value!==""){document.location.href=this.options[this.selectedIndex].value;}}dropdown.onchange=onSelectChange;})();</script></aside>'
            f'<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><nav aria-label="Chuyên mục"><ul>{cat_items}</ul></nav></aside>'
            "</div></div>"
        )
        return (
            '<div id="primary" class="content-area primary"><main id="main" class="site-main">'
            f'<article class="{self.post_classes(a)} ast-article-single" id="post-{self.numeric_id(a)}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">'
            '<div class="ast-post-format- single-layout-1 ast-no-thumb"><header class="entry-header">'
            f'<h1 class="entry-title" itemprop="headline">{esc(a.title)}</h1>'
            f'<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="Xem tất cả bài viết của {esc(display)}" href="{self.url(f"/author/{nicename}/")}" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">{esc(display)}</span></a></span> / '
            f'<span class="posted-on"><span class="published" itemprop="datePublished"> {when.dmy()} </span><span class="updated" itemprop="dateModified"> 15/10/2020 </span></span> / <span class="cat-links">{cats}</span></div>'
            f'</header>{self.print_button(a)}<div class="entry-content clear" itemprop="text">\n{self.classic_body(a, attachment_link=a.number % 2 == 1)}\n</div>'
            f"</div></article>{nav}{comments_html}</main></div>{side}"
        )

    def notice_single(self, a: CorpusArticle) -> str:
        """JetEngine's single template for the 'thong-bao' post type: no navigation, no related posts."""
        when = self.when[a.id]
        body = "\n".join(
            f'<p style="text-align: justify;">{esc(p)}</p>' for p in ([a.lead] if a.lead else []) + list(a.paragraphs)
        ) + self.signature_html(a)
        inner = "\n".join(
            x
            for x in (
                self.widget(
                    "shortcode", f'<div class="elementor-shortcode">{self.breadcrumbs(a)}</div>', (a.id, "crumbs")
                ),
                self.widget(
                    "theme-post-title",
                    f'<h1 class="elementor-heading-title elementor-size-default">{esc(a.title)}</h1>',
                    (a.id, "title"),
                ),
                self.widget(
                    "jet-listing-dynamic-field",
                    f'<div class="jet-listing jet-listing-dynamic-field display-inline"><div class="jet-listing-dynamic-field__inline-wrap"><div class="jet-listing-dynamic-field__content">Ngày đăng: {when.dmy()}</div></div></div>',
                    (a.id, "date"),
                ),
                self.widget("theme-post-content", body, (a.id, "content")),
                self.attachment_widget(a),
            )
            if x
        )
        cols = self.column(inner, (a.id, "n-main"), 66) + self.column(self.sidebar(a), (a.id, "n-side"), 33)
        return self.document("single-post", 1420, self.section(cols, (a.id, "notice")), "single")

    def article_page(self, a: CorpusArticle, robots: str | None = None) -> Response:
        kind = "thong-bao" if self.is_notice(a) else "post"
        body_class = f"{kind}-template-default single single-{kind} postid-{self.numeric_id(a)} single-format-standard"
        if self.is_old(a):
            content = self.astra_single(a)
            body_class += " ast-right-sidebar"
        elif self.is_notice(a):
            content = self.notice_single(a)
            body_class += " elementor-page-1420"
        else:
            content = self.single(a)
            body_class += f" elementor-page-{1187 if a.lang == 'vi' else 2230}"
        other = self.translation(a)
        switch = self.article_path(other) if other else None
        return self.page(self.article_head(a, body_class, robots), content, a.lang, switch)

    # ---- archives ---------------------------------------------------------------------------
    def archive_page(
        self,
        title: str,
        items: list[CorpusArticle],
        base: str,
        page: int,
        pages: int,
        *,
        numbered: bool,
        canonical: str,
        body_class: str,
        lang: str = "vi",
        robots: str | None = None,
        prefix: str = "Chuyên mục: ",
    ) -> Response:
        """Elementor Pro's archive template: the 'Bình đẳng giới' one with numbered pages, the general one with
        'Load more' (the next page only in data-next-page)."""
        more = "Load more" if lang == "en" else "Xem thêm"
        if numbered:
            links = []
            prev_label, next_label = ("« Previous", "Next »") if lang == "en" else ("« Trước", "Sau »")
            if page > 1:
                links.append(
                    f'<a class="page-numbers prev" href="{self.url(base if page == 2 else f"{base}page/{page - 1}/")}">{prev_label}</a>'
                )
            else:
                links.append(f'<span class="page-numbers prev">{prev_label}</span>')
            for n in range(1, pages + 1):
                if n == page:
                    links.append(
                        f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">Trang</span>{n}</span>'
                    )
                elif n in (1, pages) or abs(n - page) <= 2:
                    links.append(
                        f'<a class="page-numbers" href="{self.url(base if n == 1 else f"{base}page/{n}/")}"><span class="elementor-screen-only">Trang</span>{n}</a>'
                    )
                elif abs(n - page) == 3:
                    links.append('<span class="page-numbers dots">&hellip;</span>')
            if page < pages:
                links.append(
                    f'<a class="page-numbers next" href="{self.url(f"{base}page/{page + 1}/")}">{next_label}</a>'
                )
            else:
                links.append(f'<span class="page-numbers next">{next_label}</span>')
            pager = (
                f'<nav class="elementor-pagination" role="navigation" aria-label="Pagination">{"".join(links)}</nav>'
            )
            settings = '{"pagination_type":"numbers_and_prev_next","archive_classic_columns":"1"}'
        else:
            pager = ""
            if page < pages:
                nxt = self.url(f"{base}page/{page + 1}/")
                pager = (
                    f'<div class="e-load-more-anchor" data-page="{page}" data-max-page="{pages}" data-next-page="{esc(nxt)}"></div>'
                    f'<div class="elementor-button-wrapper e-load-more-spinner"><a href="#" class="elementor-button-link elementor-button elementor-animation-grow" role="button"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">{more}</span></span></a></div>'
                )
            settings = '{"pagination_type":"load_more_on_click","archive_classic_columns":"1","load_more_spinner":{"value":"fas fa-spinner","library":"fa-solid"}}'
        if items:
            listing = self.posts_widget(
                items,
                ("arch", base, page),
                skin="classic",
                kind="archive-posts",
                columns=1,
                extra=pager,
                settings=settings,
            )
        else:
            nothing = (
                "It seems we can't find what you're looking for." if lang == "en" else "Không tìm thấy bài viết nào."
            )
            listing = self.widget(
                "archive-posts",
                f'<div class="elementor-posts-nothing-found">{nothing}</div>',
                ("arch", base, page),
                skin="archive_classic",
            )
        heading = self.widget(
            "theme-archive-title",
            f'<h1 class="elementor-heading-title elementor-size-default">{esc(prefix + title)}</h1>',
            ("arch-title", base),
        )
        crumb_home = ("Home", "/en/") if lang == "en" else ("Trang chủ", "/")
        crumbs = self.widget(
            "shortcode",
            f'<div class="elementor-shortcode"><nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="{self.url(crumb_home[1])}">{crumb_home[0]}</a><span class="separator"> &raquo; </span><span class="last">{esc(title)}</span></p></nav></div>',
            ("arch-crumbs", base),
        )
        cols = self.column(crumbs + heading + listing, ("arch-main", base), 66) + self.column(
            self.sidebar(None, lang), ("arch-side", base), 33
        )
        doc = self.document("archive", 1203 if numbered else 1199, self.section(cols, ("archive", base)), "archive")
        page_title = f"{title}{f' - Trang {page} / {pages}' if page > 1 else ''} - {SITE}"
        extra = ""
        if page > 1:
            extra += f'<link rel="prev" href="{self.url(base if page == 2 else f"{base}page/{page - 1}/")}" />'
        if page < pages:
            extra += f'<link rel="next" href="{self.url(f"{base}page/{page + 1}/")}" />'
        head = self.head(
            page_title,
            canonical,
            body_class,
            lang=lang,
            robots=robots or "follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large",
            extra=extra,
        )
        return self.page(head, doc, lang)

    def add_archive(
        self,
        base: str,
        title: str,
        items: list[CorpusArticle],
        body_class: str,
        *,
        numbered: bool = False,
        lang: str = "vi",
        robots: str | None = None,
        prefix: str = "Chuyên mục: ",
    ) -> None:
        chunks = self.chunks(items) if items else [[]]
        for n, chunk in enumerate(chunks, start=1):
            path = base if n == 1 else f"{base}page/{n}/"
            self.add(
                path,
                self.archive_page(
                    title,
                    chunk,
                    base,
                    n,
                    len(chunks),
                    numbered=numbered,
                    canonical=self.url(path),
                    body_class=body_class + (f" paged paged-{n}" if n > 1 else ""),
                    lang=lang,
                    robots=robots,
                    prefix=prefix,
                ),
            )
        self.add(f"{base}page/1/", self.redirect(base))

    # ---- home pages -------------------------------------------------------------------------
    def home(self) -> Response:
        featured = self.featured(4)
        blocks = []
        ticker = [
            {"title": a.title, "url": self.canonical_url(a), "date": self.when[a.id].dmy()}
            for a in self.listed("thong-bao")
        ][:8]
        ticker_html = self.widget(
            "jet-listing-grid",
            f'<div class="bt-notice-ticker" data-items="{esc(json.dumps(ticker, ensure_ascii=False))}" data-speed="40"><span class="bt-notice-ticker__label">Thông báo</span><div class="bt-notice-ticker__track"></div></div>'
            f'<a class="bt-notice-ticker__all" href="{self.url(NOTICE_PAGE)}">Xem tất cả thông báo</a>',
            "ticker",
        )
        left = self.heading("Tin nổi bật", "feat-h", "h2") + self.posts_widget(featured, "featured", columns=2)
        right = (
            ticker_html
            + self.heading("Tin mới nhất", "latest-h", "h3")
            + self.posts_widget(self.posts("vi")[:5], "latest", skin="classic", columns=1, excerpt=False)
        )
        blocks.append(
            self.section(self.column(left, "home-left", 66) + self.column(right, "home-right", 33), "home-top")
        )
        for cat in self.spec.categories:
            if cat.lang != "vi" or cat.slug == "thong-bao":
                continue
            items = self.listed(cat.slug)[:4] if cat.slug != self.spec.main_category else self.listing(cat.slug)[:4]
            title = self.heading(cat.name, ("cat-h", cat.slug), "h2", href=self.url(self.cat_path(cat.slug)))
            more = self.widget(
                "button",
                f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="{self.url(self.cat_path(cat.slug))}"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Xem tất cả</span></span></a></div>',
                ("cat-more", cat.slug),
            )
            blocks.append(
                self.section(
                    self.column(
                        title + self.posts_widget(items, ("cat", cat.slug), columns=4) + more, ("cat-col", cat.slug)
                    ),
                    ("cat-sec", cat.slug),
                )
            )
        grid_items = self.posts("vi")[:6]
        settings = json.dumps(
            {
                "action": "bt_load_posts",
                "post_type": "post",
                "posts_per_page": 6,
                "paged": 1,
                "max_pages": max(1, -(-len(self.posts("vi")) // 6)),
                "lang": "vi",
            }
        )
        grid = self.widget(
            "bt-post-grid",
            "\n".join(self.card(a, "classic") for a in grid_items)
            + f'<div class="bt-load-more" data-ajaxurl="{self.url("/wp-admin/admin-ajax.php")}" data-query="{esc(settings)}" data-nonce="3fa94c01d2"><button type="button" class="bt-load-more__button">Xem thêm tin</button></div>',
            "grid",
            cls="bt-post-grid--list",
        )
        blocks.append(
            self.section(
                self.column(self.heading("Tin tức - Sự kiện", "grid-h", "h2") + grid, "grid-col", 66)
                + self.column(self.video() + self.banners(), "media-col", 33),
                "grid-sec",
            )
        )
        doc = self.document("wp-page", 9, "\n".join(blocks))
        schema = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": ["Person", "Organization"], "@id": self.url("/#person"), "name": self.spec.name},
                {
                    "@type": "WebSite",
                    "@id": self.url("/#website"),
                    "url": self.url("/"),
                    "name": SITE,
                    "inLanguage": "vi",
                },
            ],
        }
        head = self.head(
            f"{SITE} - {TAGLINE}",
            self.url("/"),
            "home page-template page-template-elementor_header_footer page page-id-9 elementor-page elementor-page-9",
            description=TAGLINE,
            schema=schema,
            extra=f'<link rel="alternate" href="{self.url("/")}" hreflang="vi" />\n<link rel="alternate" href="{self.url("/en/")}" hreflang="en-GB" />',
        )
        return self.page(head, doc)

    def video(self) -> str:
        return self.widget(
            "video",
            '<div class="elementor-wrapper elementor-open-inline"><div class="rll-youtube-player" data-src="https://www.youtube.com/embed/6Jd2k0Ue8Qk" data-id="6Jd2k0Ue8Qk" data-query="feature=oembed"></div>'
            '<noscript><iframe class="elementor-video" src="https://www.youtube.com/embed/6Jd2k0Ue8Qk?feature=oembed" title="Phóng sự: Phụ nữ Bình Thuận chung tay xây dựng gia đình hạnh phúc" allowfullscreen></iframe></noscript></div>',
            "video",
        )

    def banners(self) -> str:
        rows = "".join(
            f'<a href="{u}" target="_blank" rel="noopener">{self.lazy_img(self.url(f"/wp-content/uploads/2020/10/banner-{k}.jpg"), t, "attachment-full size-full", 360, 120)}</a>'
            for k, (t, u) in enumerate(
                (
                    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
                    ("Hội LHPN Việt Nam", "https://hoilhpn.org.vn/"),
                )
            )
        )
        return self.widget("image-gallery", f'<div class="bt-banners">{rows}</div>', "banners")

    def english_home(self) -> Response:
        items = self.posts("en")
        doc = self.document(
            "wp-page",
            2201,
            self.section(
                self.column(
                    self.heading("News", "en-h", "h2", href=self.url(self.cat_path("en")))
                    + self.posts_widget(items[:6], "en-home", columns=3),
                    "en-col",
                ),
                "en-sec",
            ),
        )
        head = self.head(
            f"Binh Thuan Women's Union - {SITE}",
            self.url("/en/"),
            "home page-template-default page page-id-2201 elementor-page elementor-page-2201",
            lang="en",
            extra=f'<link rel="alternate" href="{self.url("/")}" hreflang="vi" />\n<link rel="alternate" href="{self.url("/en/")}" hreflang="en-GB" />',
        )
        return self.page(head, doc, "en")

    def notices_page(self) -> Response:
        items = self.listed("thong-bao")
        rows = "".join(
            f'<div class="jet-listing-grid__item jet-listing-dynamic-post-{self.numeric_id(a)}" data-post-id="{self.numeric_id(a)}"><div class="bt-notice-row">'
            f'<span class="bt-notice-row__date">{self.when[a.id].dmy()}</span> <a class="bt-notice-row__title" href="{esc(self.canonical_url(a))}">{esc(a.title)}</a></div></div>'
            for a in items
        )
        grid = self.widget(
            "jet-listing-grid",
            f'<div class="jet-listing-grid jet-listing"><div class="jet-listing-grid__items grid-col-desk-1" data-nav="{esc(json.dumps({"enabled": True, "type": "click", "more_el": ".bt-notice-more", "query": {"post_type": "thong-bao", "meta_key": "hien_thi_danh_sach", "meta_value": "1"}}))}" data-page="1" data-pages="1" data-listing-source="posts" data-listing-id="1418">{rows}</div></div>'
            '<div class="elementor-button-wrapper bt-notice-more"><a href="#" class="elementor-button">Xem thêm</a></div>',
            "notices",
        )
        doc = self.document(
            "wp-page",
            1415,
            self.section(
                self.column(self.heading("Thông báo", "notices-h", "h1") + grid, "notices-col", 66)
                + self.column(self.sidebar(None), "notices-side", 33),
                "notices-sec",
            ),
        )
        head = self.head(
            f"Thông báo - {SITE}",
            self.url(NOTICE_PAGE),
            "page-template-default page page-id-1415 elementor-page elementor-page-1415",
        )
        return self.page(head, doc)

    def static_page(self, path: str, title: str, html_body: str, page_id: int) -> None:
        doc = self.document(
            "wp-page",
            page_id,
            self.section(
                self.column(
                    self.heading(title, ("static", path), "h1")
                    + self.widget("text-editor", html_body, ("static-body", path)),
                    ("static-col", path),
                ),
                ("static", path),
            ),
        )
        head = self.head(
            f"{title} - {SITE}",
            self.url(path),
            f"page-template-default page page-id-{page_id} elementor-page elementor-page-{page_id}",
            og_type="article",
        )
        self.add(path, self.page(head, doc))

    def static_pages(self) -> None:
        self.static_page(
            "/gioi-thieu/",
            "Giới thiệu",
            '<h2 id="chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</h2><p>Hội Liên hiệp Phụ nữ tỉnh Bình Thuận là tổ chức chính trị - xã hội đại diện cho quyền và lợi ích hợp pháp, chính đáng của phụ nữ trong tỉnh, phấn đấu vì sự phát triển của phụ nữ và bình đẳng giới.</p>'
            '<h2 id="ban-thuong-vu">Ban Thường vụ</h2><p>Ban Thường vụ Hội LHPN tỉnh khóa XII, nhiệm kỳ 2021 - 2026 gồm 9 đồng chí.</p>',
            25,
        )
        form = (
            '<div class="wpcf7 no-js" id="wpcf7-f231-p27-o1" lang="vi" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>'
            f'<form action="{self.url("/lien-he/#wpcf7-f231-p27-o1")}" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="231" /><input type="hidden" name="_wpcf7_version" value="5.8.4" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f231-p27-o1" /><input type="hidden" name="_wpcf7_container_post" value="27" /></div>'
            '<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
            '<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>'
            '<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>'
        )
        self.static_page(
            "/lien-he/",
            "Liên hệ",
            f"<p>Địa chỉ: {esc(self.spec.address)}</p><p>Điện thoại: (0252) 3822 417</p>{form}",
            27,
        )
        files = "".join(
            f'<li><a href="{self.url(p)}" target="_blank">{esc(a.documents[0].kind)} số {esc(a.documents[0].number)}</a> ({esc(a.title)})</li>'
            for a in self.articles
            if (p := self.attachment_path(a)) and a.access == "normal"
        )
        self.static_page("/van-ban/", "Văn bản", f"<ul>{files}</ul>" if files else "<p>Đang cập nhật.</p>", 29)
        self.static_page(
            "/chinh-sach-bao-mat/",
            "Chính sách bảo mật",
            f"<p>{esc(COOKIE_TEXT)}</p><p>Trang web sử dụng Google Analytics để thống kê lượt truy cập.</p>",
            3,
        )

    # ---- duplicates of a post ---------------------------------------------------------------
    def amp(self, a: CorpusArticle) -> Response:
        nicename, display = self.account(a)
        years = max(0, (NOW - self.when[a.id].at).days // 365)
        ago = f"{years} năm trước" if years else f"{max(1, (NOW - self.when[a.id].at).days // 30)} tháng trước"
        body = "\n".join(
            f"<p>{esc(p)}</p>" for p in ([a.lead] if a.lead else []) + list(a.paragraphs)
        ) + self.signature_html(a)
        cats = ", ".join(
            f'<a href="{self.url(self.cat_path(c) if c != OLD_CATEGORY[0] else "/tin-cu/")}" rel="category tag">{esc(self.cat_name(c))}</a>'
            for c in self.categories_of(a)
        )
        text = (
            f'<!doctype html>\n<html amp lang="{"vi" if a.lang == "vi" else "en-GB"}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,minimum-scale=1">\n'
            f'<title>{esc(a.title)} - {SITE}</title>\n<link rel="canonical" href="{esc(self.canonical_url(a))}">\n'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n</head>\n'
            f'<body class="">\n<header id="top" class="amp-wp-header"><div><a href="{self.url("/")}">{SITE}</a></div></header>\n'
            f'<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(a.title)}</h1>'
            f'<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(display)}</span></div>'
            f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{utc(self.when[a.id]).strftime("%Y-%m-%dT%H:%M:%S+00:00")}">{ago}</time></div></header>\n'
            f'<div class="amp-wp-article-content">\n{body}\n</div>\n'
            f'<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: {cats}</div>'
            f'<div class="amp-wp-meta amp-wp-comments-link"><a href="{esc(self.canonical_url(a))}#respond">Để lại bình luận</a></div></footer></article>\n'
            f'<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Về đầu trang ↑</a></div></footer>\n</body>\n</html>\n'
        )
        return self.html(text)

    def print_view(self, a: CorpusArticle) -> Response:
        body = "\n".join(
            f"<p>{esc(p)}</p>" for p in ([a.lead] if a.lead else []) + list(a.paragraphs)
        ) + self.signature_html(a)
        text = (
            f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<title>{esc(a.title)} - {SITE}</title>\n<meta name="robots" content="noindex, nofollow">\n'
            f"<link rel='stylesheet' href='{self.url('/wp-content/plugins/pdf-print/css/default.css')}' media='all' />\n</head>\n"
            f'<body class="pdfprnt_print ltr">\n<div id="content"><div class="post"><div class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1></div>'
            f'<div class="postmetadata">{self.when[a.id].dmy()}</div><div class="entry-content">\n{body}\n</div></div></div>\n'
            "<script>window.onload = function(){ window.print(); };</script>\n</body>\n</html>\n"
        )
        return self.html(text)

    def rest_post(self, a: CorpusArticle) -> dict:
        when = self.when[a.id]
        body = self.classic_body(a) if self.body_kind(a) in ("astra", "classic") else self.built_body(a)
        local = when.at.strftime("%Y-%m-%dT%H:%M:%S")
        return {
            "id": self.numeric_id(a),
            "date": local,
            "date_gmt": utc(when).strftime("%Y-%m-%dT%H:%M:%S"),
            "guid": {"rendered": self.url(f"/?p={self.numeric_id(a)}")},
            "modified": IMPORTED_ON[:19] if self.is_old(a) else local,
            "slug": self.slugs[a.id],
            "status": "publish",
            "type": "thong-bao" if self.is_notice(a) else "post",
            "link": self.canonical_url(a),
            "title": {"rendered": esc(a.title)},
            "content": {"rendered": body, "protected": False},
            "excerpt": {"rendered": f"<p>{esc(self.teaser(a, 200))}</p>\n", "protected": False},
            "author": ACCOUNTS.get(self.account(a)[0], ("", 5, ""))[1],
            "categories": [self.cat_ids.get(c, OLD_CATEGORY[2]) for c in self.categories_of(a)],
            "lang": a.lang,
        }

    def json_response(self, data: object, status: int = 200) -> Response:
        text = json.dumps(data).replace("/", "\\/")
        return Response(
            status,
            text.encode(),
            "application/json; charset=UTF-8",
            {"X-Robots-Tag": "noindex", "Link": f'<{self.url("/wp-json/")}>; rel="https://api.w.org/"'},
        )

    # ---- feeds and sitemaps -----------------------------------------------------------------
    def feed(self, title: str, link: str, items: list[CorpusArticle], lang: str = "vi") -> Response:
        rows = []
        for a in items[:10]:
            body = "\n".join(f"<p>{esc(p)}</p>" for p in ([a.lead] if a.lead else []) + list(a.paragraphs))
            cats = "".join(f"<category><![CDATA[{self.cat_name(c)}]]></category>" for c in self.categories_of(a))
            rows.append(
                f"\t<item>\n\t\t<title>{esc(a.title)}</title>\n\t\t<link>{esc(self.canonical_url(a))}</link>\n"
                f"\t\t<dc:creator><![CDATA[{self.account(a)[1]}]]></dc:creator>\n\t\t<pubDate>{utc(self.when[a.id]).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>\n"
                f'\t\t{cats}\n\t\t<guid isPermaLink="false">{esc(self.url(f"/?p={self.numeric_id(a)}"))}</guid>\n'
                f"\t\t<description><![CDATA[{self.teaser(a, 220)} [&#8230;]]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t</item>"
            )
        last = (
            utc(self.when[items[0].id]).strftime("%a, %d %b %Y %H:%M:%S +0000")
            if items
            else "Mon, 30 Jun 2025 03:00:00 +0000"
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>{esc(title)}</title>\n\t<atom:link href="{esc(self.url(link + "feed/"))}" rel="self" type="application/rss+xml" />\n\t<link>{esc(self.url(link))}</link>\n'
            f"\t<description>{TAGLINE}</description>\n\t<lastBuildDate>{last}</lastBuildDate>\n\t<language>{'vi' if lang == 'vi' else 'en-GB'}</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            f"\t<generator>https://wordpress.org/?v={WP}</generator>\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
        )
        return Response(200, text.encode(), "application/rss+xml; charset=UTF-8")

    def urlset(self, rows: list[tuple[str, str]]) -> Response:
        body = "".join(
            f"\t<url>\n\t\t<loc>{esc(loc)}</loc>\n\t\t<lastmod>{mod}</lastmod>\n\t</url>\n" for loc, mod in rows
        )
        text = (
            f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{self.url("/main-sitemap.xsl")}"?>\n'
            '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
            'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n<!-- XML Sitemap generated by Rank Math SEO Plugin (c) Rank Math - rankmath.com -->'
        )
        return Response(200, text.encode(), "application/xml; charset=UTF-8", {"X-Robots-Tag": "noindex, follow"})

    def lastmod(self, a: CorpusArticle) -> str:
        if self.is_old(a):
            return IMPORTED_ON
        when = self.when[a.id]
        return a.modified or (
            when.at.isoformat(timespec="seconds")
            if when.has_time
            else when.at.replace(hour=9).isoformat(timespec="seconds")
        )

    def sitemaps(self) -> None:
        posts = [a for a in self.in_sitemap() if not self.is_notice(a)]
        notices = [a for a in self.in_sitemap() if self.is_notice(a)]
        by_mod = sorted(posts, key=self.lastmod)
        children: list[tuple[str, str]] = []
        self.add("/post-sitemap.xml", self.urlset([(self.canonical_url(a), self.lastmod(a)) for a in by_mod]))
        children.append(("/post-sitemap.xml", self.lastmod(by_mod[-1]) if by_mod else IMPORTED_ON))
        if notices:
            rows = [(self.canonical_url(a), self.lastmod(a)) for a in sorted(notices, key=self.lastmod)]
            self.add("/thong-bao-sitemap.xml", self.urlset(rows))
            children.append(("/thong-bao-sitemap.xml", rows[-1][1]))
        pages = [
            ("/", "2025-06-30T16:20:11+07:00"),
            ("/en/", "2023-03-02T10:11:00+07:00"),
            (NOTICE_PAGE, "2024-03-12T09:00:00+07:00"),
            ("/gioi-thieu/", "2021-08-04T14:00:00+07:00"),
            ("/lien-he/", "2020-10-12T08:00:00+07:00"),
            ("/van-ban/", "2024-03-12T09:05:00+07:00"),
        ]
        self.add("/page-sitemap.xml", self.urlset([(self.url(p), m) for p, m in pages]))
        children.append(("/page-sitemap.xml", pages[0][1]))
        cats = [
            (self.url(self.cat_path(c.slug)), "2025-06-27T17:30:00+07:00")
            for c in self.spec.categories
            if c.slug != "thong-bao"
        ]
        self.add("/category-sitemap.xml", self.urlset(cats))
        children.append(("/category-sitemap.xml", cats[0][1] if cats else IMPORTED_ON))
        index_rows = "".join(
            f"\t<sitemap><loc>{esc(self.url(p))}</loc>\n\t\t<lastmod>{m}</lastmod>\n\t</sitemap>\n" for p, m in children
        )
        index = (
            f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{self.url("/main-sitemap.xsl")}"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{index_rows}</sitemapindex>\n<!-- XML Sitemap generated by Rank Math SEO Plugin (c) Rank Math - rankmath.com -->'
        )
        self.add(
            self.sitemap_path or "/sitemap_index.xml",
            Response(200, index.encode(), "application/xml; charset=UTF-8", {"X-Robots-Tag": "noindex, follow"}),
        )
        self.add("/sitemap.xml", self.redirect("/sitemap_index.xml"))
        self.add("/wp-sitemap.xml", self.redirect("/sitemap_index.xml"))
        xsl = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="2.0" xmlns:html="http://www.w3.org/TR/REC-html40" xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n'
            '<xsl:output method="html" version="1.0" encoding="UTF-8" indent="yes"/>\n<xsl:template match="/"><html><head><title>XML Sitemap</title></head><body><h1>XML Sitemap</h1>'
            '<p>This XML Sitemap is generated by <a href="https://rankmath.com/" target="_blank">Rank Math SEO</a>.</p><table><xsl:for-each select="sitemap:urlset/sitemap:url"><tr><td><a href="{sitemap:loc}"><xsl:value-of select="sitemap:loc"/></a></td></tr></xsl:for-each></table></body></html></xsl:template>\n</xsl:stylesheet>\n'
        )
        self.add("/main-sitemap.xsl", Response(200, xsl.encode(), "text/xsl; charset=UTF-8"))

    def robots(self) -> str:
        return (
            "User-agent: *\n"
            "Disallow: /wp-admin/\n"
            "Allow: /wp-admin/admin-ajax.php\n"
            "Disallow: /wp-login.php\n"
            "Disallow: /?s=\n"
            "Disallow: /search/\n"
            "\n"
            f"Sitemap: {self.url('/sitemap_index.xml')}\n"
        )

    # ---- errors -----------------------------------------------------------------------------
    def not_found(self) -> Response:
        inner = self.section(
            self.column(
                self.heading("404", "404-h", "h1")
                + self.widget(
                    "text-editor",
                    "<p>Rất tiếc! Trang bạn tìm kiếm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>",
                    "404-text",
                )
                + self.widget(
                    "button",
                    f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link" href="{self.url("/")}"><span class="elementor-button-text">Về trang chủ</span></a></div>',
                    "404-home",
                ),
                "404-col",
            ),
            "404",
        )
        head = self.head(
            f"Không tìm thấy trang - {SITE}", None, "error404 elementor-page-1190", robots="noindex, follow"
        )
        response = self.page(head, self.document("error-404", 1190, inner, "single"))
        response.status = 404
        return response

    # ---- building ---------------------------------------------------------------------------
    def build(self) -> None:
        self.add("/", self.home())
        self.add("/en/", self.english_home())
        self.add(NOTICE_PAGE, self.notices_page())
        self.add("/robots.txt", self.text(self.robots()))
        self.static_pages()
        for cat in self.spec.categories:
            if cat.slug == "thong-bao":
                continue
            base = self.cat_path(cat.slug)
            items = self.listing(cat.slug)
            body = f"archive category category-{cat.key} category-{self.cat_ids[cat.slug]}"
            self.add_archive(
                base,
                cat.name,
                items,
                body,
                numbered=cat.slug == self.spec.main_category,
                lang=cat.lang,
                prefix="Category: " if cat.lang == "en" else "Chuyên mục: ",
            )
            self.add(f"{base}feed/", self.feed(f"{cat.name} - {SITE}", base, items, cat.lang))
        self.add_archive(
            "/tin-cu/",
            OLD_CATEGORY[1],
            [a for a in self.posts("vi") if self.is_old(a)],
            "archive category category-tin-cu",
        )
        self.add("/feed/", self.feed(SITE, "/", self.posts("vi")))
        self.add("/en/feed/", self.feed(SITE, "/en/", self.posts("en"), "en"))
        self.add("/comments/feed/", self.feed(f"Bình luận cho {SITE}", "/", []))
        # tags, authors, dates
        tags: dict[str, list[CorpusArticle]] = {}
        authors: dict[str, tuple[str, list[CorpusArticle]]] = {}
        days: dict[str, list[CorpusArticle]] = {}
        months: dict[str, list[CorpusArticle]] = {}
        for a in self.listed():
            if self.is_notice(a):
                continue
            for t in tags_of(a, 4):
                tags.setdefault(t, []).append(a)
            nicename, display = self.account(a)
            authors.setdefault(nicename, (display, []))[1].append(a)
            days.setdefault(self.day_path(a), []).append(a)
            at = self.when[a.id].at
            months.setdefault(f"/{at.year}/{at.month:02d}/", []).append(a)
        for t, items in tags.items():
            self.add_archive(f"/tag/{tag_slug(t)}/", t, items, f"archive tag tag-{tag_slug(t)}", prefix="Thẻ: ")
        for nicename, (display, items) in authors.items():
            self.add_archive(
                f"/author/{nicename}/", display, items, f"archive author author-{nicename}", prefix="Tác giả: "
            )
        for path, items in {**days, **months}.items():
            parts = path.strip("/").split("/")
            label = (
                f"Ngày {parts[2]}/{parts[1]}/{parts[0]}"
                if len(parts) == 3
                else f"{MONTHS_VI[int(parts[1]) - 1]} {parts[0]}"
            )
            self.add_archive(path, label, items, "archive date", prefix="")
        # the posts and their copies
        for a in self.articles:
            path = self.article_path(a)
            self.add(path, self.article_page(a))
            pid = self.numeric_id(a)
            self.add(f"/?p={pid}", self.redirect(path))
            self.add(f"{path}?print=print", self.print_view(a))
            self.add(
                f"{path}?print=pdf",
                Response(
                    200,
                    tiny_pdf(self.slugs[a.id][:60]),
                    "application/pdf",
                    {"Content-Disposition": f'inline; filename="{self.slugs[a.id][:60]}.pdf"'},
                ),
            )
            for cid, *_ in self.comments(a):
                self.add(f"{path}?replytocom={cid}", self.article_page(a, robots="noindex, follow"))
            if not self.is_notice(a):
                self.add(f"{path}/amp/", self.amp(a))
                self.add(f"/wp-json/wp/v2/posts/{pid}", self.json_response(self.rest_post(a)))
                self.add(path.removesuffix(".html") + "/", self.redirect(path))  # redirect_guess_404_permalink
                if self.is_old(a) and a.number % 2 == 1 and a.number % 3 != 2:
                    stem = f"img_{self.when[a.id].at.strftime('%Y%m%d')}_{(a.number * 7919) % 10000:04d}"
                    self.add(f"{path}/{stem}/", self.redirect(path))  # Rank Math: attachment pages to the parent
            else:
                self.add(f"/wp-json/wp/v2/thong-bao/{pid}", self.json_response(self.rest_post(a)))
            self.add(
                f"/wp-json/oembed/1.0/embed?url={quote(self.canonical_url(a), safe='')}",
                self.json_response(
                    {
                        "version": "1.0",
                        "provider_name": SITE,
                        "provider_url": self.url("/"),
                        "author_name": self.account(a)[1],
                        "title": a.title,
                        "type": "rich",
                        "width": 600,
                        "height": 338,
                    }
                ),
            )
            attachment = self.attachment_path(a)
            if attachment:
                self.add(attachment, self.pdf(attachment.rsplit("/", 1)[1], a))
        self.add(
            "/wp-json/",
            self.json_response(
                {
                    "name": SITE,
                    "description": TAGLINE,
                    "url": self.url("/"),
                    "home": self.url("/"),
                    "gmt_offset": "7",
                    "timezone_string": "Asia/Ho_Chi_Minh",
                    "namespaces": [
                        "oembed/1.0",
                        "rankmath/v1",
                        "contact-form-7/v1",
                        "jet-engine/v2",
                        "wp/v2",
                        "wp-site-health/v1",
                    ],
                    "routes": {},
                }
            ),
        )
        self.add(
            "/wp-admin/",
            self.redirect("/wp-login.php?redirect_to=" + quote(self.url("/wp-admin/"), safe="") + "&reauth=1", 302),
        )
        self.add("/wp-login.php", self.login_page())
        self.add("/wp-login.php?reauth=1&redirect_to=" + quote(self.url("/wp-admin/"), safe=""), self.login_page())
        self.add(
            "/xmlrpc.php", Response(405, b"XML-RPC server accepts POST requests only.", "text/plain; charset=UTF-8")
        )
        self.sitemaps()

    def login_page(self) -> Response:
        text = (
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            f"<title>Đăng nhập &lsaquo; {SITE} &#8212; WordPress</title>\n<meta name='robots' content='max-image-preview:large, noindex, noarchive' />\n</head>\n"
            '<body class="login no-js login-action-login wp-core-ui locale-vi">\n<div id="login"><h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1>'
            f'<form name="loginform" id="loginform" action="{self.url("/wp-login.php")}" method="post"><p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p>'
            '<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" /></div>'
            '<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p></form>'
            f'<p id="nav"><a href="{self.url("/wp-login.php?action=lostpassword")}">Bạn quên mật khẩu?</a></p><p id="backtoblog"><a href="{self.url("/")}">&larr; Quay lại {SITE}</a></p></div>\n</body>\n</html>\n'
        )
        return self.html(text)

    # ---- per-request pages ------------------------------------------------------------------
    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        query = dict(params)
        if path == "/wp-admin/admin-ajax.php":
            return self.admin_ajax(query)
        if path in ("/", "/en/") and "s" in query:
            return self.search(query.get("s", ""), "en" if path == "/en/" else "vi")
        if path in ("/", "/en/") and query.get("p", "").isdigit():
            return None  # an unknown ?p= id: WordPress's 404
        if path == "/wp-login.php":
            return self.login_page()
        return None

    def admin_ajax(self, query: dict[str, str]) -> Response:
        """The theme's 'Xem thêm tin' grid: GET or POST action=bt_load_posts&paged=N answers a JSON fragment.
        Anything else gets WordPress's bare '0' with status 400."""
        if query.get("action") != "bt_load_posts":
            return Response(
                400, b"0", "text/html; charset=UTF-8", {"X-Robots-Tag": "noindex", "X-Content-Type-Options": "nosniff"}
            )
        try:
            paged = max(1, int(query.get("paged", "1")))
        except ValueError:
            paged = 1
        lang = "en" if query.get("lang") == "en" else "vi"
        pool = self.posts(lang)
        cat = query.get("cat")
        if cat:
            pool = [a for a in pool if cat in (a.category, str(self.cat_ids.get(a.category)))]
        chunk = pool[(paged - 1) * 6 : paged * 6]
        html_rows = "".join(self.card(a, "classic") for a in chunk)
        return Response(
            200,
            json.dumps(
                {"success": True, "data": {"html": html_rows, "paged": paged, "max_pages": max(1, -(-len(pool) // 6))}}
            )
            .replace("/", "\\/")
            .encode(),
            "application/json; charset=UTF-8",
            {"X-Robots-Tag": "noindex"},
        )

    def search(self, keyword: str, lang: str) -> Response:
        words = keyword.casefold().split()
        hits = [a for a in self.posts(lang) if words and all(w in f"{a.title} {a.body}".casefold() for w in words)][:10]
        title = f"Kết quả tìm kiếm cho: {keyword}"
        return self.archive_page(
            title,
            hits,
            "/",
            1,
            1,
            numbered=False,
            canonical=self.url("/"),
            body_class="search search-results",
            lang=lang,
            robots="noindex, follow",
            prefix="",
        )
