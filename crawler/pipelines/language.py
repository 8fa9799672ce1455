"""Stage 3: the article's language (ISO 639-1): Vietnamese recognised by its letters, anything else by
langdetect, seeded so runs agree."""

import re

from langdetect import DetectorFactory, LangDetectException, detect

from crawler.items import PageItem

# Short strings are unreliable ('Gia Lai' -> 'it'); a prefix of the body decides as well as the whole.
MIN_CHARS = 50
PREFIX_CHARS = 1000
# Letters only Vietnamese writes (ă, đ, ơ, ư and the vowels with a tone mark below or a hook): when they
# are this common in the opening of a text, it is Vietnamese and langdetect's n-gram pass (a third of the
# time spent understanding a page) is not needed.
_VIETNAMESE = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
_LETTERS = re.compile(r"[^\W\d_]")
VIETNAMESE_SHARE = 0.03


class LanguagePipeline:
    def __init__(self) -> None:
        DetectorFactory.seed = 0

    def process_item(self, item: PageItem) -> PageItem:
        if item.kind == "article" and item.article is not None:
            item.article["language"] = detect_language(item.article["text"])
        return item


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when it is too short or has no letters."""
    sample = text[:PREFIX_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    letters = len(_LETTERS.findall(sample))
    if letters and len(_VIETNAMESE.findall(sample)) / letters >= VIETNAMESE_SHARE:
        return "vi"
    try:
        return detect(sample)
    except LangDetectException:
        return None
