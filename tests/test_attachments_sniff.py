"""Attachments: the kind is read from the bytes, and bodies that must not be opened are refused before a child runs."""

import io
import time
import zipfile
from dataclasses import replace

import pytest

from govnews.crawler.attachments import AttachmentLimits, extract_attachment, sniff_kind
from govnews.crawler.attachments.config import section
from govnews.crawler.attachments.extract import zip_refusal
from govnews.crawler.attachments.kinds import ole_root_names, zip_entries
from tests import attachment_files as files

LIMITS = AttachmentLimits.defaults()


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return {
        "pdf": files.text_pdf([files.NOTICE[:2]]),
        "docx": files.notice_docx(),
        "xlsx": files.xlsx_file(files.TABLE),
        "doc": files.word97(files.NOTICE[:2]),
        "xls": files.xls_file(files.TABLE),
        "rtf": files.rtf_file(files.NOTICE[:2]),
    }


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx", "doc", "xls", "rtf"])
def test_each_kind_is_sniffed_from_its_bytes(built, kind):
    assert sniff_kind(built[kind]) == kind


def test_word_and_excel_compound_files_are_told_apart_by_their_root_streams(built):
    assert ole_root_names(built["doc"]) == {"WordDocument", "1Table"}
    assert {"Workbook", "Book"} & ole_root_names(built["xls"])


def test_a_pdf_header_after_junk_is_a_pdf_but_an_html_page_quoting_one_is_not(built):
    assert sniff_kind(b"\r\n  " + built["pdf"]) == "pdf"
    assert sniff_kind(b"<html><body>%PDF-1.4 is the header</body></html>") is None


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<!DOCTYPE html><html><head><title>404</title></head></html>",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
        b"\xff\xd8\xff\xe0" + b"\0" * 64,
        b"PK\x03\x04 not really a zip",
    ],
)
def test_other_bodies_have_no_kind(body):
    assert sniff_kind(body) is None


def test_zips_and_compound_files_of_other_programs_have_no_kind():
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("readme.txt", "không phải tài liệu Word")
    assert sniff_kind(plain.getvalue()) is None
    powerpoint = files.compound_file([("PowerPoint Document", b"\0" * 4096)])
    assert ole_root_names(powerpoint) == {"PowerPoint Document"}
    assert sniff_kind(powerpoint) is None


def test_anything_else_is_unsupported_without_a_child():
    result = extract_attachment(b"<html><body>Trang kh\xc3\xb4ng t\xe1\xbb\x93n t\xe1\xba\xa1i</body></html>")
    assert (result.status, result.kind, result.mime, result.text) == ("unsupported", None, None, "")
    assert "not a PDF" in result.reason


def test_a_compound_file_whose_directory_cannot_be_read_is_an_error_not_another_kind():
    """A portal's .doc that is its magic number and junk (cut short, or a placeholder) is broken, not unsupported;
    a readable compound file of another program stays unsupported."""
    junk = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 8 + b"bao cao" * 73
    result = extract_attachment(junk)
    assert (result.status, result.kind) == ("error", None) and "damaged compound file" in result.reason
    powerpoint = extract_attachment(files.compound_file([("PowerPoint Document", b"\0" * 4096)]))
    assert powerpoint.status == "unsupported"


def test_a_password_protected_docx_is_encrypted():
    sealed = files.compound_file(
        [("EncryptionInfo", b"\x04\0\x04\0" + b"\0" * 4092), ("EncryptedPackage", b"\0" * 4096)]
    )
    result = extract_attachment(sealed)
    assert (result.status, result.kind) == ("encrypted", None)


def test_a_body_over_max_bytes_is_too_large_before_it_is_opened(built):
    result = extract_attachment(built["pdf"], replace(LIMITS, max_bytes=len(built["pdf"]) - 1))
    assert (result.status, result.kind, result.mime) == ("too_large", "pdf", "application/pdf")
    assert str(len(built["pdf"])) in result.reason


def test_a_zip_bomb_named_docx_is_refused_from_its_directory():
    bomb = files.zip_bomb_docx(declared_gib=2)
    assert len(bomb) < 4 << 20  # a few MB on disk
    entries = {entry.name: entry for entry in zip_entries(bomb)}
    assert entries["word/document.xml"].uncompressed == 2 << 30
    assert sniff_kind(bomb) == "docx"
    started = time.monotonic()
    result = extract_attachment(bomb)
    assert time.monotonic() - started < 1  # nothing was inflated
    assert (result.status, result.kind, result.text) == ("too_large", "docx", "")
    assert "max_unzipped_bytes" in result.reason
    # Allowed the size, it is still refused for its compression ratio.
    assert "zip bomb" in zip_refusal(bomb, replace(LIMITS, max_unzipped_bytes=8 << 30))


def test_an_ordinary_docx_passes_the_zip_check(built):
    assert zip_refusal(built["docx"], LIMITS) is None
    assert zip_refusal(built["xlsx"], LIMITS) is None


def test_a_zip_directory_too_long_to_walk_is_still_sniffed_but_refused(built, monkeypatch):
    monkeypatch.setitem(section("sniff"), "max_zip_entries", 5)  # word/document.xml is the 5th entry
    assert len(zipfile.ZipFile(io.BytesIO(built["docx"])).namelist()) > 5
    assert sniff_kind(built["docx"]) == "docx"
    assert "entries in the zip directory" in zip_refusal(built["docx"], LIMITS)
