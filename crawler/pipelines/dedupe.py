"""Stage 4b: one article per content within a source, even under URLs that no rel=canonical ties together."""

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from archive.schema import open_archive
from archive.store import content_hash, content_owners, declared_urls
from crawler.items import PageItem

# Scrapy signal sent with ``old`` and ``new`` when an archived article is to move to a better URL; the store
# stage connects it to ArchiveWriter.move_article.
article_moved = object()


def url_preference(url: str, declared: bool = False) -> tuple[bool, bool, int, int, str]:
    """Sort key among the URLs serving one article's text, best first: a URL the site named with rel=canonical,
    then one without a query string (the SEF path listings link to, not ?option=...&id=304&Itemid=101), fewer
    query parameters, a shorter path, and the lexicographically first. A key of the URL alone, so a first crawl,
    a recrawl and a rebuild from WARC choose the same URL whatever order the pages arrive in."""
    parts = urlsplit(url)
    return (not declared, bool(parts.query), len(parse_qsl(parts.query, keep_blank_values=True)), len(parts.path),
            url)


class DedupePipeline:
    """The same title and text under another URL of the same source (an ?id= and a slug form, a mirror, a
    print view without rel=canonical) is recorded as a 'duplicate' page pointing at the article's URL.

    The article's URL is the best of them by ``url_preference``. When a better one arrives after the article
    was stored (in this run or an earlier one), ``on_move(old, new)`` moves the archived article there and this
    page is the article; without ``on_move`` (no archive to move rows in) the first URL is kept.
    """

    def __init__(self, crawler: Any = None, owners: dict[tuple[str, str], str] | None = None,
                 declared: set[str] | None = None, on_move: Callable[[str, str], None] | None = None) -> None:
        self.crawler = crawler
        self.owners: dict[tuple[str, str], str] = owners if owners is not None else {}
        self.declared: set[str] = declared if declared is not None else set()
        self.on_move = on_move
        self.articles = set(self.owners.values())  # a URL holding an article is never a move's target

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DedupePipeline":
        return cls(crawler, on_move=lambda old, new: crawler.signals.send_catch_log(article_moved, old=old, new=new))

    def open_spider(self) -> None:
        settings = self.crawler.settings
        db = open_archive(settings.get("GOVNEWS_DB"), busy_timeout=settings.getfloat("GOVNEWS_DB_BUSY_TIMEOUT"))
        try:
            sources = list(self.crawler.spider.sources)
            self.owners = content_owners(db, sources)
            self.declared = declared_urls(db, sources)
        finally:
            db.close()
        self.articles = set(self.owners.values())

    def process_item(self, item: PageItem) -> PageItem:
        article = item.article
        if item.kind != "article" or article is None:
            return item
        url = article["url"]
        if item.canonical_from_page:
            self.declared.add(url)
        key = (item.source_id, content_hash(article["title"], article["text"]))
        owner = self.owners.setdefault(key, url)
        if owner == url:
            self.articles.add(url)
            return item
        if self.on_move is not None and url not in self.articles and (
                url_preference(url, url in self.declared) < url_preference(owner, owner in self.declared)):
            self.on_move(owner, url)
            self.owners[key] = url
            self.articles.discard(owner)
            self.articles.add(url)
            return item
        item.kind = "duplicate"
        item.reason = f"same text as {owner}"
        item.canonical_from_page = owner
        item.article = None
        return item
