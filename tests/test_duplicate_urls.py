"""One article served under several URLs without rel=canonical (Joomla's SEF path and its ?option=com_content
forms): the archive keeps it under the URL the site presents, whatever order the crawl fetched them in."""

import subprocess
import sys
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlite_utils

from govnews.archive.schema import APPLICATION_ID, MIGRATIONS, open_archive
from govnews.archive.store import ArchiveWriter, content_hash, content_owners, declared_urls, own_page_urls
from govnews.archive.warc import warc_folder
from govnews.crawler import dedupe as dedupe_module
from govnews.crawler.archiving import archive_page
from govnews.crawler.dedupe import Deduper, url_preference
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.items import PageItem
from govnews.crawler.spilled_texts import SpilledTexts
from govnews.crawler.urls import canonicalize
from tests.handmade_site import SiteHandler, serving_site

PRETTY = "/index.php/binh-dang-gioi/304-boi-duong-ky-nang"
SLIDER = "/index.php?option=com_content&view=article&id=304:boi-duong-ky-nang&catid=12&Itemid=103"
SHORT = "/index.php?option=com_content&view=article&id=304&Itemid=101"
NEWS = "/index.php/binh-dang-gioi/307-tin-moi"
OTHERS = ("/index.php/binh-dang-gioi/305-hoi-nghi-phu-nu", "/index.php/binh-dang-gioi/306-tap-huan-can-bo")


@pytest.mark.parametrize(
    "better, worse",
    [
        ("http://x.vn/a/304-bai", "http://x.vn/index.php?id=304"),
        ("http://x.vn/index.php?id=304", "http://x.vn/index.php?id=304&Itemid=101"),
        ("http://x.vn/a/304", "http://x.vn/a/304-bai-viet"),
        ("http://x.vn/a/304-a", "http://x.vn/a/304-b"),
        ("http://x.vn/index.php?b=2", "http://x.vn/index.php/x?a=1"),
    ],
)
def test_preference_no_query_then_fewer_parameters_then_shorter_path_then_lexicographic(better, worse):
    assert url_preference(better) < url_preference(worse)


@pytest.mark.parametrize(
    "guid_path",
    [
        "/NR/exeres/C05FBA24-E325-405B-0352-6DB2031E6D34.htm",
        "/NR/exeres/%7BC05FBA24-E325-405B-0352-6DB2031E6D34%7D.htm",
    ],
)
def test_preference_a_page_named_in_words_beats_one_named_by_a_guid(guid_path):
    """Microsoft CMS 2002 serves a posting at '/NR/exeres/<GUID>.htm' and at its channel's friendly URL: the shorter
    GUID path is the CMS's handle, the friendly one the page's name."""
    friendly = "http://x.gov.vn/TinTuc/Tin+dia+phuong/2016/AnGiangDoiThoaiChinhSachVeBinhDangGioiVoiNuCong.htm"
    assert url_preference(friendly) < url_preference(f"http://x.gov.vn{guid_path}")


def test_preference_a_declared_canonical_beats_any_other_url():
    assert url_preference("http://x.vn/index.php?option=com_content&id=304", declared=True) < url_preference(
        "http://x.vn/a"
    )


def _item(url: str, declared: bool = False) -> PageItem:
    item = PageItem(
        url=url,
        requested_url=url,
        source_id="s",
        source_province=None,
        status=200,
        fetched_at="2026-01-01T00:00:00+00:00",
        kind="article",
        canonical_from_page=url if declared else None,
    )
    item.article = {"url": url, "source_id": "s", "title": "Bồi dưỡng kỹ năng", "text": "Bình đẳng giới."}
    return item


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2), (1, 2, 0)])
def test_dedupe_chooses_the_same_url_in_any_order(order):
    urls = ["http://x.vn" + SLIDER, "http://x.vn" + SHORT, "http://x.vn" + PRETTY]
    dedupe = Deduper()
    items = {urls[i]: dedupe(_item(urls[i])) for i in order}
    kinds = {url: item.kind for url, item in items.items()}
    moves = [(item.moved_from, url) for url, item in items.items() if item.moved_from]
    assert list(dedupe.owners.values()) == [urls[2]] and kinds[urls[2]] == "article"
    # Each URL the article moves to ranks better than the one it leaves; it never leaves the SEF path.
    assert all(url_preference(new) < url_preference(old) and old != urls[2] for old, new in moves)


def test_dedupe_keeps_a_declared_canonical_against_a_better_looking_url():
    dedupe = Deduper()
    first = dedupe(_item("http://x.vn/tin-tuc/bai-viet-dai", declared=True))
    second = dedupe(_item("http://x.vn/print/1"))
    assert (first.kind, second.kind) == ("article", "duplicate")
    assert first.moved_from is None and second.moved_from is None


@pytest.mark.parametrize("batch_size", [1, 50])
@pytest.mark.parametrize("chain", [False, True])
def test_a_moved_article_takes_its_versions_documents_search_and_pages_along(tmp_path, batch_size, chain):
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db, batch_size=batch_size)
    writer.add_sources([SimpleNamespace(id="s", name="S", url="http://x.vn/", province=None)])
    old, other, new = "http://x.vn" + SLIDER, "http://x.vn" + SHORT, "http://x.vn" + PRETTY
    row = {"url": old, "source_id": "s", "title": "Bồi dưỡng", "last_seen": "2026-01-01T00:00:00+00:00"}
    documents = [{"kind": "decision", "number": "12/2025/QĐ-UBND", "raw": "Quyết định số 12/2025/QĐ-UBND"}]
    writer.add_article({**row, "text": "Bản đầu."}, [])
    writer.add_article({**row, "text": "Bình đẳng giới ở cơ sở.", "last_seen": "2026-01-02T00:00:00+00:00"}, documents)
    writer.add_attachment_links(old, [{"url": "http://x.vn/files/qd-12.pdf", "text": "Quyết định số 12"}])
    writer.add_page({"url": old, "source_id": "s", "kind": "article", "canonical_url": old})
    writer.add_page({"url": other, "source_id": "s", "kind": "duplicate", "canonical_url": old})
    if chain:  # the second query form ranked better than the first, then the SEF path arrived
        writer.move_article(old, other)
        writer.move_article(other, new)
    else:
        writer.move_article(old, new)
    writer.flush()
    check = sqlite_utils.Database(tmp_path / "a.db")
    assert [(r["url"], r["first_seen"]) for r in check["articles"].rows] == [(new, "2026-01-01T00:00:00+00:00")]
    assert [(r["url"], r["text"]) for r in check["article_versions"].rows] == [(new, "Bản đầu.")]
    assert [(r["article_url"], r["number"]) for r in check["documents"].rows] == [(new, "12/2025/QĐ-UBND")]
    # Its file links go along too, flushed already or still queued with it (a Joomla slider's system URL, then the
    # menu path: a link left under the old URL pointed from no article).
    assert [(r["article_url"], r["url"]) for r in check["article_attachments"].rows] == [
        (new, "http://x.vn/files/qd-12.pdf")
    ]
    assert [
        r["url"]
        for r in check.query(
            "select url from articles join articles_fts on articles.rowid = "
            "articles_fts.rowid where articles_fts match 'sở'"
        )
    ] == [new]
    pages = {r["url"]: (r["kind"], r["reason"], r["canonical_url"]) for r in check["pages"].rows}
    same = ("duplicate", f"same text as {new}", new)
    assert pages == {old: same, other: same if chain else ("duplicate", None, new)}
    # The page at the new URL then arrives with the same text: the article is unchanged, not new.
    assert writer.add_article({**row, "url": new, "text": "Bình đẳng giới ở cơ sở."}, documents) == "unchanged"
    writer.close()


def _article(number: int) -> str:
    return (
        f"<html><head><title>Bài {number}</title></head><body><h1>Bồi dưỡng kỹ năng cho cán bộ Hội số {number}"
        f"</h1><p>Ngày 12/03/2024</p><p>"
        + f"Hội Liên hiệp Phụ nữ huyện tổ chức lớp bồi dưỡng số {number} về bình đẳng giới và phòng chống bạo "
        "lực gia đình cho cán bộ cơ sở. " * 6 + "</p></body></html>"
    )


def _listing(links: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<div class="item"><h3><a href="{href}">{title}</a></h3><p>Tóm tắt: {title}, công tác phụ nữ'
        " và bình đẳng giới ở cơ sở.</p></div>"
        for href, title in links
    )
    return f"<html><body><h1>Tin tức</h1>{items}</body></html>"


class _Joomla(SiteHandler):
    """A home page whose slider links the query forms first; the category listing links the SEF paths."""

    log: list[str] = []
    news: list[tuple[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802
        self.log.append(self.path)
        parts = urlsplit(self.path)
        kind = "text/html; charset=utf-8"
        if parts.path == "/robots.txt":
            body, kind = "User-agent: *\nAllow: /\n", "text/plain"
        elif parts.path == "/":
            body = _listing(
                [
                    *self.news,
                    (SLIDER, "Bồi dưỡng kỹ năng"),
                    (SHORT, "Bồi dưỡng kỹ năng (tiêu điểm)"),
                    ("/index.php/binh-dang-gioi", "Bình đẳng giới"),
                ]
            )
        elif parts.path == "/index.php/binh-dang-gioi":
            body = _listing(
                [(PRETTY, "Bồi dưỡng kỹ năng"), (OTHERS[0], "Hội nghị phụ nữ"), (OTHERS[1], "Tập huấn cán bộ")]
            )
        elif parts.path == "/index.php" and "id" in parse_qs(parts.query):
            body = _article(int(parse_qs(parts.query)["id"][0].split(":")[0]))
        elif parts.path.startswith("/index.php/binh-dang-gioi/"):
            body = _article(int(parts.path.rsplit("/", 1)[1].split("-")[0]))
        else:
            self.send_error(404)
            return
        self.reply(body, kind)


@pytest.fixture
def joomla():
    _Joomla.log, _Joomla.news = [], []
    with serving_site(_Joomla) as url:
        yield url, _Joomla.log


def _state(db_path) -> tuple[list[str], dict[str, tuple[str, str | None]]]:
    db = sqlite_utils.Database(db_path)
    try:
        articles = [r["url"] for r in db.query("select url from articles where url like '%304%'")]
        pages = {
            r["url"]: (r["kind"], r["canonical_url"])
            for r in db.query("select url, kind, canonical_url from pages where url like '%304%'")
        }
        return articles, pages
    finally:
        db.close()


def test_the_sef_url_wins_though_the_query_forms_were_fetched_first_and_a_recrawl_keeps_it(tmp_path, joomla):
    site, log = joomla
    sources = tmp_path / "s.yml"
    sources.write_text(f"sources:\n  - id: t\n    name: T\n    url: {site}/\n", encoding="utf-8")
    db_path = tmp_path / "a.db"
    # One page a batch: the query form's article is committed before the SEF path arrives and has to move.
    result = crawl_into(sources, db_path, extra=("GOVNEWS_BATCH_SIZE=1",))
    assert result.returncode == 0, result.stderr[-2000:]
    pretty, slider, short = (canonicalize(f"{site}{path}") for path in (PRETTY, SLIDER, SHORT))
    assert log.index(slider.removeprefix(site)) < log.index(PRETTY), log
    articles, pages = _state(db_path)
    assert articles == [pretty]
    assert pages[pretty] == ("article", pretty)
    assert {url: pages[url] for url in pages if url != pretty} == {
        url: ("duplicate", pretty) for url in pages if url != pretty
    } and len(pages) == 3, pages

    # The home page changed: the recrawl asks for its known duplicates again (not for the known article), and they
    # stay duplicates of the SEF URL.
    log.clear()
    _Joomla.news = [(NEWS, "Tin mới")]
    result = crawl_into(sources, db_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert slider.removeprefix(site) in log and NEWS in log and PRETTY not in log, log
    assert _state(db_path) == (articles, pages)

    rebuilt = tmp_path / "rebuilt.db"
    command = [
        sys.executable,
        "-m",
        "govnews.crawler.cli",
        "reextract",
        "--db",
        str(rebuilt),
        "--warc-dir",
        str(warc_folder(db_path)),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _state(rebuilt)[0] == [pretty]
    assert {url: kind for url, (kind, _) in _state(rebuilt)[1].items()} == {
        pretty: "article",
        slider: "duplicate",
        short: "duplicate",
    }


def test_a_declaration_seen_by_an_earlier_run_still_wins(tmp_path):
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db)
    writer.add_sources([SimpleNamespace(id="s", name="S", url="http://x.vn/", province=None)])
    declared = "http://x.vn/tin-tuc/bai-viet-dai"
    writer.add_page({"url": declared, "source_id": "s", "kind": "article", "rel_canonical": declared})
    writer.flush()
    owners = {("s", content_hash("Bồi dưỡng kỹ năng", "Bình đẳng giới.")): declared}
    dedupe = Deduper(owners, declared_urls(db, ["s"]))
    item = dedupe(_item("http://x.vn/print/1"))
    assert item.kind == "duplicate" and item.moved_from is None
    writer.close()


def test_upgrading_an_archive_recovers_the_declarations_its_pages_show(tmp_path):
    db = sqlite_utils.Database(tmp_path / "a.db")
    for migration in MIGRATIONS[:4]:
        migration(db)
    db["pages"].insert_all(
        [
            {"url": "http://x.vn/node/1", "kind": "article", "canonical_url": "http://x.vn/tin-tuc/bai"},
            {"url": "http://x.vn/a", "kind": "article", "canonical_url": "http://x.vn/a"},
            {"url": "http://x.vn/a?print=1", "kind": "duplicate", "canonical_url": "http://x.vn/a"},
        ]
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 4")
    db.close()
    upgraded = open_archive(tmp_path / "a.db")
    assert [r["url"] for r in upgraded.query("select url from pages where rel_canonical = canonical_url")] == [
        "http://x.vn/node/1"
    ]


def test_a_page_whose_rel_canonical_names_a_listing_is_no_article():
    """A listing's page 2 (or a 'send this article' form) declaring its section as canonical is a listing."""
    dedupe = Deduper()
    listing = PageItem(
        url="http://x.vn/tin-tuc/",
        requested_url="http://x.vn/tin-tuc/",
        source_id="s",
        source_province=None,
        status=200,
        fetched_at="2026-01-01T00:00:00+00:00",
        kind="listing",
    )
    dedupe(listing)
    page_two = _item("http://x.vn/tin-tuc/?cur=2")
    page_two.canonical_from_page = "http://x.vn/tin-tuc/"
    page_two.article = {**page_two.article, "url": "http://x.vn/tin-tuc/"}
    assert dedupe(page_two).kind == "listing" and page_two.article is None
    # An article whose rel=canonical is its own URL, or another article's, stays an article.
    assert dedupe(_item("http://x.vn/tin-tuc/bai-1.html", declared=True)).kind == "article"


BODY = " ".join(f"Câu thứ {n} về công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ở cơ sở." for n in range(30))


def _dated(url: str, title: str, text: str, published: str = "2024-03-12") -> PageItem:
    page = _item(url)
    page.article = {"url": url, "source_id": "s", "title": title, "text": text, "published": published}
    return page


def test_one_article_extracted_slightly_differently_under_two_urls_is_one_article(tmp_path):
    """A print view that drops a photo caption, or keeps the section's name, is the same article."""
    body, item = BODY, _dated
    dedupe = Deduper(spill_dir=tmp_path)
    title = "Hội nghị triển khai công tác bình đẳng giới năm 2024"
    first = dedupe(item("http://x.vn/tin/hoi-nghi.html", title, body + "\n\nQuang cảnh hội nghị. Ảnh: Lan Anh"))
    printed = dedupe(item("http://x.vn/tin/hoi-nghi.html?print=1", title, body))
    assert (first.kind, printed.kind) == ("article", "duplicate")
    assert printed.canonical_from_page == "http://x.vn/tin/hoi-nghi.html"
    # The same title on another day, or other words under the same title, are other articles.
    next_year = body.replace("Câu thứ 29", "Năm 2025, câu thứ 29")
    assert dedupe(item("http://x.vn/tin/hoi-nghi-2025.html", title, next_year, "2025-03-12")).kind == "article"
    other = "Nội dung hoàn toàn khác về giao thông nông thôn và xây dựng đường liên xã. " * 20
    assert dedupe(item("http://x.vn/tin/khac.html", title, other)).kind == "article"


def test_titles_whose_group_digests_collide_are_still_other_articles(monkeypatch):
    """Groups are keyed by a 64-bit digest of (source, title, day); the shingles' record keeps the key itself."""
    monkeypatch.setattr(dedupe_module, "digest", lambda key: 0)
    dedupe = Deduper()
    first = dedupe(_dated("http://x.vn/tin/a.html", "Hội nghị triển khai công tác bình đẳng giới năm 2024", BODY))
    other_title = dedupe(
        _dated("http://x.vn/tin/b.html", "Tập huấn kỹ năng cho cán bộ hội phụ nữ cơ sở", BODY + " Hết.")
    )
    printed = dedupe(
        _dated("http://x.vn/tin/a.html?print=1", "Hội nghị triển khai công tác bình đẳng giới năm 2024", BODY + " In.")
    )
    dedupe.close()
    assert (first.kind, other_title.kind, printed.kind) == ("article", "article", "duplicate")
    assert printed.canonical_from_page == "http://x.vn/tin/a.html"


def test_spilled_texts_give_back_each_record_as_written(tmp_path):
    records = [(b"s\x1fhoi nghi\x1f2024-03-12", BODY), (b"", ""), (b"k", "Đắk Lắk " * 2000)]
    spill = SpilledTexts(tmp_path)
    handles = [spill.add(key, text) for key, text in records]
    assert [spill.read(handle) for handle in reversed(handles)] == list(reversed(records))
    spill.close()
    assert list(tmp_path.iterdir()) == []  # an unnamed file: nothing left beside the archive


ORIGINAL = "http://x.vn/tinh/tin-tuc/hoi-nghi-binh-dang-gioi-901.html"
COPIES = (
    "http://x.vn/xa-a/tin-trong-tinh/hoi-nghi-binh-dang-gioi-1402.html",
    "http://x.vn/xa-b/tin/hoi-nghi-1517.html",
)


def _syndicated(url: str) -> PageItem:
    """A province's story as its own page has it, or as a commune's copy naming it with rel=canonical (its own
    source line under the body, so the text differs)."""
    page = _item(url)
    page.canonical_from_page = ORIGINAL
    text = BODY if url == ORIGINAL else BODY + f"\n\nNguồn: Cổng thông tin tỉnh (đăng lại tại {urlsplit(url).path})"
    page.article = {"url": ORIGINAL, "source_id": "s", "title": "Hội nghị bình đẳng giới", "text": text}
    return page


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (1, 2, 0), (2, 1, 0)])
def test_copies_naming_an_article_with_rel_canonical_never_write_over_its_own_page(tmp_path, order):
    """Syndicated copies (a province's story under each commune's section, each with its own source line) name the
    province's page with rel=canonical: the article is its own page's text, in any order, with no version made of a
    copy's text; a later run's copy leaves it alone too."""
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db, batch_size=1)
    writer.add_sources([SimpleNamespace(id="s", name="S", url="http://x.vn/", province=None)])
    pages = (ORIGINAL, *COPIES)
    dedupe = Deduper(spill_dir=tmp_path)
    outcomes = []
    for index in order:
        item = dedupe(_syndicated(pages[index]))
        outcomes.append(archive_page(writer, item))
    dedupe.close()
    writer.flush()
    check = sqlite_utils.Database(tmp_path / "a.db")
    assert [(r["url"], r["text"]) for r in check["articles"].rows] == [(ORIGINAL, BODY)]
    assert check["article_versions"].count == 0
    assert [o for o in outcomes if o is not None] == ["new"]  # counted once
    # The next run: its copies are duplicates of the archived article, which stays as it is.
    sources = ["s"]
    again = Deduper(*(content_owners(db, sources), declared_urls(db, sources)), own_pages=own_page_urls(db, sources))
    copy = again(_syndicated(COPIES[1]))
    assert (copy.kind, copy.canonical_from_page, copy.article) == ("duplicate", ORIGINAL, None)
    writer.close()
