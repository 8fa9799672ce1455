"""Is a word a Vietnamese syllable? The yardstick for two choices: whether legacy-encoded text converts into more real
syllables than it had (legacy.py), and which of two extractors' texts is less broken (pdf.py)."""

import re
import unicodedata

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"(?:uyê|uya|uyu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|yê|oa|oă|oe|oi|ôi|ơi"
    r"|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
    r"(?:ch|nh|ng|c|m|n|p|t)?"
)
_ASCII_WORD = re.compile(r"[a-z]+")
# Vietnamese letters outside Latin-1: no TCVN3 or VNI byte string read as cp1252 contains one.
VIETNAMESE_BEYOND_LATIN1 = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
# Latin-1 letters that are Vietnamese (a with grave, acute...), for telling Vietnamese text from other text.
_VIETNAMESE_LATIN1 = re.compile("[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]")
_EDGE_PUNCTUATION = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~“”‘’…–—-"


def words(text: str) -> list[str]:
    """White-space separated words with ASCII and typographic punctuation cut from their ends, lower-cased; words
    without a letter (numbers, dashes) are left out. Legacy bytes read as Latin-1 ('¸', '×', '«') stay in."""
    found = []
    for token in text.split():
        word = token.strip(_EDGE_PUNCTUATION).lower()
        if any(ch.isalpha() for ch in word):
            found.append(word)
    return found


def is_syllable(word: str) -> bool:
    """One written Vietnamese syllable: onset, rhyme, coda from the language's inventory and at most one tone mark."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(1 for ch in decomposed if ch in _TONES)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def count_syllables(text: str) -> tuple[int, int]:
    """(Vietnamese syllables, words) of a text."""
    found = words(text)
    return sum(1 for word in found if is_syllable(word)), len(found)


def readable_share(text: str) -> float:
    """Share of words that are Vietnamese syllables or plain ASCII words (English names, acronyms): mojibake and
    split glyphs are neither."""
    found = words(text)
    if not found:
        return 0.0
    good = sum(1 for word in found if is_syllable(word) or _ASCII_WORD.fullmatch(word))
    return good / len(found)


def has_vietnamese_letter(text: str) -> bool:
    return bool(VIETNAMESE_BEYOND_LATIN1.search(text) or _VIETNAMESE_LATIN1.search(text))
