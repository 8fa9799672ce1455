"""Deduplication as the item pipeline after the page stages: the source's archived owners of each text are
read when the run opens, so a recrawl and a first crawl choose the same URL (crawler/dedupe.py)."""

from typing import Any

from govnews.archive.schema import open_archive
from govnews.archive.store import content_owners, declared_urls, home_urls, listing_urls
from govnews.crawler.dedupe import Deduper
from govnews.crawler.items import PageItem


class DedupePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.deduper = Deduper()

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DedupePipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        settings = self.crawler.settings
        db = open_archive(settings.get("GOVNEWS_DB"), busy_timeout=settings.getfloat("GOVNEWS_DB_BUSY_TIMEOUT"))
        try:
            sources = list(self.crawler.spider.sources)
            self.deduper = Deduper(
                content_owners(db, sources),
                declared_urls(db, sources),
                listing_urls(db, sources),
                home_urls(db, sources),
            )
        finally:
            db.close()

    def process_item(self, item: PageItem) -> PageItem:
        return self.deduper(item)
