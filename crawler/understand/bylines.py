"""Who wrote an article, and what its title is without the portal's name around it.

Portals print the author three ways: a label ('Tác giả: Mai Thanh - TTKC', 'Người đăng tin: Nhâm'),
a bare signature line under the last paragraph ('Anh Vũ', 'Khánh Trình (TT VH - TT & TT huyện)'), or not
at all. The author is kept as printed, unit included ('Mai Thanh - TTKC'): the unit tells readers which office
wrote it, and splitting names from units reliably is not possible from one line. Labels and furniture words
are data in ``bylines.yml``.
"""

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, overload

import yaml
from lxml import etree

from govnews.crawler.understand import page, provinces
from govnews.markup import class_marker
from govnews.text import fold, nfc, squash_spaces

HERE = Path(__file__).parent
_INITIAL = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ]?\.?$")
_NAME_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ](?=\w)")


@cache
def _config() -> dict:
    return yaml.safe_load((HERE / "bylines.yml").read_text(encoding="utf-8"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    config = _config()
    stop = _alternation(config["stop_labels"])
    value = rf"(?P<value>.+?)(?=\s+(?:{stop})\s*:|\s*\||$)"
    with_colon = re.compile(rf"(?:^|(?<=\s))(?P<label>{_alternation(config['author_labels'])})\s*:\s*{value}")
    without_colon = re.compile(rf"^\s*(?P<label>{_alternation(config['labels_without_colon'])})\s+{value}")
    other = re.compile(
        rf"^\s*\(?\s*(?:(?:{_alternation(config['other_labels'])})\s*:|(?:{_alternation(config['source_prefixes'])})\s)\s*\S"
    )
    credit = re.compile(rf"^\s*\(?\s*(?:{_alternation(config['credit_labels'])})\s*:\s*\S", re.IGNORECASE)
    return with_colon, without_colon, other, credit


def find_author(html: str, text: str) -> tuple[str | None, str]:
    """The article's author (label in the text, then in the page, then a trailing signature) and ``text``
    without its trailing signature or author/source label line."""
    return author_of(page.Parsed(html), text)


def author_of(parsed: page.Parsed, text: str) -> tuple[str | None, str]:
    """`find_author` of a page already parsed (the pipeline shares one parse among its stages); the page is
    only read when the text names no author."""
    lines = (text or "").split("\n")
    author, weak = _labelled(lines, with_kind=True)
    if author is None and parsed.root is not None:
        author, weak = _labelled([line.text for line in parsed.lines], with_kind=True)
        if author is None:
            author, weak = _author_element(parsed.root), True
    lines, credited = _without_credits(lines)
    if credited is not None and (author is None or weak):
        author, weak = credited, False
    if author is None and parsed.root is not None:
        author = _signature_below(parsed, lines) or _name_before_dateline(parsed)
    if author is not None:
        lines = _without_byline_above(lines, author)
    last = _last_body_line(lines)
    if last is None:
        return author, _joined(lines)
    candidate = squash_spaces(lines[last])
    signature = _signature(candidate)
    if signature is None and not _label_line(candidate):
        return author, _joined(lines)
    rest = lines[:last] + lines[last + 1 :]
    if signature is None:
        # A source credit under the signature ('Thu Trang' / 'Nguồn: Cổng TTĐT tỉnh Bến Tre (cũ)'): the line above it
        # may sign the article.
        above = _last_body_line(rest)
        signature = _signature(squash_spaces(rest[above])) if above is not None else None
        if signature is not None and above is not None:
            rest = rest[:above] + rest[above + 1 :]
    if signature is not None and (author is None or weak):
        # The writer's signature under the body names the author better than the CMS account that posted it
        # ('Người đăng tin: admin', a WordPress 'bởi Ban Biên tập' byline); a 'Tác giả:' label still wins.
        author = signature
    return author, _joined(rest)


def _signature_below(parsed: page.Parsed, lines: list[str]) -> str | None:
    """A signature in a block of its own right under the body's last line, which the extraction left out with what
    follows the body (a page builder's text widget holding only 'Ngọc Diệp', right-aligned)."""
    last = next((squash_spaces(line) for line in reversed(lines) if line.strip()), "")
    key = fold(last)[:40]
    if len(last.split()) < _config()["body_line_words"]:
        return None
    first_word = last.split()[0]
    page_lines = parsed.lines
    for index in range(len(page_lines) - 1, -1, -1):
        text = page_lines[index].text
        # The same NFC text as the body's line: its first word, a cheap test before the line is folded.
        if first_word in text and fold(squash_spaces(text)).startswith(key):
            below = next((line for line in page_lines[index + 1 :] if line.text.strip()), None)
            if below is None or _in_link(below):
                return None
            return _signature(squash_spaces(below.text))
    return None


def _in_link(line: page.Line) -> bool:
    return any(node.tag == "a" for _, element in line.pieces for node in (element, *element.iterancestors()))


def _name_before_dateline(parsed: page.Parsed) -> str | None:
    """A byline printed before the dateline on its line ('Thu Hằng - Ngày đăng: 05/11/2024 10:00')."""
    labels = _dateline_label()
    for line in parsed.lines:
        if not labels.search(line.text):
            continue  # one search a line, the byline's pattern only where a label is
        match = _byline_dateline().match(squash_spaces(line.text))
        if match and not _in_link(line):
            name = _signature(match["name"])
            if name and not _unit_signature(name):
                return name
    return None


@cache
def _dateline_label() -> re.Pattern[str]:
    return re.compile(_alternation(_config()["dateline_labels"]), re.IGNORECASE)


@cache
def _byline_dateline() -> re.Pattern[str]:
    labels = _dateline_label().pattern
    return re.compile(rf"^(?P<name>[^\d:|]{{3,60}}?)\s*[-–|]\s*(?:{labels})\s*:?\s*\d", re.IGNORECASE)


def _label_line(line: str) -> bool:
    """A trailing line that labels the article rather than continuing it: a short author or source label line
    ('Tác giả: Mai Thanh', '(Theo baodienbien.vn)'), or a source credit of any length up to `max_credit_words`
    ('Nguồn: Vụ Bình đẳng giới - Bộ ... - https://...', as print views and syndicated copies add it)."""
    config = _config()
    words = len(line.split())
    if words < config["body_line_words"] and (_labelled([line]) is not None or bool(_patterns()[2].match(line))):
        return True
    return words <= config["max_credit_words"] and bool(_patterns()[3].match(line))


def _without_credits(lines: list[str]) -> tuple[list[str], str | None]:
    """``lines`` without a longform page's production credits ('Nội dung: Hoàng Yến', 'Đồ họa: Đức Anh', 'Video:
    Trung tâm Truyền thông tỉnh'): a `production_labels` label, a colon and a name or a unit. Returns the lines kept
    and the first writer credited (`writing_labels`), if any."""
    config = _config()
    pattern = _credit_line()
    writing = {fold(label) for label in config["writing_labels"]}
    kept, writer = [], None
    for line in lines:
        match = pattern.match(squash_spaces(line)) if ":" in line else None
        name = _signature(match["value"]) if match else None
        if match is None or name is None:
            kept.append(line)
            continue
        if writer is None and fold(match["label"]) in writing:
            writer = name
    if len(kept) == len(lines):
        return lines, None
    return _without_leading_blanks(kept), writer


@cache
def _credit_line() -> re.Pattern[str]:
    """A whole line 'Label: value' with a production label."""
    labels = _alternation(_config()["production_labels"])
    return re.compile(rf"^(?P<label>{labels})\s*:\s*(?P<value>[^:]{{2,80}})$", re.IGNORECASE)


def _without_byline_above(lines: list[str], author: str) -> list[str]:
    """``lines`` without a line above the body that only repeats the author ('Hoài Thu' between a picture and the
    lead, 'bởi Thanh Hà'): the byline is kept as the author, not as the article's first paragraph."""
    body_words = _config()["body_line_words"]
    first_body = next((i for i, line in enumerate(lines) if len(line.split()) >= body_words), 0)
    byline = fold(author)
    prefixes = _author_prefix()
    kept = [
        line
        for index, line in enumerate(lines)
        if index >= first_body or prefixes.sub("", fold(squash_spaces(line))) != byline
    ]
    return _without_leading_blanks(kept) if len(kept) < len(lines) else lines


def _joined(lines: list[str]) -> str:
    """The text of ``lines``, without the blank lines a removed signature or credit left at its end."""
    return "\n".join(lines).rstrip("\n")


def _without_leading_blanks(lines: list[str]) -> list[str]:
    """``lines`` without the blank lines a removed first line left at the top (the one that parted it from the
    body)."""
    start = next((index for index, line in enumerate(lines) if line.strip()), len(lines))
    return lines[start:]


@overload
def _labelled(lines: list[str]) -> str | None: ...
@overload
def _labelled(lines: list[str], with_kind: Literal[True]) -> tuple[str | None, bool]: ...
def _labelled(lines: list[str], with_kind: bool = False) -> str | None | tuple[str | None, bool]:
    """The first plausible value of an author label in ``lines``, a writer's label ('Tác giả:') before any label
    that only names the account that posted the page (`poster_labels`: Joomla's 'Viết bởi' above the body, the
    writer's 'Tác giả:' under it); ``with_kind`` also says whether it is a poster's, which a signature outranks."""
    with_colon, without_colon, _, _ = _patterns()
    any_label = _any_label()
    lines = [_normal_line(raw) for raw in lines]
    if not any_label.search("\n".join(lines)):
        return (None, False) if with_kind else None  # no line holds a label: one search instead of three a line
    posted: str | None = None
    for index, line in enumerate(lines):
        if not any_label.search(line):
            continue  # both patterns start with a label
        if index + 1 < len(lines) and _bare_label(line):
            line = f"{line} {lines[index + 1]}"  # 'Tác giả' or 'Tác giả:' in one element, the name in the next
        for pattern in (with_colon, without_colon):
            for match in pattern.finditer(line):
                value = match["value"].strip(" .,;:-–")
                if not _plausible_label_value(value):
                    continue
                if fold(match["label"]) not in _poster_labels():
                    return (value, False) if with_kind else value
                posted = posted or value
    if posted is not None:
        return (posted, True) if with_kind else posted
    return (None, False) if with_kind else None


def _bare_label(line: str) -> bool:
    """A line that is an author label and nothing else ('Tác giả', 'Tác giả:'): a form's label cell."""
    return fold(line.rstrip(": ")) in _label_names()


@cache
def _label_names() -> frozenset[str]:
    config = _config()
    return frozenset(fold(label) for label in [*config["author_labels"], *config["labels_without_colon"]])


@lru_cache(maxsize=8192)
def _normal_line(raw: str) -> str:
    """A line as the labels are matched: NFC, spaces squashed. Remembered: a page's own lines are read for a label
    when its text has none, and menus and sidebars print the same lines on every page of a site."""
    return squash_spaces(nfc(raw))


@cache
def _any_label() -> re.Pattern[str]:
    """Any author label, with a colon or without: a line that `_labelled` reads holds one."""
    config = _config()
    return re.compile(_alternation([*config["author_labels"], *config["labels_without_colon"]]))


@cache
def _not_names() -> frozenset[str]:
    return frozenset(fold(name) for name in _config()["not_names"])


@cache
def _poster_labels() -> frozenset[str]:
    return frozenset(fold(label) for label in _config()["poster_labels"])


def _author_element(root: etree._Element) -> str | None:
    """The first name-like text of an element classed as the author, outside comments and lists."""
    config = _config()
    prefixes = sorted(config["author_prefixes"], key=len, reverse=True)
    words = config["author_classes"]
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        # A class or id part that is one of the words is in the element's marker: the cheap test first.
        if not _author_marker().search(class_marker(element)) or not _has_part(element, words):
            continue
        # <html>/<body> classes describe the layout ('one-sidebar sidebar-first'), not a region.
        if any(
            _has_part(node, config["author_excluded_regions"])
            for node in element.iterancestors()
            if node.tag not in ("html", "body")
        ):
            continue
        text = squash_spaces(nfc(element.text_content()))
        for prefix in prefixes:
            if fold(text).startswith(fold(prefix) + " ") or (not prefix.isalpha() and text.startswith(prefix)):
                text = text[len(prefix) :].strip()
                break
        name = _signature(text)
        if name:
            return name
    return None


@cache
def _sentence_words() -> re.Pattern[str]:
    """Any of `sentence_words` as a whole word of a lower-cased line padded with spaces."""
    return re.compile(rf"\s(?:{_alternation(_config()['sentence_words'])})\s")


@cache
def _author_prefix() -> re.Pattern[str]:
    """An author element's leading word ('bởi', '-'), folded, as a byline line prints it before the name."""
    return re.compile(rf"^(?:{_alternation([fold(prefix) for prefix in _config()['author_prefixes']])})\s*")


@cache
def _author_marker() -> re.Pattern[str]:
    """Any of the author classes, anywhere in a class marker."""
    return re.compile("|".join(re.escape(word) for word in _config()["author_classes"]))


def _has_part(element: etree._Element, words: list[str]) -> bool:
    """Whether a class/id token of ``element``, or a run of its '-'/'_' parts, is one of ``words``
    ('field-name-field-tac-gia' has 'tac-gia')."""
    for token in class_marker(element).split():
        parts = re.split(r"[-_]", token)
        runs = {"-".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
        if token in words or any(run in words for run in runs):
            return True
    return False


def _plausible_label_value(value: str) -> bool:
    words = value.split()
    config = _config()
    if fold(value) in _not_names():
        return False  # 'Viết bởi Super User': the CMS account, not the author
    return 0 < len(words) <= config["max_name_words"] + config["max_unit_words"] and any(
        word[:1].isupper() for word in words
    )


def _last_body_line(lines: list[str]) -> int | None:
    """Index of the last non-empty line before the page furniture that follows the body, if any."""
    config = _config()
    first_body = next((i for i, line in enumerate(lines) if len(line.split()) >= config["body_line_words"]), None)
    if first_body is None:
        return None
    trailers = [fold(word) for word in config["trailer_lines"]]
    end = len(lines)
    for index in range(first_body + 1, len(lines)):
        folded = fold(squash_spaces(lines[index])).lstrip("-*• 0123456789.,")  # '- Bản in', '- 54 lượt đọc'
        if len(folded) < 80 and any(folded.startswith(trailer) for trailer in trailers):
            end = index
            break
    for index in range(end - 1, first_body, -1):
        if lines[index].strip():
            return index
    return None


def _signature(line: str) -> str | None:
    """``line`` as printed when it looks like a signature: 1-5 capitalised name words, optional unit."""
    config = _config()
    line = nfc(line).strip()
    if _unit_signature(line):
        return squash_spaces(line)
    match = re.match(r"^(?P<name>[^()\-–]+?)\s*(?:[-–]\s*(?P<unit>[^()]+)|\((?P<punit>[^()]+)\))?$", line)
    if not match:
        return None
    name = match["name"].strip()
    words = name.split()
    if not 1 <= len(words) <= config["max_name_words"] or fold(name) in _not_names():
        return None
    if name.endswith(".") and not _INITIAL.match(words[-1]):
        return None
    if not all(_name_word(word) for word in words):
        return None
    if not any(word[1:].islower() or _INITIAL.match(word) for word in words) and len(words) > 1:
        return None  # 'UBND TỈNH ĐIỆN BIÊN' is a heading, not a person
    unit = match["unit"] or match["punit"]
    if unit and (len(unit.split()) > config["max_unit_words"] or unit.strip().endswith(".")):
        return None
    return squash_spaces(line)


def _unit_signature(line: str) -> bool:
    """A unit signing for its article ('Phòng Xây dựng chính quyền', 'Văn phòng Sở', 'Công đoàn Sở Nội vụ'): a
    short line that starts with a unit word (`unit_signature_starts`, as spelled) and the unit's capitalised
    name, and is not a sentence."""
    config = _config()
    words = line.split()
    if not 2 <= len(words) <= config["max_long_unit_words"] or line.endswith((".", ":", ";", ",")):
        return False
    if len(words) > config["max_unit_signature_words"] and _sentence_words().search(f" {line.lower()} "):
        return False
    for start in config["unit_signature_starts"]:
        rest = line.removeprefix(f"{start} ")
        # The unit's own name follows, capitalised ('Phòng Xây dựng...'); 'Phòng chống bạo lực' is a heading, and
        # so is a line in capitals ('UBND TỈNH ĐIỆN BIÊN'; an abbreviation, 'Phòng LĐTBXH', is a name).
        if rest != line and rest[:1].isupper() and not (rest.isupper() and " " in rest):
            return True
    return False


def _name_word(word: str) -> bool:
    word = word.rstrip(",")
    if _INITIAL.match(word):
        return True
    # An apostrophe inside a name is the Central Highlands' ('K’Hương', 'H'Hen Niê').
    return word[:1].isupper() and _NAME_APOSTROPHES.sub("", word.replace(".", "")).isalpha()


def clean_title(title: str, site_name: str | None = None) -> str:
    """The article title without portal name, breadcrumbs or portlet headings: 'X - Cổng thông tin điện tử
    tỉnh Y' -> 'X'; 'Trang chủ > Tin tức > X' -> 'X'. A prefix like 'Điện Biên: ' is part of the title and stays.
    A title that only names a page type ('Xuất bản thông tin') gives ''."""
    config = _config()
    text = squash_spaces(nfc(title or ""))
    generic = {fold(word) for word in config["generic_titles"]}
    site = fold(squash_spaces(site_name)) if site_name else None
    for separator in config["breadcrumb_separators"]:
        parts = text.split(separator)
        if len(parts) > 2 or (len(parts) == 2 and fold(parts[0]) in generic | {"trang chu"}):
            text = parts[-1].strip()
    changed = True
    while changed:
        changed = False
        for separator in config["title_separators"]:
            head, tail = _cut_portal_suffix(text, separator, site)
            if tail:
                text, changed = head, True
            if separator in text:
                first, rest = text.split(separator, 1)
                if fold(first) in generic or (site and fold(first) == site):
                    text, changed = rest.strip(), True
    return "" if fold(text) in generic else text


def _cut_portal_suffix(text: str, separator: str, site: str | None) -> tuple[str, str]:
    """Split at the leftmost ``separator`` whose remainder names a portal; ('', '') when none does."""
    start = 0
    while (position := text.find(separator, start)) > 0:
        head, tail = text[:position].strip(), text[position + len(separator) :].strip()
        if len(head.split()) >= 2 and _names_portal(tail, site):
            return head, tail
        start = position + 1
    return text, ""


def names_portal(segment: str) -> bool:
    """Whether a segment of a page title names a portal or a place rather than an article ('Website huyện Đức
    Thọ', 'Cổng TTĐT tỉnh Điện Biên', 'Trang chủ')."""
    return _names_portal(segment, None)


def _names_portal(segment: str, site: str | None) -> bool:
    folded = fold(segment)
    if site and (folded == site or folded.startswith(site)):
        return True
    if len(segment.split()) > 24:
        return False
    if provinces.canonical(segment) or ".gov.vn" in folded or folded in {fold(g) for g in _config()["generic_titles"]}:
        return True
    starts = [fold(word) for word in _config()["portal_starts"]]
    if any(folded == start or folded.startswith(start + " ") for start in starts):
        return True
    return _names_place(segment)


def _names_place(segment: str) -> bool:
    """'Tỉnh Điện Biên', 'UBND huyện' excluded: a unit word then only capitalised words."""
    config = _config()
    words = segment.split()
    places = sorted((word.split() for word in config["portal_places"]), key=len, reverse=True)
    for place in places:
        if [fold(word) for word in words[: len(place)]] == [fold(word) for word in place]:
            name = words[len(place) :]
            return 0 < len(name) and len(words) <= config["max_place_words"] and all(w[:1].isupper() for w in name)
    return False
