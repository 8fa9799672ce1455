"""Word, Excel and RTF attachments: python-docx, a Word 97 .doc (written by tests/attachment_files.py) through
antiword and catdoc when antiword crashes, calamine for .xls and .xlsx, catdoc for RTF, legacy encodings in each."""

import importlib.metadata
import time

import pytest

from govnews.crawler.attachments import AttachmentLimits, extract_attachment, office
from govnews.crawler.attachments.config import section
from govnews.crawler.attachments.job import Failure, Job
from tests import attachment_files as files
from tests.test_attachments_pdf import recall

NOTICE = "\n".join(files.NOTICE)
TABLE = "\n".join("\t".join(row) for row in files.TABLE)


def test_docx_paragraphs_and_table_in_document_order():
    result = extract_attachment(files.notice_docx())
    kind = ("ok", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert (result.status, result.kind, result.mime) == kind
    assert (result.extractor, result.extractor_version) == ("python-docx", importlib.metadata.version("python-docx"))
    assert recall(NOTICE + "\n" + TABLE, result.text) >= 0.98
    assert TABLE in result.text  # one line per row, cells tab-separated
    assert result.text.index(files.NOTICE[2]) < result.text.index(TABLE) < result.text.index(files.NOTICE[3])
    assert (result.pages, result.legacy_encoding) == (None, None)


def test_tcvn3_docx_is_converted_by_its_run_fonts():
    lines = [files.TCVN3_CAPITALS, *files.TCVN3_LINES, files.NOTICE[1]]
    fonts = {files.TCVN3_CAPITALS: ".VnTimeH", files.TCVN3_LINES[0]: ".VnTime", files.TCVN3_LINES[1]: ".VnTime"}
    result = extract_attachment(files.notice_docx(fonts, lines))
    assert (result.status, result.legacy_encoding) == ("ok", "tcvn3")
    assert result.text.splitlines() == [files.TCVN3_CAPITALS_UNICODE, *files.TCVN3_UNICODE, files.NOTICE[1]]


def test_vni_docx():
    result = extract_attachment(files.notice_docx(dict.fromkeys(files.VNI_LINES, "VNI-Times"), files.VNI_LINES))
    assert (result.status, result.legacy_encoding) == ("ok", "vni")
    assert result.text.splitlines() == files.VNI_UNICODE


def test_word97_doc_written_by_hand_is_read_by_antiword():
    body = files.word97(files.NOTICE)
    result = extract_attachment(body)
    assert (result.status, result.kind, result.mime) == ("ok", "doc", "application/msword")
    assert (result.extractor, result.extractor_version) == ("antiword", "0.37")
    assert recall(NOTICE, result.text) >= 0.98
    assert result.text.splitlines() == files.NOTICE


def test_when_antiword_crashes_catdoc_reads_the_doc(tmp_path, monkeypatch):
    """The fallback, run in this process with an antiword that dies of SIGSEGV (as antiword 0.37 does on some
    files): catdoc's text is taken, and converted from TCVN3."""
    (tmp_path / "body").write_bytes(files.word97(files.TCVN3_LINES, eight_bit=True))
    monkeypatch.setitem(section("tools"), "antiword", ["sh", "-c", "kill -SEGV $$", "{input}"])
    job = Job(tmp_path / "body", tmp_path, AttachmentLimits.defaults(), time.monotonic() + 30)
    extracted = office.extract_doc(job)
    assert (extracted.extractor, extracted.legacy_encoding) == ("catdoc", "tcvn3")
    assert extracted.text.split() == " ".join(files.TCVN3_UNICODE).split()
    monkeypatch.setitem(section("tools"), "catdoc", ["sh", "-c", "kill -SEGV $$", "{input}"])
    with pytest.raises(Failure, match="antiword: SIGSEGV; catdoc: SIGSEGV") as failure:
        office.extract_doc(job)
    assert failure.value.status == "error"


def test_tcvn3_doc_is_converted():
    result = extract_attachment(files.word97(files.TCVN3_LINES, eight_bit=True))
    assert (result.status, result.extractor, result.legacy_encoding) == ("ok", "antiword", "tcvn3")
    assert result.text.splitlines() == files.TCVN3_UNICODE


def test_xls_by_calamine():
    result = extract_attachment(files.xls_file([*files.TABLE, ["Tỷ lệ", 0.5]]))
    assert (result.status, result.kind, result.mime) == ("ok", "xls", "application/vnd.ms-excel")
    assert (result.extractor, result.extractor_version) == ("calamine", importlib.metadata.version("python-calamine"))
    assert result.text.splitlines() == ["Số liệu", *TABLE.splitlines(), "Tỷ lệ\t0.5"]


def test_xlsx_by_calamine():
    result = extract_attachment(files.xlsx_file([*files.TABLE, ["Tỷ lệ", 0.5]]))
    assert (result.status, result.kind, result.extractor) == ("ok", "xlsx", "calamine")
    assert result.text.splitlines() == ["Tổng hợp", *TABLE.splitlines(), "Tỷ lệ\t0.5"]


def test_rtf_by_catdoc():
    result = extract_attachment(files.rtf_file(files.NOTICE))
    assert (result.status, result.kind, result.mime, result.extractor) == ("ok", "rtf", "application/rtf", "catdoc")
    assert recall(NOTICE, result.text) >= 0.98


def test_a_broken_docx_is_an_error():
    body = bytearray(files.notice_docx())
    start = body.index(b"word/document.xml") + 40
    body[start : start + 400] = b"\xff" * 400  # inside the deflated document part
    result = extract_attachment(bytes(body))
    assert (result.status, result.kind, result.text) == ("error", "docx", "")
    assert result.reason
