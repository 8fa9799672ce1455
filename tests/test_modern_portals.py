"""Families the 2026-12-07 blind holdouts showed (docs/demo-corpus.md), each on a site written for this test:

- utility-CSS markup (Tailwind): a short body whose class styles its captions ('[&_figcaption]:italic') was dropped
  as a caption;
- rel=canonical naming the production host, with the page's own path, from a copy served elsewhere (a mirror, a
  staging host, the evaluation's loopback): the page declares itself;
- a noindex print view with a shorter URL, fetched first: it lost the article's URL to nobody;
- a portal theme's hidden page metadata (WebSphere's 'asa.page' spans) became the body of pages without one;
- an undated page of the about section (/gioi-thieu/...) was archived as news.
"""

import sqlite3

import pytest

from govnews.crawler.dedupe import url_preference
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.understand import page
from govnews.crawler.understand.sniff import not_a_page
from govnews.crawler.urls import declared_canonical
from tests.handmade_site import SiteHandler, serving_site

PRODUCTION = "https://tinh.example.gov.vn"
SHORT = "/tin-tuc/cong-bo-duong-day-nong-ve-bao-luc-gia-dinh-k3x9"
LONG = "/tin-tuc/tap-huan-binh-dang-gioi-cho-can-bo-xa-p7q2"
ABOUT = "/gioi-thieu/ban-vi-su-tien-bo-cua-phu-nu"
PROGRAMME = "/chuong-trinh/binh-dang-gioi"

LEAD = (
    "Theo Quyết định số 2410/QĐ-UBND ngày 27/11/2025 của Ủy ban nhân dân tỉnh, từ ngày 01/12/2025 tỉnh vận hành "
    "đường dây nóng tiếp nhận thông tin về bạo lực gia đình, bạo lực trên cơ sở giới."
)
SHORT_BODY = [
    "Người dân khi phát hiện hoặc là nạn nhân của hành vi bạo lực gia đình có thể gọi số điện thoại đường dây nóng "
    "trực 24/7 hoặc liên hệ trực tiếp công an, Ủy ban nhân dân xã, phường nơi gần nhất để được hỗ trợ kịp thời.",
    "Ủy ban nhân dân các xã, phường có trách nhiệm niêm yết số đường dây nóng tại trụ sở và thông báo trên hệ thống "
    "truyền thanh cơ sở; Hội Liên hiệp Phụ nữ tỉnh phối hợp tuyên truyền về bình đẳng giới.",
]
LONG_BODY = [
    f"Đoạn {i}: lớp tập huấn về bình đẳng giới, lồng ghép giới trong xây dựng chính sách và phòng, chống bạo lực "
    "gia đình cho cán bộ văn hóa - xã hội cấp xã, với các tình huống thực tế từ cơ sở và thảo luận nhóm."
    for i in range(1, 6)
]
TAILWIND_BODY = "text-[17px] leading-8 text-slate-800 [&_figcaption]:text-sm [&_figcaption]:italic [&_p]:mb-4"
HIDDEN_THEME = (
    '<div class="wpthemeHidden" style="display: none"><span class="asa.page.id">6_UH0VBJWCRMFG4FA33C2DI8ST9F</span>'
    '<span class="asa.page.title">{title} - Vụ Bình đẳng giới - Bộ Lao động - Thương binh và Xã hội</span>'
    '<span class="asa.page.url">{path}/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi0qeb-eaDJar/dz/d5/L2dBISEvZ0FBIS9nQSEh/'
    "</span></div>"
)


def _shell(title: str, path: str, main: str, head: str = "") -> str:
    hidden = HIDDEN_THEME.format(title=title, path=path)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Cổng TTĐT tỉnh</title>{head}'
        f'</head><body class="min-h-screen bg-slate-50">{hidden}<header class="bg-sky-900 text-white">'
        '<nav class="mx-auto flex max-w-7xl gap-4"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a>'
        f'<a href="{ABOUT}">Giới thiệu</a><a href="{PROGRAMME}">Chương trình</a></nav></header>'
        f'<main class="mx-auto w-full max-w-7xl flex-1 px-4 py-6 lg:px-8">{main}</main>'
        '<footer class="mt-10 bg-sky-950 text-sm text-sky-100 md:hidden">Cơ quan chủ quản: UBND tỉnh</footer>'
        "</body></html>"
    )


def _article(title: str, path: str, body: list[str], printing: bool = False) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    if printing:
        head = '<meta name="robots" content="noindex, nofollow">'
        main = f"<h1>{title}</h1><p>Ngày đăng: 01/12/2025 08:00</p><p>{LEAD}</p>{paragraphs}"
        return f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>{main}</body></html>'
    head = f'<link rel="canonical" href="{PRODUCTION}{path}">'
    main = (
        '<div class="grid gap-8 lg:grid-cols-3"><div class="lg:col-span-2">'
        f'<h1 class="mb-3 text-2xl font-bold md:text-3xl">{title}</h1>'
        '<div class="mb-4 flex text-sm text-slate-500"><span>Thứ Hai, 01/12/2025 | 08:00</span></div>'
        f'<p class="mb-5 text-lg font-semibold">{LEAD}</p><div class="{TAILWIND_BODY}">{paragraphs}</div>'
        f'<a href="/ban-in/{path[-4:]}" class="text-slate-500 hover:underline">In bài</a></div>'
        '<aside class="space-y-6 hidden lg:block"><h2>Tin mới</h2>'
        f'<a href="{SHORT}">Công bố đường dây nóng</a><a href="{LONG}">Tập huấn bình đẳng giới</a></aside></div>'
    )
    return _shell(title, path, main, head)


PAGES = {
    SHORT: ("Công bố số điện thoại đường dây nóng về bạo lực gia đình", SHORT_BODY),
    LONG: ("Tập huấn bình đẳng giới cho cán bộ văn hóa - xã hội cấp xã", LONG_BODY),
}


class _ModernPortal(SiteHandler):
    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0]
        if path == "/robots.txt":
            self.reply("User-agent: *\nAllow: /\n", "text/plain")
        elif path == "/":
            # The print views are linked first, as a 'most read' box of print links would.
            teasers = "".join(
                f'<li><a href="/ban-in/{p[-4:]}">{t}</a></li><li><a href="{p}">{t}</a></li>'
                for p, (t, _) in PAGES.items()
            )
            self.reply(_shell("Trang chủ", "/", f'<ul class="divide-y">{teasers}</ul>'))
        elif path.startswith("/ban-in/"):
            match = next((p for p in PAGES if p.endswith(path[-4:])), None)
            if match is None:
                self.send_error(404)
                return
            title, body = PAGES[match]
            self.reply(_article(title, match, body, printing=True))
        elif path in PAGES:
            title, body = PAGES[path]
            self.reply(_article(title, path, body))
        elif path == ABOUT:
            about = "".join(f"<p>{p}</p>" for p in LONG_BODY[:3])
            self.reply(
                _shell("Ban Vì sự tiến bộ của phụ nữ tỉnh", path, f"<h1>Ban Vì sự tiến bộ của phụ nữ</h1>{about}")
            )
        elif path == PROGRAMME:
            # A menu page with nothing on it yet: only the theme's hidden metadata names it.
            self.reply(
                _shell("Chương trình bình đẳng giới", path, "<h1>Bình đẳng giới</h1><p>Nội dung đang cập nhật.</p>")
            )
        else:
            self.send_error(404)


def test_a_modern_portal_copy_archives_each_article_once_under_its_own_url_and_nothing_else(tmp_path):
    with serving_site(_ModernPortal) as site:
        sources = tmp_path / "s.yml"
        sources.write_text(f"sources:\n  - id: t\n    name: T\n    url: {site}/\n", encoding="utf-8")
        db_path = tmp_path / "a.db"
        result = crawl_into(sources, db_path, extra=("GOVNEWS_BATCH_SIZE=1",))
        assert result.returncode == 0, result.stderr[-2000:]
    with sqlite3.connect(db_path) as db:
        articles = dict(db.execute("select url, text from articles"))
        kinds = dict(db.execute("select url, kind from pages"))
    assert set(articles) == {site + SHORT, site + LONG}, articles.keys()
    # The short body, styled for its captions, is all there, and nothing of the hidden theme is.
    short = articles[site + SHORT]
    assert all(paragraph in short for paragraph in SHORT_BODY), short
    assert "asa.page" not in short and "6_UH0VBJ" not in short and "/!ut/p/" not in short
    assert all(kinds[f"{site}/ban-in/{p[-4:]}"] == "duplicate" for p in PAGES), kinds
    assert kinds[site + ABOUT] == "static" and kinds[site + PROGRAMME] != "article", kinds


def test_a_canonical_on_another_host_declares_the_page_only_with_its_own_path():
    page = "http://127.0.0.1:8080/tin-tuc/bai-viet-k3x9?utm_source=zalo"
    site = "http://127.0.0.1:8080"
    assert declared_canonical(f"{PRODUCTION}/tin-tuc/bai-viet-k3x9", page, site) == f"{site}/tin-tuc/bai-viet-k3x9"
    # Another path on another host is another site's page (syndicated text): nothing is declared.
    assert declared_canonical("https://baochinhphu.vn/bai-goc-123.htm", page, site) is None
    assert declared_canonical(f"{site}/tin-tuc/bai-goc", page, site) == f"{site}/tin-tuc/bai-goc"
    assert declared_canonical(None, page, site) is None


@pytest.mark.parametrize("print_url", ["http://x.vn/ban-in/k3x9", "http://x.vn/print/1"])
def test_an_indexable_url_beats_a_noindex_one_however_short(print_url):
    article = "http://x.vn/tin-tuc/cong-bo-duong-day-nong-ve-bao-luc-gia-dinh-k3x9"
    assert url_preference(article) < url_preference(print_url, noindex=True)
    assert url_preference(print_url) < url_preference(article)  # the length rule alone would keep the print view


@pytest.mark.parametrize(
    "html, headers, copy",
    [
        ('<html><body onload="window.print();"><h1>Tin</h1><p>Nội dung.</p></body></html>', {}, True),
        ("<html><body onLoad='javascript:print()'><p>Nội dung.</p></body></html>", {}, True),
        ('<html><head><meta name="robots" content="noindex, follow"></head><body></body></html>', {}, True),
        ("<html><body><p>Nội dung.</p></body></html>", {"x-robots-tag": "noindex"}, True),
        ('<html><body onload="initMenu()"><a href="javascript:window.print()">In trang</a></body></html>', {}, False),
    ],
)
def test_a_page_that_prints_itself_or_asks_not_to_be_indexed_is_a_copy(html, headers, copy):
    """An 'In tin' page (a SharePoint portal's in-tin.aspx?ItemID=N: a shorter path than the article's
    chi-tiet.aspx?ItemID=N) prints itself once loaded; an article page only offers a print link."""
    assert page.copy_view(page.parse(html), headers) is copy


@pytest.mark.parametrize(
    "body, content_type, why",
    [
        (
            b'{"items": [{"title": "B\xc3\xacnh \xc4\x91\xe1\xba\xb3ng gi\xe1\xbb\x9bi"}]}',
            "application/json",
            "application/json",
        ),
        (b"<html><body><p>Tin</p></body></html>", "text/html; charset=utf-8", None),
        (b"<html><body><p>Tin</p></body></html>", None, None),
        (b"%PDF-1.7 ...", "text/html", "application/pdf"),
        (b"<?xml version='1.0'?><urlset/>", "application/xml", None),
    ],
)
def test_a_framework_api_answer_is_no_page_for_the_crawl_and_reextract_alike(body, content_type, why):
    """The JSON a server-rendered portal links (/api/v1/articles?page=1) was archived as an article by reextract,
    which read every text body as HTML; both now ask sniff.not_a_page."""
    assert not_a_page(body, content_type) == why
