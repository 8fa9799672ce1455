"""Vietnamese full-text search over ``articles_fts``: fold the query like the indexed ``search_folded`` copy.

'đ' has no Unicode decomposition, so no FTS5 tokenizer option makes 'dak lak' match 'Đắk Lắk'. The archive
indexes a folded copy of title and text (see store.py), and every query is folded with the same
``fold()`` before it reaches FTS5. ``fold_query`` is what the Datasette plugin registers as ``escape_fts``.
"""

import re

import sqlite_utils

from crawler.understand.text import fold

# A quoted phrase (optionally followed by * for a prefix) or a run of anything else but space and quotes.
_TERMS = re.compile(r'"[^"]*"\*?|[^\s"]+')

_SEARCH_SQL = """
select articles.url, articles.title, articles.published, articles.province, articles.source_id,
       snippet(articles_fts, 1, '[', ']', '…', 16) as snippet,
       bm25(articles_fts, 4.0, 1.0, 1.0) as rank
from articles_fts join articles on articles.rowid = articles_fts.rowid
where articles_fts match :query
order by rank
limit :limit
"""


def fold_query(q: str) -> str:
    """Fold ``q`` and quote each term as Datasette's ``escape_fts`` does, keeping "phrases" and prefix* terms.

    Quoting makes punctuation harmless ('COVID-19' is not a column filter) and FTS5 operators literal.
    """
    folded = fold(q)
    if folded.count('"') % 2:
        folded += '"'
    terms = []
    for term in _TERMS.findall(folded):
        if term.startswith('"'):
            if term.rstrip("*") != '""':
                terms.append(term)
        elif term.rstrip("*"):
            prefix = "*" if term.endswith("*") else ""
            terms.append(f'"{term.rstrip("*")}"{prefix}')
    return " ".join(terms)


def search(db: sqlite_utils.Database, q: str, limit: int = 20) -> list[dict]:
    """Articles matching the user query ``q``, best first (bm25, title weighted), each with a text snippet."""
    query = fold_query(q)
    if not query:
        return []
    return list(db.query(_SEARCH_SQL, {"query": query, "limit": limit}))
