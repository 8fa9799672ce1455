"""Datasette plugin: every article of a search, not only the hundred shown, as CSV or JSON, streamed
(``/<db>/-/export.csv?q=...&province=...&year=...&source_id=...``, ``&text=1`` for the bodies).

The articles are archive.selection's (those the articles table lists for ``_search`` with the filters, without the
search window), newest archived first, read in archive.export's batches: the response starts at once and the
server holds one batch at a time, whatever the number of matches. Each row carries every metadata column and
``archive_page``, the article's page in this archive.
"""

import csv
import io
import json
import re
from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import AsgiStream, Response

from govnews.archive.export import BATCH, FIRST, batch_sql, columns
from govnews.datasette_config.plugins.govnews_search import SEARCH_TABLE
from govnews.datasette_config.selected import archive_selection
from govnews.text import fold

ROUTE = r"^/(?P<database>[^/]+)/-/export\.(?P<format>csv|json)$"
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}
_NOT_NAME = re.compile(r"[^a-z0-9]+")


@hookimpl
def register_routes():
    return [(ROUTE, export_view)]


async def export_view(datasette, request):
    found = archive_selection(datasette, request)
    if isinstance(found, Response):
        return found
    db, selection = found
    database = request.url_vars["database"]
    fmt = request.url_vars["format"]
    with_text = request.args.get("text") in ("1", "on", "true")
    names = columns(with_text)
    sql = batch_sql(selection, with_text)

    # An article's page is its table's URL and its key (Datasette's urls.row, without a urljoin per row).
    pages = str(datasette.absolute_url(request, str(datasette.urls.table(database, SEARCH_TABLE))))

    async def articles():
        """Every selected article as a dict, batch after batch (none when the search has nothing to find)."""
        before = FIRST
        while not selection.empty:
            params = {**selection.params(), "before": before, "batch": BATCH}
            rows = (await db.execute(sql, params)).rows
            for row in rows:
                if row["url"] is not None:
                    yield {**{name: row[name] for name in names}, "archive_page": f"{pages}/{tilde_encode(row['url'])}"}
            if len(rows) < BATCH:
                return
            before = rows[-1]["match"]

    async def stream(writer) -> None:
        if fmt == "csv":
            await _write_csv(writer, articles(), [*names, "archive_page"])
        else:
            await _write_json(writer, articles())

    slug = _NOT_NAME.sub("-", fold(selection.q)).strip("-")[:60] or "search"
    headers = {"content-disposition": f'attachment; filename="govnews-{slug}.{fmt}"'}
    return AsgiStream(stream, headers=headers, content_type=CONTENT_TYPES[fmt])


async def _write_csv(writer: Any, articles: Any, header: list[str]) -> None:
    """A header, then one chunk a batch."""
    out = io.StringIO()
    table = csv.writer(out)
    table.writerow(header)
    count = 0
    async for article in articles:
        table.writerow(article.values())
        count += 1
        if count % BATCH == 0:
            await writer.write(out.getvalue())
            out.seek(0)
            out.truncate()
    await writer.write(out.getvalue())


async def _write_json(writer: Any, articles: Any) -> None:
    """A JSON array of objects, one a line; ``topic_terms`` as the list it holds."""
    lines: list[str] = []
    first = True
    await writer.write("[")
    async for article in articles:
        article["topic_terms"] = json.loads(article["topic_terms"]) if article["topic_terms"] else []
        lines.append(("\n" if first else ",\n") + json.dumps(article, ensure_ascii=False))
        first = False
        if len(lines) == BATCH:
            await writer.write("".join(lines))
            lines = []
    await writer.write("".join(lines) + "\n]\n")
