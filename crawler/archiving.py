"""An understood page into the archive: the one way the crawl (crawler/pipelines/store.py) and a rebuild from
WARC (crawler/reextract.py) write it."""

from typing import Any

from govnews.archive.store import ArchiveWriter
from govnews.crawler.items import PageItem


def archive_page(writer: ArchiveWriter, item: PageItem, **page_fields: Any) -> str | None:
    """Write one understood page to the archive, the crawl's way and reextract's alike: a move the dedupe stage
    found, the article row, the page row (``page_fields`` add what only the caller knows), the gone mark.

    The article goes before its page: a batch may be committed between the two, and a page recorded as fetched
    whose article is not yet written would be skipped by the next run as already known. Returns the article's
    outcome ('new', 'updated', 'unchanged'), or None for a page that is not an article.
    """
    if item.moved_from is not None and item.article is not None:
        writer.move_article(item.moved_from, item.article["url"])
    outcome = None
    row = item.article_row()
    if row is not None:
        outcome = writer.add_article(row, item.documents)
    writer.add_page({**item.page_row(), **page_fields})
    if item.gone and item.archived_article is not None:  # gone implies an archived article
        writer.mark_gone(item.archived_article, item.fetched_at)
    return outcome
