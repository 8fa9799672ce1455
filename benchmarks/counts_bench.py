"""Exact counts at scale: how long a search's total and its province and year counts (``/-/trends.json``, the
numbers the search pages show) take through Datasette, the first time and again, and a sample of them checked
against a count made without article_cells or the server (every matching row read from ``articles``).

The first request of a search that cannot be counted within ``exact_ms`` answers from the window and counts every
match in the background: it is timed, and so is the wait until the same search answers exact.
"""

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from govnews.archive.selection import Selection

FULL_SCAN_SQL = (
    "select province, year, count(*) from articles"
    " where rowid in (select rowid from articles_fts where articles_fts match :match){filters}"
    " group by province, year"
)
POLL_S = 0.1


def count_searches(config: dict[str, Any]) -> list[dict[str, Any]]:
    """config.yml's searches, then its ``count_searches`` (the most common ones) and ``count_checks``, each once."""
    seen, found = set(), []
    for query in [*config["searches"], *config["count_searches"], *config["count_checks"]]:
        key = json.dumps(query, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            found.append(query)
    return found


def measure(
    get: Callable[[str], tuple[int, float, bytes]],
    base: str,
    db_path: Path,
    config: dict[str, Any],
    sizes: dict[str, Any],
    percentiles: Callable[[list[float]], dict[str, float]],
    log: Callable[[str], None],
) -> dict[str, Any]:
    """``base``: the database's URL; ``get(url)`` -> (status, ms, body)."""
    settings = config["archive"]
    first, to_exact, again, errors, not_exact = [], [], [], [], []
    answers: dict[str, dict[str, Any]] = {}
    log("archive: exact counts (first request, until exact, again)")
    for query in count_searches(config):
        url = f"{base}/-/trends.json?{urlencode({**query, 'q': query['q']})}"
        start = time.monotonic()
        status, ms, body = get(url)
        first.append(ms)
        data = json.loads(body) if status == 200 else {}
        while status == 200 and not data["exact"] and data.get("counting"):
            if time.monotonic() - start > settings["exact_wait_s"]:
                break
            time.sleep(POLL_S)
            status, _, body = get(url)
            data = json.loads(body) if status == 200 else {}
        if status != 200:
            errors.append({"counts": query, "status": status})
            continue
        if not data["exact"]:
            not_exact.append(query)
            continue
        to_exact.append((time.monotonic() - start) * 1000)
        answers[json.dumps(query, ensure_ascii=False)] = data
        for _ in range(sizes["count_repeats"]):
            status, ms, body = get(url)
            again.append(ms)
            if status != 200 or not json.loads(body)["exact"]:
                errors.append({"counts again": query, "status": status})
    log("archive: counts checked against a full scan of the matching rows")
    checked = [_check(db_path, query, answers) for query in config["count_checks"]]
    return {
        "first": percentiles(first),
        "until_exact": percentiles(to_exact) if to_exact else {},
        "again": percentiles(again) if again else {},
        "exact_searches": len(answers),
        "not_exact": not_exact,
        "checked": checked,
        "errors": errors,
    }


def _check(db_path: Path, query: dict[str, Any], answers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The server's exact province × year counts of ``query`` against a count over the matching article rows."""
    data = answers.get(json.dumps(query, ensure_ascii=False))
    if data is None:
        return {"query": query, "same": False, "why": "no exact answer from the server"}
    selection = Selection.from_args({name: str(value) for name, value in query.items()})
    start = time.perf_counter()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        sql = FULL_SCAN_SQL.format(filters=selection.filter_sql())
        scanned = Counter({(p, y): n for p, y, n in conn.execute(sql, selection.params())})
    finally:
        conn.close()
    served = Counter({(c["province"], c["year"]): c["articles"] for c in data["province_years"]})
    return {
        "query": query,
        "articles": data["articles"],
        "same": served == scanned,
        "scan_s": round(time.perf_counter() - start, 1),
    }
