"""Trends of a search through a real Datasette: per month, per year and per province, with the search's filters,
as JSON, CSV, SVG and a page, counted exactly, or over the search window when the budget runs out (and then
said so). The expected numbers are counted here from the generated rows, not by the archive's SQL."""

import csv
import io
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from govnews.archive.search import SEARCH_WINDOW
from govnews.datasette_config.serve import METADATA
from tests.datasette_server import fetch, serving
from tests.phrase_archive import COUNT, ROWS, Q, build, matching


def expected(rows: list[dict], **filters) -> Counter:
    """(month, province) -> articles, counted in Python over the rows holding the phrase."""
    counts: Counter = Counter()
    for row in matching(rows, **filters):
        counts[(row["published"][:7] if row["published"] else None, row["province"])] += 1
    return counts


def per_month(counts: Counter) -> dict[str, int]:
    months: Counter = Counter()
    for (month, _), n in counts.items():
        if month:
            months[month] += n
    return dict(months)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("trends") / "archive.db")


@pytest.fixture(scope="module")
def server(archive):
    with serving(archive) as running:
        yield running


def _nonzero(months: list[dict]) -> dict[str, int]:
    return {m["month"]: m["articles"] for m in months if m["articles"]}


@pytest.mark.parametrize(
    "filters",
    [{}, {"province": "Đắk Lắk"}, {"year": 2019}, {"source_id": "src1"}, {"province": "Hà Nội", "year": 2021}],
)
def test_every_match_is_counted_with_the_filters(server, filters):
    data = server.json("/{db}/-/trends.json", q=Q, **{k: str(v) for k, v in filters.items()})
    counts = expected(ROWS, **filters)
    assert data["exact"] is True and data["counted"] == "every match"
    assert data["articles"] == sum(counts.values()) and data["filters"] == filters
    assert data["undated"] == sum(n for (month, _), n in counts.items() if month is None)
    assert _nonzero(data["months"]) == per_month(counts)
    years: Counter = Counter()
    for month, n in per_month(counts).items():
        years[int(month[:4])] += n
    assert {y["year"]: y["articles"] for y in data["years"] if y["articles"]} == dict(years)
    by_province = {(c["province"], c["month"]): c["articles"] for c in data["province_months"]}
    assert by_province == {(p, m): n for (m, p), n in counts.items()}


def test_months_run_without_gaps_and_the_total_includes_undated_articles(server):
    data = server.json("/{db}/-/trends.json", q=Q, province="Hà Nội", year="2016")
    months = [m["month"] for m in data["months"]]  # February, June and October 2016 have articles
    assert months == [f"2016-{m:02d}" for m in range(2, 11)] and 0 in [m["articles"] for m in data["months"]]
    assert sum(m["articles"] for m in data["months"]) + data["undated"] == data["articles"]
    everything = server.json("/{db}/-/trends.json", q=Q)
    assert everything["undated"] > 0  # every 97th article has no date and is still in the total


def test_csv_carries_the_same_numbers(server):
    data = server.json("/{db}/-/trends.json", q=Q, province="Đắk Lắk")
    status, body = server.get("/{db}/-/trends.csv", q=Q, province="Đắk Lắk")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert status == 200 and set(rows[0]) == {"month", "articles", "counted"}
    months = {m["month"]: m["articles"] for m in data["months"]}
    assert {r["month"]: int(r["articles"]) for r in rows if r["month"]} == months
    assert all(r["counted"] == "every match" for r in rows)
    _, body = server.get("/{db}/-/trends.csv", q=Q, unit="year", by="province")
    rows = list(csv.DictReader(io.StringIO(body)))
    counts: Counter = Counter()
    for (month, province), n in expected(ROWS).items():
        counts[(province or "", month[:4] if month else "")] += n
    assert {(r["province"], r["year"]): int(r["articles"]) for r in rows} == dict(counts)


def test_chart_and_page(server):
    status, headers, svg = fetch(server.url("/{db}/-/trends.svg", q=Q, year="2019"))
    assert status == 200 and headers["content-type"].startswith("image/svg+xml")
    assert "default-src 'none'" in headers["content-security-policy"] and "<script" not in svg
    months = per_month(expected(ROWS, year=2019))
    assert svg.count('<rect class="bar"') == 11 and 'data-exact="true"' in svg  # January to November
    assert f'data-month="2019-03" data-articles="{months["2019-03"]}"' in svg and "2019-02" not in months
    assert 'data-month="2019-02" data-articles="0"' in svg
    status, html = server.get("/{db}/-/trends", q=Q, province="Hà Nội")
    assert status == 200 and "Exact: every match counted" in html and '<svg class="govnews-heatmap"' in html
    assert "/-/trends.csv?q=binh+dang+gioi&amp;province=H%C3%A0+N%E1%BB%99i&amp;unit=year" in html


def test_search_pages_show_the_chart_of_the_search_they_show(server):
    _, ranked = server.get("/{db}/search", q=Q)
    assert f'src="/{server.name}/-/trends.svg?q=binh+dang+gioi"' in ranked
    _, table = server.get("/{db}/articles", _search=Q, province="Đắk Lắk")
    assert f'src="/{server.name}/-/trends.svg?q=binh+dang+gioi&amp;province=%C4%90%E1%BA%AFk+L%E1%BA%AFk"' in table
    _, plain = server.get("/{db}/articles")
    assert "govnews-trend-chart" not in plain


def test_bad_input_is_a_short_answer(server):
    assert server.get("/{db}/-/trends.json", q=Q, year="2019x")[0] == 400
    assert server.get("/{db}/-/trends.json", q=Q, unit="week")[0] == 400
    assert server.get("/nosuch/-/trends.json", q=Q)[0] == 404
    data = server.json("/{db}/-/trends.json", q="-binh")  # only an exclusion: nothing to find
    assert data["articles"] == 0 and data["months"] == [] and data["exact"] is True


def _metadata(folder: Path, **config) -> Path:
    """metadata.yml with the trends plugin configured otherwise."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["plugins"]["govnews_trends"].update(config)
    path = folder / "metadata.yml"
    path.write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")
    return path


def test_over_budget_the_window_is_counted_and_said(archive, tmp_path):
    """With no time to count every match, the newest SEARCH_WINDOW matches are counted and every form says so."""
    window = matching(ROWS)[-SEARCH_WINDOW:]
    with serving(archive, metadata=_metadata(tmp_path, exact_ms=1, background_ms=0)) as server:
        data = server.json("/{db}/-/trends.json", q=Q)
        assert data["exact"] is False and data["articles"] == SEARCH_WINDOW
        assert _nonzero(data["months"]) == per_month(expected(window))
        filtered = server.json("/{db}/-/trends.json", q=Q, province="Đắk Lắk")  # a filter applies inside the window
        assert filtered["exact"] is False and filtered["articles"] == sum(expected(window, province="Đắk Lắk").values())
        _, body = server.get("/{db}/-/trends.csv", q=Q)
        assert {r["counted"] for r in csv.DictReader(io.StringIO(body))} == {data["counted"]}
        assert "floor" in data["counted"]
        _, html = server.get("/{db}/-/trends", q=Q)
        assert "Not exact: counted among the newest" in html and "at least" in server.get("/{db}/-/trends.svg", q=Q)[1]
        small = server.json("/{db}/-/trends.json", q="binh dang gioi, dot 1234")  # fewer matches than the window
        assert small["exact"] is True and small["articles"] == 1


def test_an_unfiltered_search_of_a_large_archive_goes_to_the_window_at_once(archive, tmp_path):
    """Without a filter, counting every match reads the whole archive's index: past exact_unfiltered_articles it
    is not tried. With a filter it is."""
    config = {"exact_unfiltered_articles": COUNT - 1, "background_ms": 0}
    with serving(archive, metadata=_metadata(tmp_path, **config)) as server:
        assert server.json("/{db}/-/trends.json", q=Q)["exact"] is False
        filtered = server.json("/{db}/-/trends.json", q=Q, province="Đắk Lắk")
        assert filtered["exact"] is True and filtered["articles"] == len(matching(ROWS, province="Đắk Lắk"))


def test_over_budget_every_match_is_counted_in_the_background_and_remembered(archive, tmp_path):
    """A search that cannot be counted in time (unfiltered, on an archive past exact_unfiltered_articles) is counted
    in the background: the first answer is the window's, said to be counting, unless that count was already done
    when it was sent (then exact); once done the same search is exact, the same numbers as with time enough."""
    expected = len(matching(ROWS))
    with serving(archive, metadata=_metadata(tmp_path, exact_unfiltered_articles=COUNT - 1)) as server:
        first = server.json("/{db}/-/trends.json", q=Q)
        assert (first["exact"] is False and first["counting"] is True) or first["articles"] == expected
        deadline = time.monotonic() + 30
        while not (later := server.json("/{db}/-/trends.json", q=Q))["exact"]:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert later["articles"] == expected
        _, html = server.get("/{db}/articles", _search=Q)  # the search page uses the remembered count
        assert f'data-exact="true" data-articles="{expected}"' in html


def test_search_pages_show_exact_totals_by_province_and_year(server):
    """Both search pages state the number of articles holding the phrase, exact, and per province and per year."""
    rows = matching(ROWS)
    provinces = Counter(row["province"] for row in rows)
    years = Counter(int(row["published"][:4]) for row in rows if row["published"])
    province, year = "Đắk Lắk", 2019
    for path, args in (("/{db}/search", {"q": Q}), ("/{db}/articles", {"_search": Q, "_sort": "url"})):
        _, html = server.get(path, **args)
        assert f'<div class="govnews-counts" data-exact="true" data-articles="{len(rows)}">' in html
        assert f"<strong>{len(rows):,}</strong> bài có đúng cụm từ, chính xác" in html
        assert f">{province}</a></td><td>{provinces[province]}</td>" in html
        assert f">{year}</a></td><td>{years[year]}</td>" in html
    _, filtered = server.get("/{db}/articles", _search=Q, province=province)
    assert f'data-exact="true" data-articles="{provinces[province]}"' in filtered
