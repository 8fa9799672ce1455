"""Datasette plugin: diacritic-free ranked search, archive metadata whatever the file is called, read-only HTTP.

A search of the articles table is answered within archive.search's window (the newest SEARCH_WINDOW matches):
Datasette's own ``_search`` condition would read every match several times (rows, count, each facet). The
ASGI wrapper renames ``_search`` to ``WINDOW_ARG`` for that table, so Datasette's hook stays silent and ours
(``filters_from_request``) adds the windowed condition. Such a search computes facets only when asked (``_facet=``).

Loaded through the package's ``datasette`` entry point (pyproject.toml), so any Datasette started from this
environment has it; ``serve.py`` therefore passes no ``--plugins-dir`` (that would register it twice).
"""

import copy
from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import yaml
from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from govnews.archive.search import MARK_CLOSE, MARK_OPEN, ranked_search_sql, register_functions, window_clause
from govnews.datasette_config.counting import CONNECTION_PRAGMAS
from govnews.datasette_config.page_cache import PageCache, archive_stamp

METADATA = Path(__file__).resolve().parent.parent / "metadata.yml"
ARCHIVE_KEY = "archive"
# Results of the ranked `search` canned query (snippets are made for these only).
RANKED_RESULTS = 100
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SEARCH_TABLE = "articles"
ATTACHMENTS_TABLE = "attachments"
RANKED_QUERY = "search"
# Table-page arguments that do not make a search a filtered one; any other argument keeps the table view.
PLAIN_SEARCH_ARGS = frozenset({"_search", "_searchmode"})
# What ``_search`` on the articles table becomes before Datasette sees it (Datasette's hook reads `_search*`).
WINDOW_ARG = "_q"
NO_FACET = "_nofacet"
PLUGIN = "govnews_search"
# Pages kept by the page cache (plugin config ``page_cache``): the ranked search, a search of the articles table and
# a search's trend, in any format but a stream.
TRENDS_PAGE = "trends"


@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    """archive.search's functions: the folding phrase search ``escape_fts`` (trylast, or Datasette's own wins),
    the ranked query's tiers, spelling score and snippet; no writes."""
    register_functions(conn)
    db = datasette.databases.get(database)
    if db is not None and db.path:
        conn.execute("PRAGMA query_only = 1")
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)


@hookimpl
def filters_from_request(request, database, table, datasette):
    """The windowed search condition for ``WINDOW_ARG`` (the table page names the window; see table.html)."""
    q = request.args.get(WINDOW_ARG)
    if table != SEARCH_TABLE or not q:
        return None
    raw = request.args.get("_searchmode") == "raw"
    return FilterArguments([window_clause(raw)], {"search": q}, [f'search matches "{q}"'], {"search": q})


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Ranked results read as a list of articles: the title links to the article page, the snippet marks matches,
    a matching attached file links to its archived text.

    A ``snippet`` is escaped first, then its [brackets] become <mark>: the only markup it can carry.
    """
    if not isinstance(value, str):
        return None
    if column == "snippet":
        return Markup(str(escape(value)).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))
    if column == "title" and table is None and "url" in row.keys() and isinstance(row["url"], str):
        href = datasette.urls.row(database, SEARCH_TABLE, tilde_encode(row["url"]))
        return Markup('<a href="{}">{}</a>').format(href, value)
    if column == "attachment_url" and table is None:  # the file whose text matched: its archived row and text
        href = datasette.urls.table(database, ATTACHMENTS_TABLE) + "?" + urlencode({"url": value})
        return Markup('<a href="{}">{}</a>').format(href, value.rsplit("/", 1)[-1] or value)
    return None


@hookimpl
def get_metadata(datasette, key, database, table):
    """Lend metadata.yml's ``archive`` block to every served file database (named after its file stem)."""
    block = _archive_block()
    names = [name for name, db in datasette.databases.items() if db.path and name != ARCHIVE_KEY]
    return {"databases": {name: copy.deepcopy(block) for name in names}}


@hookimpl
def canned_queries(datasette, database):
    """The ranked `search` query: metadata.yml says what it is called and does, archive.search holds its SQL."""
    described = _archive_block().get("queries", {}).get("search")
    if described is None or database not in datasette.databases or not datasette.databases[database].path:
        return None
    return {"search": {**described, "sql": ranked_search_sql(RANKED_RESULTS)}}


@cache
def _archive_block() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"][ARCHIVE_KEY]


def windowed_query_string(path: str, query_string: str) -> str:
    """``query_string`` for Datasette: on the articles table (any format) ``_search`` renamed to ``WINDOW_ARG``,
    and a search computes facets only when one is asked for (``_facet=``; the archive's four then come too).

    Each facet reads every row of the window again: four of them tripled the cost of a search.
    """
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[1].split(".", 1)[0] != SEARCH_TABLE:
        return query_string
    args = [
        (WINDOW_ARG if name == "_search" else name, value)
        for name, value in parse_qsl(query_string, keep_blank_values=True)
    ]
    if not any(name == WINDOW_ARG and value.strip() for name, value in args):
        return query_string
    asked = any(name.startswith("_facet") for name, _ in args)
    args = [(name, value) for name, value in args if name != NO_FACET]
    return urlencode(args if asked else [*args, (NO_FACET, "1")])


def ranked_search_location(path: str, query_string: str) -> str | None:
    """Where a plain search of the articles page goes: the ranked canned query (None: stay).

    Datasette 0.65 orders a table page only by a column, so a search typed into the box with no filter, facet
    selection or explicit sort is answered by the ``search`` query: title matches first, then the newest.
    """
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[1] != SEARCH_TABLE:
        return None
    args = parse_qsl(query_string, keep_blank_values=True)
    q = " ".join(value for name, value in args if name == "_search").strip()
    if not q or any(name not in PLAIN_SEARCH_ARGS for name, _ in args):
        return None
    return f"/{parts[0]}/{RANKED_QUERY}?{urlencode({'q': q})}"


def cached_database(path: str, query_string: str) -> str | None:
    """The database whose search page ``path`` is (the page cache keeps it), or None."""
    parts = path.strip("/").split("/")
    page = parts[1].split(".", 1)[0] if len(parts) == 2 else None
    args = dict(parse_qsl(query_string, keep_blank_values=True))
    if "_stream" in args:
        return None
    if page == RANKED_QUERY or (page == SEARCH_TABLE and args.get(WINDOW_ARG, "").strip()):
        return parts[0]
    if len(parts) == 3 and parts[1] == "-" and parts[2].split(".", 1)[0] == TRENDS_PAGE:
        return parts[0]
    return None


@hookimpl
def asgi_wrapper(datasette):
    """Answer any writing method with 405 (the archive is read-only), send plain searches to ranked results, and
    answer a search page asked again from the page cache while the archive is unchanged."""
    cache: list[PageCache | None] = []

    def page_cache() -> PageCache | None:
        if not cache:
            config = (datasette.plugin_config(PLUGIN) or {}).get("page_cache") or {}
            entries = config.get("entries", 0)
            cache.append(PageCache(entries, config.get("max_bytes", 0)) if entries > 0 else None)
        return cache[0]

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in READ_METHODS:
                await _respond(send, 405, b"read-only archive\n", [(b"allow", b"GET, HEAD, OPTIONS")])
                return
            if scope["type"] == "http":
                query_string = scope["query_string"].decode("utf-8", "replace")
                location = ranked_search_location(scope["path"], query_string)
                if location:
                    await _respond(send, 302, b"", [(b"location", location.encode("ascii"))])
                    return
                windowed = windowed_query_string(scope["path"], query_string)
                if windowed != query_string:
                    scope = {**scope, "query_string": windowed.encode("ascii")}
                name = cached_database(scope["path"], windowed)
                db = datasette.databases.get(name) if name else None
                pages = page_cache()
                if pages is not None and db is not None and db.path and scope["method"] == "GET":
                    await pages.serve(app, scope, receive, send, archive_stamp(db.path))
                    return
            await app(scope, receive, send)

        return read_only

    return wrap


async def _respond(send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*headers, (b"content-type", b"text/plain; charset=utf-8")],
        }
    )
    await send({"type": "http.response.body", "body": body})
