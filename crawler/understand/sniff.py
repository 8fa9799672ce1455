"""What a body really is when a server calls everything text/html: signatures in signatures.yml."""

import re
from functools import cache
from pathlib import Path

import yaml

SIGNATURES_FILE = Path(__file__).with_name("signatures.yml")
# Bytes looked at for NULs: text pages have none (UTF-16 pages, which do, start with a BOM).
_SNIFF_BYTES = 1024
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_XML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(rss|feed|urlset|sitemapindex|rdf:RDF)\b", re.S
)


@cache
def signatures() -> tuple[tuple[bytes, str], ...]:
    data = yaml.safe_load(SIGNATURES_FILE.read_text(encoding="utf-8"))
    return tuple((magic.encode("latin-1"), kind) for magic, kind in data["signatures"].items())


def binary_type(body: bytes) -> str | None:
    """The file type of a body that is not text ('application/pdf', ...), 'binary' for unknown NUL-laden
    bytes, or None for text."""
    for magic, kind in signatures():
        if body.startswith(magic):
            return kind
    head = body[:_SNIFF_BYTES]
    if b"\x00" in head and not head.startswith(_UTF16_BOMS):
        return "binary"
    return None


def is_xml_document(body: bytes) -> bool:
    """Feeds and sitemaps, whatever Content-Type the server claims."""
    if body[:2] == b"\x1f\x8b":
        return True
    return bool(_XML_START.match(body[:2048]))
