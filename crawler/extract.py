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
    document = trafilatura.bare_extraction(nfc(html), url=url, with_metadata=True, **cfg.options)
    if document is None or not document.text:
        return None
    title = squash_spaces(nfc(document.title)) if document.title else None
    paragraphs = clean_paragraphs(document.text, title)
    return Extraction(
        title=title,
        paragraphs=paragraphs,
        author=document.author,
        date=document.date,
        sitename=document.sitename,
        description=document.description,
    )


def clean_paragraphs(text: str, title: str | None) -> list[str]:
    """Split trafilatura's markdown-ish text into plain paragraphs, dropping portal boilerplate
    and a repeat of the title at the top."""
    cfg = config()
    folded_title = fold(title) if title else None
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", nfc(text)):
        lines = [_plain(line, cfg.markdown) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        for line in lines:
            folded = fold(line)
            if any(p.search(folded) for p in cfg.boilerplate):
                continue
            if not paragraphs and folded_title and _same_heading(folded, folded_title):
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
