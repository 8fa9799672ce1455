"""Attachments in a crawl: an on-topic article's files are fetched and read, each with the right status; the site's
sidebar files, an off-topic article's file and files robots.txt forbids are never asked for; a phrase found only in
an attached plan finds its article; a recrawl asks for no file again; reextract reads the files again from WARC."""

import sqlite3
import threading

import pytest
from datasette.utils import tilde_encode

from govnews.archive.schema import open_archive
from govnews.archive.search import search
from govnews.crawler.demo.run import crawl_into
from tests import attachment_files as files
from tests.datasette_server import serving
from tests.handmade_site import SiteHandler, serving_site
from tests.test_cli import govnews

# The plan's own words, found in no article: searching them must find the article that attaches the plan.
PLAN_ONLY = "tỷ lệ nữ cán bộ chủ chốt cấp xã đạt ít nhất mười lăm phần trăm"
PLAN = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
    "Số: 54/KH-UBND",
    "KẾ HOẠCH Thực hiện công tác bình đẳng giới năm 2024",
    f"Mục tiêu: {PLAN_ONLY} vào cuối năm 2024.",
    *files.NOTICE[2:],
]
SIDEBAR = "".join(f'<li><a href="/vanban/{n}.pdf">Văn bản số {n}/QĐ-UBND</a></li>' for n in range(1, 9))
NAV = '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li></ul>'
ON_TOPIC = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 54/KH-UBND thực hiện công tác bình đẳng giới và vì sự tiến bộ của "
    "phụ nữ năm 2024. Kế hoạch giao các sở, ngành tuyên truyền Luật Bình đẳng giới, phòng ngừa bạo lực trên cơ sở "
    "giới và nâng cao tỷ lệ phụ nữ tham gia lãnh đạo, quản lý ở các cấp. "
)
OFF_TOPIC = (
    "Giải bóng đá thiếu niên tỉnh khai mạc tại sân vận động trung tâm với mười hai đội tham dự. Ban tổ chức "
    "trao cờ lưu niệm cho các đội và mời khán giả đến cổ vũ các trận đấu trong suốt hai tuần thi đấu. "
)
# file name -> (status the archive must record, served how)
EXPECTED = {
    "ke-hoach-54.pdf": "ok",
    "bao-cao.docx": "ok",
    "quyet-dinh.doc": "ok",
    "so-lieu.xls": "ok",
    "tcvn3.pdf": "ok",
    "scan.pdf": "scanned",
    "hong.pdf": "error",
    "bom.docx": "too_large",
    "khoa.pdf": "encrypted",
    "mat.pdf": "error",  # 404
    "lon.pdf": "too_large",  # larger than GOVNEWS_ATTACHMENT_MAX_BYTES: never downloaded
    "DownloadFile.aspx?id=7": "ok",  # a handler: no extension, application/octet-stream
}
MAX_BYTES = 3_000_000  # over the zip bomb's 2 MB on disk: its own reader must refuse it


def _bodies(tmp_path) -> dict[str, bytes]:
    vntime = files.renamed_font(".VnTime", tmp_path)
    plan = files.text_pdf([PLAN[:4], PLAN[4:]])
    notice = files.text_pdf([files.NOTICE])
    return {
        "ke-hoach-54.pdf": plan,
        "bao-cao.docx": files.notice_docx(),
        "quyet-dinh.doc": files.word97(files.NOTICE),
        "so-lieu.xls": files.xls_file(files.TABLE),
        "tcvn3.pdf": files.text_pdf([[f".VnTime|{line}" for line in files.TCVN3_LINES]], fonts={".VnTime": vntime}),
        "scan.pdf": files.scanned_pdf(files.SCAN_LINES),
        "hong.pdf": notice[: len(notice) // 3],
        "bom.docx": files.zip_bomb_docx(),
        "khoa.pdf": files.text_pdf([files.NOTICE], owner="chu", user="khach"),
        "lon.pdf": files.text_pdf([files.NOTICE]) + b"%" * MAX_BYTES,
        "DownloadFile.aspx?id=7": files.text_pdf([files.NOTICE]),
        "moi.docx": files.notice_docx(lines=PLAN[:3]),
        "the-thao.pdf": files.text_pdf([["Lịch thi đấu bóng đá"]]),
        "private/noi-bo.pdf": files.text_pdf([["Tài liệu nội bộ"]]),
    }


def _path(name: str) -> str:
    """Where the portal serves a file: /files/<name>, a download handler at the root, or under /private/."""
    return f"/{name}" if "?" in name or name.startswith("private/") else f"/files/{name}"


def _article(title: str, body: str, attached: list[str]) -> str:
    box = "".join(f'<li><a href="{_path(name)}">{name.rsplit("/", 1)[-1]}</a></li>' for name in attached)
    return (
        f"<html><head><title>{title}</title></head><body>{NAV}"
        f'<div class="main"><div class="news-detail"><h1>{title}</h1><p class="date">Ngày 12/03/2024</p>'
        f'<div class="content"><p>{body * 3}</p><p>{body * 2}</p></div></div>'
        f'<div class="attach"><b>Tệp đính kèm:</b><ul>{box}</ul></div></div>'
        f'<div class="sidebar"><h3>Văn bản mới</h3><ul>{SIDEBAR}</ul></div></body></html>'
    )


class _Portal(SiteHandler):
    bodies: dict[str, bytes] = {}
    second_run = False  # the next night: a new article attaches the known plan and a new file
    requested: list[str] = []
    lock = threading.Lock()

    def do_GET(self) -> None:  # noqa: N802
        with self.lock:
            self.requested.append(self.path)
        names = list(EXPECTED)
        pages = {
            "/": f"<html><body>{NAV}<h1>Tin tức</h1>"
            + "".join(
                f'<h3><a href="/tin/{n}.html">Tin số {n}</a></h3>' for n in (1, 2, 3, 4)[: 4 if self.second_run else 3]
            )
            + f'<div class="sidebar"><ul>{SIDEBAR}</ul></div></body></html>',
            "/tin/1.html": _article(
                "Ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2024", ON_TOPIC, [*names, "private/noi-bo.pdf"]
            ),
            "/tin/2.html": _article("Khai mạc giải bóng đá thiếu niên", OFF_TOPIC, ["the-thao.pdf"]),
            "/tin/3.html": _article("Triển khai Kế hoạch bình đẳng giới tại các xã", ON_TOPIC, ["ke-hoach-54.pdf"]),
            "/tin/4.html": _article("Sơ kết Kế hoạch bình đẳng giới quý I", ON_TOPIC, ["ke-hoach-54.pdf", "moi.docx"]),
        }
        path = self.path
        if path == "/robots.txt":
            self.reply("User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path in pages:
            self.reply(pages[path])
        elif path.startswith("/files/") and path.removeprefix("/files/") in self.bodies and path != "/files/mat.pdf":
            self._file(self.bodies[path.removeprefix("/files/")], "application/pdf")
        elif path.lstrip("/") in self.bodies:
            self._file(self.bodies[path.lstrip("/")], "application/octet-stream")
        elif path.startswith(("/tin/", "/gioi-thieu")):
            self.reply(f"<html><body>{NAV}<p>Giới thiệu chung về tỉnh.</p></body></html>")
        else:
            self.send_error(404)

    def _file(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("attachments")
    _Portal.bodies = _bodies(tmp)
    sources, db_path = tmp / "s.yml", tmp / "a.db"
    settings = (
        f"GOVNEWS_ATTACHMENT_MAX_BYTES={MAX_BYTES}",
        f"GOVNEWS_ATTACHMENTS_PER_ARTICLE={len(EXPECTED) + 1}",
        "GOVNEWS_ATTACHMENT_SECONDS=20",
    )
    with serving_site(_Portal) as base:
        sources.write_text(f"sources:\n  - id: qn\n    name: QN\n    url: {base}/\n", encoding="utf-8")
        first = crawl_into(sources, db_path, settings)
        first_requests = list(_Portal.requested)
        _Portal.requested.clear()
        _Portal.second_run = True
        second = crawl_into(sources, db_path, settings)
        second_requests = list(_Portal.requested)
    for result in (first, second):
        assert result.returncode == 0, result.stderr[-3000:]
    return base, db_path, first_requests, second_requests


def _links(db_path) -> dict[str, dict]:
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "select l.article_url, l.url, coalesce(a.status, l.status) as status, a.kind, a.text, a.legacy_encoding, "
            "a.number, l.document_id, l.reason from article_attachments l "
            "left join attachments a on a.content_hash = l.content_hash"
        ).fetchall()
    return {(row["article_url"].rsplit("/", 1)[-1], row["url"].rsplit("/", 1)[-1]): dict(row) for row in rows}


def test_every_file_of_an_on_topic_article_has_its_status(crawled):
    _, db_path, _, _ = crawled
    links = _links(db_path)
    statuses = {name: row["status"] for (article, name), row in links.items() if article == "1.html"}
    assert statuses == {**EXPECTED, "noi-bo.pdf": None}  # robots.txt forbids it: linked, never fetched


def test_files_are_read_right(crawled):
    _, db_path, _, _ = crawled
    links = _links(db_path)
    plan = links[("1.html", "ke-hoach-54.pdf")]
    assert plan["kind"] == "pdf" and PLAN_ONLY in plan["text"]
    assert plan["number"] == "54/KH-UBND" and plan["document_id"] is not None  # the article cites 54/KH-UBND
    assert "Tỷ lệ nữ đại biểu Hội đồng nhân dân" in links[("1.html", "quyet-dinh.doc")]["text"]
    assert "Nữ cán bộ lãnh đạo" in links[("1.html", "so-lieu.xls")]["text"]
    tcvn3 = links[("1.html", "tcvn3.pdf")]
    assert tcvn3["legacy_encoding"] == "tcvn3" and files.TCVN3_UNICODE[0] in tcvn3["text"]
    assert links[("1.html", "DownloadFile.aspx?id=7")]["kind"] == "pdf"
    assert "HTTP 404" in links[("1.html", "mat.pdf")]["reason"]


def test_only_an_on_topic_articles_own_files_are_asked_for(crawled):
    _, _, first, _ = crawled
    assert not [path for path in first if path.startswith(("/vanban/", "/private/"))]
    assert "/files/the-thao.pdf" not in first
    # Linked from two articles, fetched once, one row
    assert first.count("/files/ke-hoach-54.pdf") == 1
    assert "/files/lon.pdf" in first  # asked for, then dropped at its Content-Length


def test_one_file_two_articles(crawled):
    _, db_path, _, _ = crawled
    links = _links(db_path)
    assert links[("3.html", "ke-hoach-54.pdf")]["text"] == links[("1.html", "ke-hoach-54.pdf")]["text"]
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("select count(*) from attachments where text like ?", [f"%{PLAN_ONLY}%"]).fetchone()[0]
    assert rows == 1


def test_a_phrase_only_in_the_plan_finds_its_articles(crawled):
    _, db_path, _, _ = crawled
    db = open_archive(db_path, create=False)
    try:
        results = search(db, "nữ cán bộ chủ chốt cấp xã")
    finally:
        db.close()
    found = {row["url"].rsplit("/", 1)[-1]: row for row in results}
    assert set(found) == {"1.html", "3.html", "4.html"}
    assert all(row["matched_in"] == "attachment" for row in found.values())
    assert found["1.html"]["attachment_url"].endswith("/files/ke-hoach-54.pdf")
    assert "[nữ cán bộ chủ chốt cấp xã]" in found["1.html"]["snippet"]
    printed = govnews("search", "--db", str(db_path), "nữ cán bộ chủ chốt cấp xã")
    assert printed.returncode == 0, printed.stderr
    lines = [line.split("\t") for line in printed.stdout.splitlines()]
    assert len(lines) == 3 and all(len(line) == 4 and "[attachment: " in line[2] for line in lines)


def test_a_recrawl_asks_for_new_files_only(crawled):
    _, db_path, _, second = crawled
    assert "/tin/4.html" in second
    assert [path for path in second if path.startswith("/files/")] == ["/files/moi.docx"]
    links = _links(db_path)
    assert links[("4.html", "ke-hoach-54.pdf")]["text"] == links[("1.html", "ke-hoach-54.pdf")]["text"]
    assert links[("4.html", "moi.docx")]["status"] == "ok"


def _copy(db_path, copy):
    """A copy of the crawled archive for a test that changes or serves it (the module's crawl stays as it was)."""
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def test_reextract_reads_the_files_again(crawled, tmp_path):
    _, db_path, _, _ = crawled
    copy = _copy(db_path, tmp_path / "copy.db")
    (tmp_path / "copy.warc").symlink_to(db_path.with_name("a.warc"), target_is_directory=True)
    with sqlite3.connect(copy) as conn:
        conn.execute("update attachments set text = '', status = 'error'")
    result = govnews("reextract", "--db", str(copy))
    assert result.returncode == 0, result.stderr
    assert "attachments read" in result.stdout + result.stderr
    links = _links(copy)
    assert links[("1.html", "ke-hoach-54.pdf")]["status"] == "ok"
    assert PLAN_ONLY in links[("1.html", "ke-hoach-54.pdf")]["text"]
    assert links[("1.html", "khoa.pdf")]["status"] == "encrypted"


def test_the_published_site_shows_and_searches_the_files(crawled, tmp_path):
    _, db_path, _, _ = crawled
    with serving(_copy(db_path, tmp_path / "published.db")) as server:
        article = next(url for url in server.search_urls("Ban hành Kế hoạch") if url.endswith("/tin/1.html"))
        status, page = server.get(f"/{{db}}/articles/{tilde_encode(article)}")
        assert status == 200
        assert "Tệp đính kèm / attached files" in page
        for name, expected in (("ke-hoach-54.pdf", "ok"), ("khoa.pdf", "encrypted"), ("lon.pdf", "too_large")):
            item = page[page.index(f">{name}</a>") :]
            assert f'<span class="govnews-file-status">{expected}</span>' in item[: item.index("</li>")]
        ranked = server.ranked("nữ cán bộ chủ chốt cấp xã")
        assert {row["matched_in"] for row in ranked} == {"attachment"}
        status, results = server.get("/{db}/search", q="nữ cán bộ chủ chốt cấp xã")
        assert status == 200 and "attachments?url=" in results and ">ke-hoach-54.pdf</a>" in results
        facets = server.json("/{db}/attachments.json", _facet="status", _size="0")["facet_results"]
        counts = {row["value"]: row["count"] for row in facets["status"]["results"]}
        assert counts["ok"] >= 6 and counts["scanned"] == 1 and counts["encrypted"] == 1


class _BudgetPortal(_Portal):
    requested: list[str] = []
    second_run = False


def test_a_sources_attachment_budget_caps_the_files_asked_for_and_the_next_run_goes_on(tmp_path):
    _BudgetPortal.bodies = _bodies(tmp_path)
    sources, db_path = tmp_path / "s.yml", tmp_path / "a.db"
    budget = 3
    settings = (
        f"GOVNEWS_ATTACHMENT_MAX_BYTES={MAX_BYTES}",
        f"GOVNEWS_ATTACHMENTS_PER_ARTICLE={len(EXPECTED) + 1}",
        f"GOVNEWS_ATTACHMENTS_PER_SOURCE={budget}",
    )
    asked: list[list[str]] = []
    fetched: list[int] = []
    with serving_site(_BudgetPortal) as base:
        sources.write_text(f"sources:\n  - id: qn\n    name: QN\n    url: {base}/\n", encoding="utf-8")
        for _ in range(2):
            _BudgetPortal.requested.clear()
            result = crawl_into(sources, db_path, settings)
            assert result.returncode == 0, result.stderr[-3000:]
            asked.append([path for path in _BudgetPortal.requested if path.startswith("/files/") or "?" in path])
            statuses = [row["status"] for (article, _), row in _links(db_path).items() if article == "1.html"]
            assert len(statuses) == len(EXPECTED) + 1  # every link is recorded, fetched or not
            fetched.append(sum(status is not None for status in statuses))
    # The first run stops at the budget; the next, its articles still fresh, asks for the next files, none again.
    assert [len(files) for files in asked] == [budget, budget]
    assert not set(asked[0]) & set(asked[1])
    assert fetched == [budget, 2 * budget]
