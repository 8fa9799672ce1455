"""What the spider hands the pipelines: one item per fetched URL."""

from dataclasses import dataclass, field, fields
from typing import Any

from govnews.crawler.understand.page import Parsed

# What stays behind when an item travels to the distributed crawl's writer (crawler/dist_writer.py): the text and
# the parse only the page stages read, and the body, which travels apart as bytes.
_NOT_SENT = frozenset({"html", "body", "parsed"})


@dataclass
class PageItem:
    """A fetched page. The spider fills the first block; pipelines fill the second."""

    url: str
    requested_url: str
    source_id: str
    source_province: str | None
    status: int
    fetched_at: str
    html: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    kind_hint: str = "page"
    reason: str | None = None
    canonical_from_page: str | None = None
    # The page asks not to be indexed (a print view): any other URL of its text is the article's (crawler/dedupe.py).
    noindex: bool = False
    content_type: str | None = None
    size: int = 0
    body: bytes | None = None
    request_headers: dict[str, str] = field(default_factory=dict)
    # Set when the page was answered 304 and replayed from the WARC record it points at.
    replayed_from: tuple[str, int] | None = None
    links_hash: str | None = None
    # The archived article this URL held in an earlier run (it answers 404, or 200 with a 'not found' notice: gone).
    archived_article: str | None = None

    kind: str | None = None
    site_name: str | None = None
    article: dict[str, Any] | None = None
    # The URL of an archived article with the same text that this page's better URL replaces (the dedupe stage
    # sets it; the store moves the archived article here before writing this page's).
    moved_from: str | None = None
    # This page is the article's own, and a copy naming it with rel=canonical wrote the article earlier in this run:
    # the copy's text was never the article's, so the store replaces it without keeping it as a version.
    replaces_copy: bool = False
    documents: list[dict[str, Any]] = field(default_factory=list)
    # The files an article attaches ({'url', 'text'}: crawler/attached.py), followed when it is on-topic.
    attachments: list[dict[str, str]] = field(default_factory=list)
    # A fetched attachment (kind_hint 'attachment'): its `attachments` row once read (crawler/pipelines/attachments.py).
    attachment: dict[str, Any] | None = None
    # The page as extraction parsed it, for the understanding stages; PageProcessor (crawler/stages.py) drops it
    # before the item leaves the page stages (a tree is large, and worker processes cannot send it back).
    parsed: Parsed | None = field(default=None, repr=False, compare=False)

    def parsed_page(self) -> Parsed:
        """The page as extraction parsed it, or parsed now (extraction keeps its parse for articles only)."""
        if self.parsed is None:
            self.parsed = Parsed(self.html or "")
        return self.parsed

    @property
    def gone(self) -> bool:
        """The URL held an archived article and now answers 404/410, or 200 with a 'not found' notice."""
        return self.archived_article is not None and "gone" in (self.kind_hint, self.kind)

    @property
    def page_canonical(self) -> str | None:
        """The URL the `pages` row points at: its article, the archived article that went, or its rel=canonical."""
        if self.article:
            return self.article["url"]
        return self.archived_article if self.gone else self.canonical_from_page

    def page_row(self) -> dict[str, Any]:
        """The `pages` row of this page, as far as the page itself says; the caller adds what only it knows
        (the run, the WARC record, validators)."""
        return {
            "url": self.url,
            "source_id": self.source_id,
            "status": self.status,
            "kind": self.kind or self.kind_hint,
            "reason": self.reason,
            "canonical_url": self.page_canonical,
            "content_type": self.content_type,
            "bytes": self.size,
            "fetched_at": self.fetched_at,
            # Remembered for later runs and rebuilds: the URL an article page named with rel=canonical.
            "rel_canonical": self.canonical_from_page if self.article else None,
        }

    def article_row(self) -> dict[str, Any] | None:
        """The `articles` row of an on-topic article page, seen at its fetch time; None for any other page."""
        if self.kind != "article" or self.article is None:
            return None
        return dict(self.article, first_seen=self.fetched_at, last_seen=self.fetched_at)

    def sent_fields(self) -> dict[str, Any]:
        """The item as JSON-ready fields for the distributed crawl's writer: all that the WARC record and
        ``archive_page`` read, without the page's text and parse (the raw body travels beside them)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_SENT}

    @classmethod
    def from_sent(cls, values: dict[str, Any], body: bytes) -> "PageItem":
        """The item ``sent_fields`` described, with its body (JSON turned the WARC pointer's tuple into a list)."""
        replayed = values.get("replayed_from")
        return cls(**{**values, "body": body, "replayed_from": tuple(replayed) if replayed else None})
