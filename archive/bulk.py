"""Loading very many articles at once (the benchmarks' million-article archive): large transactions, the
full-text index and article_cells built once at the end instead of row by row through their triggers.

Rows must be complete ``articles`` rows (``search_folded``, ``content_hash`` included): this is a loader,
not the crawl's writer (store.ArchiveWriter), and it assumes the urls are new.
"""

import time
from collections.abc import Iterable, Iterator
from itertools import islice

import sqlite_utils

from govnews.archive.schema import fill_article_cells
from govnews.archive.store import ARTICLE_COLUMNS

_COLUMNS = sorted(ARTICLE_COLUMNS)
_INSERT = f"insert into articles ({', '.join(_COLUMNS)}) values ({', '.join('?' for _ in _COLUMNS)})"
_FTS_TRIGGERS = "select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'articles'"


def bulk_load_articles(db: sqlite_utils.Database, rows: Iterable[dict], batch_rows: int = 20_000) -> dict[str, float]:
    """Insert ``rows`` into ``articles``, ``batch_rows`` per transaction, then rebuild ``articles_fts`` once.

    Returns the seconds spent inserting and indexing. The triggers are restored afterwards, so later
    crawls keep the index current as usual.
    """
    triggers = list(db.execute(_FTS_TRIGGERS).fetchall())
    synchronous = db.execute("PRAGMA synchronous").fetchone()[0]
    db.execute("PRAGMA synchronous = OFF")
    for name, _ in triggers:
        db.execute(f"drop trigger {name}")
    try:
        start = time.perf_counter()
        for batch in _batches(rows, batch_rows):
            with db.conn:
                db.conn.executemany(_INSERT, ([row.get(c) for c in _COLUMNS] for row in batch))
        inserted = time.perf_counter()
        with db.conn:
            db.execute("insert into articles_fts (articles_fts) values ('rebuild')")
            db.execute("insert into articles_fts (articles_fts) values ('optimize')")
            fill_article_cells(db)
        indexed = time.perf_counter()
    finally:
        with db.conn:
            for _, sql in triggers:
                db.execute(sql)
        db.execute(f"PRAGMA synchronous = {int(synchronous)}")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"insert_s": inserted - start, "index_s": indexed - inserted}


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch
