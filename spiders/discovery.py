"""Finding what to crawl next on a page never seen before: links, pagination, feeds, sitemaps, robots.

The recognisers are generic (anchor texts, container classes, URL forms listed in discovery.yml):
no per-site selectors.
"""

import gzip
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.etree
import lxml.html
import yaml
from protego import Protego

from govnews.markup import class_marker
from govnews.text import fold, squash_spaces

RULES_FILE = Path(__file__).with_name("discovery.yml")
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# Dates without a zone on Vietnamese sites are local time.
VIETNAM = timezone(timedelta(hours=7))


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    pagination: bool


@dataclass(frozen=True)
class DiscoveryRules:
    pagination_texts: frozenset[str]
    pagination_containers: tuple[str, ...]
    page_params: frozenset[str]
    page_param_suffixes: tuple[str, ...]
    page_paths: tuple[re.Pattern, ...]
    feed_types: frozenset[str]


@cache
def rules() -> DiscoveryRules:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return DiscoveryRules(
        pagination_texts=frozenset(data["pagination_texts"]),
        pagination_containers=tuple(data["pagination_containers"]),
        page_params=frozenset(data["page_params"]),
        page_param_suffixes=tuple(data["page_param_suffixes"]),
        page_paths=tuple(re.compile(p, re.I) for p in data["page_path_patterns"]),
        feed_types=frozenset(data["feed_types"]),
    )


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


def _in_pagination_container(element: lxml.html.HtmlElement) -> bool:
    containers = rules().pagination_containers
    node = element
    for _ in range(4):
        node = node.getparent()
        if node is None:
            return False
        marker = class_marker(node)
        if any(c in marker for c in containers):
            return True
    return False


def _is_pagination(anchor: lxml.html.HtmlElement, text: str, url: str, page_url: str) -> bool:
    folded = fold(text)
    r = rules()
    if "next" in (anchor.get("rel") or "").lower().split():
        return True
    marker = class_marker(anchor)
    if any(c in marker for c in r.pagination_containers):
        return True
    if folded in r.pagination_texts or (folded.isdigit() and len(folded) <= 4):
        numbered = page_number(url) is not None
        return numbered or _in_pagination_container(anchor) or _same_listing(url, page_url)
    return page_number(url) is not None and _same_listing(url, page_url)


def _same_listing(url: str, page_url: str) -> bool:
    """Page 2 of a listing keeps the listing's path (or its parent, for /page/2/ forms)."""
    a, b = urlsplit(url), urlsplit(page_url)
    if a.netloc != b.netloc:
        return False
    strip = re.compile(r"/(?:page|trang)[-/]\d+/?$|/p\d+/?$", re.I)
    return strip.sub("", a.path).rstrip("/") == strip.sub("", b.path).rstrip("/")


def links(tree: lxml.html.HtmlElement, page_url: str) -> list[Link]:
    """Every followable link on a page, absolute, with pagination links marked."""
    base = page_url
    base_el = tree.find(".//base[@href]")
    if base_el is not None:
        base = urljoin(page_url, base_el.get("href").strip())
    found: list[Link] = []
    for element in tree.iter("a", "area", "frame", "iframe", "link"):
        if element.tag == "link":
            if "next" not in (element.get("rel") or "").lower().split():
                continue
            href = element.get("href")
        elif element.tag in ("frame", "iframe"):
            href = element.get("src")
        else:
            href = element.get("href")
        if not href or href.strip().lower().startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
            continue
        try:
            url = urljoin(base, href.strip())
        except ValueError:
            continue
        if not url.startswith(("http://", "https://")):
            continue
        text = squash_spaces(element.text_content()) if element.tag in ("a", "area") else ""
        if not text and element.tag == "a":
            text = squash_spaces(element.get("title") or "")
        pagination = element.tag == "link" or _is_pagination(element, text, url, page_url)
        found.append(Link(url=url, text=text, pagination=pagination))
    return found


def feed_urls(tree: lxml.html.HtmlElement, page_url: str) -> list[str]:
    """Feeds announced with <link rel="alternate" type="application/rss+xml">."""
    urls = []
    for element in tree.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").lower()
        if "alternate" in rel and kind in rules().feed_types and element.get("href"):
            urls.append(urljoin(page_url, element.get("href").strip()))
    return urls


def xml_body(body: bytes) -> bytes:
    """The XML of a feed or sitemap, gunzipped when served as .gz (bounded against gzip bombs)."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
            return handle.read(MAX_SITEMAP_BYTES)
    except OSError:
        return b""


def parse_xml_listing(body: bytes) -> tuple[str, list[tuple[str, str | None]]]:
    """A sitemap, sitemap index, RSS or Atom document: its kind and the URLs it lists, each with its
    last-modified or publication time when given (ISO 8601 in UTC, comparable with `fetched_at`)."""
    data = xml_body(body)
    try:
        root = lxml.etree.fromstring(data, parser=lxml.etree.XMLParser(recover=True, resolve_entities=False))
    except lxml.etree.XMLSyntaxError:
        return "unknown", []
    if root is None:
        return "unknown", []
    tag = lxml.etree.QName(root).localname.lower()
    entries: list[tuple[str, str | None]] = []
    if tag in ("urlset", "sitemapindex"):
        for node in root:
            loc = _child_text(node, "loc")
            if loc:
                entries.append((loc, _utc(_child_text(node, "lastmod"))))
        return ("sitemapindex" if tag == "sitemapindex" else "sitemap"), entries
    if tag in ("rss", "rdf"):
        for item in root.iter("{*}item", "item"):
            link = _child_text(item, "link")
            if link:
                entries.append((link, _utc(_child_text(item, "pubDate"))))
        return "feed", entries
    if tag == "feed":
        for entry in root.iter("{*}entry"):
            for link in entry.iter("{*}link"):
                if link.get("rel", "alternate") == "alternate" and link.get("href"):
                    entries.append((link.get("href").strip(), _utc(_child_text(entry, "updated"))))
                    break
        return "feed", entries
    return "unknown", []


def _child_text(node: lxml.etree._Element, name: str) -> str | None:
    for child in node:
        if isinstance(child.tag, str) and lxml.etree.QName(child).localname.lower() == name.lower():
            return (child.text or "").strip() or None
    return None


def _utc(value: str | None) -> str | None:
    """A sitemap/feed date as ISO UTC seconds, or None when absent or unreadable."""
    if not value:
        return None
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
