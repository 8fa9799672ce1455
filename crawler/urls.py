"""Canonical URLs, crawl scope and URL traps. The rules themselves are data in url_rules.yml."""

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urlsplit, urlunsplit

import yaml

from govnews.text import nfc

RULES_FILE = Path(__file__).with_name("url_rules.yml")
_DATE_IN_URL = re.compile(r"(?<!\d)(?:19|20)\d{2}[-/._]?(?:1[0-2]|0?[1-9])(?:[-/._]?(?:3[01]|[12]\d|0?[1-9]))?(?!\d)")
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
# Escapes of ASCII characters that are not unreserved (RFC 3986 2.3: letters, digits, '-', '.', '_', '~').
_KEPT_ESCAPE = re.compile(r"(%(?:[01][0-9A-Fa-f]|2[0-9A-Ca-c]|2[Ff]|3[A-Fa-f]|40|5[B-Eb-e]|60|7[B-Db-dFf]))")
_QUERY_SAFE = "/%:@!$'()*+,;-._~"


@dataclass(frozen=True)
class UrlRules:
    drop_params: frozenset[str]
    drop_param_prefixes: tuple[str, ...]
    path_sessions: tuple[re.Pattern, ...]
    path_commands: tuple[re.Pattern, ...]
    path_rewrites: tuple[tuple[re.Pattern, str], ...]
    skip_extensions: frozenset[str]
    attachment_extensions: frozenset[str]
    attachment_paths: tuple[re.Pattern, ...]
    skip_paths: tuple[re.Pattern, ...]
    search_params: frozenset[str]
    max_path_segments: int
    max_segment_repeats: int
    public_suffixes: frozenset[str]


@cache
def rules() -> UrlRules:
    """The URL rules, read once from url_rules.yml."""
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return UrlRules(
        drop_params=frozenset(p.lower() for p in data["drop_params"]),
        drop_param_prefixes=tuple(p.lower() for p in data["drop_param_prefixes"]),
        path_sessions=tuple(re.compile(p, re.I) for p in data["path_session_patterns"]),
        path_commands=tuple(re.compile(p, re.I) for p in data["path_command_patterns"]),
        path_rewrites=tuple((re.compile(p, re.I), replacement) for p, replacement in data["path_rewrites"]),
        skip_extensions=frozenset(data["skip_extensions"]),
        attachment_extensions=frozenset(data["attachment_extensions"]),
        attachment_paths=tuple(re.compile(p, re.I) for p in data["attachment_path_patterns"]),
        skip_paths=tuple(re.compile(p, re.I) for p in data["skip_path_patterns"]),
        search_params=frozenset(data["search_params"]),
        max_path_segments=data["max_path_segments"],
        max_segment_repeats=data["max_segment_repeats"],
        public_suffixes=frozenset(data["public_suffixes"]),
    )


def _keep_param(name: str) -> bool:
    low = name.lower()
    r = rules()
    return low not in r.drop_params and not low.startswith(r.drop_param_prefixes)


# canonicalize, site_of, onto_site and is_skipped are pure functions of a URL, asked about each of a page's links
# several times (the spider's target set, its follow list, the scope test, the request) and about the same menu links on
# every page of a site: remembered for the last URLS_REMEMBERED URLs.
URLS_REMEMBERED = 16384


@lru_cache(maxsize=URLS_REMEMBERED)
def canonicalize(url: str) -> str:
    """One spelling per page: lower-case scheme and host, default port dropped, no fragment,
    session/tracking/print parameters dropped, the rest sorted, percent-encoding normalised (NFC).

    Idempotent: canonicalize(canonicalize(u)) == canonicalize(u). Never raises on a string.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    netloc = host
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    path, query = parts.path or "/", parts.query
    for pattern in rules().path_sessions:
        path = pattern.sub("", path)
    for pattern in rules().path_commands:
        command = pattern.search(path)
        if command:
            path, query = path[: command.start("bang")], "&".join(filter(None, (path[command.end("bang") :], query)))
    for pattern, replacement in rules().path_rewrites:
        path = pattern.sub(replacement, path)
    path = _normal_path(path)
    pairs = [pair for pair in _query_pairs(query) if _keep_param(pair[0])]
    # Names without a value first, as written (a Domino command must open the query: '?OpenView&Count=30&Start=31'),
    # then the rest sorted.
    ordered = [pair for pair in pairs if pair[1] is None] + sorted(pair for pair in pairs if pair[1] is not None)
    return urlunsplit((scheme, netloc, path, _query_text(ordered), ""))


def _query_pairs(query: str) -> list[tuple[str, str | None]]:
    """A query's names and values, decoded and NFC; a name written without '=' has the value None: '?OpenDocument'
    (Lotus Domino's command) is not '?OpenDocument=', which the server may not answer alike."""
    pairs: list[tuple[str, str | None]] = []
    for piece in query.split("&"):
        if piece:
            name, equals, value = piece.partition("=")
            pairs.append((nfc(unquote_plus(name)), nfc(unquote_plus(value)) if equals else None))
    return pairs


def _query_text(pairs: list[tuple[str, str | None]]) -> str:
    return "&".join(
        quote(name, safe=_QUERY_SAFE)
        if value is None
        else f"{quote(name, safe=_QUERY_SAFE)}={quote(value, safe=_QUERY_SAFE)}"
        for name, value in pairs
    )


def _normal_path(path: str) -> str:
    """A path's percent-encoding normalised (RFC 3986 6.2.2): escapes of unreserved and non-ASCII characters decoded
    and the text NFC, then escaped again as one spelling; an escape of any other ASCII character kept as written
    (upper-case): 'a%2Cb' and 'a,b' may be two pages and 'a%2Fb' is not 'a/b' (SharePoint page names with commas)."""
    pieces = _KEPT_ESCAPE.split(path)
    return "".join(piece.upper() if i % 2 else _respelled(piece) for i, piece in enumerate(pieces))


def _respelled(path: str) -> str:
    """Every escape of ``path`` decoded, the text NFC, then escaped again as one spelling."""
    return quote(nfc(unquote(path)), safe=_PATH_SAFE)


def former_spelling(url: str) -> str | None:
    """The spelling `canonicalize` gave ``url`` before escapes of reserved characters were kept and names without a
    value kept bare (archives written before 2026-12-07 hold it), when it differs: a recrawl still knows those pages."""
    parts = urlsplit(url)
    pairs = _query_pairs(parts.query)
    if not _KEPT_ESCAPE.search(parts.path) and all(value is not None for _, value in pairs):
        return None
    query = _query_text(sorted((name, value or "") for name, value in pairs))
    former = urlunsplit(parts._replace(path=_respelled(parts.path), query=query))
    return former if former != url else None


@lru_cache(maxsize=URLS_REMEMBERED)
def site_of(url: str) -> str:
    """A site: scheme + host + port, the unit robots.txt applies to (several test portals share 127.0.0.1)."""
    parts = urlsplit(canonicalize(url))
    return f"{parts.scheme}://{parts.netloc}"


@lru_cache(maxsize=URLS_REMEMBERED)
def _scope_key(site: str) -> str:
    """Host (without www.) and any non-default port: http/https and www. spellings are one scope."""
    netloc = urlsplit(site).netloc
    return netloc[4:] if netloc.startswith("www.") else netloc


def in_scope(url: str, site: str) -> bool:
    """Whether ``url`` is on the site ``site`` (as returned by site_of), over http or https, www. or not."""
    return _scope_key(site_of(url)) == _scope_key(site)


def declared_canonical(canonical: str | None, page_url: str, site: str) -> str | None:
    """The URL a page names as its own with rel=canonical, spelled as crawled: a URL on the site, or the page's own
    path and query on another host (the production host, named from a mirror, a staging copy or a new domain).
    None when the page names none, or names a page of another site (syndicated text stays where it was found)."""
    if not canonical:
        return None
    if in_scope(canonical, site):
        return canonicalize(canonical)
    named, own = urlsplit(canonicalize(canonical)), urlsplit(canonicalize(page_url))
    return canonicalize(page_url) if (named.path, named.query) == (own.path, own.query) else None


@lru_cache(maxsize=URLS_REMEMBERED)
def onto_site(url: str, site: str) -> str:
    """An in-scope URL spelled on the site's own origin, so that a page linked as http://, https://, www. or
    not is one request (and one robots.txt applies to it)."""
    parts = urlsplit(url)
    origin = urlsplit(site)
    return urlunsplit((origin.scheme, origin.netloc, parts.path, parts.query, ""))


def registrable_domain(host: str) -> str:
    """The domain an organisation registered: one label more than the longest public suffix in url_rules.yml
    (sldtbxh.haugiang.gov.vn -> haugiang.gov.vn). An IP address or a single-label host is its own domain."""
    host = host.lower().rstrip(".")
    if _is_address(host):
        return host
    labels = host.split(".")
    suffixes = rules().public_suffixes
    longest = max((n for n in range(1, len(labels)) if ".".join(labels[-n:]) in suffixes), default=1)
    return ".".join(labels[-(longest + 1) :])


def same_owner(site: str, other: str) -> bool:
    """Whether two sites belong to one organisation: a portal that moved to https://, to portal.x.gov.vn, or a
    department renamed from sldtbxh.x.gov.vn to snv.x.gov.vn. Sites on an IP address only own themselves."""
    a, b = urlsplit(site), urlsplit(other)
    if not a.hostname or not b.hostname:
        return False
    if _is_address(a.hostname) or _is_address(b.hostname):
        return _scope_key(site) == _scope_key(other)
    return registrable_domain(a.hostname) == registrable_domain(b.hostname)


def _is_address(host: str) -> bool:
    """An IP address or a single-label name (localhost): no domain to share with another host."""
    return ":" in host or "." not in host or all(label.isdigit() for label in host.split("."))


@lru_cache(maxsize=URLS_REMEMBERED)
def is_skipped(url: str) -> bool:
    """Attachments, admin and search pages, print views, calendars and looping paths: never crawled as pages."""
    parts = urlsplit(url)
    path = unquote(parts.path).lower()
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    r = rules()
    if ext in r.skip_extensions and not path.endswith(".xml.gz"):  # a gzipped sitemap or feed is no attachment
        return True
    target = path + ("?" + parts.query.lower() if parts.query else "")
    if any(p.search(target) for p in r.skip_paths):
        return True
    segments = [s for s in path.split("/") if s]
    if len(segments) > r.max_path_segments or (
        segments and max(segments.count(s) for s in segments) > r.max_segment_repeats
    ):
        return True  # relative links gone round in circles: /tin/tin/tin/... never ends
    names = {k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)}
    return bool(names & r.search_params)


@lru_cache(maxsize=URLS_REMEMBERED)
def is_attachment(url: str) -> bool:
    """A link to a file an article may attach (a .pdf, .doc, .xls..., or a download handler): a candidate only,
    its type is decided from its first bytes once fetched (crawler/attachments)."""
    parts = urlsplit(url)
    path = unquote(parts.path).lower()
    name = path.rsplit("/", 1)[-1]
    r = rules()
    if "." in name and name.rsplit(".", 1)[-1] in r.attachment_extensions:
        return True
    target = path + ("?" + parts.query.lower() if parts.query else "")
    return any(p.search(target) for p in r.attachment_paths)


def date_shape(url: str) -> str | None:
    """For a URL that carries a date (calendar, day archive), its shape with the date blanked out.

    URLs with the same shape differ only in a date: an endless calendar. Article permalinks such as
    /2023/03/27/slug/ keep their slug in the shape, so distinct articles never share one.
    """
    parts = urlsplit(url)
    target = parts.path + "?" + parts.query
    if not _DATE_IN_URL.search(target):
        return None
    return parts.netloc + _DATE_IN_URL.sub("{date}", target)
