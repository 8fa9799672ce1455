"""What runs in a page worker process of crawler/pipelines/pages.py: the page stages, and no Scrapy.

A worker needs the stages and the few settings they read (``STAGE_SETTINGS``), not Scrapy's Settings, whose
import brings in Scrapy and Twisted: about 20 MB of each worker's memory that nothing in it used.
"""

import gc
from typing import Any

from govnews.crawler.items import PageItem
from govnews.crawler.stages import PageProcessor


class StageSettings(dict[str, Any]):
    """The crawl's values of the stages' settings, read the way Scrapy's Settings reads them."""

    def getint(self, name: str, default: int = 0) -> int:
        return int(self.get(name, default))


_processor: PageProcessor | None = None


def start(values: dict[str, Any]) -> None:
    """A worker's initializer: the stages, built once."""
    global _processor
    _processor = PageProcessor(StageSettings(values))
    gc.freeze()  # start-up's objects live as long as the process (PagePipeline.open_spider says why)


def understand(item: PageItem) -> PageItem:
    """The page stages on one page. Its text stays here: only the stages read it, and the crawl process, which keeps
    the body for the WARC record, would unpickle a copy (about twice the body's size) for nothing."""
    assert _processor is not None, "start() runs first"
    understood = _processor.process(item)
    understood.html = None
    return understood
