"""A crawl of the hostile fixture portal (crawler/demo/faults.yml): every fault retried or skipped as the case
demands, every URL recorded in `pages` with its status and reason, the run finished, the archive the same
after a second run."""

import sqlite3
import unicodedata
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from govnews.crawler.demo.evaluate import token_f1
from govnews.crawler.demo.faults import FaultPage, FaultServer, fault_pages
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.urls import canonicalize

ARTICLE_PAGES = [p for p in fault_pages() if p.article and p.expect and p.expect.get("kind") == "article"]
MOJIBAKE = ("Ã", "Æ", "\ufffd", "Ä", "á»")


@dataclass
class FaultCrawl:
    server: FaultServer
    db_path: Path
    results: list
    requests: dict[str, list]
    articles_after_first: list[tuple]
    pages_after_first: list[tuple]

    def rows(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with sqlite3.connect(self.db_path) as conn:
            conn.row_factory = sqlite3.Row
            return conn.execute(sql, params).fetchall()

    def page(self, page: FaultPage, path: str | None = None) -> sqlite3.Row | None:
        found = self.rows("select * from pages where url = ?", (canonicalize(self.server.url(page, path)),))
        return found[0] if found else None


def _snapshot(db_path: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(db_path) as conn:
        articles = conn.execute("select url, title, text from articles order by url").fetchall()
        pages = conn.execute("select url, status, kind from pages order by url").fetchall()
    return articles, pages


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> FaultCrawl:
    tmp = tmp_path_factory.mktemp("faults")
    with FaultServer() as server:
        sources, db_path = tmp / "sources.yml", tmp / "archive.db"
        server.write_sources(sources)
        first = crawl_into(sources, db_path, server.crawl_settings)
        requests = {site.id: server.requests(site.id) for site in server.sites}
        articles, pages = _snapshot(db_path)
        server.reset()
        second = crawl_into(sources, db_path, server.crawl_settings)
        yield FaultCrawl(server, db_path, [first, second], requests, articles, pages)


def test_both_runs_finish_with_exit_0(crawl):
    for result in crawl.results:
        assert result.returncode == 0, result.stderr[-3000:]
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
    runs = crawl.rows("select status, errors, pages from crawl_runs order by id")
    assert [r["status"] for r in runs] == ["finished", "finished"]


@pytest.mark.parametrize("page", [p for p in fault_pages() if p.expect], ids=lambda p: p.path)
def test_every_page_is_recorded_with_its_status_and_reason(crawl, page):
    row = crawl.page(page)
    assert row is not None, f"{page.path} not in pages"
    for key in ("status", "kind"):
        if key in page.expect:
            assert row[key] == page.expect[key], dict(row)
    if "reason" in page.expect:
        assert page.expect["reason"].lower() in (row["reason"] or "").lower(), dict(row)


def test_errors_are_counted_in_the_run(crawl):
    run = crawl.rows("select id, errors from crawl_runs order by id limit 1")[0]
    expected = [p for p in fault_pages() if p.expect and p.expect.get("kind") == "error"]
    # Every expected error, plus the robots.txt that answered 503.
    assert run["errors"] >= len(expected) + 1


@pytest.mark.parametrize("page", ARTICLE_PAGES, ids=lambda p: p.path)
def test_articles_behind_faults_archive_cleanly(crawl, page):
    """Windows-1258 (header, meta, undeclared), a mis-declared charset, retried and Vietnamese-URL pages:
    the gold body at token F1 >= 0.95, NFC, no mojibake."""
    row = crawl.page(page)
    article = crawl.rows("select title, text from articles where url = ?", (row["url"],))
    assert article, f"{page.path}: no article row"
    text, title = article[0]["text"], article[0]["title"]
    assert token_f1(text, crawl.server.gold(page)) >= 0.95
    for value in (title, text):
        assert unicodedata.normalize("NFC", value) == value
        assert not any(bad in value for bad in MOJIBAKE), value[:200]


def test_retries_wait_with_backoff_and_honour_retry_after_up_to_the_cap(crawl):
    hostile = crawl.requests["hostile"]

    def arrivals(path: str) -> list[float]:
        return [r.at for r in hostile if r.path == path]

    # 500 twice: waits of at least GOVNEWS_RETRY_BACKOFF (0.2 s), then twice that.
    first, second, third = arrivals("/tin/loi-500.html")
    assert second - first >= 0.19 and third - second >= 0.39
    # Retry-After: 1 is honoured; Retry-After: 600 is capped at GOVNEWS_MAX_RETRY_AFTER (1.5 s).
    busy, retried = arrivals("/tin/loi-503.html")
    assert retried - busy >= 0.95
    limited, again = arrivals("/tin/loi-429.html")
    assert again - limited >= 1.45
    # A 503 that never recovers is asked for 1 + RETRY_TIMES times, no more.
    assert len(arrivals("/tin/loi-503-mai.html")) == 3


def test_robots_txt_answering_503_disallows_the_whole_site(crawl):
    paths = {r.path for r in crawl.requests["robots-5xx"]}
    assert paths == {"/robots.txt"}
    robots = crawl.rows(
        "select status, kind, reason from pages where url = ?", (crawl.server.site_url("robots-5xx") + "robots.txt",)
    )
    assert robots and robots[0]["status"] == 503 and "RFC 9309" in robots[0]["reason"]


def test_robots_txt_answering_404_allows_everything(crawl):
    paths = {r.path for r in crawl.requests["robots-404"]}
    assert {"/", "/tin/duoc-phep.html"} <= paths


def test_vietnamese_url_raw_and_nfd_reach_one_page_and_one_row(crawl):
    page = next(p for p in fault_pages() if p.fault == "vietnamese_url")
    nfd = unicodedata.normalize("NFD", page.path)
    bodies = {urllib.request.urlopen(crawl.server.url(page, path), timeout=10).read() for path in (page.path, nfd)}
    assert len(bodies) == 1
    fetched = [r for r in crawl.requests["hostile"] if r.path.startswith("/tin/b%C3%AC")]
    assert len(fetched) == 1
    rows = crawl.rows("select url from articles where url like ?", ("%/tin/b%C3%AC%",))
    assert len(rows) == 1
    assert crawl.page(page, nfd)["url"] == rows[0]["url"]


def test_duplicate_content_is_one_article(crawl):
    page = next(p for p in fault_pages() if p.fault == "duplicate")
    first, second = crawl.page(page), crawl.page(page, page.options["also"])
    urls = {first["url"], second["url"]}
    articles = crawl.rows(f"select url from articles where url in ({', '.join('?' * len(urls))})", tuple(urls))
    assert len(articles) == 1
    owner = articles[0]["url"]
    other = second if owner == first["url"] else first
    assert other["kind"] == "duplicate" and other["canonical_url"] == owner


def test_endless_query_parameter_space_stays_bounded(crawl):
    trap = [r.path for r in crawl.requests["hostile"] if r.path.startswith("/danh-sach")]
    assert not any("sort=" in p or "filter=" in p for p in trap)
    assert len(trap) <= 4  # GOVNEWS_MAX_LISTING_PAGES in faults.yml


def test_second_run_leaves_the_same_archive(crawl):
    articles, pages = _snapshot(crawl.db_path)
    assert articles == crawl.articles_after_first
    assert {url for url, _, _ in pages} == {url for url, _, _ in crawl.pages_after_first}
    assert len(articles) == len(ARTICLE_PAGES) + 1  # + the one copy of the duplicated body


def test_a_run_is_bounded_by_its_overall_budget_whatever_the_server_does(tmp_path):
    """A server that never answers, and a download timeout of ten minutes: CLOSESPIDER_TIMEOUT still ends the run."""
    with FaultServer() as server:
        sources = tmp_path / "sources.yml"
        hostile = server.site_url("hostile")
        sources.write_text(f"sources:\n  - id: hostile\n    name: H\n    url: {hostile}\n", encoding="utf-8")
        settings = ("DOWNLOAD_TIMEOUT=600", "CLOSESPIDER_TIMEOUT=4", "DOWNLOAD_MAXSIZE=4000000", "RETRY_TIMES=0")
        result = crawl_into(sources, tmp_path / "a.db", settings)
        stalled = [r for r in server.requests("hostile") if r.path == "/tin/treo.html"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert stalled, "the stalling page was never asked for"
    with sqlite3.connect(tmp_path / "a.db") as conn:
        status = conn.execute("select status from crawl_runs").fetchone()[0]
    assert status == "closespider_timeout"
