"""Vietnam's 63 pre-2025 provincial units: names, aliases, portal domains and the 34 units after 1 July 2025.

The tables live beside this module (``provinces.csv``, ``provinces_2025.csv``, built from the tables of the project's
notes on real portals, docs/portals.md §1); this module only looks things up in them.
"""

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

from govnews.text import fold, nfc

HERE = Path(__file__).parent
_NON_ALNUM = re.compile(r"[^a-z0-9]")
# Administrative prefixes that may precede a province name ('Tỉnh Điện Biên', 'TP. Đà Nẵng'), folded and squashed.
_PREFIXES = ("uybannhandantinh", "ubndtinh", "thanhpho", "tinh", "tp")
_WORD = r"A-Za-zÀ-ỹĐđ0-9"
_TITLE_PREFIX = re.compile(r"^\s*(?P<head>[^:]{2,40}?)\s*:\s*\S")
_TITLE_ADMIN = re.compile(r"^\s*(?:UBND |Ủy ban nhân dân |Uỷ ban nhân dân )?(?:Tỉnh|tỉnh|Thành phố|thành phố|TP\.?)\s*")


def _key(name: str) -> str:
    return _NON_ALNUM.sub("", fold(name))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


@cache
def _table() -> list[dict[str, str]]:
    with open(HERE / "provinces.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _table_2025() -> list[dict[str, str]]:
    with open(HERE / "provinces_2025.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for row in _table():
        for alias in [row["name_vi"], *_split(row["aliases"]), *_split(row["mentions"])]:
            index.setdefault(_key(alias), row["name_vi"])
    return index


@cache
def _mention_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One case-sensitive alternation of every body-mention form, longest first, so that 'Thừa Thiên Huế'
    is one hit (not also 'Huế') and 'Hòa bình' (peace) or 'hà nội' never count."""
    owner: dict[str, str] = {}
    for row in _table():
        for form in _split(row["mentions"]):
            owner[nfc(form)] = row["name_vi"]
    forms = sorted(owner, key=len, reverse=True)
    alternation = "|".join(re.escape(form) for form in forms)
    return re.compile(rf"(?<![{_WORD}])(?:{alternation})(?![{_WORD}])"), owner


def all_names() -> list[str]:
    """The 63 pre-2025 names in GSO order, as stored in the archive's ``province`` column."""
    return [row["name_vi"] for row in _table()]


def canonical(name: str) -> str | None:
    """Map any alias, spelling, case, NFD form or ASCII fold ('TP.HCM', 'Đăk Lăk', 'BR-VT') to its 63-name form."""
    if not name:
        return None
    key = _key(name)
    index = _alias_index()
    if key in index:
        return index[key]
    for prefix in _PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in index:
            return index[key[len(prefix) :]]
    return None


def unit_2025(name63: str) -> str | None:
    """The post-1-July-2025 unit (one of 34) a pre-2025 province became."""
    name = canonical(name63)
    if name is None:
        return None
    return next(row["unit_2025"] for row in _table() if row["name_vi"] == name)


def names_2025() -> list[str]:
    """The 34 post-2025 unit names."""
    return [row["name"] for row in _table_2025()]


def centroid(name: str) -> tuple[float, float] | None:
    """Rough centre (lat, lon) of a pre-2025 province (any alias) or a post-2025 unit, for map plots."""
    for row in _table_2025():
        if row["name"] == name:
            return float(row["centroid_lat"]), float(row["centroid_lon"])
    name63 = canonical(name)
    for row in _table():
        if row["name_vi"] == name63:
            return float(row["centroid_lat"]), float(row["centroid_lon"])
    return None


def from_domain(host: str) -> str | None:
    """The province whose portal (or sub-portal: sldtbxh.haugiang.gov.vn) serves ``host``."""
    host = (host or "").lower().split(":")[0].strip(".")
    for row in _table():
        if host == row["domain"] or host.endswith("." + row["domain"]):
            return row["name_vi"]
    for row in _table_2025():
        constituents = _split(row["constituents"])
        if len(constituents) == 1 and (host == row["domain"] or host.endswith("." + row["domain"])):
            return canonical(constituents[0])
    return None


def mentions(text: str) -> Counter[str]:
    """Count capitalised, word-bounded province mentions in ``text`` (NFC), keyed by 63-name."""
    pattern, owner = _mention_pattern()
    return Counter(owner[match.group(0)] for match in pattern.finditer(nfc(text or "")))


def _from_title(title: str) -> str | None:
    title = nfc(title or "").strip()
    prefixed = _TITLE_PREFIX.match(title)
    if prefixed and (found := canonical(prefixed.group("head"))):
        return found
    pattern, owner = _mention_pattern()
    admin = _TITLE_ADMIN.match(title)
    for head in (title, title[admin.end() :] if admin else ""):
        match = pattern.match(head)
        if match:
            return owner[match.group(0)]
    return None


def detect(title: str, text: str) -> str | None:
    """The province an article is about: a title prefix ('Điện Biên: ...', 'Tỉnh Điện Biên ...'), else the
    province mentioned clearly most often (at least twice, more than 1.5x the runner-up; a title mention
    counts double). None when no province dominates: NULL over a guess."""
    found = _from_title(title)
    if found:
        return found
    counts = mentions(text)
    for name, n in mentions(title).items():
        counts[name] += 2 * n
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[0][1] <= 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]
