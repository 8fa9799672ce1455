"""End to end in Debian's headless Chromium (``make browser``), driven by playwright over the DevTools protocol
(playwright never downloads a browser here): a reader searches without diacritics, sees the search's trend, opens
an article, cites it and views it as archived, looks at the province map, and nothing archived runs as script or
loads anything. Screenshots land in tests/artifacts/ for a person to look at."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from datasette.utils import tilde_encode
from playwright.sync_api import sync_playwright

from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter
from govnews.archive.warc import WarcRecorder, warc_folder
from tests.datasette_server import serving

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
HOSTILE = {
    "url": "https://evil.example/tin/xss",
    "source_id": "evil",
    "title": "Bình đẳng giới <img src=x onerror=alert(1)>",
    "text": 'Bình đẳng giới <script>alert(1)</script>\n\n<a href="javascript:alert(2)">bấm vào đây</a>',
    "province": "Hà Nội",
    "language": "vi",
}
SPELLINGS = ("binh dang gioi", "Bình Đẳng Giới", "bình đẳng giới")
# A captured page that would run script, open dialogs and load from elsewhere if the replay let it.
CAPTURED = {
    "url": "https://evil.example/tin/ban-luu",
    "fetched_at": "2025-01-02T03:04:05+00:00",
    "html": """<html><head><script>window.ranArchivedScript = 1; alert(1)</script>
<link rel="stylesheet" href="https://evil.example/s.css"></head><body onload="alert(2)">
<p>Bình đẳng giới <img src="https://evil.example/x.png" onerror="alert(3)" alt="x"></p>
<iframe src="https://evil.example/f"></iframe><a href="javascript:alert(4)">bấm</a></body></html>""".encode(),
}


@pytest.fixture(scope="module")
def server(crawled, tmp_path_factory):
    """The crawled demo portals' archive (a copy), plus one article carrying script and a javascript: link."""
    path = tmp_path_factory.mktemp("browser") / "archive.db"
    source = sqlite3.connect(crawled.db_path)
    with sqlite3.connect(path) as copy:
        source.backup(copy)
    source.close()
    shutil.copytree(warc_folder(crawled.db_path), warc_folder(path))
    writer = ArchiveWriter(open_archive(path, create=False))
    writer.add_article(HOSTILE, [])
    recorder = WarcRecorder(warc_folder(path), 999, 10_000_000)
    headers = {"Content-Type": "text/html; charset=utf-8"}
    fetched = CAPTURED["fetched_at"]
    pointer = recorder.record(CAPTURED["url"], 200, headers, CAPTURED["html"], {}, fetched, "evil", None)
    recorder.close()
    place = {"warc_file": pointer.file, "warc_offset": pointer.offset, "warc_length": pointer.length}
    writer.add_page({"url": CAPTURED["url"], "status": 200, "kind": "listing", "fetched_at": fetched, **place})
    writer.close()
    with serving(path) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_spellings_find_the_same_articles_on_the_demo_archive(server):
    ranked = [[row["url"] for row in server.ranked(q)] for q in SPELLINGS]
    filtered = [server.search_urls(q) for q in SPELLINGS]
    assert ranked[0] and ranked[0] == ranked[1] == ranked[2]
    assert filtered[0] and filtered[0] == filtered[1] == filtered[2]
    assert set(ranked[0]) <= filtered[0]  # ranked lists the best 100


def test_province_names_without_diacritics_find_their_articles(server):
    for province in ("Đắk Lắk", "Điện Biên", "Thừa Thiên Huế"):
        rows = server.json("/{db}/articles.json", province=province, _shape="objects", _size="max")["rows"]
        assert rows, province
        folded = {"Đắk Lắk": "dak lak", "Điện Biên": "dien bien", "Thừa Thiên Huế": "thua thien hue"}[province]
        found = server.search_urls(folded)
        assert found & {row["url"] for row in rows}, province


def test_reader_searches_opens_an_article_and_sees_the_map(server, page):
    page.goto(server.url("/"))
    assert page.locator("form.govnews-search input[name=q]").count() == 1
    shot(page, "home.png")

    page.fill("input[name=q]", "binh dang gioi")
    page.click("form.govnews-search input[type=submit]")
    page.wait_for_url("**/search?q=binh+dang+gioi")
    titles = page.locator("td.col-title a")
    assert titles.count() > 5
    assert page.locator("td.col-snippet mark").count() > 5
    marked = {text.lower() for text in page.locator("td.col-snippet mark").all_inner_texts()}
    assert "bình đẳng giới" in marked  # the typed phrase is marked as one span
    chart = page.locator("img.govnews-trend-chart")
    chart.wait_for()
    page.wait_for_function("document.querySelector('img.govnews-trend-chart').complete")
    assert chart.evaluate("img => img.naturalWidth") > 500 and chart.bounding_box()["height"] > 150
    shot(page, "search.png")

    first_title = titles.first.inner_text()
    titles.first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("article.govnews-article h1").inner_text() == first_title
    assert page.locator("article .govnews-body p").count() >= 2
    assert page.locator("a.govnews-original").get_attribute("href").startswith("http")
    shot(page, "article.png")
    citations = page.locator("section.govnews-cite p.govnews-citation")
    assert citations.count() == 2 and all(first_title in text for text in citations.all_inner_texts())
    assert page.locator("section.govnews-cite a.govnews-permalink").is_visible()
    assert len(page.locator("code.govnews-hash").inner_text()) == len("SHA-256 ") + 64
    page.locator("section.govnews-cite").scroll_into_view_if_needed()
    shot(page, "citation.png")

    page.locator("p.govnews-view-archived a").first.click()
    page.wait_for_url("**/-/archived/**")
    assert page.locator("#govnews-replay").is_visible()
    assert page.evaluate("document.scripts.length") == 0
    shot(page, "archived.png")

    page.goto(server.url("/-/provinces"))
    assert page.locator("svg.govnews-map circle").count() == 63
    assert page.locator("svg.govnews-map circle.has").count() >= 7
    box = page.locator("svg.govnews-map").bounding_box()
    assert box["width"] > 200 and box["height"] > 400
    shot(page, "provinces.png")
    assert page.dialogs == []


def test_a_captured_page_runs_nothing_and_loads_only_from_the_archive(server, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    stamp = CAPTURED["fetched_at"][:19].replace("-", "").replace("T", "").replace(":", "")
    response = page.goto(server.url(f"/{{db}}/-/archived/{stamp}/{CAPTURED['url']}"))
    assert response.status == 200 and "script-src" not in response.headers["content-security-policy"]
    assert page.locator("#govnews-replay").is_visible() and "Bình đẳng giới" in page.inner_text("body")
    assert page.evaluate("window.ranArchivedScript") is None
    assert page.evaluate("document.querySelectorAll('script, iframe, img, link[rel=stylesheet]').length") == 0
    assert page.dialogs == [] and all(url.startswith(server.base) for url in requested)


def test_archived_script_never_runs(server, page):
    for path in (
        "/{db}/articles?_sort_desc=first_seen",
        f"/{{db}}/articles/{tilde_encode(HOSTILE['url'])}",
        "/{db}/search?q=bam+vao+day",
        "/{db}/articles.atom",
    ):
        page.goto(server.url(path))
        assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i], img[src=x]').length") == 0
    page.goto(server.url(f"/{{db}}/articles/{tilde_encode(HOSTILE['url'])}"))
    assert "<script>alert(1)</script>" in page.locator("article .govnews-body").inner_text()
    assert page.dialogs == []
