"""A generated NukeViet 4 provincial portal, written as the real ones are: about 60 KB a page (40-90 KB).

Every page has a mega-menu of 80+ links (categories, about pages, documents, public services, linked sites),
a left sidebar of 50+ links (newest, most read, categories, new documents, procedures, a poll) and a right one
of 80+ (banners, the 63 provinces' portals, ministries), inline scripts (settings, analytics, the menu, the
slider, the rating stars, the session timer, JSON-LD on articles) and a footer of contacts. Articles carry
breadcrumbs, a rating form, a comment form with a captcha, 'Tin liên quan' and 'Tin khác' (newer and older)
lists. Listings paginate with a windowed pager (/news/<cat>/page-N); /sitemap.xml is an index of the news
sitemap, as NukeViet's is.
"""
# ruff: noqa: E501  (HTML markup reads better unwrapped)

import json
from typing import Any

from benchmarks.generated import ABOUT, MINISTRIES, PROCEDURES, UNITS, GeneratedSite, province_portals, with_categories
from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.portals import Category, PortalSpec
from govnews.crawler.demo.text import ascii_slug, esc

CATEGORIES = [
    ("Chính sách - Pháp luật", "chinh-sach-phap-luat"),
    ("Giảm nghèo - Bảo trợ xã hội", "giam-ngheo-bao-tro-xa-hoi"),
    ("Người có công", "nguoi-co-cong"),
    ("Trẻ em", "tre-em"),
    ("Giáo dục nghề nghiệp", "giao-duc-nghe-nghiep"),
    ("Hoạt động của Sở", "hoat-dong-cua-so"),
]

HEAD_SCRIPT = """<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-7X3K9PQ2LM', {'anonymize_ip': true, 'cookie_flags': 'SameSite=None;Secure'});
</script>"""

BODY_SCRIPT = """<script>
$(function() {
  $('#menu-site-default .dropdown').hover(function() {
    $(this).addClass('open').find('.dropdown-menu').first().stop(true, true).delay(100).fadeIn(150);
  }, function() {
    $(this).removeClass('open').find('.dropdown-menu').first().stop(true, true).delay(100).fadeOut(100);
  });
  $('#menu-site-default a[href="' + window.location.pathname + '"]').parents('li').addClass('active');
  var $slider = $('#slider-news-hot');
  if ($slider.length) {
    $slider.owlCarousel({items: 1, loop: true, autoplay: true, autoplayTimeout: 5000, autoplayHoverPause: true,
      nav: true, dots: false, navText: ['<em class="fa fa-angle-left"></em>', '<em class="fa fa-angle-right"></em>']});
  }
  $('.block-news-tab a[data-toggle="tab"]').on('shown.bs.tab', function(e) {
    var target = $(e.target).attr('href');
    $(target).find('img[data-src]').each(function() { $(this).attr('src', $(this).data('src')); });
  });
  $('#btn-search-top').on('click', function(e) {
    e.preventDefault();
    var q = $.trim($('#search-top-q').val());
    if (q.length < 3) { alert('Từ khóa tìm kiếm phải có ít nhất 3 ký tự'); return false; }
    window.location.href = nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + nv_name_variable + '=seek&q=' + encodeURIComponent(q);
  });
  $('.fontsize').on('click', function() {
    var size = parseInt($('#news-bodyhtml').css('font-size'), 10) + ($(this).data('step') | 0);
    if (size >= 12 && size <= 24) { $('#news-bodyhtml').css('font-size', size + 'px'); }
  });
  $(window).scroll(function() {
    if ($(this).scrollTop() > 200) { $('#totop').fadeIn(); } else { $('#totop').fadeOut(); }
  });
  $('#totop').click(function() { $('html, body').animate({scrollTop: 0}, 600); return false; });
});
var nv_timeout_sess = 1800, nv_check_pass_mstime = 1738000;
function timeoutsesscancel() {
  $('#timeoutsess').slideUp('slow', function() { clearInterval(nv_timer); nv_timer = timeoutsessrun(); });
}
function timeoutsessrun() {
  clearInterval(nv_timer);
  document.getElementById('secField').innerHTML = 60;
  return setInterval(function() {
    var s = parseInt(document.getElementById('secField').innerHTML, 10) - 1;
    document.getElementById('secField').innerHTML = s;
    if (s <= 0) { clearInterval(nv_timer); window.location.reload(); }
  }, 1000);
}
var nv_timer = null;
</script>
<script>
(function(d, s, id) {
  var js, fjs = d.getElementsByTagName(s)[0];
  if (d.getElementById(id)) return;
  js = d.createElement(s); js.id = id; js.async = true;
  js.src = 'https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v17.0';
  fjs.parentNode.insertBefore(js, fjs);
}(document, 'script', 'facebook-jssdk'));
</script>"""

RATING_SCRIPT = """<script>
$(function() {
  var sr = 0;
  $('.hover-star').rating({
    focus: function(b, c) { var a = $('#hover-test'); if (sr != 2) { a[0].data = a[0].data || a.html(); a.html(c.title || 'value: ' + b); sr = 1; } },
    blur: function(b, c) { var a = $('#hover-test'); if (sr != 2) { $('#hover-test').html(a[0].data || ''); sr = 1; } },
    callback: function(b, c) {
      if (sr == 1) { sr = 2; $('.hover-star').rating('disable'); sendrating('%(id)s', b, '%(checkss)s'); }
    }
  });
  $('.hover-star').rating('select', '0');
});
function nv_commment_reload(res) { $('#idcomment').html(res); }
function nv_commment_feedback(cid, post_name) { $('#commentpid').val(cid); $('#commentcontent').focus(); }
</script>"""


def spec_of(spec: PortalSpec) -> PortalSpec:
    return with_categories(spec, CATEGORIES)


class GeneratedNukeViet(GeneratedSite):
    sitemap_path = "/sitemap.xml"
    feed_path = "/news/rss/"
    related_count = 5

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.provinces = province_portals()
        self.about = [(title, f"/about/{ascii_slug(title)}.html") for title in ABOUT]

    # ---- URL forms --------------------------------------------------------------------------
    def alias(self, article: CorpusArticle) -> str:
        return f"{ascii_slug(article.title, limit=90)}-{self.numeric_id(article)}.html"

    def article_path(self, article: CorpusArticle) -> str:
        return f"/news/{self.spec.category(article.category).key}/{self.alias(article)}"

    def category_path(self, category: Category, page: int = 1) -> str:
        return f"/news/{category.key}/" + (f"page-{page}" if page > 1 else "")

    def latest_path(self, page: int) -> str:
        return "/" if page == 1 else f"/news/page-{page}"

    def document_path(self, number: int) -> str:
        return f"/laws/detail/{self.documents[number].slug}/"

    def robots(self) -> str:
        disallow = ("/admin/", "/data/", "/includes/", "/install/", "/modules/", "/vendor/", "/users/", "/seek/")
        lines = "".join(f"Disallow: {p}\n" for p in disallow)
        return f"User-agent: *\n{lines}\nSitemap: {self.url(self.sitemap_path)}\n"

    # ---- routes -----------------------------------------------------------------------------
    def build(self) -> None:
        s = self.s
        latest = self.chunks(self._latest)
        for number, items in enumerate(latest, start=1):
            body = (
                self.home_body(items, len(latest))
                if number == 1
                else self.listing_body(None, items, number, len(latest))
            )
            self.add(
                self.latest_path(number), self.html(self.page(s["latest_news"] if number > 1 else self.spec.name, body))
            )
        for category in self.vi_categories():
            pages = self.chunks(self.listing(category.slug))
            for number, items in enumerate(pages, start=1):
                body = self.listing_body(category, items, number, len(pages))
                self.add(
                    self.category_path(category, number),
                    self.html(self.page(category.name, body, crumbs=[(category.name, None)])),
                )
        for article in self.articles:
            category = self.spec.category(article.category)
            crumbs: list[tuple[str, str | None]] = [(category.name, self.category_path(category))]
            page = self.page(
                article.title,
                self.article_body(article),
                crumbs,
                canonical=self.canonical_url(article),
                article=article,
            )
            self.add(self.article_path(article), self.html(page))
            name = self.attachment(article)
            if name:
                at = self.when[article.id].at
                self.add(f"/uploads/news/{at.year}_{at.month:02d}/{name.lower()}", self.pdf(name))
        for title, path in self.about:
            body = (
                f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(title)}</h1>'
                + "".join(f"<p>{esc(p)}</p>" for p in self.filler(4))
                + "</div></div>"
            )
            self.add(path, self.html(self.page(title, body, crumbs=[("Giới thiệu", self.about[0][1]), (title, None)])))
        self.add("/laws/", self.html(self.page("Văn bản", self.laws_body(), crumbs=[("Văn bản", None)])))
        for number, document in enumerate(self.documents):
            self.add(
                self.document_path(number),
                self.html(
                    self.page(
                        document.title,
                        self.document_body(number),
                        crumbs=[("Văn bản", "/laws/"), (document.kind, None)],
                    )
                ),
            )
            self.add(f"/uploads/laws/{document.slug}.pdf", self.pdf(document.slug))
        for path, title in (
            ("/contact/", "Liên hệ"),
            ("/faq/", "Hỏi đáp"),
            ("/photos/", "Thư viện ảnh"),
            ("/videos/", "Video clip"),
            ("/lich-cong-tac/", s["calendar"]),
        ):
            body = (
                f'<div class="panel panel-default"><div class="panel-body"><h1>{esc(title)}</h1>'
                + "".join(f"<p>{esc(p)}</p>" for p in self.filler(2))
                + "</div></div>"
            )
            self.add(path, self.html(self.page(title, body, crumbs=[(title, None)])))
        self.add("/robots.txt", self.text(self.robots()))
        self.add(self.sitemap_path, self.text(self.sitemap_index(["/sitemap-vi.news.xml"]), "application/xml"))
        self.add("/sitemap-vi.news.xml", self.text(self.sitemap_xml(self.in_sitemap()), "application/xml"))
        self.add(self.feed_path, self.text(self.rss(self.spec.name, "/", self._latest[:30]), "application/rss+xml"))

    # ---- chrome -----------------------------------------------------------------------------
    def mega_menu(self) -> str:
        def column(title: str, links: list[tuple[str, str]]) -> str:
            items = "".join(f'<li><a href="{esc(href)}">{esc(text)}</a></li>' for text, href in links)
            return f'<div class="col-md-6 col-sm-12"><p class="mega-title"><strong>{esc(title)}</strong></p><ul class="list-unstyled">{items}</ul></div>'

        cats = [(c.name, self.category_path(c)) for c in self.vi_categories()]
        units = [
            (
                name,
                f"https://{ascii_slug(name).replace('-', '')[:18]}.{ascii_slug(self.spec.province or 'tinh').replace('-', '')}.gov.vn/",
            )
            for name in UNITS
        ]
        laws = [("Tất cả văn bản", "/laws/")] + [
            (f"{d.kind} số {d.number}/{d.code}", self.document_path(i)) for i, d in enumerate(self.documents[:8])
        ]
        services = [
            (
                p,
                f"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={2000000 + 173 * i}",
            )
            for i, p in enumerate(PROCEDURES[:10])
        ]
        menus = [
            ("Giới thiệu", [column("Về chúng tôi", self.about), column("Đơn vị trực thuộc", units)]),
            (
                "Tin tức - Sự kiện",
                [
                    column("Chuyên mục", cats),
                    column(
                        "Đa phương tiện",
                        [
                            ("Thư viện ảnh", "/photos/"),
                            ("Video clip", "/videos/"),
                            ("Lịch công tác", "/lich-cong-tac/"),
                        ],
                    ),
                ],
            ),
            ("Văn bản", [column("Văn bản mới", laws)]),
            ("Dịch vụ công", [column("Thủ tục hành chính", services)]),
            (
                "Chuyên đề",
                [
                    column("Chuyên đề", cats[:6]),
                    column("Hỏi đáp", [("Hỏi đáp trực tuyến", "/faq/"), ("Liên hệ", "/contact/")]),
                ],
            ),
            (
                "Liên kết",
                [
                    column("Bộ, ngành", [(t, h) for t, h in MINISTRIES[:10]]),
                    column("Báo chí", [(t, h) for t, h in MINISTRIES[10:]]),
                ],
            ),
        ]
        tops = "".join(
            f'<li class="dropdown" rel="dropdown"><a class="dropdown-toggle" href="#" title="{esc(name)}">{esc(name)} <strong class="caret">&nbsp;</strong></a>'
            f'<div class="dropdown-menu mega-menu"><div class="row">{"".join(cols)}</div></div></li>'
            for name, cols in menus
        )
        return (
            '<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">'
            '<ul class="nav navbar-nav" id="menu-site-default">'
            f'<li><a title="{esc(self.s["home"])}" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> {esc(self.s["home"])}</span></a></li>'
            f'{tops}<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li></ul></div></div></div></nav>'
        )

    def block(self, title: str, body: str, cls: str = "") -> str:
        return f'<div class="panel panel-primary {cls}"><div class="panel-heading"><h3 class="panel-title">{esc(title)}</h3></div><div class="panel-body">{body}</div></div>'

    def news_links(self, articles: list[CorpusArticle], dates: bool = True) -> str:
        return "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a>'
            + (f' <span class="text-muted small">({self.when[a.id].dmy()})</span>' if dates else "")
            + "</li>"
            for a in articles
        )

    def left_sidebar(self) -> str:
        s = self.s
        tabs = (
            '<div class="block-news-tab"><ul class="nav nav-tabs"><li class="active"><a data-toggle="tab" href="#tab-new">Tin mới</a></li>'
            '<li><a data-toggle="tab" href="#tab-hot">Đọc nhiều</a></li></ul><div class="tab-content">'
            f'<div class="tab-pane active" id="tab-new"><ul class="list-none">{self.news_links(self.latest(10))}</ul></div>'
            f'<div class="tab-pane" id="tab-hot"><ul class="list-none">{self.news_links(self.most_read(10), dates=False)}</ul></div></div></div>'
        )
        cats = "".join(
            f'<li><a href="{self.category_path(c)}" title="{esc(c.name)}"><em class="fa fa-folder-open-o">&nbsp;</em>{esc(c.name)}</a></li>'
            for c in self.vi_categories()
        )
        laws = "".join(
            f'<li><a href="{self.document_path(i)}"><strong>{d.number}/{d.code}</strong></a> <span class="text-muted small">({d.day})</span></li>'
            for i, d in enumerate(self.documents[:10])
        )
        procedures = "".join(
            f'<li><a href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={2001000 + 211 * i}" target="_blank" rel="noopener">{esc(p)}</a></li>'
            for i, p in enumerate(PROCEDURES)
        )
        poll = "".join(
            f'<div class="radio"><label><input type="radio" name="option" value="{i}"/> {esc(t)}</label></div>'
            for i, t in enumerate(("Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"))
        )
        return (
            self.block(s["latest_news"], tabs)
            + self.block("Chuyên mục", f'<ul class="list-none menu-cat">{cats}</ul>')
            + self.block(
                "Văn bản mới",
                f'<ul class="list-none laws-new">{laws}</ul><a class="pull-right" href="/laws/">{esc(s["more"])}</a>',
            )
            + self.block("Thủ tục hành chính", f'<ul class="list-none">{procedures}</ul>')
            + self.block(
                "Thăm dò ý kiến",
                f'<form action="/voting/" method="post"><p><strong>Bạn đánh giá thế nào về chất lượng thông tin trên Cổng?</strong></p>{poll}'
                '<input type="hidden" name="vid" value="3"/><input type="button" class="btn btn-primary btn-sm" value="Biểu quyết" onclick="nv_sendvoting(this.form, 3, 1, \'a8f5f167f44f4964e6c998dee827110c\', \'\', \'0\');"/>'
                ' <input type="button" class="btn btn-default btn-sm" value="Kết quả" onclick="nv_sendvoting(this.form, 3, 0, \'a8f5f167f44f4964e6c998dee827110c\', \'\', \'0\');"/></form>',
            )
        )

    def right_sidebar(self) -> str:
        s = self.s
        banners = "".join(
            f'<a href="{esc(href)}" target="_blank" rel="noopener" title="{esc(text)}"><img src="/uploads/banners/{ascii_slug(text)[:24]}.jpg" alt="{esc(text)}" class="img-responsive margin-bottom"/></a>'
            for text, href in MINISTRIES[:8]
        )
        provinces = "".join(
            f'<li><a href="{esc(href)}" target="_blank">{esc(name)}</a></li>' for name, href in self.provinces
        )
        stats = "".join(
            f'<li><em class="fa fa-bolt fa-lg fa-horizon">&nbsp;</em>{esc(k)}<span class="pull-right">{v}</span></li>'
            for k, v in self.stats()
        )
        return (
            self.block("Liên kết nhanh", banners, "banners")
            + self.block(
                s["links_title"], f'<ul class="list-none weblinks scroll-y" style="max-height:320px">{provinces}</ul>'
            )
            + self.block(s["stats_title"], f'<ul class="counter list-none display-table">{stats}</ul>')
        )

    def page(
        self,
        title: str,
        main: str,
        crumbs: list[tuple[str, str | None]] | None = None,
        canonical: str | None = None,
        article: CorpusArticle | None = None,
    ) -> str:
        s = self.s
        canon = f'<link rel="canonical" href="{esc(canonical)}"/>' if canonical else ""
        crumb = ""
        if crumbs:
            items = "".join(
                f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{href}" itemprop="item" title="{esc(text)}"><span itemprop="name">{esc(text)}</span></a><i class="hidden" itemprop="position" content="{i + 2}"></i></li>'
                if href
                else f"<li><span>{esc(text)}</span></li>"
                for i, (text, href) in enumerate(crumbs)
            )
            crumb = (
                '<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" itemscope itemtype="http://schema.org/BreadcrumbList">'
                f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item" title="{esc(s["home"])}"><span itemprop="name">{esc(s["home"])}</span></a><i class="hidden" itemprop="position" content="1"></i></li>{items}</ul></div></div>'
            )
        og = ""
        if article is not None:
            when = self.when[article.id]
            og = (
                f'<meta property="og:type" content="article"/><meta property="og:title" content="{esc(article.title)}"/>'
                f'<meta property="og:description" content="{esc(self.teaser(article))}"/><meta property="og:url" content="{esc(self.canonical_url(article))}"/>'
                f'<meta property="og:image" content="{self.url(f"/uploads/news/thumb_{self.numeric_id(article)}.jpg")}"/>'
                f'<meta property="article:published_time" content="{when.machine()}"/><meta property="article:section" content="{esc(self.spec.category(article.category).name)}"/>'
            )
        footer = "".join(f"<p>{esc(line)}</p>" for line in self.footer_lines())
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)} - {esc(self.spec.name)}</title>
<meta name="description" content="{esc(title)}"/>
<meta name="keywords" content="bình đẳng giới, lao động, việc làm, {esc(self.spec.province or "")}"/>
<meta name="news_keywords" content="{esc(title)}"/>
<meta name="author" content="{esc(self.spec.name)}"/>
<meta name="copyright" content="{esc(self.spec.name)} [webmaster@{ascii_slug(self.spec.province or "tinh").replace("-", "")}.gov.vn]"/>
<meta name="generator" content="NukeViet v4.5"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta property="og:site_name" content="{esc(self.spec.name)}"/>
{og}
{canon}
<link rel="shortcut icon" href="/uploads/favicon.ico"/>
<link rel="alternate" href="{self.url(self.feed_path)}" title="{esc(s["latest_news"])}" type="application/rss+xml"/>
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1724122"/>
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1724122"/>
<link rel="StyleSheet" href="/themes/egov/css/bootstrap.non-responsive.css?t=1724122"/>
<link rel="StyleSheet" href="/themes/egov/css/style.css?t=1724122"/>
<link rel="StyleSheet" href="/themes/egov/css/style.non-responsive.css?t=1724122"/>
<link rel="StyleSheet" href="/themes/egov/css/news.css?t=1724122"/>
<link rel="StyleSheet" href="/assets/js/owl.carousel/assets/owl.carousel.min.css?t=1724122"/>
<style>.mega-menu{{width:960px;left:0;padding:15px}}.mega-title{{border-bottom:1px solid #ddd;margin-bottom:6px;color:#0a6aa1}}.weblinks li{{padding:3px 0;border-bottom:1px dotted #e5e5e5}}.laws-new li{{padding:4px 0;border-bottom:1px dashed #ddd}}#totop{{position:fixed;bottom:20px;right:20px;display:none}}</style>
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_v9Lq1",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
{HEAD_SCRIPT}
<script src="/assets/js/jquery/jquery.min.js?t=1724122"></script>
<script src="/assets/js/language/vi.js?t=1724122"></script>
<script src="/assets/js/global.js?t=1724122"></script>
<script src="/themes/egov/js/main.js?t=1724122"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7X3K9PQ2LM"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br/>Website chỉ làm việc khi bạn bật nó trở lại.<br/>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(self.spec.name)}" href="/"><img src="/uploads/logo-quoc-huy.png" width="90" height="90" alt="{esc(self.spec.name)}"/></a>
<h1 class="site_name">{esc(self.spec.name)}</h1><h2 class="site_description">{esc(self.spec.owner)}</h2></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="header-top"><span class="current-time"><em class="fa fa-calendar">&nbsp;</em>{esc(s["weekdays"][0])}, 27/03/2023</span>
<a href="/users/login/" rel="nofollow">{esc(s["login"])}</a> | <a href="/users/register/" rel="nofollow">Đăng ký</a></div>
<div class="headerSearch"><form action="/seek/" method="get"><div class="input-group"><input type="text" id="search-top-q" name="q" class="form-control" maxlength="60" placeholder="{esc(s["search_placeholder"])}"/><span class="input-group-btn"><button type="button" id="btn-search-top" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span></div></form></div>
</div></div></div></header>
{self.mega_menu()}
<section><div class="container" id="body">
{crumb}
<div class="row">
<div class="col-sm-6 col-md-6 left-column">{self.left_sidebar()}</div>
<div class="col-sm-12 col-md-12 main-column">{main}</div>
<div class="col-sm-6 col-md-6 right-column">{self.right_sidebar()}</div>
</div>
</div></section>
</div>
<footer id="footer" class="footer-nav"><div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-16"><div class="panel-body">{footer}</div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><ul class="company_info list-none"><li><em class="fa fa-envelope">&nbsp;</em><a href="mailto:webmaster@{ascii_slug(self.spec.province or "tinh").replace("-", "")}.gov.vn">webmaster@{ascii_slug(self.spec.province or "tinh").replace("-", "")}.gov.vn</a></li>
<li><a href="/contact/">Liên hệ</a></li><li><a href="{self.feed_path}">RSS</a></li><li><a href="/admin/" rel="nofollow">{esc(s["admin"])}</a></li></ul>
<p class="small">Thiết kế bởi <a href="https://vinades.vn/" rel="nofollow" target="_blank">VINADES.,JSC</a> - Phát triển trên nền tảng <a href="https://nukeviet.vn/" rel="nofollow" target="_blank">NukeViet CMS</a></p></div>
</div></div></div></footer>
<a id="totop" href="#" title="{esc(s["top"])}"><em class="fa fa-chevron-up fa-2x"></em></a>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/egov/js/bootstrap.min.js?t=1724122"></script>
<script src="/assets/js/owl.carousel/owl.carousel.min.js?t=1724122"></script>
<script src="/assets/js/star-rating/jquery.rating.pack.js?t=1724122"></script>
{BODY_SCRIPT}
</body>
</html>"""

    # ---- bodies -----------------------------------------------------------------------------
    def item(self, article: CorpusArticle) -> str:
        link = self.article_path(article)
        when = self.when[article.id]
        return f"""<div class="panel panel-default clearfix"><div class="panel-body">
<a href="{link}" title="{esc(article.title)}"><img alt="{esc(article.title)}" src="/assets/news/{when.at.year}_{when.at.month:02d}/thumb_{self.numeric_id(article)}.jpg" width="150" class="img-thumbnail pull-left imghome"/></a>
<h3><a href="{link}" title="{esc(article.title)}">{esc(article.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {when.with_time(when.dmy(), "%I:%M:%S %p")}</li><li><em class="fa fa-eye">&nbsp;</em> {esc(self.s["seen"])}: {self.views(article)}</li><li><em class="fa fa-comment-o">&nbsp;</em> {esc(self.s["comment"])}: 0</li></ul></div>
<div class="text-justify">{esc(self.teaser(article, 200))}</div>
</div></div>"""

    def pager(self, category: Category | None, page: int, pages: int) -> str:
        if pages < 2:
            return ""

        def link(n: int) -> str:
            return self.category_path(category, n) if category else self.latest_path(n)

        items = (
            [f'<li><a href="{link(page - 1)}" title="{esc(self.s["prev_page"])}">&laquo;</a></li>'] if page > 1 else []
        )
        for n in self.window(page, pages):
            if n is None:
                items.append('<li class="disabled"><span>...</span></li>')
            elif n == page:
                items.append(f'<li class="active"><a href="#">{n}</a></li>')
            else:
                items.append(f'<li><a href="{link(n)}" title="Trang {n}">{n}</a></li>')
        if page < pages:
            items.append(f'<li><a href="{link(page + 1)}" title="{esc(self.s["next_page"])}">&raquo;</a></li>')
        return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'

    def home_body(self, items: list[CorpusArticle], pages: int) -> str:
        s = self.s
        hot = "".join(
            f'<div class="item"><a href="{self.article_path(a)}" title="{esc(a.title)}"><img src="/uploads/news/slide_{self.numeric_id(a)}.jpg" alt="{esc(a.title)}" class="img-responsive"/></a>'
            f'<h3><a href="{self.article_path(a)}" title="{esc(a.title)}">{esc(a.title)}</a></h3><p>{esc(self.teaser(a))}</p></div>'
            for a in self.featured(5)
        )
        cats = "".join(
            f'<div class="news_column panel panel-default"><div class="panel-heading"><h2><a href="{self.category_path(c)}" title="{esc(c.name)}">{esc(c.name)}</a></h2></div>'
            f'<div class="panel-body"><ul class="related list-none">{self.title_links(self.listing(c.slug)[:5])}</ul>'
            f'<a class="pull-right" href="{self.category_path(c)}">{esc(s["read_more"])}</a></div></div>'
            for c in self.vi_categories()
        )
        return (
            f'<div class="panel panel-default"><div class="panel-heading">{esc(s["featured"])}</div><div class="panel-body"><div id="slider-news-hot" class="owl-carousel">{hot}</div></div></div>'
            f'<div class="news_column"><h2 class="panel-heading">{esc(s["latest_news"])}</h2>{"".join(self.item(a) for a in items)}</div>{self.pager(None, 1, pages)}{cats}'
        )

    def listing_body(self, category: Category | None, items: list[CorpusArticle], page: int, pages: int) -> str:
        title = category.name if category else self.s["latest_news"]
        return f'<div class="news_column"><h1 class="page-title">{esc(title)}{f" - Trang {page}" if page > 1 else ""}</h1>{"".join(self.item(a) for a in items)}</div>{self.pager(category, page, pages)}'

    def related_list(self, heading: str, articles: list[CorpusArticle]) -> str:
        if not articles:
            return ""
        rows = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.article_path(a)}">{esc(a.title)}</a> <em>({self.when[a.id].dmy()})</em></li>'
            for a in articles
        )
        return f'<p class="h3"><strong>{esc(heading)}</strong></p><div class="clearfix"><ul class="related list-items">{rows}</ul></div>'

    def article_body(self, article: CorpusArticle) -> str:
        s = self.s
        when = self.when[article.id]
        category = self.spec.category(article.category)
        byline = self.byline_author(article)
        poster = (
            f'<span class="h5"><em class="fa fa-user">&nbsp;</em>Người đăng: {esc(byline)}</span>' if byline else ""
        )
        name = self.attachment(article)
        files = (
            f'<div class="news_column panel panel-default"><div class="panel-heading"><em class="fa fa-download">&nbsp;</em><strong>{esc(s["attachment"])}</strong></div>'
            f'<div class="panel-body"><ul class="list-none"><li><a href="/uploads/news/{when.at.year}_{when.at.month:02d}/{name.lower()}" title="{esc(name)}"><em class="fa fa-file-pdf-o">&nbsp;</em>{esc(name)}</a></li></ul></div></div>'
            if name
            else ""
        )
        newer, older = self.newer_older(article, 5)
        stars = "".join(
            f'<input class="hover-star required" type="radio" value="{i + 1}" title="{esc(t)}"/>'
            for i, t in enumerate(s["rating_levels"])
        )
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "mainEntityOfPage": {"@type": "WebPage", "@id": self.canonical_url(article)},
                "headline": article.title,
                "description": self.teaser(article),
                "image": {
                    "@type": "ImageObject",
                    "url": self.url(f"/uploads/news/thumb_{self.numeric_id(article)}.jpg"),
                    "width": 500,
                    "height": 400,
                },
                "datePublished": when.machine(),
                "dateModified": article.modified or when.machine(),
                "author": {"@type": "Organization", "name": self.spec.name},
                "publisher": {
                    "@type": "Organization",
                    "name": self.spec.name,
                    "logo": {"@type": "ImageObject", "url": self.url("/uploads/logo-quoc-huy.png")},
                },
            },
            ensure_ascii=False,
        )
        rating = RATING_SCRIPT % {
            "id": self.numeric_id(article),
            "checkss": f"{self.numeric_id(article) * 2654435761 % 10**12:012d}",
        }
        return f"""<script type="application/ld+json">{ld}</script>
<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(article.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{esc(self.weekday(article))} - {when.with_time(when.dmy(), "%H:%M")}</span> {poster}</div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/{category.key}/{self.alias(article)}','',650,500,'resizable=no,scrollbars=no,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/news/print/{category.key}/{self.alias(article)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray fontsize" data-step="-1" href="javascript:void(0)" title="Giảm cỡ chữ">A-</a> <a class="dimgray fontsize" data-step="1" href="javascript:void(0)" title="Tăng cỡ chữ">A+</a></li></ul></div></div>
<div class="clearfix">
<figure class="article left pointer" onclick="modalShowByObj('#imgpreview');"><div style="width:220px;"><img id="imghome" alt="{esc(article.title)}" src="/assets/news/{when.at.year}_{when.at.month:02d}/thumb_{self.numeric_id(article)}.jpg" width="220" class="img-thumbnail"/></div></figure>
<div class="hometext m-bottom">{esc(article.lead)}</div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{self.paragraphs(article, lead=False, style="text-align:justify")}
{self.signature(article)}
</div>
{self.label(article)}
</div></div>
{files}
<div class="news_column panel panel-default"><div class="panel-body">
<div class="socialicon clearfix margin-bottom-lg"><div class="fb-like" data-href="{esc(self.canonical_url(article))}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<div class="zalo-share-button" data-href="{esc(self.canonical_url(article))}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div></div>
<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">{esc(s["rating_total"])}</p>
<span itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="ratingValue">0</span><span class="hidden d-none hide" itemprop="ratingCount">0</span></span>
<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">{esc(s["rating_click"])}</span></div></div></form>
{rating}
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg" data-module="news" data-content="news_commentcontent" data-area="8" data-id="{self.numeric_id(article)}" data-allowed="4" data-checkss="a8f5f167f44f4964e6c998dee827110c">
<h3 class="margin-bottom">{esc(s["comment"])}</h3><p class="text-muted">{esc(s["comment_prompt"])}</p>
<form method="post" role="form" target="submitcommentarea" action="/comment/post/" data-module="news" data-content="news_commentcontent" data-area="8" data-id="{self.numeric_id(article)}">
<input type="hidden" name="pid" value="0" id="commentpid"/>
<div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" value="" class="form-control" placeholder="Họ và tên"/></div><div class="col-xs-12"><input type="email" name="email" value="" class="form-control" placeholder="Email"/></div></div></div>
<div class="form-group"><textarea class="form-control" style="width: 100%" name="content" id="commentcontent" cols="20" rows="5"></textarea></div>
<div class="form-group clearfix"><div class="row"><label class="col-xs-24 col-sm-4 control-label">Mã an toàn</label><div class="col-xs-12 col-sm-8"><img class="captchaImg display-inline-block" src="/index.php?scaptcha=captcha&amp;t=1724122" width="150" height="40" alt="Mã bảo mật" title="Mã bảo mật"/><em class="fa fa-pointer fa-refresh margin-left margin-right" title="Thay mới" onclick="change_captcha('.commentcaptcha');"></em></div>
<div class="col-xs-12 col-sm-8"><input type="text" maxlength="6" value="" name="code" class="commentcaptcha form-control"/></div></div></div>
<div class="form-group text-center"><input type="button" value="Tạo mới" class="reset btn btn-default" onclick="nv_comment_reset(this.form);"/> <input type="submit" value="{esc(s["comment_send"])}" class="btn btn-primary"/></div>
</form><iframe class="hidden" id="submitcommentarea" name="submitcommentarea"></iframe></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
{self.related_list(s["related"], self.related(article))}
{self.related_list(s["other_news"] + " - " + s["newer"], newer)}
{self.related_list(s["other_news"] + " - " + s["older"], older)}
</div></div>"""

    def laws_body(self) -> str:
        rows = "".join(
            f'<tr><td>{i + 1}</td><td><a href="{self.document_path(i)}">{d.number}/{d.code}</a></td><td>{d.day}</td><td><a href="{self.document_path(i)}">{esc(d.title)}</a></td></tr>'
            for i, d in enumerate(self.documents)
        )
        return f'<div class="panel panel-default"><div class="panel-body"><h1>Văn bản</h1><table class="table table-striped table-bordered"><thead><tr><th>STT</th><th>Số hiệu</th><th>Ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div></div>'

    def document_body(self, number: int) -> str:
        d = self.documents[number]
        rows = "".join(
            f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>"
            for k, v in (
                ("Số hiệu", f"{d.number}/{d.code}"),
                ("Loại văn bản", d.kind),
                ("Ngày ban hành", d.day),
                ("Trích yếu", d.title),
                ("Cơ quan ban hành", f"UBND tỉnh {self.spec.province}"),
            )
        )
        return f'<div class="panel panel-default"><div class="panel-body"><h1>{esc(d.title)}</h1><table class="table table-bordered">{rows}</table><p><a href="/uploads/laws/{d.slug}.pdf">Tải về</a></p></div></div>'


Generated = GeneratedNukeViet
