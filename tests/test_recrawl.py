"""Scheduled recrawls: a second crawl of an unchanged portal asks for little, and a crawl after the portal
changed finds every change (new articles, an edited body, a deleted article) without losing anything."""

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils
import yaml

from govnews.archive.warc import read_response, warc_folder
from govnews.crawler.demo.corpus import BUNDLED_CORPUS
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.demo.server import PortalServer

PORTAL = "daklak-sld"
EDITED, DELETED = "daklak-sld-002", "daklak-sld-004"
EDIT_SENTENCE = "Bài viết được cập nhật bổ sung số liệu mới nhất về công tác bình đẳng giới."


def _changed_corpus(source: Path, target: Path) -> None:
    """The portal a week later: two new on-topic articles on top, one body edited, one article deleted."""
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    articles = {a["id"]: a for a in data["articles"]}
    edited = articles[EDITED]
    edited["paragraphs"] = [*edited["paragraphs"], EDIT_SENTENCE]
    edited["modified"] = datetime.now(UTC).isoformat(timespec="seconds")
    del articles[DELETED]
    template = articles["daklak-sld-002"]
    for number, topic in ((901, "phụ nữ dân tộc thiểu số"), (902, "lao động nữ tại khu công nghiệp")):
        articles[f"daklak-sld-{number}"] = {
            **template,
            "id": f"daklak-sld-{number}",
            "title": f"Đắk Lắk: Hội nghị về bình đẳng giới và {topic} năm 2026",
            "published": "2026-11-20T08:00:00+07:00",
            "modified": None,
            "paragraphs": [f"{p} ({topic}, đợt {number})" for p in template["paragraphs"]],
        }
    data["articles"] = list(articles.values())
    target.mkdir(parents=True, exist_ok=True)
    (target / f"{PORTAL}.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.fixture(scope="module")
def recrawls(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("recrawl")
    before, after = tmp / "before", tmp / "after"
    before.mkdir()
    shutil.copy(BUNDLED_CORPUS / f"{PORTAL}.yml", before)
    sources, db_path = tmp / "sources.yml", tmp / "archive.db"
    logs = {}
    with PortalServer(corpus_dir=before, portals=[PORTAL], validators=True) as server:
        server.write_sources(sources)
        port = int(server.portals[0].url.rsplit(":", 1)[1].strip("/"))
        gold_before = server.gold(PORTAL)
        for run in ("first", "unchanged"):
            server.clear_requests()
            result = crawl_into(sources, db_path)
            assert result.returncode == 0, result.stderr[-2000:]
            logs[run] = server.requests(PORTAL)
    _changed_corpus(before / f"{PORTAL}.yml", after)  # edited after the crawls above: lastmod is newer
    with PortalServer(corpus_dir=after, portals=[PORTAL], validators=True, base_port=port) as server:
        result = crawl_into(sources, db_path)
        assert result.returncode == 0, result.stderr[-2000:]
        logs["changed"] = server.requests(PORTAL)
        gold_after = server.gold(PORTAL)
    db = sqlite_utils.Database(db_path)
    runs = {r["id"]: r for r in db["crawl_runs"].rows}
    return db, logs, runs, {g.id: g for g in gold_before}, {g.id: g for g in gold_after}


def test_an_unchanged_portal_is_asked_for_little(recrawls):
    _, logs, runs, _, _ = recrawls
    assert len(logs["unchanged"]) < 0.15 * len(logs["first"]), [r.path for r in logs["unchanged"]]
    assert runs[2]["bytes"] < 0.10 * runs[1]["bytes"]
    assert runs[2]["articles_new"] == 0 and runs[2]["articles_updated"] == 0
    assert any(r.status == 304 for r in logs["unchanged"])
    assert all(r.headers.get("If-None-Match") for r in logs["unchanged"] if r.status == 304)


def test_new_articles_are_added(recrawls):
    db, _, runs, _, gold_after = recrawls
    urls = {r["url"] for r in db["articles"].rows}
    assert {gold_after["daklak-sld-901"].url, gold_after["daklak-sld-902"].url} <= urls
    assert runs[3]["articles_new"] == 2


def test_an_edited_article_is_updated_and_its_old_version_kept(recrawls):
    db, _, runs, gold_before, gold_after = recrawls
    url = gold_after[EDITED].url
    row = db["articles"].get(url)
    assert EDIT_SENTENCE in row["text"]
    versions = list(db["article_versions"].rows_where("url = ?", [url]))
    assert len(versions) == 1 and EDIT_SENTENCE not in versions[0]["text"]
    assert gold_before[EDITED].text.split("\n\n")[-1] in versions[0]["text"]
    assert runs[3]["articles_updated"] == 1


def test_the_old_version_points_at_the_page_that_showed_it(recrawls):
    """The superseded text can be replayed as captured: its version row names the WARC record of the last fetch
    that still showed it (the first run's body, which the second run's 304 stood for)."""
    db, _, _, gold_before, gold_after = recrawls
    url = gold_after[EDITED].url
    version = next(db["article_versions"].rows_where("url = ?", [url]))
    filed = {row["url"] for row in db["pages"].rows_where("canonical_url = ?", [url])}  # its own URL or another
    assert version["capture_url"] in filed and version["warc_file"].startswith("run-000001-")
    folder = warc_folder(db.conn.execute("PRAGMA database_list").fetchone()[2])
    page = read_response(folder, version["warc_file"], version["warc_offset"])
    assert page is not None and page.status == 200
    assert gold_before[EDITED].title in page.text() and EDIT_SENTENCE not in page.text()


def test_a_deleted_article_is_kept_and_marked_gone(recrawls):
    db, _, runs, gold_before, _ = recrawls
    row = db["articles"].get(gold_before[DELETED].url)
    assert row["gone_at"] is not None and row["text"]
    assert runs[3]["gone"] == 1
    assert db["articles"].count == len([g for g in gold_before.values() if g.on_topic]) + 2


def test_the_changed_crawl_asks_for_far_less_than_the_first(recrawls):
    _, logs, _, _, _ = recrawls
    assert len(logs["changed"]) < 0.6 * len(logs["first"])
    assert any(r.status == 304 for r in logs["changed"])
