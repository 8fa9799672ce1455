"""Searchers at once: ``load_searchers`` threads each send ``load_requests`` searches back to back (no pause),
half through the search box (``/<db>/search?q=``, the ranked page) and half through the articles table
(``/<db>/articles?_search=`` with the search's filters; a plain one is redirected to the ranked page, as in a
browser). HTML pages, as people see them; every answer must be a 200. Answers replayed by the page cache
(datasette_config/page_cache.py) are timed apart from those made for the request.
"""

import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from benchmarks.processes import at_once
from govnews.datasette_config.page_cache import HIT_HEADER


def _fetch(url: str, timeout: float) -> tuple[int, float, bool]:
    """Status (0: no answer within ``timeout``), milliseconds, and whether the page cache answered."""
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            status, hit = response.status, response.headers.get(HIT_HEADER[0].decode()) == HIT_HEADER[1].decode()
    except urllib.error.HTTPError as exc:
        status, hit = exc.code, False
    except OSError:  # a timeout, a refused or reset connection: an error, timed like the others
        status, hit = 0, False
    return status, (time.perf_counter() - start) * 1000, hit


def urls(base: str, searches: list[dict[str, Any]], searcher: int, count: int) -> list[str]:
    """The pages searcher number ``searcher`` asks for, in order: config.yml's searches from its own offset."""
    pages = []
    for i in range(count):
        query = searches[(searcher * 7 + i) % len(searches)]
        if searcher % 2 == 0:
            pages.append(f"{base}/search?{urlencode({'q': query['q']})}")
        else:
            pages.append(f"{base}/articles?{urlencode({'_search': query['q'], **_filters(query)})}")
    return pages


def _filters(query: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in query.items() if name != "q"}


def measure(
    base: str,
    config: dict[str, Any],
    sizes: dict[str, Any],
    percentiles: Callable[[list[float]], dict[str, float]],
    log: Callable[[str], None],
) -> dict[str, Any]:
    searchers = sizes["load_searchers"]
    log(f"archive: {searchers} searchers at once")
    box: list[float] = []
    table: list[float] = []
    made: list[float] = []
    errors: list[dict[str, Any]] = []
    lock = threading.Lock()
    timeout = config["archive"]["request_timeout_s"]

    def search(number: int) -> None:
        for url in urls(base, config["searches"], number, sizes["load_requests"]):
            status, ms, hit = _fetch(url, timeout)
            with lock:
                (box if number % 2 == 0 else table).append(ms)
                if not hit:
                    made.append(ms)
                if status != 200:
                    errors.append({"url": url, "status": status})

    load_before = os.getloadavg()
    wall = at_once([threading.Thread(target=search, args=(n,)) for n in range(searchers)])
    return {
        "searchers": searchers,
        "all": percentiles(box + table),
        "search_box": percentiles(box),
        "articles_table": percentiles(table),
        "made_for_the_request": percentiles(made) if made else {},
        "requests_per_s": round(len(box + table) / wall, 1),
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "errors": errors,
    }
