"""What a body really is when a server calls everything text/html: signatures in signatures.yml."""

import re
import zlib
from functools import cache
from pathlib import Path

import lxml.etree
import yaml

SIGNATURES_FILE = Path(__file__).with_name("signatures.yml")
# Bytes looked at for NULs: text pages have none (UTF-16 pages, which do, start with a BOM).
_SNIFF_BYTES = 1024
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
GZIP_MAGIC = b"\x1f\x8b"
# Root elements of feeds and sitemaps (local names, lowercased): RSS 2.0, RSS 1.0 (rdf:RDF), Atom, sitemaps.
XML_LISTING_ROOTS = frozenset({"urlset", "sitemapindex", "rss", "rdf", "feed"})
# The root element is looked for in this much of a body (or of its gunzipped start), fed to the parser a chunk
# at a time so that a page whose root starts early (every HTML page) costs a chunk, not the page.
_ROOT_BYTES = 16 * 1024
_ROOT_CHUNK = 1024


@cache
def _rules() -> dict:
    return yaml.safe_load(SIGNATURES_FILE.read_text(encoding="utf-8"))


@cache
def signatures() -> tuple[tuple[bytes, str], ...]:
    return tuple((magic.encode("latin-1"), kind) for magic, kind in _rules()["signatures"].items())


@cache
def page_content_types() -> re.Pattern:
    return re.compile(_rules()["page_content_types"])


def not_a_page(body: bytes, content_type: str | None) -> str | None:
    """Why a response is no page (its sniffed file type, or the non-page Content-Type the server named: an API's
    JSON), or None for a page. The crawl and reextract decide alike."""
    declared = (content_type or "").lower()
    return binary_type(body) or (declared if declared and not page_content_types().search(declared) else None)


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


def _head(body: bytes) -> bytes:
    """The first _ROOT_BYTES of a body, gunzipped first when it is gzip (only as much as that takes)."""
    if not body.startswith(GZIP_MAGIC):
        return body[:_ROOT_BYTES]
    try:
        # Compressed data is never much longer than what it holds: 4x the wanted output is input enough.
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body[: 4 * _ROOT_BYTES], _ROOT_BYTES)
    except zlib.error:
        return b""


def xml_root(body: bytes) -> str | None:
    """The local name, lowercased, of a body's root element read as XML ('urlset', 'rss', 'html', ...), or None
    when its first 16 KB hold no element. The prolog is skipped as an XML parser skips it (BOM, whitespace, XML
    declaration, stylesheet and other processing instructions, comments, DOCTYPE), in any encoding lxml reads
    (UTF-16 too); gzip is unpacked first. No network, no entity expansion, no DTD loading."""
    head = _head(body)
    parser = lxml.etree.XMLPullParser(
        events=("start",), recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        for start in range(0, len(head), _ROOT_CHUNK):
            parser.feed(head[start : start + _ROOT_CHUNK])
            for _, element in parser.read_events():
                return lxml.etree.QName(element).localname.lower()
        parser.close()
        for _, element in parser.read_events():
            return lxml.etree.QName(element).localname.lower()
    except lxml.etree.XMLSyntaxError:
        return None
    return None


def is_xml_document(body: bytes) -> bool:
    """Feeds and sitemaps, whatever Content-Type the server claims: decided by the root element (an XHTML page,
    whose root is <html>, is a page)."""
    return xml_root(body) in XML_LISTING_ROOTS
