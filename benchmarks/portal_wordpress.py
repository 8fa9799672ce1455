"""A generated WordPress 6 site of a provincial association (Hội LHPN), written as such sites are.

The head carries what WordPress and Yoast SEO print: Open Graph tags, a JSON-LD graph, the emoji loader and
the block editor's global styles inline, a dozen stylesheets and scripts. The header menu has sub-menus
(categories, pages, linked sites), articles ('/<post-name>/', '-2', '-3' for repeated titles) an entry meta
line, share buttons, previous/next post links, 'Bài viết liên quan' with thumbnails and the comment form; the
sidebar has a search box, recent posts, categories with counts, an archives drop-down and a links widget; the
footer has three widget columns and the footer scripts. Listings paginate as /category/<slug>/page/N/ with
WordPress's windowed 'page-numbers'; Yoast's /sitemap_index.xml lists the post sitemaps (1,000 posts each).
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import json
from typing import Any

from benchmarks.generated import MINISTRIES, GeneratedSite, with_categories
from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category, PortalSpec
from govnews.crawler.demo.text import ascii_slug, esc

CATEGORIES = [
    ("Tin tức - Sự kiện", "tin-tuc-su-kien"),
    ("Gia đình - Xã hội", "gia-dinh-xa-hoi"),
    ("Phụ nữ khởi nghiệp", "phu-nu-khoi-nghiep"),
    ("Gương điển hình", "guong-dien-hinh"),
    ("Pháp luật - Chính sách", "phap-luat-chinh-sach"),
]

PAGES = (
    ("Giới thiệu", "gioi-thieu"),
    ("Lịch sử Hội", "lich-su-hoi"),
    ("Ban Chấp hành", "ban-chap-hanh"),
    ("Cơ quan chuyên trách", "co-quan-chuyen-trach"),
    ("Văn bản", "van-ban"),
    ("Liên hệ", "lien-he"),
)

EMOJI = """<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};
/*! This file is auto-generated */
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}function u(e,t,n){switch(t){case"flag":return n(e,"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f","\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")?!1:!n(e,"\\ud83c\\uddfa\\ud83c\\uddf3","\\ud83c\\uddfa\\u200b\\ud83c\\uddf3")&&!n(e,"\\ud83c\\udff4\\udb40\\udc67\\udb40\\udc62\\udb40\\udc65\\udb40\\udc6e\\udb40\\udc67\\udb40\\udc7f","\\ud83c\\udff4\\u200b\\udb40\\udc67\\u200b\\udb40\\udc62\\u200b\\udb40\\udc65\\u200b\\udb40\\udc6e\\u200b\\udb40\\udc67\\u200b\\udb40\\udc7f");case"emoji":return!n(e,"\\ud83d\\udc26\\u200d\\u2b1b","\\ud83d\\udc26\\u200b\\u2b1b")}return!1}function f(e,t,n){var r="undefined"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope?new OffscreenCanvas(300,150):i.createElement("canvas"),a=r.getContext("2d",{willReadFrequently:!0}),o=(a.textBaseline="top",a.font="600 32px Arial",{});return e.forEach(function(e){o[e]=t(a,e,n)}),o}function t(e){var t=i.createElement("script");t.src=e,t.defer=!0,i.head.appendChild(t)}"undefined"!=typeof Promise&&(o="wpEmojiSettingsSupports",s=["flag","emoji"],n.supports={everything:!0,everythingExceptFlag:!0},e=new Promise(function(e){i.addEventListener("DOMContentLoaded",e,{once:!0})}),new Promise(function(t){var n=function(){try{var e=JSON.parse(sessionStorage.getItem(o));if("object"==typeof e&&"number"==typeof e.timestamp&&(new Date).valueOf()<e.timestamp+604800&&"object"==typeof e.supportTests)return e.supportTests}catch(e){}return null}();if(!n){if("undefined"!=typeof Worker&&"undefined"!=typeof OffscreenCanvas&&"undefined"!=typeof URL&&URL.createObjectURL&&"undefined"!=typeof Blob)try{var e="postMessage("+f.toString()+"("+[JSON.stringify(s),u.toString(),p.toString()].join(",")+"));",r=new Blob([e],{type:"text/javascript"}),a=new Worker(URL.createObjectURL(r),{name:"wpTestEmojiSupports"});return void(a.onmessage=function(e){c(n=e.data),a.terminate(),t(n)})}catch(e){}c(n=f(s,u,p))}t(n)}).then(function(e){for(var t in e)n.supports[t]=e[t],n.supports.everything=n.supports.everything&&n.supports[t],"flag"!==t&&(n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&n.supports[t]);n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&!n.supports.flag,n.DOMReady=!1,n.readyCallback=function(){n.DOMReady=!0}}).then(function(){return e}).then(function(){var e;n.supports.everything||(n.readyCallback(),(e=n.source||{}).concatemoji?t(e.concatemoji):e.wpemoji&&e.twemoji&&(t(e.twemoji),t(e.wpemoji)))}))}((window,document),window._wpemojiSettings);
</script>"""

_COLORS = (
    "black",
    "cyan-bluish-gray",
    "white",
    "pale-pink",
    "vivid-red",
    "luminous-vivid-orange",
    "luminous-vivid-amber",
    "light-green-cyan",
    "vivid-green-cyan",
    "pale-cyan-blue",
    "vivid-cyan-blue",
    "vivid-purple",
)
_HEX = (
    "#000000",
    "#abb8c3",
    "#ffffff",
    "#f78da7",
    "#cf2e2e",
    "#ff6900",
    "#fcb900",
    "#7bdcb5",
    "#00d084",
    "#8ed1fc",
    "#0693e3",
    "#9b51e0",
)
_GRADIENTS = (
    "vivid-cyan-blue-to-vivid-purple",
    "light-green-cyan-to-vivid-green-cyan",
    "luminous-vivid-amber-to-luminous-vivid-orange",
    "luminous-vivid-orange-to-vivid-red",
    "very-light-gray-to-cyan-bluish-gray",
    "cool-to-warm-spectrum",
    "blush-light-purple",
    "blush-bordeaux",
    "luminous-dusk",
    "pale-ocean",
    "electric-grass",
    "midnight",
)
_SIZES = (("small", "13px"), ("medium", "20px"), ("large", "36px"), ("x-large", "42px"))
GLOBAL_STYLES = (
    "<style id='global-styles-inline-css'>\n:root{"
    + "".join(f"--wp--preset--color--{n}: {h};" for n, h in zip(_COLORS, _HEX, strict=True))
    + "".join(
        f"--wp--preset--gradient--{g}: linear-gradient(135deg,rgba(6,147,227,1) 0%,rgb(155,81,224) 100%);"
        for g in _GRADIENTS
    )
    + "".join(f"--wp--preset--font-size--{n}: {v};" for n, v in _SIZES)
    + "--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--30: 0.67rem;--wp--preset--spacing--40: 1rem;--wp--preset--spacing--50: 1.5rem;--wp--preset--spacing--60: 2.25rem;--wp--preset--spacing--70: 3.38rem;--wp--preset--spacing--80: 5.06rem;"
    + "--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);--wp--preset--shadow--deep: 12px 12px 50px rgba(0, 0, 0, 0.4);--wp--preset--shadow--sharp: 6px 6px 0px rgba(0, 0, 0, 0.2);}"
    + ":where(.is-layout-flex){gap: 0.5em;}:where(.is-layout-grid){gap: 0.5em;}body .is-layout-flex{display: flex;}.is-layout-flex{flex-wrap: wrap;align-items: center;}.is-layout-flex > :is(*, div){margin: 0;}body .is-layout-grid{display: grid;}.is-layout-grid > :is(*, div){margin: 0;}"
    + "".join(
        f".has-{n}-color{{color: var(--wp--preset--color--{n}) !important;}}.has-{n}-background-color{{background-color: var(--wp--preset--color--{n}) !important;}}.has-{n}-border-color{{border-color: var(--wp--preset--color--{n}) !important;}}"
        for n in _COLORS
    )
    + "".join(
        f".has-{g}-gradient-background{{background: var(--wp--preset--gradient--{g}) !important;}}" for g in _GRADIENTS
    )
    + "".join(f".has-{n}-font-size{{font-size: var(--wp--preset--font-size--{n}) !important;}}" for n, _ in _SIZES)
    + "\n:where(.wp-block-post-template.is-layout-flex){gap: 1.25em;}:where(.wp-block-post-template.is-layout-grid){gap: 1.25em;}\n</style>"
)

FOOTER_SCRIPT = """<script id="newsup-custom-js-extra">
var newsup_ajax = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","nonce":"3f9c2a7b1d","sticky_header":"1","back_to_top":"1"};
</script>
<script>
jQuery(document).ready(function($) {
  var $header = $('.mg-nav-widget-area-back'), offset = $header.offset() ? $header.offset().top : 0;
  $(window).on('scroll', function() {
    if ($(this).scrollTop() > offset + 120) { $('body').addClass('sticky-head'); } else { $('body').removeClass('sticky-head'); }
    if ($(this).scrollTop() > 300) { $('.ta_upscr').fadeIn(); } else { $('.ta_upscr').fadeOut(); }
  });
  $('.ta_upscr').on('click', function(e) { e.preventDefault(); $('html, body').animate({scrollTop: 0}, 700); });
  $('.menu-item-has-children > a').after('<span class="sub-arrow"></span>');
  $('.sub-arrow').on('click', function() { $(this).next('.sub-menu').slideToggle(200); $(this).toggleClass('open'); });
  $('.mg-search-box .msearch').on('click', function() { $('.mg-search-box .dropdown-menu').toggleClass('show'); });
});
</script>
<script id="wp-i18n-js-after">
wp.i18n.setLocaleData( { 'text direction\\u0004ltr': [ 'ltr' ] } );
</script>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async data-wp-strategy="async"></script>
<script src="/wp-content/themes/newsup/js/custom.js?ver=6.6.2" id="newsup-custom-js"></script>
<script>/(trident|msie)/i.test(navigator.userAgent)&&document.getElementById&&window.addEventListener&&window.addEventListener("hashchange",function(){var t,e=location.hash.substring(1);/^[A-z0-9_-]+$/.test(e)&&(t=document.getElementById(e))&&(/^(?:a|select|input|button|textarea)$/i.test(t.tagName)||(t.tabIndex=-1),t.focus())},!1);</script>"""


def spec_of(spec: PortalSpec) -> PortalSpec:
    return with_categories(spec, CATEGORIES)


class GeneratedWordPress(GeneratedSite):
    sitemap_path = "/sitemap_index.xml"
    feed_path = "/feed/"
    related_count = 6

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.slugs: dict[str, str] = {}
        used: dict[str, int] = {}
        for article in sorted(self.articles, key=lambda a: self.when[a.id].at):  # the older post keeps the bare slug
            slug = ascii_slug(article.title, limit=70)
            used[slug] = used.get(slug, 0) + 1
            self.slugs[article.id] = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
        self.counts = {c.slug: len(self.listing(c.slug)) for c in self.vi_categories()}

    # ---- URL forms --------------------------------------------------------------------------
    def article_path(self, article: CorpusArticle) -> str:
        return f"/{self.slugs[article.id]}/"

    def category_path(self, category: Category, page: int = 1) -> str:
        return f"/category/{category.key}/" + (f"page/{page}/" if page > 1 else "")

    def latest_path(self, page: int) -> str:
        return "/" if page == 1 else f"/page/{page}/"

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {self.url(self.sitemap_path)}\n"

    # ---- routes -----------------------------------------------------------------------------
    def build(self) -> None:
        latest = self.chunks(self._latest)
        for number, items in enumerate(latest, start=1):
            title = self.spec.name if number == 1 else f"{self.spec.name} - Trang {number}"
            self.add(
                self.latest_path(number),
                self.html(self.page(title, self.listing_body(None, items, number, len(latest)))),
            )
        for category in self.vi_categories():
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                self.add(
                    self.category_path(category, number),
                    self.html(
                        self.page(f"{category.name} Archives", self.listing_body(category, items, number, len(pages)))
                    ),
                )
        for article in self.articles:
            self.add(
                self.article_path(article), self.html(self.page(article.title, self.article_body(article), article))
            )
        for title, slug in PAGES:
            content = "".join(f"<p>{esc(p)}</p>" for p in self.filler(3))
            body = f'<article class="page type-page status-publish hentry"><h1 class="entry-title">{esc(title)}</h1><div class="entry-content">{content}</div></article>'
            self.add(f"/{slug}/", self.html(self.page(title, body)))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.feed_path, self.text(self.rss(self.spec.name, "/", self._latest[:10]), "application/rss+xml"))
        posts = self.in_sitemap()
        chunks = [posts[i : i + 1000] for i in range(0, len(posts), 1000)] or [[]]
        names = ["/post-sitemap.xml" if i == 0 else f"/post-sitemap{i + 1}.xml" for i in range(len(chunks))]
        for name, chunk in zip(names, chunks, strict=True):
            self.add(name, self.text(self.sitemap_xml(chunk), "application/xml"))
        self.add(
            "/page-sitemap.xml",
            self.text(self.sitemap_xml([], ["/"] + [f"/{slug}/" for _, slug in PAGES]), "application/xml"),
        )
        self.add(
            "/category-sitemap.xml",
            self.text(self.sitemap_xml([], [self.category_path(c) for c in self.vi_categories()]), "application/xml"),
        )
        self.add(
            self.sitemap_path,
            self.text(self.sitemap_index([*names, "/page-sitemap.xml", "/category-sitemap.xml"]), "application/xml"),
        )

    # ---- chrome -----------------------------------------------------------------------------
    def menu(self) -> str:
        def sub(items: list[tuple[str, str]]) -> str:
            return (
                '<ul class="sub-menu">'
                + "".join(
                    f'<li class="menu-item menu-item-type-custom"><a href="{esc(h)}">{esc(t)}</a></li>'
                    for t, h in items
                )
                + "</ul>"
            )

        cats = [(c.name, self.category_path(c)) for c in self.vi_categories()]
        tops = [
            ("Giới thiệu", "/gioi-thieu/", [(t, f"/{s}/") for t, s in PAGES[:4]]),
            ("Tin tức", self.category_path(self.vi_categories()[0]), cats),
            ("Văn bản", "/van-ban/", []),
            ("Liên kết", "#", list(MINISTRIES[:12])),
            ("Liên hệ", "/lien-he/", []),
        ]
        items = "".join(
            f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-custom{" menu-item-has-children dropdown" if children else ""}"><a class="nav-link" href="{esc(href)}">{esc(text)}</a>{sub(children) if children else ""}</li>'
            for i, (text, href, children) in enumerate(tops)
        )
        return f'<ul id="menu-main-menu" class="nav navbar-nav mr-auto"><li class="active home"><a class="homebtn" href="/"><span class="fa-solid fa-house-chimney"></span></a></li>{items}</ul>'

    def sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in self.latest(10))
        cats = "".join(
            f'<li class="cat-item cat-item-{3 + i}"><a href="{self.category_path(c)}">{esc(c.name)}</a> ({self.counts[c.slug]})</li>'
            for i, c in enumerate(self.vi_categories())
        )
        years = sorted({self.when[a.id].at.year for a in self._latest[:2000]}, reverse=True)
        archives = "".join(
            f'<option value="{self.url(f"/{y}/{m:02d}/")}"> {esc(self.s["months_wp"][m - 1])} {y} </option>'
            for y in years
            for m in range(12, 0, -1)
        )
        links = "".join(
            f'<li><a href="{esc(h)}" target="_blank" rel="noopener">{esc(t)}</a></li>' for t, h in MINISTRIES
        )
        return f"""<aside id="secondary" class="widget-area" role="complementary"><div id="sidebar-right" class="mg-sidebar">
<div id="search-2" class="mg-widget widget_search"><form role="search" method="get" id="searchform" action="/"><div class="input-group"><input type="search" class="form-control" placeholder="Tìm kiếm" value="" name="s"/><span class="input-group-btn btn-default"><button type="submit" class="btn"><i class="fas fa-search"></i></button></span></div></form></div>
<div id="recent-posts-2" class="mg-widget widget_recent_entries"><div class="mg-wid-title"><h6 class="wtitle">Bài viết mới</h6></div><ul>{recent}</ul></div>
<div id="categories-2" class="mg-widget widget_categories"><div class="mg-wid-title"><h6 class="wtitle">Chuyên mục</h6></div><ul>{cats}</ul></div>
<div id="archives-2" class="mg-widget widget_archive"><div class="mg-wid-title"><h6 class="wtitle">Lưu trữ</h6></div><label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
<select id="archives-dropdown-2" name="archive-dropdown"><option value="">Chọn tháng</option>{archives}</select>
<script>(function(){{var dropdown=document.getElementById("archives-dropdown-2");function onSelectChange(){{if(dropdown.options[dropdown.selectedIndex].value!==''){{document.location.href=this.options[this.selectedIndex].value;}}}}dropdown.onchange=onSelectChange;}})();</script></div>
<div id="nav_menu-3" class="mg-widget widget_nav_menu"><div class="mg-wid-title"><h6 class="wtitle">Liên kết website</h6></div><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">{links}</ul></div></div>
</div></aside>"""

    def page(self, title: str, main: str, article: CorpusArticle | None = None) -> str:
        s = self.s
        name = self.spec.name
        canonical = self.canonical_url(article) if article else None
        graph: list[dict] = [
            {
                "@type": "WebSite",
                "@id": self.url("/#website"),
                "url": self.url("/"),
                "name": name,
                "inLanguage": "vi",
                "potentialAction": [
                    {
                        "@type": "SearchAction",
                        "target": {"@type": "EntryPoint", "urlTemplate": self.url("/?s={search_term_string}")},
                        "query-input": "required name=search_term_string",
                    }
                ],
            },
            {
                "@type": "Organization",
                "@id": self.url("/#organization"),
                "name": name,
                "url": self.url("/"),
                "logo": {
                    "@type": "ImageObject",
                    "url": self.url("/wp-content/uploads/2021/03/logo-hoi.png"),
                    "width": 512,
                    "height": 512,
                },
            },
        ]
        og = f'<meta property="og:type" content="website"/><meta property="og:title" content="{esc(title)} - {esc(name)}"/>'
        if article is not None:
            when = self.when[article.id]
            graph.append(
                {
                    "@type": "Article",
                    "@id": f"{canonical}#article",
                    "isPartOf": {"@id": canonical},
                    "headline": article.title,
                    "datePublished": when.machine(),
                    "dateModified": article.modified or when.machine(),
                    "mainEntityOfPage": {"@id": canonical},
                    "wordCount": len(article.body.split()),
                    "publisher": {"@id": self.url("/#organization")},
                    "articleSection": [self.spec.category(article.category).name],
                    "inLanguage": "vi",
                }
            )
            graph.append(
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{canonical}#breadcrumb",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": self.url("/")},
                        {"@type": "ListItem", "position": 2, "name": article.title},
                    ],
                }
            )
            og = (
                f'<meta property="og:type" content="article"/><meta property="og:title" content="{esc(article.title)}"/><meta property="og:description" content="{esc(self.teaser(article))}"/>'
                f'<meta property="og:url" content="{esc(canonical or "")}"/><meta property="article:published_time" content="{when.machine()}"/><meta property="og:image" content="{self.url(f"/wp-content/uploads/{when.at.year}/{when.at.month:02d}/anh-{self.numeric_id(article)}.jpg")}"/>'
                '<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:label1" content="Được viết bởi"/><meta name="twitter:data1" content="admin"/>'
            )
        schema = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
        canon = f'<link rel="canonical" href="{esc(canonical)}"/>' if canonical else ""
        styles = "".join(
            f"<link rel='stylesheet' id='{sid}-css' href='{href}' media='all'/>\n"
            for sid, href in (
                ("wp-block-library", "/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2"),
                ("classic-theme-styles", "/wp-includes/css/classic-themes.min.css?ver=6.6.2"),
                ("contact-form-7", "/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.9.8"),
                (
                    "newsup-fonts",
                    "//fonts.googleapis.com/css?family=Montserrat%3A400%2C500%2C700%2C800%7CWork%2BSans%3A300%2C400%2C500%2C600%2C700%2C800%2C900%26display%3Dswap&subset=latin%2Clatin-ext",
                ),
                ("bootstrap", "/wp-content/themes/newsup/css/bootstrap.css?ver=6.6.2"),
                ("newsup-style", "/wp-content/themes/newsup/style.css?ver=6.6.2"),
                ("newsup-default", "/wp-content/themes/newsup/css/colors/default.css?ver=6.6.2"),
                ("font-awesome-5-all", "/wp-content/themes/newsup/css/font-awesome/css/all.min.css?ver=6.6.2"),
                ("smartmenus", "/wp-content/themes/newsup/css/jquery.smartmenus.bootstrap.css?ver=6.6.2"),
                ("swiper-bundle", "/wp-content/themes/newsup/css/swiper-bundle.css?ver=6.6.2"),
            )
        )
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        pages = "".join(f'<li class="menu-item"><a href="/{slug}/">{esc(t)}</a></li>' for t, slug in PAGES)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)} - {esc(name)}</title>
{canon}
<meta property="og:locale" content="vi_VN"/>
{og}
<meta property="og:site_name" content="{esc(name)}"/>
<script type="application/ld+json" class="yoast-schema-graph">{schema}</script>
<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com'/>
<link rel="alternate" type="application/rss+xml" title="{esc(name)} &raquo; Dòng thông tin" href="{self.url(self.feed_path)}"/>
{EMOJI}
<style id='wp-emoji-styles-inline-css'>
img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }}
</style>
{GLOBAL_STYLES}
{styles}<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{self.url("/wp-json/")}"/><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.url("/xmlrpc.php?rsd")}"/>
<meta name="generator" content="WordPress 6.6.2"/>
<style type="text/css" id="custom-background-css">body.custom-background {{ background-color: #eeeeee; }}</style>
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-logo-hoi-32x32.png" sizes="32x32"/>
</head>
<body class="{"post-template-default single single-post" if article else "home blog"} wp-custom-logo wp-embed-responsive custom-background">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div class="wrapper" id="custom-background-css">
<header class="mg-headwidget"><div class="mg-head-detail hidden-xs"><div class="container-fluid"><div class="row align-items-center"><div class="col-md-6 col-xs-12"><ul class="info-left"><li>{esc(s["weekdays"][0])}, 27/03/2023 <span id="time" class="time"></span></li></ul></div>
<div class="col-md-6 col-xs-12"><ul class="mg-social info-right"><li><a href="https://www.facebook.com/hoilhpn" target="_blank"><span class="icon-soci facebook"><i class="fab fa-facebook"></i></span></a></li><li><a href="https://www.youtube.com/@hoilhpn" target="_blank"><span class="icon-soci youtube"><i class="fab fa-youtube"></i></span></a></li></ul></div></div></div></div>
<div class="clearfix"></div><div class="mg-nav-widget-area-back"><div class="overlay"><div class="inner"><div class="container-fluid"><div class="mg-nav-widget-area"><div class="row align-items-center"><div class="col-md-3 text-center-xs">
<div class="navbar-header"><a href="/" class="navbar-brand" rel="home"><img width="512" height="120" src="/wp-content/uploads/2021/03/logo-hoi.png" class="custom-logo" alt="{esc(name)}" decoding="async"/></a></div></div></div></div></div></div></div></div>
<div class="mg-menu-full"><nav class="navbar navbar-expand-md navbar-dark" id="main-nav"><div class="container-fluid"><div class="collapse navbar-collapse" id="navbar-wp">{self.menu()}</div></div></nav></div>
</header>
<div id="content" class="container-fluid"><div class="row">
<div class="col-md-8">{main}</div>
<div class="col-md-4">{self.sidebar()}</div>
</div></div>
<footer><div class="overlay" style="background-color: ;"><div class="mg-footer-widget-area"><div class="container-fluid"><div class="row" id="footer-widget-area">
<div class="col-md-4 rotateInDownLeft animated mg-widget widget_text"><h6>Liên hệ</h6><div class="textwidget">{footer}</div></div>
<div class="col-md-4 rotateInDownLeft animated mg-widget widget_nav_menu"><h6>Về chúng tôi</h6><ul class="menu">{pages}</ul></div>
<div class="col-md-4 rotateInDownLeft animated mg-widget widget_text"><h6>Bản đồ</h6><div class="textwidget"><p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3730.8!2d106.05!3d20.65!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="200" style="border:0;" allowfullscreen="" loading="lazy"></iframe></p></div></div>
</div></div></div>
<div class="mg-footer-copyright"><div class="container-fluid"><div class="row"><div class="col-md-6 text-xs"><p><a href="https://wordpress.org/">Tự hào sử dụng WordPress</a><span class="sep"> | </span>Giao diện: Newsup bởi <a href="https://themeansar.com/" rel="designer">Themeansar</a>.</p></div></div></div></div></div></footer>
</div></div>
<a href="#" class="ta_upscr bounceInup animated"><i class="fas fa-angle-up"></i></a>
{FOOTER_SCRIPT}
</body>
</html>"""

    # ---- bodies -----------------------------------------------------------------------------
    def post(self, article: CorpusArticle) -> str:
        when = self.when[article.id]
        link = self.article_path(article)
        category = self.spec.category(article.category)
        return f"""<article id="post-{self.numeric_id(article)}" class="d-md-flex mg-posts-sec-post post-{self.numeric_id(article)} post type-post status-publish format-standard has-post-thumbnail hentry category-{category.key}">
<div class="col-12 col-md-6"><div class="mg-post-thumb back-img md" style="background-image: url('/wp-content/uploads/{when.at.year}/{when.at.month:02d}/anh-{self.numeric_id(article)}-300x200.jpg');"><a class="link-div" href="{link}"></a></div></div>
<div class="mg-sec-top-post py-3 col"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{self.category_path(category)}" alt="Xem tất cả bài viết trong {esc(category.name)}">{esc(category.name)}</a></div>
<h4 class="entry-title title"><a href="{link}">{esc(article.title)}</a></h4>
<div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> <a href="{link}">{when.dmy()}</a></span></div>
<div class="mg-content"><p>{esc(self.teaser(article, 220))}</p></div></div></article>"""

    def listing_body(self, category: Category | None, items: list[CorpusArticle], page: int, pages: int) -> str:
        def link(n: int) -> str:
            return self.category_path(category, n) if category else self.latest_path(n)

        numbers = []
        if page > 1:
            numbers.append(f'<a class="prev page-numbers" href="{link(page - 1)}"><i class="fa fa-angle-left"></i></a>')
        for n in self.window(page, pages, width=1):
            if n is None:
                numbers.append('<span class="page-numbers dots">&hellip;</span>')
            elif n == page:
                numbers.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            else:
                numbers.append(f'<a class="page-numbers" href="{link(n)}">{n}</a>')
        if page < pages:
            numbers.append(
                f'<a class="next page-numbers" href="{link(page + 1)}"><i class="fa fa-angle-right"></i></a>'
            )
        heading = (
            f'<div class="mg-breadcrumb-section"><h1 class="title">Chuyên mục: {esc(category.name)}</h1></div>'
            if category
            else ""
        )
        return (
            f'{heading}<div id="grid" class="row grid-content">{"".join(self.post(a) for a in items)}</div>'
            f'<div class="col-md-12 text-center d-flex justify-content-center"><nav class="navigation pagination" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{"".join(numbers)}</div></nav></div>'
        )

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        when = self.when[article.id]
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        newer, older = self.newer_older(article, 1)
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{self.article_path(older[0])}" rel="prev">{esc(older[0].title)} <div class="fa fa-angle-double-right"></div><span></span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{self.article_path(newer[-1])}" rel="next"><div class="fa fa-angle-double-left"></div><span></span> {esc(newer[-1].title)}</a></div>'
        related = "".join(
            f'<div class="col-md-4"><div class="mg-blog-post-3 minh back-img mb-md-0 mb-2" style="background-image: url(\'/wp-content/uploads/{self.when[a.id].at.year}/{self.when[a.id].at.month:02d}/anh-{self.numeric_id(a)}-300x200.jpg\');">'
            f'<div class="mg-blog-inner"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{self.category_path(category)}">{esc(category.name)}</a></div>'
            f'<h4 class="title"><a href="{self.article_path(a)}" title="Permalink to: {esc(a.title)}">{esc(a.title)}</a></h4><div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> {self.when[a.id].dmy()}</span></div></div></div></div>'
            for a in self.related(article)
        )
        author = f'<i class="fas fa-user-circle"></i> <span class="author-name">{esc(byline)}</span>' if byline else ""
        share = "".join(
            f'<a class="post-share-{n}" href="{h}" target="_blank" rel="nofollow"><i class="fab fa-{n}"></i></a>'
            for n, h in (
                ("facebook", f"https://www.facebook.com/sharer.php?u={esc(self.canonical_url(article))}"),
                ("twitter", f"http://twitter.com/share?url={esc(self.canonical_url(article))}"),
                (
                    "linkedin",
                    f"http://www.linkedin.com/shareArticle?mini=true&amp;url={esc(self.canonical_url(article))}",
                ),
                ("telegram", f"https://t.me/share/url?url={esc(self.canonical_url(article))}"),
            )
        )
        return f"""<div class="mg-blog-post-box"><div class="mg-header">
<div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{self.category_path(category)}" alt="Xem tất cả bài viết trong {esc(category.name)}">{esc(category.name)}</a></div>
<h1 class="title single"><a title="Permalink to: {esc(article.title)}">{esc(article.title)}</a></h1>
<div class="media mg-info-author-block">{author}<div class="media-body"><span class="mg-blog-date"><i class="fas fa-clock"></i> {when.at.strftime("%d/%m/%Y")}</span></div></div></div>
<img width="800" height="533" src="/wp-content/uploads/{when.at.year}/{when.at.month:02d}/anh-{self.numeric_id(article)}.jpg" class="img-fluid wp-post-image" alt="" decoding="async" fetchpriority="high" srcset="/wp-content/uploads/{when.at.year}/{when.at.month:02d}/anh-{self.numeric_id(article)}.jpg 800w, /wp-content/uploads/{when.at.year}/{when.at.month:02d}/anh-{self.numeric_id(article)}-300x200.jpg 300w, /wp-content/uploads/{when.at.year}/{when.at.month:02d}/anh-{self.numeric_id(article)}-768x512.jpg 768w" sizes="(max-width: 800px) 100vw, 800px"/>
<article class="page-content-single small single">
{f"<p><strong>{esc(article.lead)}</strong></p>" if article.lead else ""}
{self.paragraphs(article, lead=False)}
{self.signature(article)}{self.label(article)}
<script>function pinIt() {{ var e = document.createElement('script'); e.setAttribute('type','text/javascript'); e.setAttribute('charset','UTF-8'); e.setAttribute('src','https://assets.pinterest.com/js/pinmarklet.js?r='+Math.random()*99999999); document.body.appendChild(e); }}</script>
<div class="post-share"><div class="post-share-icons cf">{share}<a class="print-r" href="javascript:window.print()"><i class="fas fa-print"></i></a></div></div>
<div class="clearfix mb-3"></div>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{nav}</div></nav>
</article></div>
<div class="mg-featured-slider p-3 mb-4"><div class="mg-sec-title"><h4>Bài viết liên quan</h4></div><div class="row">{related}</div></div>
<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">{esc(s["comment"])} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required/></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required/></p>
<p class="comment-form-url"><label for="url">Trang web</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"/></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{esc(s["comment_send"])}"/> <input type='hidden' name='comment_post_ID' value='{self.numeric_id(article)}' id='comment_post_ID'/><input type='hidden' name='comment_parent' id='comment_parent' value='0'/></p>
<p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="8c1e5f0a2b"/></p><p style="display: none !important;" class="akismet-fields-container" data-prefix="ak_"><label>&#916;<textarea name="ak_hp_textarea" cols="45" rows="8" maxlength="100"></textarea></label><input type="hidden" id="ak_js_1" name="ak_js" value="14"/><script>document.getElementById( "ak_js_1" ).setAttribute( "value", ( new Date() ).getTime() );</script></p></form></div></div>"""


Generated = GeneratedWordPress
