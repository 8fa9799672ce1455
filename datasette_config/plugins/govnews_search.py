"""Datasette plugin: diacritic-free search, archive metadata whatever the file is called, and GET-only HTTP.

Loaded through the package's ``datasette`` entry point (pyproject.toml), so any Datasette started from this
environment has it; ``serve.py`` therefore passes no ``--plugins-dir`` (that would register it twice).
"""

import copy
from functools import cache
from pathlib import Path

import yaml
from datasette import hookimpl

from archive.search import fold_query

METADATA = Path(__file__).resolve().parent.parent / "metadata.yml"
ARCHIVE_KEY = "archive"
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@hookimpl(trylast=True)
def prepare_connection(conn):
    """Replace Datasette's ``escape_fts`` with the folding one; trylast, or Datasette's own registration wins."""
    conn.create_function("escape_fts", 1, fold_query, deterministic=True)


@hookimpl
def get_metadata(datasette, key, database, table):
    """Lend metadata.yml's ``archive`` block to every served file database (named after its file stem)."""
    block = _archive_block()
    names = [name for name, db in datasette.databases.items() if db.path and name != ARCHIVE_KEY]
    return {"databases": {name: copy.deepcopy(block) for name in names}}


@cache
def _archive_block() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"][ARCHIVE_KEY]


@hookimpl
def asgi_wrapper(datasette):
    """Answer any writing method with 405: the public archive is read-only (0.65 would answer a table POST with 500)."""

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in READ_METHODS:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 405,
                        "headers": [(b"allow", b"GET, HEAD, OPTIONS"), (b"content-type", b"text/plain; charset=utf-8")],
                    }
                )
                await send({"type": "http.response.body", "body": b"read-only archive\n"})
                return
            await app(scope, receive, send)

        return read_only

    return wrap
