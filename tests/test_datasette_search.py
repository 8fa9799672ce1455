"""A real Datasette, started with datasette_command on a free loopback port, over an archive built by ArchiveWriter."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from archive.schema import ArchiveError, open_archive
from archive.store import ArchiveWriter
from datasette_config.serve import datasette_command, serve

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
FORM = "application/x-www-form-urlencoded"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(base: str, path: str, **params: str) -> tuple[int, str]:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _post(base: str, path: str, body: bytes, content_type: str) -> int:
    request = urllib.request.Request(base + path, data=body, headers={"Content-Type": content_type}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _wait_ready(base: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            pytest.fail(f"datasette exited with {process.returncode}: {log.read_text()}")
        try:
            if _get(base, "/-/versions.json")[0] == 200:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            pytest.fail(f"datasette did not answer within 30 s: {log.read_text()}")
        time.sleep(0.2)


def _build(path: Path) -> None:
    writer = ArchiveWriter(open_archive(path))
    for article in ARTICLES:
        writer.add_article(article, [])
    writer.close()


class Server:
    def __init__(self, path: Path, base: str):
        self.path = path
        self.name = path.stem
        self.base = base

    def get(self, path: str, **params: str) -> tuple[int, str]:
        return _get(self.base, path.replace("{db}", self.name), **params)

    def json(self, path: str, **params: str) -> dict:
        status, body = self.get(path, **params)
        assert status == 200, body[:500]
        return json.loads(body)

    def search_urls(self, q: str) -> set[str]:
        data = self.json("/{db}/articles.json", _search=q, _shape="objects", _size="max")
        return {row["url"] for row in data["rows"]}

    def article_count(self) -> int:
        db = open_archive(self.path, create=False)
        try:
            return db["articles"].count
        finally:
            db.close()


# archive.db is described by metadata.yml directly; any other file name through the plugin's get_metadata.
@pytest.fixture(scope="module", params=["archive.db", "kho-2024.db"])
def server(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / request.param
    _build(path)
    port = _free_port()
    log = path.with_suffix(".log")
    with log.open("w") as out:
        process = subprocess.Popen(datasette_command(path, port), stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, process, log)
        yield Server(path, base)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_command_is_loopback_and_not_immutable(tmp_path):
    command = datasette_command(tmp_path / "a.db", 8123)
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert "--immutable" not in command and "-i" not in command
    assert "--plugins-dir" not in command


def test_serve_refuses_a_missing_archive_before_starting(tmp_path):
    with pytest.raises(ArchiveError, match="no such archive"):
        serve(tmp_path / "missing.db", _free_port())
    assert not (tmp_path / "missing.db").exists()


def test_serve_stops_datasette_when_it_is_terminated(tmp_path):
    path = tmp_path / "archive.db"
    _build(path)
    port = _free_port()
    log = tmp_path / "serve.log"
    script = f"from datasette_config.serve import serve; raise SystemExit(serve({str(path)!r}, {port}))"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-c", script], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, process, log)
        process.terminate()
        process.wait(timeout=20)
        with pytest.raises(OSError):
            _get(base, "/-/versions.json")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_three_spellings_return_identical_non_empty_sets(server):
    results = [server.search_urls(q) for q in ("binh dang gioi", "Bình Đẳng Giới", "bình đẳng giới")]
    assert results[0] == results[1] == results[2] == ON_TOPIC
    pages = []
    for q in ("binh dang gioi", "Bình Đẳng Giới", "bình đẳng giới"):
        status, html = server.get("/{db}/articles", _search=q)
        assert status == 200
        pages.append({url for url in (a["url"] for a in ARTICLES) if url in html})
        assert "3 rows" in html
    assert pages[0] == pages[1] == pages[2] == ON_TOPIC


def test_dak_lak_finds_dak_lak(server):
    expected = {ARTICLES[0]["url"]}
    assert server.search_urls("dak lak") == expected
    assert server.search_urls("Đắk Lắk") == expected
    assert server.search_urls('"dak lak" tong*') == expected


def test_facets_from_metadata(server):
    data = server.json("/{db}/articles.json", _search="binh dang gioi")
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
    plugins = [p["name"] for p in server.json("/-/plugins.json")]
    assert plugins.count("govnews") == 1
    assert server.get("/{db}.db")[0] == 403


def test_writes_over_http_are_refused(server):
    before = server.article_count()
    form = urllib.parse.urlencode({"url": "x", "title": "x"}).encode()
    assert _post(server.base, f"/{server.name}/articles", form, FORM) == 405
    insert = json.dumps({"row": {"url": "x", "title": "x"}}).encode()
    assert _post(server.base, f"/{server.name}/articles/-/insert", insert, "application/json") == 405
    assert _post(server.base, f"/{server.name}", b"sql=delete+from+articles", FORM) == 405
    for sql in (
        "delete from articles",
        "update articles set title = 'x'",
        "insert into articles (url) values ('x')",
        "select 1; delete from articles",
        "drop table articles",
    ):
        status, body = server.get("/{db}.json", sql=sql)
        assert status == 400, (sql, body[:300])
    assert server.article_count() == before


def test_rows_written_while_serving_are_searchable(server):
    writer = ArchiveWriter(open_archive(server.path, create=False), batch_size=1)
    writer.add_article(
        {"url": "https://daklak.gov.vn/tin/may-cay", "title": "Nông dân nhận máy cày", "text": "Hỗ trợ máy cày."}, []
    )
    writer.close()
    assert server.search_urls("may cay") == {"https://daklak.gov.vn/tin/may-cay"}
