"""One article per content within a source, even under URLs that no rel=canonical ties together."""

import hashlib
import re
import zlib
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from govnews.archive.store import HOME_PAGE_REASON, content_hash
from govnews.crawler.items import PageItem
from govnews.crawler.spilled_texts import SpilledTexts
from govnews.text import fold

# Two articles of one source with the same title and publication day and at least this share of their word
# 3-grams in common are one article extracted twice.
NEAR_DUPLICATE_SHARE = 0.8
# A page named by a GUID ('{8-4-4-4-12 hex}', braces or not) in the last segment of its path.
_GUID_PAGE = re.compile(
    r"/(?:%7B)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:%7D)?[^/]*$", re.IGNORECASE
)
NEAR_TITLE_CHARS = 20
SHINGLE_WORDS = 3


def shingles(text: str) -> frozenset[int]:
    """The folded text's word 3-grams, as stable hashes (the same in every process)."""
    words = fold(text).split()
    return frozenset(zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode()) for i in range(max(1, len(words) - 2)))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def digest(key: bytes) -> int:
    """A 64-bit digest of a near-duplicate group's key: 8 bytes in memory a group, not its title."""
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest())


def url_preference(
    url: str, declared: bool = False, noindex: bool = False, home: str | None = None
) -> tuple[bool, bool, bool, bool, bool, int, int, int, str]:
    """Sort key among the URLs serving one article's text, best first: a URL the site named with rel=canonical,
    then one the site lets search engines index (not a print view), then one not at the home page's own path (a
    portal whose front page shows any article in its news portlet, '/trangchu?articleId=...', besides the
    article's section page), then one without a query string (the SEF path
    listings link to, not ?option=...&id=304&Itemid=101), then one whose page is named in words rather than by a
    GUID (Microsoft CMS's '/NR/exeres/<GUID>.htm' beside the posting's '/Kenh/Bai.htm'), fewer query parameters,
    then one deeper in the source's
    own sub-site (more leading path segments shared with its ``home`` page as landed on: a ministry's sub-portal
    /webcenter/portal/<unit>/... rather than the parent portal's copy), a shorter path, and the lexicographically
    first. A key of the URL, its page and its source's home alone, so a first crawl and a rebuild from WARC choose
    the same URL whatever order the pages arrive in."""
    parts = urlsplit(url)
    home_path = urlsplit(home).path if home else None
    return (
        not declared,
        noindex,
        bool(parts.query) and parts.path == home_path,
        bool(parts.query),
        bool(_GUID_PAGE.search(parts.path)),
        len(parse_qsl(parts.query, keep_blank_values=True)),
        -_shared_segments(parts.path, home_path) if home_path is not None else 0,
        len(parts.path),
        url,
    )


def _shared_segments(path: str, other: str) -> int:
    shared = 0
    for mine, theirs in zip(path.strip("/").split("/"), other.strip("/").split("/"), strict=False):
        if mine != theirs or not mine:
            break
        shared += 1
    return shared


class Deduper:
    """The same title and text under another URL of the same source (an ?id= and a slug form, a mirror, a
    print view without rel=canonical) is recorded as a 'duplicate' page pointing at the article's URL.

    The article's URL is the best of them by ``url_preference``. When a better one arrives after the article
    was stored (in this run or an earlier one), this page is the article and carries the move
    (``item.moved_from``) to the store, which moves the archived article here.
    """

    def __init__(
        self,
        owners: dict[tuple[str, str], str] | None = None,
        declared: set[str] | None = None,
        listings: set[str] | None = None,
        homes: dict[str, str] | None = None,
        own_pages: set[str] | None = None,
        spill_dir: str | Path | None = None,
    ) -> None:
        self.owners: dict[tuple[str, str], str] = owners if owners is not None else {}
        # Article URLs -> the page that wrote the article, this run's or (its own page) an earlier run's: a copy naming
        # the URL with rel=canonical (a syndicated story under another section or sub-site, with its own sapo or
        # source line) writes it only while no better page has, and the article's own page always beats a copy.
        self.written: dict[str, str] = {url: url for url in own_pages or ()}
        # Each source's home page as last landed on (this run's once it arrives): its sub-site's URLs are preferred.
        self.homes: dict[str, str] = homes if homes is not None else {}
        self.declared: set[str] = declared if declared is not None else set()
        # This run's article URLs whose pages asked not to be indexed (earlier runs' are taken as indexable).
        self.noindexed: set[str] = set()
        # Listing pages seen (here or by an earlier run): a page whose rel=canonical names one is no article (a
        # listing's page 2, a 'send this article' form filed under its section).
        self.listings: set[str] = listings if listings is not None else set()
        self.articles = set(self.owners.values())  # a URL holding an article is never a move's target
        # This run's articles by (source, folded title, publication day), to catch one article extracted slightly
        # differently under two URLs (a print view that drops a caption): each URL with the handle of its text,
        # which waits on disk (crawler/spilled_texts.py) until a second article of that title and day arrives. The
        # group's key is a 64-bit digest of its (source, title, day); the record keeps the key itself, so that two
        # keys of one digest are still told apart.
        self.titled: dict[int, list[tuple[str, int]]] = {}
        self.texts = SpilledTexts(spill_dir)

    def _near(self, item: PageItem, url: str) -> str | None:
        """The URL of this run's article with the same title and day and nearly the same words, if any; this
        article is remembered for the next ones either way."""
        article = item.article or {}
        title, published = fold(article.get("title") or ""), (article.get("published") or "")[:10]
        if len(title) < NEAR_TITLE_CHARS or not published:
            return None
        text = article.get("text") or ""
        key = "\x1f".join((item.source_id, title, published)).encode()
        group = self.titled.setdefault(digest(key), [])
        words: frozenset[int] | None = None  # shingled only when there is an article to compare with
        for other, handle in group:
            if other == url:
                continue
            other_key, other_text = self.texts.read(handle)
            if other_key != key:
                continue
            words = shingles(text) if words is None else words
            if jaccard(words, shingles(other_text)) >= NEAR_DUPLICATE_SHARE:
                return other
        group.append((url, self.texts.add(key, text)))
        return None

    def _repoint(self, old: str, new: str) -> None:
        for group in self.titled.values():
            group[:] = [(new if url == old else url, handle) for url, handle in group]

    def close(self) -> None:
        self.texts.close()

    def __call__(self, item: PageItem) -> PageItem:
        article = item.article
        if item.reason == HOME_PAGE_REASON:
            self.homes[item.source_id] = item.url
        if item.kind == "listing":
            self.listings.add(item.url)
        if item.kind != "article" or article is None:
            return item
        url = article["url"]
        if url != item.url and url in self.listings:
            item.kind, item.article, item.reason = "listing", None, f"rel=canonical names the listing {url}"
            return item
        if item.canonical_from_page:
            self.declared.add(url)
        if item.noindex:
            self.noindexed.add(url)
        key = (item.source_id, content_hash(article["title"], article["text"]))
        near = self._near(item, url)
        owner = self.owners.setdefault(key, near or url)
        if owner == url:
            writer = self.written.get(url)
            if writer is not None and writer != item.url:
                if _page_rank(writer, url) < _page_rank(item.url, url):
                    return _duplicate(item, url, f"a copy of {url}, archived from a better page")
                item.replaces_copy = True
            self.written[url] = item.url
            self.articles.add(url)
            return item
        home = self.homes.get(item.source_id)
        if url not in self.articles and (
            url_preference(url, url in self.declared, url in self.noindexed, home)
            < url_preference(owner, owner in self.declared, owner in self.noindexed, home)
        ):
            item.moved_from = owner
            for other, held in self.owners.items():
                if held == owner:
                    self.owners[other] = url
            self._repoint(owner, url)
            self.articles.discard(owner)
            self.articles.add(url)
            return item
        return _duplicate(item, owner, f"same text as {owner}" if owner != near else f"nearly the same text as {owner}")


def _duplicate(item: PageItem, owner: str, reason: str) -> PageItem:
    """``item`` recorded as a page pointing at the article ``owner``, not as an article."""
    item.kind, item.reason, item.canonical_from_page, item.article = "duplicate", reason, owner, None
    return item


def _page_rank(page: str, article: str) -> tuple[bool, tuple[bool, bool, bool, bool, bool, int, int, int, str]]:
    """Which page an article is taken from, best first: its own page, then the copy at the better URL."""
    return page != article, url_preference(page)
