"""A night later, nothing changed: the recrawl of every fixture portal asks for at most 30% of what the first
crawl asked for, archives nothing new, and classifies no page as an article that the first crawl did not."""

import shutil

import pytest
import sqlite_utils

from govnews.archive.warc import warc_folder
from govnews.crawler.demo.run import crawl_into

MAX_SHARE = 0.30


@pytest.fixture(scope="module")
def recrawl(crawled, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("recrawl-all")
    db_path = tmp / "archive.db"
    shutil.copy(crawled.db_path, db_path)
    shutil.copytree(warc_folder(crawled.db_path), warc_folder(db_path))
    crawled.server.clear_requests()
    result = crawl_into(crawled.db_path.parent / "sources.yml", db_path)
    assert result.returncode == 0, result.stderr[-2000:]
    requests = {portal.id: crawled.server.requests(portal.id) for portal in crawled.server.portals}
    return sqlite_utils.Database(db_path), requests


def test_an_unchanged_recrawl_asks_every_portal_for_little(crawled, recrawl):
    _, requests = recrawl
    shares = {portal: len(requests[portal]) / len(crawled.requests[portal]) for portal in requests}
    assert all(share <= MAX_SHARE for share in shares.values()), {p: round(s, 2) for p, s in shares.items()}


def test_an_unchanged_recrawl_changes_no_article(crawled, recrawl):
    db, _ = recrawl
    run = db["crawl_runs"].get(2)
    assert (run["articles_new"], run["articles_updated"]) == (0, 0)
    before = {r["url"] for r in crawled.db["articles"].rows}
    assert {r["url"] for r in db["articles"].rows} == before
