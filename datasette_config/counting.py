"""A search's counts for the published site (trend page, search pages): exact when it can, remembered while exact.
A page showing counts that are not exact is not kept by the page cache (page_cache.py).

Counting every match of a common word at a million articles takes seconds (archive/trends.py), more than a page
may wait. So the site (plugin config ``govnews_trends``, metadata.yml):

- remembers each exact count with the archive's ``article_changes`` value: while no article was written it is
  still exact and costs one small query (``MEMO_SIZE`` searches, the least recently asked dropped first);
- else counts every match within ``exact_ms``, or at once in the background when the search cannot finish in
  time (an unfiltered search of an archive above ``exact_unfiltered_articles``);
- else answers from the window (the newest ``SEARCH_WINDOW`` matches, each number a floor, said so) while the
  exact count goes on in the background for up to ``background_ms`` (0: no background count), so the next
  request of the same search is exact.

Background counts run one at a time on their own thread and read-only connection, not on Datasette's SQL
threads: a few counts of seconds each there stalled every page (20 searchers at a million articles).
"""

import asyncio
import sqlite3
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from datasette.database import QueryInterrupted

from govnews.archive.search import SEARCH_WINDOW
from govnews.archive.selection import Selection
from govnews.archive.trends import ARCHIVE_SIZE_SQL, CHANGES_SQL, WINDOW_COUNT_SQL, Trend, counts_sql
from govnews.datasette_config.page_cache import do_not_keep

PLUGIN = "govnews_trends"
# Reads are memory-mapped (no copy per page through the OS cache) and a bigger page cache: row lookups dominate.
# Datasette's connections (plugins/govnews_search.py) and the background counts' own use them.
CONNECTION_PRAGMAS = ("PRAGMA mmap_size = 68719476736", "PRAGMA cache_size = -262144")
MEMO_SIZE = 256
_Key = tuple[str, Selection]
# (database, selection) -> (article_changes.n when counted, the exact trend).
_memo: OrderedDict[_Key, tuple[int, Trend]] = OrderedDict()
# Background counts running or waiting, by key: one per search, and a reference so the task is not collected.
_counting: dict[_Key, asyncio.Task] = {}
# The one thread background counts run on (one core at most goes to counting).
_background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="govnews-counts")
# Progress-handler period (SQLite instructions) between checks of a background count's deadline.
_CHECK_EVERY = 10_000


async def trend_of(datasette: Any, database: str, selection: Selection) -> Trend:
    """The selection's counts (see the module docstring); ``Trend.counting`` when an exact count is under way."""
    if selection.empty:
        return Trend(selection, (), exact=True)
    db = datasette.get_database(database)
    key = (database, selection)
    changes = (await db.execute(CHANGES_SQL)).rows[0][0]
    remembered = _memo.get(key)
    if remembered is not None and remembered[0] == changes:
        _memo.move_to_end(key)
        return remembered[1]
    params = selection.params()
    window = (await db.execute(WINDOW_COUNT_SQL, params)).rows[0][0]
    config = datasette.plugin_config(PLUGIN) or {}
    if window > SEARCH_WINDOW:
        if await _fits(db, selection, config):
            try:
                result = await db.execute(
                    counts_sql(selection, exact=True), params, custom_time_limit=config.get("exact_ms")
                )
                return _remember(key, changes, Trend(selection, _cells(result.rows), exact=True))
            except QueryInterrupted:
                pass
        if config.get("background_ms", 0) > 0 and key not in _counting:
            _counting[key] = asyncio.create_task(_count_later(db.path, key, changes, config["background_ms"]))
    result = await db.execute(counts_sql(selection, exact=False), params)
    remembered = _memo.get(key)
    if remembered is not None and remembered[0] == changes:  # the background count finished meanwhile
        return remembered[1]
    exact = window <= SEARCH_WINDOW
    if not exact:
        do_not_keep()
    return Trend(selection, _cells(result.rows), exact=exact, counting=not exact and key in _counting)


async def _fits(db: Any, selection: Selection, config: dict[str, Any]) -> bool:
    """Counting every match can finish within ``exact_ms``: with a filter, or on an archive no larger than
    ``exact_unfiltered_articles`` (without a filter a common word matches most of the archive)."""
    largest = config.get("exact_unfiltered_articles")
    if selection.filters() or largest is None:
        return True
    return (await db.execute(ARCHIVE_SIZE_SQL)).rows[0][0] <= largest


async def _count_later(db_path: str, key: _Key, changes: int, limit_ms: int) -> None:
    """Count every match of ``key``'s selection on the background thread and remember it (nothing when it takes
    longer than ``limit_ms`` or fails)."""
    selection = key[1]
    try:
        loop = asyncio.get_running_loop()
        rows = await loop.run_in_executor(_background, _count, db_path, selection, limit_ms)
        if rows is not None:
            _remember(key, changes, Trend(selection, tuple(rows), exact=True))
    finally:
        _counting.pop(key, None)


def _count(db_path: str, selection: Selection, limit_ms: int) -> list[tuple[str | None, str | None, int]] | None:
    deadline = time.monotonic() + limit_ms / 1000
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
    try:
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _CHECK_EVERY)
        return [tuple(row) for row in conn.execute(counts_sql(selection, exact=True), selection.params())]
    except sqlite3.OperationalError:  # interrupted at the deadline
        return None
    finally:
        conn.close()


def _remember(key: _Key, changes: int, trend: Trend) -> Trend:
    _memo[key] = (changes, trend)
    _memo.move_to_end(key)
    while len(_memo) > MEMO_SIZE:
        _memo.popitem(last=False)
    return trend


def _cells(rows: list) -> tuple[tuple[str | None, str | None, int], ...]:
    return tuple((row["month"], row["province"], row["articles"]) for row in rows)
