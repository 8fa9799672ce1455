"""A deleted article whose URL answers 200 with a 'not found' notice (a soft 404) is marked gone on recrawl, as
one answering 404 is; the notice is read only on URLs that held an article, and reextract agrees."""

import shutil
import sqlite3

import pytest

from govnews.archive.warc import warc_folder
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.reextract import InOrder, reextract
from govnews.crawler.runner import project
from govnews.crawler.understand.missing import missing_notice
from govnews.crawler.understand.page import Parsed
from tests.handmade_site import SiteHandler, serving_site
from tests.test_cli import govnews

ARTICLES = (1, 2, 3)
DELETED = 2
NAV = '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li></ul>'


def _article(number: int) -> str:
    return (
        f"<html><head><title>Hội nghị bình đẳng giới số {number}</title></head><body>{NAV}"
        f"<h1>Hội nghị về bình đẳng giới số {number} của huyện</h1><p>Ngày 12/03/2024</p><p>"
        + f"Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị lần {number} tuyên truyền Luật Bình đẳng giới cho hội viên. "
        "Báo cáo viên phổ biến các hành vi vi phạm pháp luật về bình đẳng giới, cách phòng ngừa bạo lực trên cơ sở "
        "giới và vai trò của phụ nữ trong gia đình, xã hội; các địa chỉ tin cậy ở cộng đồng được giới thiệu. "
        "</p></body></html>"
    )


def _not_found(teasers: list[int]) -> str:
    """A CMS's missing-article page: the site's title, a short notice, and a 'you may like' teaser list."""
    items = "".join(
        f'<li><a href="/tin/bai-{n}.html">Hội nghị về bình đẳng giới số {n} của huyện</a></li>' for n in teasers
    )
    return (
        f"<html><head><title>Cổng thông tin điện tử huyện</title></head><body>{NAV}"
        "<div class='thong-bao'><h2>Thông báo</h2><p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p></div>"
        f"<h3>Có thể bạn quan tâm</h3><ul>{items}</ul></body></html>"
    )


class _Portal(SiteHandler):
    deleted = False

    def do_GET(self) -> None:  # noqa: N802
        shown = [n for n in ARTICLES if not (self.deleted and n == DELETED)]
        if self.path == "/robots.txt":
            body, kind = "User-agent: *\nAllow: /\n", "text/plain"
        elif self.path == "/":
            items = "".join(
                f'<div class="item"><h3><a href="/tin/bai-{n}.html">Hội nghị về bình đẳng giới số {n} '
                f"của huyện</a></h3><p>Tóm tắt bài {n} về công tác phụ nữ.</p></div>"
                for n in shown
            )
            body, kind = f"<html><body>{NAV}<h1>Tin tức</h1>{items}</body></html>", "text/html; charset=utf-8"
        elif self.path.startswith("/tin/bai-"):
            number = int(self.path.removeprefix("/tin/bai-").removesuffix(".html"))
            page = _article(number) if number in shown else _not_found(shown)
            body, kind = page, "text/html; charset=utf-8"
        else:
            body, kind = f"<html><body>{NAV}<p>Giới thiệu về huyện.</p></body></html>", "text/html; charset=utf-8"
        self.reply(body, kind)


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("soft404")
    sources, db_path = tmp / "s.yml", tmp / "a.db"
    with serving_site(_Portal) as base:
        url = f"{base}/"
        sources.write_text(f"sources:\n  - id: h\n    name: H\n    url: {url}\n", encoding="utf-8")
        _Portal.deleted = False
        first = crawl_into(sources, db_path)
        _Portal.deleted = True
        second = crawl_into(sources, db_path)
    for result in (first, second):
        assert result.returncode == 0, result.stderr[-2000:]
    return url, db_path


def _rows(db_path, sql: str) -> list[sqlite3.Row]:
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql).fetchall()


def test_the_deleted_article_is_kept_and_marked_gone(recrawled):
    url, db_path = recrawled
    articles = {r["url"]: r for r in _rows(db_path, "select url, text, gone_at from articles")}
    assert set(articles) == {f"{url}tin/bai-{n}.html" for n in ARTICLES}
    gone = {u for u, row in articles.items() if row["gone_at"]}
    assert gone == {f"{url}tin/bai-{DELETED}.html"}
    assert "hội nghị lần 2 tuyên truyền" in articles[f"{url}tin/bai-{DELETED}.html"]["text"]
    runs = _rows(db_path, "select gone from crawl_runs order by id")
    assert [r["gone"] for r in runs] == [0, 1]


def test_the_not_found_page_is_recorded_with_its_notice(recrawled):
    url, db_path = recrawled
    page = _rows(db_path, f"select status, kind, reason, canonical_url from pages where url = '{url}tin/bai-2.html'")[0]
    assert page["status"] == 200 and page["kind"] == "gone"
    assert page["reason"].startswith("soft 404") and "không tồn tại" in page["reason"]
    assert page["canonical_url"] == f"{url}tin/bai-{DELETED}.html"


def test_reextract_reads_the_not_found_record_the_same_way(recrawled, tmp_path):
    url, crawled = recrawled
    db_path = tmp_path / "copy.db"
    shutil.copy(crawled, db_path)
    result = govnews("reextract", "--db", str(db_path), "--warc-dir", str(warc_folder(crawled)))
    assert result.returncode == 0, result.stderr[-2000:]
    page = _rows(db_path, f"select kind, reason from pages where url = '{url}tin/bai-2.html'")[0]
    assert page["kind"] == "gone" and page["reason"].startswith("soft 404")
    gone = [r["url"] for r in _rows(db_path, "select url from articles where gone_at is not null")]
    assert gone == [f"{url}tin/bai-{DELETED}.html"]


def test_reextract_in_worker_processes_keeps_the_order_that_makes_a_page_gone(recrawled, tmp_path, monkeypatch):
    """Pages understood in worker processes come back in capture order, and a URL's later capture waits for its
    earlier one: the 'not found' record reads as gone only after the article it replaces (crawler/reextract.py)."""
    monkeypatch.setattr(InOrder, "INLINE_FIRST", 0)  # workers from the first page, as on a large archive
    url, crawled = recrawled
    settings = project()
    settings.set("GOVNEWS_WORKERS", "2", priority="cmdline")
    report = reextract(tmp_path / "rebuilt.db", settings, warc_folder(crawled))
    assert report.articles_new > 0
    page = _rows(tmp_path / "rebuilt.db", f"select kind, reason from pages where url = '{url}tin/bai-2.html'")[0]
    assert page["kind"] == "gone" and page["reason"].startswith("soft 404")
    gone = [r["url"] for r in _rows(tmp_path / "rebuilt.db", "select url from articles where gone_at is not null")]
    assert gone == [f"{url}tin/bai-{DELETED}.html"]


@pytest.mark.parametrize(
    "html, notice",
    [
        (
            "<html><head><title>Không tìm thấy nội dung</title></head><body><p>x</p></body></html>",
            "Không tìm thấy nội dung",
        ),
        (
            "<html><body><div><p>Trang ban yeu cau khong ton tai.</p></div></body></html>",
            "Trang ban yeu cau khong ton tai.",
        ),
        ("<html><head><title>404 Not Found</title></head><body></body></html>", "404 Not Found"),
    ],
)
def test_notices_are_found_in_the_title_or_a_short_line(html, notice):
    assert missing_notice(Parsed(html)) == notice


@pytest.mark.parametrize(
    "html",
    [
        # An article about a search that found nobody: its words, but not a notice.
        "<html><head><title>Không tìm thấy người mất tích sau lũ</title></head><body><h1>Không tìm thấy người mất tích"
        "</h1></body></html>",
        # The notice's words inside a long paragraph of an article.
        "<html><body><p>"
        + "Phụ nữ được hỗ trợ kịp thời. " * 5
        + "Trang bạn yêu cầu không còn trên mạng xã hội, "
        + "cán bộ hội đã xác minh lại thông tin. " * 3
        + "</p></body></html>",
    ],
)
def test_an_article_that_only_uses_the_words_is_not_a_notice(html):
    assert missing_notice(Parsed(html)) is None
