"""The sites of a run handed to workers, one worker per site at a time, through a stream and its consumer group.

A worker claims a site (XREADGROUP), renews its claim while it crawls (XCLAIM to itself resets the entry's idle
time) and acknowledges it when the crawl is done (XACK). A worker that dies stops renewing: once the entry has
been idle ``idle_seconds``, another worker takes it over (XPENDING IDLE, then XCLAIM). Renewing and acknowledging
check first, inside Redis, that the entry is still this worker's: a worker that stalled past the idle time and
lost its site learns so and stops, and never acknowledges a site another worker now crawls.
"""

import json
from dataclasses import dataclass
from typing import Any

import redis

from govnews.crawler.distributed.run import WORKERS, Keys

# KEYS[1] the sites stream; ARGV: group, consumer, entry id, action, idle ms. 1 when the entry was this consumer's.
_IF_MINE = """
local mine = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1, ARGV[2])
if #mine == 0 then return 0 end
if ARGV[4] == 'renew' then
  redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID')
elseif ARGV[4] == 'release' then
  redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'IDLE', ARGV[5], 'JUSTID')
elseif ARGV[4] == 'ack' then
  redis.call('XACK', KEYS[1], ARGV[1], ARGV[3])
end
return 1
"""


@dataclass(frozen=True)
class Claim:
    """A site this worker holds: its entry in the sites stream, and whether another worker held it before."""

    entry: bytes
    site: str
    sources: list[dict[str, Any]]
    takeover: bool


class SiteQueue:
    def __init__(self, conn: redis.Redis, keys: Keys, consumer: str, idle_seconds: float) -> None:
        self.conn = conn
        self.keys = keys
        self.consumer = consumer
        self.idle_ms = max(1, int(idle_seconds * 1000))
        self._if_mine = conn.register_script(_IF_MINE)

    def claim(self) -> Claim | None:
        """A site whose worker went silent for the idle time (taken over), else a site never handed out, else None.

        A silent worker's site is found with XPENDING's IDLE filter (one call however many sites are being
        crawled; XAUTOCLAIM scans at most ten entries per site it may claim) and taken with XCLAIM, which claims
        it only if it is still idle that long: of two workers taking it at once, one gets it."""
        stale: Any = self.conn.xpending_range(self.keys.sites, WORKERS, "-", "+", 1, idle=self.idle_ms)
        if stale:
            taken: Any = self.conn.xclaim(
                self.keys.sites, WORKERS, self.consumer, self.idle_ms, [stale[0]["message_id"]]
            )
            if taken and taken[0][1]:
                return _claim(taken[0], takeover=True)
        fresh: Any = self.conn.xreadgroup(WORKERS, self.consumer, {self.keys.sites: ">"}, count=1)
        if fresh and fresh[0][1]:
            return _claim(fresh[0][1][0], takeover=False)
        return None

    def renew(self, claim: Claim) -> bool:
        """Reset the claim's idle time; False when the site is no longer this worker's (it was taken over)."""
        return self._act(claim, "renew")

    def release(self, claim: Claim) -> bool:
        """Give an unfinished site back at once (a worker asked to stop): the next worker to look takes it over."""
        return self._act(claim, "release")

    def finish(self, claim: Claim) -> bool:
        """Acknowledge a crawled site; False (and nothing done) when it is no longer this worker's."""
        return self._act(claim, "ack")

    def _act(self, claim: Claim, action: str) -> bool:
        args: list[str | bytes | int] = [WORKERS, self.consumer, claim.entry, action, self.idle_ms]
        return bool(self._if_mine(keys=[self.keys.sites], args=args))


def _claim(entry: tuple[bytes, dict[bytes, bytes]], takeover: bool) -> Claim:
    entry_id, fields = entry
    return Claim(
        entry=entry_id,
        site=fields[b"site"].decode(),
        sources=json.loads(fields[b"sources"]),
        takeover=takeover,
    )
