"""PDF text: pypdfium2 page by page, poppler's pdftotext when pdfium's text looks broken (the better of the two is
kept), TCVN3/VNI fonts converted, and a scan answered 'scanned' or OCRed. Runs in the child only."""

import ctypes
import re
from collections import Counter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from govnews.crawler.attachments import legacy, ocr
from govnews.crawler.attachments.config import section
from govnews.crawler.attachments.job import Extracted, Failure, Job
from govnews.crawler.attachments.syllables import has_vietnamese_letter, readable_share

_FONT_NAME_BYTES = 256
_BAD = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")
_END_OF_FILE = b"%%EOF"
_TAIL = 2048


def extract_pdf(job: Job) -> Extracted:
    try:
        document = pdfium.PdfDocument(str(job.path))
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise Failure("encrypted", "the PDF is encrypted and needs a password") from None
        return _salvage(job, f"pypdfium2 cannot open it ({exc})")
    try:
        return _extract(job, document)
    finally:
        document.close()


def _extract(job: Job, document: Any) -> Extracted:
    total = len(document)
    count = min(total, job.limits.max_pages)
    pages, encodings = [], Counter[str]()
    for index in range(count):
        job.check_time(f"page {index + 1}")
        text, encoding = _page_text(document[index])
        pages.append(text)
        if encoding:
            encodings[encoding] += 1
    text = "\n\n".join(pages).replace("\r\n", "\n")
    if count and _non_space(text) / count < section("pdf")["scanned_chars_per_page"]:
        if job.limits.ocr:
            return ocr.ocr_pdf(job, document, total)
        raise Failure("scanned", f"{_non_space(text)} characters on {count} pages: a scan, and OCR is off", total)
    extracted = Extracted(text, "pypdfium2", total, encodings.most_common(1)[0][0] if encodings else None)
    if looks_broken(text):
        other = _pdftotext(job, count)
        margin = section("pdf")["better_margin"]
        if other is not None and quality(other) > quality(text) + margin:
            extracted = Extracted(other, "pdftotext", total)
    if not encodings:
        extracted.text, extracted.legacy_encoding = legacy.repair(extracted.text)
    extracted.reason = _damage(job)
    return extracted


def _page_text(page: Any) -> tuple[str, str | None]:
    """The page's text; where its fonts are TCVN3 or VNI, built character by character with each character's font
    so only the legacy runs are converted (a Unicode heading over a .VnTime body is common)."""
    textpage = page.get_textpage()
    fonts = {name: legacy.font_encoding(name) for name in _object_fonts(page)}
    if not any(fonts.values()):
        return textpage.get_text_bounded(), None
    original, converted = [], []
    name_buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
    flags = ctypes.c_int()
    run: list[str] = []
    run_font: legacy.LegacyFont | None = None
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, index))
        length = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name_buffer, _FONT_NAME_BYTES, flags)
        name = name_buffer.value.decode("latin-1") if length else ""
        if name not in fonts:
            fonts[name] = legacy.font_encoding(name)
        font = fonts[name]
        if font != run_font:
            converted.append(_convert_run(run, run_font))
            run, run_font = [], font
        run.append(char)
        original.append(char)
    converted.append(_convert_run(run, run_font))
    lines, new_lines = "".join(original).split("\n"), "".join(converted).split("\n")
    kept, gained = legacy.keep_hinted(list(zip(lines, new_lines, strict=True)))
    return "\n".join(kept), next(font.encoding for font in fonts.values() if font) if gained else None


def _convert_run(run: list[str], font: legacy.LegacyFont | None) -> str:
    text = "".join(run)
    return legacy.convert(text, font.encoding, font.upper) if font else text


def _object_fonts(page: Any) -> set[str]:
    """Base font names of the page's text objects (cheap: objects, not characters)."""
    names = set()
    buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
    for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
        font = pdfium_c.FPDFTextObj_GetFont(item.raw)
        if font and pdfium_c.FPDFFont_GetBaseFontName(font, buffer, _FONT_NAME_BYTES):
            names.add(buffer.value.decode("latin-1"))
    return names


def looks_broken(text: str) -> bool:
    """Replacement or private-use characters, few letters, or much text without one Vietnamese letter or readable
    word: what a font without a usable ToUnicode map gives."""
    rules = section("pdf")["broken"]
    visible = _non_space(text)
    if not visible:
        return False
    if len(_BAD.findall(text)) / visible > rules["max_bad_share"]:
        return True
    if sum(ch.isalpha() for ch in text) / visible < rules["min_letter_share"]:
        return True
    if visible >= rules["vietnamese_after_chars"] and not has_vietnamese_letter(text):
        return True
    return readable_share(text) < rules["min_valid_share"]


def quality(text: str) -> float:
    """Higher is better: readable words, letters, and no replacement or private-use characters."""
    visible = _non_space(text)
    if not visible:
        return 0.0
    letters = sum(ch.isalpha() for ch in text) / visible
    bad = len(_BAD.findall(text)) / visible
    return readable_share(text) + letters - 2 * bad


def _pdftotext(job: Job, pages: int) -> str | None:
    finished = job.tool("pdftotext", pages=max(1, pages))
    if finished.returncode != 0:
        return None
    return finished.stdout.decode("utf-8", errors="replace").replace("\f", "\n\n")


def _salvage(job: Job, why: str) -> Extracted:
    """pdfium gave up on the file; poppler rebuilds some damaged files it cannot. Text it finds is kept ('ok', with
    the damage in `reason`); none is an 'error'."""
    text = _pdftotext(job, job.limits.max_pages)
    if text is None or not _non_space(text):
        raise Failure("error", f"not a readable PDF: {why}")
    text, encoding = legacy.repair(text)
    return Extracted(text, "pdftotext", None, encoding, reason=f"damaged PDF, text salvaged by pdftotext: {why}")


def _damage(job: Job) -> str | None:
    """A PDF cut short (no %%EOF at its end) still gives the pages pdfium could rebuild: say so."""
    with job.path.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - _TAIL))
        tail = handle.read()
    return None if _END_OF_FILE in tail else "damaged PDF (no %%EOF at the end): text of the pages pdfium rebuilt"


def _non_space(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())
