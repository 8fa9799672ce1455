"""A distributed worker's last item pipeline, in place of StorePipeline: each finished page goes to the run's item
stream in Redis (crawler/distributed/item_stream.py), where the one writer of the archive takes it.

While the writer lags by more than GOVNEWS_DIST_MAX_BACKLOG_MB, the pipeline waits before sending a page: the
scraper's queue fills and Scrapy stops downloading, so Redis's memory stays bounded (past the limit by at most the
pages being handed on at that moment, CONCURRENT_ITEMS a crawl). A Redis failure stops the crawl as a failed
archive write does (ArchiveGuard), and the worker then leaves the site to be crawled again.
"""

import asyncio
from typing import Any

import redis

from govnews.archive.schema import ArchiveError
from govnews.crawler.distributed.connection import connect, one_line, shown
from govnews.crawler.distributed.item_stream import ItemStream
from govnews.crawler.distributed.run import Keys
from govnews.crawler.items import PageItem

BACKLOG_POLL_SECONDS = 0.5


class OutboxPipeline:
    def __init__(self, url: str, keys: Keys, max_backlog: int) -> None:
        self.url = url
        self.keys = keys
        self.max_backlog = max_backlog
        self.backlog = 0
        self.stream: ItemStream | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "OutboxPipeline":
        settings = crawler.settings
        return cls(
            settings.get("GOVNEWS_DIST_REDIS"),
            Keys(settings.get("GOVNEWS_DIST_QUEUE")),
            int(settings.getfloat("GOVNEWS_DIST_MAX_BACKLOG_MB") * 1024 * 1024),
        )

    def open_spider(self) -> None:
        self.stream = ItemStream(connect(self.url), self.keys)

    async def process_item(self, item: PageItem) -> PageItem:
        assert self.stream is not None
        try:
            # The backlog the last page sent was told (no extra call while under the limit), asked again while over.
            while self.backlog > self.max_backlog:
                await asyncio.sleep(BACKLOG_POLL_SECONDS)
                self.backlog = self.stream.backlog()
            self.backlog = self.stream.send_page(item.source_id, item.sent_fields(), item.body or b"")
        except redis.RedisError as exc:
            raise ArchiveError(f"{shown(self.url)}: cannot send a page to Redis: {one_line(exc)}") from None
        return item

    def close_spider(self) -> None:
        if self.stream is not None:
            self.stream.conn.close()
            self.stream = None
