"""The distributed crawl end to end with the real redis-server: fixture portals on their own loopback addresses,
workers and the writer as the `govnews dist` processes they are, and kill -9 of either in the middle of a run.

What one machine's `govnews crawl` of the same portals fetches and archives is the reference: the distributed
run must fetch the same URLs, each once, and leave the same rows.
"""

import os
import signal
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
import sqlite_utils

from govnews.archive.warc import read_response, warc_folder
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.demo.server import LoggedRequest, PortalServer
from tests.dist_harness import CRAWL_DELAY_CAP, DELAY, Dist, finish, portals_on_own_hosts, write_sources
from tests.redis_server import running_redis

# sontra's robots.txt asks for a Crawl-delay (capped to CRAWL_DELAY_CAP); the others have none.
PORTALS = ["sontra", "camau-ngochien", "quangtri-huyen", "bdg-national"]
FAST = PORTALS[1:]
# How much sooner than its delay a request may reach a portal: the worker's event loop sends it when it gets to it.
JITTER = 0.08


@dataclass
class Sites:
    servers: dict[str, PortalServer]
    sources: Path  # every portal
    fast_sources: Path  # the portals without a Crawl-delay
    reference: Path  # the archive of one machine's crawl of every portal
    reference_paths: dict[str, set[str]]
    # The entry points every crawl of a site asks for again, whatever the archive knows: robots.txt, the home
    # page, the sitemap (or the guess at one) and the feeds.
    entry_paths: dict[str, set[str]]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("distributed")
    with portals_on_own_hosts(PORTALS) as servers:
        by_id = {server.portals[0].id: server for server in servers}
        write_sources(servers, tmp / "sources.yml")
        write_sources([by_id[p] for p in FAST], tmp / "fast.yml")
        result = crawl_into(tmp / "sources.yml", tmp / "reference.db")
        assert result.returncode == 0, result.stderr[-2000:]
        paths = {p: {r.path for r in by_id[p].requests(p)} for p in PORTALS}
        entries = {p: {"/robots.txt", "/", "/sitemap.xml"} for p in PORTALS}
        for source, url in sqlite3.connect(tmp / "reference.db").execute(
            "select source_id, url from pages where kind in ('feed', 'sitemap', 'sitemapindex')"
        ):
            entries[source].add("/" + url.split("/", 3)[3])
        yield Sites(by_id, tmp / "sources.yml", tmp / "fast.yml", tmp / "reference.db", paths, entries)


def requests(sites: Sites, portal: str) -> list[LoggedRequest]:
    return sorted(sites.servers[portal].requests(portal), key=lambda r: r.at)


def clear(sites: Sites) -> None:
    for server in sites.servers.values():
        server.clear_requests()


def archive_rows(db_path: Path, portals: list[str]) -> dict[str, object]:
    """What must come out the same as the reference: articles with their content, pages with what they are,
    cited documents and attached files' links (no row twice)."""
    db = sqlite_utils.Database(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True))
    marks = ", ".join("?" for _ in portals)
    rows = {
        "articles": sorted(
            db.execute(f"select url, content_hash from articles where source_id in ({marks})", portals).fetchall()
        ),
        "pages": sorted(db.execute(f"select url, kind, status from pages where source_id in ({marks})", portals)),
        "documents": sorted(
            db.execute(
                "select article_url, number from documents join articles on articles.url = documents.article_url "
                f"where source_id in ({marks})",
                portals,
            )
        ),
        "attachment_links": sorted(
            db.execute(
                "select article_url, article_attachments.url from article_attachments join articles "
                f"on articles.url = article_url where source_id in ({marks})",
                portals,
            )
        ),
        "versions": db.execute("select count(*) from article_versions").fetchone()[0],
    }
    db.close()
    return rows


def assert_warc_records_found_from_pages(db_path: Path) -> None:
    db = sqlite_utils.Database(db_path)
    pages = list(db.query("select url, warc_file, warc_offset from pages where status > 0"))
    assert pages
    for page in pages:
        stored = read_response(warc_folder(db_path), page["warc_file"], page["warc_offset"])
        assert stored is not None and stored.url == page["url"], page


def test_two_workers_crawl_every_site_once_politely_into_the_one_archive(sites, tmp_path):
    clear(sites)
    db_path = tmp_path / "archive.db"
    with running_redis(tmp_path / "redis") as url:
        dist = Dist(url)
        dist.enqueue(sites.sources)
        writer = dist.writer(db_path)
        workers = dist.start("worker", "--db", str(db_path), "--processes", "2", "--sites", "1")
        _, worker_log = finish(workers)
        written, _ = finish(writer)
        state = dist.status()
    assert state["finished"] and state["done"] == len(PORTALS)
    assert "run 1 finished" in written
    # Two workers shared the sites, each site crawled by one of them, once.
    crawled = [line for line in worker_log.splitlines() if " finished: " in line]
    assert len(crawled) == len(PORTALS), worker_log
    assert len({line.split()[2] for line in crawled}) == 2, crawled
    for portal in PORTALS:
        log = requests(sites, portal)
        paths = [r.path for r in log]
        assert Counter(paths).most_common(1)[0][1] == 1, Counter(paths).most_common(3)
        assert set(paths) == sites.reference_paths[portal]
        assert paths[0] == "/robots.txt"
        # One request at a time, DOWNLOAD_DELAY apart: Scrapy lets a request out of the site's slot at least that
        # long after the previous one, and it reaches the portal once the worker's event loop gets to send it
        # (up to tens of ms on this loaded machine): each gap within JITTER of the delay, and the whole crawl as
        # long as its gaps at the delay.
        gaps = [b.at - a.at for a, b in zip(log, log[1:], strict=False)]
        assert min(gaps) >= DELAY - JITTER, (portal, min(gaps))
        assert sum(gaps) >= len(gaps) * DELAY - JITTER, (portal, sum(gaps))
        if portal == "sontra":
            # Crawl-delay (capped) between every two requests from robots.txt on, with no jitter: the delay
            # counts from the previous answer (CrawlDelayMiddleware), so a request sent late cannot shorten it.
            assert min(gaps) >= CRAWL_DELAY_CAP, gaps[:5]
    assert archive_rows(db_path, PORTALS) == archive_rows(sites.reference, PORTALS)
    assert_warc_records_found_from_pages(db_path)


def test_a_second_run_recrawls_incrementally(sites, tmp_path):
    """Known articles are not fetched again and unchanged listings are not descended again, as on one machine:
    the workers read what the archive knows. (The first run understands pages in a pool of one process, which
    the worker's three site crawls share.)"""
    first = tmp_path / "first.db"
    with running_redis(tmp_path / "redis") as url:
        dist = Dist(url)
        dist.enqueue(sites.fast_sources, "GOVNEWS_WORKERS=1")
        writer = dist.writer(first)
        finish(dist.start("worker", "--db", str(first), "--sites", "3"))
        finish(writer)
        clear(sites)
        dist.enqueue(sites.fast_sources)
        writer = dist.writer(first)
        finish(dist.start("worker", "--db", str(first), "--sites", "3"))
        finish(writer)
    db = sqlite_utils.Database(first)
    runs = list(db.query("select status, requests, skipped from crawl_runs order by id"))
    assert [run["status"] for run in runs] == ["finished", "finished"]
    assert runs[1]["requests"] < runs[0]["requests"] / 2, runs
    article_paths = {url.split("/", 3)[3] for (url,) in db.execute("select url from articles")}
    for portal in FAST:
        paths = {r.path.lstrip("/") for r in requests(sites, portal)}
        assert not paths & article_paths, portal
    assert archive_rows(first, FAST) == archive_rows(sites.reference, FAST)


def test_a_worker_killed_mid_site_loses_nothing_and_its_site_is_taken_over(sites, tmp_path):
    clear(sites)
    db_path = tmp_path / "archive.db"
    with running_redis(tmp_path / "redis") as url:
        dist = Dist(url)
        dist.enqueue(sites.fast_sources, "GOVNEWS_DIST_CLAIM_IDLE=4")
        writer = dist.writer(db_path)
        workers = {}
        for _ in range(2):
            process = dist.start("worker", "--db", str(db_path), "--sites", "1")
            workers[process.pid] = process
        victim, site, killed_at = _kill_a_worker_mid_site(dist, workers, sites)
        survivor = next(p for pid, p in workers.items() if pid != victim)
        _, survivor_log = finish(survivor)
        finish(writer)
        assert dist.status()["finished"]
    assert workers[victim].wait() == -signal.SIGKILL
    assert f"site {site} (taken over) finished" in survivor_log
    assert archive_rows(db_path, FAST) == archive_rows(sites.reference, FAST)
    portal = next(p for p in FAST if sites.servers[p].host == site)
    log = requests(sites, portal)
    assert {r.path for r in log} == sites.reference_paths[portal]
    before = {r.path for r in log if r.at < killed_at}
    after = [r.path for r in log if r.at >= killed_at]
    assert after[0] == "/robots.txt"  # the new worker reads robots.txt before anything else
    # Fetched twice: the entry points every crawl asks for, and what the dead worker had fetched but not yet sent.
    in_flight = (set(after) & before) - sites.entry_paths[portal]
    assert len(in_flight) <= 3, in_flight
    assert_warc_records_found_from_pages(db_path)


def _kill_a_worker_mid_site(dist: Dist, workers: dict, sites: Sites) -> tuple[int, str, float]:
    """kill -9 the worker of a site that has sent some of its pages and not all; (its pid, the site, when)."""
    totals = {sites.servers[p].host: (p, len(sites.reference_paths[p])) for p in FAST}
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        state = dist.status()
        for active in state["active"]:
            portal, total = totals[active["site"]]
            pid = int(active["consumer"].rsplit("-", 1)[1])
            if pid in workers and 5 <= state["pages"].get(portal, 0) <= total - 8:
                os.kill(pid, signal.SIGKILL)
                return pid, active["site"], time.monotonic()
        time.sleep(0.05)
    raise AssertionError("no worker was caught in the middle of a site")


def test_the_writer_killed_and_restarted_loses_nothing_and_writes_nothing_twice(sites, tmp_path):
    clear(sites)
    db_path = tmp_path / "archive.db"
    with running_redis(tmp_path / "redis") as url:
        dist = Dist(url)
        dist.enqueue(sites.fast_sources)
        writer = dist.writer(db_path)
        workers = dist.start("worker", "--db", str(db_path), "--processes", "2", "--sites", "2")
        conn = redis.Redis.from_url(url)
        deadline = time.monotonic() + 120
        # Killed while it holds messages it has read and not acknowledged (the redo case), once some are written.
        while not (conn.xlen("govnews:items") and conn.xpending("govnews:items", "writer")["pending"] > 0):
            assert time.monotonic() < deadline and workers.poll() is None
            time.sleep(0.01)
        writer.send_signal(signal.SIGKILL)
        assert writer.wait() == -signal.SIGKILL
        time.sleep(1.0)  # the workers go on sending
        restarted = dist.writer(db_path)
        finish(workers)
        written, _ = finish(restarted)
        assert dist.status()["finished"]
    assert "run 2 finished" in written
    runs = [run["status"] for run in sqlite_utils.Database(db_path).query("select status from crawl_runs")]
    assert runs == ["interrupted", "finished"]
    assert archive_rows(db_path, FAST) == archive_rows(sites.reference, FAST)
    assert_warc_records_found_from_pages(db_path)


def test_a_worker_stopped_with_sigterm_hands_its_sites_back_at_once(sites, tmp_path):
    """No idle time to wait out (the default, 60 s, is far longer than this test): the sites a stopped worker
    held are taken at once by the next, which fetches what the first had not."""
    clear(sites)
    db_path = tmp_path / "archive.db"
    with running_redis(tmp_path / "redis") as url:
        dist = Dist(url)
        dist.enqueue(sites.fast_sources)
        writer = dist.writer(db_path)
        first = dist.start("worker", "--db", str(db_path), "--sites", "3")
        deadline = time.monotonic() + 120
        while sum(dist.status()["pages"].values()) < 15:
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        started = time.monotonic()
        first.send_signal(signal.SIGTERM)
        _, stopped_log = finish(first)
        second = dist.start("worker", "--db", str(db_path), "--sites", "3")
        _, second_log = finish(second)
        finish(writer)
        assert time.monotonic() - started < 60
    handed_back = [line.split()[4] for line in stopped_log.splitlines() if line.endswith("handed back")]
    assert handed_back, stopped_log
    for site in handed_back:
        assert f"site {site} (taken over) finished" in second_log
    assert archive_rows(db_path, FAST) == archive_rows(sites.reference, FAST)
    for portal in FAST:
        paths = Counter(r.path for r in requests(sites, portal))
        assert set(paths) == sites.reference_paths[portal]
        assert {path for path, n in paths.items() if n > 1} <= sites.entry_paths[portal], paths


def test_workers_wait_while_the_writer_lags(sites, tmp_path):
    """Redis's memory is bounded: with no writer, workers stop sending (and fetching) once the pages waiting take
    GOVNEWS_DIST_MAX_BACKLOG_MB; the writer, started late, gets everything."""
    clear(sites)
    db_path = tmp_path / "archive.db"
    limit_mb = 0.1
    with running_redis(tmp_path / "redis") as url:
        dist = Dist(url)
        dist.enqueue(sites.fast_sources, f"GOVNEWS_DIST_MAX_BACKLOG_MB={limit_mb}")
        workers = dist.start("worker", "--sites", "3")
        deadline = time.monotonic() + 120
        while dist.status()["backlog_bytes"] <= limit_mb * 1e6:
            assert time.monotonic() < deadline and workers.poll() is None
            time.sleep(0.05)
        time.sleep(2.0)  # ten DOWNLOAD_DELAYs: enough for a worker that did not wait to fetch ten more pages
        held = dist.status()
        time.sleep(2.0)
        still = dist.status()
        assert still["pages"] == held["pages"] and still["backlog_bytes"] == held["backlog_bytes"]
        assert sum(held["pages"].values()) < sum(len(sites.reference_paths[p]) for p in FAST)
        writer = dist.writer(db_path)
        finish(workers)
        finish(writer)
    assert archive_rows(db_path, FAST) == archive_rows(sites.reference, FAST)
