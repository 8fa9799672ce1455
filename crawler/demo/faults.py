"""A hostile fixture portal on 127.0.0.1: server errors, resets, stalls, bombs, redirect traps, bad charsets.

The pages and their faults are data in faults.yml; the articles behind them are corpus articles with gold
bodies. Like PortalServer it is a context manager with a request log; it never touches the file system
after start-up, so no request path can reach a file.
"""

import gzip
import socket
import struct
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

import yaml

from govnews.crawler.demo.corpus import BUNDLED_CORPUS, CorpusArticle, load_portal_articles
from govnews.crawler.demo.portals import load_specs
from govnews.crawler.demo.text import encode_cp1258, tiny_pdf

FAULTS_FILE = Path(__file__).with_name("faults.yml")
_BOMB_MEMBER_BYTES = 16 * 1024 * 1024
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class FaultPage:
    """One URL of faults.yml: where it is, what goes wrong there and what a crawl must record."""

    site: str
    path: str
    fault: str
    expect: dict[str, Any] | None
    article: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FaultSite:
    id: str
    name: str
    province: str | None
    robots: str
    url: str


@dataclass(frozen=True)
class FaultRequest:
    path: str
    status: int  # 0 when no status line was sent (reset, stall)
    at: float  # time.monotonic() on arrival


@cache
def load_faults() -> dict[str, Any]:
    return yaml.safe_load(FAULTS_FILE.read_text(encoding="utf-8"))


@cache
def corpus_articles() -> dict[str, CorpusArticle]:
    """Every article of the bundled corpus by id."""
    found: dict[str, CorpusArticle] = {}
    for spec in load_specs():
        for article in load_portal_articles(BUNDLED_CORPUS, spec.id, {c.slug for c in spec.categories}):
            found[article.id] = article
    return found


def page_article(page: FaultPage) -> CorpusArticle:
    """The corpus article behind a page whose fault serves one (faults.yml names it with `article:`)."""
    if page.article is None:
        raise KeyError(f"faults.yml: {page.site} {page.path} ({page.fault}) names no article")
    return corpus_articles()[page.article]


def fault_pages() -> list[FaultPage]:
    pages = []
    for raw in load_faults()["pages"]:
        raw = dict(raw)
        pages.append(
            FaultPage(
                site=raw.pop("site"),
                path=raw.pop("path"),
                fault=raw.pop("fault"),
                expect=raw.pop("expect"),
                article=raw.pop("article", None),
                options=raw,
            )
        )
    return pages


@cache
def _gzip_bomb(gigabytes: int) -> bytes:
    """Gzip members of 16 MB of spaces, repeated: ~1 KB on the wire per MB once inflated."""
    member = gzip.compress(b" " * _BOMB_MEMBER_BYTES, compresslevel=9)
    return member * (gigabytes * 1024 * 1024 * 1024 // _BOMB_MEMBER_BYTES)


def _key(path: str) -> str:
    """How a request path is matched: percent-decoded, NFC (an NFD spelling reaches the same page)."""
    return unicodedata.normalize("NFC", unquote(urlsplit(path).path))


@dataclass
class _Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    action: str = "send"  # send | reset | stall | truncate
    seconds: float = 0.0
    missing: int = 0


class _Site:
    """One fault site: its pages, its HTTP server and its request log."""

    def __init__(self, spec: dict[str, Any], pages: list[FaultPage], httpd: ThreadingHTTPServer) -> None:
        self.spec, self.pages, self.httpd = spec, pages, httpd
        self.url = f"http://127.0.0.1:{httpd.server_address[1]}/"
        self.log: list[FaultRequest] = []
        self.tries: dict[str, int] = {}
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.routes: dict[str, FaultPage] = {}
        for page in pages:
            self.routes[_key(page.path)] = page
            for extra in (page.options.get("to"), page.options.get("also")):
                if extra:
                    self.routes[_key(extra)] = page
        self.thread = threading.Thread(target=httpd.serve_forever, name=f"faults-{spec['id']}", daemon=True)

    def answer(self, raw_path: str) -> _Reply:
        key = _key(raw_path)
        if key == "/robots.txt":
            return self._robots()
        if key == "/":
            return _html(self._home())
        page = self.routes.get(key)
        if page is None:
            chain = self._chain_page(key)
            return chain or _html(_document("404", "<p>Không tìm thấy trang.</p>"), status=404)
        with self.lock:
            self.tries[key] = self.tries.get(key, 0) + 1
            tries = self.tries[key]
        return _FAULTS[page.fault](self, page, key, raw_path, tries)

    def _robots(self) -> _Reply:
        mode = str(self.spec["robots"])
        if mode == "ok":
            return _Reply(200, b"User-agent: *\nDisallow: /quan-tri/\n", {"Content-Type": "text/plain"})
        return _Reply(int(mode), f"robots.txt: HTTP {mode}".encode(), {"Content-Type": "text/plain"})

    def _home(self) -> str:
        links = []
        for page in self.pages:
            title = corpus_articles()[page.article].title if page.article else page.path
            links.append(f'<li><a href="{escape(page.path)}">{escape(title)}</a></li>')
            if page.fault == "vietnamese_url":
                nfd = quote(unicodedata.normalize("NFD", page.path))
                links.append(f'<li><a href="{nfd}">{escape(title)} (NFD)</a></li>')
            if page.options.get("also"):
                links.append(f'<li><a href="{escape(page.options["also"])}">{escape(title)} (bản sao)</a></li>')
        return _document(self.spec["name"], f"<h1>{escape(self.spec['name'])}</h1><ul>{''.join(links)}</ul>")

    def _chain_page(self, key: str) -> _Reply | None:
        """/tin/chuyen-huong/N.html redirects to N+1 until the chain's last hop, a plain page."""
        chains = [p for p in self.pages if p.fault == "redirect_chain"]
        for page in chains:
            prefix = page.path.rsplit("/", 1)[0] + "/"
            number = key.removeprefix(prefix).removesuffix(".html")
            if key.startswith(prefix) and number.isdigit():
                if int(number) >= page.options["hops"]:
                    return _html(_document("Cuối chuỗi", "<p>Cuối chuỗi chuyển hướng.</p>"))
                return _Reply(302, headers={"Location": f"{prefix}{int(number) + 1}.html"})
        return None


# --- faults -------------------------------------------------------------------------------------------


def _article_html(article: CorpusArticle, head: str = "") -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in (article.lead, *article.paragraphs) if p)
    date = article.published[8:10] + "/" + article.published[5:7] + "/" + article.published[:4]
    content = (
        f'<div class="post-meta"><time datetime="{article.published}">{date}</time></div>'
        f'<div class="news-detail"><h1>{escape(article.title)}</h1>{body}</div>'
    )
    return _document(article.title, content, head)


def _document(title: str, content: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{head}<title>{escape(title)}</title></head><body>'
        f'<div class="header"><a href="/">Trang chủ</a></div>'
        f'{content}<div class="footer">Cổng thông tin thử nghiệm lỗi. Địa chỉ: 127.0.0.1</div></body></html>'
    )


def _html(text: str, status: int = 200, charset: str = "utf-8") -> _Reply:
    return _Reply(status, text.encode(charset), {"Content-Type": f"text/html; charset={charset}"})


def _page(site: _Site, page: FaultPage) -> _Reply:
    return _html(_article_html(page_article(page)))


def _fail_then_ok(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    if tries <= page.options["failures"]:
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if page.options.get("retry_after"):
            headers["Retry-After"] = str(page.options["retry_after"])
        return _Reply(page.options["status"], b"<html><body>Server busy</body></html>", headers)
    return _page(site, page)


def _reset(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    return _Reply(0, action="reset")


def _stall(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    return _Reply(0, action="stall", seconds=float(page.options["seconds"]))


def _truncated(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    reply = _page(site, page)
    reply.action, reply.missing = "truncate", int(page.options["missing_bytes"])
    return reply


def _oversized(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    filler = "<p>Nội dung lặp lại để trang vượt quá giới hạn tải về.</p>\n".encode()
    count = page.options["megabytes"] * 1024 * 1024 // len(filler) + 1
    return _Reply(
        200, b"<html><body>" + filler * count + b"</body></html>", {"Content-Type": "text/html; charset=utf-8"}
    )


def _gzip_bomb_reply(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    return _Reply(
        200,
        _gzip_bomb(page.options["gigabytes"]),
        {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
    )


def _redirect_loop(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    target = page.options["to"] if key == _key(page.path) else page.path
    return _Reply(302, headers={"Location": quote(target)})


def _redirect_chain(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    return site._chain_page(key) or _Reply(404)


def _pdf_as_html(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    return _Reply(200, tiny_pdf("Bao cao binh dang gioi"), {"Content-Type": "text/html; charset=utf-8"})


def _binary_as_html(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    noise = bytes((i * 73 + 41) % 256 for i in range(4096))
    return _Reply(200, _PNG_MAGIC + b"\x00\x00\x00\rIHDR" + noise, {"Content-Type": "text/html"})


def _charset(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    encoding, declared = page.options["encoding"], page.options["declared"]
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">' if declared == "meta" else ""
    text = _article_html(page_article(page), head)
    body = encode_cp1258(text) if encoding == "windows-1258" else text.encode(encoding)
    content_type = "text/html"
    if declared == "header":
        content_type += f"; charset={encoding}"
    elif declared not in ("meta", "none"):
        content_type += f"; charset={declared}"  # a wrong declaration
    return _Reply(200, body, {"Content-Type": content_type})


def _param_trap(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    """Every page links every sort x filter combination of the next page: no end without a bound."""
    params = dict(parse_qsl(urlsplit(raw).query))
    number = int(params.get("page", "1")) if params.get("page", "1").isdigit() else 1
    links = [f'<li><a href="{page.path}?page={number + 1}">Trang {number + 1}</a></li>']
    for sort in page.options["sorts"]:
        for kept in page.options["filters"]:
            query = urlencode({"sort": sort, "filter": kept, "page": number + 1})
            links.append(f'<li><a href="{page.path}?{escape(query)}">{escape(sort)} / {escape(kept)}</a></li>')
    return _html(_document(f"Tin tức - trang {number}", f'<ul class="pagination">{"".join(links)}</ul>'))


def _plain(site: _Site, page: FaultPage, key: str, raw: str, tries: int) -> _Reply:
    return _page(site, page)


_FAULTS = {
    "fail_then_ok": _fail_then_ok,
    "reset": _reset,
    "stall": _stall,
    "truncated": _truncated,
    "oversized": _oversized,
    "gzip_bomb": _gzip_bomb_reply,
    "redirect_loop": _redirect_loop,
    "redirect_chain": _redirect_chain,
    "pdf_as_html": _pdf_as_html,
    "binary_as_html": _binary_as_html,
    "charset": _charset,
    "vietnamese_url": _plain,
    "duplicate": _plain,
    "param_trap": _param_trap,
    "none": _plain,
}


class _Handler(BaseHTTPRequestHandler):
    server_version = "Apache"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    site: _Site  # set on the per-site subclass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        reply = self.site.answer(self.path)
        with self.site.lock:  # logged before answering, so a client never sees a reply missing from the log
            self.site.log.append(FaultRequest(self.path, reply.status, time.monotonic()))
        if reply.action == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if reply.action == "stall":
            self.site.stopping.wait(reply.seconds)
            self.close_connection = True
            return
        self.send_response(reply.status)
        reply.headers.setdefault("Content-Type", "text/html; charset=utf-8")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body) + reply.missing))
        self.end_headers()
        try:
            self.wfile.write(reply.body)
        except OSError:
            pass  # the client gave up (a size limit, a timeout): nothing to do
        if reply.action == "truncate":
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Silence the per-request stderr line; requests are in ``FaultServer.requests``."""


class FaultServer:
    """The fault sites of faults.yml as a context manager: ``with FaultServer() as server: server.sites``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._sites: dict[str, _Site] = {}

    def start(self) -> "FaultServer":
        if self._sites:
            return self
        pages = fault_pages()
        try:
            for spec in load_faults()["sites"]:
                httpd = ThreadingHTTPServer((self.host, 0), _Handler)
                httpd.daemon_threads = True
                site = _Site(spec, [p for p in pages if p.site == spec["id"]], httpd)
                httpd.RequestHandlerClass = type(f"Handler_{spec['id']}", (_Handler,), {"site": site})
                self._sites[spec["id"]] = site
        except BaseException:
            self.stop()
            raise
        for site in self._sites.values():
            site.thread.start()
        return self

    def stop(self) -> None:
        for site in self._sites.values():
            site.stopping.set()
            if site.thread.is_alive():
                site.httpd.shutdown()
                site.thread.join(timeout=5)
            site.httpd.server_close()
        self._sites.clear()

    def __enter__(self) -> "FaultServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def sites(self) -> list[FaultSite]:
        return [
            FaultSite(s.spec["id"], s.spec["name"], s.spec.get("province"), str(s.spec["robots"]), s.url)
            for s in self._sites.values()
        ]

    @property
    def pages(self) -> list[FaultPage]:
        return [p for s in self._sites.values() for p in s.pages]

    @property
    def crawl_settings(self) -> tuple[str, ...]:
        return tuple(load_faults()["crawl_settings"])

    def url(self, page: FaultPage, path: str | None = None) -> str:
        """The absolute URL of a page (or of another of its paths), percent-encoded as a crawler sends it."""
        return self._sites[page.site].url.rstrip("/") + quote(path or page.path)

    def site_url(self, site_id: str) -> str:
        return self._sites[site_id].url

    def gold(self, page: FaultPage) -> str:
        """The gold body of the article behind a page."""
        return page_article(page).body

    def write_sources(self, path: str | Path) -> None:
        sources = [
            {"id": s.id, "name": s.name, "url": s.url, **({"province": s.province} if s.province else {})}
            for s in self.sites
        ]
        Path(path).write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True, sort_keys=False), "utf-8")

    def requests(self, site_id: str) -> list[FaultRequest]:
        site = self._sites[site_id]
        with site.lock:
            return list(site.log)

    def reset(self) -> None:
        """Forget the request log and the tries, so that a second crawl meets the same faults."""
        for site in self._sites.values():
            with site.lock:
                site.log.clear()
                site.tries.clear()
