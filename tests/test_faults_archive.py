"""Bad archives: not an archive, from a newer govnews, locked by another process, or a disk that fills up during
a crawl. One clear line, a non-zero exit, and the archive as it was (committed rows intact, integrity ok)."""

import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from govnews.archive.schema import SCHEMA_VERSION, open_archive
from govnews.crawler.demo.run import DEMO_SETTINGS, crawl_command
from govnews.crawler.demo.server import PortalServer
from tests.test_cli import assert_one_line_error, govnews


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory):
    """One fixture portal to crawl, and an archive crawled from it once."""
    tmp = tmp_path_factory.mktemp("badarchive")
    with PortalServer(portals=["dienbien"]) as server:
        sources = tmp / "sources.yml"
        server.write_sources(sources)
        db = tmp / "crawled.db"
        result = govnews("crawl", "--sources", str(sources), "--db", str(db), *_settings())
        assert result.returncode == 0, result.stderr[-2000:]
        yield sources, db


def _settings(*extra: str) -> list[str]:
    args = []
    for setting in DEMO_SETTINGS + extra:
        args += ["-s", setting]
    return args


def _query(db: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


def _articles(db: Path) -> list[tuple]:
    return _query(db, "select url, content_hash from articles order by url")


def _integrity(db: Path) -> str:
    return _query(db, "PRAGMA integrity_check")[0][0]


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path, portal):
    sources, _ = portal
    other = tmp_path / "notes.db"
    other.write_text("Ghi chú: không phải cơ sở dữ liệu\n" * 200, encoding="utf-8")
    before = _digest(other)
    assert_one_line_error(govnews("crawl", "--sources", str(sources), "--db", str(other)), "not an SQLite database")
    assert _digest(other) == before


def test_an_archive_from_a_newer_govnews_is_refused_untouched(tmp_path, portal):
    sources, _ = portal
    newer = tmp_path / "newer.db"
    open_archive(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file, so its bytes tell
    before = _digest(newer)
    assert_one_line_error(govnews("crawl", "--sources", str(sources), "--db", str(newer)), "newer", "upgrade")
    assert_one_line_error(govnews("serve", "--db", str(newer)), "newer")
    assert _digest(newer) == before


# Another process holding the archive: a write transaction (another crawl in a batch), or an exclusive lock.
HOLDERS = {
    "write lock": "conn.execute('BEGIN IMMEDIATE'); conn.execute(\"update crawl_runs set status = status\")",
    "exclusive lock": "conn.execute('PRAGMA locking_mode = EXCLUSIVE'); conn.execute('BEGIN EXCLUSIVE')",
}


@pytest.mark.parametrize("how", HOLDERS)
def test_a_locked_archive_is_refused_quickly_and_left_intact(tmp_path, portal, how):
    sources, crawled = portal
    db = tmp_path / "locked.db"
    db.write_bytes(crawled.read_bytes())
    before = _articles(db)
    code = (
        f"import sqlite3, sys\nconn = sqlite3.connect({str(db)!r}, isolation_level=None)\n{HOLDERS[how]}\n"
        "print('held', flush=True)\nsys.stdin.read()\nconn.execute('ROLLBACK')\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = govnews("crawl", "--sources", str(sources), "--db", str(db), *_settings("GOVNEWS_DB_BUSY_TIMEOUT=1"))
    finally:
        holder.communicate("", timeout=30)
    assert_one_line_error(result, "locked by another process")
    assert _integrity(db) == "ok"
    assert _articles(db) == before


def test_a_disk_that_fills_up_during_the_crawl_stops_it_cleanly(tmp_path, portal):
    """The crawl process may write files no bigger than the archive has room for (RLIMIT_FSIZE makes the OS
    refuse the write, as a full disk does): the run stops with one line and exit 1, the archive stays whole."""
    sources, crawled = portal
    db = tmp_path / "full.db"
    open_archive(db).close()  # schema in place; the first batches fit, later ones do not
    limit = db.stat().st_size + 96 * 1024

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        crawl_command(sources, db, ("GOVNEWS_BATCH_SIZE=2",)),
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=limit_file_size,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert result.returncode == 1, result.stderr[-3000:]
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("govnews: error: ") and "cannot write to the archive" in last, last
    assert _integrity(db) == "ok"
    kept = _query(db, "select count(*) from pages")[0][0]
    status = _query(db, "select status from crawl_runs")
    assert kept > 0  # the batches committed before the disk filled are there
    assert status  # the run was recorded when it started
