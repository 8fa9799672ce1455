"""An HTML page as lines of visible text, each line knowing which elements its text came from.

Dates and bylines are found by reading a page the way a person does (line after line below the title),
but whether a line sits in a footer, a sidebar or a link list is only known from its elements.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from govnews.text import nfc, squash_spaces

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul select option button".split()
)
SKIP_TAGS = frozenset("script style noscript template head svg iframe".split())
_SPACES = re.compile(r"\s+")
# Characters of a paragraph's opening that find the element holding it.
LOCATE_KEY_CHARS = 40


@dataclass
class Line:
    """Visible text (NFC) between two block boundaries; ``pieces`` maps text offsets to the element holding them."""

    text: str = ""
    pieces: list[tuple[int, etree._Element]] = field(default_factory=list)

    def element_at(self, offset: int) -> etree._Element | None:
        """The element whose own text (or a child's tail) covers ``offset``."""
        found = None
        for start, element in self.pieces:
            if start > offset:
                break
            found = element
        return found


def parse(html: str) -> etree._Element | None:
    """Parse a decoded page; None for empty or unparseable input (callers then return None, never raise)."""
    if not html or not html.strip():
        return None
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8")
        return lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError, UnicodeError):
        return None


class Parsed:
    """A page parsed once and its lines walked once, for every stage that reads them (dates, bylines):
    parsing and walking a page cost more than what each stage then does with it.

    ``root`` is parsed from ``html`` (in NFC) when first asked for, unless a caller that already parsed the page
    the same way (extraction) hands its tree over; nobody may change that tree.
    """

    def __init__(self, html: str, root: etree._Element | None = None) -> None:
        # NFC: portals serve decomposed pages (windows-1258 decodes to NFD, old CMS exports store it), and a
        # decomposed heading or byline must compare equal to its composed spelling.
        self.html = nfc(html)
        if root is not None:
            self.root = root

    @cached_property
    def root(self) -> etree._Element | None:
        return parse(self.html)

    @cached_property
    def lines(self) -> list[Line]:
        return lines(self.root) if self.root is not None else []


def title_text(root: etree._Element) -> str:
    """The <title> text, whitespace collapsed."""
    found = root.find(".//title")
    return squash_spaces(found.text_content()) if found is not None else ""


def lines(root: etree._Element) -> list[Line]:
    """Visible lines of the page's body in document order (scripts, styles and <head> skipped)."""
    body = root.find("body")
    start = body if body is not None else root
    out: list[Line] = []
    current = Line()

    def add(text: str | None, element: etree._Element) -> None:
        if text:
            current.pieces.append((len(current.text), element))
            current.text += _SPACES.sub(" ", nfc(text))

    def flush() -> None:
        nonlocal current
        if current.text.strip():
            out.append(current)
        current = Line()

    walker = etree.iterwalk(start, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else None
        if event in ("comment", "pi"):
            add(element.tail, element.getparent())
        elif event == "start":
            if tag in BLOCK_TAGS:
                flush()
            if tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            add(element.text, element)
        else:
            if tag in BLOCK_TAGS:
                flush()
            if element is not start and element.getparent() is not None:
                add(element.tail, element.getparent())
    flush()
    return out


def canonical_link(tree: etree._Element, page_url: str) -> str | None:
    """The page's rel=canonical, absolute, if it declares one."""
    for element in tree.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            return urljoin(page_url, element.get("href").strip())
    return None


def locate(texts: dict[etree._Element, str], folded: str) -> etree._Element | None:
    """The smallest element whose folded text (``texts``, crawler.extract.folded_texts) holds a folded
    paragraph's opening words (a list item's '- ' is markup): where an extracted paragraph sits in the page."""
    key = folded.lstrip("-*• ")[:LOCATE_KEY_CHARS]
    best = _smallest_holding(texts, key, lambda text: text)
    if best is None:
        # An extractor may glue or split words at inline boundaries ('(20/01/2025)Từ ngày'): compare without spaces.
        best = _smallest_holding(texts, key.replace(" ", ""), lambda text: text.replace(" ", ""))
    return best


def _smallest_holding(texts: dict[etree._Element, str], key: str, form: Callable[[str], str]) -> etree._Element | None:
    best = None
    for element, text in texts.items():
        if key in form(text) and (best is None or len(text) <= len(texts[best])):
            best = element
    return best
