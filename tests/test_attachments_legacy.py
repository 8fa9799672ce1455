"""TCVN3 and VNI to Unicode: the tables against an independent spelling of the published mappings, the detection,
and Unicode text left alone."""

import csv
import unicodedata
from pathlib import Path

import pytest

from govnews.crawler.attachments import legacy
from govnews.crawler.attachments.syllables import is_syllable
from tests import attachment_files as files

TABLES = Path(legacy.__file__).parent
VOWELS = "a ă â e ê i o ô ơ u ư y".split()
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # none, huyền, hỏi, ngã, sắc, nặng
LETTERS = [unicodedata.normalize("NFC", vowel + tone) for vowel in VOWELS for tone in TONES] + ["đ"]

# TCVN 5712:1993 VN3 as the standard prints it: per vowel, the codes of huyền, hỏi, ngã, sắc, nặng.
TCVN3_TONED = {
    "a": "B5 B6 B7 B8 B9", "ă": "BB BC BD BE C6", "â": "C7 C8 C9 CA CB", "e": "CC CE CF D0 D1",
    "ê": "D2 D3 D4 D5 D6", "i": "D7 D8 DC DD DE", "o": "DF E1 E2 E3 E4", "ô": "E5 E6 E7 E8 E9",
    "ơ": "EA EB EC ED EE", "u": "EF F1 F2 F3 F4", "ư": "F5 F6 F7 F8 F9", "y": "FA FB FC FD FE",
}  # fmt: skip
TCVN3_BARE = {"ă": "A8", "â": "A9", "ê": "AA", "ô": "AB", "ơ": "AC", "ư": "AD", "đ": "AE",
              "Ă": "A1", "Â": "A2", "Ê": "A3", "Ô": "A4", "Ơ": "A5", "Ư": "A6", "Đ": "A7"}  # fmt: skip
# VNI: the mark byte after the base letter (lower case; capitals use the byte minus 0x20).
VNI_TONE = {"\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0301": "ù", "\u0323": "ï"}
VNI_CIRCUMFLEX = {"": "â", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0301": "á", "\u0323": "ä"}
VNI_BREVE = {"": "ê", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0301": "é", "\u0323": "ë"}
VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def tcvn3_encode(text: str, capitals_font: bool = False) -> str:
    """Unicode -> the Latin-1 characters a .VnTime (or, for capitals, .VnTimeH) document holds."""
    codes = dict(TCVN3_BARE)
    for vowel, row in TCVN3_TONED.items():
        for tone, code in zip(TONES[1:], row.split(), strict=True):
            codes[unicodedata.normalize("NFC", vowel + tone)] = code
    out = []
    for ch in text:
        key = ch.lower() if capitals_font else ch
        out.append(key if key.isascii() else chr(int(codes[key], 16)))  # a letter missing here fails the test
    return "".join(out)


def vni_encode(text: str) -> str:
    out = []
    for ch in text:
        lower = ch.lower()
        decomposed = unicodedata.normalize("NFD", lower)
        base, marks = decomposed[0], decomposed[1:]
        tone = next((m for m in marks if m in VNI_TONE), "")
        shape = marks.replace(tone, "")
        if lower in VNI_SINGLE:
            sequence = VNI_SINGLE[lower]
        elif shape == "\u0302":
            sequence = base + VNI_CIRCUMFLEX[tone]
        elif shape == "\u0306":
            sequence = base + VNI_BREVE[tone]
        elif shape == "\u031b":
            sequence = VNI_SINGLE[unicodedata.normalize("NFC", base + shape)] + VNI_TONE[tone]
        elif tone:
            sequence = base + VNI_TONE[tone]
        else:
            sequence = lower
        out.append(sequence.upper() if ch != lower else sequence)
    return "".join(out)


# Every vowel with every tone, and đ, as syllables of real shape, in lower case and in capitals.
SAMPLE = " ".join(f"t{letter}n" if letter != "đ" else "đi" for letter in LETTERS)


def test_the_tables_cover_every_vietnamese_letter():
    with (TABLES / "tcvn3.csv").open(encoding="utf-8") as rows:
        tcvn3 = {row["vntime"] for row in csv.DictReader(rows)}
    with (TABLES / "vni.csv").open(encoding="utf-8") as rows:
        vni = {row["unicode"] for row in csv.DictReader(rows)}
    lower = set(LETTERS) - set("aeiouy")
    assert lower <= tcvn3 and len(tcvn3) == 67 + 7  # and the capitals Ă Â Ê Ô Ơ Ư Đ
    assert lower | {letter.upper() for letter in lower} == vni


@pytest.mark.parametrize("text", [SAMPLE, "đảng ủy ương ơn ăn ấm", "Ăn Ơn Đi Ưu Âm Êm Ôm"])
def test_tcvn3_round_trip(text):
    """Lower case and the seven bare capitals in .VnTime; every capital through .VnTimeH."""
    assert legacy.convert(tcvn3_encode(text), legacy.TCVN3) == text
    assert legacy.convert(tcvn3_encode(text.upper(), capitals_font=True), legacy.TCVN3, upper=True) == text.upper()


@pytest.mark.parametrize("text", [SAMPLE, SAMPLE.upper(), SAMPLE.title(), "Đảng ủy Ủy ban Ương Ơn Ăn Ấm"])
def test_vni_round_trip(text):
    encoded = vni_encode(text)
    assert all(ord(ch) < 256 for ch in encoded)
    assert legacy.convert(encoded, legacy.VNI) == text


def test_the_published_examples():
    assert legacy.convert("B¸o c¸o", legacy.TCVN3) == "Báo cáo"
    assert legacy.convert("Ph¸t triÓn", legacy.TCVN3) == "Phát triển"
    assert legacy.convert("§¶ng bé", legacy.TCVN3) == "Đảng bộ"
    assert legacy.convert("Baùo caùo", legacy.VNI) == "Báo cáo"
    assert legacy.convert("Ñaûng boä", legacy.VNI) == "Đảng bộ"
    assert legacy.convert("Hôïp taùc xaõ", legacy.VNI) == "Hợp tác xã"


def test_repair_finds_the_encoding_from_the_text_alone():
    assert legacy.repair("\n".join(files.TCVN3_LINES)) == ("\n".join(files.TCVN3_UNICODE), legacy.TCVN3)
    assert legacy.repair("\n".join(files.VNI_LINES)) == ("\n".join(files.VNI_UNICODE), legacy.VNI)


def test_repair_never_touches_unicode_vietnamese():
    unicode_text = "\n".join([*files.NOTICE, SAMPLE, SAMPLE.upper(), "Tôi là ai, có cá tôm"])
    assert legacy.repair(unicode_text) == (unicode_text, None)
    assert legacy.repair(unicode_text, hint=legacy.TCVN3) == (unicode_text, None)
    assert legacy.repair(unicode_text, hint=legacy.VNI) == (unicode_text, None)


def test_repair_converts_only_the_legacy_lines_of_mixed_text():
    mixed = "\n".join([files.NOTICE[1], files.TCVN3_LINES[0], "Hello world, café au lait", files.NOTICE[2]])
    expected = "\n".join([files.NOTICE[1], files.TCVN3_UNICODE[0], "Hello world, café au lait", files.NOTICE[2]])
    assert legacy.repair(mixed) == (expected, legacy.TCVN3)


@pytest.mark.parametrize(
    "name, expected",
    [
        (".VnTime", legacy.LegacyFont(legacy.TCVN3, False)),
        ("ABCDEF+.VnTimeH,Bold", legacy.LegacyFont(legacy.TCVN3, True)),
        (".VnArial NarrowH", legacy.LegacyFont(legacy.TCVN3, True)),
        ("VNI-Times", legacy.LegacyFont(legacy.VNI, False)),
        ("QWERTY+VNI-Helve-Bold", legacy.LegacyFont(legacy.VNI, False)),
        ("Times New Roman", None),
        ("DejaVuSans", None),
        (None, None),
    ],
)
def test_font_names(name, expected):
    assert legacy.font_encoding(name) == expected


def test_font_names_in_a_files_bytes_hint_the_encoding():
    assert legacy.hint_from_bytes(b"\0\0.\0V\0n\0T\0i\0m\0e\0\0\0") == legacy.TCVN3
    assert legacy.hint_from_bytes(b"{\\fonttbl{\\f0 VNI-Times;}}") == legacy.VNI
    assert legacy.hint_from_bytes(b"{\\fonttbl{\\f0 Times New Roman;}}") is None


@pytest.mark.parametrize("word", ["nghiêng", "người", "khuya", "quốc", "gì", "giữa", "đường", "oanh", "xoong"])
def test_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["b¸o", "triÓn", "baùo", "ngöôøi", "hello", "xyz", "áà"])
def test_not_syllables(word):
    assert not is_syllable(word)


def test_a_hinted_line_that_reads_as_vietnamese_either_way_follows_the_others():
    """'Số' in TCVN3 is 'Sè', itself a syllable: with the font named and other lines converted, it is converted too;
    alone, or without the hint, it stays as it is."""
    lines = ["Sè: 54/KH-UBND", "B¸o c¸o vÒ t×nh h×nh ph¸t triÓn kinh tÕ x· héi"]
    assert legacy.repair("\n".join(lines), hint=legacy.TCVN3) == (
        "Số: 54/KH-UBND\nBáo cáo về tình hình phát triển kinh tế xã hội",
        legacy.TCVN3,
    )
    assert legacy.repair(lines[0], hint=legacy.TCVN3) == (lines[0], None)
    assert legacy.repair("\n".join(lines))[0].startswith("Sè: 54/KH-UBND\nBáo cáo")


def test_tcvn3_u_handed_back_as_a_hyphen_is_restored():
    """TCVN3's 'ư' is byte 0xAD, Latin-1's soft hyphen: PDF extractors give it back as '-'."""
    assert legacy.convert("®-îc kiÓm tra, ng-êi lao ®éng, Th-¬ng binh", legacy.TCVN3) == (
        "được kiểm tra, người lao động, Thương binh"
    )
    hyphens = "KH-UBND, 2021-2030, kinh tÕ - x· héi"
    assert legacy.convert(hyphens, legacy.TCVN3) == "KH-UBND, 2021-2030, kinh tế - xã hội"
    assert legacy.convert("TH-¥NG BINH, KH-UBND", legacy.TCVN3, upper=True) == "THƯƠNG BINH, KH-UBND"


def test_hinted_lines_that_tie_follow_the_lines_that_gained():
    pairs = [("Sè: 54/KH-UBND", "Số: 54/KH-UBND"), ("B¸o c¸o", "Báo cáo"), ("54/KH-UBND", "54/KH-UBND")]
    assert legacy.keep_hinted(pairs) == (["Số: 54/KH-UBND", "Báo cáo", "54/KH-UBND"], True)
    assert legacy.keep_hinted(pairs[:1]) == (["Sè: 54/KH-UBND"], False)
