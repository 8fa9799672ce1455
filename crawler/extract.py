"""Article body and metadata: trafilatura, then the Vietnamese portal boilerplate it leaves behind.

Settings (trafilatura options, boilerplate patterns) live in extract.yml, not in code.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import trafilatura
import yaml

from crawler.understand.text import fold, nfc, squash_spaces

CONFIG_FILE = Path(__file__).with_name("extract.yml")
_HEADING = re.compile(r"^#{1,6}\s+")
_BULLET = re.compile(r"^[-*•+>]\s*")
_TRAILING_DATE = re.compile(r"\s*[\(\[]\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[^)\]]{0,20}[\)\]]\s*$")
MIN_LINK_TEXT = 12
LAYOUT_CELL_CHARS = 400


@dataclass
class Extraction:
    """What trafilatura found on a page, cleaned: the body as paragraphs and the page's metadata."""

    title: str | None
    paragraphs: list[str]
    author: str | None
    date: str | None
    sitename: str | None
    description: str | None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class ExtractConfig:
    options: dict[str, Any]
    boilerplate: tuple[re.Pattern, ...]
    markdown: re.Pattern


@cache
def config() -> ExtractConfig:
    data = yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    return ExtractConfig(
        options=data["trafilatura"],
        boilerplate=tuple(re.compile(p) for p in data["boilerplate_paragraphs"]),
        markdown=re.compile(data["markdown_markers"]),
    )


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """Parse a page leniently (malformed table layouts included); None when there is nothing to parse."""
    if not html or not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def extract(html: str, url: str) -> Extraction | None:
    """Extract a page's main text; None when trafilatura finds no main content at all."""
    cfg = config()
    tree = parse_html(nfc(html))
    if tree is None:
        return None
    anchors = link_texts(tree)
    unwrap_layout_tables(tree)
    document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, **cfg.options)
    if document is None or not document.text:
        return None
    title = squash_spaces(nfc(document.title)) if document.title else None
    paragraphs = clean_paragraphs(document.text, title, anchors)
    return Extraction(
        title=title,
        paragraphs=paragraphs,
        author=document.author,
        date=document.date,
        sitename=document.sitename,
        description=document.description,
    )


def link_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """Folded texts of the page's links: a body paragraph that is only a link's text is navigation."""
    texts = set()
    for anchor in tree.iter("a"):
        text = fold(squash_spaces(anchor.text_content()))
        if len(text) >= MIN_LINK_TEXT:
            texts.add(text)
    return texts


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn layout tables (old portals lay out whole pages with nested tables) into plain divs, so that
    trafilatura sees their cells as page regions rather than one big data table. Data tables stay."""
    for table in list(tree.iter("table")):
        if _is_layout_table(table):
            for element in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                if element is table or not _is_data_table(element):
                    element.tag = "div"


def _is_data_table(element: lxml.html.HtmlElement) -> bool:
    return element.tag == "table" and not _is_layout_table(element)


def _is_layout_table(table: lxml.html.HtmlElement) -> bool:
    if table.find(".//table") is not None:
        return True
    for cell in table.iter("td", "th"):
        if cell.find(".//p") is not None or cell.find(".//div") is not None or cell.find(".//h1") is not None:
            return True
        if len(cell.text_content()) > LAYOUT_CELL_CHARS:
            return True
    return False


def clean_paragraphs(text: str, title: str | None, anchors: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Split trafilatura's markdown-ish text into plain paragraphs, dropping portal boilerplate, a repeat
    of the title at the top, and paragraphs that are only a link's text (related-news lists)."""
    cfg = config()
    folded_title = fold(title) if title else None
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", nfc(text)):
        for raw in block.split("\n"):
            line = _plain(raw, cfg.markdown)
            if not line:
                continue
            folded = fold(line)
            if any(p.search(folded) for p in cfg.boilerplate):
                continue
            if not paragraphs and folded_title and _same_heading(folded, folded_title):
                continue
            if _TRAILING_DATE.sub("", _BULLET.sub("", folded)).strip() in anchors:
                continue
            paragraphs.append(line)
    return paragraphs


def _plain(line: str, markdown: re.Pattern) -> str:
    line = _HEADING.sub("", line.strip())
    line = markdown.sub("", line)
    return squash_spaces(line)


def _same_heading(folded_line: str, folded_title: str) -> bool:
    line = folded_line.strip(" .:")
    title = folded_title.strip(" .:")
    return line == title or (len(line) > 20 and (title.startswith(line) or line.startswith(title)))
