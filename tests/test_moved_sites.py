"""A source whose home page redirects: to another site of its owner (a department renamed after the 2025 merger,
http -> https, x.gov.vn -> portal.x.gov.vn) the crawl follows, after reading that site's robots.txt; to anyone
else's site it fetches nothing at all. Host names are *.test names resolved to 127.0.0.1 by tests.loopback_resolver."""

import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from govnews.crawler.demo.run import crawl_into

ARTICLE = (
    "<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Ngày 12/03/2024</p>"
    + "<p>Sở Nội vụ tổ chức hội nghị tập huấn về bình đẳng giới cho cán bộ, công chức nữ. " * 12
    + "</p></body></html>"
)
HOME = (
    "<html><body><h1>Sở Nội vụ</h1>"
    + "".join(f'<p><a href="/tin/{i}.html">Bình đẳng giới: tin số {i}</a></p>' for i in range(1, 4))
    + '<p><a href="/rieng/x.html">Nội bộ</a></p><p><a href="http://khac.test:{port}/a.html">Liên kết</a></p>'
    + "</body></html>"
)


class _Hosts(BaseHTTPRequestHandler):
    """One server, answering by Host: the old department site redirects everything to the new one."""

    log: list[tuple[str, str]] = []
    home_target = "snv.tinh.test"

    def do_GET(self) -> None:  # noqa: N802
        host, _, port = self.headers["Host"].partition(":")
        self.log.append((host, self.path))
        if host == "sldtbxh.tinh.test" and self.path != "/robots.txt":
            target = "/trang-chu" if self.path == "/" else self.path
            return self._send(301, "", {"Location": f"http://{self.home_target}:{port}{target}"})
        if self.path == "/robots.txt":
            return self._send(200, "User-agent: *\nDisallow: /rieng/\n", {"Content-Type": "text/plain"})
        if self.path == "/trang-chu":
            return self._send(200, HOME.replace("{port}", port))
        if self.path.startswith("/tin/"):
            return self._send(200, ARTICLE.format(title=f"Tập huấn bình đẳng giới {self.path}"))
        return self._send(404, "<html><body>Không tìm thấy</body></html>")

    def _send(self, status: int, body: str, headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **(headers or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hosts():
    _Hosts.log = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hosts)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], _Hosts
    server.shutdown()
    server.server_close()


def _crawl(tmp_path, port: int):
    sources = tmp_path / "s.yml"
    sources.write_text(
        f"sources:\n  - id: sld\n    name: Sở LĐTBXH\n    url: http://sldtbxh.tinh.test:{port}/\n", encoding="utf-8"
    )
    db = tmp_path / "a.db"
    result = crawl_into(sources, db, extra=("DNS_RESOLVER=tests.loopback_resolver.LoopbackResolver",))
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        return {url: (kind, reason) for url, kind, reason in conn.execute("select url, kind, reason from pages")}


def test_a_home_page_moved_to_a_sibling_site_is_followed_after_its_robots_txt(tmp_path, hosts):
    port, handler = hosts
    pages = _crawl(tmp_path, port)
    log = handler.log
    new_site = [path for host, path in log if host == "snv.tinh.test"]
    assert new_site[0] == "/robots.txt", log  # nothing fetched on the new site before its rules
    assert {"/trang-chu", "/tin/1.html", "/tin/2.html", "/tin/3.html"} <= set(new_site)
    assert not any(path.startswith("/rieng/") for path in new_site)  # the new site's Disallow holds
    assert not any(host == "khac.test" for host, _ in log)  # a link to someone else's site is not followed
    assert pages[f"http://snv.tinh.test:{port}/tin/1.html"][0] in ("article", "offtopic", "page", "listing")


def test_a_home_page_redirected_to_another_owner_fetches_nothing_there(tmp_path, hosts):
    port, handler = hosts
    handler.home_target = "khac.test"
    pages = _crawl(tmp_path, port)
    assert not any(host == "khac.test" for host, _ in handler.log), handler.log
    kind, reason = pages[f"http://sldtbxh.tinh.test:{port}/"]
    assert kind == "offsite" and "khac.test" in reason
