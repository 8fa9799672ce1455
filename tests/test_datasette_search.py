"""A real Datasette, started with datasette_command on a free loopback port, over an archive built by ArchiveWriter."""

import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from govnews.archive.schema import ArchiveError, open_archive
from govnews.archive.search import SEARCH_WINDOW, title_query
from govnews.archive.store import ArchiveWriter
from govnews.datasette_config.serve import datasette_command, serve
from tests.datasette_server import fetch, free_port, serving

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = [
    {
        "url": "https://daklak.gov.vn/tin/binh-dang-gioi",
        "source_id": "daklak",
        "title": "Đắk Lắk: Hội nghị tổng kết công tác bình đẳng giới",
        "text": "Tỉnh Đắk Lắk tổng kết 10 năm thực hiện Luật Bình đẳng giới.",
        "published": "2023-11-02",
        "year": 2023,
        "province": "Đắk Lắk",
        "language": "vi",
    },
    {
        "url": "https://hanoi.gov.vn/tin/phu-nu",
        "source_id": "hanoi",
        "title": "Hà Nội nâng cao vị thế phụ nữ",
        "text": "Thành phố đẩy mạnh truyền thông về BÌNH ĐẲNG GIỚI trong trường học.",
        "published": "2022-03-08",
        "year": 2022,
        "province": "Hà Nội",
        "language": "vi",
    },
    {
        "url": "https://hanoi.gov.vn/en/gender",
        "source_id": "hanoi",
        "title": "Hanoi promotes gender equality",
        "text": "The city held a workshop on gender equality (binh dang gioi) for officials.",
        "published": "2024-05-10",
        "year": 2024,
        "province": "Hà Nội",
        "language": "en",
    },
    {
        "url": "https://hanoi.gov.vn/tin/giao-thong",
        "source_id": "hanoi",
        "title": "Hà Nội khởi công cầu mới",
        "text": "Dự án giao thông trọng điểm của thành phố.",
        "published": "2024-01-15",
        "year": 2024,
        "province": "Hà Nội",
        "language": "vi",
    },
]
ON_TOPIC = {a["url"] for a in ARTICLES[:3]}


def _build(path: Path) -> None:
    writer = ArchiveWriter(open_archive(path))
    for article in ARTICLES:
        writer.add_article(article, [])
    writer.close()


# archive.db is described by metadata.yml directly; any other file name through the plugin's get_metadata.
@pytest.fixture(scope="module", params=["archive.db", "kho-2024.db"])
def server(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / request.param
    _build(path)
    with serving(path) as running:
        yield running


def test_command_is_loopback_and_not_immutable(tmp_path):
    command = datasette_command(tmp_path / "a.db", 8123)
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert "--immutable" not in command and "-i" not in command
    assert "--plugins-dir" not in command


def test_serve_refuses_a_missing_archive_before_starting(tmp_path):
    with pytest.raises(ArchiveError, match="no such archive"):
        serve(tmp_path / "missing.db", free_port())
    assert not (tmp_path / "missing.db").exists()


def test_serve_stops_datasette_when_it_is_terminated(tmp_path):
    path = tmp_path / "archive.db"
    _build(path)
    port = free_port()
    log = tmp_path / "serve.log"
    script = f"from govnews.datasette_config.serve import serve; raise SystemExit(serve({str(path)!r}, {port}))"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-c", script], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not _answers(base):
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        process.terminate()
        process.wait(timeout=20)
        assert not _answers(base)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _answers(base: str) -> bool:
    try:
        return fetch(base + "/-/versions.json", timeout=5)[0] == 200
    except OSError:
        return False


def test_three_spellings_return_identical_non_empty_sets(server):
    results = [server.search_urls(q) for q in ("binh dang gioi", "Bình Đẳng Giới", "bình đẳng giới")]
    assert results[0] == results[1] == results[2] == ON_TOPIC
    pages = []
    for q in ("binh dang gioi", "Bình Đẳng Giới", "bình đẳng giới"):
        status, html = server.get("/{db}/articles", _search=q)  # the search box: redirected to ranked results
        assert status == 200
        pages.append({url for url in (a["url"] for a in ARTICLES) if url in html})
        assert "returning 3 rows" in html
    assert pages[0] == pages[1] == pages[2] == ON_TOPIC
    ranked = [[row["url"] for row in server.ranked(q)] for q in ("binh dang gioi", "Bình Đẳng Giới", "bình đẳng giới")]
    assert set(ranked[0]) == set(ranked[1]) == set(ranked[2]) == ON_TOPIC
    # The title match first, then the newest; typed with diacritics, the English text's folded 'binh dang gioi'
    # comes after the Vietnamese 'BÌNH ĐẲNG GIỚI' (a match spelled as typed ranks above a folded-only one).
    assert ranked[0] == [ARTICLES[0]["url"], ARTICLES[2]["url"], ARTICLES[1]["url"]]
    assert ranked[1] == ranked[2] == [ARTICLES[0]["url"], ARTICLES[1]["url"], ARTICLES[2]["url"]]


def test_ranked_search_puts_title_matches_first_with_marked_snippets(server):
    rows = server.ranked("dak lak binh dang gioi")
    assert [row["url"] for row in rows] == [ARTICLES[0]["url"]]
    assert "[Bình đẳng giới]" in rows[0]["snippet"] and "[Đắk Lắk]" in rows[0]["snippet"]  # each phrase one mark
    # 'phu nu' is in one title only; the other on-topic rows do not contain it at all.
    assert [row["url"] for row in server.ranked("phu nu")] == [ARTICLES[1]["url"]]
    # A title hit outranks a text-only hit: 'gender equality' is in the English title and text, 'binh' in both
    # Vietnamese texts and one title.
    order = [row["url"] for row in server.ranked("binh dang gioi")]
    assert order.index(ARTICLES[0]["url"]) < order.index(ARTICLES[1]["url"])
    _, html = server.get("/{db}/search", q="dak lak")
    assert "<mark>Đắk Lắk</mark>" in html


def test_phrases_and_prefixes_in_box_and_api(server):
    assert {r["url"] for r in server.ranked('"tong ket cong tac"')} == {ARTICLES[0]["url"]}
    assert server.ranked('"cong tac tong ket"') == []
    assert {r["url"] for r in server.ranked("giao th*")} == {ARTICLES[3]["url"]}
    assert server.search_urls('"bình đẳng giới" thanh*') == {ARTICLES[1]["url"]}
    assert server.search_urls("gender equal*") == {ARTICLES[2]["url"]}
    assert server.ranked("") == [] and server.ranked('" *') == []


def test_plain_search_redirects_to_ranked_filtered_search_stays(server):
    status, headers, _ = fetch(server.url("/{db}/articles", _search="binh dang gioi"), follow=False)
    assert status == 302 and headers["location"] == f"/{server.name}/search?q=binh+dang+gioi"
    status, headers, html = fetch(
        server.url("/{db}/articles", _search="binh dang gioi", province="Hà Nội"), follow=False
    )
    assert status == 200 and "2 rows" in html
    assert f'href="/{server.name}/search?q=binh+dang+gioi"' in html  # the way to the ranked list
    assert fetch(server.url("/{db}/articles", _search="x", _sort="title"), follow=False)[0] == 200


def test_dak_lak_finds_dak_lak(server):
    expected = {ARTICLES[0]["url"]}
    assert server.search_urls("dak lak") == expected
    assert server.search_urls("Đắk Lắk") == expected
    assert server.search_urls('"dak lak" tong*') == expected


def test_facets_from_metadata(server):
    assert server.json("/{db}/articles.json")["facet_results"].keys() == {"province", "year", "source_id", "language"}
    # A search computes facets when asked for one (each reads every match again); the archive's four come too.
    assert server.json("/{db}/articles.json", _search="binh dang gioi")["facet_results"] == {}
    data = server.json("/{db}/articles.json", _search="binh dang gioi", _facet="province_2025")
    facets = data["facet_results"]
    assert {"province", "year", "source_id", "language"} <= set(facets)
    provinces = {item["value"]: item["count"] for item in facets["province"]["results"]}
    assert provinces == {"Hà Nội": 2, "Đắk Lắk": 1}
    assert {item["value"] for item in facets["language"]["results"]} == {"vi", "en"}
    assert "order by published desc" in data["query"]["sql"]


def test_search_folded_hidden_in_html_kept_in_json(server):
    _, html = server.get("/{db}/articles")
    assert 'data-column="title"' in html
    assert 'data-column="search_folded"' not in html
    assert "search_folded" in server.json("/{db}/articles.json")["columns"]


def test_settings_and_single_plugin(server):
    settings = server.json("/-/settings.json")
    assert settings["sql_time_limit_ms"] == 3000
    assert settings["max_returned_rows"] == 1000
    assert settings["allow_download"] is False
    ours = [p for p in server.json("/-/plugins.json") if p["name"] == "govnews"]
    # Each module of pyproject.toml's datasette entry points registered once (no --plugins-dir as well).
    entry_points = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["datasette"]
    assert len(ours) == len(entry_points)
    hooks = [hook for plugin in ours for hook in plugin["hooks"]]
    assert hooks.count("prepare_connection") == 1 and hooks.count("register_output_renderer") == 1
    assert server.get("/{db}.db")[0] == 403


def test_rows_written_while_serving_are_searchable(server):
    writer = ArchiveWriter(open_archive(server.path, create=False), batch_size=1)
    writer.add_article(
        {"url": "https://daklak.gov.vn/tin/may-cay", "title": "Nông dân nhận máy cày", "text": "Hỗ trợ máy cày."}, []
    )
    writer.close()
    assert server.search_urls("may cay") == {"https://daklak.gov.vn/tin/may-cay"}


def test_searches_read_one_window_of_matches(server):
    """The ranked query and the table page share archive.search's window; Datasette's links keep the search."""
    # The served canned query runs archive.search's own SQL (the plugin adds it to metadata.yml's description).
    canned = server.json("/{db}/search.json", q="gioi")
    assert f"limit {SEARCH_WINDOW}" in canned["query"]["sql"] and "limit 100" in canned["query"]["sql"]
    # Ranked: the phrase in the title first; titles are indexed with their 'đ', so 'dak' is tried as 'đak' too.
    assert title_query("Dak lak*") == 'title : (("dak lak"* OR "đak lak"*))'
    assert [row["url"] for row in server.ranked("gioi")][:1] == [ARTICLES[0]["url"]]
    data = server.json("/{db}/articles.json", _search="binh dang gioi", province="Hà Nội")
    assert "order by rowid desc limit" in data["query"]["sql"] and len(data["rows"]) == 2
    assert data["human_description_en"].startswith('where search matches "binh dang gioi" and province = "Hà Nội"')
    _, html = server.get("/{db}/articles", _search="binh dang gioi", province="Hà Nội")
    assert 'value="binh dang gioi"' in html  # the search box still holds the words
    assert f"{SEARCH_WINDOW:,} most recently archived matches" in html
    assert set(server.json("/{db}/articles.json", _q="binh dang gioi", _shape="objects")["rows"][0]) >= {"url"}


def test_table_page_narrows_by_the_phrase_ranked_search_lists_scattered_syllables_last(server):
    """'binh dang gioi' is one word: an article holding only 'Thương binh', 'Đảng' and 'giới thiệu' is no match on
    the table page (it cannot rank) and the last one of the ranked search. Written last: the server is shared."""
    scattered = "https://daklak.gov.vn/tin/thuong-binh"
    writer = ArchiveWriter(open_archive(server.path, create=False), batch_size=1)
    writer.add_article(
        {
            "url": scattered,
            "title": "Thăm gia đình thương binh",
            "text": "Lãnh đạo Đảng ủy thăm Thương binh; giới thiệu việc làm cho con em.",
            "province": "Đắk Lắk",
        },
        [],
    )
    writer.close()
    assert scattered not in server.search_urls("binh dang gioi")
    assert server.search_urls("thuong binh, gioi thieu") == {scattered}  # words apart: a comma between
    ranked = [row["url"] for row in server.ranked("binh dang gioi")]
    assert ranked[-1] == scattered and set(ranked[:-1]) == ON_TOPIC
    assert server.search_urls("binh dang gioi -hanoi") == ON_TOPIC - {ARTICLES[2]["url"]}  # 'Hanoi promotes ...'
    assert server.search_urls('binh dang gioi -"Hà Nội"') == {ARTICLES[0]["url"], ARTICLES[2]["url"]}
    assert server.search_urls('binh dang gioi OR "may cay" OR thuong binh') >= ON_TOPIC | {scattered}
    rows = server.ranked("Đảng")  # 'Đảng' as typed before 'đẳng' of 'bình đẳng'
    assert rows[0]["url"] == scattered and "[Đảng]" in rows[0]["snippet"]
