"""Text normalisation shared by every module that compares Vietnamese strings."""

import re
import unicodedata

_MARKS = re.compile(r"[\u0300-\u036f]")
# The marks Vietnamese letters decompose into (five tones, circumflex, breve, horn): removed with str.replace, which
# costs a page's text a third of what the regular expression over every mark does (folding was a tenth of a page's
# understanding).
_VIETNAMESE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b")


def nfc(text: str) -> str:
    """Portals mix NFC and NFD (windows-1258 pages are decomposed): compare and store NFC only."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, strip diacritics and map đ→d: 'Bình Đẳng Giới' -> 'binh dang gioi'.

    NFD does not decompose 'đ' (U+0111), so it is mapped by hand; this is the one folding
    function, used by topic matching, province aliases and search alike.
    """
    stripped = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    for mark in _VIETNAMESE_MARKS:
        stripped = stripped.replace(mark, "")
    if not stripped.isascii() and _MARKS.search(stripped):  # any other combining mark
        stripped = _MARKS.sub("", stripped)
    return unicodedata.normalize("NFC", stripped)


def squash_spaces(text: str) -> str:
    """Collapse runs of white space (including non-breaking spaces) to one space, none at the ends."""
    return " ".join(text.split())  # str.split's white space is re's \s (str.isspace), the non-breaking space included


def collapse_spaces(text: str) -> str:
    r"""Each run of white space as one space, at the ends too: what re.sub(r"\s+", " ", text) gives, without the
    regular expression (a page's whole text is collapsed at once, and a regex walks it at a fraction of the speed)."""
    words = text.split()
    if not words:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + " ".join(words) + (" " if text[-1].isspace() else "")
