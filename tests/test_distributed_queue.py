"""The two streams of a distributed run against the real redis-server: sites handed to one worker at a time and
taken over from a silent one; pages written by the writer, and redone without a second row after a crash between
its commit and its acknowledgement."""

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import redis

from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter
from govnews.archive.warc import WarcRecorder, warc_folder
from govnews.crawler.dist_writer import Writer
from govnews.crawler.distributed.item_stream import ItemStream
from govnews.crawler.distributed.run import Keys, RunInProgress, enqueue, run_state
from govnews.crawler.distributed.site_queue import SiteQueue
from govnews.crawler.items import PageItem
from tests.redis_server import running_redis

SOURCES = [
    {"id": "a", "name": "A", "url": "http://127.0.0.2:8001/"},
    {"id": "a-news", "name": "A news", "url": "http://127.0.0.2:8002/tin/"},  # the same host: the same site
    {"id": "b", "name": "B", "url": "http://127.0.0.3:8001/"},
]
KEYS = Keys("test")
IDLE = 0.4


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[redis.Redis]:
    with running_redis(tmp_path / "redis") as url:
        yield redis.Redis.from_url(url)


def test_a_site_is_one_workers_until_it_falls_silent_then_another_takes_it_over(conn):
    assert enqueue(conn, KEYS, SOURCES, {}) == 2
    one, two, three = (SiteQueue(conn, KEYS, name, IDLE) for name in ("one", "two", "three"))
    first, second = one.claim(), two.claim()
    assert first is not None and second is not None
    assert {first.site, second.site} == {"127.0.0.2", "127.0.0.3"}
    shared = first if first.site == "127.0.0.2" else second
    assert [s["id"] for s in shared.sources] == ["a", "a-news"]
    assert not first.takeover and not second.takeover
    assert three.claim() is None
    for _ in range(4):  # held past the idle time, renewed within it: not taken over
        time.sleep(IDLE / 3)
        assert one.renew(first) and two.renew(second)
    assert three.claim() is None
    time.sleep(IDLE + 0.1)  # one falls silent; two goes on renewing
    assert two.renew(second)
    taken = three.claim()
    assert taken is not None and taken.entry == first.entry and taken.takeover
    # The silent worker learns that the site is no longer its own, and cannot acknowledge it.
    assert not one.renew(first) and not one.finish(first)
    assert run_state(conn, KEYS).active[0].consumer in ("two", "three")
    assert three.finish(taken) and two.finish(second)
    assert run_state(conn, KEYS).sites_done


def test_a_released_site_is_taken_at_once_and_a_run_in_progress_is_not_replaced(conn):
    enqueue(conn, KEYS, SOURCES[:1], {"DOWNLOAD_DELAY": 2.0})
    one, two = SiteQueue(conn, KEYS, "one", 60.0), SiteQueue(conn, KEYS, "two", 60.0)
    claim = one.claim()
    assert claim is not None and two.claim() is None
    with pytest.raises(RunInProgress):
        enqueue(conn, KEYS, SOURCES, {})
    assert one.release(claim)
    again = two.claim()
    assert again is not None and again.entry == claim.entry and again.takeover
    assert two.finish(again)
    assert enqueue(conn, KEYS, SOURCES, {}) == 2  # a finished run is replaced


def _article(n: int) -> PageItem:
    url = f"http://127.0.0.2:8001/tin/{n}.html"
    return PageItem(
        url=url,
        requested_url=url,
        source_id="a",
        source_province=None,
        status=200,
        fetched_at="2026-01-05T03:00:00+00:00",
        headers={"content-type": "text/html; charset=utf-8", "etag": f'"{n}"'},
        kind="article",
        content_type="text/html; charset=utf-8",
        size=100,
        article={"url": url, "source_id": "a", "title": f"Tin {n}", "text": f"Bình đẳng giới {n}.", "year": 2026},
        documents=[{"kind": "decision", "number": f"{n}/QĐ-UBND", "raw": f"Quyết định số {n}/QĐ-UBND"}],
        attachments=[{"url": f"http://127.0.0.2:8001/files/{n}.pdf", "text": "Kế hoạch"}],
    )


def _rows(db_path: Path) -> dict[str, list]:
    conn = sqlite3.connect(db_path)
    rows = {
        table: conn.execute(f"select {columns} from {table} order by 1, 2").fetchall()
        for table, columns in (
            ("articles", "url, content_hash, first_seen, changed_at, gone_at"),
            ("pages", "url, kind, status"),
            ("documents", "article_url, number"),
            ("article_attachments", "article_url, url"),
            ("article_versions", "url, content_hash"),
        )
    }
    conn.close()
    return rows


def _writer(db_path: Path, conn: redis.Redis) -> Writer:
    archive = ArchiveWriter(open_archive(db_path))
    run_id = archive.start_run([SimpleNamespace(**source) for source in SOURCES])
    return Writer(ItemStream(conn, KEYS), archive, WarcRecorder(warc_folder(db_path), run_id, 1 << 30))


def test_a_writer_killed_between_its_commit_and_its_acknowledgement_redoes_without_a_second_row(conn, tmp_path):
    enqueue(conn, KEYS, SOURCES, {})
    sender = ItemStream(conn, KEYS)
    items = [_article(n) for n in range(5)]
    for item in items:
        sender.send_page(item.source_id, item.sent_fields(), f"<html><body>{item.url}</body></html>".encode())
    db_path = tmp_path / "archive.db"
    crashed = _writer(db_path, conn)
    messages, redone = crashed.stream.read(100, 0)
    assert len(messages) == len(items) and not redone
    for message in messages:
        crashed.write(message)
    crashed.writer.flush()  # committed; the process dies before acknowledging
    written = _rows(db_path)
    assert len(written["articles"]) == len(items) and len(written["documents"]) == len(items)

    restarted = _writer(db_path, conn)
    assert restarted.step() == len(items) and restarted.redone == len(items)
    assert restarted.counts["articles_unchanged"] == len(items)
    assert _rows(db_path) == written
    assert restarted.step() == 0
    assert conn.xlen(KEYS.items) == 0 and sender.backlog() == 0
    assert run_state(conn, KEYS).unwritten == 0
