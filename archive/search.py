"""Vietnamese full-text search over ``articles_fts``: fold the query like the indexed ``search_folded`` copy.

'đ' has no Unicode decomposition, so no FTS5 tokenizer option makes 'dak lak' match 'Đắk Lắk'. The archive
indexes a folded copy of title and text (see store.py), and every query is folded with the same
``fold()`` before it reaches FTS5. ``fold_query`` is what the Datasette plugin registers as ``escape_fts``;
``snippet`` is its ``govnews_snippet``: FTS5's own snippet() cannot mark 'Đẳng' for the folded term 'dang'.

A common term ('bình đẳng giới') matches most of the archive, and reading every matching row (to count, facet,
sort or rank it) costs seconds at a million articles. Searches therefore look at a window: the ``SEARCH_WINDOW``
most recently archived matches (highest rowid first, which FTS5 streams and stops early). A search with fewer
matches than that is exact; a larger one is ranked, counted and faceted within the window.
"""

import re
from collections import deque
from functools import lru_cache

import sqlite_utils

from govnews.text import fold

# A quoted phrase (optionally followed by * for a prefix) or a run of anything else but space and quotes.
_TERMS = re.compile(r'"[^"]*"\*?|[^\s"]+')
_WORD = re.compile(r"\w+")
MARK_OPEN, MARK_CLOSE = "[", "]"
SNIPPET_WORDS = 24
NOTHING = '""'  # an empty phrase: valid FTS5 that matches no row ('' is a syntax error)
# Matches a search reads at most (newest archived first).
SEARCH_WINDOW = 10_000
MAX_VARIANTS = 16  # d/đ spellings of one term tried in titles

_RANKED_SQL = """
with window(id) as materialized (
  select rowid from articles_fts where articles_fts match escape_fts(:q) order by rowid desc limit {window}
),
titled(id) as materialized (
  select rowid from articles_fts
  where articles_fts match govnews_title_fts(:q) and rowid >= (select min(id) from window)
),
best(id, in_title, published) as materialized (
  select articles.rowid, articles.rowid in (select id from titled), articles.published
  from window join articles on articles.rowid = window.id
  order by 2 desc, 3 desc
  limit {limit}
)
select articles.url, articles.title, articles.published, articles.province, articles.source_id,
       govnews_snippet(articles.text, :q) as snippet
from best join articles on articles.rowid = best.id
order by best.in_title desc, best.published desc
"""
_WINDOW_SQL = "select rowid from articles_fts where articles_fts match {match} order by rowid desc limit {limit}"


def ranked_search_sql(limit: int | str = ":limit") -> str:
    """The ranked search (all the query's words in the title first, then the newest, within the newest
    ``SEARCH_WINDOW`` matches) with a snippet for each of the ``limit`` results: ``search()`` and the published
    `search` canned query (datasette_config) run this one SQL. Not bm25: its document frequencies scan every
    match in the whole index (a phrase of common words took 1.5-3 s at a million articles)."""
    return _RANKED_SQL.format(window=SEARCH_WINDOW, limit=limit).strip()


def window_clause(raw: bool = False) -> str:
    """The table page's ``_search`` condition: the article is among the window's matches of ``:search``.

    ``raw`` passes the query to FTS5 as typed (Datasette's ``_searchmode=raw``) instead of folded and quoted.
    """
    match = ":search" if raw else "escape_fts(:search)"
    return f"rowid in ({_WINDOW_SQL.format(match=match, limit=SEARCH_WINDOW)})"


def fold_query(q: str) -> str:
    """Fold ``q`` and quote each term as Datasette's ``escape_fts`` does, keeping "phrases" and prefix* terms.

    Quoting makes punctuation harmless ('COVID-19' is not a column filter) and FTS5 operators literal.
    A query with no terms becomes ``NOTHING``, so an empty search box finds nothing instead of failing.
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
    return " ".join(terms) or NOTHING


def title_query(q: str) -> str:
    """An FTS5 query for the ``title`` column alone with every word of ``q`` (``govnews_title_fts``).

    The title column is indexed as written (remove_diacritics keeps 'đ'), so each folded 'd' is tried as 'd'
    and 'đ': 'dang' -> ("dang" OR "đang"); a term with more than ``MAX_VARIANTS`` spellings keeps its folded one.
    """
    folded = fold_query(q)
    if folded == NOTHING:
        return NOTHING
    groups = []
    for term in _TERMS.findall(folded):
        star = "*" if term.endswith("*") else ""
        words = term.rstrip("*").strip('"').split()
        spellings = [""]
        for word in words:
            spellings = [f"{before} {variant}".strip() for before in spellings for variant in _d_variants(word)]
        if len(spellings) > MAX_VARIANTS:
            spellings = [" ".join(words)]
        groups.append("(" + " OR ".join(f'"{spelling}"{star}' for spelling in spellings) + ")")
    return f"title : ({' AND '.join(groups)})"


def _d_variants(word: str) -> list[str]:
    variants = [""]
    for char in word:
        variants = [v + c for v in variants for c in (("d", "đ") if char == "d" else (char,))]
    return variants


def _query_words(q: str) -> list[tuple[str, bool]]:
    """(folded word, is_prefix) for every word of the query, phrases split into their words."""
    words = []
    for term in _TERMS.findall(fold(q)):
        prefix = term.endswith("*")
        parts = _WORD.findall(term)
        words += [(part, prefix and i == len(parts) - 1) for i, part in enumerate(parts)]
    return words


# Words repeat across articles: folding each once made the 100 snippets of a ranked search about 3x cheaper.
_fold_word = lru_cache(maxsize=1 << 16)(fold)


def snippet(text: str | None, q: str | None, words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``text`` around its first match of ``q``, matches in [brackets], diacritics kept.

    Matching is on folded words, so 'binh dang gioi' marks 'Bình Đẳng Giới'. Brackets already in the text
    become parentheses, so the marks are unambiguous (the HTML view turns them into <mark>).
    """
    text = (text or "").replace(MARK_OPEN, "(").replace(MARK_CLOSE, ")")
    if words < 1:
        return ""
    wanted = _query_words(q or "")
    exact = {w for w, prefix in wanted if not prefix}
    prefixes = tuple(w for w, prefix in wanted if prefix)
    lead = words // 3
    recent: deque[re.Match] = deque(maxlen=lead)  # the words just before the first match
    head: list[re.Match] = []  # the window when the text itself has no match (a title-only hit)
    window: list[re.Match] | None = None
    first, hits = 0, set()
    for i, token in enumerate(_WORD.finditer(text)):  # stops once the window is full: no need to read on
        if window is not None and len(window) >= words:
            break
        folded = _fold_word(token.group())
        hit = folded in exact or bool(prefixes and folded.startswith(prefixes))
        if window is not None:
            window.append(token)
        elif hit:
            first, window = i - len(recent), [*recent, token]
        else:
            recent.append(token)
            if len(head) < words:
                head.append(token)
        if hit:
            hits.add(i)
    if window is None:
        window = head
    if not window:
        return ""
    pieces, position = [], window[0].start()
    for i, token in enumerate(window, start=first):
        pieces.append(text[position : token.start()])
        pieces.append(f"{MARK_OPEN}{token.group()}{MARK_CLOSE}" if i in hits else token.group())
        position = token.end()
    end = window[-1].end()
    return ("…" if first else "") + "".join(pieces) + ("…" if end < len(text.rstrip()) else "")


def search(db: sqlite_utils.Database, q: str, limit: int = 20) -> list[dict]:
    """Articles matching the user query ``q``, best first (all its words in the title, then newest; within the
    newest ``SEARCH_WINDOW`` matches), each with a text snippet."""
    if fold_query(q) == NOTHING:
        return []
    db.conn.create_function("escape_fts", 1, fold_query, deterministic=True)
    db.conn.create_function("govnews_snippet", 2, snippet, deterministic=True)
    db.conn.create_function("govnews_title_fts", 1, title_query, deterministic=True)
    return list(db.query(ranked_search_sql(), {"q": q, "limit": limit}))
