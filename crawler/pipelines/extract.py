"""Stage 1: main text with trafilatura, and whether the page is an article or a listing."""

from typing import Any
from unicodedata import is_normalized

from crawler.extract import extract_tree, folded_texts, parse, prepare
from crawler.items import PageItem
from crawler.understand import page
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
        root = parse(item.html)
        tree = prepare(root) if root is not None else None
        texts = folded_texts(tree) if tree is not None else {}
        extraction = extract_tree(tree, item.url, texts) if tree is not None else None
        if extraction is None:
            item.kind = "listing"
            return item
        item.kind = classify(extraction.paragraphs, self.min_chars, texts, item.url)
        if item.kind == "article":
            item.article = {
                "url": item.canonical_from_page or item.url,
                "source_id": item.source_id,
                "title": extraction.title,
                "text": extraction.text,
                "author": extraction.author,
            }
            item.site_name = extraction.sitename
            # Dates and bylines read the page as decoded: extraction's parse is that page unless NFC changed it
            # (windows-1258 portals decode to NFD), and then they parse it themselves, as they always have.
            item.parsed = page.Parsed(item.html, root if is_normalized("NFC", item.html) else None)
        return item
