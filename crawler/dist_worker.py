"""A distributed crawl's worker: it claims sites from the run's queue in Redis and crawls each with the one
PortalSpider and the run's settings, as `govnews crawl` would, but sends the finished pages to the writer.

Each claimed site is its own Scrapy crawl in this process (up to ``capacity`` at once), so Scrapy's per-site
delay, AutoThrottle, robots.txt and the recrawl policy work exactly as on one machine, and no other worker
sends that site a request while the claim holds. The worker renews its claims while it crawls, acknowledges a
site only once all its pages are sent, and stops a crawl whose site another worker has taken over. A site taken
over from a dead worker is crawled again once the writer has written what the dead worker sent: the archive
then tells the new crawl what is known, and only what the dead worker had in flight is fetched twice.
"""

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis
import yaml
from scrapy.crawler import AsyncCrawlerProcess, Crawler
from scrapy.settings import Settings

from govnews.archive.schema import open_archive
from govnews.crawler.distributed.connection import connect, one_line
from govnews.crawler.distributed.item_stream import ItemStream
from govnews.crawler.distributed.run import Keys, Run, load_run, sites_left
from govnews.crawler.distributed.site_queue import Claim, SiteQueue
from govnews.crawler.runner import project

STORE_PIPELINE = "govnews.crawler.pipelines.store.StorePipeline"
OUTBOX_PIPELINE = "govnews.crawler.pipelines.outbox.OutboxPipeline"
POLL_SECONDS = 0.5
# A crawl that closed for one of these reasons did not crawl its site through: the site goes back to the queue.
UNFINISHED = frozenset({"shutdown", "archive_error"})


def worker_settings(run: Run, redis_url: str, queue: str, db_path: Path) -> Settings:
    """The run's settings over the project's, with the pages going to Redis instead of the archive. The archive
    at ``db_path`` is only read (what earlier runs know). The worker's site crawls share one pool of
    GOVNEWS_WORKERS processes that understand pages, which keeps that work off the event loop that sends the
    requests (so that they leave on time)."""
    settings = project()
    settings.update(run.settings, priority="cmdline")
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    pipelines[STORE_PIPELINE] = None
    pipelines[OUTBOX_PIPELINE] = 900
    settings.set("ITEM_PIPELINES", pipelines, priority="cmdline")
    settings.set("GOVNEWS_PROGRESS_SECONDS", 0, priority="cmdline")
    settings.set("GOVNEWS_DB", str(db_path), priority="cmdline")
    settings.set("GOVNEWS_DIST_REDIS", redis_url, priority="cmdline")
    settings.set("GOVNEWS_DIST_QUEUE", queue, priority="cmdline")
    return settings


class Worker:
    """The claim-crawl-acknowledge loop of one worker process, run on the crawl's event loop."""

    def __init__(
        self,
        process: AsyncCrawlerProcess,
        settings: Settings,
        queue: SiteQueue,
        stream: ItemStream,
        keys: Keys,
        capacity: int,
        scratch: Path,
        echo: Callable[[str], None],
    ) -> None:
        self.process = process
        self.settings = settings
        self.spidercls = process.spider_loader.load("portal")
        self.queue = queue
        self.stream = stream
        self.keys = keys
        self.capacity = capacity
        self.scratch = scratch
        self.echo = echo
        self.renew_every = settings.getfloat("GOVNEWS_DIST_CLAIM_IDLE") / 5
        self.claims: dict[bytes, Claim] = {}
        self.crawlers: dict[bytes, Crawler] = {}
        self.lost: set[bytes] = set()
        self.tasks: set[asyncio.Task[None]] = set()
        self.counts: Counter[str] = Counter()
        self.stopping = False

    async def run(self) -> None:
        renewer = asyncio.ensure_future(self._renew_claims())
        try:
            while not self.stopping:
                try:
                    if self._step():
                        break
                except redis.RedisError as exc:
                    self.echo(f"govnews: worker {self.queue.consumer}: Redis: {one_line(exc)}; trying again")
                await asyncio.sleep(POLL_SECONDS)
            if self.tasks:
                await asyncio.gather(*self.tasks)
        finally:
            renewer.cancel()

    def _step(self) -> bool:
        """Claim sites while there is room; True when the run has no site left to crawl or to take over."""
        while len(self.claims) < self.capacity and not self.stopping:
            claim = self.queue.claim()
            if claim is None:
                break
            self.claims[claim.entry] = claim
            task = asyncio.ensure_future(self._crawl(claim))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        return not self.claims and sites_left(self.queue.conn, self.keys) == 0

    def stop(self) -> None:
        """Stop claiming, close the crawls in progress and hand their sites back (SIGTERM, Ctrl-C)."""
        self.stopping = True
        for crawler in self.crawlers.values():
            asyncio.ensure_future(crawler.stop_async())

    async def _crawl(self, claim: Claim) -> None:
        folder = Path(tempfile.mkdtemp(prefix="site-", dir=self.scratch))
        try:
            if claim.takeover and not await self._writer_caught_up(claim):
                return
            if self.stopping:  # stopped between the claim and the crawl's start
                self._release(claim)
                return
            sources = folder / "sources.yml"
            sources.write_text(yaml.safe_dump({"sources": claim.sources}, allow_unicode=True), encoding="utf-8")
            settings = self.settings.copy()
            settings.set("GOVNEWS_FRONTIER_DIR", str(folder / "frontier"), priority="cmdline")
            crawler = Crawler(self.spidercls, settings)
            self.crawlers[claim.entry] = crawler
            await self.process.crawl(crawler, sources=str(sources))
            self._crawled(claim, crawler)
        except Exception as exc:  # a crawl that could not start: the site goes back for another worker
            self.echo(f"govnews: worker {self.queue.consumer}: site {claim.site} failed: {one_line(exc)}")
            self._release(claim)
        finally:
            self.claims.pop(claim.entry, None)
            self.crawlers.pop(claim.entry, None)
            shutil.rmtree(folder, ignore_errors=True)

    async def _writer_caught_up(self, claim: Claim) -> bool:
        """Before crawling a site taken over, wait until the writer has written every page sent so far (among
        them the dead worker's), so that the archive tells the new crawl what is known. False if stopped."""
        mark = self.stream.mark()
        while not self.stream.written_through(mark):
            if self.stopping or claim.entry in self.lost:
                self._release(claim)
                return False
            await asyncio.sleep(POLL_SECONDS)
        return True

    def _crawled(self, claim: Claim, crawler: Crawler) -> None:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        reason = str(stats.get("finish_reason", "unknown"))
        requests = int(stats.get("downloader/request_count", 0))
        name = self.queue.consumer
        if claim.entry in self.lost:
            self.echo(f"govnews: worker {name}: site {claim.site} was taken over by another worker; stopped")
            return
        if reason in UNFINISHED:
            self._release(claim)
            self.echo(f"govnews: worker {name}: site {claim.site} {reason} after {requests} requests; handed back")
            return
        self.stream.send_site(
            claim.site, {"requests": requests, "skipped": int(stats.get("govnews/skipped", 0)), "reason": reason}
        )
        if self.queue.finish(claim):
            self.counts["sites"] += 1
            self.counts["takeovers"] += claim.takeover
            self.counts["requests"] += requests
            taken = " (taken over)" if claim.takeover else ""
            self.echo(f"govnews: worker {name}: site {claim.site}{taken} {reason}: {requests} requests")

    def _release(self, claim: Claim) -> None:
        with contextlib.suppress(redis.RedisError):
            self.queue.release(claim)

    async def _renew_claims(self) -> None:
        while True:
            await asyncio.sleep(self.renew_every)
            for entry, claim in list(self.claims.items()):
                try:
                    mine = self.queue.renew(claim)
                except redis.RedisError as exc:
                    self.echo(f"govnews: worker {self.queue.consumer}: cannot renew {claim.site}: {one_line(exc)}")
                    continue
                if not mine and entry not in self.lost:
                    # Another worker took the site over (this one stalled past the idle time): stop fetching.
                    self.lost.add(entry)
                    crawler = self.crawlers.get(entry)
                    if crawler is not None:
                        asyncio.ensure_future(crawler.stop_async())


def run_worker(redis_url: str, queue: str, db_path: Path | None, capacity: int, echo: Callable[[str], None]) -> str:
    """Crawl the run's sites until none is left to crawl or to take over; return a one-line summary."""
    keys = Keys(queue)
    conn = connect(redis_url)
    run = load_run(conn, keys)
    consumer = f"{socket.gethostname()}-{os.getpid()}"
    scratch = Path(tempfile.mkdtemp(prefix="govnews-worker-"))
    try:
        if db_path is None:  # nothing known: a first crawl of every site
            db_path = scratch / "knowledge.db"
            open_archive(db_path).close()
        settings = worker_settings(run, redis_url, queue, db_path)
        queue_ = SiteQueue(conn, keys, consumer, settings.getfloat("GOVNEWS_DIST_CLAIM_IDLE"))
        process = AsyncCrawlerProcess(settings)
        worker = Worker(process, settings, queue_, ItemStream(conn, keys), keys, capacity, scratch, echo)
        _serve(worker)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    counts = worker.counts
    return (
        f"govnews: worker {consumer}: {counts['sites']} sites crawled ({counts['takeovers']} taken over), "
        f"{counts['requests']} requests"
    )


def _serve(worker: Worker) -> None:
    """Run the worker on the crawl's event loop until it is done. The first SIGTERM or Ctrl-C stops it gracefully
    (sites handed back); a second stops the loop at once (its sites are taken over after the idle time)."""
    from twisted.internet import reactor as installed

    reactor: Any = installed  # the asyncio reactor Scrapy installed (its stubs type the module, not the object)

    def stop_now(_: Any = None) -> None:
        with contextlib.suppress(RuntimeError):
            reactor.stop()

    def on_signal(signum: int, _frame: Any) -> None:
        if worker.stopping:
            reactor.callFromThread(stop_now)
        else:
            reactor.callFromThread(worker.stop)

    task = asyncio.get_event_loop().create_task(worker.run())
    task.add_done_callback(stop_now)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    worker.process.start(stop_after_crawl=False, install_signal_handlers=False)
    error = task.exception() if task.done() and not task.cancelled() else None
    if error is not None:
        raise error


def spawn_workers(redis_url: str, queue: str, db_path: Path | None, capacity: int, processes: int) -> int:
    """Run ``processes`` worker processes and wait for them, passing signals on; return the worst exit status.
    Each is a consumer of its own: killing this process leaves them crawling, and a killed one's sites are taken
    over by the others. The Redis URL reaches them through GOVNEWS_REDIS, off the process list."""
    command = [sys.executable, "-m", "govnews.crawler.cli", "dist", "worker", "--queue", queue]
    command += ["--sites", str(capacity)]
    if db_path is not None:
        command += ["--db", str(db_path)]
    env = {**os.environ, "GOVNEWS_REDIS": redis_url}
    children = [subprocess.Popen(command, env=env) for _ in range(processes)]

    def forward(signum: int, _frame: Any) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    # Ctrl-C reaches every process of the terminal's group already: passed on, each child would take it twice
    # (the second stops it at once).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return max(child.wait() for child in children)
