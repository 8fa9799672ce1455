"""open_archive: creation, reopening, idempotent migration, and one-line refusals of files that are not ours."""

import sqlite3

import pytest

from govnews.archive.schema import SCHEMA_VERSION, ArchiveError, open_archive

TABLES = {"articles", "pages", "sources", "crawl_runs", "documents", "article_versions", "articles_fts"}


def _one_line(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert "\n" not in message
    return message


def test_creates_every_table_in_wal_mode(tmp_path):
    db = open_archive(tmp_path / "a.db")
    assert TABLES <= set(db.table_names())
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert set(db["articles"].columns_dict) >= {
        "url", "source_id", "title", "published", "year", "author", "province", "province_2025", "language",
        "text", "topic_score", "topic_terms", "content_hash", "first_seen", "last_seen", "gone_at", "search_folded",
    }  # fmt: skip
    assert db["articles"].pks == ["url"]
    indexed = {tuple(index.columns) for index in db["articles"].indexes}
    assert {("source_id",), ("province",), ("published",), ("year",), ("language",)} <= indexed
    unique = [index.columns for index in db["documents"].indexes if index.unique]
    assert ["article_url", "number"] in unique
    fts_sql = db["articles_fts"].schema
    assert "remove_diacritics 2" in fts_sql and '"search_folded"' in fts_sql
    assert {"articles_ai", "articles_ad", "articles_au"} <= {t.name for t in db.triggers}
    db.close()


def test_reopen_keeps_rows_and_migration_is_idempotent(tmp_path):
    path = tmp_path / "a.db"
    db = open_archive(path)
    db["sources"].insert({"id": "s1", "name": "Sở", "url": "http://s1.example"})
    schema = db.schema
    db.close()
    for _ in range(2):
        db = open_archive(path, create=False)
        assert db.schema == schema
        assert db["sources"].count == 1
        db.close()


def test_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("bình đẳng giới " * 200, encoding="utf-8")
    with pytest.raises(ArchiveError) as exc:
        open_archive(path)
    assert _one_line(exc) == f"{path}: not an SQLite database"


def test_refuses_another_applications_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table customers (id integer primary key, name text)")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError) as exc:
        open_archive(path)
    assert "not a govnews archive" in _one_line(exc)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("select name from sqlite_master")] == ["customers"]
    conn.close()


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "a.db"
    open_archive(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ArchiveError) as exc:
        open_archive(path)
    assert "newer than this govnews" in _one_line(exc)


def test_refuses_a_missing_folder(tmp_path):
    path = tmp_path / "no" / "such" / "a.db"
    with pytest.raises(ArchiveError) as exc:
        open_archive(path)
    assert _one_line(exc) == f"{path}: folder {path.parent} does not exist; create it first"
    assert not path.parent.exists()


def test_without_create_a_missing_file_is_refused(tmp_path):
    path = tmp_path / "a.db"
    with pytest.raises(ArchiveError) as exc:
        open_archive(path, create=False)
    assert _one_line(exc) == f"{path}: no such archive"
    assert not path.exists()


def test_an_empty_file_becomes_an_archive(tmp_path):
    path = tmp_path / "a.db"
    path.touch()
    db = open_archive(path, create=False)
    assert TABLES <= set(db.table_names())
    db.close()


def test_article_cells_follow_every_write_to_articles(tmp_path):
    """article_cells (v8) mirrors each article's month, year, province and source, whatever writes the article."""
    db = open_archive(tmp_path / "a.db")
    cells = (
        "select id, cell / 1048576, p.province, year, article_cells.province, source_id"
        " from article_cells left join article_cell_provinces p on code = cell % 1048576 order by id"
    )
    articles = db["articles"]
    articles.insert({"url": "a", "published": "2023-05-02T08:00:00+07:00", "year": 2023, "province": "Hà Nội"})
    articles.insert({"url": "b", "published": None, "year": None, "province": None, "source_id": "x"})
    may_2023, january_2024 = 2023 * 12 + 5, 2024 * 12 + 1
    assert db.execute(cells).fetchall() == [
        (1, may_2023, "Hà Nội", 2023, "Hà Nội", None),
        (2, 0, None, None, None, "x"),
    ]
    articles.update("a", {"published": "2024-01-09", "year": 2024, "province": "Đắk Lắk", "url": "c"})
    articles.delete("b")
    assert db.execute(cells).fetchall() == [(1, january_2024, "Đắk Lắk", 2024, "Đắk Lắk", None)]
    assert db.execute("select n from article_changes").fetchall() == [(5,)]  # the migration's fill, then 4 writes
    db.close()
