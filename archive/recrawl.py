"""What an earlier crawl knows about a site's pages: read once at the start of a recrawl."""

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils


@dataclass(frozen=True)
class KnownPage:
    url: str
    kind: str | None
    status: int | None
    fetched_at: str | None
    etag: str | None
    last_modified: str | None
    canonical_url: str | None
    warc_file: str | None
    warc_offset: int | None
    links_hash: str | None
    # Of the article the page holds (its canonical URL's row), for the revisit schedule.
    published: str | None = None
    first_seen: str | None = None


def load_known_pages(db_path: str | Path, source_ids: list[str]) -> dict[str, KnownPage]:
    """Every page the archive has fetched for these sources, by URL (empty for a new archive)."""
    path = Path(db_path)
    if not path.exists() or not source_ids:
        return {}
    conn = sqlite_utils.Database(path)
    try:
        marks = ", ".join("?" for _ in source_ids)
        rows = conn.query(
            "select p.url, p.kind, p.status, p.fetched_at, p.etag, p.last_modified, p.canonical_url, p.warc_file, "
            "p.warc_offset, p.links_hash, a.published, a.first_seen from pages p "
            "left join articles a on p.kind in ('article', 'offtopic') and a.url = coalesce(p.canonical_url, p.url) "
            f"where p.source_id in ({marks})",
            source_ids,
        )
        return {row["url"]: KnownPage(**row) for row in rows}
    finally:
        conn.close()


def load_unfetched_attachments(db_path: str | Path, source_ids: list[str]) -> dict[str, list[dict[str, str]]]:
    """The files archived articles link that no run has asked for yet (an earlier run's attachment budget ran out
    before them), by source, in the order they were linked: links as the spider's items carry them (url, text)."""
    path = Path(db_path)
    if not path.exists() or not source_ids:
        return {}
    conn = sqlite_utils.Database(path)
    try:
        marks = ", ".join("?" for _ in source_ids)
        rows = conn.query(
            "select a.source_id, l.url, min(l.link_text) as text from article_attachments l "
            "join articles a on a.url = l.article_url "
            f"where l.status is null and l.content_hash is null and a.source_id in ({marks}) "
            "group by a.source_id, l.url order by min(l.rowid)",
            source_ids,
        )
        unfetched: dict[str, list[dict[str, str]]] = {}
        for row in rows:
            unfetched.setdefault(row["source_id"], []).append({"url": row["url"], "text": row["text"] or ""})
        return unfetched
    finally:
        conn.close()
