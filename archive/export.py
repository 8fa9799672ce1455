"""Every article of a search (archive.selection: the phrase set, with its filters), in batches for a streamed export.

A batch is the next ``BATCH`` matches below a rowid, newest archived first (FTS5 walks its rowids downwards and
stops), each joined to its row when it passes the filters: one query per batch, the same work whatever the batch's
place, and nothing held beyond one batch. A match filtered out comes back with an empty ``url`` so that the next
batch still starts below it.
"""

from govnews.archive.selection import MATCHES_SQL, Selection

BATCH = 1_000
# Every column a reader may want of an article, the body only when asked (``with_text``); never search_folded.
COLUMNS = (
    "url",
    "title",
    "published",
    "year",
    "author",
    "province",
    "province_2025",
    "language",
    "source_id",
    "topic_score",
    "topic_terms",
    "content_hash",
    "first_seen",
    "last_seen",
    "changed_at",
    "gone_at",
)
# Above every rowid: the first batch's bound.
FIRST = 2**63 - 1


def columns(with_text: bool) -> tuple[str, ...]:
    return (*COLUMNS, "text") if with_text else COLUMNS


def batch_sql(selection: Selection, with_text: bool) -> str:
    """The next ``:batch`` matches below rowid ``:before``: (match, the article's columns or NULLs), match
    descending. Parameters: ``selection.params()``, ``before`` and ``batch``."""
    selected = ", ".join(f"articles.{name}" for name in columns(with_text))
    return (
        f"with batch(id) as materialized ({MATCHES_SQL} and rowid < :before order by rowid desc limit :batch)\n"
        f"select batch.id as match, {selected}\n"
        f"from batch left join articles on articles.rowid = batch.id{selection.filter_sql()}\n"
        "order by batch.id desc"
    )
