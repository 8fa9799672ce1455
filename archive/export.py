"""Every article of a search (archive.selection: the phrase set, with its filters), in batches for a streamed export.

A batch is the next ``BATCH`` candidates below a rowid, newest archived first, each joined to its row when it is
one of the selection's articles: one query per batch, the same work whatever the batch's place, nothing held
beyond one batch. A candidate that is not comes back with an empty ``url``, so that the next batch still starts
below it. The candidates are the matches when no filter is set (FTS5 walks its rowids downwards and stops), else
the rows of the filter that selects fewest (its one-column index lists its rowids in order), checked against the
matches in the batch's rowid range: at a million articles, 'bình đẳng giới' in Đắk Lắk (13,654 of 889,121
matches) walks 16 batches instead of 890.
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
# The filters in the order that selects fewest articles (63 provinces, hundreds of sources, some twenty years):
# the first set drives a filtered batch through its index; the others are checked on its rows ('+' keeps SQLite
# from choosing their index instead).
DRIVING = ("province", "source_id", "year")


def columns(with_text: bool) -> tuple[str, ...]:
    return (*COLUMNS, "text") if with_text else COLUMNS


def batch_sql(selection: Selection, with_text: bool) -> str:
    """The next ``:batch`` candidates below rowid ``:before``: (match: the candidate's rowid, the article's columns
    or NULLs), descending. Parameters: ``selection.params()``, ``before`` and ``batch``."""
    selected = ", ".join(f"articles.{name}" for name in columns(with_text))
    filters = [name for name in DRIVING if name in selection.filters()]
    if not filters:
        return (
            f"with batch(id) as materialized ({MATCHES_SQL} and rowid < :before order by rowid desc limit :batch)\n"
            f"select batch.id as match, {selected}\n"
            "from batch left join articles on articles.rowid = batch.id\n"
            "order by batch.id desc"
        )
    conditions = " and ".join(f"{'+' if i else ''}{name} = :{name}" for i, name in enumerate(filters))
    return (
        f"with batch(id) as materialized (select rowid from articles where {conditions} and rowid < :before\n"
        "  order by rowid desc limit :batch),\n"
        f"hits(id) as materialized ({MATCHES_SQL}\n"
        "  and rowid between (select min(id) from batch) and (select max(id) from batch))\n"
        f"select batch.id as match, {selected}\n"
        "from batch left join articles on articles.rowid = batch.id and batch.id in hits\n"
        "order by batch.id desc"
    )
