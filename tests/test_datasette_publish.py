"""The published archive as readers meet it: article page, province page, Atom, CSV, canned queries, hostile
archived strings rendered inert, no route that writes, and a runaway query cut off at the SQL time limit."""

import json
import re
import sqlite3
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from datasette.utils import tilde_encode

from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter
from govnews.crawler.sources import Source
from govnews.datasette_config.serve import METADATA
from tests.datasette_server import fetch, serving

DAKLAK = {
    "url": "https://daklak.gov.vn/tin/bao-luc-gia-dinh",
    "source_id": "daklak",
    "title": "Đắk Lắk: phòng, chống bạo lực gia đình",
    "text": "Tỉnh Đắk Lắk triển khai phòng, chống bạo lực gia đình.\n\nCác xã tuyên truyền Luật Bình đẳng giới.",
    "published": "2023-11-02",
    "year": 2023,
    "province": "Đắk Lắk",
    "province_2025": "Đắk Lắk",
    "language": "vi",
}
DOCUMENTS = [
    {"kind": "Luật", "number": "73/2006/QH11", "issuer": "QH", "raw": "Luật Bình đẳng giới"},
    {"kind": "Kế hoạch", "number": "34/KH-UBND", "issuer": "UBND", "date": "2023-03-01", "raw": "Kế hoạch 34/KH-UBND"},
]
HANOI = {
    "url": "https://hanoi.gov.vn/tin/binh-dang-gioi",
    "source_id": "hanoi",
    "title": "Hà Nội: bình đẳng giới trong trường học",
    "text": "Hà Nội tuyên truyền bình đẳng giới. Luật 73/2006/QH11 được phổ biến.",
    "published": "2021-05-01",
    "year": 2021,
    "province": "Hà Nội",
    "language": "vi",
}
HOSTILE = {
    "url": "https://evil.example/tin/xss",
    "source_id": "hanoi",
    "title": "Bình đẳng giới <img src=x onerror=alert(1)>",
    "text": 'Bình đẳng giới <script>alert(1)</script>\n\n<a href="javascript:alert(2)">bấm vào đây</a>',
    "published": "2024-01-01",
    "year": 2024,
    "province": "Hà Nội",
    "language": "vi",
}
JS_URL = {"url": "javascript:alert(3)//", "source_id": "hanoi", "title": "Bình đẳng giới js", "text": "Bình đẳng giới."}
FORM = "application/x-www-form-urlencoded"
PATHOLOGICAL = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"


def build(path: Path) -> None:
    writer = ArchiveWriter(open_archive(path), batch_size=1)
    run = writer.start_run(
        [
            Source("daklak", "Đắk Lắk", "https://daklak.gov.vn/", "Đắk Lắk"),
            Source("hanoi", "Hà Nội", "https://hanoi.gov.vn/", "Hà Nội"),
        ]
    )
    writer.add_article({**DAKLAK, "title": "Đắk Lắk: bản nháp", "last_seen": "2023-11-02T00:00:00+00:00"}, [])
    writer.add_article(DAKLAK, DOCUMENTS)
    writer.add_article(HANOI, DOCUMENTS[:1])
    writer.add_article(HOSTILE, [])
    writer.add_article(JS_URL, [])
    writer.finish_run(run, "finished", {"pages": 10, "errors": 2})
    writer.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("publish") / "archive.db"
    build(path)
    with serving(path) as running:
        yield running


def row_path(server, url: str) -> str:
    return f"/{server.name}/articles/{tilde_encode(url)}"


def test_article_page_reads_as_an_article(server):
    status, html = server.get(row_path(server, DAKLAK["url"]))
    assert status == 200
    assert "<h1>Đắk Lắk: phòng, chống bạo lực gia đình</h1>" in html
    assert "<p>Tỉnh Đắk Lắk triển khai phòng, chống bạo lực gia đình.</p>" in html
    assert "<p>Các xã tuyên truyền Luật Bình đẳng giới.</p>" in html
    assert f'href="{DAKLAK["url"]}"' in html and "2023-11-02" in html and "(2025: Đắk Lắk)" in html
    assert "73/2006/QH11" in html and "34/KH-UBND" in html
    assert "Đắk Lắk: bản nháp" in html  # the earlier version
    _, other = server.get(row_path(server, HANOI["url"]))
    assert "34/KH-UBND" not in other and "Phiên bản cũ" not in other


def test_hostile_strings_are_inert_on_table_row_and_feed(server):
    pages = [
        server.get("/{db}/articles")[1],
        server.get("/{db}/search", q="binh dang gioi")[1],
        server.get(row_path(server, HOSTILE["url"]))[1],
        server.get(row_path(server, JS_URL["url"]))[1],
    ]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
        assert not re.search(r"""href=["']?\s*javascript:""", html, re.IGNORECASE)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[2]
    assert "javascript:alert(3)//" in pages[3]  # shown as text, not as a link
    status, feed = server.get("/{db}/articles.atom")
    assert status == 200
    root = ET.fromstring(feed)  # well-formed: everything escaped
    entries = root.findall("{http://www.w3.org/2005/Atom}entry")
    hrefs = [link.get("href") for entry in entries for link in entry.findall("{http://www.w3.org/2005/Atom}link")]
    assert len(entries) == 4 and all(h.startswith("https://") for h in hrefs) and len(hrefs) == 3
    assert "<script>" not in feed and "&lt;script&gt;" in feed


def test_atom_follows_a_search_and_a_facet_selection(server):
    status, feed = server.get("/{db}/articles.atom", province="Đắk Lắk", _search="bao luc gia dinh")
    assert status == 200
    ids = [e.text for e in ET.fromstring(feed).iter("{http://www.w3.org/2005/Atom}id")]
    assert ids[1:] == [DAKLAK["url"]]
    _, feed = server.get("/{db}/search.atom", q="binh dang gioi")
    ids = {e.text for e in ET.fromstring(feed).iter("{http://www.w3.org/2005/Atom}id")}
    assert {DAKLAK["url"], HANOI["url"]} <= ids


def test_csv_and_json_exports(server):
    status, csv = server.get("/{db}/articles.csv", _search="bao luc gia dinh")
    assert status == 200 and csv.splitlines()[0].startswith("url,") and DAKLAK["url"] in csv
    status, csv = server.get("/{db}/articles_per_province_year.csv")
    assert status == 200 and "Đắk Lắk,2023,1" in csv
    rows = server.json("/{db}/most_cited_documents.json", _shape="objects")["rows"]
    assert (rows[0]["number"], rows[0]["articles"]) == ("73/2006/QH11", 2)


def test_canned_queries(server):
    per_year = server.json("/{db}/articles_per_province_year.json", _shape="objects")["rows"]
    assert {(r["province"], r["year"], r["articles"]) for r in per_year} == {
        ("Đắk Lắk", 2023, 1),
        ("Hà Nội", 2021, 1),
        ("Hà Nội", 2024, 1),
    }
    health = server.json("/{db}/crawl_health.json", _shape="objects")["rows"]
    assert [(h["status"], h["pages"], h["errors"], h["error_percent"]) for h in health] == [("finished", 10, 2, 20.0)]


def test_documents_facet_by_kind_newest_first(server):
    data = server.json("/{db}/documents.json", _shape="objects")
    kinds = {item["value"]: item["count"] for item in data["facet_results"]["kind"]["results"]}
    assert kinds == {"Luật": 2, "Kế hoạch": 1}
    assert "order by date desc" in data["query"]["sql"]


def test_province_page_lists_every_province_with_a_map_and_chart(server):
    status, html = server.get("/-/provinces")
    assert status == 200
    circles = re.findall(r'<circle class="(\w+)" data-province="([^"]+)" data-articles="(\d+)"', html)
    assert len(circles) == 63
    counts = {name: int(n) for _, name, n in circles}
    assert counts["Hà Nội"] == 2 and counts["Đắk Lắk"] == 1 and counts["Cà Mau"] == 0
    content = html.split("<body", 1)[1].split("<footer", 1)[0]
    assert "<script" not in content and "tile" not in content  # drawn server-side: works offline
    assert '<svg class="govnews-heatmap"' in html and "Hà Nội 2024: 1" in html
    assert f'href="/{server.name}/articles?province=%C4%90%E1%BA%AFk+L%E1%BA%AFk"' in html


def test_a_runaway_query_is_cut_off_at_the_time_limit(server):
    status, body = server.get("/{db}.json", sql=PATHOLOGICAL)
    assert status == 400
    assert "too long" in json.loads(body)["error"]
    assert server.get("/{db}.json", sql="select 1")[0] == 200  # the server is still serving


WRITES = [
    "delete from articles",
    "update articles set title = 'x'",
    "insert into articles (url) values ('x')",
    "select 1; delete from articles",
    "drop table articles",
    "pragma query_only = 0",
    "attach database ':memory:' as x",
]


def test_no_route_writes(server):
    before = server.article_count()
    name, url = server.name, tilde_encode(DAKLAK["url"])
    form = urllib.parse.urlencode({"url": "x", "title": "x", "sql": "delete from articles"}).encode()
    insert = json.dumps({"row": {"url": "x", "title": "x"}, "rows": [{"url": "x"}]}).encode()
    routes = [
        f"/{name}",
        f"/{name}/articles",
        f"/{name}/articles/{url}",
        f"/{name}/-/create",
        f"/{name}/articles/-/insert",
        f"/{name}/articles/-/upsert",
        f"/{name}/articles/-/drop",
        f"/{name}/articles/{url}/-/update",
        f"/{name}/articles/{url}/-/delete",
        f"/{name}/-/query",
        f"/{name}/search",
        "/-/permissions",
        "/-/messages",
    ]
    routes += [f"/{name}/{query}" for query in yaml.safe_load(METADATA.read_text())["databases"]["archive"]["queries"]]
    for route in routes:
        for method, body, kind in (
            ("POST", form, FORM),
            ("POST", insert, "application/json"),
            ("PUT", insert, "application/json"),
            ("PATCH", insert, "application/json"),
            ("DELETE", None, FORM),
        ):
            status = fetch(server.base + route, method=method, body=body, headers={"Content-Type": kind})[0]
            assert status == 405, (method, route, status)
    for sql in WRITES:
        status, body = server.get("/{db}.json", sql=sql)
        assert status == 400, (sql, body[:300])
    assert server.article_count() == before


def test_a_write_canned_query_is_still_refused(tmp_path):
    path = tmp_path / "archive.db"
    build(path)
    metadata = yaml.safe_load(METADATA.read_text())
    metadata["databases"]["archive"]["queries"]["wipe"] = {"sql": "delete from articles", "write": True}
    alt = tmp_path / "metadata.yml"
    alt.write_text(yaml.safe_dump(metadata, allow_unicode=True))
    with serving(path, metadata=alt) as server:
        assert fetch(server.base + "/archive/wipe", method="POST", body=b"", headers={"Content-Type": FORM})[0] == 405
        assert server.get("/archive/wipe")[0] == 200  # the form shows; it cannot run
    assert sqlite3.connect(path).execute("select count(*) from articles").fetchone()[0] == 4
