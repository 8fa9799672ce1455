"""Raw capture: every response the crawler receives, as WARC request/response records.

The WARC files are the archive's ground truth: `pages` rows point at their response record (file, offset,
length), recrawls replay a page's last body from them when the server answers 304, and `govnews reextract`
rebuilds articles from them without fetching again. One file set per crawl run, rotated by size; every
record is its own gzip member, so a record can be read by seeking to its offset (and pywb replays them).
"""

import http
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from w3lib.encoding import html_to_unicode
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from govnews.archive.schema import ArchiveError

# The body we store is already decoded by Scrapy: these headers would misdescribe it.
SOURCE_HEADER = "GovNews-Source"
PROVINCE_HEADER = "GovNews-Province"
# On the record of a source's home page as the crawl landed on it (after redirects): a rebuild from the files alone
# knows the source's own sub-site (crawler/dedupe.py url_preference).
HOME_HEADER = "GovNews-Home-Page"
_DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
# zlib's own default: warcio compresses at 9, which costs a fifth more CPU for files 0.3% smaller.
GZIP_LEVEL = 6


@dataclass(frozen=True)
class WarcPointer:
    file: str
    offset: int
    length: int


@dataclass(frozen=True)
class StoredResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    date: str
    source_id: str | None = None
    province: str | None = None
    home: bool = False

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)

    def text(self) -> str:
        """The body as the crawl read it: in the charset the headers or the page declare (windows-1258 too), unless
        its non-ASCII bytes are valid UTF-8, which wins whatever was declared (crawler.middlewares.repair_charset)."""
        if not self.body.isascii():
            try:
                return self.body.decode("utf-8")
            except UnicodeDecodeError:
                pass
        return html_to_unicode(self.header("content-type"), self.body)[1]


def warc_folder(db_path: str | Path) -> Path:
    """Where an archive keeps its WARC files: beside it, 'archive.db' -> 'archive.warc/'."""
    return Path(db_path).with_suffix(".warc")


class WarcRecorder:
    """Writes one crawl run's records into rotating files ``run-000042-00000.warc.gz``, ..."""

    def __init__(self, folder: Path, run_id: int, max_bytes: int) -> None:
        self.folder = folder
        self.run_id = run_id
        self.max_bytes = max_bytes
        self.sequence = -1
        self._handle: io.BufferedWriter | None = None
        self._writer: WARCWriter | None = None
        self._name = ""

    def _rotate(self) -> None:
        self.close()
        self.sequence += 1
        self.folder.mkdir(parents=True, exist_ok=True)
        self._name = f"run-{self.run_id:06d}-{self.sequence:05d}.warc.gz"
        self._handle = open(self.folder / self._name, "ab")  # noqa: SIM115 (held open across records)
        self._writer = WARCWriter(_GzipMembers(self._handle), gzip=False)

    def record(
        self,
        url: str,
        status: int,
        headers: dict[str, str],
        body: bytes,
        request_headers: dict[str, str],
        date: str,
        source_id: str,
        province: str | None,
        home: bool = False,
    ) -> WarcPointer:
        """Append a request and a response record; return where the response record lies.

        The source (and its province, and whether this is its home page) ride along as WARC extension headers, so
        the files alone are enough to rebuild the archive.
        """
        try:
            return self._record(url, status, headers, body, request_headers, date, source_id, province, home)
        except OSError as exc:  # a full disk, a read-only folder: stop the crawl like a failed database write
            raise ArchiveError(f"{self.folder}: cannot write WARC records: {exc}") from exc

    def _record(
        self,
        url: str,
        status: int,
        headers: dict[str, str],
        body: bytes,
        request_headers: dict[str, str],
        date: str,
        source_id: str,
        province: str | None,
        home: bool,
    ) -> WarcPointer:
        if self._handle is None or self._handle.tell() >= self.max_bytes:
            self._rotate()
        assert self._writer is not None and self._handle is not None
        request_line = StatusAndHeaders(
            f"GET {_path(url)} HTTP/1.1", list(request_headers.items()), is_http_request=True
        )
        self._writer.write_record(
            self._writer.create_warc_record(
                url, "request", http_headers=request_line, warc_headers_dict={"WARC-Date": _warc_date(date)}
            )
        )
        kept = [(k, v) for k, v in headers.items() if k.lower() not in _DROPPED_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        status_line = f"{status} {_phrase(status)}"
        response = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=StatusAndHeaders(status_line, kept, protocol="HTTP/1.1"),
            warc_headers_dict={
                "WARC-Date": _warc_date(date),
                SOURCE_HEADER: source_id,
                PROVINCE_HEADER: province or "",
                **({HOME_HEADER: "yes"} if home else {}),
            },
        )
        offset = self._handle.tell()
        self._writer.write_record(response)
        self._handle.flush()
        return WarcPointer(self._name, offset, self._handle.tell() - offset)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
        self._handle = None
        self._writer = None


def read_response(folder: Path, file: str, offset: int) -> StoredResponse | None:
    """The response record at ``offset`` of ``file``, or None when it is missing or unreadable."""
    path = folder / file
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            for record in ArchiveIterator(handle):
                if record.rec_type == "response":
                    return _stored(record)
                return None
    except (OSError, ValueError):
        return None
    return None


def iter_responses(folder: Path) -> Iterator[tuple[str, int, StoredResponse]]:
    """Every response record of every WARC file in ``folder``, in file order, with its file and offset."""
    for path in sorted(folder.glob("*.warc.gz")):
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle)
            for record in iterator:
                if record.rec_type == "response":
                    stored = _stored(record)  # the payload must be read before asking for the offset
                    yield path.name, iterator.get_record_offset(), stored


def _stored(record) -> StoredResponse:
    http_headers = record.http_headers
    return StoredResponse(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        status=int(http_headers.get_statuscode()),
        headers=list(http_headers.headers),
        body=record.content_stream().read(),
        date=record.rec_headers.get_header("WARC-Date"),
        source_id=record.rec_headers.get_header(SOURCE_HEADER),
        province=record.rec_headers.get_header(PROVINCE_HEADER) or None,
        home=record.rec_headers.get_header(HOME_HEADER) == "yes",
    )


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class _GzipMembers:
    """The file as warcio's writer sees it: each record (warcio flushes after each) its own gzip member, as warcio
    writes them with gzip=True, at GZIP_LEVEL."""

    def __init__(self, handle: io.BufferedWriter) -> None:
        self.handle = handle
        self.compressor: zlib._Compress | None = None

    def write(self, data: bytes) -> None:
        if self.compressor is None:
            self.compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self.handle.write(self.compressor.compress(data))

    def flush(self) -> None:
        if self.compressor is not None:
            self.handle.write(self.compressor.flush())
            self.compressor = None
        self.handle.flush()


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _warc_date(iso: str) -> str:
    """WARC-Date is UTC with a 'Z'."""
    return iso.replace("+00:00", "Z")
