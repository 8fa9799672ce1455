"""A distributed run in Redis: its sources grouped into sites, its settings, and where each part lives.

A site is a host: every source on one host is one entry of the sites stream, so one worker at a time sends
requests to that server whatever the number of sources it serves. The run's settings travel with it, so every
worker crawls with the same delays and budgets.
"""

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import redis

from govnews.clock import utc_now

QUEUE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
WORKERS = "workers"  # the consumer group of the sites stream
WRITER = "writer"  # the consumer group of the items stream, and its one consumer


class NoRun(Exception):
    """No run has been enqueued under this queue name; the message is one line."""


class RunInProgress(Exception):
    """A run is still going on under this queue name; the message is one line."""


@dataclass(frozen=True)
class Keys:
    """The Redis keys of one queue name: the run's description, its sites, its items and their counters."""

    queue: str

    def __post_init__(self) -> None:
        if not QUEUE_NAME.match(self.queue):
            raise ValueError(f"queue name {self.queue!r}: use lower-case letters, digits, - and _")

    @property
    def run(self) -> str:
        return f"{self.queue}:run"

    @property
    def sites(self) -> str:
        return f"{self.queue}:sites"

    @property
    def items(self) -> str:
        return f"{self.queue}:items"

    @property
    def pages(self) -> str:
        """Pages sent by the workers, by source id."""
        return f"{self.queue}:pages"

    @property
    def backlog(self) -> str:
        """Bytes sent and not yet written: what the items stream holds."""
        return f"{self.queue}:backlog"

    def all(self) -> list[str]:
        return [self.run, self.sites, self.items, self.pages, self.backlog]


@dataclass(frozen=True)
class Run:
    """What enqueue stored: the sources (as sources-file entries), the settings every worker applies."""

    sources: list[dict[str, Any]]
    settings: dict[str, Any]
    created_at: str


@dataclass
class ActiveSite:
    site: str
    consumer: str
    idle_seconds: float
    deliveries: int


@dataclass
class RunState:
    """A run's progress as Redis holds it (``govnews dist status``, and when workers and the writer stop)."""

    sites: int
    waiting: int
    active: list[ActiveSite]
    unwritten: int
    backlog_bytes: int
    oldest_unwritten_seconds: float | None
    pages: dict[str, int] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return self.sites - self.waiting - len(self.active)

    @property
    def sites_done(self) -> bool:
        return self.waiting == 0 and not self.active

    @property
    def finished(self) -> bool:
        """Every site crawled and acknowledged, every item written by the writer."""
        return self.sites_done and self.unwritten == 0


def site_of(source: dict[str, Any]) -> str:
    """The host a source's pages come from: the unit of politeness, and of the work handed to a worker."""
    return (urlsplit(source["url"]).hostname or "").lower()


def enqueue(conn: redis.Redis, keys: Keys, sources: list[dict[str, Any]], settings: dict[str, Any]) -> int:
    """Start a run of ``sources``: one entry per site in the sites stream. A finished run under the same queue
    name is replaced; one still going on raises RunInProgress. Returns the number of sites."""
    if conn.exists(keys.run):
        state = run_state(conn, keys)
        if not state.finished:
            raise RunInProgress(
                f"queue {keys.queue}: a run is still going on ({state.waiting} sites waiting, {len(state.active)} "
                f"being crawled, {state.unwritten} items not yet written); wait for it, or use another --queue"
            )
    sites: dict[str, list[dict[str, Any]]] = {}
    for source in sources:
        sites.setdefault(site_of(source), []).append(source)
    with conn.pipeline(transaction=True) as pipe:
        pipe.delete(*keys.all())
        pipe.hset(
            keys.run,
            mapping={
                "sources": json.dumps(sources, ensure_ascii=False),
                "settings": json.dumps(settings),
                "created_at": utc_now(),
            },
        )
        for site, members in sites.items():
            pipe.xadd(keys.sites, {"site": site, "sources": json.dumps(members, ensure_ascii=False)})
        pipe.xgroup_create(keys.sites, WORKERS, id="0", mkstream=True)
        pipe.xgroup_create(keys.items, WRITER, id="0", mkstream=True)
        pipe.execute()
    return len(sites)


def load_run(conn: redis.Redis, keys: Keys) -> Run:
    """The run enqueued under ``keys``, or NoRun."""
    stored: Any = conn.hgetall(keys.run)
    if not stored:
        raise NoRun(f"queue {keys.queue}: no run enqueued; start one with 'govnews dist enqueue'")
    return Run(
        sources=json.loads(stored[b"sources"]),
        settings=json.loads(stored[b"settings"]),
        created_at=stored[b"created_at"].decode(),
    )


def sites_left(conn: redis.Redis, keys: Keys) -> int:
    """Sites not yet acknowledged (waiting or being crawled), in two calls whatever the run's size: what workers
    and the writer poll to know when to stop."""
    groups: Any = conn.xinfo_groups(keys.sites)
    group = next(g for g in groups if g["name"] == WORKERS.encode())
    sites: Any = conn.xlen(keys.sites)
    return sites - (group["entries-read"] or 0) + group["pending"]


def finished(conn: redis.Redis, keys: Keys) -> bool:
    """Every site crawled and acknowledged, every page written."""
    return sites_left(conn, keys) == 0 and not conn.xlen(keys.items)


def run_state(conn: redis.Redis, keys: Keys) -> RunState:
    """Sites waiting, being crawled and done; items sent and not yet written (the writer's lag)."""
    if not conn.exists(keys.run):
        raise NoRun(f"queue {keys.queue}: no run enqueued; start one with 'govnews dist enqueue'")
    groups: Any = conn.xinfo_groups(keys.sites)
    group = next(g for g in groups if g["name"] == WORKERS.encode())
    sites: Any = conn.xlen(keys.sites)
    active = []
    if group["pending"]:
        pending: Any = conn.xpending_range(keys.sites, WORKERS, "-", "+", group["pending"])
        for entry in pending:
            stored: Any = conn.xrange(keys.sites, entry["message_id"], entry["message_id"])
            active.append(
                ActiveSite(
                    site=stored[0][1][b"site"].decode() if stored else "?",
                    consumer=entry["consumer"].decode(),
                    idle_seconds=entry["time_since_delivered"] / 1000,
                    deliveries=entry["times_delivered"],
                )
            )
    unwritten: Any = conn.xlen(keys.items)
    oldest = None
    if unwritten:
        first: Any = conn.xrange(keys.items, "-", "+", count=1)
        now: Any = conn.time()
        seconds, micros = now
        if first:
            oldest = max(0.0, seconds + micros / 1e6 - int(first[0][0].split(b"-")[0]) / 1000)
    backlog: Any = conn.get(keys.backlog)
    pages: Any = conn.hgetall(keys.pages)
    return RunState(
        sites=sites,
        waiting=sites - (group["entries-read"] or 0),
        active=active,
        unwritten=unwritten,
        backlog_bytes=int(backlog or 0),
        oldest_unwritten_seconds=oldest,
        pages={k.decode(): int(v) for k, v in pages.items()},
    )
