"""Pages understood in worker processes (GOVNEWS_WORKERS) land in the archive exactly as understood inline."""

import pytest
import sqlite_utils

from govnews.crawler.demo.evaluate import token_f1
from govnews.crawler.demo.run import crawl_into
from govnews.crawler.demo.server import PortalServer

PORTALS = ["quangtri-huyen", "haugiang-sld"]


def test_worker_processes_archive_the_same_articles(tmp_path, crawled):
    with PortalServer(portals=PORTALS) as server:
        sources = tmp_path / "sources.yml"
        server.write_sources(sources)
        result = crawl_into(sources, tmp_path / "a.db", extra=("GOVNEWS_WORKERS=2",))
        assert result.returncode == 0, result.stderr[-2000:]
        rows = {r["url"]: r for r in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
        gold = {g.url: g for p in PORTALS for g in server.gold(p) if g.on_topic}
    assert set(rows) == set(gold)
    for url, row in rows.items():
        assert token_f1(row["text"], gold[url].text) >= 0.95
        assert row["title"] == gold[url].title and row["published"][:10] == gold[url].published[:10]
    # the same pages understood inline, by the session's crawl, give the same rows (ports differ: compare by title)
    inline = {r["title"]: r for r in crawled.db["articles"].rows if r["source_id"] in PORTALS}
    for row in rows.values():
        assert {k: row[k] for k in ("text", "author", "province", "language", "topic_score")} == {
            k: inline[row["title"]][k] for k in ("text", "author", "province", "language", "topic_score")
        }


def test_workers_default_to_the_cores_this_process_may_use(monkeypatch):
    import os

    from govnews.crawler.stages import worker_count

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert worker_count("auto") == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert worker_count("auto") == 0  # one core: workers would only add overhead
    assert worker_count("3") == 3 and worker_count(0) == 0


def test_crawls_at_once_in_one_process_share_one_pool():
    """A distributed worker crawls several sites at once in one process: their page pipelines share one pool of
    GOVNEWS_WORKERS processes, shut down by the last crawl to close."""
    from govnews.crawler.pipelines.pages import PagePipeline
    from govnews.crawler.runner import project

    settings = project()
    first, second = PagePipeline(settings, 1), PagePipeline(settings, 1)
    first.open_spider()
    second.open_spider()
    pool = first.pool
    assert pool is not None and second.pool is pool
    first.close_spider()
    assert pool.submit(len, "abc").result(timeout=120) == 3  # still serving the second crawl
    second.close_spider()
    with pytest.raises(RuntimeError):
        pool.submit(len, "abc")
    third = PagePipeline(settings, 1)
    third.open_spider()
    assert third.pool is not None and third.pool is not pool  # a new crawl after the last one closed starts anew
    third.close_spider()


def test_a_page_worker_imports_no_scrapy():
    """A worker runs the page stages only: Scrapy and Twisted would be 20 MB of its memory doing nothing."""
    from govnews.crawler.pipelines.pages import PagePipeline
    from govnews.crawler.runner import project

    pipeline = PagePipeline(project(), 1)
    pipeline.open_spider()
    assert pipeline.pool is not None
    imported = "[m for m in __import__('sys').modules if m.partition('.')[0] in ('scrapy', 'twisted')]"
    try:
        assert pipeline.pool.submit(eval, imported).result(timeout=120) == []
    finally:
        pipeline.close_spider()


def test_a_page_comes_back_from_a_worker_without_its_text(monkeypatch):
    """Only the stages read the page's text: the crawl process keeps the body, and would unpickle a copy for nothing."""
    from govnews.crawler import page_worker
    from govnews.crawler.items import PageItem
    from govnews.crawler.runner import project
    from govnews.crawler.stages import PageProcessor, stage_values

    values = page_worker.StageSettings(stage_values(project()))
    monkeypatch.setattr(page_worker, "_processor", PageProcessor(values))  # start() as a worker runs it, unfrozen
    sentences = (
        "Ngày 12/3/2024, Ban Vì sự tiến bộ của phụ nữ tỉnh tổ chức hội nghị tổng kết công tác bình đẳng giới năm 2023.",
        "Năm 2023, tỷ lệ nữ tham gia cấp ủy đạt 21,5%; các huyện tổ chức 120 buổi truyền thông về phòng, chống bạo lực "
        "gia đình và bạo lực trên cơ sở giới.",
        "Hội nghị thống nhất tiếp tục thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030.",
    )
    paragraphs = "".join(
        f"<p>Tại huyện thứ {n + 1}, {sentences[n % 3][0].lower()}{sentences[n % 3][1:]}</p>" for n in range(30)
    )
    item = PageItem(
        url="http://x.vn/tin/a.html",
        requested_url="http://x.vn/tin/a.html",
        source_id="s",
        source_province=None,
        status=200,
        fetched_at="2026-01-01T00:00:00+00:00",
        html=f"<html><body><h1>Hội nghị bình đẳng giới năm 2024</h1><article>{paragraphs}</article></body></html>",
    )
    understood = page_worker.understand(item)
    assert understood.kind == "article" and understood.article and understood.html is None
