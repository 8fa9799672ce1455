"""The items workers finish, on their way to the one writer of the archive.

A worker sends each page (its fields as JSON, its raw body for the WARC record) and, when a site is done, the
site's crawl figures. The writer reads them through a consumer group and acknowledges a message only after its
rows are committed, deleting it in the same transaction: what the stream holds is exactly what is not yet
written. A writer killed before acknowledging reads its own pending messages again when it starts (redone
idempotently by the archive's upserts). The bytes held are counted, so that workers can wait while the writer
lags instead of filling Redis's memory.
"""

import json
from dataclasses import dataclass, field
from typing import Any

import redis

from govnews.crawler.distributed.run import WRITER, Keys


@dataclass(frozen=True)
class Message:
    """One message of the items stream: a page ('page': ``item`` fields and ``body``) or a finished site ('site':
    ``site`` and ``stats``)."""

    id: bytes
    kind: str
    item: dict[str, Any] = field(default_factory=dict)
    body: bytes = b""
    site: str = ""
    stats: dict[str, Any] = field(default_factory=dict)
    size: int = 0


class ItemStream:
    def __init__(self, conn: redis.Redis, keys: Keys) -> None:
        self.conn = conn
        self.keys = keys
        self._pending_first = True

    # --- the workers' side -------------------------------------------------------------------------------

    def send_page(self, source_id: str, item: dict[str, Any], body: bytes) -> int:
        """Send one finished page; return the bytes the stream now holds unwritten."""
        payload = json.dumps(item, ensure_ascii=False).encode()
        size = len(payload) + len(body)
        with self.conn.pipeline(transaction=True) as pipe:
            pipe.xadd(self.keys.items, {"kind": "page", "item": payload, "body": body, "size": size})
            pipe.hincrby(self.keys.pages, source_id, 1)
            pipe.incrby(self.keys.backlog, size)
            return int(pipe.execute()[-1])

    def send_site(self, site: str, stats: dict[str, Any]) -> None:
        """Say that a site's crawl is done, with its figures (requests, known articles skipped, close reason)."""
        self.conn.xadd(self.keys.items, {"kind": "site", "site": site, "stats": json.dumps(stats)})

    def backlog(self) -> int:
        """Bytes sent and not yet written."""
        backlog: Any = self.conn.get(self.keys.backlog)
        return int(backlog or 0)

    def mark(self) -> bytes:
        """The id of the last message sent so far (for ``written_through``)."""
        info: Any = self.conn.xinfo_stream(self.keys.items)
        return info["last-generated-id"]

    def written_through(self, mark: bytes) -> bool:
        """Whether every message up to ``mark`` has been written (written messages are deleted)."""
        return not self.conn.xrange(self.keys.items, "-", mark, count=1)

    # --- the writer's side -------------------------------------------------------------------------------

    def read(self, count: int, block_ms: int) -> tuple[list[Message], bool]:
        """Up to ``count`` messages, and whether they are redone: the writer's own unacknowledged messages first
        (a writer killed before its acknowledgement), then new ones, waiting up to ``block_ms`` for them."""
        if self._pending_first:
            replies: Any = self.conn.xreadgroup(WRITER, WRITER, {self.keys.items: "0"}, count=count)
            entries = replies[0][1] if replies else []
            if entries:
                return [_message(entry_id, fields) for entry_id, fields in entries], True
            self._pending_first = False
        replies = self.conn.xreadgroup(WRITER, WRITER, {self.keys.items: ">"}, count=count, block=block_ms)
        entries = replies[0][1] if replies else []
        return [_message(entry_id, fields) for entry_id, fields in entries], False

    def done(self, messages: list[Message]) -> None:
        """Acknowledge written messages and delete them, in one transaction (call it after the commit)."""
        if not messages:
            return
        ids = [message.id for message in messages]
        with self.conn.pipeline(transaction=True) as pipe:
            pipe.xack(self.keys.items, WRITER, *ids)
            pipe.xdel(self.keys.items, *ids)
            pipe.decrby(self.keys.backlog, sum(message.size for message in messages))
            pipe.execute()


def _message(entry_id: bytes, fields: dict[bytes, bytes] | None) -> Message:
    if not fields:  # a pending entry whose message is gone: nothing to write, only to acknowledge
        return Message(id=entry_id, kind="gone")
    kind = fields[b"kind"].decode()
    if kind == "page":
        return Message(
            id=entry_id,
            kind=kind,
            item=json.loads(fields[b"item"]),
            body=fields[b"body"],
            size=int(fields[b"size"]),
        )
    return Message(id=entry_id, kind=kind, site=fields[b"site"].decode(), stats=json.loads(fields[b"stats"]))
