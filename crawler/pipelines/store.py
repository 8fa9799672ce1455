"""The last item pipeline: every response to the WARC files, then its page, article and cited documents to the
archive (crawler/archiving.py), in batches; the run's row and counts."""

from collections import Counter
from typing import Any

from scrapy import signals

from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter
from govnews.archive.warc import WarcRecorder, warc_folder
from govnews.crawler.archiving import archive_page
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
        self.counts["pages"] += 1
        self.counts["bytes"] += item.size
        if item.kind_hint == "error":
            self.counts["errors"] += 1
        if item.kind == "offtopic":
            self.counts["offtopic"] += 1
        if item.status == 304:
            self.counts["not_modified"] += 1
        page: dict[str, Any] = {
            "etag": item.headers.get("etag"),
            "last_modified": item.headers.get("last-modified"),
            "links_hash": item.links_hash,
            "run_id": self.run_id,
        }
        if item.status:
            pointer = self.recorder.record(
                item.url,
                item.status,
                item.headers,
                item.body or b"",
                item.request_headers,
                item.fetched_at,
                item.source_id,
                item.source_province,
            )
            # A 304 keeps pointing at the stored body it stands for.
            file, offset = item.replayed_from or (pointer.file, pointer.offset)
            page.update(warc_file=file, warc_offset=offset, warc_length=None if item.replayed_from else pointer.length)
        if item.status == 304:
            page = {k: v for k, v in page.items() if v is not None or k not in ("etag", "last_modified")}
        outcome = archive_page(self.writer, item, **page)
        if outcome is not None:
            self.counts[f"articles_{outcome}"] += 1
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
