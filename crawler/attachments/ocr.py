"""Scanned PDF pages through tesseract: pdfium renders each page to a greyscale PGM (no imaging library needed) and
tesseract's TSV output gives the words with their confidence."""

import math
from pathlib import Path
from statistics import fmean
from typing import Any

from govnews.crawler.attachments.config import section
from govnews.crawler.attachments.job import Extracted, Failure, Job

POINTS_PER_INCH = 72
_WORD_LEVEL = "5"


def ocr_pdf(job: Job, document: Any, total_pages: int) -> Extracted:
    """Text of the first ocr_max_pages pages of an open pypdfium2 document, with tesseract's mean word confidence."""
    settings = section("ocr")
    pages = min(total_pages, job.limits.ocr_max_pages, job.limits.max_pages)
    texts, confidences = [], []
    for index in range(pages):
        job.check_time(f"OCR of page {index + 1}")
        image = render_page(document[index], job.workdir / f"page-{index}.pgm", settings)
        finished = job.tool("tesseract", input=image, language=settings["language"])
        image.unlink()
        if finished.returncode != 0:
            raise Failure("error", f"tesseract failed on page {index + 1}: {finished.last_error_line()}", total_pages)
        text, page_confidences = read_tsv(finished.stdout.decode("utf-8", errors="replace"), settings["min_confidence"])
        texts.append(text)
        confidences += page_confidences
    confidence = round(fmean(confidences), 2) if confidences else None
    return Extracted("\n\n".join(texts), "tesseract", total_pages, ocr=True, ocr_confidence=confidence)


def render_page(page: Any, path: Path, settings: dict[str, Any]) -> Path:
    """The page at ocr.dpi, or smaller if that passes ocr.max_pixels, written as a binary PGM."""
    width, height = page.get_size()
    scale = settings["dpi"] / POINTS_PER_INCH
    pixels = width * height * scale * scale
    if pixels > settings["max_pixels"]:
        scale *= math.sqrt(settings["max_pixels"] / pixels)
    bitmap = page.render(scale=scale, grayscale=True)
    rows = memoryview(bitmap.buffer).cast("B")
    with path.open("wb") as out:
        out.write(f"P5\n{bitmap.width} {bitmap.height}\n255\n".encode("ascii"))
        for row in range(bitmap.height):
            start = row * bitmap.stride
            out.write(rows[start : start + bitmap.width])
    return path


def read_tsv(tsv: str, min_confidence: float) -> tuple[str, list[float]]:
    """Words grouped back into lines and paragraphs, and each kept word's confidence (0-100)."""
    lines: dict[tuple[str, str, str], list[str]] = {}
    confidences = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != _WORD_LEVEL or not cells[11].strip():
            continue
        confidence = float(cells[10])
        if confidence < min_confidence:
            continue
        lines.setdefault((cells[2], cells[3], cells[4]), []).append(cells[11].strip())
        confidences.append(confidence)
    out: list[str] = []
    previous: tuple[str, str] | None = None
    for (block, paragraph, _), line_words in lines.items():
        if previous is not None and previous != (block, paragraph):
            out.append("")
        out.append(" ".join(line_words))
        previous = (block, paragraph)
    return "\n".join(out), confidences
