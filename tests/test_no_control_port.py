"""A crawl listens on no port: Scrapy's telnet console and remote-control server run code sent to them, and an
unattended crawler on a shared server must not open either. Checked on the running process's own sockets."""

import subprocess
import time
from pathlib import Path

import pytest

from govnews.crawler.demo.run import crawl_command
from tests.handmade_site import SiteHandler, serving_site

LISTEN = "0A"  # TCP state in /proc/net/tcp


class SlowSite(SiteHandler):
    """robots.txt at once, then a home page that takes long enough to look at the crawl while it waits."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path == "/robots.txt":
            self.reply("User-agent: *\nAllow: /\n", "text/plain")
            return
        time.sleep(4)
        self.reply("<html><body><p>Trang chủ</p></body></html>")


def listening_ports(pid: int) -> set[int]:
    """TCP ports the process listens on, from its socket inodes and /proc/<pid>/net/tcp{,6}."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == LISTEN and fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def ports_while_crawling(tmp_path: Path, extra: tuple[str, ...] = ()) -> set[int]:
    with serving_site(SlowSite) as site:
        sources = tmp_path / "sources.yml"
        sources.write_text(f"sources:\n  - {{id: slow, name: Slow, url: '{site}/'}}\n", encoding="utf-8")
        crawl = subprocess.Popen(
            crawl_command(sources, tmp_path / "a.db", extra),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            seen: set[int] = set()
            # Sampled until the crawl has asked for the home page (it is then past every extension's start).
            while time.monotonic() < deadline and crawl.poll() is None:
                seen |= listening_ports(crawl.pid)
                if (tmp_path / "a.frontier").exists():
                    time.sleep(1.0)
                    seen |= listening_ports(crawl.pid)
                    break
                time.sleep(0.1)
            assert crawl.poll() is None, crawl.stderr.read()[-2000:] if crawl.stderr else ""
            return seen
        finally:
            crawl.kill()
            crawl.wait()


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="needs Linux /proc")
def test_a_crawl_listens_on_no_port(tmp_path):
    assert ports_while_crawling(tmp_path) == set()


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="needs Linux /proc")
def test_the_check_sees_scrapys_remote_control_when_it_is_switched_on(tmp_path):
    assert ports_while_crawling(tmp_path, ("REMOTE_CONTROL_ENABLED=True",))
