"""Deduplication as the item pipeline after the page stages: the source's archived owners of each text are
read when the run opens, so a recrawl and a first crawl choose the same URL (crawler/dedupe.py)."""

from pathlib import Path
from typing import Any

from govnews.archive.schema import open_archive
from govnews.archive.store import content_owners, declared_urls, home_urls, listing_urls, own_page_urls
from govnews.crawler.dedupe import Deduper
from govnews.crawler.items import PageItem


class DedupePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.deduper: Deduper | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DedupePipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        settings = self.crawler.settings
        db_path = settings.get("GOVNEWS_DB")
        db = open_archive(db_path, busy_timeout=settings.getfloat("GOVNEWS_DB_BUSY_TIMEOUT"))
        try:
            sources = list(self.crawler.spider.sources)
            known = (
                content_owners(db, sources),
                declared_urls(db, sources),
                listing_urls(db, sources),
                home_urls(db, sources),
                own_page_urls(db, sources),
            )
        finally:
            db.close()
        # The near-duplicate check's texts wait on disk beside the archive, as the frontier does.
        self.deduper = Deduper(*known, spill_dir=Path(db_path).resolve().parent)

    def process_item(self, item: PageItem) -> PageItem:
        assert self.deduper is not None, "opened with the spider"
        return self.deduper(item)

    def close_spider(self) -> None:
        if self.deduper is not None:
            self.deduper.close()
