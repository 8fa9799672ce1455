"""PDF attachments: Unicode text through an embedded TrueType font, pages, TCVN3/VNI fonts, encryption, damage,
scans with OCR off and on."""

import importlib.metadata
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from govnews.crawler.attachments import AttachmentLimits, extract_attachment
from govnews.crawler.attachments.pdf import looks_broken, quality
from tests import attachment_files as files

LIMITS = AttachmentLimits.defaults()


def recall(source: str, extracted: str) -> float:
    """Share of the source's word tokens (NFC, case-folded) found in the extracted text, counted with repeats."""

    def tokens(text: str) -> Counter[str]:
        return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold()))

    wanted = tokens(source)
    return sum((wanted & tokens(extracted)).values()) / sum(wanted.values())


@pytest.fixture(scope="module")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("fonts")
    return {
        "vntime": files.renamed_font(".VnTime", directory),
        "vntimeh": files.renamed_font(".VnTimeH", directory),
        "vni": files.renamed_font("VNI-Times", directory),
    }


def test_recall_counts_missing_words():
    assert recall("Báo cáo bình đẳng giới", "Báo cáo bình đẳng") == 0.8
    assert recall("Báo cáo", "BÁO CÁO") == 1.0


def test_unicode_pdf_with_an_embedded_truetype_font():
    result = extract_attachment(files.text_pdf([files.NOTICE]))
    assert (result.status, result.kind, result.mime, result.pages) == ("ok", "pdf", "application/pdf", 1)
    assert (result.extractor, result.extractor_version) == ("pypdfium2", importlib.metadata.version("pypdfium2"))
    assert recall("\n".join(files.NOTICE), result.text) >= 0.98
    assert unicodedata.is_normalized("NFC", result.text)
    assert (result.legacy_encoding, result.ocr, result.ocr_confidence, result.reason) == (None, False, None, None)


def test_multi_page_pdf_and_max_pages():
    pages = [files.NOTICE[:2], files.NOTICE[2:4], files.NOTICE[4:]]
    body = files.text_pdf(pages)
    whole = extract_attachment(body)
    assert (whole.status, whole.pages) == ("ok", 3)
    assert recall("\n".join(files.NOTICE), whole.text) >= 0.98
    first_two = extract_attachment(body, replace(LIMITS, max_pages=2))
    assert first_two.pages == 3  # the document's page count; only two were read
    assert recall("\n".join(files.NOTICE[:4]), first_two.text) >= 0.98
    assert recall(files.NOTICE[6], first_two.text) < 0.5


def test_max_chars_cuts_the_text():
    result = extract_attachment(files.text_pdf([files.NOTICE]), replace(LIMITS, max_chars=100))
    assert result.status == "ok"
    assert len(result.text) == 100
    assert result.text.startswith(files.NOTICE[0])


def test_tcvn3_pdf_is_converted_by_its_fonts(fonts):
    lines = [f"vntime|{line}" for line in files.TCVN3_LINES] + [f"vntimeh|{files.TCVN3_CAPITALS}", files.NOTICE[1]]
    result = extract_attachment(files.text_pdf([lines], fonts={"vntime": fonts["vntime"], "vntimeh": fonts["vntimeh"]}))
    assert (result.status, result.legacy_encoding) == ("ok", "tcvn3")
    assert result.text.splitlines() == [*files.TCVN3_UNICODE, files.TCVN3_CAPITALS_UNICODE, files.NOTICE[1]]


def test_vni_pdf_is_converted_by_its_font(fonts):
    body = files.text_pdf([[f"vni|{line}" for line in files.VNI_LINES]], fonts={"vni": fonts["vni"]})
    result = extract_attachment(body)
    assert (result.status, result.legacy_encoding) == ("ok", "vni")
    assert result.text.splitlines() == files.VNI_UNICODE


@pytest.mark.parametrize(
    "lines, unicode, encoding",
    [(files.TCVN3_LINES, files.TCVN3_UNICODE, "tcvn3"), (files.VNI_LINES, files.VNI_UNICODE, "vni")],
)
def test_legacy_text_in_a_font_that_does_not_say_so_is_found_by_its_words(lines, unicode, encoding):
    result = extract_attachment(files.text_pdf([[*lines, files.NOTICE[1]]]))
    assert (result.status, result.legacy_encoding) == ("ok", encoding)
    assert result.text.splitlines() == [*unicode, files.NOTICE[1]]


def test_encrypted_pdf_needs_a_password():
    result = extract_attachment(files.text_pdf([files.NOTICE], owner="chu", user="mat-khau"))
    assert (result.status, result.kind, result.text) == ("encrypted", "pdf", "")
    assert "password" in result.reason


def test_a_pdf_with_only_an_owner_password_is_read():
    result = extract_attachment(files.text_pdf([files.NOTICE], owner="chu"))
    assert result.status == "ok"
    assert recall("\n".join(files.NOTICE), result.text) >= 0.98


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_truncated_pdf_is_an_error(keep):
    body = files.text_pdf([files.NOTICE[:2], files.NOTICE[2:]])
    result = extract_attachment(body[: int(len(body) * keep)])
    assert (result.status, result.kind, result.text) == ("error", "pdf", "")
    assert "not a readable PDF" in result.reason


def test_garbage_after_a_pdf_header_is_an_error():
    result = extract_attachment(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert (result.status, result.kind) == ("error", "pdf")


@pytest.fixture(scope="module")
def scan() -> bytes:
    return files.scanned_pdf(files.SCAN_LINES)


def test_an_image_only_pdf_is_scanned_with_ocr_off(scan):
    result = extract_attachment(scan)
    assert (result.status, result.pages, result.text, result.ocr) == ("scanned", 1, "", False)


def test_an_image_only_pdf_is_read_by_tesseract_with_ocr_on(scan):
    result = extract_attachment(scan, replace(LIMITS, ocr=True))
    assert (result.status, result.extractor, result.ocr, result.pages) == ("ok", "tesseract", True, 1)
    assert re.fullmatch(r"\d+(\.\d+)+", result.extractor_version)
    assert result.ocr_confidence is not None and 60 < result.ocr_confidence <= 100
    for words in ("bình đẳng giới", "Ủy ban nhân dân", "Phụ nữ tham gia"):
        assert words in result.text
    assert recall("\n".join(files.SCAN_LINES), result.text) >= 0.9


def test_broken_text_is_told_from_good_text():
    good = "\n".join(files.NOTICE)
    assert not looks_broken(good)
    assert looks_broken("\ue001\ue002\ue003 \ue004\ue005 " * 50)
    assert looks_broken("\ufffd\ufffd \ufffd" * 40 + good[:100])
    assert looks_broken("!!! ### $$$ %%% " * 30)
    assert quality(good) > quality("".join(chr(0xE000 + ord(ch) % 200) if ch.isalpha() else ch for ch in good))
