"""The page stages (crawler/stages.py) as one item pipeline, in this process or in worker processes.

Understanding a page is CPU-bound (~30 ms) and Scrapy runs pipelines on its one reactor thread, so a fast
crawl is held to one core. Pages are understood in GOVNEWS_WORKERS worker processes ('auto': one per core this
process may use, none on one core), the stages are the same, and the crawl uses every core.
"""

import asyncio
import gc
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from scrapy.settings import Settings

from govnews.crawler.items import PageItem
from govnews.crawler.stages import STAGE_SETTINGS, PageProcessor, worker_count

_worker: PageProcessor | None = None


def _start_worker(values: dict[str, Any]) -> None:
    global _worker
    _worker = PageProcessor(Settings(values))
    gc.freeze()  # see PagePipeline.open_spider


def _understand(item: PageItem) -> PageItem:
    assert _worker is not None
    return _worker.process(item)


class PagePipeline:
    def __init__(self, settings: Any, workers: int) -> None:
        self.processor = PageProcessor(settings)
        self.values = {name: settings.get(name) for name in STAGE_SETTINGS}
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
            # spawn, not fork: the crawl process runs a reactor and threads that a fork would copy half-way.
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.values,),
            )

    async def process_item(self, item: PageItem) -> PageItem:
        if item.kind_hint != "page" or not item.html or self.pool is None:
            return self.processor.process(item)
        body, item.body = item.body, None  # the raw bytes stay here, for the WARC record
        understood = await asyncio.wrap_future(self.pool.submit(_understand, item))
        understood.body = body
        return understood

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
