"""ArchiveWriter and search helpers on a real archive in tmp_path."""

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from govnews.archive.schema import open_archive
from govnews.archive.search import fold_query, search
from govnews.archive.store import ArchiveWriter, content_hash
from govnews.crawler.sources import Source

ARTICLE = {
    "url": "https://daklak.gov.vn/tin/1",
    "source_id": "daklak",
    "title": "Đắk Lắk tổng kết công tác bình đẳng giới",
    "text": "Hội nghị tổng kết công tác bình đẳng giới năm 2023 của tỉnh.",
    "published": "2023-11-02",
    "year": 2023,
    "province": "Đắk Lắk",
    "language": "vi",
    "topic_terms": ["bình đẳng giới"],
}
DOCS = [
    {"kind": "Quyết định", "number": "12/QĐ-UBND", "issuer": "UBND tỉnh", "date": "2023-01-05", "raw": "Quyết định 12"},
    {"kind": "Kế hoạch", "number": "34/KH-UBND", "issuer": "UBND tỉnh", "date": None, "raw": "Kế hoạch 34"},
]


@pytest.fixture
def archive(tmp_path):
    db = open_archive(tmp_path / "archive.db")
    yield db
    db.close()


def _urls(rows):
    return {row["url"] for row in rows}


def test_new_unchanged_updated_keeps_first_seen_and_versions(archive):
    writer = ArchiveWriter(archive, batch_size=1)
    assert writer.add_article({**ARTICLE, "last_seen": "2024-01-01T00:00:00+00:00"}, DOCS) == "new"
    assert writer.add_article({**ARTICLE, "last_seen": "2024-02-01T00:00:00+00:00"}, DOCS) == "unchanged"
    edited = {**ARTICLE, "text": "Nội dung đã sửa: phụ nữ khởi nghiệp.", "last_seen": "2024-03-01T00:00:00+00:00"}
    assert writer.add_article(edited, DOCS) == "updated"

    row = archive["articles"].get(ARTICLE["url"])
    assert row["first_seen"] == "2024-01-01T00:00:00+00:00"
    assert row["last_seen"] == row["changed_at"] == "2024-03-01T00:00:00+00:00"
    assert row["content_hash"] == content_hash(edited["title"], edited["text"])
    assert row["search_folded"] == "dak lak tong ket cong tac binh dang gioi\nnoi dung da sua: phu nu khoi nghiep."
    assert row["topic_terms"] == '["bình đẳng giới"]'
    versions = list(archive["article_versions"].rows)
    assert len(versions) == 1
    assert versions[0]["text"] == ARTICLE["text"]
    assert versions[0]["content_hash"] == content_hash(ARTICLE["title"], ARTICLE["text"])
    assert (versions[0]["first_seen"], versions[0]["last_seen"]) == (
        "2024-01-01T00:00:00+00:00",
        "2024-02-01T00:00:00+00:00",
    )


def test_white_space_at_the_ends_is_no_edit(archive):
    """An archive written when the extractor left a newline where it removed a signature: the same article without
    it is unchanged (no version), and its row takes the clean text."""
    writer = ArchiveWriter(archive, batch_size=1)
    assert writer.add_article({**ARTICLE, "text": ARTICLE["text"] + "\n"}, DOCS) == "new"
    assert writer.add_article({**ARTICLE, "last_seen": "2099-01-01T00:00:00+00:00"}, DOCS) == "unchanged"
    row = archive["articles"].get(ARTICLE["url"])
    assert row["text"] == ARTICLE["text"] and row["content_hash"] == content_hash(ARTICLE["title"], ARTICLE["text"])
    assert list(archive["article_versions"].rows) == []
    # A change inside the text is an edit.
    assert writer.add_article({**ARTICLE, "text": ARTICLE["text"].replace("2023", "2024")}, DOCS) == "updated"


@pytest.mark.parametrize("batch_size", [1, 50])  # the earlier page written, or still waiting in the batch
def test_an_earlier_version_keeps_where_its_page_lies(archive, batch_size):
    writer = ArchiveWriter(archive, batch_size=batch_size)
    url = ARTICLE["url"]
    fetches = ["2024-01-01T00:00:00+00:00", "2024-03-01T00:00:00+00:00", "2024-05-01T00:00:00+00:00"]
    for number, fetched in enumerate(fetches[:2]):
        writer.add_article({**ARTICLE, "text": f"Bản {number}.", "last_seen": fetched}, [])
        record = {"warc_file": f"run-{number:06d}-00000.warc.gz", "warc_offset": 100 + number, "warc_length": 50}
        page = {"url": f"{url}?print=1" if number else url, "canonical_url": url, "fetched_at": fetched}
        writer.add_page({**page, "status": 200, "kind": "article", **record})
    writer.add_article({**ARTICLE, "text": "Bản 2.", "last_seen": fetches[2]}, [])  # its page not recorded
    writer.add_article({**ARTICLE, "text": "Bản 3.", "last_seen": "2024-07-01T00:00:00+00:00"}, [])
    writer.flush()
    versions = archive.query("select text, capture_url, warc_file, warc_offset, warc_length from article_versions")
    assert [tuple(v.values()) for v in versions] == [
        ("Bản 0.", url, "run-000000-00000.warc.gz", 100, 50),
        ("Bản 1.", f"{url}?print=1", "run-000001-00000.warc.gz", 101, 50),  # fetched under another URL
        ("Bản 2.", None, None, None, None),
    ]


def test_outcomes_count_rows_still_waiting_in_the_batch(archive):
    writer = ArchiveWriter(archive, batch_size=50)
    assert writer.add_article(ARTICLE, []) == "new"
    assert writer.add_article(ARTICLE, []) == "unchanged"
    assert writer.add_article({**ARTICLE, "title": "Tiêu đề mới"}, []) == "updated"
    writer.flush()
    assert archive["articles"].count == 1
    assert archive["article_versions"].count == 1


def test_documents_are_replaced_and_duplicates_dropped(archive):
    writer = ArchiveWriter(archive, batch_size=1)
    writer.add_article(ARTICLE, DOCS + [DOCS[0]])
    assert sorted(r["number"] for r in archive["documents"].rows) == ["12/QĐ-UBND", "34/KH-UBND"]
    writer.add_article(ARTICLE, [{"kind": "Luật", "number": "73/2006/QH11", "raw": "Luật Bình đẳng giới"}])
    rows = list(archive["documents"].rows)
    assert [(r["article_url"], r["number"]) for r in rows] == [(ARTICLE["url"], "73/2006/QH11")]


def test_fts_follows_updates_new_words_found_old_words_gone(archive):
    writer = ArchiveWriter(archive, batch_size=1)
    writer.add_article({**ARTICLE, "text": "Chương trình hỗ trợ phụ nữ dân tộc thiểu số."}, [])
    assert _urls(search(archive, "dân tộc thiểu số")) == {ARTICLE["url"]}
    writer.add_article({**ARTICLE, "text": "Tập huấn kỹ năng lãnh đạo cho cán bộ nữ."}, [])
    assert search(archive, "dân tộc thiểu số") == []
    assert search(archive, "dan toc") == []
    assert _urls(search(archive, "lãnh đạo")) == {ARTICLE["url"]}
    assert _urls(search(archive, "lanh dao")) == {ARTICLE["url"]}


def test_search_folds_every_spelling_and_ranks_title_matches_first(archive):
    writer = ArchiveWriter(archive)
    writer.add_article(ARTICLE, [])
    writer.add_article(
        {**ARTICLE, "url": "https://daklak.gov.vn/tin/2", "title": "Tin thời sự", "text": "Có nhắc bình đẳng giới."}, []
    )
    writer.add_article({**ARTICLE, "url": "https://hanoi.gov.vn/tin/3", "title": "Giao thông", "text": "Xe buýt."}, [])
    writer.flush()
    spellings = [search(archive, q) for q in ("binh dang gioi", "Bình Đẳng Giới", "bình đẳng giới")]
    assert spellings[0] == spellings[1] == spellings[2]
    assert [row["url"] for row in spellings[0]] == [ARTICLE["url"], "https://daklak.gov.vn/tin/2"]
    assert "[bình đẳng giới]" in spellings[0][0]["snippet"]  # the phrase, one mark
    assert _urls(search(archive, "dak lak")) == {ARTICLE["url"]}
    assert _urls(search(archive, '"tong ket cong tac"')) == {ARTICLE["url"]}
    assert _urls(search(archive, '"cong tac tong ket"')) == set()
    assert _urls(search(archive, "giao th*")) == {"https://hanoi.gov.vn/tin/3"}
    assert search(archive, "COVID-19 (NOT) AND") == []
    assert search(archive, "   ") == [] and search(archive, "-binh") == []
    assert _urls(search(archive, "binh dang gioi -thoi su")) == {ARTICLE["url"]}
    assert _urls(search(archive, "giao thong OR thoi su")) == {
        "https://hanoi.gov.vn/tin/3",
        "https://daklak.gov.vn/tin/2",
    }


def test_search_ranks_phrase_then_near_then_scattered_exact_spelling_first(archive):
    writer = ArchiveWriter(archive)
    rows = [
        ("scattered", "Tin tổng hợp", "Sở Lao động - Thương binh và Xã hội. Nhóm đồng đẳng. Giới thiệu việc làm."),
        ("near", "Tin tổng hợp", "Bảo đảm bình đẳng về giới trong tuyển dụng."),
        ("phrase", "Tin tổng hợp", "Tuyên truyền về bình đẳng giới ở cơ sở."),
        ("folded", "Tin tổng hợp", "A workshop on gender equality (binh dang gioi)."),
        ("title", "Hội nghị bình đẳng giới", "Hội nghị tổng kết năm."),
    ]
    for n, (name, title, text) in enumerate(rows):
        writer.add_article({"url": name, "title": title, "text": text, "published": f"2024-01-0{n + 1}"}, [])
    writer.flush()
    # Phrase in the title, phrase in the text (newest first), syllables near each other, syllables anywhere.
    plain = [row["url"] for row in search(archive, "binh dang gioi")]
    assert plain == ["title", "folded", "phrase", "near", "scattered"]
    # Typed with diacritics: a match spelled so ranks above a folded-only one of the same tier.
    rows = search(archive, "bình đẳng giới")
    assert [row["url"] for row in rows] == ["title", "phrase", "folded", "near", "scattered"]
    marked = {row["url"]: row["snippet"] for row in rows}
    assert "[bình đẳng giới]" in marked["phrase"] and "[binh dang gioi]" in marked["folded"]
    assert "[bình đẳng] về [giới]" in marked["near"]
    assert "Thương [binh]" in marked["scattered"] and "[đẳng. Giới]" in marked["scattered"]  # what matched


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The table page's search (escape_fts): syllables typed together are one phrase.
        ("Bình Đẳng Giới", '"binh dang gioi"'),
        ('"Đắk Lắk" hội*', '"dak lak" AND "hoi"*'),
        ("Đắk Lắk, bình đẳng giới", '"dak lak" AND "binh dang gioi"'),
        ('"bình đẳng', '"binh dang"'),
        ("COVID-19 NOT x", '("covid 19") NOT ("x")'),
        ("tảo hôn OR hôn nhân cận huyết thống", '("tao hon") OR ("hon nhan can huyet thong")'),
        ("bình đẳng giới -thương binh", '("binh dang gioi") NOT ("thuong binh")'),
        ('"" * ""', '""'),  # NOTHING: matches no row
        ("-x NOT y", '""'),  # exclusions alone find nothing
        ('“Địa chỉ tin cậy” NOT "mô hình" x*', '("dia chi tin cay" AND "x"*) NOT ("mo hinh")'),
    ],
)
def test_fold_query_makes_phrases(query, expected):
    assert fold_query(query) == expected


def test_runs_sources_pages_and_counts(archive):
    writer = ArchiveWriter(archive, batch_size=10)
    sources = [Source(id="daklak", name="Cổng TTĐT Đắk Lắk", url="https://daklak.gov.vn/", province="Đắk Lắk")]
    run_id = writer.start_run(sources)
    assert archive["crawl_runs"].get(run_id)["status"] == "running"
    assert archive["sources"].get("daklak")["province"] == "Đắk Lắk"
    writer.add_page({"url": ARTICLE["url"], "source_id": "daklak", "status": 200, "kind": "article"})
    writer.add_article(ARTICLE, [])
    writer.finish_run(run_id, "finished", {"requests": 3, "errors": 1})
    run = archive["crawl_runs"].get(run_id)
    assert (run["status"], run["requests"], run["pages"], run["articles_new"], run["errors"]) == (
        "finished", 3, 1, 1, 1,
    )  # fmt: skip
    assert run["finished_at"]
    assert archive["pages"].get(ARTICLE["url"])["run_id"] == run_id
    assert writer.start_run(sources) == run_id + 1
    assert archive["sources"].count == 1


def test_unknown_columns_are_refused_at_the_call(archive):
    writer = ArchiveWriter(archive)
    with pytest.raises(ValueError, match="unknown article column"):
        writer.add_article({**ARTICLE, "site_name": "x"}, [])
    with pytest.raises(ValueError, match="unknown page column"):
        writer.add_page({"url": "u", "html": "<p>"})


def test_batches_commit_whole_and_a_crash_loses_only_the_batch_in_flight(tmp_path):
    path = tmp_path / "archive.db"
    open_archive(path).close()
    script = textwrap.dedent(
        f"""
        import os
        from govnews.archive.schema import open_archive
        from govnews.archive.store import ArchiveWriter
        writer = ArchiveWriter(open_archive({str(path)!r}), batch_size=2)
        for n in range(5):
            writer.add_article({{"url": f"u{{n}}", "title": "t", "text": str(n)}}, [])
        os._exit(1)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    reader = sqlite3.connect(path)
    assert [r[0] for r in reader.execute("select url from articles order by url")] == ["u0", "u1", "u2", "u3"]
    reader.close()


def test_a_failing_batch_writes_nothing(archive):
    writer = ArchiveWriter(archive, batch_size=10)
    writer.add_article(ARTICLE, DOCS)
    writer.add_page({"url": "https://daklak.gov.vn/bad", "status": object()})
    with pytest.raises(sqlite3.Error):
        writer.flush()
    assert archive["articles"].count == 0
    assert archive["documents"].count == 0
