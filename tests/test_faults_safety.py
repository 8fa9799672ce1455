"""Safety of what we run: fixture servers serve only their own pages (no path traversal), and nothing listens
beyond 127.0.0.1 unless asked (PortalServer, FaultServer, `govnews serve`)."""

import http.client
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from govnews.archive.schema import open_archive
from govnews.crawler.demo.faults import FaultServer
from govnews.crawler.demo.server import PortalServer

TRAVERSALS = [
    "/../../etc/passwd",
    "/..%2f..%2fetc%2fpasswd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/%252e%252e/%252e%252e/etc/passwd",
    "//etc/passwd",
    "/tin/../../../../etc/passwd",
    "/..\\..\\etc\\passwd",
    "/robots.txt/../../etc/passwd",
]


def _get(url: str, path: str) -> tuple[int, bytes]:
    host, port = url.removeprefix("http://").rstrip("/").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)  # the path exactly as written
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def servers():
    with PortalServer(portals=["dienbien", "quangtri-huyen"]) as portals, FaultServer() as faults:
        yield [p.url for p in portals.portals] + [s.url for s in faults.sites]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_traversal(servers, path):
    for url in servers:
        status, body = _get(url, path)
        assert status == 404, (url, path, status)
        assert b"root:" not in body


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of sockets listening on ``port``, from the kernel's own tables."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A = LISTEN
                found.add(address)
    return found


LOOPBACK = "0100007F"  # 127.0.0.1 as /proc/net/tcp writes it


def test_fixture_servers_listen_on_loopback_only(servers):
    for url in servers:
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        assert _listening_addresses(port) == {LOOPBACK}, url


def test_govnews_serve_listens_on_loopback_only(tmp_path):
    db = tmp_path / "archive.db"
    open_archive(db).close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "govnews.crawler.cli", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in server.stdout:  # Datasette (uvicorn) says when it listens
            if "Uvicorn running" in line:  # printed once the socket listens ("startup complete" comes before)
                break
        else:
            pytest.fail("govnews serve exited before listening")
        assert _listening_addresses(port) == {LOOPBACK}
    finally:
        server.terminate()
        server.wait(timeout=30)
