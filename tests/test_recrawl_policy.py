"""The recrawl policy's answers (spiders/recrawl.py): when a known article is fresh, and when a sitemap or feed
announces an edit. End-to-end recrawls are in tests/test_recrawl.py and tests/test_recrawl_portals.py."""

from datetime import UTC, datetime, timedelta

import pytest

from govnews.archive.recrawl import KnownPage
from govnews.spiders.recrawl import RecrawlPolicy

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)  # 10:00 in Vietnam
SCHEDULE = ((2.0, 1.0), (14.0, 3.0), (60.0, 7.0))


def _known(
    fetched: datetime, published: str | None = None, kind: str = "article", url: str = "http://x.vn/a"
) -> KnownPage:
    return KnownPage(
        url=url,
        kind=kind,
        status=200,
        fetched_at=fetched.isoformat(timespec="seconds"),
        etag='"1"',
        last_modified=None,
        canonical_url=None,
        warc_file=None,
        warc_offset=None,
        links_hash=None,
        published=published,
        first_seen=None,
    )


@pytest.mark.parametrize(
    "published, fetched_days_ago, fresh",
    [
        ("2026-12-06", 0.5, True),  # a day-old article fetched this morning
        ("2026-12-06", 1.5, False),  # ... but not yesterday morning: revisited daily in its first two days
        ("2026-11-30", 2.0, True),  # a week old: every three days
        ("2026-11-30", 3.5, False),
        ("2026-10-20", 6.0, True),  # seven weeks old: weekly
        ("2026-10-20", 8.0, False),
        ("2024-03-01", 20.0, True),  # old news: GOVNEWS_REVISIT_DAYS
        ("2024-03-01", 31.0, False),
        (None, 20.0, True),  # no date: the same as old news
    ],
)
def test_young_articles_are_revisited_sooner(published, fetched_days_ago, fresh):
    policy = RecrawlPolicy(revisit_after=timedelta(days=30), revisit=SCHEDULE)
    known = _known(NOW - timedelta(days=fetched_days_ago), published)
    assert policy.still_fresh(known, NOW) is fresh


def test_only_articles_are_kept_fresh_and_force_refetches_everything():
    known = _known(NOW - timedelta(hours=1))
    assert RecrawlPolicy().still_fresh(known, NOW)
    assert not RecrawlPolicy().still_fresh(_known(NOW - timedelta(hours=1), kind="listing"), NOW)
    assert not RecrawlPolicy(force=True).still_fresh(known, NOW)
    assert RecrawlPolicy(force=True).validators(known) == {} and RecrawlPolicy().validators(known) == {
        "If-None-Match": '"1"'
    }


@pytest.mark.parametrize(
    "lastmod, announced",
    [
        ("2026-12-07T04:00:00+00:00", True),  # a moment after our copy
        ("2026-12-07T02:00:00+00:00", False),  # a moment before it
        ("2026-12-06T23:00:00-05:00", True),  # after it in UTC (04:00), though its text sorts before ours
        ("2026-12-07T09:00:00+07:00", False),  # before it in UTC (02:00), though its text sorts after ours
        ("2026-12-07T04:00Z", True),  # minutes only, Z for UTC
        ("yesterday", False),  # not a date: nothing announced
        ("2026-12-07", True),  # the day of our copy (Vietnam time): the edit may be later that day
        ("2026-12-06", False),  # the day before it
        (None, False),
    ],
)
def test_a_sitemap_lastmod_announces_an_edit(lastmod, announced):
    known = _known(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))
    assert RecrawlPolicy().edit_announced(known, lastmod) is announced


def test_a_page_stored_under_the_former_spelling_of_its_url_is_still_known():
    """Archives written before escapes of reserved characters were kept hold 'a,b' where the URL is now 'a%2Cb'."""
    former = "http://x.vn/tin-tuc/Pages/phong-ngua,-ung-pho.aspx"
    policy = RecrawlPolicy(known={former: _known(NOW - timedelta(hours=1), url=former)})
    assert policy.get("http://x.vn/tin-tuc/Pages/phong-ngua%2C-ung-pho.aspx").url == former
    assert "http://x.vn/tin-tuc/Pages/phong-ngua%2C-ung-pho.aspx" in policy
    assert policy.get("http://x.vn/tin-tuc/Pages/khac%2C-bai.aspx") is None
