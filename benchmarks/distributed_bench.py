"""The distributed crawl on this machine (issue #17): generated portals each on a loopback address of its own,
one Redis (redis-server, AOF on), the writer and 1, 2, 3 worker processes, against one machine's `govnews crawl`
of the same portals with the same settings.

Figures per worker count: pages/s (from the workers' start to the writer's last commit), duplicate fetches and
lost pages (the portals' request logs against the single crawl's), the smallest gap between two requests to one
site against the configured delay and the share of gaps under it (for the single crawl too), the writer's lag
(the oldest page not yet written, pages waiting), and Redis's memory. Redis holds sites, not URLs (each worker
keeps its sites' frontiers), so memory is given per 1,000 queued sites and per 1,000 pages waiting for the
writer (the reference crawl's pages, sent to a Redis with no writer).
"""

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import redis
import yaml

from benchmarks.portal import GeneratedPortalServer, generate_articles
from govnews.archive.warc import read_response, warc_folder
from govnews.crawler.demo.portals import load_specs
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.distributed.connection import connect
from govnews.crawler.distributed.item_stream import ItemStream
from govnews.crawler.distributed.run import Keys, enqueue, run_state
from tests.redis_server import running_redis

FIRST_HOST = 20  # 127.0.0.20, .21, ...: the sites' addresses


def run(sizes: dict[str, Any], config: dict[str, Any], work: Path, log: Any) -> dict[str, Any]:
    setup = config["distributed"]
    articles, sites = sizes["distributed_articles"], sizes["distributed_sites"]
    settings = [*setup["crawl_settings"], f"GOVNEWS_MAX_PAGES_PER_SOURCE={3 * articles + 1000}"]
    delay = float(next(s for s in settings if s.startswith("DOWNLOAD_DELAY=")).split("=")[1])
    log(f"distributed: {sites} generated portals of {articles:,} articles on their own loopback addresses")
    servers = [_serve(n, articles, config["portal"]) for n in range(sites)]
    try:
        sources = work / "distributed-sources.yml"
        _write_sources(servers, sources)
        log("distributed: one machine's crawl of every portal (the reference)")
        started = time.perf_counter()
        result = crawl_into(sources, work / "distributed-reference.db", tuple(settings))
        wall = time.perf_counter() - started
        if result.returncode != 0:
            raise RuntimeError(f"reference crawl failed: {result.stderr[-1500:]}")
        single_gaps = _gaps(servers, delay)
        reference = _fetched(servers)
        pages = sum(len(paths) for paths in reference.values())
        results: dict[str, Any] = {
            "sites": sites,
            "articles_per_site": articles,
            "delay_s": delay,
            "settings": settings,
            "single_machine": {
                "pages": pages,
                "wall_s": round(wall, 1),
                "pages_per_s": round(pages / wall, 1),
                **single_gaps,
            },
            "runs": [],
        }
        for workers in sizes["distributed_workers"]:
            log(f"distributed: {workers} worker process(es), {setup['sites_per_worker']} sites each at once")
            results["runs"].append(
                _distributed(servers, sources, settings, workers, setup["sites_per_worker"], reference, delay, work)
            )
        results["redis_bytes_per_1000_queued_sites"] = _queued_site_memory(work)
        results["waiting_pages"] = _waiting_page_memory(
            work, work / "distributed-reference.db", setup["waiting_pages_probe"]
        )
        return results
    finally:
        for server in servers:
            server.stop()


def _serve(n: int, articles: int, portal: dict[str, Any]) -> GeneratedPortalServer:
    spec = next(s for s in load_specs() if s.id == portal["id"])
    server = GeneratedPortalServer(generate_articles(articles, spec, portal["body"], portal["seed"] + n), portal)
    server.host = f"127.0.0.{FIRST_HOST + n}"
    return server.start()


def _write_sources(servers: list[GeneratedPortalServer], path: Path) -> None:
    entries = []
    for n, server in enumerate(servers):
        portal = server.portals[0]
        entries.append(
            {"id": f"site-{n}", "name": f"{portal.name} {n}", "url": portal.url, "province": portal.province}
        )
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")


def _fetched(servers: list[GeneratedPortalServer]) -> dict[str, list[str]]:
    """Each site's requested paths since the logs were last cleared (then cleared)."""
    paths = {}
    for server in servers:
        portal = server.portals[0].id
        paths[server.host] = [r.path for r in server.requests(portal)]
        server.clear_requests()
    return paths


def _gaps(servers: list[GeneratedPortalServer], delay: float) -> dict[str, Any]:
    """The smallest gap between two requests to one site, against the delay, and the share of gaps shorter than
    0.9 x the delay: a request the crawl's event loop sent late, the next on time (or two at once, which would
    be two crawls of one site)."""
    gaps = []
    for server in servers:
        times = sorted(r.at for r in server.requests(server.portals[0].id))
        gaps += [b - a for a, b in zip(times, times[1:], strict=False)]
    smallest = min(gaps, default=0.0)
    return {
        "min_gap_s": round(smallest, 3),
        "min_gap_over_delay": round(smallest / delay, 2) if delay else None,
        "short_gaps": round(sum(gap < 0.9 * delay for gap in gaps) / len(gaps), 4) if gaps else 0.0,
    }


def _distributed(
    servers: list[GeneratedPortalServer],
    sources: Path,
    settings: list[str],
    workers: int,
    sites_per_worker: int,
    reference: dict[str, list[str]],
    delay: float,
    work: Path,
) -> dict[str, Any]:
    folder = work / f"distributed-{workers}"
    db_path = folder / "archive.db"
    with running_redis(folder / "redis") as url:
        env = {**os.environ, "GOVNEWS_REDIS": url}
        command = [sys.executable, "-m", "govnews.crawler.cli", "dist"]
        overrides = [arg for setting in settings for arg in ("-s", setting)]
        subprocess.run([*command, "enqueue", "--sources", str(sources), *overrides], env=env, check=True)
        conn = connect(url)
        baseline = int(conn.info("memory")["used_memory"])
        writer = subprocess.Popen(
            [*command, "writer", "--db", str(db_path)], env=env, stdout=subprocess.PIPE, text=True
        )
        while not db_path.exists():
            time.sleep(0.05)
        started = time.perf_counter()
        crawl = subprocess.Popen(
            [*command, "worker", "--db", str(db_path), "--processes", str(workers), "--sites", str(sites_per_worker)],
            env=env,
            stderr=subprocess.DEVNULL,
        )
        sampler = _LagSampler(conn, Keys("govnews"))
        sampler.start()
        crawl.wait()
        crawled = time.perf_counter()
        summary, _ = writer.communicate()
        written = time.perf_counter()
        sampler.stop()
        if crawl.returncode or writer.returncode:
            raise RuntimeError(f"distributed run with {workers} workers failed: {summary}")
        pages = sum(run_state(conn, Keys("govnews")).pages.values())
    gaps = _gaps(servers, delay)
    fetched = _fetched(servers)
    duplicates = sum(len(paths) - len(set(paths)) for paths in fetched.values())
    lost = sum(len(set(reference[site]) - set(fetched[site])) for site in reference)
    wall = written - started
    return {
        "workers": workers,
        "pages": pages,
        "wall_s": round(wall, 1),
        "pages_per_s": round(pages / wall, 1),
        "duplicate_fetches": duplicates,
        "lost_pages": lost,
        **gaps,
        "writer_lag_max_s": round(sampler.oldest_s, 2),
        "writer_backlog_max_pages": sampler.unwritten,
        "writer_drain_s": round(written - crawled, 1),
        "redis_peak_mb": round((sampler.used_memory - baseline) / 1e6, 1),
        "writer_summary": summary.strip().splitlines()[-1:],
    }


class _LagSampler(threading.Thread):
    """The writer's lag and Redis's memory, sampled four times a second: their peaks."""

    def __init__(self, conn: redis.Redis, keys: Keys) -> None:
        super().__init__(daemon=True)
        self.conn, self.keys = conn, keys
        self.oldest_s, self.unwritten, self.used_memory = 0.0, 0, 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.25):
            state = run_state(self.conn, self.keys)
            self.oldest_s = max(self.oldest_s, state.oldest_unwritten_seconds or 0.0)
            self.unwritten = max(self.unwritten, state.unwritten)
            memory: Any = self.conn.info("memory")
            self.used_memory = max(self.used_memory, int(memory["used_memory"]))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _queued_site_memory(work: Path) -> int:
    """Redis's memory for 1,000 queued sites (one source each, as a provincial registry's)."""
    with running_redis(work / "distributed-memory" / "redis") as url:
        conn = connect(url)
        before = int(conn.info("memory")["used_memory"])
        sources = [
            {"id": f"site-{n}", "name": f"Cổng thông tin điện tử {n}", "url": f"https://site{n}.example.gov.vn/"}
            for n in range(1000)
        ]
        enqueue(conn, Keys("govnews"), sources, {"DOWNLOAD_DELAY": 1.0})
        return int(conn.info("memory")["used_memory"]) - before


def _waiting_page_memory(work: Path, reference: Path, count: int) -> dict[str, Any]:
    """Redis's memory for pages waiting for the writer: up to ``count`` of the reference crawl's pages (their
    `pages` and `articles` rows as the item's fields, their WARC bodies), sent to a Redis that no writer reads."""
    db = sqlite3.connect(reference)
    db.row_factory = sqlite3.Row
    rows = db.execute(
        "select pages.*, articles.text as article_text, articles.title as article_title from pages left join "
        "articles on articles.url = pages.canonical_url where pages.warc_file is not null limit ?",
        [count],
    ).fetchall()
    db.close()
    with running_redis(work / "distributed-waiting" / "redis") as url:
        conn = connect(url)
        keys = Keys("govnews")
        enqueue(conn, keys, [{"id": "site-0", "name": "S", "url": "http://127.0.0.20/"}], {})
        before = int(conn.info("memory")["used_memory"])
        stream = ItemStream(conn, keys)
        body_bytes = 0
        for row in rows:
            stored = read_response(warc_folder(reference), row["warc_file"], row["warc_offset"])
            body = stored.body if stored is not None else b""
            body_bytes += len(body)
            stream.send_page(row["source_id"], dict(row), body)
        used = int(conn.info("memory")["used_memory"]) - before
    return {
        "pages": len(rows),
        "mean_body_kb": round(body_bytes / len(rows) / 1024, 1) if rows else 0,
        "redis_bytes_per_1000": int(used / len(rows) * 1000) if rows else 0,
    }
