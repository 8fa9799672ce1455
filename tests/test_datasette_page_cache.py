"""The page cache through a real Datasette: a search page asked again is replayed from memory, byte for byte, until
the archive is written; a page whose counts are not exact yet is never kept."""

from pathlib import Path

import pytest
import yaml

from govnews.archive.schema import open_archive
from govnews.datasette_config.serve import METADATA
from tests.datasette_server import fetch, serving
from tests.phrase_archive import ROWS, Q, article, build, matching

HIT = "x-govnews-page-cache"


@pytest.fixture()
def archive(tmp_path) -> Path:
    return build(tmp_path / "archive.db")


def test_a_search_page_is_replayed_until_the_archive_changes(archive):
    with serving(archive) as server:
        url = server.url("/{db}/search", q=Q)
        status, headers, first = fetch(url)
        assert status == 200 and HIT not in headers
        status, headers, again = fetch(url)
        assert status == 200 and headers[HIT] == "hit" and again == first
        assert f'data-articles="{len(matching(ROWS))}"' in first
        db = open_archive(archive)
        db["articles"].insert(article(len(ROWS) + 1))  # holds the phrase
        db.close()
        status, headers, after = fetch(url)
        assert status == 200 and HIT not in headers
        assert f'data-articles="{len(matching(ROWS)) + 1}"' in after
        assert HIT not in fetch(server.url("/{db}/articles", _sort="url"))[1]  # not a search: never kept


def test_counts_that_are_not_exact_are_not_kept(archive, tmp_path):
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["plugins"]["govnews_trends"].update(exact_ms=1, background_ms=0)
    path = tmp_path / "metadata.yml"
    path.write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")
    with serving(archive, metadata=path) as server:
        for _ in range(2):
            status, headers, body = fetch(server.url("/{db}/search", q=Q))
            assert status == 200 and HIT not in headers and 'data-exact="false"' in body
