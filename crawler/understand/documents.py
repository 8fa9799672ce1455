"""Legal documents cited in an article ('Kế hoạch số 54/KH-UBND ngày 24/3/2023'), for the documents table.

Numbering follows the state rules (type code - issuer, year for legal acts, Party 'number-type/issuer');
type codes and words are data in ``document_types.yml``.
"""

import re
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from govnews.text import fold, nfc

HERE = Path(__file__).parent
_SPACES = re.compile(r"\s+")


@cache
def _config() -> dict:
    return yaml.safe_load((HERE / "document_types.yml").read_text(encoding="utf-8"))


@cache
def _pattern() -> re.Pattern[str]:
    config = _config()
    words = "|".join(re.escape(word) for word in sorted(config["words"], key=len, reverse=True))
    code = config["code"]
    party = "|".join(re.escape(code) for code in sorted(config["party_type_codes"], key=len, reverse=True))
    slash = r"(?:/|\s+/\s+)"  # '54/KH' or '822 / QĐ', never '1/ Công tác'
    # Where a match can start, one character tested first: a word's first letter (in any case), 'số'/'so', a number.
    # Everything before the number is optional, so the engine would otherwise try every word at every position.
    starts = "".join(sorted({re.escape(word[0]) for word in config["words"]}))
    return re.compile(
        rf"(?=\d|[sS]|(?i:[{starts}]))"
        rf"(?:(?P<word>(?i:{words}))\s+)?(?:(?:số|Số|so)\s*:?\s*)?"
        rf"(?:(?<![\w/.,])(?P<p_num>\d{{1,5}})\s*-\s*(?P<p_type>{party})\s*/\s*(?P<p_issuer>{code})"
        rf"|(?<![\w/.,])(?P<num>\d{{1,5}}){slash}(?:(?P<year>(?:19|20)\d{{2}}){slash})?"
        rf"(?P<code>{code}(?:\s*-\s*{code})*))"
        rf"(?:{config['tail']}{config['date']})?"
    )


def find_documents(text: str) -> list[dict[str, str | None]]:
    """Documents cited in ``text``, first mention first, one per number: kind, number (as written, spaces
    removed), type_code, issuer, date (ISO, when 'ngày ...' follows the number) and the raw match."""
    found: dict[str, dict[str, str | None]] = {}
    for match in _pattern().finditer(nfc(text or "")):
        number, document = _document(match)
        if number not in found:
            found[number] = document
        else:
            earlier = found[number]
            for key in ("kind", "date"):
                earlier[key] = earlier[key] or document[key]
    return list(found.values())


def own_number(text: str) -> str | None:
    """The number a document carries in its heading ('Số: 54/KH-UBND'): the first number written right after 'Số' in
    its first ``own_number_chars``. A number cited with its kind ('Căn cứ Quyết định số ...') is another document's."""
    for document in find_documents((text or "")[: _config()["own_number_chars"]]):
        if fold(document["raw"] or "").startswith("so"):
            return document["number"]
    return None


def _document(match: re.Match[str]) -> tuple[str, dict[str, str | None]]:
    """The document's number (its key in find_documents) and its fields."""
    if match["p_num"]:
        number = f"{match['p_num']}-{match['p_type']}/{match['p_issuer']}"
        type_code, issuer = match["p_type"], match["p_issuer"].rstrip(".")
    else:
        segments = [segment.rstrip(".") for segment in _SPACES.sub("", match["code"]).split("-")]
        year = f"/{match['year']}" if match["year"] else ""
        number = f"{match['num']}{year}/{'-'.join(segments)}"
        type_code, issuer = _split_code(segments, bool(match["year"]))
    number = _SPACES.sub("", number).rstrip(".")
    return number, {
        "kind": _kind(match["word"], type_code, issuer),
        "number": number,
        "type_code": type_code,
        "issuer": issuer,
        "date": _date(match),
        "raw": _SPACES.sub(" ", match.group(0)).strip().rstrip("."),
    }


def _split_code(segments: list[str], has_year: bool) -> tuple[str | None, str | None]:
    """'KH-UBND' -> (KH, UBND); 'KHPH.VHTT-LĐTBXH' -> (KHPH, VHTT-LĐTBXH); 'LĐTBXH-BĐG' -> (None, LĐTBXH-BĐG);
    after a year a lone segment is the issuer: '13/2022/QH15' -> (None, QH15)."""
    type_codes = _config()["type_codes"]
    first, rest = segments[0], segments[1:]
    if has_year and not rest:
        return None, first
    if first in type_codes:
        return first, "-".join(rest) or None
    head, dot, tail = first.partition(".")
    if dot and head in type_codes:
        return head, "-".join([tail, *rest])
    return None, "-".join(segments)


def _kind(word: str | None, type_code: str | None, issuer: str | None) -> str | None:
    config = _config()
    if word:
        written = next((w for w in config["words"] if fold(w) == fold(word)), None)
        if written:
            return written
    if type_code:
        return config["type_codes"].get(type_code)
    for pattern, kind in config["issuer_kinds"].items():
        if issuer and re.match(pattern, issuer):
            return kind
    return config["codeless_kind"]


def _date(match: re.Match[str]) -> str | None:
    if not match["y"]:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None
