"""Vietnamese typed in the pre-Unicode font encodings, back to Unicode: TCVN3 (TCVN 5712:1993 VN3, the ABC fonts
.VnTime/.VnArial, capitals drawn by the same bytes in .VnTimeH) and VNI (VNI-Times: a base letter then a mark byte).
Extractors hand such text over as Latin-1 letters ('B¸o c¸o', 'Baùo caùo'); the tables are tcvn3.csv and vni.csv.

A font name says which encoding a run uses; text without one is converted line by line when conversion turns
clearly more of its words into Vietnamese syllables. A line holding a Vietnamese letter beyond Latin-1 (ă, ơ, ư, đ,
ạ, ế...) is Unicode already and is never touched: neither legacy byte string read as cp1252 contains one."""

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from govnews.crawler.attachments.config import section
from govnews.crawler.attachments.syllables import VIETNAMESE_BEYOND_LATIN1, count_syllables

TCVN3, VNI = "tcvn3", "vni"
ENCODINGS = (TCVN3, VNI)
TABLES = Path(__file__).parent
# Symbolic TrueType fonts come out of pdfium as U+F020-U+F0FF: the byte is the low half.
_PRIVATE_USE = re.compile("[\uf020-\uf0ff]")
_LEGACY_RANGE = re.compile("[\u00a0-\u00ff\uf020-\uf0ff]")


@dataclass(frozen=True)
class LegacyFont:
    encoding: str
    upper: bool  # .VnTimeH and kin draw every letter as a capital


@cache
def tcvn3_tables() -> tuple[dict[str, str], dict[str, str]]:
    """TCVN3 byte (as the Latin-1 character extractors give) -> letter, for the normal and the capitals fonts."""
    lower, upper = {}, {}
    with (TABLES / "tcvn3.csv").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            byte = chr(int(row["byte"], 16))
            lower[byte], upper[byte] = row["vntime"], row["vntimeh"]
    return lower, upper


@cache
def _lost_u(capitals: bool) -> re.Pattern[str]:
    """TCVN3's 'ư' (0xAD, a soft hyphen elsewhere) that an extractor handed back as '-'."""
    return re.compile(section("legacy")["tcvn3_lost_u_capitals" if capitals else "tcvn3_lost_u"])


@cache
def vni_table() -> dict[str, str]:
    """VNI byte sequence (as Latin-1 characters) -> letter. A capital base followed by a small mark byte, or the
    reverse, also reads as the base's case: both occur in documents typed with the caps lock toggled mid-word."""
    table = {}
    with (TABLES / "vni.csv").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            table[bytes.fromhex(row["bytes"]).decode("latin-1")] = row["unicode"]
    for sequence, letter in list(table.items()):
        if len(sequence) == 2:
            table.setdefault(sequence[0] + sequence[1].swapcase(), letter)
    return table


def font_encoding(name: str | None) -> LegacyFont | None:
    """The legacy encoding a font name announces ('ABCDEF+.VnTimeH,Bold' -> TCVN3 capitals), or None."""
    if not name:
        return None
    rules = section("legacy")
    bare = re.sub(rules["subset_prefix"], "", name.strip()).lower().replace(" ", "")
    bare = re.sub(rules["style_suffix"], "", bare)
    if re.search(rules["tcvn3_font"], bare):
        return LegacyFont(TCVN3, bool(re.search(rules["upper_font"], bare)))
    if re.search(rules["vni_font"], bare):
        return LegacyFont(VNI, False)
    return None


def hint_from_bytes(body: bytes) -> str | None:
    """The encoding a document's font table names (doc, xls and rtf keep font names in their bytes, ASCII or
    UTF-16LE), or None. Only a hint: each line is still converted only if that makes it more Vietnamese."""
    rules = section("legacy")
    squeezed = body.replace(b"\x00", b"")
    tcvn3 = len(re.findall(rules["tcvn3_bytes"].encode(), squeezed))
    vni = len(re.findall(rules["vni_bytes"].encode(), squeezed))
    if not tcvn3 and not vni:
        return None
    return TCVN3 if tcvn3 >= vni else VNI


def may_be_legacy(text: str) -> bool:
    """Whether ``text`` may be typed in a legacy encoding: it holds letters of the legacy byte range and no
    Vietnamese letter beyond Latin-1 (text holding one is Unicode already)."""
    return bool(_LEGACY_RANGE.search(text)) and not VIETNAMESE_BEYOND_LATIN1.search(text)


def convert(text: str, encoding: str, upper: bool = False) -> str:
    """The Unicode (NFC) letters a legacy byte string stands for; characters outside the table pass through.
    `upper` is for TCVN3's capitals fonts (VNI has its capitals in the table)."""
    text = _PRIVATE_USE.sub(lambda m: chr(ord(m.group()) - 0xF000), text)
    if encoding == TCVN3:
        text = _lost_u(upper).sub("\xad", text)
        lower, capitals = tcvn3_tables()
        if upper:
            return "".join(capitals.get(ch, ch) for ch in text).upper()
        return "".join(lower.get(ch, ch) for ch in text)
    table = vni_table()
    out = []
    position = 0
    while position < len(text):
        pair = text[position : position + 2]
        if len(pair) == 2 and pair in table:
            out.append(table[pair])
            position += 2
        else:
            out.append(table.get(text[position], text[position]))
            position += 1
    return "".join(out)


def better_line(original: str, converted: str, hinted: bool) -> bool:
    """Whether a converted line reads as more Vietnamese than the original, by enough: any gain when a font named
    the encoding, else min_gain_share of the line's words (at least min_gain_words)."""
    rules = section("legacy")
    before, count = count_syllables(original)
    after, _ = count_syllables(converted)
    need = 1 if hinted else max(rules["min_gain_words"], math.ceil(rules["min_gain_share"] * count))
    return after - before >= need


def keep_hinted(pairs: list[tuple[str, str]]) -> tuple[list[str], bool]:
    """Lines set in a font that names their legacy encoding, as (original, converted): each converted line that
    reads as more Vietnamese, and, once one did, those that read as Vietnamese either way ('Sè: 54/KH-UBND' is
    'Số: ...'). Returns the lines kept and whether any was converted."""
    kept, ties, gained = [], [], False
    for original, converted in pairs:
        if converted != original and better_line(original, converted, hinted=True):
            kept.append(converted)
            gained = True
        else:
            if converted != original and count_syllables(converted)[0] >= count_syllables(original)[0]:
                ties.append((len(kept), converted))
            kept.append(original)
    if gained:
        for number, converted in ties:
            kept[number] = converted
    return kept, gained


def repair(text: str, hint: str | None = None) -> tuple[str, str | None]:
    """Convert the lines of `text` that are legacy-encoded; returns the text and the encoding converted most."""
    used: Counter[str] = Counter()
    # Lines the hinted encoding reads as Vietnamese as the original, no more ('Sè: 54/KH-UBND' for 'Số: ...'):
    # converted once other lines show the hint is right.
    ties: list[tuple[int, str]] = []
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if not may_be_legacy(line):
            continue
        best: tuple[int, str, str] | None = None
        for encoding in ENCODINGS:
            converted = convert(line, encoding)
            if converted == line:
                continue
            if not better_line(line, converted, encoding == hint):
                if encoding == hint and count_syllables(converted)[0] >= count_syllables(line)[0]:
                    ties.append((number, converted))
                continue
            gain = count_syllables(converted)[0]
            if best is None or gain > best[0]:
                best = (gain, encoding, converted)
        if best is not None:
            lines[number] = best[2]
            used[best[1]] += 1
    if hint is not None and used[hint]:
        for number, converted in ties:
            lines[number] = converted
            used[hint] += 1
    if not used:
        return text, None
    return "\n".join(lines), used.most_common(1)[0][0]
