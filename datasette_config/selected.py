"""What the archive's own views (export, trends) are asked for: the archive the URL names and the selection its
query string makes (archive/selection.py)."""

from datasette.database import Database
from datasette.utils.asgi import Response

from govnews.archive.selection import Selection, SelectionError


def archive_selection(datasette, request) -> tuple[Database, Selection] | Response:
    """The database and the selection of a request, or the 404/400 answer that refuses it."""
    db = datasette.databases.get(request.url_vars["database"])
    if db is None or not db.path:
        return Response.text("no such archive\n", status=404)
    try:
        return db, Selection.from_args(request.args)
    except SelectionError as error:
        return Response.text(f"{error}\n", status=400)
