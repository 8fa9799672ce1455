"""Search pages asked again while the archive file is unchanged are answered from memory.

Under 20 searchers at once the server's time goes to Python (ranking by the typed diacritics, snippets, the
template), which one process runs one request at a time: the same popular search computed again for every
reader is what queued them (docs/benchmarks.md). A search's page depends only on the archive's contents and the
request, so a finished 200 answer is kept under (path, query string, the state of the archive file and its WAL)
and replayed byte for byte; any commit to the archive (a crawl writing) changes the WAL's size or time and so
every key, and nothing stale is served. A page whose counts are not exact yet (counted in the background) calls
``do_not_keep``: the next request shows the exact counts once they are there.
"""

import os
from collections import OrderedDict
from contextvars import ContextVar
from pathlib import Path
from typing import Any

Stamp = tuple[int, ...]
# On an answer replayed from memory (operators and the benchmarks can tell).
HIT_HEADER = (b"x-govnews-page-cache", b"hit")
_Key = tuple[str, bytes, Stamp]
# False once the answer being made asked not to be kept (set and read within the request's own task).
_keep: ContextVar[bool] = ContextVar("govnews_page_keep", default=True)


def do_not_keep() -> None:
    """The answer being made will change without a commit (counts still being made): do not keep it."""
    _keep.set(False)


def archive_stamp(db_path: str | Path) -> Stamp:
    """What changes with every commit: the file's and its WAL's size and modification time (ns)."""
    stamp: list[int] = []
    for suffix in ("", "-wal"):
        try:
            status = os.stat(f"{db_path}{suffix}")
        except FileNotFoundError:
            stamp += [-1, -1]
            continue
        stamp += [status.st_size, status.st_mtime_ns]
    return tuple(stamp)


class PageCache:
    """The last ``entries`` answers of at most ``max_bytes`` each, least recently used dropped first."""

    def __init__(self, entries: int, max_bytes: int) -> None:
        self.entries, self.max_bytes = entries, max_bytes
        self._pages: OrderedDict[_Key, list[dict[str, Any]]] = OrderedDict()

    async def serve(self, app: Any, scope: dict, receive: Any, send: Any, stamp: Stamp) -> None:
        """Answer from memory, or run ``app`` and keep its answer when it is a 200 small enough."""
        key = (scope["path"], scope["query_string"], stamp)
        kept = self._pages.get(key)
        if kept is not None:
            self._pages.move_to_end(key)
            start, *body = kept
            await send({**start, "headers": [*start["headers"], HIT_HEADER]})
            for message in body:
                await send(message)
            return
        messages: list[dict[str, Any]] = []
        size, keep = 0, True

        async def capture(message: dict[str, Any]) -> None:
            nonlocal size, keep
            if message["type"] == "http.response.start":
                keep = message["status"] == 200
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
                keep = keep and size <= self.max_bytes
            if keep:
                messages.append(message)
            await send(message)

        token = _keep.set(True)
        try:
            await app(scope, receive, capture)
            keep = keep and _keep.get()
        finally:
            _keep.reset(token)
        if keep and messages:
            self._pages[key] = messages
            while len(self._pages) > self.entries:
                self._pages.popitem(last=False)
