"""Pagination past a listing's end: many portals answer any page number with the last page again, each with a
'next' link. The crawl must stop there after GOVNEWS_MAX_STALE_PAGES pages, not walk to GOVNEWS_MAX_LISTING_PAGES."""

import sqlite3
from urllib.parse import parse_qs, urlsplit

import pytest

from govnews.crawler.demo.run import crawl_into
from tests.handmade_site import SiteHandler, serving_site

LAST_PAGE = 4
PAGE_SIZE = 5


def _listing(number: int) -> str:
    shown = min(number, LAST_PAGE)
    items = "".join(
        f'<div class="item"><h3><a href="/tin/bai-{i}.html">Hội nghị về bình đẳng giới số {i} của huyện</a></h3>'
        f"<p>Tóm tắt bài {i} về công tác phụ nữ và bình đẳng giới ở cơ sở.</p></div>"
        for i in range((shown - 1) * PAGE_SIZE + 1, shown * PAGE_SIZE + 1)
    )
    pager = "".join(f'<a href="/tin-tuc?page={n}">{n}</a> ' for n in range(max(1, number - 2), number + 3))
    return (
        f"<html><body><h1>Tin tức</h1>{items}<div class='pager'>{pager}"
        f'<a href="/tin-tuc?page={number + 1}">Trang sau</a></div></body></html>'
    )


def _article(path: str) -> str:
    return (
        f"<html><body><h1>Bài {path}</h1><p>Ngày 12/03/2024</p><p>"
        + "Hội Liên hiệp Phụ nữ huyện tổ chức tuyên truyền về bình đẳng giới và phòng chống bạo lực gia đình. " * 6
        + "</p></body></html>"
    )


class _Site(SiteHandler):
    log: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.log.append(self.path)
        parts = urlsplit(self.path)
        if parts.path == "/robots.txt":
            body, kind = "User-agent: *\nAllow: /\n", "text/plain"
        elif parts.path in ("/", "/tin-tuc"):
            body, kind = _listing(int(parse_qs(parts.query).get("page", ["1"])[0])), "text/html; charset=utf-8"
        else:
            body, kind = _article(parts.path), "text/html; charset=utf-8"
        self.reply(body, kind)


@pytest.fixture
def site():
    _Site.log = []
    with serving_site(_Site) as url:
        yield f"{url}/", _Site.log


def test_pagination_that_never_ends_stops_when_pages_show_nothing_new(tmp_path, site):
    url, log = site
    sources = tmp_path / "s.yml"
    sources.write_text(f"sources:\n  - id: t\n    name: T\n    url: {url}\n", encoding="utf-8")
    result = crawl_into(sources, tmp_path / "a.db")
    assert result.returncode == 0, result.stderr[-2000:]
    articles = {p for p in log if p.startswith("/tin/")}
    assert articles == {f"/tin/bai-{i}.html" for i in range(1, LAST_PAGE * PAGE_SIZE + 1)}
    pages = {int(parse_qs(urlsplit(p).query).get("page", ["1"])[0]) for p in log if p.startswith("/tin-tuc")}
    # A page is stale when it links nothing the page that led to it did not. The pager links up to two pages
    # ahead, so the first page past the end may be reached from a page before the last and count as fresh;
    # after it each page counts one more stale page along its chain, and the walk ends within
    # 1 + GOVNEWS_MAX_STALE_PAGES (3) x 2 pages of the end, nowhere near GOVNEWS_MAX_LISTING_PAGES (200).
    assert LAST_PAGE < max(pages) <= LAST_PAGE + 1 + 3 * 2, sorted(pages)


DEEP = 12  # pages of a next-only pager: deeper than GOVNEWS_MAX_DEPTH, so only pagination reaches the last


class _NextOnly(SiteHandler):
    """A 2000s table-layout listing: 'Trang trước | Trang N | Trang sau »' and nothing else, page numbers in a
    parameter no rule knows (?ofs=), one teaser a page."""

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        if parts.path == "/robots.txt":
            self.reply("User-agent: *\nAllow: /\n", "text/plain")
        elif parts.path in ("/", "/tintuc.asp"):
            number = int(parse_qs(parts.query).get("ofs", ["1"])[0])
            pager = f'<a href="tintuc.asp?ofs={number - 1}">« Trang trước</a> | ' if number > 1 else ""
            pager += f"<b>Trang {number}</b>"
            pager += f' | <a href="tintuc.asp?ofs={number + 1}">Trang sau »</a>' if number < DEEP else ""
            self.reply(
                f'<html><body><table><tr><td><a href="/chitiet.asp?id={number}">Hội nghị về bình đẳng giới '
                f"số {number} của huyện</a><br>Tóm tắt bài {number} về công tác phụ nữ...</td></tr></table>"
                f"<p>{pager}</p></body></html>"
            )
        elif parts.path == "/chitiet.asp":
            self.reply(_article(self.path))
        else:
            self.send_error(404)


def test_a_first_crawl_reads_a_next_only_pager_to_its_end(tmp_path):
    with serving_site(_NextOnly) as url:
        sources = tmp_path / "s.yml"
        sources.write_text(f"sources:\n  - {{id: s, name: S, url: '{url}/'}}\n", encoding="utf-8")
        result = crawl_into(sources, tmp_path / "a.db")
    assert result.returncode == 0, result.stderr[-2000:]
    db = sqlite3.connect(tmp_path / "a.db")
    archived = {row[0] for row in db.execute("select url from articles")}
    assert archived == {f"{url}/chitiet.asp?id={n}" for n in range(1, DEEP + 1)}
