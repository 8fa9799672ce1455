"""Running on a schedule: two crawls never overlap, and a crawl killed at any moment loses nothing
committed and is completed by the next run."""

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from govnews.crawler.demo.run import crawl_command
from govnews.crawler.demo.server import PortalServer

PORTALS = ["dienbien", "quangtri-huyen"]


def start_crawl(sources: Path, db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        crawl_command(sources, db, extra), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def article_urls(db: Path) -> set[str]:
    if not db.exists():
        return set()
    with sqlite3.connect(db, timeout=30) as conn:
        try:
            return {row[0] for row in conn.execute("select url from articles")}
        except sqlite3.OperationalError:  # killed before the schema was committed
            return set()


@pytest.fixture
def portals(tmp_path):
    with PortalServer(portals=PORTALS) as server:
        sources = tmp_path / "sources.yml"
        server.write_sources(sources)
        yield server, sources


def test_a_second_crawl_of_the_same_archive_says_so_and_exits_non_zero(portals, tmp_path):
    _, sources = portals
    db = tmp_path / "a.db"
    first = start_crawl(sources, db, "DOWNLOAD_DELAY=0.5")
    try:
        deadline = time.monotonic() + 30
        while not Path(f"{db}.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        second = subprocess.run(
            [sys.executable, "-m", "govnews.crawler.cli", "crawl", "--sources", str(sources), "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 3, second.stderr
        assert second.stderr.count("\n") == 1 and "another govnews run" in second.stderr
        assert first.poll() is None, "the first crawl must not be disturbed"
    finally:
        first.send_signal(signal.SIGINT)
        first.wait(timeout=60)


def test_killed_ten_times_then_a_normal_run_completes_with_nothing_lost(portals, tmp_path):
    server, sources = portals
    db = tmp_path / "a.db"
    rng = random.Random(20261122)
    kept: set[str] = set()
    for _ in range(10):
        crawl = start_crawl(sources, db, "GOVNEWS_BATCH_SIZE=3", "DOWNLOAD_DELAY=0.1")
        time.sleep(rng.uniform(1.0, 4.0))  # start-up takes about a second: most kills land mid-crawl
        crawl.kill()  # SIGKILL: no clean-up of any kind
        crawl.wait(timeout=30)
        with sqlite3.connect(db, timeout=30) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        now = article_urls(db)
        assert kept <= now, "a committed article was lost"
        kept = now
    final = start_crawl(sources, db)
    out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err[-2000:]
    archive = sqlite_utils.Database(db)
    assert archive.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    wanted = {g.url for p in PORTALS for g in server.gold(p) if g.on_topic}
    assert wanted <= article_urls(db)
    statuses = [r["status"] for r in archive["crawl_runs"].rows]
    assert statuses[-1] == "finished" and "running" not in statuses
