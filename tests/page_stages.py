"""A fetched page through the crawl's page stages, for a test that writes or fetches its own page."""

from functools import cache

from govnews.crawler.items import PageItem
from govnews.crawler.runner import project
from govnews.crawler.stages import PageProcessor


@cache
def _processor() -> PageProcessor:
    """The stages with the project's settings, built once (the topic model and lexicons load with them)."""
    return PageProcessor(project())


def processed(url: str, html: str, source_id: str = "test", province: str | None = None) -> PageItem:
    """The page as a worker hands it back: its kind, and its article when it is one."""
    item = PageItem(
        url=url,
        requested_url=url,
        source_id=source_id,
        source_province=province,
        status=200,
        fetched_at="2026-12-07T00:00:00+00:00",
        html=html,
    )
    return _processor().process(item)
