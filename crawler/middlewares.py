"""Downloader middlewares of our own: what Scrapy leaves out of politeness."""

import asyncio
import time
from typing import Any

from scrapy.http import Request

from spiders.urls import site_of


class CrawlDelayMiddleware:
    """Honour robots.txt Crawl-delay, which Scrapy ignores (scrapy issue #892).

    The spider records each site's delay when it reads robots.txt; requests to that site are then
    spaced at least that far apart (capped by GOVNEWS_MAX_CRAWL_DELAY), on top of Scrapy's own delay.
    Waiting happens before the request enters the download slot, so other sites are not held up.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.max_delay = crawler.settings.getfloat("GOVNEWS_MAX_CRAWL_DELAY")
        self.next_allowed: dict[str, float] = {}

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
        now = time.monotonic()
        slot = max(now, self.next_allowed.get(site, now))
        self.next_allowed[site] = slot + delay
        if slot > now:
            await asyncio.sleep(slot - now)
        return None
