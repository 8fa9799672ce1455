"""The pool of page worker processes (crawler/page_worker.py) a crawl or a reextract understands pages in: one per
process and settings, shared by the crawls that run at once in one process (a distributed worker's sites)."""

import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from govnews.crawler import page_worker

# The pools of this process by their settings, each with the number of open pipelines using it: the site crawls
# of a distributed worker (crawler/dist_worker.py) run at once in one process and share one pool.
_pools: dict[str, tuple[ProcessPoolExecutor, int]] = {}


def open_pool(workers: int, values: dict[str, Any]) -> ProcessPoolExecutor:
    """The process's pool for these settings, started by the first crawl that asks for it."""
    key = json.dumps([workers, values], sort_keys=True, default=str)
    pool, users = _pools.get(key) or (None, 0)
    if pool is None:
        # spawn, not fork: the crawl process runs a reactor and threads that a fork would copy half-way.
        pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=page_worker.start, initargs=(values,)
        )
    _pools[key] = (pool, users + 1)
    return pool


def close_pool(pool: ProcessPoolExecutor) -> None:
    """One crawl done with ``pool``: the last one shuts it down."""
    key = next(key for key, (shared, _) in _pools.items() if shared is pool)
    users = _pools[key][1] - 1
    if users:
        _pools[key] = (pool, users)
        return
    del _pools[key]
    pool.shutdown(wait=True, cancel_futures=True)
