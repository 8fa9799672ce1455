"""The frontier on disk (crawler/scheduler.py): a run's pending requests wait in ARCHIVE.frontier/, every one of them
serializable, and the folder belongs to one run: removed at its end, and a killed run's leftovers are not resumed."""

import re
import signal
import subprocess
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest
import sqlite_utils
from scrapy import Request
from scrapy.utils.test import get_crawler

from govnews.crawler.demo.run import crawl_command, crawl_into
from govnews.crawler.scheduler import NamedCallbacksDiskQueue
from govnews.spiders.portal import PortalSpider
from tests.handmade_site import SiteHandler, serving_site

ARTICLES = 150


def _article(number: int) -> str:
    return (
        f"<html><body><h1>Phụ nữ xã {number} tham gia tập huấn bình đẳng giới</h1><p>Ngày 12/03/2024</p><p>"
        + f"Hội Liên hiệp Phụ nữ xã {number} tổ chức tuyên truyền về bình đẳng giới và phòng chống bạo lực "
        "gia đình cho hội viên ở các thôn bản. " * 6 + "</p></body></html>"
    )


class _Site(SiteHandler):
    delay_s = 0.0
    log: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.log.append(self.path)
        host = self.headers["Host"]
        if self.path == "/robots.txt":
            self.reply(f"User-agent: *\nAllow: /\nSitemap: http://{host}/sitemap.xml\n", "text/plain")
        elif self.path == "/sitemap.xml":
            urls = "".join(f"<url><loc>http://{host}/tin/bai-{n}.html</loc></url>" for n in range(ARTICLES))
            self.reply(
                f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                "application/xml",
            )
        elif self.path.startswith("/tin/bai-"):
            time.sleep(self.delay_s)
            self.reply(_article(int(self.path.removeprefix("/tin/bai-").removesuffix(".html"))))
        else:
            self.reply("<html><body><h1>Cổng thông tin</h1><a href='/tin/bai-0.html'>Tin</a></body></html>")


@pytest.fixture
def site(tmp_path):
    _Site.delay_s, _Site.log = 0.0, []
    with serving_site(_Site) as url:
        sources = tmp_path / "s.yml"
        sources.write_text(f"sources:\n  - id: t\n    name: T\n    url: {url}/\n", encoding="utf-8")
        yield sources


def _stat(log: str, name: str) -> int:
    found = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(found.group(1)) if found else 0


def _article_urls(db_path) -> set[str]:
    if not db_path.exists():
        return set()
    db = sqlite_utils.Database(db_path)
    return {row["url"] for row in db.query("select url from articles")} if db["articles"].exists() else set()


@pytest.mark.parametrize("on_disk", [True, False])
def test_pending_requests_wait_on_disk_and_the_folder_goes_with_the_run(tmp_path, site, on_disk):
    db = tmp_path / "a.db"
    result = crawl_into(site, db, ("LOG_LEVEL=INFO", f"GOVNEWS_FRONTIER_ON_DISK={on_disk}"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(_article_urls(db)) == ARTICLES
    enqueued = _stat(result.stderr, "scheduler/enqueued")
    assert enqueued > ARTICLES
    if on_disk:
        # Every request could be pickled: none fell back to memory.
        assert _stat(result.stderr, "scheduler/enqueued/disk") == enqueued
        assert _stat(result.stderr, "scheduler/unserializable") == 0
    else:
        assert _stat(result.stderr, "scheduler/enqueued/memory") == enqueued
    assert not (tmp_path / "a.frontier").exists()


def test_a_killed_runs_frontier_is_not_resumed_and_the_next_run_completes_the_site(tmp_path, site):
    db = tmp_path / "a.db"
    _Site.delay_s = 0.1
    killed = subprocess.Popen(crawl_command(site, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Killed once a batch of articles is in the archive and the rest still wait in the frontier.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and killed.poll() is None and not _article_urls(db):
            time.sleep(0.05)
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
    assert list((tmp_path / "a.frontier").rglob("q0*")), "the killed run left no frontier to test with"
    assert 0 < len(_article_urls(db)) < ARTICLES, "the run was not killed half-way"
    recorded = {row["url"] for row in sqlite_utils.Database(db).query("select url from pages where kind = 'article'")}

    _Site.delay_s = 0.0
    _Site.log = []
    result = crawl_into(site, db, ("LOG_LEVEL=INFO",))
    assert result.returncode == 0, result.stderr[-2000:]
    # The killed run's queue was not read back: the article pages it recorded are fresh and not asked for again,
    # and no URL is asked for twice.
    assert sorted({urlsplit(url).path for url in recorded} & set(_Site.log)) == []
    assert [path for path, count in Counter(_Site.log).items() if count > 1] == []
    assert len(_article_urls(db)) == ARTICLES
    assert not (tmp_path / "a.frontier").exists()


def test_a_request_waits_on_disk_with_its_callbacks_named(tmp_path):
    """The disk queue names callbacks without Scrapy's inspect.getmembers per request, and reads them back."""
    crawler = get_crawler(PortalSpider)
    crawler.spider = spider = PortalSpider()
    queue = NamedCallbacksDiskQueue.from_crawler(crawler, str(tmp_path / "queue"))
    queue.push(
        Request(
            "http://127.0.0.1/file.pdf",
            callback=spider.parse_attachment,
            errback=spider.errback,
            meta={"source_id": "s", "hops": 2},
            priority=3,
        )
    )
    queue.push(Request("http://127.0.0.1/"))
    first, second = queue.pop(), queue.pop()
    assert first.url == "http://127.0.0.1/file.pdf" and first.meta == {"source_id": "s", "hops": 2}
    assert first.callback == spider.parse_attachment and first.errback == spider.errback and first.priority == 3
    assert second.url == "http://127.0.0.1/" and second.callback is None and second.errback is None
    with pytest.raises(ValueError, match="not a method of"):
        queue.push(Request("http://127.0.0.1/x", callback=lambda response: None))
    queue.close()
