"""Datasette plugin: ``.atom`` for any page of articles — a search, a facet selection, the ranked ``search`` query.

A journalist follows ``/archive/articles.atom?province=Đắk Lắk&_search=bạo lực gia đình`` in a feed reader.
Built with ElementTree, so every archived string is XML-escaped; content is plain text (type="text"), never
HTML, and only http(s) URLs become links.
"""

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from urllib.parse import unquote_plus

from datasette import hookimpl
from datasette.utils.asgi import Response

from govnews.datasette_config.plugins.govnews_pages import http_url

ATOM = "http://www.w3.org/2005/Atom"
REQUIRED = frozenset({"url", "title"})
SUMMARY_CHARS = 400
UPDATED_COLUMNS = ("changed_at", "last_seen", "published")
# Characters XML 1.0 cannot carry (archived pages sometimes hold them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ET.register_namespace("", ATOM)


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "atom", "render": render_atom, "can_render": can_render_atom}


def can_render_atom(columns):
    return REQUIRED <= set(columns or [])


def _text(value: object) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def _timestamp(value: object) -> str | None:
    """An RFC 3339 timestamp from an archive date ('2023-11-02' is midnight UTC), or None."""
    text = _text(value).strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _add(parent: ET.Element, tag: str, text: object = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = _text(text)
    return element


def _entry(feed: ET.Element, row: dict, now: str) -> str:
    updated = next((t for t in (_timestamp(row.get(c)) for c in UPDATED_COLUMNS) if t), now)
    entry = _add(feed, "entry")
    _add(entry, "id", row["url"])
    _add(entry, "title", row["title"] or row["url"], type="text")
    _add(entry, "updated", updated)
    if _timestamp(row.get("published")):
        _add(entry, "published", _timestamp(row["published"]))
    link = http_url(row["url"])
    if link:
        _add(entry, "link", href=link, rel="alternate")
    if row.get("author"):
        _add(_add(entry, "author"), "name", row["author"])
    if row.get("province"):
        _add(entry, "category", term=_text(row["province"]))
    summary = row.get("snippet") or _text(row.get("text"))[:SUMMARY_CHARS]
    if summary:
        _add(entry, "summary", summary, type="text")
    return updated


async def render_atom(datasette, request, rows, columns, database, table, query_name):
    """The rows of this page as an Atom feed whose id and self link are the page's own URL."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    self_url = request.url
    feed = ET.Element(f"{{{ATOM}}}feed")
    selection = unquote_plus(request.query_string)
    _add(feed, "title", f"govnews: {table or query_name or database}" + (f" ?{selection}" if selection else ""))
    _add(feed, "id", self_url)
    _add(feed, "link", href=self_url, rel="self")
    updated_at = _add(feed, "updated", now)
    stamps = [_entry(feed, dict(zip(columns, row, strict=False)), now) for row in rows]
    updated_at.text = max(stamps, default=now)
    body = ET.tostring(feed, encoding="unicode", xml_declaration=True)
    return Response(body, content_type="application/atom+xml; charset=utf-8")
