"""An HTML page as lines of visible text, each line knowing which elements its text came from.

Dates and bylines are found by reading a page the way a person does (line after line below the title),
but whether a line sits in a footer, a sidebar or a link list is only known from its elements.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from govnews.text import collapse_spaces, fold, nfc, squash_spaces

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul select option button".split()
)
SKIP_TAGS = frozenset("script style noscript template head svg iframe".split())
# Characters of a paragraph's opening that find the element holding it.
LOCATE_KEY_CHARS = 40
TRUNCATION_MARKS = ("...", "…")  # how a teaser that was cut short ends (folding leaves both as they are)


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


# Every element of a parsed page is an lxml.html HtmlElement (comments, processing instructions and entities their
# lxml.html classes), chosen by lxml in C. lxml.html's own parser asks a Python method for each element's class
# whenever Python code first touches it (to give forms, inputs and labels classes of their own, which nothing here
# uses): a third of the time of a walk over a page, and every stage, trafilatura included, walks the page.
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def parse(html: str) -> etree._Element | None:
    """Parse a decoded page; None for empty or unparseable input (callers then return None, never raise)."""
    if not html or not html.strip():
        return None
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8")
        parser.set_element_class_lookup(_ELEMENT_CLASSES)
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
            current.text += collapse_spaces(nfc(text))

    def flush() -> None:
        nonlocal current
        if current.pieces:  # a line still without text stays the current one (most boundaries close none)
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
            if element.tail and element is not start:
                parent = element.getparent()
                if parent is not None:
                    add(element.tail, parent)
    flush()
    return out


def copy_view(tree: etree._Element | None, headers: dict[str, str]) -> bool:
    """Whether the page shows itself a print or e-mail view of an article rather than the article: it asks search
    engines not to index it (meta robots or X-Robots-Tag), or it prints itself once loaded (``window.print()`` in
    the body's onload, as a portal's 'In tin' page does)."""
    if "noindex" in headers.get("x-robots-tag", "").lower():
        return True
    if tree is None:
        return False
    body = tree.find("body")
    if body is not None and _PRINTS.search(body.get("onload") or ""):
        return True
    return any(
        "noindex" in (element.get("content") or "").lower()
        for element in tree.iter("meta")
        if (element.get("name") or "").lower() in {"robots", "googlebot"}
    )


_PRINTS = re.compile(r"\bprint\s*\(")


def canonical_link(tree: etree._Element, page_url: str) -> str | None:
    """The page's rel=canonical, absolute, if it declares one."""
    for element in tree.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            return urljoin(page_url, element.get("href").strip())
    return None


# Folding a text piece by piece gives what folding it whole does when no piece starts with a character that
# could combine with, or reorder against, the end of the piece before it (none in these ranges: Latin, Vietnamese,
# Greek, Cyrillic, punctuation, symbols; all base characters, none the second of a composition, as a scan of
# unicodedata confirms), when no combining mark stands alone (folding drops it, which could join two runs of spaces)
# and when the text has no capital sigma (its lower case depends on the next letter). '\x00' separates the pieces:
# nothing combines with it, and it stays as it is.
# The ranges of a character class.
FOLDS_ALONE = "\x00-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1fff\u2000-\u20cf\u2100-\u2bff"
_UNSAFE_JOIN = re.compile(f"[\u0300-\u036f\u03a3]|\x00[^{FOLDS_ALONE}]")


class FoldedTexts(Mapping[etree._Element, str]):
    """Every body element's visible text, folded and squashed: the lead finder, the page classifier and the link and
    heading filters look elements up by their text (crawler.extract.folded_texts).

    Each text node of the page is folded once, in one call for the whole body, and an element's text is put together
    from its nodes' when first asked for: folding every element's text, each wrapper repeating its descendants', cost
    more than everything its readers do with them. A page whose text cannot be folded piece by piece the same way (see
    _UNSAFE_JOIN) has each element's text folded whole instead. Iteration is the body's elements in document order."""

    def __init__(self, tree: etree._Element) -> None:
        body = tree.find("body")
        self.root = body if body is not None else tree
        pieces: list[str] = []
        # The text nodes of each element's text (its own text, its descendants' and their tails): pieces[start:end].
        start: dict[etree._Element, int] = {}
        self._end: dict[etree._Element, int] = {}
        for event, node in etree.iterwalk(self.root, events=("start", "end", "comment", "pi")):
            if event == "start":
                start[node] = len(pieces)
                if node.text:
                    pieces.append(node.text)
            elif event == "end":
                self._end[node] = len(pieces)
                if node.tail and node is not self.root:
                    pieces.append(node.tail)
            elif node.tail:  # a comment or processing instruction: only its tail is text
                pieces.append(node.tail)
        self._start = start
        # Where each element of the body sits in the page (elements only: no comments, processing instructions).
        self.order: dict[etree._Element, int] = {element: i for i, element in enumerate(start)}
        joined = "\x00".join(pieces)
        self._pieces: list[str] | None = None
        if not _UNSAFE_JOIN.search(joined) and joined.count("\x00") == len(pieces) - 1:
            folded = collapse_spaces(fold(joined)).split("\x00")
            # A run of spaces over two pieces is one space: the second piece's is dropped.
            space_before = False
            for i, piece in enumerate(folded):
                if piece:
                    if space_before and piece[0] == " ":
                        piece = folded[i] = piece[1:]
                    if piece:
                        space_before = piece[-1] == " "
            self._pieces = folded
        self._texts: dict[etree._Element, str] = {}
        # Folded whole (see above): wrappers repeat their only child's text, and each text is folded once.
        self._folded: dict[str, str] = {}
        self._spaceless: dict[etree._Element, str] = {}
        self._located: dict[str, etree._Element | None] = {}

    def __getitem__(self, element: etree._Element) -> str:
        text = self._texts.get(element)
        if text is None:
            if element not in self._start:
                raise KeyError(element)
            if self._pieces is not None:
                text = "".join(self._pieces[self._start[element] : self._end[element]]).strip()
            else:
                raw = element.text_content()
                text = self._folded.get(raw)
                if text is None:
                    text = self._folded[raw] = fold(squash_spaces(raw))
            self._texts[element] = text
        return text

    def __contains__(self, element: object) -> bool:
        return element in self.order

    def __iter__(self) -> Iterator[etree._Element]:
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)

    def holders(self, key: str, spaceless: bool = False) -> list[etree._Element]:
        """The elements whose folded text holds ``key`` (compared without spaces if ``spaceless``), in document
        order. An element's text holds each of its descendants' texts, so only the children of an element that
        holds the key can: the search goes down from the body instead of reading every element."""

        def holds(element: etree._Element) -> bool:
            if not spaceless:
                return key in self[element]
            text = self._spaceless.get(element)
            if text is None:
                text = self._spaceless[element] = self[element].replace(" ", "")
            return key in text

        found: list[etree._Element] = []
        pending = [self.root] if holds(self.root) else []
        while pending:
            element = pending.pop()
            found.append(element)
            pending.extend(reversed([child for child in element.iterchildren(etree.Element) if holds(child)]))
        return found

    def locate(self, paragraph: str) -> etree._Element | None:
        """The smallest element whose folded text holds an extracted paragraph's opening words (a list item's '- '
        is markup): where the paragraph sits in the page. Asked for again (extraction and the page classifier both
        place every paragraph), the answer is remembered."""
        if paragraph not in self._located:
            folded = fold(paragraph).lstrip("-*• ")
            key = folded[:LOCATE_KEY_CHARS]
            holders = self.holders(key)
            best = self._smallest(holders)
            if best is not None and self[best].endswith(TRUNCATION_MARKS):
                # A teaser cut short (a newest-articles box showing this very article's sapo) holds the opening
                # words only: the paragraph is where its whole text is, if anywhere.
                whole = squash_spaces(folded)
                holding = self._smallest([element for element in holders if whole in self[element]])
                best = holding if holding is not None else best
            if best is None:
                # An extractor may glue or split words at inline boundaries ('(20/01/2025)Từ ngày'): compare without
                # spaces.
                best = self._smallest(self.holders(key.replace(" ", ""), spaceless=True))
            self._located[paragraph] = best
        return self._located[paragraph]

    def _smallest(self, holders: list[etree._Element]) -> etree._Element | None:
        """The shortest text among ``holders``; of equal ones the last in the page (the innermost wrapper)."""
        best = None
        for element in holders:
            if best is None or len(self[element]) <= len(self[best]):
                best = element
        return best
