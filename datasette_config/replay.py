"""A captured page made safe to look at: the WARC record's HTML with everything that could run or reach out removed,
its links kept inside the archive where the archive has their page, and a banner saying what it is.

Removed: scripts, event handlers and javascript: links (lxml_html_clean), styles and stylesheets, frames, embedded
objects, forms and their fields, meta refreshes, <base>, and every attribute that loads something (src, srcset,
poster, background, ...). Images become their alt text: the crawler keeps pages, not images, so they are not in
the WARC files and would come from the live site. The route that serves this sends a Content-Security-Policy that
forbids scripts, frames, forms and outside resources as well (``POLICY``), so a slip here still runs nothing.
"""

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urldefrag, urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml_html_clean import Cleaner

from govnews.archive.warc import StoredResponse

_CLEANER = Cleaner(
    scripts=True,
    javascript=True,
    comments=True,
    style=True,
    inline_style=True,
    links=True,
    meta=True,
    page_structure=False,
    processing_instructions=True,
    embedded=True,
    frames=True,
    forms=True,
    annoying_tags=True,
    remove_unknown_tags=True,
    safe_attrs_only=True,
    kill_tags=[
        "base",
        "noscript",
        "template",
        "svg",
        "math",
        "audio",
        "video",
        "picture",
        "source",
        "track",
        "canvas",
        "map",
    ],
)
# Attributes a browser would fetch from (or send a request to), whatever element holds them.
_LOADING = ("src", "srcset", "lowsrc", "dynsrc", "longdesc", "usemap", "poster", "background", "action", "ping", "data")
_WEB = frozenset({"http", "https"})
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Our banner's stylesheet: the only style the page may use (its hash is in the policy).
STYLE = (
    "#govnews-replay{font:14px/1.4 sans-serif;background:#fdf2e9;border-bottom:2px solid #a04000;padding:.5em 1em;"
    "margin:0 0 1em}#govnews-replay a{color:#1f618d}.govnews-image{color:#7f8c8d}"
    "a.govnews-external::after{content:' \\2197';color:#a04000}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
POLICY = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; img-src 'none'; form-action 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


@dataclass(frozen=True)
class Banner:
    """What the banner says of the capture shown, and where its links lead."""

    url: str
    captured: str  # when we fetched it (ISO, UTC)
    recorded: str  # the WARC-Date of the record shown (earlier than captured for a 304)
    record: str  # the WARC file and offset
    status: int
    article: str | None  # the article's page in this archive, when the page is one
    captures: str | None  # every capture of the article


class Replay:
    """A captured page, cleaned: ``links()`` are its absolute http(s) targets, ``render()`` the page to send."""

    def __init__(self, stored: StoredResponse) -> None:
        self.url = stored.url
        # lxml refuses text that declares its encoding (an XHTML page's '<?xml ... encoding=...?>'): it is decoded.
        text = _XML_DECLARATION.sub("", stored.text(), count=1)
        try:
            self.tree = lxml_html.document_fromstring(text)
        except etree.ParserError:  # nothing but whitespace or comments
            self.tree = lxml_html.document_fromstring("<p></p>")
        self.tree.resolve_base_href(handle_failures="discard")
        self.tree.make_links_absolute(self.url, resolve_base_href=False, handle_failures="discard")
        _CLEANER(self.tree)
        for image in list(self.tree.iter("img")):
            alt = (image.get("alt") or "").strip()
            placeholder = etree.Element("span", {"class": "govnews-image"})
            placeholder.text = f"[ảnh / image{': ' + alt if alt else ''}]"
            placeholder.tail = image.tail
            image.getparent().replace(image, placeholder)
        for element in self.tree.iter(etree.Element):
            for name in _LOADING:
                element.attrib.pop(name, None)
            if element.tag != "a":
                element.attrib.pop("href", None)

    def links(self) -> set[str]:
        """The http(s) pages the page links to, without fragments."""
        return {urldefrag(href)[0] for href in self._hrefs() if urlsplit(href).scheme in _WEB}

    def render(self, banner: Banner, archived: set[str], replay_href: Callable[[str], str]) -> str:
        """The page with the banner on top: a link to a page in ``archived`` goes to its replay (``replay_href``),
        a link to this page's own parts stays, any other web link is marked external and leaves the archive."""
        for anchor in self.tree.iter("a"):
            href = anchor.get("href")
            if href is None:
                continue
            target, fragment = urldefrag(href)
            scheme = urlsplit(href).scheme
            if target == self.url and fragment:
                anchor.set("href", f"#{fragment}")
            elif scheme in _WEB and target in archived:
                anchor.set("href", replay_href(target) + (f"#{fragment}" if fragment else ""))
                anchor.set("class", "govnews-archived")
            elif scheme in _WEB or scheme == "mailto":
                anchor.set("class", "govnews-external")
                anchor.set("rel", "noopener noreferrer nofollow")
                anchor.set("target", "_blank")
                anchor.set("title", "Trang gốc, không có trong kho / the live site, not in this archive")
            else:
                del anchor.attrib["href"]
        head = self.tree.find("head")
        if head is None:
            head = etree.Element("head")
            self.tree.insert(0, head)
        style = etree.SubElement(head, "style")
        style.text = STYLE
        title = head.find("title")
        if title is None:
            title = etree.SubElement(head, "title")
        title.text = f"[Bản lưu / archived] {title.text or self.url}"
        body = self.tree.find("body")
        if body is None:
            body = etree.SubElement(self.tree, "body")
        body.insert(0, _banner(banner))
        return lxml_html.tostring(self.tree, encoding="unicode", doctype="<!DOCTYPE html>")

    def _hrefs(self) -> list[str]:
        return [anchor.get("href") for anchor in self.tree.iter("a") if anchor.get("href")]


def _banner(banner: Banner) -> etree._Element:
    """Our own markup, built as elements: every value is text, escaped when written."""
    box = etree.Element("div", {"id": "govnews-replay", "role": "note"})
    strong = etree.SubElement(box, "strong")
    strong.text = "Bản lưu / archived copy"
    strong.tail = " — "
    original = etree.SubElement(
        box, "a", {"class": "govnews-external", "href": banner.url, "rel": "noopener noreferrer"}
    )
    original.text = banner.url
    when = f"thu thập / captured {_utc(banner.captured)}, HTTP {banner.status}"
    if _utc(banner.recorded) != _utc(banner.captured):
        when += f" (304: bản ghi / the record of {_utc(banner.recorded)})"
    original.tail = f" · {when} · WARC {banner.record}. "
    note = etree.SubElement(box, "span")
    note.text = (
        "Đã bỏ script, biểu mẫu, khung, kiểu trình bày và ảnh; liên kết ↗ dẫn ra trang gốc. / Scripts, forms, "
        "frames, styles and images removed; links marked ↗ lead to the live site. "
    )
    for href, label in (
        (banner.article, "Bài viết trong kho / the article here"),
        (banner.captures, "Các bản lưu / captures"),
    ):
        if href:
            link = etree.SubElement(box, "a", {"href": href})
            link.text = label
            link.tail = " "
    return box


def _utc(iso: str) -> str:
    """'2026-12-07T04:03:47+00:00' or '...Z' as '2026-12-07 04:03:47 UTC'."""
    return iso.replace("T", " ").replace("+00:00", "").replace("Z", "") + " UTC"
