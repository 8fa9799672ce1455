"""The one generic spider: from each source's home page to every article on its site.

It only yields requests and items: what a page *is* (article, listing, off-topic) is decided by the
pipelines. Scope is scheme + host + port; depth counts link hops from the home page (pagination is
free); a per-source page budget and a cap on date-only URL variants bound every trap.
"""

import re
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.extract import parse_html
from crawler.items import PageItem
from crawler.sources import Source, load_sources
from spiders import discovery, sniff
from spiders.urls import canonicalize, date_shape, in_scope, is_skipped, site_of

_HTML_TYPES = re.compile(r"html|xml|text/plain")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sources: dict[str, Source] = {}
        self.sites: dict[str, str] = {}
        self.scheduled: Counter[str] = Counter()
        self.date_variants: Counter[str] = Counter()
        self.crawl_delays: dict[str, float] = {}
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "PortalSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = kwargs.get("sources") or crawler.settings.get("GOVNEWS_SOURCES")
        for source in load_sources(path):
            spider.sources[source.id] = source
            spider.sites[source.id] = site_of(source.url)
        settings = crawler.settings
        spider.max_depth = settings.getint("GOVNEWS_MAX_DEPTH")
        spider.max_pages = settings.getint("GOVNEWS_MAX_PAGES_PER_SOURCE")
        spider.max_date_variants = settings.getint("GOVNEWS_MAX_DATE_VARIANTS")
        spider.max_listing_pages = settings.getint("GOVNEWS_MAX_LISTING_PAGES")
        spider.robots_agent = settings.get("USER_AGENT")
        return spider

    async def start(self) -> AsyncIterator[Request]:
        # robots.txt first: its Sitemap: lines and Crawl-delay shape the rest of the source's crawl.
        for source in self.sources.values():
            site = self.sites[source.id]
            request = self._request(source.id, f"{site}/robots.txt", self.parse_robots, hops=0)
            if request is not None:
                yield request

    # --- callbacks -----------------------------------------------------------------------------------

    def parse_robots(self, response: Response) -> Iterator[Request | PageItem]:
        source_id = response.meta["source_id"]
        if response.status >= 500:
            # RFC 9309 2.3.1.3: a robots.txt that answers with a server error disallows the whole site.
            yield self._page_item(response, kind_hint="error",
                                  reason=f"robots.txt HTTP {response.status}: site disallowed (RFC 9309)")
            return
        sitemaps: list[str] = []
        if response.status == 200 and isinstance(response, TextResponse):
            sitemaps, delay = discovery.parse_robots(response.text, self.robots_agent)
            if delay:
                self.crawl_delays[self.sites[source_id]] = delay
        yield self._page_item(response, kind_hint="robots")
        yield from self._start_source(source_id, sitemaps)

    def robots_failed(self, failure: Failure) -> Iterator[Request | PageItem]:
        """No robots.txt answer at all: record it and crawl on (Scrapy's middleware decides access)."""
        yield from self.errback(failure)
        yield from self._start_source(failure.request.meta["source_id"], [])

    def _start_source(self, source_id: str, sitemaps: list[str]) -> Iterator[Request]:
        site = self.sites[source_id]
        home = self._request(source_id, self.sources[source_id].url, self.parse, hops=0)
        if home is not None:
            yield home
        for url in sitemaps or [f"{site}/sitemap.xml"]:
            request = self._request(source_id, url, self.parse, hops=0)
            if request is not None:
                # Without a Sitemap: line, /sitemap.xml is only a guess: its 404 is no error.
                request.meta["probe"] = not sitemaps
                yield request

    def parse(self, response: Response) -> Iterator[Request | PageItem]:
        """Any fetched URL: an HTML page, a feed or a sitemap (sniffed, whatever the Content-Type says)."""
        source_id = response.meta["source_id"]
        hops = response.meta.get("hops", 0)
        if response.status >= 400:
            kind = "absent" if response.meta.get("probe") else "error"
            yield self._page_item(response, kind_hint=kind, reason=f"HTTP {response.status}")
            return
        if not in_scope(response.url, self.sites[source_id]):
            yield self._page_item(response, kind_hint="offsite", reason="redirected off the source's site")
            return
        if discovery.is_xml_document(response.body):
            yield from self._parse_xml(response, source_id, hops)
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        sniffed = sniff.binary_type(response.body)
        if sniffed or not isinstance(response, TextResponse) or (
                content_type and not _HTML_TYPES.search(content_type)):
            yield self._page_item(response, kind_hint="binary",
                                  reason=f"not HTML ({sniffed or content_type or 'no type'})")
            return
        tree = parse_html(response.text)
        if tree is None:
            yield self._page_item(response, kind_hint="empty", reason="empty document")
            return
        canonical = discovery.canonical_link(tree, response.url)
        item = self._page_item(response, kind_hint="page", html=response.text)
        if canonical and in_scope(canonical, self.sites[source_id]):
            item.canonical_from_page = canonicalize(canonical)
        yield item
        for feed in discovery.feed_urls(tree, response.url):
            request = self._request(source_id, feed, self.parse, hops=hops + 1)
            if request is not None:
                yield request
        for link in discovery.links(tree, response.url):
            next_hops = hops if link.pagination else hops + 1
            if link.pagination:
                number = discovery.page_number(link.url)
                if number is not None and number > self.max_listing_pages:
                    continue
            request = self._request(source_id, link.url, self.parse, hops=next_hops)
            if request is not None:
                yield request

    def _parse_xml(self, response: Response, source_id: str, hops: int) -> Iterator[Request | PageItem]:
        kind, urls = discovery.parse_xml_listing(response.body)
        yield self._page_item(response, kind_hint=kind)
        for url in urls:
            # Sitemap entries are leaves for depth purposes; nested sitemaps keep the sitemap's depth.
            request = self._request(source_id, url, self.parse, hops=hops if kind == "sitemapindex" else 1)
            if request is not None:
                yield request

    def errback(self, failure: Failure) -> Iterator[PageItem]:
        request = failure.request
        source_id = request.meta["source_id"]
        # The URL asked for, not the last hop of a redirect loop or chain that failed.
        requested = (request.meta.get("redirect_urls") or [request.url])[0]
        reason = failure.getErrorMessage() or failure.type.__name__
        if failure.check(scrapy.exceptions.IgnoreRequest) and "robots" in reason.lower():
            reason = "forbidden by robots.txt"
        yield PageItem(
            url=canonicalize(requested),
            requested_url=requested,
            source_id=source_id,
            source_province=self.sources[source_id].province,
            status=0,
            fetched_at=_now(),
            kind_hint="error",
            reason=f"{failure.type.__name__}: {reason}"[:500],
        )

    # --- helpers -------------------------------------------------------------------------------------

    def _request(self, source_id: str, url: str, callback: Any, hops: int) -> Request | None:
        """A request within the source's scope, depth, budget and trap limits, or None."""
        site = self.sites[source_id]
        url = canonicalize(url)
        if url in self.seen or not in_scope(url, site) or is_skipped(url):
            return None
        if hops > self.max_depth:
            return None
        budget = self.sources[source_id].max_pages or self.max_pages
        if self.scheduled[source_id] >= budget:
            return None
        shape = date_shape(url)
        if shape is not None:
            if self.date_variants[shape] >= self.max_date_variants:
                return None
            self.date_variants[shape] += 1
        self.seen.add(url)
        self.scheduled[source_id] += 1
        return Request(
            url,
            callback=callback,
            errback=self.errback,
            meta={"source_id": source_id, "hops": hops},
            priority=-hops,
        )

    def _page_item(self, response: Response, kind_hint: str, reason: str | None = None,
                   html: str | None = None) -> PageItem:
        source_id = response.meta["source_id"]
        redirects = response.meta.get("redirect_urls") or []
        return PageItem(
            url=canonicalize(response.url),
            requested_url=redirects[0] if redirects else response.request.url,
            source_id=source_id,
            source_province=self.sources[source_id].province,
            status=response.status,
            fetched_at=_now(),
            html=html,
            headers={k.decode("latin-1").lower(): b", ".join(v).decode("latin-1")
                     for k, v in response.headers.items()},
            kind_hint=kind_hint,
            reason=reason,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1") or None,
            size=len(response.body),
        )
