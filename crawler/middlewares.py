"""Downloader middlewares of our own: politeness Scrapy leaves out, retries that wait, charsets it gets wrong."""

import asyncio
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

from scrapy import Spider, signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.settings import BaseSettings

from govnews.crawler.urls import site_of

# Request meta key: seconds a retry waits before it is downloaded.
_RETRY_WAIT = "govnews_retry_wait"
# Request meta key: the request holds its site's Crawl-delay gate until its answer arrives.
_HOLDS_SITE_GATE = "govnews_holds_site_gate"

_ResponseT = TypeVar("_ResponseT", bound=Response)


class CrawlDelayMiddleware:
    """Honour robots.txt Crawl-delay, which Scrapy ignores (scrapy issue #892).

    The spider records each site's delay when it reads robots.txt (capped by GOVNEWS_MAX_CRAWL_DELAY). A site
    with a delay gets one request at a time, each let go at least the delay after the previous one's answer
    arrived. Counted from the answer rather than from when the previous request was let go, the gap holds at
    the server as well: a request that a busy event loop sends late cannot bring the next one closer to it.
    Waiting happens before the request enters the download slot, so other sites are not held up. Placed after
    every middleware that turns a response into a new request (redirects, retries), so each answer reaches it.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.max_delay = crawler.settings.getfloat("GOVNEWS_MAX_CRAWL_DELAY")
        self.answered_at: dict[str, float] = {}
        self.gates: dict[str, asyncio.Lock] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> "CrawlDelayMiddleware":
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        delays = getattr(self.crawler.spider, "crawl_delays", None)
        if not delays:
            return None
        site = site_of(request.url)
        delay = min(delays.get(site, 0.0), self.max_delay)
        if delay <= 0:
            return None
        gate = self.gates.setdefault(site, asyncio.Lock())
        await gate.acquire()
        request.meta[_HOLDS_SITE_GATE] = True
        wait = self.answered_at.get(site, -delay) + delay - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        return None

    def process_response(self, request: Request, response: _ResponseT) -> _ResponseT:
        self._answered(request, time.monotonic())
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        # An exception raised before the download (robots.txt, the run's budget) answers nothing from the site.
        self._answered(request, time.monotonic() if request.meta.get(_HOLDS_SITE_GATE) else None)

    def _answered(self, request: Request, at: float | None) -> None:
        site = site_of(request.url)
        if at is not None:
            self.answered_at[site] = at
        if request.meta.pop(_HOLDS_SITE_GATE, False):
            self.gates[site].release()


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but waiting first: exponential backoff, and a server's Retry-After honoured up to a cap.

    Scrapy re-sends a failed request at once, so a struggling server (500, 503, 429) is hit again while it
    struggles. The wait (GOVNEWS_RETRY_BACKOFF x 2^(retry-1), or Retry-After if longer, never more than
    GOVNEWS_MAX_RETRY_AFTER) happens before the retry enters its download slot, so other sites go on.
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff = settings.getfloat("GOVNEWS_RETRY_BACKOFF")
        self.max_wait = settings.getfloat("GOVNEWS_MAX_RETRY_AFTER")
        self.max_robots_wait = settings.getfloat("GOVNEWS_ROBOTS_MAX_RETRY_AFTER")

    # ``spider`` only matches RetryMiddleware's signature: it is optional there and deprecated, so Scrapy never
    # passes it (it passes it only where it is required), and handing it on to super() would warn.
    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        asked = _retry_after_seconds(response.headers.get("Retry-After"))
        if request.meta.get("robots_txt") and asked is not None and asked > self.max_robots_wait:
            # Not worth holding the run for: the site stays disallowed until the next run asks again.
            return response
        result = super().process_response(request, response)
        if isinstance(result, Request):
            result.meta[_RETRY_WAIT] = self._wait(result, response.headers.get("Retry-After"))
        return result

    def process_exception(
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            result.meta[_RETRY_WAIT] = self._wait(result, None)
        return result

    async def process_request(self, request: Request) -> None:
        wait = request.meta.pop(_RETRY_WAIT, 0.0)
        if wait > 0:
            await asyncio.sleep(wait)
        return None

    def _wait(self, retry: Request, retry_after: bytes | None) -> float:
        wait = self.backoff * 2 ** max(0, retry.meta.get("retry_times", 1) - 1)
        asked = _retry_after_seconds(retry_after)
        if asked is not None:
            wait = max(wait, asked)
        return min(wait, self.max_wait)


def _retry_after_seconds(value: bytes | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date (RFC 9110 10.2.3); None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def repair_charset(response: _ResponseT) -> _ResponseT:
    """A page declared in a single-byte charset (iso-8859-1, windows-1252) whose bytes are valid UTF-8 is UTF-8.

    Scrapy trusts the header first, and a mis-declared Vietnamese page then turns into mojibake ('Ã¡').
    Text in a legacy single-byte charset almost never forms valid multi-byte UTF-8 sequences, so
    non-ASCII bytes that decode as UTF-8 are decoded as UTF-8, whatever the page says. A crawl
    (CharsetMiddleware) and a rebuild from WARC (reextract) decode alike through this.
    """
    if isinstance(response, TextResponse) and response.encoding != "utf-8" and _is_utf8(response.body):
        return response.replace(encoding="utf-8")
    return response


class CharsetMiddleware:
    """``repair_charset`` on every response, after decompression and before anything reads the text."""

    def process_response(self, request: Request, response: Response) -> Response:
        return repair_charset(response)


def _is_utf8(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class RobotsMiddleware:
    """Obey robots.txt as the spider read it, for every request including redirects.

    It replaces Scrapy's RobotsTxtMiddleware: robots.txt is fetched once per site (by the spider, which
    also needs its Sitemap: lines and Crawl-delay), not twice, and a robots.txt answering 5xx disallows
    the site as RFC 9309 says (Scrapy allows it).
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.obey = crawler.settings.getbool("ROBOTSTXT_OBEY")

    @classmethod
    def from_crawler(cls, crawler: Any) -> "RobotsMiddleware":
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not self.obey or request.meta.get("robots_txt"):
            return None
        site = site_of(request.url)
        rules = getattr(self.crawler.spider, "robots", {}).get(site)
        if rules is None:
            # Only a redirect leads to a site the spider has not read robots.txt for: nothing is fetched there
            # until it has (the spider decides whether to follow a source that moved).
            raise RobotsNotRead(site)
        if not rules.allowed(request.url):
            self.crawler.stats.inc_value("robotstxt/forbidden")
            raise IgnoreRequest("forbidden by robots.txt")
        return None


class RobotsNotRead(IgnoreRequest):
    """A request to a site whose robots.txt has not been read (the next hop of a redirect to another site)."""

    def __init__(self, site: str) -> None:
        super().__init__(f"robots.txt of {site} not read")
        self.site = site


class RunBudgetMiddleware:
    """No download outlives the run's budget (CLOSESPIDER_TIMEOUT): Scrapy closes the spider on time but then
    waits for downloads in flight, each up to DOWNLOAD_TIMEOUT, so a server that never answers would hold
    the run open. Each request's timeout is cut to the time the run has left, plus a grace so that the
    budget's own close comes first (a download timing out just before it would end the run as 'finished')."""

    GRACE = 2.0  # seconds past the budget, at least, that a download may last

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.deadline: float | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "RunBudgetMiddleware":
        middleware = cls(crawler.settings.getfloat("CLOSESPIDER_TIMEOUT"))
        # Counted from the moment CloseSpider starts its own timer, not from the start of the process.
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self) -> None:
        if self.budget > 0:
            self.deadline = time.monotonic() + self.budget

    def process_request(self, request: Request) -> None:
        if self.deadline is None:
            return None
        left = max(0.0, self.deadline - time.monotonic()) + self.GRACE
        timeout = request.meta.get("download_timeout")
        if timeout is None or timeout > left:
            request.meta["download_timeout"] = left
        return None
