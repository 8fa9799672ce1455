"""Exporting every article of a search through a real Datasette: more than the search window and many batches,
with the filters, as CSV and JSON, every metadata column, streamed. Expected rows come from the generator."""

import csv
import io
import json

import pytest

from govnews.archive.export import BATCH, COLUMNS
from govnews.archive.search import SEARCH_WINDOW
from tests.datasette_server import fetch, serving
from tests.phrase_archive import ROWS, Q, build, matching


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(build(tmp_path_factory.mktemp("export") / "archive.db")) as running:
        yield running


def newest_first(rows: list[dict]) -> list[str]:
    return [row["url"] for row in reversed(rows)]


def test_csv_holds_every_match_newest_first_streamed(server):
    status, raw_headers, body = fetch(server.url("/{db}/-/export.csv", q=Q))
    headers = {name.lower(): value for name, value in raw_headers.items()}
    rows = list(csv.DictReader(io.StringIO(body)))
    expected = matching(ROWS)
    assert status == 200 and len(expected) > SEARCH_WINDOW > BATCH
    assert [row["url"] for row in rows] == newest_first(expected)
    assert list(rows[0]) == [*COLUMNS, "archive_page"]  # every metadata column; no text unless asked
    assert headers["transfer-encoding"] == "chunked" and "content-length" not in headers
    assert headers["content-disposition"] == 'attachment; filename="govnews-binh-dang-gioi.csv"'
    source = {row["url"]: row for row in expected}
    first = rows[0]
    assert (first["title"], first["province"], first["published"]) == tuple(
        source[first["url"]][k] or "" for k in ("title", "province", "published")
    )


@pytest.mark.parametrize("filters", [{"province": "Đắk Lắk"}, {"year": 2019, "source_id": "src2"}])
def test_filters_apply_to_every_match(server, filters):
    data = server.json("/{db}/-/export.json", q=Q, **{k: str(v) for k, v in filters.items()})
    assert [row["url"] for row in data] == newest_first(matching(ROWS, **filters))


def test_json_carries_the_same_rows_with_lists_and_bodies_on_request(server):
    data = server.json("/{db}/-/export.json", q=Q, province="Hà Nội", text="1")
    expected = matching(ROWS, province="Hà Nội")
    assert len(data) == len(expected)
    assert set(data[0]) == {*COLUMNS, "text", "archive_page"}
    assert data[-1]["text"] == expected[0]["text"] and data[-1]["topic_terms"] == ["bình đẳng giới"]
    status, page = server.get(data[0]["archive_page"].removeprefix(server.base))
    assert status == 200 and f"<h1>{expected[-1]['title']}</h1>" in page


def test_nothing_to_find_is_an_empty_export(server):
    status, body = server.get("/{db}/-/export.csv", q="-binh")
    assert status == 200 and body.splitlines() == [",".join([*COLUMNS, "archive_page"])]
    assert server.json("/{db}/-/export.json", q="") == []
    assert server.get("/{db}/-/export.json", q=Q, year="last")[0] == 400


def test_search_pages_link_the_export_of_what_they_show(server):
    _, ranked = server.get("/{db}/search", q=Q)
    assert f'href="/{server.name}/-/export.csv?q=binh+dang+gioi"' in ranked
    _, table = server.get("/{db}/articles", _search=Q, year="2019")
    assert f'href="/{server.name}/-/export.json?q=binh+dang+gioi&amp;year=2019"' in table
    assert json.loads(server.get("/{db}/-/export.json", q=Q, year="2019")[1])
