"""The last item pipeline: every response to the WARC files, then its page, article and cited documents to the
archive (crawler/archiving.py), in batches; the run's row and counts."""

from collections import Counter
from typing import Any

from scrapy import signals

from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter
from govnews.archive.warc import WarcRecorder, warc_folder
from govnews.crawler.archiving import store_page
from govnews.crawler.items import PageItem


class StorePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.counts: Counter[str] = Counter()
        self.writer: ArchiveWriter | None = None
        self.run_id: int | None = None
        self.recorder: WarcRecorder | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StorePipeline":
        pipeline = cls(crawler)
        # The close reason (finished, shutdown, ...) is known only when the spider_closed signal fires.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        settings = self.crawler.settings
        db = open_archive(settings.get("GOVNEWS_DB"))
        self.writer = ArchiveWriter(db, batch_size=settings.getint("GOVNEWS_BATCH_SIZE"))
        self.run_id = self.writer.start_run(list(self.crawler.spider.sources.values()))
        self.recorder = WarcRecorder(
            warc_folder(settings.get("GOVNEWS_DB")), self.run_id, settings.getint("GOVNEWS_WARC_MAX_BYTES")
        )

    def process_item(self, item: PageItem) -> PageItem:
        assert self.writer is not None and self.recorder is not None
        store_page(self.writer, self.recorder, item, self.counts)
        return item

    def close_spider(self) -> None:
        if self.writer is not None:
            self.writer.flush()

    def spider_closed(self, reason: str) -> None:
        if self.writer is None or self.run_id is None:  # open_spider never ran, or failed before the run opened
            return
        stats = self.crawler.stats
        counts = dict(
            self.counts,
            requests=stats.get_value("downloader/request_count", 0),
            skipped=stats.get_value("govnews/skipped", 0),
            gone=self.writer.counts.get("gone", 0),
        )
        for name, value in counts.items():
            stats.set_value(f"govnews/{name}", value)
        stats.set_value("govnews/run_id", self.run_id)
        self.writer.finish_run(self.run_id, reason, counts)
        self.writer.close()
        self.writer = None
        if self.recorder is not None:
            self.recorder.close()
