"""Scrapy extensions of our own: stopping a crawl whose archive cannot be written."""

from typing import Any

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from govnews.archive.schema import ArchiveError
from govnews.crawler.items import PageItem

# The stats key the CLI reads to report why a run stopped.
ARCHIVE_ERROR_STAT = "govnews/archive_error"


class ArchiveGuard:
    """At the first failed write (disk full, a lock held past the busy timeout) the crawl stops: every page
    fetched after it could not be kept. Committed batches stay; the reason goes to the stats for the CLI."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ArchiveGuard":
        guard = cls(crawler)
        crawler.signals.connect(guard.item_error, signal=signals.item_error)
        return guard

    def item_error(self, item: PageItem, failure: Failure) -> None:
        if not failure.check(ArchiveError) or self.crawler.stats.get_value(ARCHIVE_ERROR_STAT):
            return
        self.crawler.stats.set_value(ARCHIVE_ERROR_STAT, failure.getErrorMessage())
        # Scheduled, not awaited: closing waits for the item being processed, which is waiting for us.
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_error"))
