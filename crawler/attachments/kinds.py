"""What a body is, from its own bytes: portals send PDFs as text/html and name .doc files .pdf, so the extension and
Content-Type are never asked. Also the two directory readers the sniffing needs, which the zip-bomb check reuses:
a zip's central directory and a compound (OLE2) file's root storage, both walked with bounds and without
inflating or decoding anything."""

import struct
from dataclasses import dataclass

from govnews.crawler.attachments.config import section

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
RTF_MAGIC = b"{\\rtf"
UTF8_BOM = b"\xef\xbb\xbf"

_EOCD = b"PK\x05\x06"
_EOCD64 = b"PK\x06\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CENTRAL = b"PK\x01\x02"
_CENTRAL_FORMAT = "<4sHHHHHHIIIHHHHHII"  # the 46 fixed bytes of a central directory header
_MAX_COMMENT = 0xFFFF
_ZIP64_EXTRA = 0x0001
_UTF8_NAMES = 0x0800

_OLE_FREE = 0xFFFFFFFF
_OLE_END = 0xFFFFFFFE
_OLE_ENTRY = 128
_OLE_STORAGE, _OLE_STREAM, _OLE_ROOT = 1, 2, 5


class NotAZip(ValueError):
    """The zip's end record or central directory is missing or damaged."""


class TooManyEntries(ValueError):
    """The central directory lists more entries than sniff.max_zip_entries."""


@dataclass(frozen=True)
class ZipEntry:
    name: str
    compressed: int
    uncompressed: int


def sniff_kind(body: bytes) -> str | None:
    """'pdf', 'docx', 'xlsx', 'doc', 'xls', 'rtf' from the body's own bytes; None for anything else (HTML, images,
    other zips and compound files)."""
    head = body[: section("sniff")["pdf_header_within"] + len(PDF_MAGIC)]
    at = head.find(PDF_MAGIC)
    if at == 0 or (at > 0 and b"<" not in head[:at]):  # junk before the header, but not an HTML page quoting it
        return "pdf"
    if body.startswith(RTF_MAGIC) or body.startswith(UTF8_BOM + RTF_MAGIC):
        return "rtf"
    if body.startswith(ZIP_MAGIC):
        return _zip_kind(body)
    if body.startswith(OLE_MAGIC):
        names = ole_root_names(body)
        if "WordDocument" in names:
            return "doc"
        if "Workbook" in names or "Book" in names:
            return "xls"
    return None


def _zip_kind(body: bytes) -> str | None:
    try:
        names = [entry.name for entry in zip_entries(body, first_only=True)]
    except NotAZip:
        names = []
    if any(name.startswith("word/") for name in names):
        return "docx"
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    return None


def zip_entries(body: bytes, first_only: bool = False) -> list[ZipEntry]:
    """The central directory's entries with their declared sizes. Python's zipfile (python-docx) stops inflating an
    entry at its declared size, so these numbers bound what opening the file can cost. A directory longer than
    sniff.max_zip_entries raises TooManyEntries, or with `first_only` (enough to sniff) gives its first entries."""
    end = body.rfind(_EOCD, max(0, len(body) - _MAX_COMMENT - 22))
    if end < 0 or end + 22 > len(body):
        raise NotAZip("no end of central directory record")
    _, _, _, _, count, size, offset, _ = struct.unpack_from("<4sHHHHIIH", body, end)
    if 0xFFFF in (count,) or 0xFFFFFFFF in (size, offset):
        count, size, offset = _zip64_directory(body, end)
    most = section("sniff")["max_zip_entries"]
    if count > most:
        if not first_only:
            raise TooManyEntries(f"{count} entries in the zip directory")
        count = most
    start = offset if body[offset : offset + 4] == _CENTRAL else end - size  # data prepended to the archive
    entries = []
    position = start
    fixed = struct.calcsize(_CENTRAL_FORMAT)
    for _ in range(count):
        if body[position : position + 4] != _CENTRAL or position + fixed > len(body):
            raise NotAZip("damaged central directory")
        header = struct.unpack_from(_CENTRAL_FORMAT, body, position)
        flags, compressed, uncompressed = header[3], header[8], header[9]
        name_len, extra_len, comment_len = header[10], header[11], header[12]
        name_raw = body[position + fixed : position + fixed + name_len]
        extra = body[position + fixed + name_len : position + fixed + name_len + extra_len]
        if 0xFFFFFFFF in (compressed, uncompressed):
            uncompressed, compressed = _zip64_sizes(extra, uncompressed, compressed)
        name = name_raw.decode("utf-8" if flags & _UTF8_NAMES else "cp437", errors="replace")
        entries.append(ZipEntry(name, compressed, uncompressed))
        position += fixed + name_len + extra_len + comment_len
    return entries


def _zip64_directory(body: bytes, end: int) -> tuple[int, int, int]:
    locator = end - 20
    if locator < 0 or body[locator : locator + 4] != _EOCD64_LOCATOR:
        raise NotAZip("zip64 end record missing")
    (record,) = struct.unpack_from("<Q", body, locator + 8)
    if body[record : record + 4] != _EOCD64 or record + 56 > len(body):
        raise NotAZip("zip64 end record damaged")
    count, size, offset = struct.unpack_from("<QQQ", body, record + 32)
    return count, size, offset


def _zip64_sizes(extra: bytes, uncompressed: int, compressed: int) -> tuple[int, int]:
    """The 64-bit sizes of a zip64 extra field, in the order the 32-bit fields were saturated."""
    position = 0
    while position + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, position)
        data = extra[position + 4 : position + 4 + length]
        if tag == _ZIP64_EXTRA:
            values = list(struct.unpack_from(f"<{len(data) // 8}Q", data))
            if uncompressed == 0xFFFFFFFF and values:
                uncompressed = values.pop(0)
            if compressed == 0xFFFFFFFF and values:
                compressed = values.pop(0)
            break
        position += 4 + length
    return uncompressed, compressed


def ole_root_names(body: bytes) -> set[str]:
    """Names of the streams and storages directly under a compound file's root: 'WordDocument' (Word 6-2003),
    'Workbook'/'Book' (Excel 97/95), 'EncryptedPackage' (a password-protected docx/xlsx). Embedded objects sit in
    sub-storages and do not count. Empty for a damaged file."""
    if len(body) < 512 or not body.startswith(OLE_MAGIC):
        return set()
    (shift,) = struct.unpack_from("<H", body, 30)
    if shift not in (9, 12):
        return set()
    reader = _OleReader(body, 1 << shift)
    entries = reader.directory(section("sniff")["max_ole_directory_sectors"])
    if not entries or entries[0][1] != _OLE_ROOT:
        return set()
    names: set[str] = set()
    pending, seen = [entries[0][4]], set()
    while pending:
        index = pending.pop()
        if index == _OLE_FREE or index in seen or index >= len(entries):
            continue
        seen.add(index)
        name, kind, left, right, _ = entries[index]
        if kind in (_OLE_STORAGE, _OLE_STREAM):
            names.add(name)
        pending += [left, right]
    return names


class _OleReader:
    """Just enough of [MS-CFB] to read the directory stream: the FAT, found through the header's DIFAT."""

    def __init__(self, body: bytes, sector: int) -> None:
        self.body = body
        self.sector = sector
        self.per_sector = sector // 4
        self._fat_sectors = self._difat()

    def _data(self, index: int) -> bytes:
        start = (index + 1) * self.sector
        return self.body[start : start + self.sector]

    def _difat(self) -> list[int]:
        fat = [s for s in struct.unpack_from("<109I", self.body, 76) if s != _OLE_FREE]
        (next_sector,) = struct.unpack_from("<I", self.body, 68)
        seen: set[int] = set()
        while next_sector not in (_OLE_END, _OLE_FREE) and next_sector not in seen:
            seen.add(next_sector)
            data = self._data(next_sector)
            if len(data) < self.sector:
                break
            values = struct.unpack_from(f"<{self.per_sector}I", data)
            fat += [s for s in values[:-1] if s != _OLE_FREE]
            next_sector = values[-1]
        return fat

    def _next(self, index: int) -> int:
        which, slot = divmod(index, self.per_sector)
        if which >= len(self._fat_sectors):
            return _OLE_END
        data = self._data(self._fat_sectors[which])
        if len(data) < (slot + 1) * 4:
            return _OLE_END
        value: int = struct.unpack_from("<I", data, slot * 4)[0]
        return value

    def directory(self, max_sectors: int) -> list[tuple[str, int, int, int, int]]:
        """(name, type, left sibling, right sibling, child) for each directory entry."""
        entries = []
        (index,) = struct.unpack_from("<I", self.body, 48)
        seen: set[int] = set()
        while index not in (_OLE_END, _OLE_FREE) and index not in seen and len(seen) < max_sectors:
            seen.add(index)
            data = self._data(index)
            for at in range(0, len(data) - _OLE_ENTRY + 1, _OLE_ENTRY):
                name_len, kind, _, left, right, child = struct.unpack_from("<HBBIII", data, at + 64)
                name = data[at : at + max(0, min(name_len, 64) - 2)].decode("utf-16-le", errors="replace")
                entries.append((name, kind, left, right, child))
            index = self._next(index)
        return entries
