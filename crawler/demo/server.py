"""Serve the fixture portals on 127.0.0.1, one port each, from pages pre-rendered at start-up.

Shared by ``govnews demo``, the test suite and the benchmarks; see docs/demo-corpus.md for the corpus.
"""

import argparse
import hashlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

from govnews.crawler.demo.corpus import BUNDLED_CORPUS, load_portal_articles
from govnews.crawler.demo.gold import GoldArticle
from govnews.crawler.demo.portals import PortalSpec, load_specs, load_strings
from govnews.crawler.demo.templates import TEMPLATES
from govnews.crawler.demo.templates.base import Template


@dataclass(frozen=True)
class Portal:
    id: str
    name: str
    province: str | None
    url: str
    template: str
    holdout: bool
    encoding: str
    stick: bool = False


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    user_agent: str | None
    headers: dict[str, str]
    status: int
    # time.monotonic() when the request arrived: the gaps between a site's requests (politeness tests).
    at: float = 0.0


class _PortalState:
    """One running portal: its rendered site, its HTTP server and its request log."""

    def __init__(self, spec: PortalSpec, site: Template, httpd: ThreadingHTTPServer, url: str):
        self.spec, self.site, self.httpd, self.url = spec, site, httpd, url
        self.log: list[LoggedRequest] = []
        self.validators = False
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=httpd.serve_forever, name=f"portal-{spec.id}", daemon=True)


class _Handler(BaseHTTPRequestHandler):
    server_version = "Microsoft-IIS/8.5"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    state: _PortalState  # set on the per-portal subclass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        arrived = time.monotonic()
        site = self.state.site
        response = site.lookup(self.path) or site.not_found()
        headers = dict(response.headers)
        status = response.status
        if self.state.validators and status == 200:
            # A validator of the page as rendered (before per-visit session ids): 304 when it still holds.
            headers["ETag"] = f'"{hashlib.sha1(response.body).hexdigest()[:16]}"'
            if self.headers.get("If-None-Match") == headers["ETag"]:
                status = 304
        body = b"" if status == 304 else site.personalize(response.body)
        entry = LoggedRequest(
            method=self.command,
            path=self.path,
            user_agent=self.headers.get("User-Agent"),
            headers=dict(self.headers.items()),
            status=status,
            at=arrived,
        )
        with self.state.lock:  # logged before answering, so a client never sees a reply missing from the log
            self.state.log.append(entry)
        self.send_response(status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Silence the per-request stderr line; requests are in ``PortalServer.requests``."""


class PortalServer:
    """The fixture portals as a context manager: ``with PortalServer() as server: server.portals``."""

    def __init__(
        self,
        corpus_dir: str | Path | None = None,
        portals: list[str] | None = None,
        include_holdout: bool = True,
        host: str = "127.0.0.1",
        base_port: int | None = None,
        validators: bool = False,
    ):
        self.corpus_dir = Path(corpus_dir) if corpus_dir is not None else BUNDLED_CORPUS
        specs = [s for s in load_specs() if include_holdout or not s.holdout]
        if portals is not None:
            unknown = set(portals) - {s.id for s in specs}
            if unknown:
                raise ValueError(f"unknown or excluded portal ids: {sorted(unknown)}")
            specs = [s for s in specs if s.id in portals]
        self.specs = specs
        self.host = host
        self.base_port = base_port
        self.validators = validators
        self._states: dict[str, _PortalState] = {}

    # ---- lifecycle --------------------------------------------------------------------------
    def start(self) -> "PortalServer":
        """Bind every portal, pre-render its pages (they need the port), then serve in daemon threads."""
        if self._states:
            return self
        strings = load_strings()
        try:
            for offset, spec in enumerate(self.specs):
                port = 0 if self.base_port is None else self.base_port + offset
                httpd = ThreadingHTTPServer((self.host, port), _Handler)
                httpd.daemon_threads = True
                url = f"http://{self.host}:{httpd.server_address[1]}/"
                site = self.build_site(spec, url, strings)
                state = _PortalState(spec, site, httpd, url)
                state.validators = self.validators
                httpd.RequestHandlerClass = type(f"Handler_{spec.template}", (_Handler,), {"state": state})
                self._states[spec.id] = state
        except BaseException:
            self.stop()
            raise
        for state in self._states.values():
            state.thread.start()
        return self

    def build_site(self, spec: PortalSpec, url: str, strings: dict) -> Template:
        """Render one portal from its corpus file; the benchmarks override it to serve a generated portal."""
        categories = {c.slug for c in spec.categories}
        articles = load_portal_articles(self.corpus_dir, spec.id, categories)
        site = TEMPLATES[spec.template](spec, articles, url, strings)
        site.build()
        return site

    def stop(self) -> None:
        """Shut every portal down and free its port."""
        for state in self._states.values():
            if state.thread.is_alive():
                state.httpd.shutdown()
                state.thread.join(timeout=5)
            state.httpd.server_close()
        self._states.clear()

    def __enter__(self) -> "PortalServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- the contract -----------------------------------------------------------------------
    @property
    def portals(self) -> list[Portal]:
        return [
            Portal(
                id=s.spec.id,
                name=s.spec.name,
                province=s.spec.province,
                url=s.url,
                template=s.spec.template,
                holdout=s.spec.holdout,
                stick=s.spec.stick,
                encoding=s.spec.encoding,
            )
            for s in self._started().values()
        ]

    def write_sources(self, path: str | Path) -> None:
        """A govnews sources file listing the running portals."""
        sources = []
        for portal in self.portals:
            entry = {"id": portal.id, "name": portal.name, "url": portal.url}
            if portal.province:
                entry["province"] = portal.province
            sources.append(entry)
        Path(path).write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True, sort_keys=False), "utf-8")

    def requests(self, portal_id: str) -> list[LoggedRequest]:
        state = self._state(portal_id)
        with state.lock:
            return list(state.log)

    def clear_requests(self) -> None:
        for state in self._started().values():
            with state.lock:
                state.log.clear()

    def gold(self, portal_id: str) -> list[GoldArticle]:
        return self._state(portal_id).site.gold()

    def disallowed(self, portal_id: str) -> list[str]:
        return self._state(portal_id).site.robots_disallowed()

    def site(self, portal_id: str) -> Template:
        """The rendered site itself (routes, features), for tests and benchmarks that need more."""
        return self._state(portal_id).site

    def _started(self) -> dict[str, _PortalState]:
        if not self._states:
            raise RuntimeError("PortalServer is not running: use it as a context manager or call start()")
        return self._states

    def _state(self, portal_id: str) -> _PortalState:
        try:
            return self._started()[portal_id]
        except KeyError:
            raise KeyError(f"no running portal {portal_id!r}") from None


def main(argv: list[str] | None = None) -> None:
    """Serve every portal until Ctrl-C, printing one URL a portal."""
    parser = argparse.ArgumentParser(prog="python -m govnews.crawler.demo.server", description=main.__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--base-port", type=int, default=None, help="first port (default: ephemeral ports)")
    parser.add_argument("--corpus-dir", default=None, help="corpus directory (default: the bundled corpus)")
    args = parser.parse_args(argv)
    with PortalServer(corpus_dir=args.corpus_dir, host=args.host, base_port=args.base_port) as server:
        for portal in server.portals:
            print(f"{portal.id:16} {portal.url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
