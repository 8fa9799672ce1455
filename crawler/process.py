"""The page-understanding stages outside a crawl: the same item pipelines, run in order on one page.

`govnews reextract` and the labelled evaluation use this, so a page is understood the same way whether
it was just fetched or read back from a WARC file.
"""

from typing import Any

from crawler.items import PageItem
from crawler.pipelines.extract import ExtractPipeline
from crawler.pipelines.language import LanguagePipeline
from crawler.pipelines.missing import MissingPipeline
from crawler.pipelines.topic import TopicPipeline
from crawler.pipelines.understand import UnderstandPipeline


class PageProcessor:
    """Extract → missing (soft 404) → understand → language → topic. Deduplication is not a page stage: it
    needs the whole source (the crawl's DedupePipeline, reextract's own)."""

    def __init__(self, settings: Any) -> None:
        self.stages = [
            ExtractPipeline.from_settings(settings),
            MissingPipeline(),
            UnderstandPipeline(),
            LanguagePipeline(),
            TopicPipeline.from_settings(settings),
        ]

    def process(self, item: PageItem) -> PageItem:
        for stage in self.stages:
            item = stage.process_item(item)
        item.parsed = None
        return item
