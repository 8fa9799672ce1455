"""The files an article attaches: links to plans, decisions and reports that sit in the article's body or in a
small box beside it, not in the sidebars and 'Văn bản mới' lists that every page of a portal repeats."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import yaml
from lxml import etree

from govnews.crawler.urls import canonicalize, is_attachment
from govnews.text import squash_spaces

RULES_FILE = Path(__file__).with_name("attached.yml")


@dataclass(frozen=True)
class AttachedRules:
    box_levels: int
    box_siblings: int
    box_max_links: int
    file_box_levels: int
    max_per_article: int


@cache
def rules() -> AttachedRules:
    return AttachedRules(**yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")))


def attached_links(
    tree: lxml.html.HtmlElement, region: lxml.html.HtmlElement | None, page_url: str
) -> list[dict[str, str]]:
    """``{'url', 'text'}`` (the URL canonical) of each file link of the article whose body sits in ``region``
    (crawler.extract's article_region), in page order, each URL once. No region, no attachments: a page whose body
    cannot be placed gives no way to tell its files from the site's."""
    if region is None:
        return []
    base_element = tree.find(".//base[@href]")
    base = urljoin(page_url, base_element.get("href").strip()) if base_element is not None else page_url
    r = rules()

    def file_url(anchor: lxml.html.HtmlElement) -> str | None:
        try:
            url = urljoin(base, (anchor.get("href") or "").strip())
        except ValueError:
            return None
        return canonicalize(url) if url.startswith(("http://", "https://")) and is_attachment(url) else None

    found: dict[str, str] = {}
    for anchor in _candidate_anchors(region, r, file_url):
        url = file_url(anchor)
        if url is not None and url not in found:
            found[url] = squash_spaces(anchor.text_content()) or squash_spaces(anchor.get("title") or "")
            if len(found) >= r.max_per_article:
                break
    return [{"url": url, "text": text} for url, text in found.items()]


def _candidate_anchors(
    region: lxml.html.HtmlElement, r: AttachedRules, file_url: Callable[[lxml.html.HtmlElement], str | None]
) -> list[lxml.html.HtmlElement]:
    """The anchors of the region, then of the boxes near it: for the region and each of its first ancestors, the
    nearest siblings on either side that hold a box's few links, or (beside the region or its parent) only files."""
    anchors = list(region.iter("a"))
    level = region
    for depth in range(r.box_levels):
        for siblings in (level.itersiblings(), level.itersiblings(preceding=True)):
            for count, sibling in enumerate(siblings):
                if count >= r.box_siblings:
                    break
                if not isinstance(sibling.tag, str):
                    continue
                box = [anchor for anchor in sibling.iter("a") if anchor.get("href")]
                if 0 < len(box) <= r.box_max_links or (
                    depth < r.file_box_levels and box and all(file_url(anchor) for anchor in box)
                ):
                    anchors.extend(box)
        parent = level.getparent()
        if parent is None or parent.tag == "body":
            break
        level = parent
    return [anchor for anchor in anchors if isinstance(anchor, etree._Element) and anchor.get("href")]
