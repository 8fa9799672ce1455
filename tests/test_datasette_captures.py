"""Citing and replaying an article as captured, through a real Datasette over an archive whose WARC records are
written here: the article page's permalink, capture times, hash and citations; the archived page sanitized (a
hostile page runs and loads nothing) with its links kept inside the archive; earlier versions replayable, or
saying why not; other files given as downloads."""

import re
import unicodedata
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter
from govnews.archive.warc import StoredResponse, WarcRecorder, warc_folder
from govnews.crawler.sources import Source
from govnews.datasette_config.replay import Banner, Replay
from tests.datasette_server import fetch, serving

SITE = "https://daklak.gov.vn"
ARTICLE = f"{SITE}/tin/binh-dang-gioi"
LISTING = f"{SITE}/tin-tuc"
PRINT = f"{SITE}/index.php?option=com_content&id=7"
PLAN = f"{SITE}/files/ke-hoach.pdf"
UNRECORDED = f"{SITE}/tin/chua-luu"
FIRST, SECOND, THIRD = "2024-03-01T08:00:00+00:00", "2024-05-02T09:30:15+00:00", "2024-06-01T00:00:00+00:00"
HOSTILE = f"""<!DOCTYPE html><html><head><title>Bình đẳng giới</title>
<base href="{SITE}/cu/">
<meta http-equiv="refresh" content="0; url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css">
<style>body {{ background: url(https://evil.example/t.png) }}</style>
<script>window.ranArchivedScript = 1; alert(1)</script></head>
<body onload="alert(2)">
<h1 style="background:url(https://evil.example/h.png)">Đắk Lắk: bình đẳng giới {{version}}</h1>
<p>Nội dung <img src="https://evil.example/p.png" alt="Hội nghị" onerror="alert(3)"> phiên bản {{version}}.</p>
<p><a href="/tin-tuc">Tin tức</a> <a href="tin-khac">chưa lưu</a> <a href="{ARTICLE}#muc-2">mục 2</a>
<a href="javascript:alert(4)">bấm</a> <a href="data:text/html,<script>alert(5)</script>">dữ liệu</a>
<a href="{PLAN}">kế hoạch</a></p>
<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/o.swf"></object>
<embed src="https://evil.example/e.swf"><form action="https://evil.example/post"><input name="q"></form>
<svg onload="alert(6)"><script>alert(7)</script></svg><video src="https://evil.example/v.mp4" poster="https://evil.example/p.jpg"></video>
<h2 id="muc-2">Mục 2</h2></body></html>"""


def _page(html: str, charset: str = "utf-8") -> dict:
    return {"status": 200, "headers": {"Content-Type": f"text/html; charset={charset}"}, "body": html.encode(charset)}


def build(path: Path) -> None:
    """Two captures of the article (the first now an earlier version), a listing, a print view under a query
    string, a PDF, a windows-1258 page, and an edit whose page was never recorded."""
    writer = ArchiveWriter(open_archive(path), batch_size=1)
    run = writer.start_run([Source("daklak", "Cổng TTĐT tỉnh Đắk Lắk", f"{SITE}/", "Đắk Lắk")])
    recorder = WarcRecorder(warc_folder(path), run, 10_000_000)
    article = {
        "url": ARTICLE,
        "source_id": "daklak",
        "title": "Đắk Lắk: bình đẳng giới",
        "published": "2023-11-02",
        "year": 2023,
        "province": "Đắk Lắk",
        "language": "vi",
    }

    def capture(url: str, when: str, response: dict, canonical: str | None = None, kind: str = "article") -> None:
        pointer = recorder.record(url, **response, request_headers={}, date=when, source_id="daklak", province=None)
        place = {"warc_file": pointer.file, "warc_offset": pointer.offset, "warc_length": pointer.length}
        page = {"url": url, "status": response["status"], "canonical_url": canonical, "fetched_at": when, "kind": kind}
        writer.add_page({**page, **place})

    for version, when in (("một", FIRST), ("hai", SECOND)):
        writer.add_article({**article, "text": f"Phiên bản {version}.", "last_seen": when}, [])
        capture(ARTICLE, when, _page(HOSTILE.replace("{version}", version)), ARTICLE)
    capture(
        LISTING,
        SECOND,
        _page("<html><body><a href='/tin/binh-dang-gioi'>Bình đẳng giới</a></body></html>"),
        kind="listing",
    )
    legacy = "<p>Ba\u0309n in: Tiê\u0301ng Viê\u0323t</p>"  # windows-1258 writes tones as combining marks
    capture(PRINT, SECOND, _page(legacy, "windows-1258"), kind="duplicate")
    capture(
        PLAN,
        SECOND,
        {"status": 200, "headers": {"Content-Type": "application/pdf"}, "body": b"%PDF-1.4 plan"},
        kind="binary",
    )
    unrecorded = {**article, "url": UNRECORDED, "title": "Chưa lưu", "author": "Thu Hằng"}
    writer.add_article({**unrecorded, "text": "Bản đầu.", "last_seen": FIRST}, [])
    writer.add_article({**unrecorded, "text": "Bản sau.", "last_seen": THIRD}, [])
    writer.finish_run(run, "finished", {})
    recorder.close()
    writer.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("captures") / "archive.db"
    build(path)
    with serving(path) as running:
        yield running


def article_page(server, url: str = ARTICLE) -> str:
    status, html = server.get(f"/{{db}}/articles/{tilde_encode(url)}")
    assert status == 200
    return html


def test_article_page_gives_permalink_hash_captures_and_citations(server):
    html = article_page(server)
    permalink = f"{server.base}/{server.name}/articles/{tilde_encode(ARTICLE)}"
    replay = f"/{server.name}/-/archived/20240502093015/{ARTICLE}"
    assert f'<a class="govnews-permalink" href="{permalink}">' in html
    assert re.search(r'<code class="govnews-hash">SHA-256 [0-9a-f]{64}</code>', html)
    assert f'<a href="{replay}">Xem bản lưu / view as archived</a>' in html
    captures = html.split('id="captures"', 1)[1].split("</table>", 1)[0]
    assert SECOND in captures and replay in captures
    vi, en = re.findall(r'<p class="govnews-citation" lang="(?:vi|en)">([^<]*)</p>', html)
    assert vi.startswith("Cổng TTĐT tỉnh Đắk Lắk. (ngày 2 tháng 11 năm 2023). Đắk Lắk: bình đẳng giới.")
    assert f"Bản lưu thu thập 2/5/2024 lúc 09:30 UTC: {server.base}{replay}." in vi and permalink in vi
    assert en.startswith("Cổng TTĐT tỉnh Đắk Lắk. (2023, November 2). Đắk Lắk: bình đẳng giới. https://daklak")
    assert f"Archived copy captured 2 May 2024, 09:30 UTC: {server.base}{replay}." in en
    other = article_page(server, UNRECORDED)  # a byline is the author; no capture to cite, nothing claimed
    assert re.search(r'lang="en">Thu Hằng\. \(2023, November 2\)\. Chưa lưu\. Cổng TTĐT tỉnh Đắk Lắk\. ', other)
    assert "Archived copy" not in other and "govnews-view-archived" not in other


def test_the_archived_page_runs_and_loads_nothing(server):
    status, headers, html = fetch(server.url(f"/{{db}}/-/archived/20240502093015/{ARTICLE}"))
    headers = {name.lower(): value for name, value in headers.items()}
    assert status == 200 and "default-src 'none'" in headers["content-security-policy"]
    assert (
        "img-src 'none'" in headers["content-security-policy"]
        and "unsafe-inline" not in headers["content-security-policy"]
    )
    assert headers["memento-datetime"] == "Thu, 02 May 2024 09:30:15 GMT"
    assert headers["link"] == f'<{ARTICLE}>; rel="original"'
    lowered = html.lower()
    for banned in ("<script", "<iframe", "<object", "<embed", "<form", "<input", "<link", "<meta", "<base", "<svg"):
        assert banned not in lowered, banned
    assert not re.search(r"\son\w+\s*=", lowered) and "javascript:" not in lowered and "data:text" not in lowered
    assert not re.search(r"\s(src|srcset|poster|action|background|data)\s*=", lowered)
    assert "evil.example" not in lowered  # no resource from it
    assert lowered.count("<style") == 1  # ours: the banner's
    assert "Phiên bản hai" not in html and "phiên bản hai." in html and "[ảnh / image: Hội nghị]" in html
    assert "thu thập / captured 2024-05-02 09:30:15 UTC" in html


def test_links_stay_in_the_archive_or_say_they_leave(server):
    _, html = server.get(f"/{{db}}/-/archived/20240502093015/{ARTICLE}")
    assert f'<a href="/{server.name}/-/archived/20240502093015/{LISTING}" class="govnews-archived">Tin tức</a>' in html
    assert "<base" not in html
    assert f'<a href="/{server.name}/-/archived/20240502093015/{PLAN}" class="govnews-archived">' in html
    # Resolved as the page said (its <base>), then marked: not in the archive, it leads to the live site.
    assert f'<a href="{SITE}/cu/tin-khac" class="govnews-external" rel="noopener noreferrer nofollow"' in html
    assert '<a href="#muc-2">mục 2</a>' in html and "<a>bấm</a>" in html and "<a>dữ liệu</a>" in html
    assert f'href="/{server.name}/articles/{tilde_encode(ARTICLE)}">Bài viết trong kho' in html


def test_a_timestamp_leads_to_the_nearest_capture(server):
    status, headers, _ = fetch(server.url(f"/{{db}}/-/archived/20240601000000/{LISTING}"), follow=False)
    location = {name.lower(): value for name, value in headers.items()}["location"]
    assert status == 302 and location == f"/{server.name}/-/archived/20240502093015/{LISTING}"
    assert server.get(f"/{{db}}/-/archived/20240502093015/{SITE}/tin/khong-co")[0] == 404
    status, html = server.get(f"/{{db}}/-/archived/20240502093015/{PRINT}")  # a query string, windows-1258
    assert status == 200 and "Bản in: Tiếng Việt" in unicodedata.normalize("NFC", html)


def test_earlier_versions_replay_or_say_what_is_missing(server):
    html = article_page(server)
    version = f"/{server.name}/-/archived/20240301080000/{ARTICLE}"
    assert f'<a class="govnews-version-archived" href="{version}">' in html
    status, page = server.get(version.replace(f"/{server.name}", "/{db}", 1))
    assert status == 200 and "phiên bản một." in page and "phiên bản hai." not in page
    unrecorded = article_page(server, UNRECORDED)
    assert "govnews-version-archived" not in unrecorded and "its page's WARC record is not known" in unrecorded


def test_other_files_are_downloads_and_a_missing_warc_is_said(server, tmp_path):
    status, headers, body = fetch(server.url(f"/{{db}}/-/archived/20240502093015/{PLAN}"))
    headers = {name.lower(): value for name, value in headers.items()}
    assert status == 200 and body == "%PDF-1.4 plan"
    assert headers["content-disposition"] == 'attachment; filename="ke-hoach.pdf"'
    assert headers["content-security-policy"].startswith("sandbox")
    folder = warc_folder(server.path)
    moved = folder.rename(tmp_path / "elsewhere")
    try:
        status, text = server.get(f"/{{db}}/-/archived/20240502093015/{ARTICLE}")
    finally:
        moved.rename(folder)
    assert status == 404 and "archive.warc/ beside the archive" in text


@pytest.mark.parametrize(
    ("body", "links"),
    [
        (b'<?xml version="1.0" encoding="utf-8"?><html><body><a href="/b">b</a></body></html>', {f"{SITE}/b"}),
        (b"  ", set()),
        (b"<!-- -->", set()),
    ],
)
def test_an_xhtml_or_empty_capture_still_renders(body, links):
    page = Replay(StoredResponse(ARTICLE, 200, [("Content-Type", "text/html")], body, FIRST))
    assert page.links() == links
    banner = Banner(ARTICLE, FIRST, FIRST, "run-000001-00000.warc.gz @ 0", 200, None, None)
    assert 'id="govnews-replay"' in page.render(banner, set(), str)
