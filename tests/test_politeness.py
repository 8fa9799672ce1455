"""Politeness that Scrapy leaves to us: robots.txt Crawl-delay (scrapy#892), with Disallow obeyed."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from govnews.crawler.demo.run import crawl_into

PAGES = {
    "/robots.txt": "User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n",
    "/": "<html><body>"
    + "".join(f'<p><a href="/tin/{i}.html">Tin số {i}</a></p>' for i in range(4))
    + '<a href="/private/x.html">Riêng tư</a></body></html>',
}


class _Site(BaseHTTPRequestHandler):
    arrivals: list[tuple[float, str]] = []

    def do_GET(self) -> None:  # noqa: N802
        self.arrivals.append((time.monotonic(), self.path))
        body = PAGES.get(self.path, f"<html><body><h1>{self.path}</h1><p>Nội dung.</p></body></html>")
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if self.path.endswith(".txt") else "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site():
    _Site.arrivals = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", _Site.arrivals
    server.shutdown()
    server.server_close()


def test_crawl_delay_spaces_requests_and_disallow_is_obeyed(tmp_path, site):
    url, arrivals = site
    sources = tmp_path / "s.yml"
    sources.write_text(f"sources:\n  - id: t\n    name: T\n    url: {url}\n", encoding="utf-8")
    result = crawl_into(sources, tmp_path / "a.db", extra=("GOVNEWS_MAX_CRAWL_DELAY=60",))
    assert result.returncode == 0, result.stderr[-2000:]
    paths = [p for _, p in arrivals]
    assert {f"/tin/{i}.html" for i in range(4)} <= set(paths)
    assert not any(p.startswith("/private/") for p in paths)
    # After robots.txt has been read, requests to the site are at least Crawl-delay apart.
    times = [t for t, p in arrivals if p != "/robots.txt"]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert gaps and min(gaps) >= 0.9, gaps
