"""`govnews reextract`: rebuild the archive's articles and the text of their attached files from its WARC files
alone, offline, with today's extraction and topic rules, and say what changed.

Every 200 response record is read back in the order it was captured (so an article's versions are
replayed in order) and decoded exactly as the crawl decoded it, then run through the same stages.
Nothing is deleted: an article that today's rules no longer keep stays, and is counted in the report.
"""

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from scrapy.http import HtmlResponse

from govnews.archive.schema import open_archive
from govnews.archive.store import (
    HOME_PAGE_REASON,
    ArchiveWriter,
    content_owners,
    declared_urls,
    home_urls,
    listing_urls,
    own_page_urls,
)
from govnews.archive.warc import StoredResponse, iter_responses, warc_folder
from govnews.crawler import page_worker
from govnews.crawler.archiving import archive_page, attachment_row
from govnews.crawler.attachments import AttachmentLimits, extract_attachment, sniff_kind
from govnews.crawler.dedupe import Deduper
from govnews.crawler.items import PageItem
from govnews.crawler.middlewares import repair_charset
from govnews.crawler.page_pool import close_pool, open_pool
from govnews.crawler.stages import PageProcessor, stage_values, worker_count
from govnews.crawler.understand import page, sniff
from govnews.crawler.urls import canonicalize, declared_canonical, site_of


@dataclass
class ReextractReport:
    records: int = 0
    pages: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    attachments: int = 0
    no_longer_kept: int = 0

    def line(self) -> str:
        return (
            f"govnews: reextract: {self.records} responses, {self.pages} pages, {self.articles_new} new, "
            f"{self.articles_updated} updated, {self.articles_unchanged} unchanged, "
            f"{self.attachments} attachments read, "
            f"{self.no_longer_kept} archived articles today's rules would not keep"
        )


class WarcMissing(ValueError):
    """No WARC files where the archive's should be."""


def reextract(db_path: Path, settings: Any, warc_dir: Path | None = None) -> ReextractReport:
    """Rebuild articles (and pages) in ``db_path`` from the WARC files in ``warc_dir``."""
    warc_dir = warc_dir or warc_folder(db_path)
    if not warc_dir.is_dir() or not any(warc_dir.glob("*.warc.gz")):
        raise WarcMissing(f"{warc_dir}: no WARC files to rebuild from")
    db = open_archive(db_path)
    known_sources = {row["id"] for row in db["sources"].rows}
    writer = ArchiveWriter(db, batch_size=settings.getint("GOVNEWS_BATCH_SIZE"))
    processor = PageProcessor(settings)
    # The crawl's choice of each article's URL among its duplicates, moves included.
    sources = sorted(known_sources)
    homes = home_urls(db, sources)
    dedupe = Deduper(
        content_owners(db, sources),
        declared_urls(db, sources),
        listing_urls(db, sources),
        homes,
        own_page_urls(db, sources),
        spill_dir=db_path.resolve().parent,
    )
    report = ReextractReport()
    verdicts: dict[str, str] = {}
    archived: dict[str, str] = {}  # URL -> the article it held in a record before (a later 'not found' is gone)
    # Files articles link, by the URL they were fetched from (after redirects) -> the URL the articles link.
    linked = {row["url"]: row["url"] for row in db.query("select distinct url from article_attachments")}
    linked.update({row["final_url"]: row["url"] for row in db.query("select final_url, url from attachments")})
    limits = AttachmentLimits.from_settings(settings)

    def archive(item: PageItem, file: str, offset: int) -> None:
        """One understood page, in the order it was captured: deduplicated, archived, counted."""
        item = dedupe(item)
        report.pages += 1
        if not item.gone:
            verdicts[item.url] = item.kind or "page"
        if item.kind == "article" and item.article is not None:
            archived[item.url] = item.article["url"]
        outcome = archive_page(writer, item, warc_file=file, warc_offset=offset)
        if outcome is not None:
            setattr(report, f"articles_{outcome}", getattr(report, f"articles_{outcome}") + 1)

    with InOrder(processor, settings, worker_count(settings.get("GOVNEWS_WORKERS"))) as understanding:
        for file, offset, stored in iter_responses(warc_dir):
            report.records += 1
            if stored.status != 200 or not stored.source_id:
                continue
            if stored.source_id not in known_sources:
                source = {"id": stored.source_id, "name": stored.source_id, "province": stored.province}
                writer.add_sources([SimpleNamespace(**source, url=site_of(stored.url))])
                known_sources.add(stored.source_id)
            item = _item(stored)
            # An earlier capture of the same URL decides whether this one reads as gone: it is archived first.
            for done in understanding.finish(item.url):
                archive(*done)
            item.archived_article = archived.get(item.url)
            if stored.home or homes.get(item.source_id) == item.url:
                item.reason = HOME_PAGE_REASON  # kept for the next run, as the crawl marked it
            if item.kind_hint == "document" and item.url in linked and sniff_kind(stored.body):
                item.kind_hint, item.body = "attachment", stored.body
                item.attachment = {"link_url": linked[item.url]}
                item.attachment.update(attachment_row(item, extract_attachment(stored.body, limits)))
                item.body = None
                report.attachments += 1
            for done in understanding.add(item, file, offset):
                archive(*done)
        for done in understanding.finish():
            archive(*done)
    dedupe.close()
    writer.flush()
    kept = {url for url, kind in verdicts.items() if kind == "article"}
    report.no_longer_kept = sum(
        1 for row in db["articles"].rows_where(select="url") if row["url"] not in kept and row["url"] in verdicts
    )
    writer.close()
    return report


class InOrder:
    """The page stages on the pages of a replay, in GOVNEWS_WORKERS worker processes (as the crawl runs them), each
    page handed back in the order it was added: deduplication and the archive see the crawl's order. At most
    ``WINDOW`` pages a worker are in flight, so memory does not grow with the archive."""

    WINDOW = 8
    # Pages understood here before the workers start: a worker takes about as long to start (its imports, the
    # stages' models) as a hundred pages take inline, so a small replay is over before workers would pay.
    INLINE_FIRST = 100

    def __init__(self, processor: PageProcessor, settings: Any, workers: int) -> None:
        self.processor = processor
        self.values = stage_values(settings)
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.added = 0
        self.limit = self.WINDOW * max(workers, 1)
        self.pending: deque[tuple[Future | PageItem, str, int, str]] = deque()

    def __enter__(self) -> "InOrder":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            close_pool(self.pool)

    def add(self, item: PageItem, file: str, offset: int) -> Iterator[tuple[PageItem, str, int]]:
        """Start understanding ``item``; yield the pages that must be handed back to keep the window."""
        self.added += 1
        if self.pool is None and self.workers and self.added > self.INLINE_FIRST:
            self.pool = open_pool(self.workers, self.values)
        if self.pool is not None and item.kind_hint == "page" and item.html:
            work: Future | PageItem = self.pool.submit(page_worker.understand, item)
        else:
            work = self.processor.process(item)
        self.pending.append((work, file, offset, item.url))
        while len(self.pending) > self.limit:
            yield self._next()

    def finish(self, url: str | None = None) -> Iterator[tuple[PageItem, str, int]]:
        """Hand back every page in flight, or (``url``) those up to the last capture of that URL."""
        last = max((i for i, pending in enumerate(self.pending) if pending[3] == url), default=-1)
        for _ in range(len(self.pending) if url is None else last + 1):
            yield self._next()

    def _next(self) -> tuple[PageItem, str, int]:
        work, file, offset, _ = self.pending.popleft()
        return (work.result() if isinstance(work, Future) else work), file, offset


def _item(stored: StoredResponse) -> PageItem:
    """A stored response as the spider would have handed it to the pipelines."""
    url = canonicalize(stored.url)
    item = PageItem(
        url=url,
        requested_url=stored.url,
        source_id=stored.source_id or "",
        source_province=stored.province,
        status=200,
        fetched_at=stored.date.replace("Z", "+00:00"),
        size=len(stored.body),
        content_type=stored.header("content-type"),
    )
    if sniff.is_xml_document(stored.body) or sniff.not_a_page(stored.body, item.content_type):
        item.kind_hint = "document"
        return item
    response = HtmlResponse(
        url=stored.url, body=stored.body, headers={k: v for k, v in stored.headers if k.lower() == "content-type"}
    )
    response = repair_charset(response)
    item.html = response.text
    tree = page.parse(item.html)
    if tree is not None:
        item.canonical_from_page = declared_canonical(
            page.canonical_link(tree, stored.url), stored.url, site_of(stored.url)
        )
    item.noindex = page.copy_view(tree, {k.lower(): v for k, v in stored.headers})
    return item
