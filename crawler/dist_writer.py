"""A distributed crawl's writer: the one process that writes the archive (it holds archive/lock.py's lock).

It reads the pages the workers send (crawler/distributed/item_stream.py) and keeps each as `govnews crawl`'s
store pipeline does (crawler/archiving.py ``store_page``: its WARC record in this archive's WARC folder, then
``archive_page``), commits, and only then acknowledges the messages. Killed at any point, it loses nothing: a
restarted writer first redoes the messages it had not acknowledged, and the archive's upserts (pages by URL,
articles by URL and content hash, attachments by the hash of their bytes) make a redo write no second row.
"""

import signal
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter
from govnews.archive.warc import WarcRecorder, warc_folder
from govnews.crawler.archiving import store_page
from govnews.crawler.distributed.connection import connect
from govnews.crawler.distributed.item_stream import ItemStream, Message
from govnews.crawler.distributed.run import Keys, finished, load_run
from govnews.crawler.items import PageItem
from govnews.crawler.runner import project

# Messages read (and committed, and acknowledged) at a time, and how long a read waits for new ones.
BATCH = 100
BLOCK_MS = 500


class Writer:
    """Pages from the item stream into one archive run; ``counts`` are the run's figures."""

    def __init__(self, stream: ItemStream, writer: ArchiveWriter, recorder: WarcRecorder) -> None:
        self.stream = stream
        self.writer = writer
        self.recorder = recorder
        self.counts: Counter[str] = Counter()
        self.redone = 0

    def step(self) -> int:
        """Write one batch, commit it, then acknowledge it; the number of messages handled."""
        messages, redone = self.stream.read(BATCH, BLOCK_MS)
        for message in messages:
            self.write(message)
        self.writer.flush()
        self.stream.done(messages)
        if redone:
            self.redone += len(messages)
        return len(messages)

    def write(self, message: Message) -> None:
        if message.kind == "page":
            store_page(self.writer, self.recorder, PageItem.from_sent(message.item, message.body), self.counts)
        elif message.kind == "site":
            self.counts["requests"] += int(message.stats.get("requests", 0))
            self.counts["skipped"] += int(message.stats.get("skipped", 0))


def run_writer(redis_url: str, queue: str, db_path: Path, echo: Callable[[str], None]) -> str:
    """Write the run's pages into the archive until every site is crawled and every page written (or SIGTERM,
    Ctrl-C); return a one-line summary. The caller holds the archive's lock."""
    keys = Keys(queue)
    conn = connect(redis_url)
    run = load_run(conn, keys)
    settings = project()
    settings.update(run.settings, priority="cmdline")
    db = open_archive(db_path, busy_timeout=settings.getfloat("GOVNEWS_DB_BUSY_TIMEOUT"))
    archive = ArchiveWriter(db, batch_size=settings.getint("GOVNEWS_BATCH_SIZE"))
    run_id = archive.start_run([SimpleNamespace(**source) for source in run.sources])
    recorder = WarcRecorder(warc_folder(db_path), run_id, settings.getint("GOVNEWS_WARC_MAX_BYTES"))
    writer = Writer(ItemStream(conn, keys), archive, recorder)
    stopping: list[int] = []

    def on_signal(signum: int, _frame: Any) -> None:
        stopping.append(signum)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    echo(f"govnews: writer: run {run_id} writing queue {queue} into {db_path}")
    status = "interrupted"  # what an error leaves; a finished or stopped run says so below
    try:
        while not stopping:
            if writer.step() == 0 and finished(conn, keys):
                status = "finished"
                break
        else:
            status = "shutdown"
    finally:
        counts = dict(writer.counts, gone=archive.counts.get("gone", 0))
        archive.finish_run(run_id, status, counts)
        archive.close()
        recorder.close()
    return (
        f"govnews: writer: run {run_id} {status}: {counts.get('requests', 0)} requests, {counts.get('pages', 0)} "
        f"pages, {counts.get('articles_new', 0)} new, {counts.get('articles_updated', 0)} updated, "
        f"{counts.get('articles_unchanged', 0)} unchanged, {counts.get('offtopic', 0)} off-topic, "
        f"{counts.get('errors', 0)} errors ({writer.redone} redone after a restart)"
    )
