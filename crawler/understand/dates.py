"""Vietnamese dates: day-first parsing, and finding a page's own publication date.

Shapes, labels and page anchors are data in ``date_patterns.yml``. Generic tools (htmldate, trafilatura)
read 'Đăng ngày 07 - 03 - 2023' wrongly or not at all and fall back to dates in related-news lists, so the
page is read as a person reads it: the dateline just below the title first, machine dates second.
"""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from lxml import etree

from govnews.crawler.understand import page
from govnews.markup import class_marker
from govnews.text import fold, nfc, squash_spaces

HERE = Path(__file__).parent
_TOKEN_SPLIT = re.compile(r"[\s]+")
_PART_SPLIT = re.compile(r"[-_]")
# Compiled once: an XPath given as a string is compiled again at every call.
_HEADINGS = etree.XPath("//h1|//h2|//h3|//*[contains(@class,'title')][not(self::title)]")
_INNER_HEADINGS = etree.XPath(".//h1|.//h2|.//h3")
_IN_LINK = etree.XPath("ancestor::a")
_ITEMPROP_DATES = etree.XPath("//*[@itemprop='datePublished'][not(self::meta)]")
_JSON_LD = etree.XPath("//script[@type='application/ld+json']")
_TIMES = etree.XPath("//time[@datetime]")
_DIGIT = re.compile(r"\d")
# The abbr design pattern of hAtom themes (Blogger, older WordPress): the machine date in the title of the element
# that shows the reader a shorter one, '<abbr class="published" title="2021-06-10T14:45:00+07:00">14:45</abbr>'.
_ABBR_DATES = etree.XPath("//abbr[@title][not(@itemprop='datePublished')]")  # those are itemprop dates


@dataclass(frozen=True)
class _Found:
    """One date found in a string: its span and its ISO value."""

    start: int
    end: int
    value: str
    # A numeric date whose day and month could be read either way ('3/10/2017'): day first is taken unless the
    # article's lead says otherwise (see `_against_the_lead`).
    either_way: bool = False

    @property
    def day(self) -> str:
        return self.value[:10]

    @property
    def has_time(self) -> bool:
        return "T" in self.value


@dataclass(frozen=True)
class _Rules:
    config: dict
    dates: dict[str, re.Pattern[str]]
    year: re.Pattern[str]
    time: re.Pattern[str]
    time_after: re.Pattern[str]
    time_before: re.Pattern[str]
    label_before: re.Pattern[str]
    citation_before: re.Pattern[str]
    related: frozenset[str]
    url_dates: list[re.Pattern[str]]
    title_date_before: re.Pattern[str]
    title_date_after: re.Pattern[str]
    tz: timezone


@cache
def _rules() -> _Rules:
    config = yaml.safe_load((HERE / "date_patterns.yml").read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    labels = "|".join(re.escape(label) for label in sorted(config["publication_labels"], key=len, reverse=True))
    label_before = (
        rf"(?:{labels})\s*:?\s*(?:lúc\s*)?(?:\d{{1,2}}\s*[:h]\s*\d{{2}}(?::\d{{2}})?\s*(?:SA|CH|AM|PM)?\s*[,|\-–]?\s*)?"
        rf"(?:{config['weekday']})?(?:ngày\s*)?$"
    )
    return _Rules(
        config=config,
        dates={kind: re.compile(rx, flags) for kind, rx in config["dates"].items()},
        year=re.compile(config["year"]),
        time=re.compile(config["time"], flags),
        time_after=re.compile(config["time_after_date"], flags),
        time_before=re.compile(config["time_before_date"], flags),
        label_before=re.compile(label_before, flags),
        citation_before=re.compile(config["citation_before"], flags),
        related=frozenset(_heading_key(text) for text in config["related_headings"]),
        url_dates=[re.compile(rx) for rx in config["url_dates"]],
        title_date_before=re.compile(config["title_date_before"], flags),
        title_date_after=re.compile(config["title_date_after"], flags),
        tz=timezone(timedelta(hours=config["utc_offset_hours"])),
    )


@lru_cache(maxsize=8192)
def _heading_key(text: str) -> str:
    """A line or heading folded to its words, for comparing headings. Remembered: a page's main heading is looked
    for among its lines, and menus and sidebars print the same lines on every page of a site."""
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


# --- parsing strings ---------------------------------------------------------------------------------


def parse_vn_date(text: str) -> str | None:
    """The first valid day-first date in ``text`` (with its time when one is written next to it), as ISO
    'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SS+07:00'. Impossible dates (31/02) are skipped; never raises."""
    if not isinstance(text, str):
        return None
    found = next(_scan(nfc(text)), None)
    return found.value if found else None


def _scan(text: str) -> Iterator[_Found]:
    """Every valid date in ``text`` (NFC) in reading order."""
    rules = _rules()
    if not rules.year.search(text):
        return  # every shape holds a year: a page is read for its dateline line by line, and most lines hold none
    matches = sorted(
        (
            (match.start(), kind != "iso", kind, match)
            for kind, rx in rules.dates.items()
            for match in rx.finditer(text)
        ),
        key=lambda item: item[:2],
    )
    taken_until = -1
    for start, _, kind, match in matches:
        if start < taken_until:
            continue
        found = _from_iso(match) if kind == "iso" else _from_dmy(text, match)
        if found:
            taken_until = match.end()
            yield found


@lru_cache(maxsize=8192)
def _line_dates(text: str) -> tuple[_Found, ...]:
    """Every valid date of a page's line. Remembered: a page is read for its dateline line by line, and sidebars print
    the same dated lines (newest articles, archives by month) on every page of a site."""
    return tuple(_scan(text))


def _day(year: int, month: int, day: int) -> date | None:
    if month > 12 and day <= 12:  # an English-locale widget wrote m/d/Y
        month, day = day, month
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_dmy(text: str, match: re.Match[str]) -> _Found | None:
    named = match.groupdict().get("mon")
    month = _rules().config["english_months"].index(named.lower()[:3]) + 1 if named else int(match["m"])
    day = _day(int(match["y"]), month, int(match["d"]))
    if day is None:
        return None
    either_way = not named and day.day <= 12 and day.day != day.month
    clock = _time_near(text, match.start(), match.end())
    if clock is None or clock == (0, 0, 0):  # 00:00 is what date-only CMS fields print
        return _Found(match.start(), match.end(), day.isoformat(), either_way)
    moment = datetime(day.year, day.month, day.day, *clock, tzinfo=_rules().tz)
    return _Found(match.start(), match.end(), moment.isoformat(), either_way)


def _from_iso(match: re.Match[str]) -> _Found | None:
    day = _day(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None or int(match["m"]) > 12:
        return None
    if match["H"] is None:
        return _Found(match.start(), match.end(), day.isoformat())
    clock = _clock(match["H"], match["M"], match["S"], None)
    if clock is None or (clock == (0, 0, 0) and not match["tz"]):
        return _Found(match.start(), match.end(), day.isoformat())
    tz = _rules().tz
    if match["tz"]:
        offset = match["tz"].upper().replace(":", "")
        if offset == "Z":
            tz = UTC
        else:
            sign = -1 if offset[0] == "-" else 1
            tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    moment = datetime(day.year, day.month, day.day, *clock, tzinfo=tz).astimezone(_rules().tz)
    return _Found(match.start(), match.end(), moment.isoformat())


def _time_near(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """A clock time written right after the date ('11/03/2020 00:11') or right before it ('17:23:45 | 07/08/2018')."""
    rules = _rules()
    after = rules.time.search(text, end, min(len(text), end + 30))
    if after and rules.time_after.match(text[end : after.start()]):
        clock = _clock(after["H"], after["M"], after["S"], after["ampm"])
        if clock:
            return clock
    before = [m for m in rules.time.finditer(text, max(0, start - 30), start)]
    if before and rules.time_before.match(text[before[-1].end() : start]):
        last = before[-1]
        return _clock(last["H"], last["M"], last["S"], last["ampm"])
    return None


def _clock(hour: str, minute: str, second: str | None, ampm: str | None) -> tuple[int, int, int] | None:
    h, m, s = int(hour), int(minute), int(second or 0)
    config = _rules().config
    if ampm and h <= 12:
        if ampm.upper() in config["am"] and h == 12:
            h = 0
        elif ampm.upper() in config["pm"] and h < 12:
            h += 12
    if h > 23 or m > 59 or s > 59:
        return None
    return h, m, s


# --- finding a page's publication date -----------------------------------------------------------------


def find_publication_date(html: str, url: str) -> str | None:
    """The page's own publication date (ISO, as parse_vn_date), or None rather than a guess.

    Order: (a) the dateline nearest below the main heading, or a labelled / date-classed date in the
    article; (b) machine dates (article:published_time, itemprop datePublished, JSON-LD, <time>);
    (c) a date in the URL path. A dateline without a time takes the time of a machine date of the same day.
    Dates in related-news lists, sidebars, footers and cited documents are never taken.
    """
    return publication_date(page.Parsed(html), url)


def publication_date(parsed: page.Parsed, url: str, text: str | None = None) -> str | None:
    """`find_publication_date` of a page already parsed (the pipeline shares one parse among its stages). With the
    article's ``text``, a dateline that reads either way is read against the event its lead reports."""
    root = parsed.root
    visible = _from_page(parsed) if root is not None else None
    machine = _machine_dates(root) if root is not None else []
    if visible is not None and text:
        visible = _against_the_lead(visible, text)
    if visible is not None:
        if not visible.has_time:
            same_day = next((found for found in machine if found.has_time and found.day == visible.day), None)
            if same_day is not None:
                return same_day.value
        return visible.value
    if machine:
        return machine[0].value
    return _from_url(url or "")


def _against_the_lead(found: _Found, text: str) -> _Found:
    """A dateline that reads either way ('3/10/2017' day first, or month first as an en-US page layout prints it),
    read month first when only that puts the page just after the first date its lead reports ('Ngày 06/3/2017, Ủy
    ban nhân dân tỉnh ban hành...'): news is published days after its event, not months."""
    if not found.either_way:
        return found
    lead = text.split("\n", 1)[0]
    event = next((found_date for found_date in _line_dates(lead) if _plausible(found_date)), None)
    if event is None:
        return found
    window = _rules().config["lead_event_days"]
    happened = date.fromisoformat(event.day)
    day_first = date.fromisoformat(found.day)
    month_first = day_first.replace(month=day_first.day, day=day_first.month)
    if 0 <= (month_first - happened).days <= window and not 0 <= (day_first - happened).days <= window:
        return _Found(found.start, found.end, month_first.isoformat() + found.value[10:])
    return found


def title_date(title: str | None) -> str | None:
    """The date a notice's title begins or ends with ('Ngày 15/3/2012: Thông báo lịch tiếp', '... (6/3/2015)'):
    the page's date when the page prints no other (old sites date their notices only there)."""
    if not title:
        return None
    text = nfc(title).strip()
    rules = _rules()
    for found in _line_dates(text):
        opening = rules.title_date_before.match(text[: found.start]) is not None
        closing = rules.title_date_after.match(text[found.end :]) is not None
        if (opening or closing) and _plausible(found):
            return found.value
    return None


def _plausible(found: _Found) -> bool:
    low, high = _rules().config["years"]
    return low <= int(found.value[:4]) <= high


class _Reader:
    """The page's lines with what is known about the article: its main heading and where lists begin."""

    def __init__(self, parsed: page.Parsed) -> None:
        self.rules = _rules()
        self.lines = parsed.lines
        self.heading = _main_heading(parsed.root, self.lines)
        self.article = set(self.heading.iterancestors()) if self.heading is not None else set()
        self.heading_at = self._heading_line()

    def _heading_line(self) -> int | None:
        if self.heading is None:
            return None
        inside = set(self.heading.iter())
        for index, line in enumerate(self.lines):
            if any(element in inside for _, element in line.pieces):
                return index
        return None

    def is_related_heading(self, line: page.Line) -> bool:
        key = _heading_key(line.text)
        return bool(key) and len(key) <= 40 and key in self.rules.related

    def excluded(self, element: etree._Element) -> bool:
        """In a footer, sidebar, menu or related list (never the article's own wrappers), or in a link list."""
        config = self.rules.config
        item_seen = False
        for node in [element, *element.iterancestors()]:
            if node in self.article or node.tag in ("body", "html"):
                break
            if node.tag in config["excluded_tags"] or node.tag == "a":
                return True
            if _has_token(node, config["excluded_regions"]):
                return True
            if node.tag in ("li", "tr") and not item_seen:
                item_seen = True
                if _mostly_links(node):
                    return True
        return False

    def dateline(self, line: page.Line, in_header: bool, label_line: str = "") -> _Found | None:
        """The first acceptable date of ``line``: in the header window a short or labelled or date-classed
        line; elsewhere only a labelled line or a publication-classed element. A date that opens its line is read
        after ``label_line`` (the line above) when that is a bare label, short and without a digit: a form's label
        cell ('Ngày đăng', 'Hết hạn') is a line of its own beside its value's."""
        config = self.rules.config
        text = line.text
        label = label_line.strip()
        bare_label = 0 < len(label) <= config["max_label_chars"] and not _DIGIT.search(label)
        for found in _line_dates(text):
            element = line.element_at(found.start)
            if element is None or not _plausible(found) or self.excluded(element):
                continue
            before = text[: found.start]
            if bare_label and not before.strip():
                before = label + " "
            if self.rules.citation_before.search(before):
                continue
            labelled = (
                bool(self.rules.label_before.search(before)) and len(text.strip()) <= config["max_labelled_line_chars"]
            )
            published = _has_class(element, config["publication_classes"], exact=False) or _itemprop(element)
            if in_header:
                residue = len(re.sub(r"\s+", " ", text[: found.start] + text[found.end :]).strip())
                classed = _has_class(element, config["date_classes"], exact=True)
                if labelled or published or classed or residue <= config["max_residue_chars"]:
                    return found
            elif labelled or published:
                return found
        return None


def _from_page(parsed: page.Parsed) -> _Found | None:
    reader = _Reader(parsed)
    config = reader.rules.config
    stop = len(reader.lines)
    if reader.heading_at is not None:
        seen = 0
        for index in range(reader.heading_at + 1, len(reader.lines)):
            line = reader.lines[index]
            if reader.is_related_heading(line):
                stop = index
                break
            if seen <= config["header_window_chars"]:
                label = reader.lines[index - 1].text if index > reader.heading_at + 1 else ""
                found = reader.dateline(line, in_header=True, label_line=label)
                if found:
                    return found
                seen += len(line.text.strip())
    for index, line in enumerate(reader.lines[:stop]):
        found = reader.dateline(line, in_header=False, label_line=reader.lines[index - 1].text if index else "")
        if found:
            return found
    return None


def _main_heading(root: etree._Element, lines: list[page.Line]) -> etree._Element | None:
    """The h1/h2 (or *title* element) with the longest text matching <title>; else a line of plain text
    matching <title> (table-layout pages print the title in <font><b>); else the longest heading."""
    title_words = set(_heading_key(page.title_text(root)).split())
    candidates = _HEADINGS(root)
    best, best_rank = None, None
    for element in candidates:
        text = squash_spaces(element.text_content())
        words = _heading_key(text).split()
        if len(words) < 3 or len(text) > 400 or any(a.tag == "a" for a in element.iterancestors()):
            continue
        if _INNER_HEADINGS(element):
            continue  # a wrapper: its heading is a candidate of its own
        link = element.find(".//a")
        if link is not None and len(squash_spaces(link.text_content())) > 0.5 * len(text):
            continue  # a linked heading is an item of a list of other articles
        overlap = sum(word in title_words for word in words) / len(words)
        rank = (overlap >= 0.7, len(text), element.tag in ("h1", "h2"))
        if best_rank is None or rank > best_rank:
            best, best_rank = element, rank
    if best_rank is not None and best_rank[0]:
        return best
    for line in lines:
        words = _heading_key(line.text).split()
        element = line.element_at(0)
        if len(words) >= 5 and element is not None and element.tag != "a" and not _IN_LINK(element):
            if sum(word in title_words for word in words) / len(words) >= 0.9:
                return element
    if best is not None and len(_heading_key(best.text_content()).split()) >= 5:
        return best
    return None


def _mostly_links(item: etree._Element) -> bool:
    """A list item or table row that is mostly a link: an entry of a list of other articles."""
    linked = sum(len(squash_spaces(a.text_content())) for a in item.iter("a"))
    return linked > 20 and linked >= 0.5 * len(squash_spaces(item.text_content()))


def _tokens(element: etree._Element) -> list[str]:
    return [token for token in _TOKEN_SPLIT.split(class_marker(element)) if token]


def _has_token(element: etree._Element, words: list[str]) -> bool:
    return _marker_has_token(class_marker(element), tuple(words))


@lru_cache(maxsize=4096)
def _marker_has_token(marker: str, words: tuple[str, ...]) -> bool:
    """`_has_token` of a class marker. Remembered: every date of a page is checked against its ancestors' regions,
    and the same few wrappers hold the dates of every page of a site."""
    for token in _TOKEN_SPLIT.split(marker):
        if not token:
            continue
        parts = set(_PART_SPLIT.split(token))
        if any(word == token or word in parts or ("-" in word and word in token) for word in words):
            return True
    return False


def _has_class(element: etree._Element, names: list[str], exact: bool) -> bool:
    """Whether the element (or its parent, for a date in a child <span>) carries one of ``names``."""
    for node in (element, element.getparent()):
        if node is None:
            continue
        for token in _tokens(node):
            parts = set(_PART_SPLIT.split(token))
            if any(name in parts or name == token if exact else name in token for name in names):
                return True
    return False


def _itemprop(element: etree._Element) -> bool:
    return any(
        (node.get("itemprop") or "") == "datePublished" for node in (element, element.getparent()) if node is not None
    )


def _machine_dates(root: etree._Element) -> list[_Found]:
    """Machine-readable publication dates in order of trust."""
    config = _rules().config
    properties = {name.lower() for name in config["meta_properties"]}
    names = {name.lower() for name in config["meta_names"]}
    itemprops = set(config["meta_itemprops"])
    ranked: list[tuple[int, str]] = []
    for meta in root.iter("meta"):
        content = meta.get("content") or ""
        if (meta.get("property") or "").lower() in properties:
            ranked.append((0, content))
        elif (meta.get("itemprop") or "") in itemprops:
            ranked.append((1, content))
        elif (meta.get("name") or "").lower() in names:
            ranked.append((3, content))
    for element in _ITEMPROP_DATES(root):
        abbreviated = element.get("title") if element.tag == "abbr" else None
        ranked.append((1, element.get("content") or element.get("datetime") or abbreviated or element.text_content()))
    publication_classes = set(config["publication_classes"])
    for element in _ABBR_DATES(root):
        if publication_classes.intersection((element.get("class") or "").lower().split()):
            ranked.append((1, element.get("title") or ""))
    for script in _JSON_LD(root):
        ranked.extend((2, value) for value in _json_ld_dates(script.text or ""))
    for element in _TIMES(root):
        ranked.append((4, element.get("datetime") or ""))
    found = (next(_scan(nfc(value)), None) for _, value in sorted(ranked, key=lambda item: item[0]))
    return [item for item in found if item is not None and _plausible(item)]


def _json_ld_dates(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    out: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                out.append(item["datePublished"])
            stack.extend(value for value in item.values() if isinstance(value, dict | list))
        elif isinstance(item, list):
            stack.extend(item)
    return out


def _from_url(url: str) -> str | None:
    path = urlsplit(url).path
    for rx in _rules().url_dates:
        match = rx.search(path)
        if match:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
            except ValueError:
                continue
    return None
