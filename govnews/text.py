"""Text normalisation shared by every module that compares Vietnamese strings."""

import re
import unicodedata

_MARKS = re.compile(r"[\u0300-\u036f]")
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Portals mix NFC and NFD (windows-1258 pages are decomposed): compare and store NFC only."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, strip diacritics and map đ→d: 'Bình Đẳng Giới' -> 'binh dang gioi'.

    NFD does not decompose 'đ' (U+0111), so it is mapped by hand; this is the one folding
    function, used by topic matching, province aliases and search alike.
    """
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = _MARKS.sub("", decomposed).replace("đ", "d")
    return unicodedata.normalize("NFC", stripped)


def squash_spaces(text: str) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space."""
    return _SPACES.sub(" ", text.replace("\xa0", " ")).strip()
