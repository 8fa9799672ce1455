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


def load_known_pages(db_path: str | Path, source_ids: list[str]) -> dict[str, KnownPage]:
    """Every page the archive has fetched for these sources, by URL (empty for a new archive)."""
    path = Path(db_path)
    if not path.exists() or not source_ids:
        return {}
    conn = sqlite_utils.Database(path)
    try:
        marks = ", ".join("?" for _ in source_ids)
        rows = conn.query(
            f"select url, kind, status, fetched_at, etag, last_modified, canonical_url, warc_file, warc_offset, "
            f"links_hash from pages where source_id in ({marks})",
            source_ids,
        )
        return {row["url"]: KnownPage(**row) for row in rows}
    finally:
        conn.close()
