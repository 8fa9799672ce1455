"""Stage 1: main text with trafilatura, and whether the page is an article or a listing."""

from typing import Any

from crawler.extract import extract_tree, folded_texts, prepare
from crawler.items import PageItem
from crawler.understand.pagekind import classify


class ExtractPipeline:
    def __init__(self, min_chars: int) -> None:
        self.min_chars = min_chars

    @classmethod
    def from_settings(cls, settings: Any) -> "ExtractPipeline":
        return cls(settings.getint("GOVNEWS_MIN_ARTICLE_CHARS"))

    def process_item(self, item: PageItem) -> PageItem:
        if item.kind_hint != "page" or not item.html:
            item.kind = item.kind_hint
            return item
        tree = prepare(item.html)
        texts = folded_texts(tree) if tree is not None else {}
        extraction = extract_tree(tree, item.url, texts) if tree is not None else None
        if extraction is None:
            item.kind = "listing"
            return item
        item.kind = classify(extraction.paragraphs, self.min_chars, texts)
        if item.kind == "article":
            item.article = {
                "url": item.canonical_from_page or item.url,
                "source_id": item.source_id,
                "title": extraction.title,
                "text": extraction.text,
                "author": extraction.author,
            }
            item.site_name = extraction.sitename
        return item
