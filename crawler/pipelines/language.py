"""Stage 3: the article's language (ISO 639-1) with langdetect, seeded so runs agree."""

from langdetect import DetectorFactory, LangDetectException, detect

from crawler.items import PageItem

# Short strings are unreliable ('Gia Lai' -> 'it'); a prefix of the body decides as well as the whole.
MIN_CHARS = 50
PREFIX_CHARS = 2000


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
    try:
        return detect(sample)
    except LangDetectException:
        return None
