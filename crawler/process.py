"""The page-understanding stages outside a crawl: the same item pipelines, run in order on one page.

`govnews reextract` and the labelled evaluation use this, so a page is understood the same way whether
it was just fetched or read back from a WARC file.
"""

from typing import Any

from crawler.items import PageItem
from crawler.pipelines.dedupe import DedupePipeline
from crawler.pipelines.extract import ExtractPipeline
from crawler.pipelines.language import LanguagePipeline
from crawler.pipelines.topic import TopicPipeline
from crawler.pipelines.understand import UnderstandPipeline


class PageProcessor:
    """Extract → understand → language → topic (→ one article per content within a source)."""

    def __init__(self, settings: Any, owners: dict[tuple[str, str], str] | None = None) -> None:
        self.stages = [
            ExtractPipeline.from_settings(settings),
            UnderstandPipeline(),
            LanguagePipeline(),
            TopicPipeline.from_settings(settings),
        ]
        if owners is not None:
            self.stages.append(DedupePipeline(owners=owners))

    def process(self, item: PageItem) -> PageItem:
        for stage in self.stages:
            item = stage.process_item(item)
        item.parsed = None
        return item
