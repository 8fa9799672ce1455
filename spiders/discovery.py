"""Finding what to crawl next on a page never seen before: links, pagination, feeds, sitemaps, robots.

The recognisers are generic (anchor texts, container classes, URL forms listed in discovery.yml):
no per-site selectors.
"""

import gzip
import io
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.etree
import lxml.html
import yaml
from protego import Protego

from govnews.crawler.urls import URLS_REMEMBERED
from govnews.markup import class_marker
from govnews.text import fold, squash_spaces

RULES_FILE = Path(__file__).with_name("discovery.yml")
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# Dates without a zone on Vietnamese sites are local time.
VIETNAM = timezone(timedelta(hours=7))


class Link(NamedTuple):
    """A link as found: a tuple, built a few hundred times a page (for a third of a frozen dataclass's cost)."""

    url: str
    text: str
    pagination: bool


@dataclass(frozen=True)
class DiscoveryRules:
    pagination_texts: frozenset[str]
    pagination_containers: re.Pattern  # any of the class / id fragments
    page_params: frozenset[str]
    page_param_suffixes: tuple[str, ...]
    page_paths: tuple[re.Pattern, ...]
    feed_types: frozenset[str]


@cache
def rules() -> DiscoveryRules:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return DiscoveryRules(
        pagination_texts=frozenset(data["pagination_texts"]),
        pagination_containers=re.compile("|".join(re.escape(c) for c in data["pagination_containers"])),
        page_params=frozenset(data["page_params"]),
        page_param_suffixes=tuple(data["page_param_suffixes"]),
        page_paths=tuple(re.compile(p, re.I) for p in data["page_path_patterns"]),
        feed_types=frozenset(data["feed_types"]),
    )


@lru_cache(maxsize=8192)
def page_number(url: str) -> int | None:
    """The listing page number a URL asks for (?page=3, /page-2, /page/4/, _cur=5), if any."""
    parts = urlsplit(url)
    r = rules()
    for name, value in parse_qsl(parts.query):
        low = name.lower()
        if (low in r.page_params or low.endswith(r.page_param_suffixes)) and value.isdigit():
            return int(value)
    for pattern in r.page_paths:
        match = pattern.search(parts.path)
        if match:
            return int(match.group(1))
    return None


_ARROWS = " «»‹›<>←→|-:"


def _in_pagination_container(element: lxml.html.HtmlElement) -> bool:
    containers = rules().pagination_containers
    node = element
    for _ in range(4):
        node = node.getparent()
        if node is None:
            return False
        if containers.search(class_marker(node)):
            return True
    return False


@lru_cache(maxsize=8192)
def _pagination_text(text: str) -> bool:
    """Whether a link text reads as page navigation ('Trang sau »', '« Bài cũ hơn', 'Next ›', '3'): folded, the words
    without the arrows, or the arrows alone. Remembered: menus repeat their texts on every page of a site."""
    folded_text = fold(text)
    folded = folded_text.strip(_ARROWS).strip() or folded_text.strip()
    return folded in rules().pagination_texts or (folded.isdigit() and len(folded) <= 4)


@lru_cache(maxsize=8192)
def _marks_pagination(rel: str | None, classes: str | None, element_id: str | None) -> bool:
    """Whether a link's own attributes make it page navigation: rel=next, or the class or id of a pager (read as
    class_marker reads an element). Remembered: menus repeat theirs on every page of a site."""
    if "next" in (rel or "").lower().split():
        return True
    return bool(rules().pagination_containers.search(f"{classes or ''} {element_id or ''}".lower()))


def _is_pagination(anchor: lxml.html.HtmlElement, text: str, url: str, page_url: str) -> bool:
    if _marks_pagination(anchor.get("rel"), anchor.get("class"), anchor.get("id")):
        return True
    if _pagination_text(text):
        numbered = page_number(url) is not None
        return numbered or _in_pagination_container(anchor) or _same_listing(url, page_url)
    return page_number(url) is not None and _same_listing(url, page_url)


def _same_listing(url: str, page_url: str) -> bool:
    """Page 2 of a listing keeps the listing's path (or its parent, for /page/2/ forms)."""
    return _listing(url) == _listing(page_url)


_PAGE_SUFFIX = re.compile(r"/(?:page|trang)[-/]\d+/?$|/p\d+/?$", re.I)


@lru_cache(maxsize=8192)
def _listing(url: str) -> tuple[str, str]:
    """A URL's host and its path without a page suffix ('/tin-tuc/page/2/' -> '/tin-tuc'). Remembered: a page's
    links are compared with the page's own URL, and menus link the same URLs from every page."""
    parts = urlsplit(url)
    return parts.netloc, _PAGE_SUFFIX.sub("", parts.path).rstrip("/")


# Hrefs that lead nowhere to crawl.
_NOT_FOLLOWED = ("javascript:", "mailto:", "tel:", "#", "data:")

# An href that names its host ('http://host/...', '//host/...') or starts at the root ('/tin-tuc/...') resolves the
# same against every page of a site: only the base's scheme and host count. (No control characters: urljoin drops
# some, and '/\t/' would become '//', which does take the base's path.)
_SITE_WIDE_HREF = re.compile(r"(?:/(?!/)|(?:[A-Za-z][A-Za-z0-9+.-]*:)?//[^/?#\x00-\x20])[^\x00-\x1f]*")


def _followable(base: str, origin: str, href: str) -> str | None:
    """``href`` as an absolute http(s) URL against ``base`` (whose scheme and host are ``origin``), or None: a script,
    mail, phone, fragment or data link, or one that cannot be resolved. Site-wide hrefs are resolved under the
    site's root, so that mega-menus and sidebars, which repeat theirs on every page, are remembered once."""
    href = href.strip()
    if href.lower().startswith(_NOT_FOLLOWED):
        return None
    return _resolved(origin if _SITE_WIDE_HREF.fullmatch(href) else base, href)


@lru_cache(maxsize=URLS_REMEMBERED)
def _resolved(base: str, href: str) -> str | None:
    try:
        url = urljoin(base, href)
    except ValueError:
        return None
    return url if url.startswith(("http://", "https://")) else None


def _text_of(element: lxml.html.HtmlElement) -> str:
    """An element's text content; read directly when it has no children (most links), which costs half of
    lxml's text_content."""
    return (element.text or "") if len(element) == 0 else element.text_content()


def links(tree: lxml.html.HtmlElement, page_url: str) -> list[Link]:
    """Every followable link on a page, absolute, with pagination links marked."""
    base = base_url(tree, page_url)
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}/"
    found: list[Link] = []
    for element in tree.iter("a", "area", "frame", "iframe", "link"):
        tag = element.tag
        if tag == "link":
            if "next" not in (element.get("rel") or "").lower().split():
                continue
            href = element.get("href")
        else:
            href = element.get("src" if tag in ("frame", "iframe") else "href")
        url = _followable(base, origin, href) if href else None
        if url is None:
            continue
        if tag == "link":
            found.append(Link(url, "", True))
            continue
        text = squash_spaces(_text_of(element)) if tag in ("a", "area") else ""
        if not text and tag == "a":
            text = squash_spaces(element.get("title") or "")
        found.append(Link(url, text, _is_pagination(element, text, url, page_url)))
    return found


def base_url(tree: lxml.html.HtmlElement, page_url: str) -> str:
    """What a page's relative links are relative to: its <base href>, else its own URL."""
    base_el = tree.find(".//base[@href]")
    return urljoin(page_url, base_el.get("href").strip()) if base_el is not None else page_url


def feed_urls(tree: lxml.html.HtmlElement, page_url: str) -> list[str]:
    """Feeds announced with <link rel="alternate" type="application/rss+xml">, relative to the page's base."""
    base = base_url(tree, page_url)
    urls = []
    for element in tree.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").lower()
        if "alternate" in rel and kind in rules().feed_types and element.get("href"):
            urls.append(urljoin(base, element.get("href").strip()))
    return urls


_GZIP_CHUNK = 64 * 1024


def xml_body(body: bytes) -> bytes:
    """The XML of a feed or sitemap, gunzipped when served as .gz: at most MAX_SITEMAP_BYTES of it (a gzip bomb
    stops there), and of a truncated or damaged stream what it held before the damage."""
    if body[:2] != b"\x1f\x8b":
        return body[:MAX_SITEMAP_BYTES]
    out = bytearray()
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
        while len(out) < MAX_SITEMAP_BYTES:
            try:
                chunk = handle.read1(min(_GZIP_CHUNK, MAX_SITEMAP_BYTES - len(out)))
            except (OSError, EOFError, zlib.error):
                break
            if not chunk:
                break
            out += chunk
    return bytes(out)


# Root element (local name, lowercased) -> the kind of listing, and the elements that are its entries.
_LISTINGS = {
    "urlset": ("sitemap", frozenset({"url", "sitemap"})),
    "sitemapindex": ("sitemapindex", frozenset({"url", "sitemap"})),
    "rss": ("feed", frozenset({"item"})),
    "rdf": ("feed", frozenset({"item"})),
    "feed": ("feed", frozenset({"entry"})),
}
# A '&' that starts no entity or character reference: hand-made sitemaps write query strings unescaped
# (?id=1&cat=2), which the recovering parser would cut to ?id=1=2. CDATA sections are matched to be left alone.
_BARE_AMPERSAND = re.compile(rb"&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z_][\w.-]*;)")
_CDATA_OR_BARE_AMPERSAND = re.compile(rb"<!\[CDATA\[.*?\]\]>|" + _BARE_AMPERSAND.pattern, re.S)


def _escape_bare_ampersands(data: bytes) -> bytes:
    if b"\x00" in data[:4] or data[:2] in (b"\xff\xfe", b"\xfe\xff") or not _BARE_AMPERSAND.search(data):
        return data  # UTF-16 (its bytes are no ASCII) or nothing to escape
    return _CDATA_OR_BARE_AMPERSAND.sub(lambda m: m[0] if m[0] != b"&" else b"&amp;", data)


def parse_xml_listing(body: bytes) -> tuple[str, list[tuple[str, str | None]]]:
    """A sitemap, sitemap index, RSS or Atom document: its kind and the URLs it lists, each with its
    last-modified or publication time when given (ISO 8601 in UTC, comparable with `fetched_at`).

    Read as a stream (as Scrapy's Sitemap reads one: entries are dropped once read, so a 50 MB sitemap does
    not become a 50 MB tree), recovering from errors, with no network, no entity expansion and no DTD; the
    prolog (BOM, whitespace, declaration, stylesheet instruction, comments, DOCTYPE) is skipped by the parser,
    namespaces are ignored, tags are matched whatever their case, and children other than <loc>/<lastmod>
    (image:image, xhtml:link, news:news) are ignored."""
    data = _escape_bare_ampersands(xml_body(body))
    stream = lxml.etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        recover=True,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    kind, wanted = "unknown", frozenset[str]()
    entries: list[tuple[str, str | None]] = []
    try:
        for event, element in stream:
            if not isinstance(element.tag, str):
                continue
            name = _local(element)
            if element.getparent() is None and event == "start":
                if name not in _LISTINGS:
                    return "unknown", []
                kind, wanted = _LISTINGS[name]
                continue
            if event == "end" and name in wanted:
                entry = _entry(name, element)
                if entry is not None:
                    entries.append(entry)
                _forget(element)
    except lxml.etree.XMLSyntaxError:
        pass  # past what the parser could recover from: the entries read until there stand
    return kind, entries


def _entry(name: str, element: lxml.etree._Element) -> tuple[str, str | None] | None:
    """One sitemap <url>/<sitemap>, RSS <item> or Atom <entry>: its URL and date."""
    if name == "entry":
        for link in element:
            if (
                isinstance(link.tag, str)
                and _local(link) == "link"
                and link.get("href", "").strip()
                and link.get("rel", "alternate").strip().lower() == "alternate"
            ):
                return link.get("href").strip(), _utc(_child_text(element, "updated", "published"))
        return None
    if name == "item":
        link = _child_text(element, "link")
        return (link, _utc(_child_text(element, "pubdate", "date"))) if link else None
    loc = _child_text(element, "loc")
    return (loc, _utc(_child_text(element, "lastmod"))) if loc else None


def _forget(element: lxml.etree._Element) -> None:
    """Drop an entry once read, and the entries before it (Scrapy's Sitemap does the same)."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _local(element: lxml.etree._Element) -> str:
    return lxml.etree.QName(element).localname.lower()


def _child_text(node: lxml.etree._Element, *names: str) -> str | None:
    """The first non-empty text among a node's children with one of these local names (lowercase), in the
    order of the names; CDATA is text, surrounding whitespace is dropped."""
    for name in names:
        for child in node:
            if isinstance(child.tag, str) and _local(child) == name:
                text = "".join(child.itertext()).strip()
                if text:
                    return text
    return None


def _utc(value: str | None) -> str | None:
    """A sitemap/feed date as ISO UTC seconds ('YYYY-MM-DD' kept as a day: it names no moment), or None when
    absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class RobotsRules:
    """A site's robots.txt as we obey it: what we may fetch, its Sitemap: lines and its Crawl-delay."""

    parser: Protego | None
    user_agent: str
    sitemaps: tuple[str, ...] = ()
    crawl_delay: float | None = None
    deny_all: bool = False

    def allowed(self, url: str) -> bool:
        if self.deny_all:
            return False
        return self.parser is None or self.parser.can_fetch(url, self.user_agent)


def parse_robots(text: str, user_agent: str) -> RobotsRules:
    """Read a robots.txt for our User-Agent (Scrapy ignores Crawl-delay; we honour it)."""
    parser = Protego.parse(text)
    delay = parser.crawl_delay(user_agent)
    return RobotsRules(parser, user_agent, tuple(parser.sitemaps), float(delay) if delay is not None else None)


def robots_for_status(status: int, user_agent: str) -> RobotsRules:
    """RFC 9309 2.3.1: an unavailable robots.txt (4xx) allows everything; an unreachable one (5xx) nothing."""
    return RobotsRules(None, user_agent, deny_all=status >= 500)
