"""How far the crawler follows and how long it waits: a long chain of redirects to an article is followed as a
browser would (20 hops), and a robots.txt answering 503 with a long Retry-After is not asked again in the run
(the site stays disallowed, RFC 9309) instead of holding the run open for minutes."""

import sqlite3
import threading

from govnews.crawler.demo.run import crawl_into
from tests.handmade_site import SiteHandler, serving_site

BODY = (
    "Ngày 12/03/2024, Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị tuyên truyền về bình đẳng giới và vì sự tiến "
    "bộ của phụ nữ cho cán bộ cơ sở. "
) * 6
ARTICLE = (
    "<html><head><title>Hội nghị bình đẳng giới</title></head><body><h1>Hội nghị tuyên truyền về bình đẳng "
    f"giới năm 2024</h1><p>Ngày 12/03/2024</p><p>{BODY}</p><p>{BODY}</p></body></html>"
)
HOPS = 12


class _Moved(SiteHandler):
    """An old link goes through HOPS redirects (301 and 302 mixed) to the article's current address."""

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/robots.txt":
            self.reply("User-agent: *\nAllow: /\n", "text/plain")
        elif self.path == "/":
            self.reply(
                '<html><body><h1>Tin tức</h1><ul><li><a href="/cu/0">Hội nghị tuyên truyền về bình đẳng giới '
                "năm 2024</a></li></ul></body></html>"
            )
        elif self.path.startswith("/cu/"):
            hop = int(self.path.removeprefix("/cu/"))
            self.send_response(301 if hop % 2 else 302)
            self.send_header("Location", f"/cu/{hop + 1}" if hop + 1 < HOPS else "/tin-tuc/hoi-nghi.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/tin-tuc/hoi-nghi.html":
            self.reply(ARTICLE)
        else:
            self.send_error(404)


class _Busy(SiteHandler):
    """robots.txt answers 503 with Retry-After: 120; every other page would be fine."""

    asked: list[str] = []
    lock = threading.Lock()

    def do_GET(self) -> None:  # noqa: N802
        with self.lock:
            self.asked.append(self.path)
        if self.path == "/robots.txt":
            self.send_response(503)
            self.send_header("Retry-After", "120")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.reply(ARTICLE)


def test_an_article_behind_twelve_redirects_is_archived(tmp_path):
    with serving_site(_Moved) as site:
        sources = tmp_path / "s.yml"
        sources.write_text(f"sources:\n  - {{id: moved, name: Moved, url: '{site}/'}}\n", encoding="utf-8")
        result = crawl_into(sources, tmp_path / "a.db")
    assert result.returncode == 0, result.stderr[-2000:]
    urls = [row[0] for row in sqlite3.connect(tmp_path / "a.db").execute("select url from articles")]
    assert urls == [f"{site}/tin-tuc/hoi-nghi.html"]


def test_a_robots_txt_asking_to_come_back_later_is_not_waited_for(tmp_path):
    _Busy.asked = []
    with serving_site(_Busy) as site:
        sources = tmp_path / "s.yml"
        sources.write_text(f"sources:\n  - {{id: busy, name: Busy, url: '{site}/'}}\n", encoding="utf-8")
        result = crawl_into(sources, tmp_path / "a.db", ("RETRY_TIMES=2", "GOVNEWS_RETRY_BACKOFF=0.1"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert _Busy.asked == ["/robots.txt"]  # asked once, not retried after the 120 s it asked for
    db = sqlite3.connect(tmp_path / "a.db")
    reason = db.execute("select reason from pages where url = ?", [f"{site}/robots.txt"]).fetchone()[0]
    assert "503" in reason and "disallowed" in reason
