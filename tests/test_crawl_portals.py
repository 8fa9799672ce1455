"""The core promise, end to end: from each fixture portal's home page to the right rows in the archive.

Assertions are on what lands in the archive and on which URLs the portals were asked for. The holdout
portals (templates nobody tuned on) are held to the politeness rules here; their recall and F1 are
measured by `python -m govnews.crawler.demo.evaluate` and reported, not tuned against.
"""

from urllib.parse import urlsplit

import pytest

from govnews.crawler.demo.evaluate import score_portal, token_f1

TUNING = ["dienbien", "daklak-sld", "haugiang-sld", "hungyen-hlhpn", "quangtri-huyen", "sontra"]


def test_crawl_exits_zero_and_prints_a_summary(crawled):
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    assert "govnews: run 1 finished:" in crawled.stdout


@pytest.mark.parametrize("portal_id", TUNING)
def test_every_on_topic_article_archived_once_and_nothing_else(crawled, portal_id):
    gold = crawled.server.gold(portal_id)
    rows = {r["url"] for r in crawled.db["articles"].rows_where("source_id = ?", [portal_id])}
    wanted = {g.url for g in gold if g.on_topic}
    assert wanted - rows == set(), "on-topic articles missing"
    assert rows - wanted == set(), "rows that are off-topic, listings or duplicates"


@pytest.mark.parametrize("portal_id", TUNING)
def test_article_text_matches_gold_body(crawled, portal_id):
    rows = {r["url"]: r for r in crawled.db["articles"].rows_where("source_id = ?", [portal_id])}
    for gold in crawled.server.gold(portal_id):
        if gold.on_topic and gold.url in rows:
            f1 = token_f1(rows[gold.url]["text"], gold.text)
            assert f1 >= 0.95, f"{gold.url}: token F1 {f1:.3f}"


def test_the_crawl_prints_no_warning_of_deprecation_or_of_our_own_code(crawled):
    """What `make demo` shows a newcomer: no ScrapyDeprecationWarning or Python warning before the archive."""
    assert "DeprecationWarning" not in crawled.stderr
    assert "Warning:" not in crawled.stderr, [line for line in crawled.stderr.splitlines() if "Warning:" in line][:5]


def test_articles_reachable_only_through_sitemap_or_feed_are_found(crawled):
    hidden = [
        (p.id, g)
        for p in crawled.server.portals
        if not p.holdout
        for g in crawled.server.gold(p.id)
        if g.on_topic and g.access in ("sitemap_only", "feed_only")
    ]
    assert {g.access for _, g in hidden} == {"sitemap_only", "feed_only"}
    archived = {r["url"] for r in crawled.db["articles"].rows}
    assert [g.url for _, g in hidden if g.url not in archived] == []


def test_no_request_to_robots_disallowed_paths(crawled):
    for portal in crawled.server.portals:
        prefixes = crawled.server.disallowed(portal.id)
        assert prefixes, f"{portal.id} has no Disallow lines to test"
        asked = [r.path for r in crawled.requests[portal.id]]
        assert [p for p in asked if any(urlsplit(p).path.startswith(d) for d in prefixes)] == []


def test_requests_carry_an_honest_user_agent(crawled):
    for portal in crawled.server.portals:
        agents = {r.user_agent for r in crawled.requests[portal.id]}
        assert agents and all(a and a.startswith("govnews/") and "+http" in a for a in agents), agents


def test_calendar_trap_is_bounded(crawled):
    asked = [r.path for r in crawled.requests["quangtri-huyen"]]
    calendar = [p for p in asked if "ngay=" in p]
    assert len(calendar) <= 8
    assert len(asked) < 200


def test_session_and_print_duplicates_are_one_article(crawled):
    rows = list(crawled.db["articles"].rows_where("source_id = ?", ["quangtri-huyen"]))
    assert rows
    assert all("sid=" not in r["url"] and "print=" not in r["url"] for r in rows)
    titles = [r["title"] for r in rows]
    assert len(titles) == len(set(titles))


def test_every_fetch_is_a_pages_row_and_the_run_is_counted(crawled):
    pages = list(crawled.db["pages"].rows)
    kinds = {p["kind"] for p in pages}
    assert {"article", "offtopic", "listing", "robots"} <= kinds
    run = next(crawled.db["crawl_runs"].rows)
    assert run["status"] == "finished"
    assert run["requests"] >= len(pages) > 0
    assert run["articles_new"] == crawled.db["articles"].count


def test_holdout_portals_produce_articles(crawled):
    for portal in crawled.server.portals:
        if portal.holdout:
            score = score_portal(crawled.db, portal.id, True, crawled.server.gold(portal.id))
            assert score.found > 0, f"{portal.id}: nothing archived"


def test_provinces_are_canonical_names_before_and_after_2025(crawled):
    from govnews.crawler.understand import provinces

    before, after = set(provinces.all_names()), set(provinces.names_2025())
    assert len(before) == 63 and len(after) == 34
    rows = list(crawled.db["articles"].rows)
    assert {r["province"] for r in rows if r["province"]} <= before
    assert {r["province_2025"] for r in rows if r["province_2025"]} <= after
    assert all((r["province"] is None) == (r["province_2025"] is None) for r in rows)


def test_the_plans_fixture_articles_attach_are_read_and_linked_to_the_documents_they_cite(crawled):
    """The fixture portals' attached plans and decisions are .VnTime (TCVN3) PDFs carrying their number: each is read
    to Unicode, and its number links the on-topic article's `documents` row."""
    rows = list(
        crawled.db.query(
            "select a.status, a.legacy_encoding, a.number, a.text, l.document_id, d.number as cited "
            "from article_attachments l join attachments a using (content_hash) "
            "left join documents d on d.id = l.document_id where a.legacy_encoding is not null"
        )
    )
    assert len(rows) >= 5
    for row in rows:
        assert (row["status"], row["legacy_encoding"]) == ("ok", "tcvn3")
        assert row["number"] and row["cited"] == row["number"]
        assert "Số: " + row["number"] in row["text"] and "¸" not in row["text"]
