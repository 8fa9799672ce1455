"""Stage 3: the article's language (crawler.understand.language)."""

from crawler.items import PageItem
from crawler.understand.language import detect_language


class LanguagePipeline:
    def process_item(self, item: PageItem) -> PageItem:
        if item.kind == "article" and item.article is not None:
            item.article["language"] = detect_language(item.article["text"])
        return item
