"""The command line contract: bad input gets one line on stderr and exit 2, never a traceback,
and nothing already archived is touched."""

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from govnews.archive.schema import open_archive


def govnews(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govnews.crawler.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("govnews: error: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture
def good_sources(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yml"
    path.write_text(
        "sources:\n  - id: a\n    name: A\n    url: http://127.0.0.1:9/\n    province: Điện Biên\n", encoding="utf-8"
    )
    return path


def test_missing_sources_file(tmp_path):
    result = govnews("crawl", "--sources", str(tmp_path / "nope.yml"), "--db", str(tmp_path / "a.db"))
    assert_one_line_error(result, "nope.yml", "no such file")
    assert not (tmp_path / "a.db").exists()


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("sources:\n  - id: a\n    name: [unclosed\n", encoding="utf-8")
    result = govnews("crawl", "--sources", str(path), "--db", str(tmp_path / "a.db"))
    assert_one_line_error(result, "bad.yml:", "invalid YAML")


def test_source_without_url_names_the_line(tmp_path):
    path = tmp_path / "s.yml"
    path.write_text(
        "sources:\n  - id: a\n    name: A\n    url: http://x.vn/\n  - id: b\n    name: B\n", encoding="utf-8"
    )
    result = govnews("crawl", "--sources", str(path), "--db", str(tmp_path / "a.db"))
    assert_one_line_error(result, "s.yml:5", "without url")


def test_unknown_source_field_and_province(tmp_path):
    path = tmp_path / "s.yml"
    path.write_text(
        "sources:\n  - id: a\n    name: A\n    url: http://x.vn/\n    selector: div.news\n", encoding="utf-8"
    )
    assert_one_line_error(govnews("sources", "--sources", str(path)), "s.yml:5", "unknown source field")
    path.write_text(
        "sources:\n  - id: a\n    name: A\n    url: http://x.vn/\n    province: Atlantis\n", encoding="utf-8"
    )
    assert_one_line_error(govnews("sources", "--sources", str(path)), "unknown province")


@pytest.mark.parametrize(
    "setting, words",
    [
        ("NO_SUCH_SETTING=1", ("NO_SUCH_SETTING", "unknown setting")),
        ("DOWNLOAD_DELAY=fast", ("DOWNLOAD_DELAY", "expected a float")),
        ("ROBOTSTXT_OBEY=maybe", ("ROBOTSTXT_OBEY", "expected a bool")),
        ("DOWNLOAD_DELAY", ("expected NAME=VALUE",)),
    ],
)
def test_bad_settings(tmp_path, good_sources, setting, words):
    result = govnews("crawl", "--sources", str(good_sources), "--db", str(tmp_path / "a.db"), "-s", setting)
    assert_one_line_error(result, *words)


def test_db_in_a_missing_folder(tmp_path, good_sources):
    result = govnews("crawl", "--sources", str(good_sources), "--db", str(tmp_path / "no" / "a.db"))
    assert_one_line_error(result, "does not exist")


def test_db_that_is_not_an_archive_is_left_alone(tmp_path, good_sources):
    other = tmp_path / "other.db"
    import sqlite3

    with sqlite3.connect(other) as conn:
        conn.execute("create table notes (body text)")
        conn.execute("insert into notes values ('mine')")
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    result = govnews("crawl", "--sources", str(good_sources), "--db", str(other))
    assert_one_line_error(result, "not a govnews archive")
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before


def test_serve_refuses_a_missing_archive(tmp_path):
    assert_one_line_error(govnews("serve", "--db", str(tmp_path / "none.db")), "no such archive")


def test_sources_lists_the_bundled_registry():
    result = govnews("sources")
    assert result.returncode == 0, result.stderr
    assert "63 provinces" in result.stderr
    assert len(result.stdout.strip().splitlines()) >= 63


def test_crawl_of_an_unreachable_site_completes(tmp_path, good_sources):
    db = tmp_path / "a.db"
    result = govnews(
        "crawl",
        "--sources",
        str(good_sources),
        "--db",
        str(db),
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "DOWNLOAD_TIMEOUT=5",
        "-s",
        "LOG_LEVEL=ERROR",
    )
    assert result.returncode == 0, result.stderr
    archive = open_archive(db, create=False)
    run = next(archive["crawl_runs"].rows)
    assert run["status"] == "finished" and run["errors"] >= 1
    assert archive["articles"].count == 0


def test_search_prints_matches_best_first_from_a_read_only_archive(tmp_path):
    from types import SimpleNamespace

    from govnews.archive.store import ArchiveWriter

    db_path = tmp_path / "a.db"
    writer = ArchiveWriter(open_archive(db_path))
    writer.add_sources([SimpleNamespace(id="s", name="S", url="http://x.vn/", province="Điện Biên")])
    for n, (title, published) in enumerate(
        [
            ("Hội nghị về bình đẳng giới", "2024-03-01"),
            ("Tập huấn cán bộ", "2025-01-02"),
            ("Giao thông nông thôn", "2025-02-02"),
        ]
    ):
        text = "Nội dung về bình đẳng giới ở cơ sở." if n < 2 else "Đường giao thông."
        writer.add_article(
            {
                "url": f"http://x.vn/{n}",
                "source_id": "s",
                "title": title,
                "text": text,
                "published": published,
                "province": "Điện Biên",
            },
            [],
        )
    writer.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    result = govnews("search", "--db", str(db_path), "binh dang gioi")
    assert result.returncode == 0, result.stderr
    # The title match first, then the newest; the third article does not match.
    assert [line.split("\t")[-1] for line in result.stdout.splitlines()] == ["http://x.vn/0", "http://x.vn/1"]
    as_json = govnews("search", "--db", str(db_path), "--json", "--limit", "1", "bình đẳng giới")
    assert as_json.returncode == 0 and len(as_json.stdout.splitlines()) == 1
    assert '"url": "http://x.vn/0"' in as_json.stdout
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_search_of_a_missing_archive_is_a_one_line_error(tmp_path):
    assert_one_line_error(govnews("search", "--db", str(tmp_path / "none.db"), "phụ nữ"), "no such archive")


def test_a_worker_count_that_is_no_number_is_a_one_line_error(tmp_path, good_sources):
    result = govnews(
        "crawl", "--sources", str(good_sources), "--db", str(tmp_path / "a.db"), "-s", "GOVNEWS_WORKERS=lots"
    )
    assert_one_line_error(result, "GOVNEWS_WORKERS")
