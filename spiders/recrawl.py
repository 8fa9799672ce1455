"""The recrawl policy (docs/recrawl.md): what earlier runs know about a site's pages, and what a new run does
with it. The spider's crawl policy asks; this answers: whether a known article is still fresh, whether a sitemap
or feed announces an edit, which validators to send, and what a known page held when it was stored.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse, Request, Response

from govnews.archive.recrawl import KnownPage, load_known_pages, load_unfetched_attachments
from govnews.archive.warc import read_response, warc_folder
from govnews.crawler.understand import page
from govnews.crawler.urls import former_spelling, in_scope
from govnews.spiders import discovery

ARTICLE_KINDS = frozenset({"article", "offtopic"})
ENTRY_KINDS = frozenset({"feed", "sitemap", "sitemapindex"})
VIETNAM_OFFSET = timedelta(hours=7)


@dataclass
class RecrawlPolicy:
    """What the archive knows (``known``, by canonical URL) and the settings that say how to use it.

    ``revisit`` is the revisit schedule: (age in days, revisit after days) pairs, youngest first; an article
    older than every age there is revisited after ``revisit_after``. An article's age counts from its publication
    date (or, without one, from when it was first archived): news is edited in its first days, hardly later."""

    known: dict[str, KnownPage] = field(default_factory=dict)
    warc_dir: Path | None = None
    force: bool = False
    revisit_after: timedelta = timedelta(days=30)
    revisit: tuple[tuple[float, float], ...] = ()
    replayed: set[str] = field(default_factory=set)
    # Per source: files archived articles link that an earlier run's attachment budget left unasked.
    unfetched_attachments: dict[str, list[dict[str, str]]] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Any, source_ids: list[str]) -> "RecrawlPolicy":
        db_path = settings.get("GOVNEWS_DB")
        return cls(
            known=load_known_pages(db_path, source_ids) if db_path else {},
            warc_dir=warc_folder(db_path) if db_path else None,
            unfetched_attachments=load_unfetched_attachments(db_path, source_ids) if db_path else {},
            force=settings.getbool("GOVNEWS_RECRAWL_FORCE"),
            revisit_after=timedelta(days=settings.getfloat("GOVNEWS_REVISIT_DAYS")),
            revisit=tuple(
                sorted(
                    (float(age), float(after))
                    for age, after in (settings.getdict("GOVNEWS_REVISIT_RECENT") or {}).items()
                )
            ),
        )

    def get(self, url: str) -> KnownPage | None:
        """The known page at ``url`` (canonical), also under the spelling older archives stored it in."""
        known = self.known.get(url)
        if known is None and self.known:
            former = former_spelling(url)
            known = self.known.get(former) if former else None
        return known

    def __contains__(self, url: str) -> bool:
        return self.get(url) is not None

    def entry_points(self, site: str) -> list[str]:
        """Feeds and sitemaps earlier runs found on ``site``: asked for again whatever the home page says now."""
        return [p.url for p in self.known.values() if p.kind in ENTRY_KINDS and in_scope(p.url, site)]

    def archived_article(self, url: str) -> str | None:
        """The archived article ``url`` held (its canonical URL), if it held one."""
        known = self.get(url)
        return (known.canonical_url or known.url) if known and known.kind in ARTICLE_KINDS else None

    def still_fresh(self, known: KnownPage, now: datetime | None = None) -> bool:
        """A known article whose copy is younger than its revisit interval is not asked for without a reason."""
        if self.force or known.kind not in ARTICLE_KINDS or not known.fetched_at:
            return False
        now = now or datetime.now(UTC)
        fetched = _moment(known.fetched_at)
        if fetched is None:
            return False
        return now - fetched < self.revisit_interval(known, now)

    def revisit_interval(self, known: KnownPage, now: datetime) -> timedelta:
        born = _moment(known.published or "") or _moment(known.first_seen or "")
        if born is not None:
            age_days = (now - born).total_seconds() / 86400
            for age, after in self.revisit:
                if age_days < age:
                    return timedelta(days=after)
        return self.revisit_after

    def edit_announced(self, known: KnownPage | None, modified: str | None) -> bool:
        """A sitemap's <lastmod> or a feed's updated date newer than our copy (moments compared in UTC: a server may
        write its own offset). A date-only lastmod (a day, not a
        moment) announces an edit when it is the day of our copy or later: an edit made later that day."""
        if known is None or not modified or not known.fetched_at:
            return False
        if len(modified) == 10:
            fetched = _moment(known.fetched_at)
            fetched_day = (fetched + VIETNAM_OFFSET).date() if fetched else None
            return fetched_day is not None and date.fromisoformat(modified) >= fetched_day
        announced, fetched = _moment(modified), _moment(known.fetched_at)
        return announced is not None and fetched is not None and announced > fetched

    def validators(self, known: KnownPage | None) -> dict[str, str]:
        """Conditional-request headers for a known page (none when forced to fetch everything again)."""
        if known is None or self.force:
            return {}
        headers = {}
        if known.etag:
            headers["If-None-Match"] = known.etag
        if known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers

    def stored_response(
        self, known: KnownPage | None, answered: Response | None = None
    ) -> tuple[HtmlResponse, tuple[str, int]] | None:
        """The last stored body of a known page, as a response (for a 304, or to compare with a new body)."""
        if known is None or self.warc_dir is None or not known.warc_file or known.warc_offset is None:
            return None
        stored = read_response(self.warc_dir, known.warc_file, known.warc_offset)
        if stored is None or stored.status != 200:
            return None
        request = answered.request if answered is not None and answered.request else Request(known.url)
        replay = HtmlResponse(
            url=known.url,
            status=200,
            body=stored.body,
            request=request,
            headers={name: value for name, value in stored.headers if name.lower() == "content-type"},
        )
        return replay, (known.warc_file, known.warc_offset)

    def stored_links(self, known: KnownPage) -> list[discovery.Link]:
        """The links a known page held when it was stored (none when its record is unreadable)."""
        stored = self.stored_response(known)
        tree = page.parse(stored[0].text) if stored is not None else None
        return discovery.links(tree, known.url) if tree is not None else []

    def first_replay(self, known: KnownPage) -> bool:
        """True the first time a stored listing is read in this run (each is read once)."""
        if known.url in self.replayed:
            return False
        self.replayed.add(known.url)
        return True


def _moment(value: str) -> datetime | None:
    """An ISO date or timestamp as an aware UTC moment (a date alone is midnight in Vietnam)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC) - VIETNAM_OFFSET if len(value) == 10 else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
