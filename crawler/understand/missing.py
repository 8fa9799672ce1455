"""A page that says it is missing while answering 200 (a soft 404): the phrases of missing.yml in its <title>
or in one of its short lines."""

from functools import cache
from pathlib import Path

import yaml

from govnews.crawler.understand.page import Parsed, title_text
from govnews.text import fold

DATA_FILE = Path(__file__).with_name("missing.yml")


@cache
def _rules() -> tuple[tuple[str, ...], int]:
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return tuple(fold(phrase) for phrase in data["phrases"]), int(data["max_line_chars"])


def missing_notice(parsed: Parsed) -> str | None:
    """The first notice of a missing page found in ``parsed`` (its <title>, then its short lines), or None."""
    if parsed.root is None:
        return None
    phrases, max_chars = _rules()
    candidates = [title_text(parsed.root)] + [line.text.strip() for line in parsed.lines]
    for text in candidates:
        if not text or len(text) > max_chars:
            continue
        folded = fold(text)
        if any(phrase in folded for phrase in phrases):
            return text
    return None
