"""The ranked search measured on a labelled set (issue #16): 40+ queries over the demo corpus, each with the
articles a reader wants (tests/fixtures/search_queries.yml, judged by reading the corpus texts).

Every corpus article is written into a fresh archive with ArchiveWriter (no crawl), then each query runs through
archive.search.search, the same SQL as the published `search` query, with room for every match. Figures, mean
over the queries:

- precision at 10: relevant articles among the first min(10, R) results over min(10, R), R the number of
  relevant ones (most queries have fewer than 10 relevant articles, so a plain /10 could not reach 1);
- recall: relevant articles anywhere in the results over R;
- R-precision and average precision (MAP): how far down the relevant ones go, reported, not asserted.

"Before" is the search as it was before issue #16, restated here without SQL: each space-separated word of the
folded query (a "quoted" text as one phrase) anywhere in the article, those with every word in the title first,
then the newest. Both sets of figures go to tests/artifacts/search_queries.json.
"""

import json
import re
import sqlite3
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govnews.archive.schema import FTS_COLUMNS, FTS_TOKENIZE, open_archive
from govnews.archive.search import (
    ALL,
    MARK_CLOSE,
    MARK_OPEN,
    MAX_SYLLABLES,
    NOTHING,
    PHRASE,
    TITLE,
    exact_score,
    match_query,
    parse_query,
    search,
    snippet,
    tier_query,
)
from govnews.archive.store import ArchiveWriter
from govnews.crawler.demo.corpus import BUNDLED_CORPUS, CorpusArticle, load_portal_articles
from govnews.crawler.demo.portals import load_specs
from govnews.text import fold

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "search_queries.yml"
ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "search_queries.json"
URL = "https://demo.govnews.invalid/"
# The bar the ranked search must meet on the labelled set (measured: 0.995 and 0.9995; before: 0.72 and 0.94).
P_AT_10_BAR = 0.95
RECALL_BAR = 0.95
TOKEN = re.compile(r"[^\W_]+")


def _corpus() -> list[CorpusArticle]:
    """The articles of the portals the queries were judged on."""
    judged = set(yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["judged_portals"])
    articles = []
    for spec in load_specs():
        if spec.id in judged:
            articles += load_portal_articles(BUNDLED_CORPUS, spec.id, {c.slug for c in spec.categories})
    return articles


@pytest.fixture(scope="module")
def corpus() -> list[CorpusArticle]:
    return _corpus()


@pytest.fixture(scope="module")
def queries() -> list[dict]:
    return yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["queries"]


@pytest.fixture(scope="module")
def archive(corpus, tmp_path_factory):
    db = open_archive(tmp_path_factory.mktemp("queries") / "archive.db")
    writer = ArchiveWriter(db)
    for article in corpus:
        row = {
            "url": URL + article.id,
            "source_id": article.id.rsplit("-", 1)[0],
            "title": article.title,
            "text": article.body,
            "published": article.published,
            "province": article.province,
            "language": article.lang,
        }
        writer.add_article(row, [])
    writer.flush()
    yield db
    writer.close()


def test_the_labelled_set_is_sound(corpus, queries):
    ids = {article.id for article in corpus}
    assert len(queries) >= 40
    assert len({item["q"] for item in queries}) == len(queries)
    for item in queries:
        assert item["relevant"] and set(item["relevant"]) <= ids, item["q"]
        assert len(set(item["relevant"])) == len(item["relevant"]), item["q"]
    typed = [item["q"] for item in queries]
    assert any(q != fold(q) for q in typed) and any(q == fold(q) for q in typed)  # with and without diacritics
    assert any('"' in q for q in typed) and any(" OR " in q for q in typed) and any(" -" in q for q in typed)
    assert any("*" in q for q in typed) and any("/" in q for q in typed)  # prefixes, document numbers


def test_ranked_search_meets_the_bar_and_beats_the_old_one(archive, corpus, queries):
    after = _measure(queries, lambda q: [row["url"].removeprefix(URL) for row in search(archive, q, limit=1000)])
    before = _measure(queries, lambda q: _before(corpus, q))
    ARTIFACT.parent.mkdir(exist_ok=True)
    ARTIFACT.write_text(
        json.dumps(
            {
                "queries": len(queries),
                "articles": len(corpus),
                "definitions": {
                    "p_at_10": "relevant among the first min(10, R) results / min(10, R); R = relevant articles",
                    "recall": "relevant anywhere in the results / R",
                    "r_precision": "relevant among the first R results / R",
                    "map": "mean average precision",
                },
                "bar": {"p_at_10": P_AT_10_BAR, "recall": RECALL_BAR},
                "before": before["mean"],
                "after": after["mean"],
                "per_query": [
                    {"q": item["q"], "relevant": len(item["relevant"]), "before": b, "after": a}
                    for item, b, a in zip(queries, before["each"], after["each"], strict=True)
                ],
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    assert after["mean"]["p_at_10"] >= P_AT_10_BAR, after["mean"]
    assert after["mean"]["recall"] >= RECALL_BAR, after["mean"]
    assert after["mean"]["p_at_10"] > before["mean"]["p_at_10"]
    assert after["mean"]["map"] > before["mean"]["map"]


def test_syllables_met_apart_rank_after_the_phrase(archive, queries):
    """The issue's example: 'Thương binh ... đồng đẳng ... giới thiệu' holds every syllable of 'binh dang gioi'."""
    phrase = set(next(item for item in queries if item["q"] == "binh dang gioi")["relevant"])
    rows = search(archive, "binh dang gioi", limit=1000)
    urls = [row["url"].removeprefix(URL) for row in rows]
    assert set(urls[: len(phrase)]) == phrase
    assert "vendor-thanhhoa-012" in urls[len(phrase) :]
    assert re.search(r"\[bình đẳng giới\]", rows[0]["snippet"], re.IGNORECASE), rows[0]["snippet"]


# Queries as readers (and robots) type them: syllables, operators, FTS5 syntax, quotes of every kind, stray marks.
PIECES = [
    *"bình đẳng giới Đắk Lắk dang binh phụ nữ 54/KH-UBND COVID-19 x* d* OR AND NOT NEAR or | - -thương --x".split(),
    *'-" " “ ” * ** ( ) : ^ {title} title: + , ; _ đđđđđđđđđ ǅ ²'.split(),
    *["NEAR(a b, 3)", "\u0301", "\x00", "\n"],
]
typed = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join) | st.text(max_size=80)


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute(f"create virtual table t using fts5({', '.join(FTS_COLUMNS)}, tokenize='{FTS_TOKENIZE}')")
    conn.execute("insert into t values ('Bình đẳng giới', 'Đắk Lắk: bình đẳng giới, Thương binh', 'binh dang gioi')")
    yield conn
    conn.close()


@settings(max_examples=400, deadline=None)
@given(typed)
@example("x" * 10_000)
@example(" ".join(["bình đẳng giới"] * 500))
@example('"unbalanced -"x OR OR NOT -')
def test_any_query_is_valid_fts5_or_nothing(fts, q):
    query = parse_query(q)
    assert sum(len(term.folded) for term in (*query.terms, *query.excluded)) <= MAX_SYLLABLES
    for tier in range(TITLE, ALL + 1):
        for expression in (match_query(q, tier), tier_query(q, tier)):
            fts.execute("select count(*) from t where t match ?", (expression,)).fetchone()  # never an error
    if not query.terms:
        assert match_query(q, ALL) == match_query(q, PHRASE) == NOTHING


@settings(max_examples=300, deadline=None)
@given(typed, st.text(max_size=300) | st.sampled_from(["Bình đẳng giới [1] và Thương binh.", "", "…"]))
def test_snippet_and_spelling_score_take_any_text(q, text):
    marked = snippet(text, q)
    assert marked.count(MARK_OPEN) == marked.count(MARK_CLOSE)
    plain = marked.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").strip("…")
    assert plain in text.replace(MARK_OPEN, "(").replace(MARK_CLOSE, ")")
    assert exact_score(q, text, text) >= 0


@settings(max_examples=150, deadline=None)
@given(typed)
def test_any_query_searches_the_archive(archive, q):
    rows = search(archive, q, limit=5)
    assert len(rows) <= 5 and all(row["url"].startswith(URL) for row in rows)


def _measure(queries: list[dict], run) -> dict:
    each = []
    for item in queries:
        relevant, got = set(item["relevant"]), run(item["q"])
        top = min(10, len(relevant))
        hits, precision_sum = 0, 0.0
        for rank, url in enumerate(got, start=1):
            if url in relevant:
                hits += 1
                precision_sum += hits / rank
        each.append(
            {
                "p_at_10": round(len(relevant & set(got[:top])) / top, 4),
                "recall": round(len(relevant & set(got)) / len(relevant), 4),
                "r_precision": round(len(relevant & set(got[: len(relevant)])) / len(relevant), 4),
                "map": round(precision_sum / len(relevant), 4),
                "results": len(got),
            }
        )
    names = ("p_at_10", "recall", "r_precision", "map")
    mean = {name: round(sum(e[name] for e in each) / len(each), 4) for name in names}
    return {"each": each, "mean": mean}


def _before(corpus: list[CorpusArticle], q: str) -> list[str]:
    """The search before issue #16 (b93ee84's archive.search), without SQL: the folded query cut at spaces
    (a "quoted" text kept whole, * a prefix), each piece a phrase of its syllables that must occur; every piece
    in the title first, then the newest published, then the latest archived."""
    folded = fold(q)
    if folded.count('"') % 2:
        folded += '"'
    pieces = []
    for piece in re.findall(r'"[^"]*"\*?|[^\s"]+', folded):
        if piece.rstrip("*") in ('""', ""):
            continue
        pieces.append((TOKEN.findall(piece), piece.endswith("*")))
    if not pieces or any(not words for words, _ in pieces):
        return []  # an empty phrase matches nothing in FTS5, so neither does the query
    found = []
    for number, article in enumerate(corpus):
        title = TOKEN.findall(fold(article.title))
        everything = title + TOKEN.findall(fold(article.body))  # search_folded: title and text, one token stream
        if all(_has(everything, words, prefix) for words, prefix in pieces):
            in_title = all(_has(title, words, prefix) for words, prefix in pieces)
            found.append((in_title, article.published, number, article.id))
    return [article_id for *_, article_id in sorted(found, reverse=True)]


def _has(tokens: list[str], words: list[str], prefix: bool) -> bool:
    n = len(words)
    for i in range(len(tokens) - n + 1):
        if tokens[i : i + n - 1] == words[:-1] and (
            tokens[i + n - 1].startswith(words[-1]) if prefix else tokens[i + n - 1] == words[-1]
        ):
            return True
    return False
