"""Open a govnews archive: create it, migrate it to the current schema, or refuse it with a one-line reason.

The schema version lives in ``PRAGMA user_version`` and the file is marked as ours with
``PRAGMA application_id``, so a stranger's database is never migrated by mistake.
Each migration moves the archive one version up; columns are only ever added.
"""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

APPLICATION_ID = 0x474E5753  # "GNWS"
# Seconds to wait for another process's lock (GOVNEWS_DB_BUSY_TIMEOUT for crawls).
BUSY_TIMEOUT = 30.0
FTS_COLUMNS = ["title", "text", "search_folded"]
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
ATTACHMENT_FTS_COLUMNS = ["text", "search_folded"]
# article_cells.cell (v8): one integer for an article's month and province, so that counting a search groups by an
# integer (half the time of grouping by two strings): month_ordinal * CELL_PROVINCES + the province's code in
# article_cell_provinces, where month_ordinal = year * 12 + month (0: no month) and code 0 is no province.
CELL_PROVINCES = 1 << 20
_ORDINAL = (
    "case when {row}.published glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]*'"
    " and cast(substr({row}.published, 6, 2) as integer) between 1 and 12"
    " then cast(substr({row}.published, 1, 4) as integer) * 12 + cast(substr({row}.published, 6, 2) as integer)"
    " else 0 end"
)
_CODE = "coalesce((select code from article_cell_provinces where province = {row}.province), 0)"
# An article's row of article_cells from the article ``{row}`` ('articles', or a trigger's 'new').
CELLS_VALUES = (
    f"{{row}}.rowid, {_ORDINAL} * {CELL_PROVINCES} + {_CODE}, {{row}}.year, {{row}}.province, {{row}}.source_id"
)


class ArchiveError(Exception):
    """A file that cannot be used as an archive; the message is one line: 'PATH: reason'."""


def _v1_tables(db: sqlite_utils.Database) -> None:
    """The tables of docs/architecture.md, plus article_versions and their indexes."""
    db.table("sources").create({"id": str, "name": str, "url": str, "province": str}, pk="id")
    db.table("crawl_runs").create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "requests": int,
            "pages": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "offtopic": int,
            "errors": int,
        },
        pk="id",
    )
    db.table("articles").create(
        {
            "url": str,
            "source_id": str,
            "title": str,
            "published": str,
            "year": int,
            "author": str,
            "province": str,
            "province_2025": str,
            "language": str,
            "text": str,
            "topic_score": float,
            "topic_terms": str,
            "content_hash": str,
            "first_seen": str,
            "last_seen": str,
            "changed_at": str,
            "gone_at": str,
            "search_folded": str,
        },
        pk="url",
        foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("pages").create(
        {
            "url": str,
            "source_id": str,
            "status": int,
            "kind": str,
            "reason": str,
            "canonical_url": str,
            "content_type": str,
            "bytes": int,
            "fetched_at": str,
            "etag": str,
            "last_modified": str,
            "run_id": int,
        },
        pk="url",
        foreign_keys=[("source_id", "sources", "id"), ("run_id", "crawl_runs", "id")],
    )
    db.table("documents").create(
        {
            "id": int,
            "article_url": str,
            "kind": str,
            "number": str,
            "type_code": str,
            "issuer": str,
            "date": str,
            "raw": str,
        },
        pk="id",
        foreign_keys=[("article_url", "articles", "url")],
    )
    db.table("article_versions").create(
        {
            "id": int,
            "url": str,
            "title": str,
            "text": str,
            "content_hash": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
        foreign_keys=[("url", "articles", "url")],
    )
    for column in ("source_id", "province", "published", "year", "language"):
        db.table("articles").create_index([column])
    db.table("documents").create_index(["article_url", "number"], unique=True)
    db.table("documents").create_index(["number"])
    db.table("pages").create_index(["source_id"])
    db.table("pages").create_index(["kind"])
    db.table("article_versions").create_index(["url"])
    db.table("articles").enable_fts(FTS_COLUMNS, fts_version="FTS5", tokenize=FTS_TOKENIZE, create_triggers=True)


def _v2_recrawl(db: sqlite_utils.Database) -> None:
    """Incremental recrawls: where each response lies in the WARC files, a fingerprint of a listing's
    links (unchanged listings are not descended again), and the run counts a recrawl reports."""
    for column, kind in (("warc_file", str), ("warc_offset", int), ("warc_length", int), ("links_hash", str)):
        db.table("pages").add_column(column, kind)
    for column in ("gone", "not_modified", "skipped", "bytes"):
        db.table("crawl_runs").add_column(column, int)


def _v3_facet_index(db: sqlite_utils.Database) -> None:
    """province_2025 is faceted on the published site (`_facet=province_2025`): without an index that facet
    reads every article row (0.36 s at 200,000 articles); with one it counts index entries."""
    db.table("articles").create_index(["province_2025"], if_not_exists=True)


def _v4_filtered_pages(db: sqlite_utils.Database) -> None:
    """The articles page filtered by a year, a province or a source: newest first straight from an index (with the
    year index alone, 62,000 full rows of a year at a million articles were sorted: over 3 s), and the facets of
    the other columns counted from the index alone instead of one row lookup per article."""
    for columns in (
        ["year", "published", "province", "source_id", "language"],
        ["province", "published", "year", "source_id", "language"],
        ["source_id", "published"],
    ):
        db.table("articles").create_index(columns, if_not_exists=True)


def _v5_rel_canonical(db: sqlite_utils.Database) -> None:
    """The URL an article page named with rel=canonical: a later run must know that an archived article's URL
    was declared by the site (it then outranks any other URL with the same text), not just chosen by us. And an
    index for moving an article to a better URL (archive.store.ArchiveWriter.move_article)."""
    db.table("pages").add_column("rel_canonical", str)
    # An article moved to a better URL takes the pages pointing at it along: found by index, not by a scan.
    db.execute(
        "create index if not exists idx_pages_canonical_url on pages(canonical_url) where canonical_url is not null"
    )
    # An article page filed under another URL can only have named it; a page naming itself left no trace.
    db.execute("update pages set rel_canonical = canonical_url where kind = 'article' and canonical_url != url")


def _v6_attachments(db: sqlite_utils.Database) -> None:
    """The files on-topic articles attach (docs/attachments.md): each file once, keyed by the hash of its bytes, with
    its text and how it was read; which article links which URL, with the link's text, in article_attachments (a row
    there before the file is fetched, or when it could not be: its status says why)."""
    db.table("attachments").create(
        {
            "content_hash": str,
            "url": str,
            "final_url": str,
            "kind": str,
            "mime": str,
            "bytes": int,
            "pages": int,
            "extractor": str,
            "extractor_version": str,
            "legacy_encoding": str,
            "ocr": int,
            "ocr_confidence": float,
            "status": str,
            "reason": str,
            "language": str,
            "number": str,
            "text": str,
            "search_folded": str,
            "fetched_at": str,
        },
        pk="content_hash",
    )
    db.table("article_attachments").create(
        {
            "article_url": str,
            "url": str,
            "link_text": str,
            "content_hash": str,
            "status": str,
            "reason": str,
            "document_id": int,
        },
        pk=("article_url", "url"),
        foreign_keys=[
            ("article_url", "articles", "url"),
            ("content_hash", "attachments", "content_hash"),
            ("document_id", "documents", "id"),
        ],
    )
    db.table("article_attachments").create_index(["url"])
    db.table("article_attachments").create_index(["content_hash"])
    for column in ("kind", "status", "number"):
        db.table("attachments").create_index([column])
    db.table("attachments").enable_fts(
        ATTACHMENT_FTS_COLUMNS, fts_version="FTS5", tokenize=FTS_TOKENIZE, create_triggers=True
    )


def _v7_version_captures(db: sqlite_utils.Database) -> None:
    """Where an earlier version's page lies in the WARC files, so that it can be replayed as captured: the page's URL
    and its response record. `pages` keeps one record per URL, the newest; a version superseded before this
    migration has none (the WARC files hold it, unindexed)."""
    for column, kind in (("capture_url", str), ("warc_file", str), ("warc_offset", int), ("warc_length", int)):
        db.table("article_versions").add_column(column, kind)
    db.execute(
        "create index if not exists idx_article_versions_capture_url on article_versions(capture_url)"
        " where capture_url is not null"
    )


def _v8_article_cells(db: sqlite_utils.Database) -> None:
    """Each article's month, year, province and source in a narrow table keyed by its rowid, kept by triggers: an
    exact count of a search by province and year looks each match up here (about 30 bytes a row, all of it in
    the page cache at a million articles) instead of in the wide article rows (15 KB each; 2-15 s a search).

    ``article_changes.n`` goes up with every write to ``articles``: a count remembered with it is still exact while
    it has not moved (the published site remembers counts that take seconds)."""
    db.execute(
        "create table if not exists article_cells (id integer primary key, cell integer, year integer, province text,"
        " source_id text)"
    )
    db.execute("create table if not exists article_cell_provinces (code integer primary key, province text unique)")
    db.execute("create table if not exists article_changes (n integer not null)")
    db.execute("insert into article_changes select 0 where not exists (select 1 from article_changes)")
    fill_article_cells(db)
    bump = "update article_changes set n = n + 1"
    drop = "delete from article_cells where id = old.rowid"
    # No conflict clause inside a trigger: the writing statement's own (an upsert's) would override it.
    keep = (
        "insert into article_cell_provinces (province) select new.province where new.province is not null"
        " and not exists (select 1 from article_cell_provinces where province = new.province); "
        "delete from article_cells where id = new.rowid; "
        f"insert into article_cells select {CELLS_VALUES.format(row='new')}"
    )
    for event, body in (
        ("insert", f"{keep}; {bump}"),
        ("update", f"{drop}; {keep}; {bump}"),
        ("delete", f"{drop}; {bump}"),
    ):
        db.execute(f"create trigger if not exists articles_cells_{event} after {event} on articles begin {body}; end")


def fill_article_cells(db: sqlite_utils.Database) -> None:
    """article_cells for every article (the migration, and a bulk load that bypassed the triggers)."""
    db.execute(
        "insert or ignore into article_cell_provinces (province)"
        " select distinct province from articles where province is not null"
    )
    db.execute(f"insert or replace into article_cells select {CELLS_VALUES.format(row='articles')} from articles")
    db.execute("update article_changes set n = n + 1")


# MIGRATIONS[i] takes an archive from version i to i + 1; append, never edit a released one.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_tables,
    _v2_recrawl,
    _v3_facet_index,
    _v4_filtered_pages,
    _v5_rel_canonical,
    _v6_attachments,
    _v7_version_captures,
    _v8_article_cells,
]
SCHEMA_VERSION = len(MIGRATIONS)


def open_archive(path: str | Path, create: bool = True, busy_timeout: float = BUSY_TIMEOUT) -> sqlite_utils.Database:
    """Open (and with ``create``, create) the archive at ``path``, migrated, in WAL mode, with a busy timeout.

    Raises ArchiveError for a missing file or folder, a non-SQLite file, a database that is not a
    govnews archive, an archive written by a newer govnews, or one locked by another process for longer
    than ``busy_timeout`` seconds.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise ArchiveError(f"{path}: no such archive")
        if not path.parent.is_dir():
            raise ArchiveError(f"{path}: folder {path.parent} does not exist; create it first")
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout)
    except sqlite3.Error as exc:
        raise ArchiveError(f"{path}: cannot open: {exc}") from None
    db = sqlite_utils.Database(conn)
    try:
        _check_and_migrate(db, path, busy_timeout)
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_locked(exc):
            raise ArchiveError(_locked(path, busy_timeout)) from None
        raise ArchiveError(f"{path}: cannot open: {exc}") from None
    except BaseException:
        conn.close()
        raise
    return db


def check_writable(db: sqlite_utils.Database) -> None:
    """Take the write lock and give it back: a crawl must not start on an archive another process holds
    (it would fetch for nothing and fail at its first batch), nor on a read-only file."""
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        timeout = db.conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
        raise ArchiveError(_locked(path, timeout) if _is_locked(exc) else f"{path}: cannot write: {exc}") from None


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _locked(path: str | Path, timeout: float) -> str:
    return f"{path}: locked by another process (another crawl?) for more than {timeout:g} s; try again later"


def _check_and_migrate(db: sqlite_utils.Database, path: Path, busy_timeout: float) -> None:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.table_names()
    except sqlite3.OperationalError as exc:
        if _is_locked(exc):
            raise
        raise ArchiveError(f"{path}: not an SQLite database") from None
    except sqlite3.DatabaseError:
        raise ArchiveError(f"{path}: not an SQLite database") from None
    if app_id != APPLICATION_ID and (tables or app_id or version):
        raise ArchiveError(f"{path}: an SQLite database but not a govnews archive")
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"{path}: archive schema version {version} is newer than this govnews ({SCHEMA_VERSION}); upgrade govnews"
        )
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    db.enable_wal()
    if version < SCHEMA_VERSION:
        _migrate(db)


def _migrate(db: sqlite_utils.Database) -> None:
    """Migrate under a write lock, re-reading the version: two processes may open a new archive at once."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise
