"""What the distributed-crawl tests share: fixture portals each on a loopback address of its own (so each is its own
site, as real portals on their own hosts are), and the `govnews dist` commands run as the processes they are."""

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import yaml

from govnews.crawler.demo.server import PortalServer

# Loopback portals answer at once; the delay is small but real, so that politeness can be measured.
DELAY = 0.2
# sontra's robots.txt asks for Crawl-delay: 1; the cap makes it this (still more than DELAY).
CRAWL_DELAY_CAP = 0.5
RUN_SETTINGS = (
    f"DOWNLOAD_DELAY={DELAY}",
    "DOWNLOAD_DELAY_JITTER=0",
    "AUTOTHROTTLE_ENABLED=False",
    f"GOVNEWS_MAX_CRAWL_DELAY={CRAWL_DELAY_CAP}",
    "LOG_LEVEL=WARNING",
    # As the demo's: a few hundred pages, understood in the worker's event loop (a pool would cost more to start).
    "GOVNEWS_WORKERS=0",
)


@contextmanager
def portals_on_own_hosts(portal_ids: list[str]) -> Iterator[list[PortalServer]]:
    """Each portal served on 127.0.0.2, 127.0.0.3, ... (one PortalServer each)."""
    with ExitStack() as stack:
        yield [
            stack.enter_context(PortalServer(portals=[portal_id], host=f"127.0.0.{2 + n}"))
            for n, portal_id in enumerate(portal_ids)
        ]


def write_sources(servers: list[PortalServer], path: Path) -> None:
    sources = []
    for server in servers:
        for portal in server.portals:
            entry = {"id": portal.id, "name": portal.name, "url": portal.url}
            if portal.province:
                entry["province"] = portal.province
            sources.append(entry)
    path.write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")


class Dist:
    """`govnews dist ...` against one Redis, as child processes."""

    def __init__(self, redis_url: str) -> None:
        self.env = {**os.environ, "GOVNEWS_REDIS": redis_url}

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "govnews.crawler.cli", "dist", *args]

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args), env=self.env, capture_output=True, text=True, timeout=120)

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            self.command(*args), env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def enqueue(self, sources: Path, *settings: str) -> None:
        overrides = [arg for setting in (*RUN_SETTINGS, *settings) for arg in ("-s", setting)]
        result = self.run("enqueue", "--sources", str(sources), *overrides)
        assert result.returncode == 0, result.stderr

    def writer(self, db_path: Path) -> subprocess.Popen:
        """The writer, once it has opened (or created) the archive: workers read it."""
        process = self.start("writer", "--db", str(db_path))
        deadline = time.monotonic() + 60
        while not db_path.exists():
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.05)
        return process

    def status(self) -> dict:
        result = self.run("status", "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


def finish(process: subprocess.Popen, timeout: float = 180) -> tuple[str, str]:
    """Wait for a `govnews dist` process; its stdout and stderr, after checking it exited 0."""
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err[-3000:]
    return out, err
