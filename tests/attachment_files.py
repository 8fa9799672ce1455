"""Every attachment the attachment tests read, built here by code: PDFs (fpdf2 with DejaVuSans, encrypted, scanned,
cut short, too heavy), DOCX (python-docx), Word 97 .doc (a compound-file writer below: no library writes .doc),
XLS (xlwt), XLSX (written by hand), RTF, a zip bomb named .docx. Nothing is downloaded."""

import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import xlwt
from docx.shared import Pt
from fontTools.ttLib import TTFont
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# A government notice in Unicode Vietnamese: the text whose recall the extraction tests measure.
NOTICE = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
    "Báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024",
    "Thực hiện Luật Bình đẳng giới và Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030, "
    "Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành và địa phương triển khai đồng bộ nhiều giải pháp.",
    "Tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp đạt 28,5%; số phụ nữ được vay vốn phát triển kinh tế tăng "
    "mạnh so với cùng kỳ, góp phần giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số và miền núi.",
    "Công tác truyền thông được đẩy mạnh dưới nhiều hình thức phong phú: hội nghị, tọa đàm, sân khấu hóa, "
    "tin bài trên báo, đài phát thanh và truyền hình, mạng xã hội của các cơ quan, đơn vị.",
    "Những khó khăn, vướng mắc: nguồn lực còn hạn chế; định kiến giới vẫn tồn tại trong một bộ phận người dân; "
    "bạo lực gia đình chưa được ngăn chặn triệt để ở một số xã vùng sâu, vùng xa.",
    "Nơi nhận: Bộ Lao động - Thương binh và Xã hội; Thường trực Tỉnh ủy; Lưu: VT, KGVX.",
]
TABLE = [
    ["Chỉ tiêu", "Năm 2023", "Năm 2024"],
    ["Nữ cán bộ lãnh đạo", "312", "347"],
    ["Phụ nữ được đào tạo nghề", "4.120", "4.985"],
]
# The same kind of notice as it was typed with a .VnTime font (TCVN3) and with VNI-Times.
TCVN3_LINES = ["B¸o c¸o vÒ t×nh h×nh ph¸t triÓn kinh tÕ x· héi", "Hµ Néi, ngµy 5 th¸ng 3 n¨m 2024"]
TCVN3_UNICODE = ["Báo cáo về tình hình phát triển kinh tế xã hội", "Hà Nội, ngày 5 tháng 3 năm 2024"]
TCVN3_CAPITALS, TCVN3_CAPITALS_UNICODE = "b¸o c¸o tæng kÕt", "BÁO CÁO TỔNG KẾT"
VNI_LINES = ["Baùo caùo tình hình phaùt trieån kinh teá xaõ hoäi", "Ngöôøi daân ñoàng yù vôùi chuû tröông"]
VNI_UNICODE = ["Báo cáo tình hình phát triển kinh tế xã hội", "Người dân đồng ý với chủ trương"]
SCAN_LINES = ["Báo cáo bình đẳng giới", "Ủy ban nhân dân tỉnh", "Phụ nữ tham gia lãnh đạo"]


def dejavu() -> Path:
    if not DEJAVU.exists():
        raise FileNotFoundError(f"{DEJAVU} is missing: install fonts-dejavu-core (make attachment-tools)")
    return DEJAVU


def renamed_font(name: str, directory: Path) -> Path:
    """DejaVuSans under another family name, so fpdf2 writes /BaseFont /XXXXXX+<name> (.VnTime, VNI-Times)."""
    font = TTFont(dejavu())
    table = font["name"]
    table.names = [record for record in table.names if record.nameID not in (16, 17)]
    for record in table.names:
        if record.nameID in (1, 4, 6):
            record.string = name
        elif record.nameID == 2:
            record.string = "Regular"
    path = directory / f"{name.strip('.')}.ttf"
    font.save(str(path))
    return path


def text_pdf(
    pages: list[list[str]], fonts: dict[str, Path] | None = None, owner: str | None = None, user: str | None = None
) -> bytes:
    """One page per list of lines. A line may start with '<family>|' to be set in fonts[family] instead of DejaVu."""
    pdf = FPDF()
    pdf.add_font("dejavu", "", str(dejavu()))
    for family, path in (fonts or {}).items():
        pdf.add_font(family, "", str(path))
    if owner:
        pdf.set_encryption(owner_password=owner, user_password=user)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            family, _, text = line.rpartition("|")
            pdf.set_font(family or "dejavu", size=11)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scanned_pdf(lines: list[str]) -> bytes:
    """A page that is only a picture of text (Pillow draws the lines): what a scanner gives."""
    font = ImageFont.truetype(str(dejavu()), 44)
    image = Image.new("L", (1700, 130 + 100 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((80, 60 + 100 * number), line, font=font, fill=0)
    png = io.BytesIO()
    image.save(png, format="PNG")
    pdf = FPDF(format=(image.width / 300 * 25.4, image.height / 300 * 25.4))  # millimetres at 300 dpi
    pdf.add_page()
    pdf.image(png, x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def heavy_pdf(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` MiB of drawing operators from under 1% of that
    on disk: parsing it needs the memory and the time."""
    chunk = b"0 0 m\n" * 65536
    compressor = zlib.compressobj(9)
    stream = b"".join(compressor.compress(chunk) for _ in range(megabytes * (1 << 20) // len(chunk)))
    stream += compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def notice_docx(fonts: dict[str, str] | None = None, lines: list[str] | None = None) -> bytes:
    """NOTICE's paragraphs and TABLE; or `lines`, each in the font fonts[line] names if any."""
    document = docx.Document()
    if lines is None:
        for paragraph in NOTICE[:3]:
            document.add_paragraph(paragraph)
        table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
        for row, values in zip(table.rows, TABLE, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        for paragraph in NOTICE[3:]:
            document.add_paragraph(paragraph)
    else:
        for line in lines:
            run = document.add_paragraph().add_run(line)
            run.font.name = (fonts or {}).get(line)
            run.font.size = Pt(13)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xls_file(rows: list[list[str | float]]) -> bytes:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Số liệu")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_file(rows: list[list[str | float]]) -> bytes:
    """The smallest SpreadsheetML package Excel opens: one sheet, inline strings."""

    def cell(value: str | float) -> str:
        if isinstance(value, str):
            escaped = value.replace("&", "&amp;").replace("<", "&lt;")
            return f'<c t="inlineStr"><is><t>{escaped}</t></is></c>'
        return f"<c><v>{value}</v></c>"

    sheet_rows = "".join(f"<row>{''.join(cell(v) for v in row)}</row>" for row in rows)
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        '<sheet name="Tổng hợp" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": "<Relationships "
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{sheet_rows}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts.items():
            package.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml)
    return out.getvalue()


def rtf_file(lines: list[str]) -> bytes:
    """RTF as Word writes Vietnamese: every letter beyond ASCII as a \\uN escape."""

    def escape(line: str) -> str:
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in line)

    body = "\\par\n".join(escape(line) for line in lines)
    header = "{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0\\froman\\fcharset163 Times New Roman;}}\\f0 "
    return (header + body + "\\par\n}").encode("ascii")


_LOCAL_HEADER = "<4sHHHHHIIIHH"  # signature, version, flags, method, time, date, crc, sizes, name and extra lengths
_CENTRAL_HEADER = "<4sHHHHHHIIIHHHHHII"


def zip_bomb_docx(declared_gib: int = 2) -> bytes:
    """A .docx whose word/document.xml inflates to `declared_gib` GiB of zeros from a few MB: the same fully
    flushed deflate block repeated (a full flush resets the window, so the blocks are identical). The CRC is the
    real one, so a reader that trusted the file would inflate all of it."""
    chunk = b"\0" * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    count = declared_gib * 1024
    deflated = first + repeated * (count - 1) + compressor.flush(zlib.Z_FINISH)
    size = count * len(chunk)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    small = [("[Content_Types].xml", b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')]
    out = bytearray()
    directory = bytearray()
    entries = [(name, 0, data, zlib.crc32(data), len(data), len(data)) for name, data in small]
    entries.append(("word/document.xml", 8, deflated, crc & 0xFFFFFFFF, len(deflated), size))
    for name, method, data, checksum, packed, unpacked in entries:
        raw_name = name.encode()
        sizes = (checksum, packed, unpacked, len(raw_name))
        local = struct.pack(_LOCAL_HEADER, b"PK\x03\x04", 20, 0, method, 0, 0, *sizes, 0)
        central = struct.pack(_CENTRAL_HEADER, b"PK\x01\x02", 20, 20, 0, method, 0, 0, *sizes, 0, 0, 0, 0, 0, len(out))
        directory += central + raw_name
        out += local + raw_name + data
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), len(out), 0)
    return bytes(out + directory + end)


# --- Word 97-2003 (.doc): a compound file ([MS-CFB]) holding a WordDocument stream (FIB + text) and a 1Table
# stream (stylesheet and piece table, [MS-DOC] 2.9.38 and 2.9.271).

_SECTOR, _MINI_SECTOR, _MINI_CUTOFF = 512, 64, 4096
_END, _FREE, _FAT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_FIB_SIZE = 0x800  # the text starts here, as in files Word saves


def _padded(data: bytes, size: int) -> bytes:
    return data + b"\0" * (-len(data) % size)


def _directory_entry(name: str, kind: int, start: int, size: int, right: int = _FREE, child: int = _FREE) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0"
    return struct.pack("<64sHBBIII16sIQQIQ", raw, len(raw), kind, 1, _FREE, right, child, b"", 0, 0, 0, start, size)


def _chain(table: list[int], count: int) -> int:
    """Append a chain of `count` sectors to a FAT (or mini FAT); its first sector, or END for none."""
    if not count:
        return _END
    start = len(table)
    table.extend(range(start + 1, start + count))
    table.append(_END)
    return start


def compound_file(streams: list[tuple[str, bytes]]) -> bytes:
    """A version 3 compound file with the given streams under the root storage; streams under 4 KiB live in the
    mini stream, as the format requires."""
    mini_fat: list[int] = []
    mini_stream = b""
    starts = []
    for _, data in streams:
        if len(data) < _MINI_CUTOFF:
            starts.append(_chain(mini_fat, -(-len(data) // _MINI_SECTOR)))
            mini_stream += _padded(data, _MINI_SECTOR)
        else:
            starts.append(-1)  # placed below, once the FAT's own size is known
    mini_fat_bytes = _padded(struct.pack(f"<{len(mini_fat)}I", *mini_fat), _SECTOR) if mini_fat else b""
    mini_stream = _padded(mini_stream, _SECTOR)
    big = [_padded(data, _SECTOR) for _, data in streams if len(data) >= _MINI_CUTOFF]
    directory_sectors = -(-(len(streams) + 1) * 128 // _SECTOR)
    sectors = directory_sectors + (len(mini_fat_bytes) + len(mini_stream) + sum(map(len, big))) // _SECTOR
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + sectors:
        fat_sectors += 1
    fat = [_FAT] * fat_sectors
    directory_start = _chain(fat, directory_sectors)
    mini_fat_start = _chain(fat, len(mini_fat_bytes) // _SECTOR)
    mini_stream_start = _chain(fat, len(mini_stream) // _SECTOR)
    big_starts = iter([_chain(fat, len(data) // _SECTOR) for data in big])
    starts = [next(big_starts) if start == -1 else start for start in starts]
    fat += [_FREE] * (fat_sectors * 128 - len(fat))
    names = [name for name, _ in streams]
    order = sorted(range(len(streams)), key=lambda i: (len(names[i]), names[i].upper()))  # [MS-CFB] name order
    entries = [b""] * len(streams)
    for position, index in enumerate(order):
        right = order[position + 1] + 1 if position + 1 < len(order) else _FREE
        entries[index] = _directory_entry(names[index], 2, starts[index], len(streams[index][1]), right=right)
    root = _directory_entry("Root Entry", 5, mini_stream_start, len(mini_stream), child=order[0] + 1)
    directory = _padded(root + b"".join(entries), _SECTOR)
    difat = list(range(fat_sectors)) + [_FREE] * (109 - fat_sectors)
    # signature, clsid, minor and major version, byte order, sector shifts, reserved, directory sectors, FAT
    # sectors, first directory sector, transaction, mini stream cutoff, mini FAT start and count, DIFAT start and count
    fields = (_MAGIC, b"", 0x3E, 3, 0xFFFE, 9, 6, b"", 0, fat_sectors, directory_start, 0, _MINI_CUTOFF)
    fields += (mini_fat_start, len(mini_fat_bytes) // _SECTOR, _END, 0)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII109I", *fields, *difat)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + fat_bytes + directory + mini_fat_bytes + mini_stream + b"".join(big)


def _stylesheet() -> bytes:
    """An STSH with no styles: antiword reads past the end of a missing one (and crashes on some runs)."""
    # cstd, cbSTDBaseInFile, fStdStylenamesWritten, stiMaxWhenSaved, istdMaxFixedWhenSaved, nVerBuiltInNames,
    # rgftcStandardChpStsh[3], and Word 97's ftcBi and reserved
    stshi = struct.pack("<HHHHHH3H4x", 0, 0x0A, 1, 0x0F, 0x0F, 0, 0, 0, 0)
    return struct.pack("<H", len(stshi)) + stshi


def word97(paragraphs: list[str], eight_bit: bool = False) -> bytes:
    """A Word 97 document: FIB (nFib 0xC1, tables in 1Table), the text at 0x800 as one piece, UTF-16LE or, with
    `eight_bit`, one byte per character as Word stores cp1252 text (how TCVN3 documents are saved). The
    WordDocument stream is padded to 4 KiB: antiword refuses a shorter one."""
    text = "\r".join(paragraphs) + "\r"
    body = text.encode("latin-1") if eight_bit else text.encode("utf-16-le")
    fib = bytearray(_FIB_SIZE)
    struct.pack_into("<HHHHHHH", fib, 0, 0xA5EC, 0x00C1, 0, 0x042A, 0, 0x1200, 0x00BF)  # fWhichTblStm, fExtChar
    struct.pack_into("<II", fib, 0x18, _FIB_SIZE, _FIB_SIZE + len(body))  # fcMin, fcMac
    struct.pack_into("<H", fib, 0x20, 14)  # csw
    struct.pack_into("<H", fib, 0x3E, 22)  # cslw
    struct.pack_into("<I", fib, 0x40, _FIB_SIZE + len(body))  # cbMac
    struct.pack_into("<I", fib, 0x4C, len(text))  # ccpText
    struct.pack_into("<H", fib, 0x98, 93)  # cbRgFcLcb (Word 97)
    piece = (_FIB_SIZE * 2) | 0x40000000 if eight_bit else _FIB_SIZE  # bit 30: compressed (8-bit) text
    pieces = struct.pack("<IIHIH", 0, len(text), 0, piece, 0)
    stylesheet = _stylesheet()
    clx = b"\x02" + struct.pack("<I", len(pieces)) + pieces
    struct.pack_into("<II", fib, 0x9A + 1 * 8, 0, len(stylesheet))  # fcStshf, lcbStshf
    struct.pack_into("<II", fib, 0x9A + 33 * 8, len(stylesheet), len(clx))  # fcClx, lcbClx
    word = bytes(fib) + body
    word += b"\0" * max(0, _MINI_CUTOFF - len(word))
    return compound_file([("WordDocument", word), ("1Table", stylesheet + clx)])
