"""A real Datasette, started with datasette_command on a free loopback port, for the test_datasette_* and browser
tests: plain HTTP helpers, no mocks."""

import json
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from govnews.archive.schema import open_archive
from govnews.datasette_config.serve import datasette_command


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_NO_REDIRECT = urllib.request.build_opener(_NoRedirect)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(
    url: str,
    *,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict | None = None,
    follow: bool = True,
    timeout: float = 30,
) -> tuple[int, dict[str, str], str]:
    """Status, headers and body of one request; HTTP errors are answers, not exceptions."""
    request = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    opener = urllib.request.build_opener() if follow else _NO_REDIRECT
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


class Server:
    def __init__(self, path: Path, base: str):
        self.path = path
        self.name = path.stem
        self.base = base

    def url(self, path: str, **params: str) -> str:
        return self.base + path.replace("{db}", self.name) + ("?" + urllib.parse.urlencode(params) if params else "")

    def get(self, path: str, **params: str) -> tuple[int, str]:
        status, _, body = fetch(self.url(path, **params))
        return status, body

    def json(self, path: str, **params: str) -> dict:
        status, body = self.get(path, **params)
        assert status == 200, body[:500]
        return json.loads(body)

    def search_urls(self, q: str) -> set[str]:
        data = self.json("/{db}/articles.json", _search=q, _shape="objects", _size="max")
        return {row["url"] for row in data["rows"]}

    def ranked(self, q: str) -> list[dict]:
        return self.json("/{db}/search.json", q=q, _shape="objects")["rows"]

    def article_count(self) -> int:
        db = open_archive(self.path, create=False)
        try:
            return db["articles"].count
        finally:
            db.close()


@contextmanager
def serving(path: Path, metadata: Path | None = None) -> Iterator[Server]:
    """Datasette over ``path`` as ``govnews serve`` runs it (optionally with another metadata file) for the block."""
    port = free_port()
    command = datasette_command(path, port)
    if metadata:
        command[command.index("--metadata") + 1] = str(metadata)
    log = path.with_suffix(".log")
    with log.open("w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"datasette exited with {process.returncode}: {log.read_text()}")
            try:
                if fetch(base + "/-/versions.json", timeout=5)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"datasette did not answer within 30 s: {log.read_text()}")
            time.sleep(0.2)
        yield Server(path, base)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
