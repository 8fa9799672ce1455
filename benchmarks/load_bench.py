"""Searchers at once: ``load_searchers`` threads each send ``load_requests`` searches back to back (no pause),
half through the search box (``/<db>/search?q=``, the ranked page) and half through the articles table
(``/<db>/articles?_search=`` with the search's filters; a plain one is redirected to the ranked page, as in a
browser). HTML pages, as people see them; every answer must be a 200.
"""

import os
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode


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
    get: Callable[[str], tuple[int, float, bytes]],
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
    errors: list[dict[str, Any]] = []
    lock = threading.Lock()

    def search(number: int) -> None:
        for url in urls(base, config["searches"], number, sizes["load_requests"]):
            status, ms, _ = get(url)
            with lock:
                (box if number % 2 == 0 else table).append(ms)
                if status != 200:
                    errors.append({"url": url, "status": status})

    load_before = os.getloadavg()
    start = time.perf_counter()
    threads = [threading.Thread(target=search, args=(n,)) for n in range(searchers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    return {
        "searchers": searchers,
        "all": percentiles(box + table),
        "search_box": percentiles(box),
        "articles_table": percentiles(table),
        "requests_per_s": round(len(box + table) / wall, 1),
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "errors": errors,
    }
