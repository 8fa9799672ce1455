"""Word and Excel files and RTF, in the child: python-docx (paragraphs and tables in document order, TCVN3/VNI runs
converted by their fonts), antiword then catdoc for Word 97-2003, calamine then xls2csv for spreadsheets, catdoc for
RTF. Text without font information is converted by legacy.repair(), hinted by the font names in the file's bytes."""

import csv
import datetime
import io
from typing import Any

from govnews.crawler.attachments import legacy
from govnews.crawler.attachments.job import Extracted, Failure, Job


def extract_docx(job: Job) -> Extracted:
    from docx import Document

    document = Document(str(job.path))
    default = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii")
    reader = _DocxReader(default[0] if default else None)
    blocks = [reader.block(block) for block in document.iter_inner_content()]
    text = "\n".join(block for block in blocks if block)
    return Extracted(text, "python-docx", legacy_encoding=reader.encoding())


class _DocxReader:
    """Paragraph text with each run converted by its font; paragraphs with no legacy font go through
    legacy.repair() hinted by the fonts seen elsewhere in the document."""

    def __init__(self, default_font: str | None) -> None:
        self.default_font = default_font
        self.used: dict[str, int] = {}

    def block(self, block: Any) -> str:
        from docx.table import Table

        if isinstance(block, Table):
            return self.table(block)
        return self.paragraph(block)

    def table(self, table: Any) -> str:
        rows = []
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                    continue
                seen.add(id(cell._tc))
                inner = [self.block(item) for item in cell.iter_inner_content()]
                cells.append(" ".join(part for part in inner if part).replace("\n", " "))
            rows.append("\t".join(cells).rstrip())
        return "\n".join(row for row in rows if row)

    def paragraph(self, paragraph: Any) -> str:
        from docx.text.run import Run

        runs = []
        for item in paragraph.iter_inner_content():
            for run in [item] if isinstance(item, Run) else item.runs:  # a Hyperlink holds runs
                runs.append((run.text, legacy.font_encoding(self._font(run, paragraph))))
        original = "".join(text for text, _ in runs)
        fonts = [font for _, font in runs if font]
        if not fonts:
            repaired, encoding = legacy.repair(original, self.encoding())
            self._count(encoding)
            return repaired
        converted = "".join(legacy.convert(text, font.encoding, font.upper) if font else text for text, font in runs)
        if converted != original and legacy.better_line(original, converted, hinted=True):
            self._count(fonts[0].encoding)
            return converted
        return original

    def _font(self, run: Any, paragraph: Any) -> str | None:
        """The run's font: its own, its character style's, its paragraph style chain's, the document default."""
        if run.font.name:
            return str(run.font.name)
        styles = [run.style] if run.style is not None else []
        style = paragraph.style
        while style is not None:
            styles.append(style)
            style = style.base_style
        for style in styles:
            if style.font is not None and style.font.name:
                return str(style.font.name)
        return self.default_font

    def _count(self, encoding: str | None) -> None:
        if encoding:
            self.used[encoding] = self.used.get(encoding, 0) + 1

    def encoding(self) -> str | None:
        return max(self.used, key=lambda name: self.used[name]) if self.used else None


def extract_doc(job: Job) -> Extracted:
    antiword = job.tool("antiword")
    if antiword.returncode == 0 and antiword.stdout.strip():
        return _with_legacy(job, antiword.stdout.decode("utf-8", errors="replace"), "antiword")
    if "encrypted" in antiword.stderr.lower():
        raise Failure("encrypted", f"antiword: {antiword.last_error_line()}")
    catdoc = job.tool("catdoc")
    if catdoc.returncode == 0:
        return _with_legacy(job, catdoc.stdout.decode("utf-8", errors="replace"), "catdoc")
    why = antiword.signal_name or antiword.last_error_line()
    raise Failure("error", f"antiword: {why}; catdoc: {catdoc.signal_name or catdoc.last_error_line()}")


def extract_rtf(job: Job) -> Extracted:
    catdoc = job.tool("catdoc")
    if catdoc.returncode != 0:
        raise Failure("error", f"catdoc: {catdoc.signal_name or catdoc.last_error_line()}")
    return _with_legacy(job, catdoc.stdout.decode("utf-8", errors="replace"), "catdoc")


def extract_sheets(job: Job, kind: str) -> Extracted:
    """Every sheet's name, then its rows with cells tab-separated, up to max_chars."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        workbook = CalamineWorkbook.from_path(str(job.path))
        return _with_legacy(job, _workbook_text(workbook, job.limits.max_chars), "calamine")
    except PasswordError:
        raise Failure("encrypted", "the workbook is password-protected") from None
    except CalamineError as exc:
        if kind != "xls":
            raise Failure("error", f"calamine: {exc}") from None
        why = str(exc)
    xls2csv = job.tool("xls2csv")
    if xls2csv.returncode != 0:
        raise Failure("error", f"calamine: {why}; xls2csv: {xls2csv.signal_name or xls2csv.last_error_line()}")
    sheets = xls2csv.stdout.decode("utf-8", errors="replace").split("\f")
    text = "\n\n".join(
        "\n".join("\t".join(row).rstrip() for row in csv.reader(io.StringIO(sheet)) if any(row)) for sheet in sheets
    )
    return _with_legacy(job, text, "xls2csv")


def _workbook_text(workbook: Any, max_chars: int) -> str:
    parts, size = [], 0
    for name in workbook.sheet_names:
        parts.append(name)
        for row in workbook.get_sheet_by_name(name).iter_rows():
            line = "\t".join(_cell(value) for value in row).rstrip()
            if line:
                parts.append(line)
                size += len(line) + 1
            if size > max_chars:
                return "\n".join(parts)
        parts.append("")
    return "\n".join(parts)


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _with_legacy(job: Job, text: str, extractor: str) -> Extracted:
    repaired, encoding = legacy.repair(text, legacy.hint_from_bytes(job.path.read_bytes()))
    return Extracted(repaired, extractor, legacy_encoding=encoding)
