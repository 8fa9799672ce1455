"""Stage 4b: one article per content within a source, even under URLs that no rel=canonical ties together."""

from typing import Any

from archive.schema import open_archive
from archive.store import content_hash, content_owners
from crawler.items import PageItem


class DedupePipeline:
    """The same title and text under another URL of the same source (an ?id= and a slug form, a mirror, a
    print view without rel=canonical) is recorded as a 'duplicate' page pointing at the article's URL.

    The article's URL is the one the archive already holds for that content (so a second run keeps the same
    rows whatever order pages arrive in), else the first URL of this run that had it.
    """

    def __init__(self, crawler: Any = None, owners: dict[tuple[str, str], str] | None = None) -> None:
        self.crawler = crawler
        self.owners: dict[tuple[str, str], str] = owners if owners is not None else {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DedupePipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        settings = self.crawler.settings
        db = open_archive(settings.get("GOVNEWS_DB"), busy_timeout=settings.getfloat("GOVNEWS_DB_BUSY_TIMEOUT"))
        try:
            self.owners = content_owners(db, list(self.crawler.spider.sources))
        finally:
            db.close()

    def process_item(self, item: PageItem) -> PageItem:
        article = item.article
        if item.kind != "article" or article is None:
            return item
        key = (item.source_id, content_hash(article["title"], article["text"]))
        owner = self.owners.setdefault(key, article["url"])
        if owner != article["url"]:
            item.kind = "duplicate"
            item.reason = f"same text as {owner}"
            item.canonical_from_page = owner
            item.article = None
        return item
