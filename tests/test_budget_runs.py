"""A run stopped by its page budget is continued by the next: every run fetches only pages no earlier run
fetched (known articles are not asked for again, known listings are read from their WARC records), and the
site is complete after about ceil(pages / budget) runs (README: 'How many runs a portal takes')."""

import math
import sqlite3
import threading
from collections import Counter
from urllib.parse import parse_qs, urlsplit

from govnews.crawler.demo.run import crawl_into
from tests.handmade_site import SiteHandler, serving_site

LISTING_PAGES, PER_PAGE, BUDGET = 6, 5, 12
ARTICLES = LISTING_PAGES * PER_PAGE
BODY = (
    "Hội Liên hiệp Phụ nữ huyện tổ chức tuyên truyền về bình đẳng giới và phòng, chống bạo lực gia đình cho "
    "hội viên ở các thôn, bản. "
) * 5


class _Site(SiteHandler):
    asked: Counter[str] = Counter()
    lock = threading.Lock()

    def do_GET(self) -> None:  # noqa: N802
        with self.lock:
            self.asked[self.path] += 1
        parts = urlsplit(self.path)
        if parts.path == "/robots.txt":
            self.reply("User-agent: *\nAllow: /\n", "text/plain")
        elif parts.path in ("/", "/tin-tuc"):
            number = int(parse_qs(parts.query).get("page", ["1"])[0])
            first = (number - 1) * PER_PAGE + 1
            items = "".join(
                f'<div class="item"><h3><a href="/tin/{n}.html">Hội nghị về bình đẳng giới số {n} của '
                f"huyện</a></h3><p>Tóm tắt bài {n} về công tác phụ nữ.</p></div>"
                for n in range(first, first + PER_PAGE)
            )
            pager = (
                f'<div class="pager"><a href="/tin-tuc?page={number + 1}">Trang sau</a></div>'
                if number < LISTING_PAGES
                else ""
            )
            self.reply(f"<html><body><h1>Tin tức</h1>{items}{pager}</body></html>")
        elif parts.path.startswith("/tin/"):
            number = parts.path.removeprefix("/tin/").removesuffix(".html")
            self.reply(
                f"<html><body><h1>Hội nghị về bình đẳng giới số {number} của huyện</h1>"
                f"<p>Ngày 12/03/2024</p><p>{BODY}</p><p>{BODY}</p></body></html>"
            )
        else:
            self.send_error(404)


def test_runs_stopped_by_the_budget_complete_the_site_without_fetching_a_page_twice(tmp_path):
    _Site.asked = Counter()
    runs = 0
    with serving_site(_Site) as site:
        sources = tmp_path / "s.yml"
        sources.write_text(f"sources:\n  - {{id: s, name: S, url: '{site}/'}}\n", encoding="utf-8")
        db = tmp_path / "a.db"
        archived = 0
        while runs < 10:
            result = crawl_into(sources, db, (f"GOVNEWS_MAX_PAGES_PER_SOURCE={BUDGET}",))
            assert result.returncode == 0, result.stderr[-2000:]
            runs += 1
            archived = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
            if archived == ARTICLES:
                break
    assert archived == ARTICLES
    pages = ARTICLES + LISTING_PAGES
    # Each run also asks for robots.txt, the home page and /sitemap.xml again: three of its budget.
    assert runs <= math.ceil(pages / (BUDGET - 3)) + 1, runs
    twice = [path for path, count in _Site.asked.items() if count > 1 and path.startswith("/tin/")]
    assert twice == []
