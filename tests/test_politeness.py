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
    + '<a href="/private/x.html">Riêng tư</a><a href="/cu.html">Tin cũ</a></body></html>',
}
# A page that moved: the redirect's answer must free the site for the next request.
REDIRECTS = {"/cu.html": "/moi.html"}


class _Site(BaseHTTPRequestHandler):
    arrivals: list[tuple[float, str]] = []

    def do_GET(self) -> None:  # noqa: N802
        self.arrivals.append((time.monotonic(), self.path))
        if self.path in REDIRECTS:
            self.send_response(301)
            self.send_header("Location", REDIRECTS[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
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
    assert {f"/tin/{i}.html" for i in range(4)} | {"/cu.html", "/moi.html"} <= set(paths)
    assert not any(p.startswith("/private/") for p in paths)
    # From robots.txt on, each request arrives at least Crawl-delay after the previous one: the delay counts from
    # the previous answer, so no lateness of the crawler's event loop can shorten a gap at the server.
    times = [t for t, _ in arrivals]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert paths[0] == "/robots.txt"
    assert gaps and min(gaps) >= 1.0, gaps
