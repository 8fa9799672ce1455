"""Stage 1b: a URL that held an archived article and now answers 200 with a 'not found' page is gone."""

from crawler.items import PageItem
from crawler.understand import missing


class MissingPipeline:
    """Portals that delete an article often answer 200 with a notice instead of 404. Only a URL that held an
    article in an earlier run and now holds none is read for the notice: a first crawl keeps such pages as
    whatever page kind extraction found."""

    def process_item(self, item: PageItem) -> PageItem:
        if item.archived_article is None or item.kind_hint != "page" or item.kind == "article":
            return item
        notice = missing.missing_notice(item.parsed_page())
        if notice is not None:
            item.kind = "gone"
            item.reason = f"soft 404: {notice[:120]}"
        return item
