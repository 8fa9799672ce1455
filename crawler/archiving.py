"""An understood page into the archive: the one way the crawl (crawler/pipelines/store.py), the distributed crawl's
writer (crawler/dist_writer.py) and a rebuild from WARC (crawler/reextract.py) write it."""

import hashlib
from collections import Counter
from typing import Any

from govnews.archive.store import HOME_PAGE_REASON, ArchiveWriter
from govnews.archive.warc import WarcRecorder
from govnews.crawler.attachments import AttachmentText
from govnews.crawler.items import PageItem
from govnews.crawler.understand.documents import own_number
from govnews.crawler.understand.language import detect_language


def archive_page(writer: ArchiveWriter, item: PageItem, **page_fields: Any) -> str | None:
    """Write one understood page to the archive, the crawl's way and reextract's alike: a move the dedupe stage
    found, the article row and the files it links, a fetched file's row, the page row (``page_fields`` add what only
    the caller knows), the gone mark.

    The article goes before its page: a batch may be committed between the two, and a page recorded as fetched
    whose article is not yet written would be skipped by the next run as already known. Returns the article's
    outcome ('new', 'updated', 'unchanged'), or None for a page that is not an article or that only replaces a copy's
    text written earlier in this run (counted then).
    """
    if item.moved_from is not None and item.article is not None:
        writer.move_article(item.moved_from, item.article["url"])
    outcome = None
    row = item.article_row()
    if row is not None:
        outcome = writer.add_article(row, item.documents, replacing=item.replaces_copy)
        writer.add_attachment_links(row["url"], item.attachments)
    if item.attachment is not None:
        fetched = dict(item.attachment)
        link_url = fetched.pop("link_url")
        if "content_hash" in fetched:
            writer.add_attachment(link_url, fetched)
        else:
            writer.attachment_failed(link_url, fetched["status"], fetched["reason"])
    writer.add_page({**item.page_row(), **page_fields})
    if item.gone and item.archived_article is not None:  # gone implies an archived article
        writer.mark_gone(item.archived_article, item.fetched_at)
    return outcome


def store_page(writer: ArchiveWriter, recorder: WarcRecorder, item: PageItem, counts: Counter[str]) -> None:
    """A crawled page kept: its WARC record, then ``archive_page`` with the record's place, the page's validators
    and the writer's run; ``counts`` gathers the run's figures. The crawl's store pipeline and the distributed
    crawl's writer both keep pages this way."""
    counts["pages"] += 1
    counts["bytes"] += item.size
    if item.kind_hint == "error":
        counts["errors"] += 1
    if item.kind == "offtopic":
        counts["offtopic"] += 1
    if item.status == 304:
        counts["not_modified"] += 1
    page: dict[str, Any] = {
        "etag": item.headers.get("etag"),
        "last_modified": item.headers.get("last-modified"),
        "links_hash": item.links_hash,
        "run_id": writer.run_id,
    }
    if item.status:
        pointer = recorder.record(
            item.url,
            item.status,
            item.headers,
            item.body or b"",
            item.request_headers,
            item.fetched_at,
            item.source_id,
            item.source_province,
            home=item.reason == HOME_PAGE_REASON,
        )
        # A 304 keeps pointing at the stored body it stands for.
        file, offset = item.replayed_from or (pointer.file, pointer.offset)
        page.update(warc_file=file, warc_offset=offset, warc_length=None if item.replayed_from else pointer.length)
    if item.status == 304:
        page = {k: v for k, v in page.items() if v is not None or k not in ("etag", "last_modified")}
    outcome = archive_page(writer, item, **page)
    if outcome is not None:
        counts[f"articles_{outcome}"] += 1


def attachment_row(item: PageItem, read: AttachmentText) -> dict[str, Any]:
    """The `attachments` row of a fetched file (``item``, kind_hint 'attachment') as crawler.attachments read it:
    keyed by the hash of its bytes, with its language and the document number its heading carries."""
    body = item.body or b""
    text = read.text or ""
    return {
        "content_hash": hashlib.sha256(body).hexdigest(),
        "url": item.attachment["link_url"] if item.attachment else item.requested_url,
        "final_url": item.url,
        "kind": read.kind,
        "mime": read.mime,
        "bytes": len(body),
        "pages": read.pages,
        "extractor": read.extractor,
        "extractor_version": read.extractor_version,
        "legacy_encoding": read.legacy_encoding,
        "ocr": int(read.ocr),
        "ocr_confidence": read.ocr_confidence,
        "status": read.status,
        "reason": read.reason,
        "language": detect_language(text) if text else None,
        "number": own_number(text),
        "text": text,
        "fetched_at": item.fetched_at,
    }
