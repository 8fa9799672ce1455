"""End to end in Debian's headless Chromium (``make browser``), driven by playwright over the DevTools protocol
(playwright never downloads a browser here): a reader searches without diacritics, opens an article, looks at the
province map, and nothing archived runs as script. Screenshots land in tests/artifacts/ for a person to look at."""

import sqlite3
from pathlib import Path

import pytest
from datasette.utils import tilde_encode
from playwright.sync_api import sync_playwright

from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter
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


@pytest.fixture(scope="module")
def server(crawled, tmp_path_factory):
    """The crawled demo portals' archive (a copy), plus one article carrying script and a javascript: link."""
    path = tmp_path_factory.mktemp("browser") / "archive.db"
    source = sqlite3.connect(crawled.db_path)
    with sqlite3.connect(path) as copy:
        source.backup(copy)
    source.close()
    writer = ArchiveWriter(open_archive(path, create=False))
    writer.add_article(HOSTILE, [])
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
    shot(page, "search.png")

    first_title = titles.first.inner_text()
    titles.first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("article.govnews-article h1").inner_text() == first_title
    assert page.locator("article .govnews-body p").count() >= 2
    assert page.locator("a.govnews-original").get_attribute("href").startswith("http")
    shot(page, "article.png")

    page.goto(server.url("/-/provinces"))
    assert page.locator("svg.govnews-map circle").count() == 63
    assert page.locator("svg.govnews-map circle.has").count() >= 7
    box = page.locator("svg.govnews-map").bounding_box()
    assert box["width"] > 200 and box["height"] > 400
    shot(page, "provinces.png")
    assert page.dialogs == []


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
