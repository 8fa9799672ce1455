"""What reading an attached file costs (issue #15): `extract_attachment` on files of each kind, built as the tests
build them (tests/attachment_files.py), wall time and the child processes' CPU per file and per page."""

import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from govnews.crawler.attachments import AttachmentLimits, extract_attachment
from tests import attachment_files as files


def _samples(pages: int) -> dict[str, tuple[bytes, bool]]:
    """kind label -> (file bytes, OCR on)."""
    return {
        f"pdf ({pages} pages of text)": (files.text_pdf([files.NOTICE] * pages), False),
        "docx": (files.notice_docx(), False),
        "doc (Word 97)": (files.word97(files.NOTICE), False),
        "xls": (files.xls_file(files.TABLE), False),
        "xlsx": (files.xlsx_file(files.TABLE), False),
        "scanned pdf, OCR off": (files.scanned_pdf(files.SCAN_LINES), False),
        "scanned pdf, OCR on (1 page)": (files.scanned_pdf(files.SCAN_LINES), True),
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(sizes: dict[str, Any], settings: dict[str, Any], work: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """Each sample read ``attachment_repeats`` times after one warm-up; medians of wall and child CPU."""
    repeats = sizes["attachment_repeats"]
    pages = sizes["attachment_pdf_pages"]
    rows = []
    for label, (body, ocr) in _samples(pages).items():
        limits = AttachmentLimits.from_mapping({**AttachmentLimits.defaults().as_dict(), "ocr": ocr})
        result = extract_attachment(body, limits)
        walls, cpus = [], []
        for _ in range(repeats):
            cpu, started = _children_cpu(), time.perf_counter()
            result = extract_attachment(body, limits)
            walls.append(time.perf_counter() - started)
            cpus.append(_children_cpu() - cpu)
        walls.sort()
        cpus.sort()
        wall_ms, cpu_ms = walls[len(walls) // 2] * 1000, cpus[len(cpus) // 2] * 1000
        rows.append(
            {
                "kind": label,
                "bytes": len(body),
                "status": result.status,
                "extractor": result.extractor,
                "pages": result.pages,
                "chars": len(result.text),
                "wall_ms": round(wall_ms, 1),
                "child_cpu_ms": round(cpu_ms, 1),
                "wall_ms_per_page": round(wall_ms / result.pages, 1) if result.pages else None,
            }
        )
        log(f"attachments: {label}: {result.status}, {wall_ms:.0f} ms a file")
    return {"repeats": repeats, "rows": rows}
