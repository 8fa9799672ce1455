"""The WARC files are the archive's ground truth: the articles can be rebuilt from them alone, offline."""

import shutil
import subprocess
import sys

import sqlite_utils

from govnews.archive.warc import iter_responses, warc_folder

COLUMNS = (
    "source_id",
    "title",
    "published",
    "year",
    "author",
    "province",
    "province_2025",
    "language",
    "text",
    "topic_score",
    "topic_terms",
    "content_hash",
)


def govnews(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govnews.crawler.cli", *args], capture_output=True, text=True, timeout=600, check=False
    )


def test_every_response_is_in_the_warc_files_and_pages_point_at_it(crawled):
    folder = warc_folder(crawled.db_path)
    records = {(file, offset): stored for file, offset, stored in iter_responses(folder)}
    pages = [p for p in crawled.db["pages"].rows if p["status"]]
    assert pages and all(p["warc_file"] for p in pages)
    for page in pages:
        stored = records[(page["warc_file"], page["warc_offset"])]
        assert stored.status == page["status"] and stored.source_id == page["source_id"]


def test_reextract_of_a_copy_of_the_warc_files_reproduces_every_article(crawled, tmp_path):
    copy = tmp_path / "elsewhere.warc"
    shutil.copytree(warc_folder(crawled.db_path), copy)
    rebuilt = tmp_path / "rebuilt.db"
    result = govnews("reextract", "--db", str(rebuilt), "--warc-dir", str(copy))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "govnews: reextract:" in result.stdout
    original = {r["url"]: r for r in crawled.db["articles"].rows}
    again = {r["url"]: r for r in sqlite_utils.Database(rebuilt)["articles"].rows}
    assert set(again) == set(original)
    for url, row in original.items():
        assert {c: again[url][c] for c in COLUMNS} == {c: row[c] for c in COLUMNS}, url
    documents = sorted((d["article_url"], d["number"]) for d in crawled.db["documents"].rows)
    assert (
        sorted((d["article_url"], d["number"]) for d in sqlite_utils.Database(rebuilt)["documents"].rows) == documents
    )


def test_reextract_in_place_finds_nothing_changed(crawled, tmp_path):
    db_copy = tmp_path / "archive.db"
    shutil.copy(crawled.db_path, db_copy)
    shutil.copytree(warc_folder(crawled.db_path), warc_folder(db_copy))
    result = govnews("reextract", "--db", str(db_copy))
    assert result.returncode == 0, result.stderr[-2000:]
    assert " 0 new, 0 updated," in result.stdout
    assert " 0 archived articles today's rules would not keep" in result.stdout


def test_reextract_without_warc_files_is_a_one_line_error(tmp_path):
    result = govnews("reextract", "--db", str(tmp_path / "a.db"), "--warc-dir", str(tmp_path / "none"))
    assert result.returncode == 2
    assert result.stderr.startswith("govnews: error: ") and "no WARC files" in result.stderr
