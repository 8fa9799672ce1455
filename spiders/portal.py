"""The one generic spider: from each source's home page to every article on its site.

It only yields requests and items: what a page *is* (article, listing, off-topic) is decided by the
pipelines. Scope is scheme + host + port; depth counts link hops from the home page (pagination is
free); a per-source page budget and a cap on date-only URL variants bound every trap.

On an archive that has been crawled before, it recrawls politely (docs/recrawl.md): known articles are
not fetched again without a reason, known pages are asked for with their validators (a 304 is replayed
from the WARC record), a listing whose links did not change leads only to URLs never seen, pagination
stops after GOVNEWS_RECRAWL_STALE_PAGES pages of known articles, and an article that dropped off a
listing is checked for deletion.
"""

import hashlib
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.exceptions import DownloadCancelledError
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from govnews.archive.recrawl import KnownPage
from govnews.archive.store import HOME_PAGE_REASON
from govnews.clock import utc_now
from govnews.crawler.items import PageItem
from govnews.crawler.middlewares import RobotsNotRead
from govnews.crawler.sources import Source, load_sources
from govnews.crawler.understand import page, sniff
from govnews.crawler.urls import (
    canonicalize,
    date_shape,
    declared_canonical,
    in_scope,
    is_attachment,
    is_skipped,
    onto_site,
    same_owner,
    site_of,
)
from govnews.spiders import discovery
from govnews.spiders.recrawl import ARTICLE_KINDS, RecrawlPolicy

GONE_STATUSES = frozenset({404, 410})


class PortalSpider(scrapy.Spider):
    name = "portal"
    # Read from the settings by from_crawler (crawler/settings.py says what each means).
    max_depth: int
    max_pages: int
    max_date_variants: int
    max_listing_pages: int
    robots_agent: str
    obey_robots: bool
    max_html_bytes: int
    stale_pages: int
    max_stale_pages: int
    follow_attachments: bool
    attachments_per_article: int
    attachments_per_source: int
    attachment_max_bytes: int

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sources: dict[str, Source] = {}
        self.sites: dict[str, str] = {}
        self.scheduled: Counter[str] = Counter()
        self.date_variants: Counter[str] = Counter()
        self.crawl_delays: dict[str, float] = {}
        self.seen: set[str] = set()
        self.skipped: set[str] = set()
        self.recrawl = RecrawlPolicy()
        self.robots: dict[str, discovery.RobotsRules] = {}
        self.attachments_scheduled: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "PortalSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        for source in load_sources(kwargs.get("sources") or settings.get("GOVNEWS_SOURCES")):
            spider.sources[source.id] = source
            spider.sites[source.id] = site_of(source.url)
        spider.max_depth = settings.getint("GOVNEWS_MAX_DEPTH")
        spider.max_pages = settings.getint("GOVNEWS_MAX_PAGES_PER_SOURCE")
        spider.max_date_variants = settings.getint("GOVNEWS_MAX_DATE_VARIANTS")
        spider.max_listing_pages = settings.getint("GOVNEWS_MAX_LISTING_PAGES")
        spider.robots_agent = settings.get("USER_AGENT")
        spider.obey_robots = settings.getbool("ROBOTSTXT_OBEY")
        spider.max_html_bytes = settings.getint("GOVNEWS_MAX_HTML_BYTES")
        spider.stale_pages = settings.getint("GOVNEWS_RECRAWL_STALE_PAGES")
        spider.max_stale_pages = settings.getint("GOVNEWS_MAX_STALE_PAGES")
        spider.follow_attachments = settings.getbool("GOVNEWS_ATTACHMENTS")
        spider.attachments_per_article = settings.getint("GOVNEWS_ATTACHMENTS_PER_ARTICLE")
        spider.attachments_per_source = settings.getint("GOVNEWS_ATTACHMENTS_PER_SOURCE")
        spider.attachment_max_bytes = settings.getint("GOVNEWS_ATTACHMENT_MAX_BYTES")
        spider.recrawl = RecrawlPolicy.from_settings(settings, list(spider.sources))
        # Date-only URL variants fetched by earlier runs count against the cap: a calendar does not grow by
        # another GOVNEWS_MAX_DATE_VARIANTS pages every night.
        spider.date_variants.update(filter(None, map(date_shape, spider.recrawl.known)))
        return spider

    async def start(self) -> AsyncIterator[Request]:
        # robots.txt first: its Sitemap: lines and Crawl-delay shape the rest of the source's crawl.
        for source in self.sources.values():
            site = self.sites[source.id]
            request = self._request(source.id, f"{site}/robots.txt", self.parse_robots, hops=0, always=True)
            if request is not None:
                # Asked for without validators: a 304 would leave us without the rules.
                yield request.replace(errback=self.robots_failed, headers={}, meta={**request.meta, "robots_txt": True})

    # --- callbacks -----------------------------------------------------------------------------------

    def parse_robots(self, response: Response) -> Iterator[Request | PageItem]:
        source_id = response.meta["source_id"]
        site = self.sites[source_id]
        if response.status == 200 and isinstance(response, TextResponse):
            rules = discovery.parse_robots(response.text, self.robots_agent)
        else:
            rules = discovery.robots_for_status(response.status, self.robots_agent)
        self.robots[site] = rules
        if rules.deny_all:
            yield self._page_item(
                response, kind_hint="error", reason=f"robots.txt HTTP {response.status}: site disallowed (RFC 9309)"
            )
            return
        if rules.crawl_delay:
            self.crawl_delays[site] = rules.crawl_delay
        yield self._page_item(response, kind_hint="robots")
        yield from self._start_source(source_id, list(rules.sitemaps), response.meta.get("moved_home"))

    def robots_failed(self, failure: Failure) -> Iterator[Request | PageItem]:
        """No robots.txt answer at all (after retries): RFC 9309 2.3.1.4 says assume complete disallow, so the
        source is recorded as failed and left alone until the next run."""
        for item in self.errback(failure):
            if isinstance(item, PageItem):
                item.reason = f"robots.txt unreachable, site not crawled (RFC 9309): {item.reason}"[:500]
            yield item

    def _start_source(self, source_id: str, sitemaps: list[str], home_url: str | None = None) -> Iterator[Request]:
        site = self.sites[source_id]
        home = self._request(source_id, home_url or self.sources[source_id].url, self.parse, hops=0, always=True)
        if home is not None:
            home.meta["home"] = True
            yield home
        # Feeds and sitemaps found by earlier crawls are entry points too, whatever the home page says now.
        known_entries = self.recrawl.entry_points(site)
        for url in dict.fromkeys([*(sitemaps or [f"{site}/sitemap.xml"]), *known_entries]):
            request = self._request(source_id, url, self.parse, hops=0, always=True)
            if request is not None:
                # Without a Sitemap: line, /sitemap.xml is only a guess: its 404 is no error.
                request.meta["probe"] = not sitemaps and url not in known_entries
                yield request
        # Files an earlier run's attachment budget left unasked: their articles may not be fetched again.
        yield from self._attachment_requests(source_id, self.recrawl.unfetched_attachments.get(source_id, []))

    def parse(self, response: Response) -> Iterator[Request | PageItem]:
        """Any fetched URL: an HTML page, a feed or a sitemap (sniffed, whatever the Content-Type says)."""
        source_id = response.meta["source_id"]
        hops = response.meta.get("hops", 0)
        known = self.recrawl.get(canonicalize(response.url))
        # The archived article this URL held: gone if it now answers 404/410 (or 200 with a 'not found' notice: the
        # Missing stage of crawler/stages.py).
        archived = self.recrawl.archived_article(canonicalize(response.url))
        if response.status >= 400:
            if response.status in GONE_STATUSES and archived:
                item = self._page_item(response, kind_hint="gone", reason=f"HTTP {response.status}")
                item.archived_article = archived
                yield item
                return
            kind = "absent" if response.meta.get("probe") else "error"
            yield self._page_item(response, kind_hint=kind, reason=f"HTTP {response.status}")
            return
        if not in_scope(response.url, self.sites[source_id]):
            yield self._page_item(response, kind_hint="offsite", reason="redirected off the source's site")
            return
        answered, replayed_from = response, None
        if response.status == 304:
            stored = self.recrawl.stored_response(known, response)
            if stored is None:
                yield self._page_item(response, kind_hint="error", reason="304 without a stored copy")
                return
            response, replayed_from = stored
        if sniff.is_xml_document(response.body):
            yield from self._parse_xml(response, answered, source_id, hops, replayed_from)
            return
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        not_a_page = sniff.not_a_page(response.body, content_type)
        if not_a_page or not isinstance(response, TextResponse):
            yield self._page_item(response, kind_hint="binary", reason=f"not HTML ({not_a_page or 'no type'})")
            return
        tree = page.parse(response.text)
        if tree is None:
            yield self._page_item(response, kind_hint="empty", reason="empty document")
            return
        links = discovery.links(tree, response.url)
        targets = {canonicalize(link.url) for link in links}
        if len(response.body) > self.max_html_bytes:
            # Extraction of a multi-megabyte page would hold up the whole crawl: keep its links, not its text.
            item = self._page_item(
                answered, kind_hint="oversized", reason=f"{len(response.body)} bytes > GOVNEWS_MAX_HTML_BYTES"
            )
        else:
            home = HOME_PAGE_REASON if response.meta.get("home") else None
            item = self._page_item(answered, kind_hint="page", reason=home, html=response.text)
        item.replayed_from = replayed_from
        item.links_hash = _links_hash(targets)
        item.archived_article = archived
        item.canonical_from_page = declared_canonical(
            page.canonical_link(tree, response.url), response.url, self.sites[source_id]
        )
        item.noindex = page.copy_view(tree, item.headers)
        yield item
        for feed in discovery.feed_urls(tree, response.url):
            request = self._request(source_id, feed, self.parse, hops=hops + 1, always=True)
            if request is not None:
                yield request
        yield from self._follow(response, source_id, hops, links, targets, known, replayed_from, item.links_hash)

    def _follow(
        self,
        response: Response,
        source_id: str,
        hops: int,
        links: list[discovery.Link],
        targets: set[str],
        known: KnownPage | None,
        replayed_from: tuple[str, int] | None,
        links_hash: str,
    ) -> Iterator[Request]:
        """Requests for a page's links. A known page whose links did not change leads only to new URLs."""
        unchanged = known is not None and (replayed_from is not None or known.links_hash == links_hash)
        site = self.sites[source_id]
        content = [
            url
            for url in (canonicalize(link.url) for link in links if not link.pagination)
            if in_scope(url, site) and not is_skipped(url)
        ]
        here = discovery.page_number(response.url) or 1
        stale_run = 0
        previous = response.meta.get("listing_links", frozenset())
        listing_links = frozenset(content)
        if content and all(url in self.recrawl or url in previous for url in content):
            # Nothing this page links to is new, against the archive and the page that led here (not against
            # what this run happens to have seen so far, which hangs on timing): past a listing's end many
            # portals serve the last page again.
            stale_run = response.meta.get("stale_run", 0) + 1
        for link in links:
            url = canonicalize(link.url)
            target = self.recrawl.get(url)
            if target is not None and target.kind not in ARTICLE_KINDS:
                # A known listing is revisited only from a known listing that changed (and, along pagination,
                # only while the pages hold something new).
                if (
                    known is None
                    or known.kind != "listing"
                    or unchanged
                    or (link.pagination and stale_run >= self.stale_pages)
                ):
                    if target.kind == "listing":
                        yield from self._from_stored_listing(source_id, hops + 1, target)
                    continue
            elif target is not None and unchanged:
                continue
            if link.pagination:
                if stale_run >= self.max_stale_pages:
                    continue
                number = discovery.page_number(link.url)
                if target is not None and number is not None and number != here + 1:
                    continue  # a known listing is walked page by page, so the stale-page stop can work
            request = self._request(
                source_id, link.url, self.parse, hops=hops if link.pagination else hops + 1, pagination=link.pagination
            )
            if request is not None:
                if link.pagination:
                    request.meta["stale_run"] = stale_run
                    request.meta["listing_links"] = listing_links
                yield request
        if known is not None and known.kind == "listing" and not unchanged:
            yield from self._check_vanished(source_id, hops, known, targets)

    def _from_stored_listing(self, source_id: str, hops: int, listing: KnownPage) -> Iterator[Request]:
        """A known listing not asked for again is read from its WARC record instead: links it holds to URLs
        the archive has never fetched (a crawl that was killed half-way, a page budget reached) are followed,
        and the known listings it links to are read the same way. Costs no request."""
        if hops > self.max_depth or not self.recrawl.first_replay(listing):
            return
        for link in self.recrawl.stored_links(listing):
            url = canonicalize(link.url)
            target = self.recrawl.get(url)
            if target is None:
                request = self._request(
                    source_id, url, self.parse, hops=hops if link.pagination else hops + 1, pagination=link.pagination
                )
                if request is not None:
                    yield request
            elif target.kind == "listing":
                yield from self._from_stored_listing(source_id, hops if link.pagination else hops + 1, target)

    def _check_vanished(self, source_id: str, hops: int, known: KnownPage, targets: set[str]) -> Iterator[Request]:
        """Articles this page linked to last time and links to no more may have been deleted: ask again."""
        for link in self.recrawl.stored_links(known):
            url = canonicalize(link.url)
            linked = self.recrawl.get(url)
            if url not in targets and linked is not None and linked.kind in ARTICLE_KINDS:
                # Asking for the article's canonical URL is enough: its duplicates (print, /vi/) follow it.
                request = self._request(
                    source_id, linked.canonical_url or url, self.parse, hops=hops + 1, reason="vanished"
                )
                if request is not None:
                    yield request

    def _parse_xml(
        self, response: Response, answered: Response, source_id: str, hops: int, replayed_from: tuple[str, int] | None
    ) -> Iterator[Request | PageItem]:
        kind, entries = discovery.parse_xml_listing(response.body)
        item = self._page_item(answered, kind_hint=kind)
        item.replayed_from = replayed_from
        yield item
        for url, modified in entries:
            listed = self.recrawl.get(canonicalize(url))
            reason = "modified" if self.recrawl.edit_announced(listed, modified) else None
            if listed is not None and reason is None and kind != "sitemapindex":
                continue  # known, and the sitemap or feed says it has not changed since
            # Sitemap entries are leaves for depth purposes; nested sitemaps keep the sitemap's depth.
            request = self._request(
                source_id,
                url,
                self.parse,
                hops=hops if kind == "sitemapindex" else 1,
                reason=reason,
                always=kind == "sitemapindex",
                listed=True,
            )
            if request is not None:
                yield request

    def attachment_requests(self, item: PageItem) -> list[Request]:
        """Requests for the files an archived on-topic article attaches (asked for by the attachment pipeline once
        the article's topic is known): in the source's scope, allowed by robots.txt, each file once per run, never a
        file already archived, within GOVNEWS_ATTACHMENTS_PER_ARTICLE and _PER_SOURCE."""
        return self._attachment_requests(item.source_id, item.attachments[: self.attachments_per_article])

    def _attachment_requests(self, source_id: str, links: list[dict[str, str]]) -> list[Request]:
        if not self.follow_attachments:
            return []
        site = self.sites[source_id]
        rules = self.robots.get(site)
        requests = []
        for link in links:
            url = canonicalize(link["url"])
            if not in_scope(url, site):
                continue
            url = onto_site(url, site)
            if url in self.seen or (self.obey_robots and rules is not None and not rules.allowed(url)):
                continue
            known = self.recrawl.get(url)
            if known is not None and known.kind == "attachment":
                continue  # files are not edited in place: a new version comes under a new link
            if self.attachments_scheduled[source_id] >= self.attachments_per_source:
                break
            self.seen.add(url)
            self.attachments_scheduled[source_id] += 1
            requests.append(
                Request(
                    url,
                    callback=self.parse_attachment,
                    errback=self.errback,
                    meta={
                        "source_id": source_id,
                        "attachment": link["url"],
                        "download_maxsize": self.attachment_max_bytes,
                    },
                    priority=1,  # read while its article's links are still queued: a budget cut spares files first
                )
            )
        return requests

    def parse_attachment(self, response: Response) -> Iterator[PageItem]:
        """A file an article attaches: handed on whole, to be read by the attachment pipeline."""
        if response.status >= 400:
            item = self._page_item(response, kind_hint="error", reason=f"HTTP {response.status}")
            item.attachment = {"link_url": response.meta["attachment"], "status": "error", "reason": item.reason}
            yield item
            return
        item = self._page_item(response, kind_hint="attachment")
        item.attachment = {"link_url": response.meta["attachment"]}
        yield item

    def errback(self, failure: Failure) -> Iterator[Request | PageItem]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy attaches it to the failure at run time
        if failure.check(RobotsNotRead) and request.meta.get("home"):
            moved = self._follow_move(request, failure.value.site)
            if moved is not None:
                yield moved
                return
        source_id = request.meta["source_id"]
        # The URL asked for, not the last hop of a redirect loop or chain that failed.
        requested = (request.meta.get("redirect_urls") or [request.url])[0]
        kind = "error"
        if failure.check(RobotsNotRead):
            kind, reason = "offsite", f"redirected to {failure.value.site}: another site, not followed"
        elif failure.check(scrapy.exceptions.IgnoreRequest) and "robots" in failure.getErrorMessage().lower():
            reason = "IgnoreRequest: forbidden by robots.txt"
        else:
            reason = _failure_reason(failure)
        item = PageItem(
            url=canonicalize(requested),
            requested_url=requested,
            source_id=source_id,
            source_province=self.sources[source_id].province,
            status=0,
            fetched_at=utc_now(),
            kind_hint=kind,
            reason=reason[:500],
        )
        if request.meta.get("attachment"):
            too_large = failure.check(DownloadCancelledError) and "max size" in failure.getErrorMessage()
            status = "too_large" if too_large else "error"
            item.attachment = {"link_url": request.meta["attachment"], "status": status, "reason": item.reason}
        yield item

    def _follow_move(self, request: Request, target: str) -> Request | None:
        """A home page that redirects to another site of the same owner (http -> https, x.gov.vn ->
        portal.x.gov.vn, a renamed department's subdomain) moves the source there: that site's robots.txt is
        read, then its crawl starts from the page the redirect led to. Anywhere else is recorded, not followed."""
        source_id = request.meta["source_id"]
        site = self.sites[source_id]
        if target == site or not same_owner(site, target):
            return None
        self.logger.info("source %s moved: %s -> %s", source_id, site, target)
        self.sites[source_id] = target
        robots = self._request(source_id, f"{target}/robots.txt", self.parse_robots, hops=0, always=True)
        if robots is None:
            return None
        return robots.replace(
            errback=self.robots_failed, headers={}, meta={**robots.meta, "robots_txt": True, "moved_home": request.url}
        )

    # --- helpers -------------------------------------------------------------------------------------

    def _request(
        self,
        source_id: str,
        url: str,
        callback: Any,
        hops: int,
        reason: str | None = None,
        always: bool = False,
        pagination: bool = False,
        listed: bool = False,
    ) -> Request | None:
        """A request within the source's scope, depth, budget and trap limits (and the recrawl policy), or None.

        ``always`` marks entry points (robots.txt, home, feeds, sitemaps) that every run asks for again;
        ``reason`` says why a known article is asked for again (vanished from a listing, sitemap lastmod);
        ``listed`` marks a URL the site lists in a sitemap or feed, a finite list no calendar is in: it is no date
        variant (Blogger's /2014/06/blog-post.html posts differ only by their month).
        """
        site = self.sites[source_id]
        url = canonicalize(url)
        if not in_scope(url, site):
            return None
        url = onto_site(url, site)
        if url in self.seen or is_skipped(url) or is_attachment(url):  # files are an on-topic article's to ask for
            return None
        rules = self.robots.get(site)
        if self.obey_robots and rules is not None and not rules.allowed(url):
            self.seen.add(url)
            self.crawler.stats.inc_value("robotstxt/forbidden")
            return None
        if hops > self.max_depth:
            return None
        if pagination:
            number = discovery.page_number(url)
            if number is not None and number > self.max_listing_pages:
                return None
        budget = self.sources[source_id].max_pages or self.max_pages
        if self.scheduled[source_id] >= budget:
            return None
        known = self.recrawl.get(url)
        shape = date_shape(url)
        if shape is not None and known is None and not listed:
            if self.date_variants[shape] >= self.max_date_variants:
                return None
            self.date_variants[shape] += 1
        if known is not None and not (always or reason) and self.recrawl.still_fresh(known):
            # Not marked seen: a sitemap's lastmod or a vanished link may still give a reason to ask.
            if url not in self.skipped:
                self.skipped.add(url)
                self.crawler.stats.inc_value("govnews/skipped")
            return None
        self.seen.add(url)
        self.scheduled[source_id] += 1
        headers = self.recrawl.validators(known)
        return Request(
            url,
            callback=callback,
            errback=self.errback,
            headers=headers,
            meta={"source_id": source_id, "hops": hops},
            priority=-hops,
        )

    def _page_item(
        self, response: Response, kind_hint: str, reason: str | None = None, html: str | None = None
    ) -> PageItem:
        source_id = response.meta["source_id"]
        redirects = response.meta.get("redirect_urls") or []
        request = response.request or Request(response.url)
        return PageItem(
            url=canonicalize(response.url),
            requested_url=redirects[0] if redirects else request.url,
            source_id=source_id,
            source_province=self.sources[source_id].province,
            status=response.status,
            fetched_at=utc_now(),
            html=html,
            headers={k.decode("latin-1").lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            kind_hint=kind_hint,
            reason=reason,
            content_type=(response.headers.get("Content-Type") or b"").decode("latin-1") or None,
            size=len(response.body),
            body=response.body,
            request_headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in request.headers.items()},
        )


def _failure_reason(failure: Failure) -> str:
    """'Type: message' for a failed download, with the failures Twisted wraps (ResponseNeverReceived holds a
    list of them) spelled the same way instead of as their repr."""
    inner = getattr(failure.value, "reasons", None)
    if inner:
        causes = "; ".join(dict.fromkeys(_failure_reason(f) for f in inner if isinstance(f, Failure)))
        return f"{failure.type.__name__}: {causes}" if causes else failure.type.__name__
    message = failure.getErrorMessage().strip()
    return f"{failure.type.__name__}: {message}" if message else failure.type.__name__


def _links_hash(targets: set[str]) -> str:
    """A fingerprint of where a page leads: equal fingerprints mean a listing shows nothing new."""
    return hashlib.sha1("\n".join(sorted(targets)).encode()).hexdigest()
