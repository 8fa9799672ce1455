"""Run the canned queries of metadata.yml from plugin code: their SQL stays in one place, Datasette's way."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # datasette.app imports the plugins: a run-time import would be circular
    from datasette.app import Datasette


def archive_name(datasette: "Datasette") -> str | None:
    """The served archive: the first file database (Datasette names it after its file stem)."""
    for name, db in datasette.databases.items():
        if db.path and name != "_internal":
            return name
    return None


async def run(datasette: "Datasette", database: str, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of canned query ``query`` of ``database`` as dicts (empty when the query is not configured)."""
    canned = await datasette.get_canned_query(database, query, None)
    if canned is None:
        return []
    result = await datasette.get_database(database).execute(canned["sql"], params)
    return [dict(row) for row in result.rows]
