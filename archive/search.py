"""Vietnamese full-text search over ``articles_fts``: what a typed query means, how matches rank, what is marked.

A Vietnamese word is one to four syllables written apart ('bình đẳng giới'), so the syllables a reader types
next to each other are read as one word, a phrase. ``parse_query`` turns the typed text into terms (pure: no
SQL); ``match_query`` makes the FTS5 queries of the four ranking tiers from them:

- ``TITLE``: every term's phrase in the title;
- ``PHRASE``: every term's phrase anywhere (the table page's ``_search`` narrows by this one);
- ``NEAR``: every term's syllables within a few words of each other (FTS5 ``NEAR``);
- ``ALL``: every term's syllables anywhere (the set a ranked search lists).

"quoted" text is a phrase in every tier, ``OR`` (or ``|``) separates alternatives, ``-word`` and ``NOT word``
exclude, ``prefix*`` ends a term with a prefix, and a comma, a semicolon or ``AND`` separates two words typed
side by side. Anything else is a syllable: no input is an FTS5 error, and no input with nothing to find matches
anything (``NOTHING``).

'đ' has no Unicode decomposition, so no FTS5 tokenizer option makes 'dak lak' match 'Đắk Lắk'. The archive
indexes a folded copy of title and text (``search_folded``, see store.py), and every query is folded with the
same ``fold()``; the title column keeps its 'đ', so title queries try each folded 'd' as 'd' and 'đ'. The index
cannot tell 'Đảng' from 'đang' (both fold to 'dang'), so whether a match is spelled as typed is checked in
Python (``exact_score``) on the best rows only. ``snippet`` is the Datasette plugin's ``govnews_snippet``: it
marks the matched phrase, which FTS5's own snippet() cannot do for a folded query.

A common term ('bình đẳng giới') matches most of the archive, and reading every matching row (to count, facet,
sort or rank it) costs seconds at a million articles. Searches therefore look at a window: the ``SEARCH_WINDOW``
most recently archived matches (highest rowid first, which FTS5 streams and stops early). A search with fewer
matches than that is exact; a larger one is ranked, counted and faceted within the window.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import sqlite_utils

from govnews.text import fold

MARK_OPEN, MARK_CLOSE = "[", "]"
SNIPPET_WORDS = 24
NOTHING = '""'  # an empty phrase: valid FTS5 that matches no row ('' is a syntax error)
# Matches a search reads at most (newest archived first).
SEARCH_WINDOW = 10_000
# Rows whose spelling is compared with the query's diacritics (the best of the window by tier, title, date).
EXACT_POOL = 1_000
MAX_VARIANTS = 16  # d/đ spellings of one phrase tried in titles
# Words allowed between the syllables of a NEAR match besides the syllables themselves: half a clause.
NEAR_SLACK = 5
MAX_QUERY_CHARS = 1_000  # the rest of a longer query is ignored
MAX_SYLLABLES = 32  # syllables a query keeps (FTS5 expressions stay small whatever is pasted)

# Ranking tiers; the number is also what the SQL function govnews_tier takes.
TITLE, PHRASE, NEAR, ALL = 0, 1, 2, 3

_LEXEMES = re.compile(r'(?P<quote>-?["“”„][^"“”„]*(?:["“”„]|$)\*?)|(?P<sep>[,;])|(?P<chunk>[^\s"“”„,;]+)')
# A syllable as FTS5's unicode61 tokenizer cuts them: letters and digits (punctuation and '_' separate).
_SYLLABLE = re.compile(r"[^\W_]+")
_ALTERNATIVE = frozenset({"OR", "|"})


@dataclass(frozen=True)
class Term:
    """Syllables typed together: ``words`` as typed (NFC, lower case), ``folded`` as indexed.

    ``prefix``: the last syllable is a prefix; ``quoted``: a phrase in every tier."""

    words: tuple[str, ...]
    folded: tuple[str, ...]
    prefix: bool = False
    quoted: bool = False

    @property
    def marked(self) -> bool:
        """Typed with diacritics (or 'đ'): matches spelled that way rank above folded-only ones."""
        return self.words != self.folded

    @property
    def phrase_only(self) -> bool:
        return self.quoted or len(self.folded) == 1


@dataclass(frozen=True)
class Query:
    """Alternatives (``OR``), each a conjunction of terms, and the excluded terms (they apply to all)."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(term for group in self.groups for term in group)


@lru_cache(maxsize=1024)
def parse_query(q: str | None) -> Query:
    """The terms of a typed query (see the module docstring); never raises."""
    text = unicodedata.normalize("NFC", str(q or "")[:MAX_QUERY_CHARS])
    groups: list[list[Term]] = [[]]
    excluded: list[Term] = []
    run: list[str] = []
    negate = False
    budget = MAX_SYLLABLES

    def end(words: list[str], prefix: bool = False, quoted: bool = False) -> None:
        nonlocal negate, budget
        kept = words[:budget]
        if kept:
            budget -= len(kept)
            term = Term(tuple(kept), tuple(fold(w) for w in kept), prefix and len(kept) == len(words), quoted)
            (excluded if negate else groups[-1]).append(term)
        negate = False

    for lexeme in _LEXEMES.finditer(text):
        if lexeme["quote"]:
            pending = negate and not run  # 'NOT "x y"'
            end(run)
            run = []
            body = lexeme["quote"]
            negate = pending or body.startswith("-")
            prefix = body.endswith("*")
            words = [w.lower() for w in _SYLLABLE.findall(body.lstrip("-").rstrip("*"))]
            end(words, prefix=prefix, quoted=True)
        elif lexeme["sep"]:
            end(run)
            run = []
        else:
            chunk = lexeme["chunk"]
            if chunk in _ALTERNATIVE or chunk in ("AND", "NOT"):
                end(run)
                run = []
                if chunk == "NOT":
                    negate = True
                elif chunk != "AND" and groups[-1]:
                    groups.append([])
                continue
            if chunk.startswith("-") and _SYLLABLE.match(chunk, 1):
                end(run)
                run = []
                negate = True
            words = [w.lower() for w in _SYLLABLE.findall(chunk)]
            run += words
            if chunk.endswith("*") and words:
                end(run, prefix=True)
                run = []
    end(run)
    return Query(tuple(tuple(group) for group in groups if group), tuple(excluded))


def _quoted(words: tuple[str, ...] | list[str], prefix: bool) -> str:
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def _term_query(term: Term, tier: int) -> str:
    if tier == PHRASE or term.phrase_only:
        return _quoted(term.folded, term.prefix)
    last = len(term.folded) - 1
    syllables = [_quoted([word], term.prefix and i == last) for i, word in enumerate(term.folded)]
    if tier == NEAR:
        # NEAR's distance counts every token between the first and the last syllable, the others included.
        return f"NEAR({' '.join(syllables)}, {len(syllables) - 2 + NEAR_SLACK})"
    return "(" + " AND ".join(syllables) + ")"


def _title_term(term: Term) -> str:
    """The term's phrase in the title column, each folded 'd' tried as 'd' and 'đ' (the title keeps its 'đ').

    A phrase with more than ``MAX_VARIANTS`` spellings asks for each of its syllables in any spelling instead."""
    spellings = [""]
    for word in term.folded:
        spellings = [f"{before} {variant}".strip() for before in spellings for variant in _d_variants(word)]
        if len(spellings) > MAX_VARIANTS:
            break
    star = "*" if term.prefix else ""
    if len(spellings) <= MAX_VARIANTS:
        return "(" + " OR ".join(f'"{spelling}"{star}' for spelling in spellings) + ")"
    last = len(term.folded) - 1
    groups = [
        "(" + " OR ".join(_quoted([v], term.prefix and i == last) for v in _d_variants(word)) + ")"
        for i, word in enumerate(term.folded)
    ]
    return "(" + " AND ".join(groups) + ")"


def _d_variants(word: str) -> list[str]:
    if word.count("d") > 4:  # 2**5 spellings of one syllable is no longer a spelling question
        return [word]
    variants = [""]
    for char in word:
        variants = [v + c for v in variants for c in (("d", "đ") if char == "d" else (char,))]
    return variants


def _any_of(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else " OR ".join(f"({part})" for part in parts)


@lru_cache(maxsize=1024)
def match_query(q: str | None, tier: int = ALL, exclusions: bool = True) -> str:
    """The FTS5 query for the rows matching ``q`` at ``tier`` (``NOTHING`` when ``q`` has no term to find);
    without ``exclusions``, the excluded terms are left out.

    Every term is quoted, so punctuation is harmless ('COVID-19' is not a column filter) and FTS5 keywords
    typed as words are words."""
    query = parse_query(q)
    if not query.groups:
        return NOTHING
    if tier == TITLE:
        expression = "title : (" + _any_of([" AND ".join(_title_term(t) for t in g) for g in query.groups]) + ")"
    else:
        expression = _any_of([" AND ".join(_term_query(t, tier) for t in g) for g in query.groups])
    if query.excluded and exclusions:
        expression = f"({expression}) NOT ({' OR '.join(_quoted(t.folded, t.prefix) for t in query.excluded)})"
    return expression


def tier_query(q: str | None, tier: int) -> str:
    """The FTS5 query of one pass of the ranked SQL (``govnews_tier``). ``ALL`` is the window's; the others only
    tell the window's rows apart, so they leave the exclusions to it, and a phrase or near tier that is the
    same query as ``ALL`` (one syllable, quoted phrases) is ``NOTHING``: every match would be in it, so ranking
    needs no pass over the index for it."""
    tier = int(tier) if isinstance(tier, int | float) else ALL
    if tier == ALL or tier not in (TITLE, PHRASE, NEAR):
        return match_query(q, ALL)
    if tier != TITLE and match_query(q, tier, False) == match_query(q, ALL, False):
        return NOTHING
    return match_query(q, tier, False)


def fold_query(q: str | None) -> str:
    """The table page's search (the plugin's ``escape_fts``): every term's phrase, exclusions applied.

    The table page cannot rank, so it narrows by the phrase the reader typed ('binh dang gioi' does not list
    an article holding only 'Thương binh', 'Đảng' and 'giới thiệu'); separate words with a comma to find them
    apart ('Đắk Lắk, bình đẳng giới'). A query with no terms becomes ``NOTHING``: an empty search finds nothing.
    """
    return match_query(q, PHRASE)


def title_query(q: str | None) -> str:
    """An FTS5 query for the ``title`` column alone: every term's phrase, in any d/đ spelling (``TITLE`` tier)."""
    return match_query(q, TITLE)


def _letter_classes() -> dict[str, str]:
    """Every letter of the Latin blocks by what it folds to, both cases: 'd' -> '[DdĐđ]', 'a' -> '[AaÀàÁá...]'."""
    spellings: dict[str, set[str]] = {}
    for code in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        letter = chr(code)
        base = fold(letter)
        if len(base) == 1 and base.isalpha():
            spellings.setdefault(base, set()).add(letter)
    return {base: "[" + "".join(sorted(letters)) + "]" for base, letters in spellings.items()}


_CLASSES = _letter_classes()
_SEPARATOR = r"[\W_]+"
_AFTER = r"(?![^\W_])"  # the match ends where a syllable ends; where it starts is checked by _starting
_TAIL = r"[^\W_]*"  # the rest of a prefix syllable


def _any_spelling(word: str) -> str:
    return "".join(_CLASSES.get(char, re.escape(char)) for char in word)


@dataclass(frozen=True)
class _Patterns:
    """A term as regular expressions over the original text (no leading look-behind: Python's re then scans for
    the first letter at C speed, about 13 times faster on a 4 KB text)."""

    folded: re.Pattern  # the phrase in any spelling
    typed: re.Pattern  # the phrase with its marked syllables as typed (any case)
    typed_words: tuple[re.Pattern, ...]  # each marked syllable alone, as typed
    syllables: tuple[re.Pattern, ...]  # each syllable alone, any spelling


@lru_cache(maxsize=256)
def _patterns(term: Term) -> _Patterns:
    last = len(term.folded) - 1
    pairs = list(enumerate(zip(term.words, term.folded, strict=True)))

    def one(i: int, word: str, folded: str, as_typed: bool) -> str:
        body = re.escape(word) if as_typed and word != folded else _any_spelling(folded)
        return body + (_TAIL if term.prefix and i == last else "")

    return _Patterns(
        folded=re.compile(_SEPARATOR.join(one(i, w, f, False) for i, (w, f) in pairs) + _AFTER),
        typed=re.compile(_SEPARATOR.join(one(i, w, f, True) for i, (w, f) in pairs) + _AFTER, re.IGNORECASE),
        typed_words=tuple(re.compile(one(i, w, f, True) + _AFTER, re.IGNORECASE) for i, (w, f) in pairs if w != f),
        syllables=tuple(re.compile(one(i, w, f, False) + _AFTER) for i, (w, f) in pairs),
    )


def _starting(pattern: re.Pattern, text: str, start: int = 0):
    """The matches of ``pattern`` in ``text`` that begin where a syllable begins."""
    position = start
    while (match := pattern.search(text, position)) is not None:
        first = match.start()
        if first == 0 or not text[first - 1].isalnum():
            yield match
            position = max(match.end(), first + 1)
        else:
            position = first + 1


def query_marked(q: str | None) -> int:
    """1 when some term of ``q`` was typed with diacritics (``govnews_marked``): only then is spelling compared."""
    return int(any(term.marked for term in parse_query(q).terms))


def exact_score(q: str | None, title: str | None, text: str | None) -> int:
    """How well ``title`` and ``text`` match the diacritics typed (``govnews_exact``): for each term typed with
    diacritics, 2 when its phrase is written as typed, 1 when each of its marked syllables is, else 0.

    The index folds tones away ('Đảng', 'đang' and 'đẳng' are all 'dang'), so this ranks the reader's spelling
    first among matches of the same tier. Texts are NFC (the crawler normalises them), as the query is made."""
    marked = [term for term in parse_query(q).terms if term.marked]
    if not marked:
        return 0
    haystack = f"{title or ''}\n{text or ''}"
    score = 0
    for term in marked:
        words = [w for w, f in zip(term.words, term.folded, strict=True) if w != f]
        # A marked syllable in none of its usual cases: no regular expression needed (most folded-only rows).
        if not all(w in haystack or w.capitalize() in haystack or w.upper() in haystack for w in words):
            continue
        patterns = _patterns(term)
        if next(_starting(patterns.typed, haystack), None) is not None:
            score += 2
        elif all(next(_starting(word, haystack), None) is not None for word in patterns.typed_words):
            score += 1
    return score


# How a stretch of the text matches its term: the whole phrase as typed, the whole phrase folded, or a part.
_EXACT, _FOLDED, _PART = 3, 2, 1


def _term_spans(text: str, term: Term) -> list[tuple[int, int, int]]:
    """(start, end, level) of what the snippet marks for ``term``: its best kind of match only."""
    patterns = _patterns(term)
    whole = [(m.start(), m.end(), m.group()) for m in _starting(patterns.folded, text)]
    if whole:
        exact = [(a, b, _EXACT) for a, b, found in whole if term.marked and patterns.typed.fullmatch(found)]
        return exact or [(a, b, _FOLDED) for a, b, _ in whole]
    # No whole phrase: every run of its syllables in order (a near or scattered match).
    hits: dict[int, tuple[int, set[int]]] = {}
    for p, syllable in enumerate(patterns.syllables):
        for m in _starting(syllable, text):
            end, positions = hits.setdefault(m.start(), (m.end(), set()))
            positions.add(p)
    runs, taken = [], 0
    for a in sorted(hits):
        if a < taken:
            continue
        end, positions = hits[a]
        best_end, best_length = end, 1
        for p in positions:
            length, b = 1, end
            while (following := _next_hit(text, hits, b)) is not None and p + length in hits[following][1]:
                b = hits[following][0]
                length += 1
            if length > best_length:
                best_end, best_length = b, length
        runs.append((a, best_end, _PART))
        taken = best_end
    return runs


def _next_hit(text: str, hits: dict[int, tuple[int, set[int]]], end: int) -> int | None:
    """The hit right after ``end`` with only separators between, if there is one."""
    match = _SYLLABLE.search(text, end)
    return match.start() if match is not None and match.start() in hits else None


def snippet(text: str | None, q: str | None, words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``text`` around the first match of ``q``, the matched phrase in one
    [bracket] pair ('[bình đẳng giới]'), diacritics kept.

    Matching is on folded spellings, so 'binh dang gioi' marks 'Bình Đẳng Giới'. For each term the best kind of
    match the text has is marked: its whole phrase as typed ('Đảng' marks 'Đảng', not 'đang'), else its whole
    phrase folded, else every run of its syllables (a near or scattered match: 'Bảo đảm [bình đẳng] về [giới]').
    Brackets already in the text become parentheses, so the marks are unambiguous (the HTML view turns them
    into <mark>).
    """
    text = (text or "").replace(MARK_OPEN, "(").replace(MARK_CLOSE, ")")
    first_word = _SYLLABLE.search(text)
    if words < 1 or first_word is None:
        return ""
    found = sorted(span for term in parse_query(q).terms for span in _term_spans(text, term))
    marks: list[tuple[int, int, int]] = []
    for span in found:  # overlapping matches of two terms: the earlier one
        if not marks or span[0] >= marks[-1][1]:
            marks.append(span)
    # Centred on the first of the best matches: a whole phrase, else the longest part of one.
    anchor = min(marks, key=lambda m: (-m[2], -(m[1] - m[0]) * (m[2] == _PART), m[0]), default=None)
    lead = words // 3
    if anchor is None:
        start = first_word.start()
    else:
        back = max(0, anchor[0] - 64 * lead)
        before = list(_SYLLABLE.finditer(text, back, anchor[0]))[1 if back else 0 :][-lead:] if lead else []
        start = before[0].start() if before else anchor[0]
        start = min([start] + [a for a, b, _ in marks if a < start < b])  # a phrase is not cut in two
    after = [m for _, m in zip(range(words), _SYLLABLE.finditer(text, start), strict=False)]
    stop = after[-1].end()
    stop = max([stop] + [b for a, b, _ in marks if a < stop < b])
    pieces, position = [], start
    for a, b, _ in marks:
        if a >= start and b <= stop:
            pieces += [text[position:a], MARK_OPEN, text[a:b], MARK_CLOSE]
            position = b
    pieces.append(text[position:stop])
    head = "…" if start > first_word.start() else ""
    return head + "".join(pieces) + ("…" if stop < len(text.rstrip()) else "")


_RANKED_SQL = """
with window(id) as materialized (
  select rowid from articles_fts where articles_fts match govnews_tier(:q, 3) order by rowid desc limit {window}
),
titled(id) as materialized (
  select rowid from articles_fts
  where articles_fts match govnews_tier(:q, 0) and rowid >= (select min(id) from window)
),
phrased(id) as materialized (
  select rowid from articles_fts
  where articles_fts match govnews_tier(:q, 1) and rowid >= (select min(id) from window)
),
nearby(id) as materialized (
  select rowid from articles_fts
  where articles_fts match (case when (select count(*) from phrased) < {pool} then govnews_tier(:q, 2) else '""' end)
    and rowid >= (select min(id) from window)
),
tiered(id, tier, in_title, published) as materialized (
  select window.id,
         case when window.id in (select id from phrased) then 1 when window.id in (select id from nearby) then 2
              else 3 end,
         window.id in (select id from titled),
         articles.published
  from window join articles on articles.rowid = window.id
  order by 2, 3 desc, 4 desc, 1 desc
  limit max({pool}, {limit})
),
best(id, tier, exact, in_title, published) as materialized (
  select tiered.id, tiered.tier,
         case when govnews_marked(:q)
              then 2 * govnews_exact(:q, articles.title, articles.text) + (govnews_exact(:q, articles.title, '') > 0)
              else 0 end,
         tiered.in_title, tiered.published
  from tiered join articles on articles.rowid = tiered.id
  order by 2, 3 desc, 4 desc, 5 desc, 1 desc
  limit {limit}
),
in_articles(url, article, attachment, position) as materialized (
  select articles.url, best.id, null,
         row_number() over (order by best.tier, best.exact desc, best.in_title desc, best.published desc, best.id desc)
  from best join articles on articles.rowid = best.id
),
in_files(url, article, attachment, position) as materialized (
  select articles.url, articles.rowid, min(attachments.rowid),
         {limit} + row_number() over (order by articles.published desc, articles.rowid desc)
  from attachments_fts
  join attachments on attachments.rowid = attachments_fts.rowid
  join article_attachments on article_attachments.content_hash = attachments.content_hash
  join articles on articles.url = article_attachments.article_url
  where attachments_fts match govnews_tier(:q, 1) and articles.url not in (select url from in_articles)
  group by articles.url
  order by articles.published desc, articles.rowid desc
  limit {limit}
),
found as (select * from in_articles union all select * from in_files order by position limit {limit})
select articles.url, articles.title, articles.published, articles.province, articles.source_id,
       govnews_snippet(coalesce(attachments.text, articles.text), :q) as snippet,
       case when found.attachment is null then 'article' else 'attachment' end as matched_in,
       attachments.url as attachment_url
from found
join articles on articles.rowid = found.article
left join attachments on attachments.rowid = found.attachment
order by found.position
"""
_WINDOW_SQL = "select rowid from articles_fts where articles_fts match {match} order by rowid desc limit {limit}"


def ranked_search_sql(limit: int | str = ":limit") -> str:
    """The ranked search with a snippet for each of the ``limit`` results: ``search()`` and the published
    `search` canned query (datasette_config) run this one SQL.

    Within the newest ``SEARCH_WINDOW`` matches of the ``ALL`` tier: the exact phrase first (``PHRASE``), then the
    syllables near each other (``NEAR``), then anywhere; within a tier, a match spelled with the diacritics typed
    before a folded-only one (``exact_score``; the title spelled so breaks a tie; for the best ``EXACT_POOL`` rows
    of the window by tier, title and date), then a match in the title, then the newest. Each tier is one FTS5
    pass limited to the window's rowids, the near one skipped when the phrase tier alone fills the pool. Not
    bm25: its document frequencies scan every match in the whole index (a phrase of common words took 1.5-3 s at
    a million articles).

    After the articles that match in their own text come, newest first, those whose attached files hold the exact
    phrase (an attachment is a whole plan: its syllables are everywhere, so only the phrase tier counts there);
    `matched_in` says which ('article' or 'attachment') and `attachment_url` names the file."""
    return _RANKED_SQL.format(window=SEARCH_WINDOW, pool=EXACT_POOL, limit=limit).strip()


def window_clause(raw: bool = False) -> str:
    """The table page's ``_search`` condition: the article is among the window's matches of ``:search``.

    ``raw`` passes the query to FTS5 as typed (Datasette's ``_searchmode=raw``) instead of ``fold_query``'s.
    """
    match = ":search" if raw else "escape_fts(:search)"
    return f"rowid in ({_WINDOW_SQL.format(match=match, limit=SEARCH_WINDOW)})"


# name -> (number of arguments, function): what the ranked SQL and the table page's search call.
SQL_FUNCTIONS = {
    "escape_fts": (1, fold_query),
    "govnews_tier": (2, tier_query),
    "govnews_marked": (1, query_marked),
    "govnews_exact": (3, exact_score),
    "govnews_snippet": (2, snippet),
}


def register_functions(conn) -> None:
    """Make the search's SQL functions callable on ``conn`` (an sqlite3 connection)."""
    for name, (arguments, function) in SQL_FUNCTIONS.items():
        conn.create_function(name, arguments, function, deterministic=True)


def search(db: sqlite_utils.Database, q: str, limit: int = 20) -> list[dict]:
    """Articles matching the user query ``q``, best first (``ranked_search_sql``), each with a text snippet."""
    if match_query(q, ALL) == NOTHING:
        return []
    register_functions(db.conn)
    return list(db.query(ranked_search_sql(), {"q": q, "limit": limit}))
