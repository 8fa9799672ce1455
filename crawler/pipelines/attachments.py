"""Attachments as an item pipeline, after deduplication: an on-topic article's files are asked for (the spider says
which, crawler/attached.py found them), and each fetched file is read into its `attachments` row
(crawler/attachments: a child process per file, forked by a zygote, with limits) on a thread of its own, so the
crawl goes on."""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from govnews.crawler.archiving import attachment_row
from govnews.crawler.attachments import AttachmentLimits, extract_attachment
from govnews.crawler.attachments.sandbox import stop_zygotes
from govnews.crawler.items import PageItem


class AttachmentPipeline:
    def __init__(self, crawler: Any, limits: AttachmentLimits, workers: int) -> None:
        self.crawler = crawler
        self.limits = limits
        self.workers = workers
        self.executor: ThreadPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "AttachmentPipeline":
        settings = crawler.settings
        return cls(crawler, AttachmentLimits.from_settings(settings), settings.getint("GOVNEWS_ATTACHMENT_WORKERS"))

    def open_spider(self) -> None:
        self.executor = ThreadPoolExecutor(max(1, self.workers), thread_name_prefix="attachment")

    async def process_item(self, item: PageItem) -> PageItem:
        if item.kind == "article" and item.attachments:
            for request in self.crawler.spider.attachment_requests(item):
                self.crawler.engine.crawl(request)
        elif item.kind_hint == "attachment" and item.attachment is not None and item.body is not None:
            assert self.executor is not None
            loop = asyncio.get_running_loop()
            text = await loop.run_in_executor(self.executor, extract_attachment, item.body, self.limits)
            item.attachment.update(attachment_row(item, text))
        return item

    def close_spider(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None
        stop_zygotes()  # they end with the crawl, and their children's CPU is counted in it
