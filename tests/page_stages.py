"""A fetched page through the crawl's page stages, for a test that writes its own page."""

from govnews.crawler.items import PageItem
from govnews.crawler.runner import project
from govnews.crawler.stages import PageProcessor


def processed(url: str, html: str, source_id: str = "test") -> PageItem:
    """The page as a worker hands it back: its kind, and its article when it is one."""
    item = PageItem(
        url=url,
        requested_url=url,
        source_id=source_id,
        source_province=None,
        status=200,
        fetched_at="2026-12-07T00:00:00+00:00",
        html=html,
    )
    return PageProcessor(project()).process(item)
