"""Datasette plugin: an article as it was captured. Its page gets a permalink, the capture times, the content hash,
the captures of its pages and ready-to-paste citations (citation.py); ``/<db>/-/archived/<YYYYMMDDhhmmss>/<url>``
shows a page as captured, from the WARC record the archive points at (replay.py: sanitized, a strict CSP).

The timestamp is the UTC second the page was fetched (``pages.fetched_at``; for an earlier version of an article,
the last fetch that still showed it). Another timestamp answers with the nearest capture of that URL, as web
archives do, so a link from one captured page to another lands on the capture closest in time.
"""

import asyncio
import json
import re
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Response

from govnews.archive.warc import StoredResponse, read_response, warc_folder
from govnews.datasette_config import canned
from govnews.datasette_config.citation import Cited, citations
from govnews.datasette_config.replay import POLICY, Banner, Replay

ROUTE = r"^/(?P<database>[^/]+)/-/archived/(?P<timestamp>[0-9]{14})/(?P<url>.+)$"
ARTICLES = "articles"
STAMP = "%Y%m%d%H%M%S"
# Characters an archived URL keeps in our path as they are; the rest is percent-encoded ('%' too stays, so a URL
# already encoded is not encoded twice).
URL_SAFE = "/:?&=%@+,;~!$'()*[]"
REPLAY_HEADERS = {
    "content-security-policy": POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
# Not a page: given as a file to keep, never shown inline.
FILE_HEADERS = {"content-security-policy": "sandbox; default-src 'none'", "x-content-type-options": "nosniff"}
_FILE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def archived_path(datasette: Any, database: str, timestamp: str, url: str) -> str:
    """The path of ``url`` as captured at ``timestamp`` (YYYYMMDDhhmmss, UTC)."""
    return f"{datasette.urls.database(database)}/-/archived/{timestamp}/{quote(url, safe=URL_SAFE)}"


@hookimpl
def register_routes():
    return [(ROUTE, archived_view)]


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["archived_url"] = lambda url: quote(url, safe=URL_SAFE)


@hookimpl
def extra_template_vars(view_name, table, request, datasette, database):
    """On an article's page: its permalink, the captures of its pages (with replay paths) and its citations."""
    if view_name != "row" or table != ARTICLES or request is None:
        return {}

    async def inner():
        url = tilde_decode(request.url_vars["pks"])
        captures = [dict(row) for row in await canned.run(datasette, database, "article_captures", {"url": url})]
        for capture in captures:
            known = capture["replayable"] and capture["timestamp"]
            capture["href"] = (
                archived_path(datasette, database, capture["timestamp"], capture["url"]) if known else None
            )
        about = await canned.run(datasette, database, "article_citation", {"url": url})
        if not about:
            return {}
        permalink = datasette.absolute_url(request, datasette.urls.row(database, ARTICLES, tilde_encode(url)))
        # The capture cited: the newest of the article's own URL, else of any page filed under it.
        replayable = [c for c in captures if c["href"] and c["kind"] == "article"]
        cited = next((c for c in replayable if c["url"] == url), replayable[0] if replayable else None)
        citation = Cited(
            title=about[0]["title"] or url,
            url=url,
            site=about[0]["site"] or urlsplit(url).netloc,
            author=about[0]["author"],
            published=about[0]["published"],
            permalink=permalink,
            content_hash=about[0]["content_hash"] or "",
            captured=cited["fetched_at"] if cited else None,
            archived=datasette.absolute_url(request, cited["href"]) if cited else None,
        )
        return {"captures": captures, "permalink": permalink, "citations": citations(citation), "cited_capture": cited}

    return inner


async def archived_view(datasette, request):
    database = request.url_vars["database"]
    db = datasette.databases.get(database)
    if db is None or not db.path:
        return Response.text("no such archive\n", status=404)
    target = request.url_vars["url"] + (f"?{request.query_string}" if request.query_string else "")
    records: list[dict] = []
    for candidate in dict.fromkeys((target, unquote(target))):
        records = await canned.run(datasette, database, "url_captures", {"url": candidate})
        if records:
            break
    if not records:
        return Response.text(f"Không có bản lưu / not archived: {target}\n", status=404)
    wanted = request.url_vars["timestamp"]
    record = min(records, key=lambda r: (abs(_seconds(r["timestamp"]) - _seconds(wanted)), r["timestamp"]))
    if record["timestamp"] != wanted:
        return Response.redirect(archived_path(datasette, database, record["timestamp"], record["url"]))
    folder = warc_folder(db.path)
    stored = await asyncio.to_thread(read_response, folder, record["warc_file"], record["warc_offset"])
    if stored is None:
        where = f"{record['warc_file']} @ {record['warc_offset']}"
        return Response.text(
            f"Thiếu bản ghi WARC / the WARC record {where} is not here: this server has no {folder.name}/ beside the "
            "archive (a snapshot published without its WARC files?)\n",
            status=404,
        )
    if not _is_page(stored):
        name = _FILE_NAME.sub("_", urlsplit(stored.url).path.rsplit("/", 1)[-1]) or "capture"
        headers = {**FILE_HEADERS, "content-disposition": f'attachment; filename="{name}"'}
        content_type = stored.header("content-type") or "application/octet-stream"
        return Response(stored.body, content_type=content_type, headers=headers)
    page = await asyncio.to_thread(Replay, stored)
    links = await canned.run(datasette, database, "archived_urls", {"urls": json.dumps(sorted(page.links()))})
    article = record["canonical_url"] if record["kind"] in ("article", "version") else None
    banner = Banner(
        url=record["url"],
        captured=record["fetched_at"],
        recorded=stored.date,
        record=f"{record['warc_file']} @ {record['warc_offset']}",
        status=record["status"] or stored.status,
        article=datasette.urls.row(database, ARTICLES, tilde_encode(article)) if article else None,
        captures=f"{datasette.urls.row(database, ARTICLES, tilde_encode(article))}#captures" if article else None,
    )
    html = page.render(
        banner, {row["url"] for row in links}, lambda url: archived_path(datasette, database, wanted, url)
    )
    headers = {
        **REPLAY_HEADERS,
        "memento-datetime": format_datetime(_utc(wanted), usegmt=True),
        "link": f'<{quote(record["url"], safe=URL_SAFE)}>; rel="original"',
    }
    return Response.html(html, headers=headers)


def _is_page(stored: StoredResponse) -> bool:
    """HTML as declared, or undeclared and looking like it."""
    declared = (stored.header("content-type") or "").lower()
    if declared:
        return "html" in declared
    return stored.body[:512].lstrip().lower().startswith((b"<!doctype html", b"<html"))


def _seconds(timestamp: str) -> float:
    return _utc(timestamp).timestamp()


def _utc(timestamp: str) -> datetime:
    return datetime.strptime(timestamp, STAMP).replace(tzinfo=UTC)
