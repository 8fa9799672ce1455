"""The page stages (crawler/stages.py) as one item pipeline, in this process or in worker processes.

Understanding a page is CPU-bound (~30 ms) and Scrapy runs pipelines on its one reactor thread, so a fast
crawl is held to one core. Pages are understood in GOVNEWS_WORKERS worker processes ('auto': one per core this
process may use, none on one core), the stages are the same, and the crawl uses every core. The crawls that run
at once in one process (a distributed worker's sites) share one pool.
"""

import asyncio
import gc
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from govnews.crawler import page_worker
from govnews.crawler.items import PageItem
from govnews.crawler.page_pool import close_pool, open_pool
from govnews.crawler.stages import PageProcessor, stage_values, worker_count


class PagePipeline:
    def __init__(self, settings: Any, workers: int) -> None:
        self.processor = PageProcessor(settings)
        self.values = stage_values(settings)
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "PagePipeline":
        return cls(crawler.settings, worker_count(crawler.settings.get("GOVNEWS_WORKERS")))

    def open_spider(self) -> None:
        # What start-up built (Scrapy, trafilatura, the stages and their models) lives as long as the process: out of
        # the garbage collector's full collections, which walked it all again every 40 pages or so (1.8 -> 0.7 ms a
        # page on the bench's NukeViet portal).
        gc.freeze()
        if self.workers > 0:
            self.pool = open_pool(self.workers, self.values)

    async def process_item(self, item: PageItem) -> PageItem:
        if item.kind_hint != "page" or not item.html or self.pool is None:
            return self.processor.process(item)
        body, item.body = item.body, None  # the raw bytes stay here, for the WARC record
        understood = await asyncio.wrap_future(self.pool.submit(page_worker.understand, item))
        understood.body = body
        return understood

    def close_spider(self) -> None:
        if self.pool is not None:
            close_pool(self.pool)
            self.pool = None
