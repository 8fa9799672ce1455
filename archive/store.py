"""Batched writes to the archive: one transaction per batch, so a crash loses at most the batch in flight.

``add_article`` decides at once whether an article is new, updated or unchanged (by the hash of its title
and text, looking at the rows still waiting in the batch first), keeps the superseded version in
``article_versions`` and computes ``search_folded`` for diacritic-free search.
"""

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, Literal

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed, quote_identifier

from govnews.archive.schema import ArchiveError
from govnews.clock import utc_now
from govnews.text import fold

# The `pages` reason of a source's home page as the crawl landed on it (after redirects): later runs and rebuilds read
# where the source's own sub-site is from it (crawler/dedupe.py url_preference).
HOME_PAGE_REASON = "home page"

ARTICLE_COLUMNS = frozenset(
    "url source_id title published year author province province_2025 language text topic_score "
    "topic_terms content_hash first_seen last_seen changed_at gone_at search_folded".split()
)
PAGE_COLUMNS = frozenset(
    "url source_id status kind reason canonical_url content_type bytes fetched_at etag last_modified run_id "
    "warc_file warc_offset warc_length links_hash rel_canonical".split()
)
DOCUMENT_COLUMNS = frozenset("kind number type_code issuer date raw".split())
ATTACHMENT_COLUMNS = frozenset(
    "content_hash url final_url kind mime bytes pages extractor extractor_version legacy_encoding ocr ocr_confidence "
    "status reason language number text fetched_at".split()
)
RUN_COUNTS = frozenset(
    "requests pages articles_new articles_updated articles_unchanged offtopic errors gone not_modified skipped "
    "bytes".split()
)

Outcome = Literal["new", "updated", "unchanged"]


def content_hash(title: str | None, text: str | None) -> str:
    """The identity of an article's content: a recrawl with the same hash is 'unchanged'."""
    return hashlib.sha256(f"{title or ''}\n{text or ''}".encode()).hexdigest()


def _same_but_ends(previous: dict, title: str, text: str) -> bool:
    """Whether a stored article's content differs from this only by white space at its ends: no edit of the site's
    (archives written before the extractor stopped leaving a newline where a signature was removed), so no version;
    the row takes the clean text."""
    return (previous["title"] or "").strip() == title.strip() and (previous["text"] or "").strip() == text.strip()


def content_owners(db: sqlite_utils.Database, source_ids: list[str]) -> dict[tuple[str, str], str]:
    """(source id, content hash) -> the URL of the archived article with that content, the earliest seen."""
    marks = ", ".join("?" for _ in source_ids)
    rows = db.query(
        f"select source_id, content_hash, url from articles where source_id in ({marks}) "
        "order by first_seen desc, url desc",
        source_ids,
    )
    return {(row["source_id"], row["content_hash"]): row["url"] for row in rows}


def own_page_urls(db: sqlite_utils.Database, source_ids: list[str]) -> set[str]:
    """The URLs of these sources' articles that were archived from their own page (not from a copy naming them)."""
    marks = ", ".join("?" for _ in source_ids)
    rows = db.execute(
        f"select pages.url from pages join articles on articles.url = pages.url "
        f"where pages.source_id in ({marks}) and pages.kind = 'article'",
        source_ids,
    )
    return {url for (url,) in rows}


def declared_urls(db: sqlite_utils.Database, source_ids: list[str]) -> set[str]:
    """The URLs these sources' article pages named with rel=canonical."""
    marks = ", ".join("?" for _ in source_ids)
    rows = db.execute(
        f"select distinct rel_canonical from pages where source_id in ({marks}) and rel_canonical is not null",
        source_ids,
    )
    return {url for (url,) in rows}


def listing_urls(db: sqlite_utils.Database, source_ids: list[str]) -> set[str]:
    """The URLs of these sources' pages that an earlier run found to be listings."""
    marks = ", ".join("?" for _ in source_ids)
    rows = db.execute(f"select url from pages where source_id in ({marks}) and kind = 'listing'", source_ids)
    return {url for (url,) in rows}


def home_urls(db: sqlite_utils.Database, source_ids: list[str]) -> dict[str, str]:
    """Each of these sources' home page as the latest run landed on it (its `pages` row's reason says so)."""
    marks = ", ".join("?" for _ in source_ids)
    rows = db.execute(
        f"select source_id, url from pages where source_id in ({marks}) and reason = ? order by fetched_at",
        [*source_ids, HOME_PAGE_REASON],
    )
    return dict(rows.fetchall())


@contextmanager
def _writing(db: sqlite_utils.Database) -> Iterator[None]:
    """One transaction; a failed write (disk full, a lock held past the busy timeout) is an ArchiveError.

    The transaction is rolled back, so the archive keeps every earlier batch and stays consistent.
    """
    try:
        with db.atomic():
            yield
    except sqlite3.OperationalError as exc:  # the environment's doing; other errors are bugs and stay as they are
        path = db.conn.execute("PRAGMA database_list").fetchone()[2]
        raise ArchiveError(f"{path}: cannot write to the archive: {exc}") from exc


@cache
def _upsert_statement(table: str, columns: tuple[str, ...], pk: str) -> str:
    """The INSERT ... ON CONFLICT DO UPDATE of one row that sqlite_utils' Table.upsert runs, built once a column set."""
    names = ", ".join(map(quote_identifier, columns))
    updates = ", ".join(f"{quote_identifier(c)} = excluded.{quote_identifier(c)}" for c in columns if c != pk)
    return (
        f"INSERT INTO {quote_identifier(table)} ({names}) VALUES ({', '.join('?' for _ in columns)}) "
        f"ON CONFLICT({quote_identifier(pk)}) DO UPDATE SET {updates}"
    )


def _unknown(row: dict, known: frozenset, what: str) -> None:
    extra = sorted(set(row) - known)
    if extra:
        raise ValueError(f"unknown {what} column(s): {', '.join(extra)}")


class ArchiveWriter:
    """Buffers pages and articles and writes them ``batch_size`` at a time, each batch in one transaction."""

    def __init__(self, db: sqlite_utils.Database, batch_size: int = 50) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.db = db
        self.batch_size = batch_size
        self.run_id: int | None = None
        self.counts: dict[str, int] = {"pages": 0, "articles_new": 0, "articles_updated": 0, "articles_unchanged": 0}
        self._pages: dict[str, dict] = {}
        self._articles: dict[str, tuple[dict, list[dict]]] = {}
        self._versions: list[dict] = []
        self._moves: dict[str, str] = {}
        self._links: dict[str, list[dict]] = {}
        self._attachments: dict[str, dict] = {}
        self._fetched: list[tuple[str, str | None, str, str | None]] = []

    def start_run(self, sources: list[Any]) -> int:
        """Record the crawled sources and open a 'running' crawl run. A run still 'running' from before
        (the machine died, kill -9) is marked 'interrupted': only one crawl runs at a time (archive/lock.py)."""
        self.add_sources(sources)
        with _writing(self.db):
            self.db.execute("update crawl_runs set status = 'interrupted' where status = 'running'")
            run_id = self.db.table("crawl_runs").insert({"started_at": utc_now(), "status": "running"}).last_rowid
        if run_id is None:  # sqlite3 sets lastrowid after every INSERT into a rowid table (crawl_runs.id is one)
            raise RuntimeError("crawl_runs: the new run got no id")
        self.run_id = run_id
        return run_id

    def add_sources(self, sources: list[Any]) -> None:
        """Upsert sources (objects with id, name, url and optionally province)."""
        rows = [{"id": s.id, "name": s.name, "url": s.url, "province": getattr(s, "province", None)} for s in sources]
        if rows:
            with _writing(self.db):
                self.db.table("sources").upsert_all(rows, pk="id")

    def add_page(self, row: dict) -> None:
        """Queue a fetched page (upserted by url); it carries the current run's id unless it names one."""
        _unknown(row, PAGE_COLUMNS, "page")
        page = {"run_id": self.run_id, **row}
        self.counts["pages"] += 1
        self._pages[page["url"]] = page
        self._maybe_flush()

    def add_article(self, row: dict, documents: list[dict], replacing: bool = False) -> Outcome | None:
        """Queue an article and its documents (which replace the stored ones); say whether its content changed.
        ``replacing``: the article's own page, after a copy naming it with rel=canonical wrote it earlier in this run
        (crawler/dedupe.py): the copy's text is replaced, not kept as a version, and nothing is counted twice (None)."""
        _unknown(row, ARTICLE_COLUMNS, "article")
        for document in documents:
            _unknown(document, DOCUMENT_COLUMNS, "document")
        url = row["url"]
        seen = row.get("last_seen") or utc_now()
        title, text = row.get("title") or "", row.get("text") or ""
        article = {
            **row,
            "content_hash": content_hash(title, text),
            "search_folded": f"{fold(title)}\n{fold(text)}",
            "last_seen": seen,
            "gone_at": None,
        }
        previous = self._previous(url)
        if replacing and previous is not None:
            article["first_seen"], article["changed_at"] = previous["first_seen"], previous["changed_at"]
            article["last_seen"] = max(seen, previous["last_seen"] or seen)
            self._articles[url] = (article, documents)
            self._maybe_flush()
            return None
        if previous is None:
            outcome: Outcome = "new"
            article["first_seen"] = row.get("first_seen") or seen
            article["changed_at"] = article["first_seen"]
        else:
            article["first_seen"] = previous["first_seen"]
            # An observation older than what the archive knows (a rebuild from WARC) moves nothing back.
            article["last_seen"] = max(seen, previous["last_seen"] or seen)
            if previous.get("gone_at") and previous["gone_at"] > seen:
                article["gone_at"] = previous["gone_at"]
            if previous["content_hash"] == article["content_hash"] or _same_but_ends(previous, title, text):
                outcome = "unchanged"
                article["changed_at"] = previous["changed_at"]
            else:
                outcome = "updated"
                article["changed_at"] = seen
                self._versions.append(
                    {
                        "url": url,
                        "title": previous["title"],
                        "text": previous["text"],
                        "content_hash": previous["content_hash"],
                        "first_seen": previous["changed_at"] or previous["first_seen"],
                        "last_seen": previous["last_seen"],
                        **self._capture(url, previous["last_seen"]),
                    }
                )
        self.counts[f"articles_{outcome}"] += 1
        self._articles[url] = (article, documents)
        self._maybe_flush()
        return outcome

    def add_attachment_links(self, article_url: str, links: list[dict[str, str]]) -> None:
        """Queue the files an archived article links ({'url', 'text'}): they replace the article's earlier links;
        a file already read keeps its row."""
        self._links[article_url] = links
        self._maybe_flush()

    def add_attachment(self, requested_url: str, row: dict) -> None:
        """Queue a fetched file (keyed by the hash of its bytes) and point every article link to ``requested_url``
        at it; its `number` (the document number it carries), when the linking article cites that number, links
        the article's `documents` row too."""
        _unknown(row, ATTACHMENT_COLUMNS, "attachment")
        self._attachments[row["content_hash"]] = {
            **row,
            "search_folded": fold(row.get("text") or ""),
        }
        self._fetched.append((requested_url, row["content_hash"], row["status"], row.get("reason")))
        self._maybe_flush()

    def attachment_failed(self, requested_url: str, status: str, reason: str) -> None:
        """Queue a file that could not be fetched (HTTP error, too large to download): its article links say why."""
        self._fetched.append((requested_url, None, status, reason))
        self._maybe_flush()

    def move_article(self, old: str, new: str) -> None:
        """Queue moving the article at ``old`` to ``new`` (the same content found under a better URL): its row,
        versions, documents and search entry follow, pages pointing at ``old`` point at ``new``, and ``old``'s
        page becomes a 'duplicate' of it. ``new`` must not hold an article. Call it before ``add_article(new)``,
        which then sees the moved row as the article's previous state.

        Never flushes on its own: the move is written with the batch of the article that replaces it.
        """
        for earlier, target in self._moves.items():
            if target == old:  # a chain (two query forms, then the pretty URL) collapses to one move
                self._moves[earlier] = new
        self._moves[old] = new
        if old in self._articles:
            article, documents = self._articles.pop(old)
            self._articles[new] = ({**article, "url": new}, documents)
        if old in self._links:  # queued with the row: written under the new URL (add_attachment_links may replace them)
            self._links[new] = self._links.pop(old)

    def _previous(self, url: str) -> dict | None:
        if url in self._articles:
            return self._articles[url][0]
        stored = next((old for old, new in self._moves.items() if new == url), url)
        rows = self.db.query(
            "select title, text, content_hash, first_seen, last_seen, changed_at, gone_at from articles where url = ?",
            [stored],
        )
        return next(iter(rows), None)

    def _capture(self, url: str, seen: str | None) -> dict[str, Any]:
        """Where the page that last showed the article at ``url`` as it was (fetched at ``seen``, its last_seen) lies
        in the WARC files: the version's replay. All None when no page of it was recorded then (a page written
        before pages kept records, or a fetch without a response). The article's own URL first, then any page filed
        under it; a move still waiting in the batch is under its old URL."""
        urls = {url, *(old for old, new in self._moves.items() if new == url)}
        pages = [
            page
            for page in self._pages.values()
            if page.get("canonical_url") in urls and page.get("fetched_at") == seen and page.get("warc_file")
        ]
        if not pages:
            marks = ", ".join("?" for _ in urls)
            pages = list(
                self.db.query(
                    "select url, warc_file, warc_offset, warc_length from pages"
                    f" where canonical_url in ({marks}) and fetched_at = ? and warc_file is not null",
                    [*urls, seen],
                )
            )
        if not pages:
            return dict.fromkeys(("capture_url", "warc_file", "warc_offset", "warc_length"))
        page = min(pages, key=lambda p: (p["url"] not in urls, p["url"]))
        return {
            "capture_url": page["url"],
            "warc_file": page["warc_file"],
            "warc_offset": page["warc_offset"],
            "warc_length": page.get("warc_length"),
        }

    def _maybe_flush(self) -> None:
        if len(self._pages) + len(self._articles) + len(self._attachments) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write everything queued in one transaction; on error nothing of the batch is written and it stays queued."""
        if not (self._pages or self._articles or self._moves or self._links or self._fetched):
            return
        with _writing(self.db):
            if self._pages:
                self.db.table("pages").upsert_all(self._pages.values(), pk="url")
            if self._versions:
                self.db.table("article_versions").insert_all(self._versions)
            for old, new in self._moves.items():
                self._write_move(old, new)
            for url, (article, documents) in self._articles.items():
                self._upsert_article(article)
                self.db.execute("delete from documents where article_url = ?", [url])
                if documents:
                    self.db.table("documents").insert_all(
                        ({**document, "article_url": url} for document in documents), ignore=True
                    )
            self._write_attachments()
        self._pages.clear()
        self._links.clear()
        self._attachments.clear()
        self._fetched.clear()
        self._articles.clear()
        self._versions.clear()
        self._moves.clear()

    def _upsert_article(self, article: dict[str, Any]) -> None:
        """One article written as sqlite_utils' upsert writes it (the same statement in a savepoint of its own, where
        FTS5 writes out its pending terms), without the three schema queries that upsert makes first: about a fifth
        of the CPU an article costs the writer."""
        columns = tuple(article)
        with self.db.atomic():
            self.db.execute(
                _upsert_statement("articles", columns, "url"), [jsonify_if_needed(article[c]) for c in columns]
            )

    def _write_attachments(self) -> None:
        """The SQL of queued attachment links and files, inside flush's transaction, after the articles and their
        documents (a file's number is matched against its articles' documents)."""
        for article_url, links in self._links.items():
            urls = [link["url"] for link in links]
            marks = ", ".join("?" for _ in urls)
            self.db.execute(
                f"delete from article_attachments where article_url = ? and url not in ({marks})", [article_url, *urls]
            )
            for link in links:
                # A file another article links was read already (files are fetched once): the new link points at it.
                self.db.execute(
                    "insert into article_attachments (article_url, url, link_text, content_hash, status, reason) "
                    "select ?, ?, ?, known.content_hash, known.status, known.reason from (select 1) left join "
                    "(select content_hash, status, reason from article_attachments "
                    "where url = ? and status is not null limit 1) as known where true "
                    "on conflict (article_url, url) do update set link_text = excluded.link_text",
                    [article_url, link["url"], link["text"], link["url"]],
                )
        if self._attachments:
            self.db.table("attachments").upsert_all(self._attachments.values(), pk="content_hash")
        for url, content_hash, status, reason in self._fetched:
            self.db.execute(
                "update article_attachments set content_hash = ?, status = ?, reason = ? where url = ?",
                [content_hash, status, reason, url],
            )
        # Document rows are rewritten with their article: the links of rewritten articles and fetched files are
        # matched again, by the number a file carries and the numbers its article cites.
        touched = [*self._articles, *self._links]
        fetched = [url for url, *_ in self._fetched]
        for column, values in (("article_url", touched), ("url", fetched)):
            for start in range(0, len(values), 500):
                chunk = values[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                self.db.execute(
                    "update article_attachments set document_id = (select documents.id from documents join attachments "
                    "on attachments.content_hash = article_attachments.content_hash "
                    "where documents.article_url = article_attachments.article_url "
                    f"and documents.number = attachments.number) where {column} in ({marks})",
                    chunk,
                )

    def _write_move(self, old: str, new: str) -> None:
        """The SQL of one queued move, inside flush's transaction (the FTS triggers follow the row's new key)."""
        self.db.execute("update articles set url = ? where url = ?", [new, old])
        self.db.execute("update article_versions set url = ? where url = ?", [new, old])
        self.db.execute("update documents set article_url = ? where article_url = ?", [new, old])
        self.db.execute("update article_attachments set article_url = ? where article_url = ?", [new, old])
        self.db.execute("update pages set canonical_url = ? where canonical_url = ?", [new, old])
        self.db.execute("update pages set kind = 'duplicate', reason = ? where url = ?", [f"same text as {new}", old])

    def mark_gone(self, url: str, when: str) -> bool:
        """An archived article whose page now answers 404/410: keep it, note when it was found gone."""
        self.flush()
        with _writing(self.db):
            cursor = self.db.execute("update articles set gone_at = ? where url = ? and gone_at is null", [when, url])
        changed = cursor.rowcount > 0
        if changed:
            self.counts["gone"] = self.counts.get("gone", 0) + 1
        return changed

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        """Flush, then close the run: its counts are this writer's tallies, overridden or extended by ``counts``."""
        _unknown(counts, RUN_COUNTS, "crawl run count")
        self.flush()
        totals = {**self.counts, **counts}
        with _writing(self.db):
            self.db.table("crawl_runs").update(run_id, {"finished_at": utc_now(), "status": status, **totals})

    def close(self) -> None:
        """Flush what is queued and close the database connection."""
        self.flush()
        self.db.close()
