"""Text helpers the templates share: slugs, Vietnamese date forms, windows-1258 encoding, a tiny PDF."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from html import escape

from govnews.crawler.attachments.legacy import tcvn3_tables

VN_TZ = timezone(timedelta(hours=7))
# English month and weekday names as the templates' English sections print dates (not the locale's: it may be anything).
# WordPress's Vietnamese month names, as its date archives and widgets print them.
MONTHS_VI = (
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
)

EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def esc(text: str) -> str:
    """HTML-escape text and attribute values alike."""
    return escape(text, quote=True)


def ascii_slug(text: str, keep_case: bool = False, limit: int | None = None) -> str:
    """'Điện Biên: Triển khai' -> 'dien-bien-trien-khai' (Liferay and SharePoint keep the case)."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = _NON_ALNUM.sub("-", bare).strip("-")
    if limit:
        slug = slug[:limit].rstrip("-")
    return slug if keep_case else slug.lower()


def stable_token(seed: str, length: int = 6) -> str:
    """A random-looking but stable [0-9a-z] token (SharePoint slug suffixes, Liferay instance ids)."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    value = int.from_bytes(seed.encode("utf-8"), "big") * 2654435761 + len(seed)
    out = []
    for _ in range(length):
        value, digit = divmod(value * 31 + 7, 36)
        out.append(alphabet[digit])
    return "".join(out)


@dataclass(frozen=True)
class When:
    """A publication moment; ``has_time`` is False for the corpus' date-only values."""

    at: datetime
    has_time: bool

    @classmethod
    def parse(cls, iso: str) -> "When":
        has_time = "T" in iso or " " in iso.strip()
        at = datetime.fromisoformat(iso.strip())
        if at.tzinfo is None:
            at = at.replace(tzinfo=VN_TZ)
        return cls(at.astimezone(VN_TZ), has_time)

    def machine(self) -> str:
        """ISO 8601 for meta tags; date-only stays date-only so it never claims a time it lacks."""
        return self.at.isoformat(timespec="seconds") if self.has_time else self.at.date().isoformat()

    def dmy(self, sep: str = "/") -> str:
        return self.at.strftime(f"%d{sep}%m{sep}%Y")

    def hm(self, fmt: str = "%H:%M") -> str:
        """The time part, or '' for date-only values."""
        return self.at.strftime(fmt) if self.has_time else ""

    def with_time(self, date_part: str, time_fmt: str = "%H:%M", join: str = " ", time_first: bool = False) -> str:
        """'dd/mm/YYYY HH:MM' style strings that drop the time for date-only values."""
        clock = self.hm(time_fmt)
        if not clock:
            return date_part
        return f"{clock}{join}{date_part}" if time_first else f"{date_part}{join}{clock}"

    def sa_ch(self) -> str:
        """SharePoint vi-VN: '09/09/2022 1:56 CH' (SA = morning, CH = afternoon)."""
        if not self.has_time:
            return self.dmy()
        hour = self.at.hour % 12 or 12
        return f"{self.dmy()} {hour}:{self.at.minute:02d} {'SA' if self.at.hour < 12 else 'CH'}"

    def rfc822(self) -> str:
        return self.at.strftime("%a, %d %b %Y %H:%M:%S +0700")


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 the way Vietnamese pages use it: precomposed base letters plus combining tone marks.

    cp1258 has â ê ô ă ơ ư đ (and capitals) but no toned letters, so each toned letter is written
    as the richest base letter it has followed by the remaining combining marks.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        out += _cp1258_char(char)
    return bytes(out)


def _cp1258_char(char: str) -> bytes:
    try:
        return char.encode("cp1258")
    except UnicodeEncodeError:
        pass
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], list(decomposed[1:])
    for mark in list(marks):
        candidate = unicodedata.normalize("NFC", base + mark)
        if len(candidate) == 1 and _encodable(candidate):
            base = candidate
            marks.remove(mark)
    return (base + "".join(marks)).encode("cp1258", errors="xmlcharrefreplace")


def _encodable(char: str) -> bool:
    try:
        char.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


def tiny_pdf(label: str) -> bytes:
    """A valid one-page PDF saying ``label`` (ASCII), with a correct xref table."""
    return _pdf([(1, label.encode("ascii", errors="replace"))], [b"/Type1 /BaseFont /Helvetica"])


def tcvn3_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose ``lines`` are typed in TCVN3, as provincial offices wrote plans and decisions for
    decades: headings in capitals in .VnTimeH, the rest in .VnTime. The fonts are named, not embedded, and their bytes
    read as Latin-1 letters ('B¸o c¸o') until a reader converts them (crawler/attachments/legacy.py)."""
    fonts = [b"/TrueType /BaseFont /%s /Encoding /WinAnsiEncoding" % name for name in (b".VnTime", b".VnTimeH")]
    typed = [(2, _tcvn3(line, capitals=True)) if line == line.upper() else (1, _tcvn3(line)) for line in lines]
    return _pdf(typed, fonts)


@cache
def _tcvn3_bytes(capitals: bool) -> dict[str, int]:
    """Letter -> its TCVN3 byte in .VnTime (lower case) or .VnTimeH (capitals), from the reader's own table."""
    lower, upper = tcvn3_tables()
    return {letter: ord(byte) for byte, letter in (upper if capitals else lower).items()}


def _tcvn3(line: str, capitals: bool = False) -> bytes:
    """A line in TCVN3 bytes; a letter the font lacks is typed as '?'."""
    table = _tcvn3_bytes(capitals)
    out = bytearray()
    for char in unicodedata.normalize("NFC", line):
        if char.isascii():
            out += char.encode()
        elif char in table:
            out.append(table[char])
        else:
            out += b"?"
    return bytes(out)


def _pdf(lines: list[tuple[int, bytes]], fonts: list[bytes]) -> bytes:
    """A valid one-page PDF with ``lines`` (font number from 1, bytes) top down at 11 points, each font of ``fonts``
    a simple font dictionary's subtype and names, and a correct xref table."""
    shown = b" ".join(
        b"/F%d 11 Tf (" % font + text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*"
        for font, text in lines
    )
    stream = b"BT 14 TL 56 790 Td " + shown + b" ET"
    first_font = 5
    resources = b" ".join(b"/F%d %d 0 R" % (n, first_font + n - 1) for n in range(1, len(fonts) + 1))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << "
        + resources
        + b" >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        *(b"<< /Type /Font /Subtype " + font + b" >>" for font in fonts),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
