"""Text a page sets in a pre-Unicode Vietnamese font, back to Unicode.

Sites online since the 2000s still serve their oldest articles as typed then: TCVN3 bytes shown by the .VnTime
fonts (capitals by .VnTimeH), or VNI by VNI-Times, inside `<font face=...>` or a `font-family` style. Parsed as
the page's charset they read as Latin-1 letters ('Tr\u00ean \u00a7\u00eaa b\u00b5n' for 'Trên địa bàn'). A run in
a font that names its encoding is converted with the attachment reader's tables (crawler/attachments/legacy.py);
a run already holding a Vietnamese letter beyond Latin-1 is Unicode typed in an old font and left alone.
"""

import re
from functools import cache

import lxml.html

from govnews.crawler.attachments.legacy import LegacyFont, convert, font_encoding, may_be_legacy

# Elements that name a font: a face attribute, or a font-family in their style.
_FONT_NAMING = "//*[@face or contains(@style, 'font-family')]"
_FAMILY = re.compile(r"font-family\s*:\s*['\"]?([^;'\",]+)", re.IGNORECASE)


def legacy_fonts_to_unicode(root: lxml.html.HtmlElement) -> None:
    """Convert, in place, the text of every run set in a legacy Vietnamese font (an inner font decides for its own
    text: .VnTimeH capitals inside .VnTime, a Unicode font inside either)."""
    legacy = {element for element in root.xpath(_FONT_NAMING) if _declared(element)[1] is not None}
    for element in legacy:
        if not any(ancestor in legacy for ancestor in element.iterancestors()):
            _convert_within(element, None)


def _declared(element: lxml.html.HtmlElement) -> tuple[bool, LegacyFont | None]:
    """Whether an element names a font, and the legacy font it names (None for a Unicode one)."""
    name = element.get("face")
    if name is None:
        style = _FAMILY.search(element.get("style") or "")
        name = style.group(1) if style else None
    if name is None:
        return False, None
    return True, _font(name.split(",")[0].strip())


@cache
def _font(name: str) -> LegacyFont | None:
    """`font_encoding`, remembered: a site names the same few fonts on every page."""
    return font_encoding(name)


def _convert_within(element: lxml.html.HtmlElement, inherited: LegacyFont | None) -> None:
    names, legacy = _declared(element)
    font = legacy if names else inherited
    if font is not None:
        element.text = _converted(element.text, font)
    for child in element:
        if isinstance(child.tag, str):
            _convert_within(child, font)
        if font is not None:
            child.tail = _converted(child.tail, font)


def _converted(text: str | None, font: LegacyFont) -> str | None:
    if not text or not may_be_legacy(text):
        return text
    return convert(text, font.encoding, font.upper)
