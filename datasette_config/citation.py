"""Ready-to-paste citations of an archived article (APA-like, Vietnamese and English): who, when, what, where it
was published, and where this archive keeps it as captured, with the hash of the text. Wording in citation.yml."""

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import yaml

FORMATS = Path(__file__).resolve().parent / "citation.yml"
LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Cited:
    """What a citation says of one article. ``captured`` (ISO, UTC) and ``archived`` (the replay URL) are the capture
    of the page cited; both None when no capture of it can be replayed."""

    title: str
    url: str
    site: str
    author: str | None
    published: str | None
    permalink: str
    content_hash: str
    captured: str | None = None
    archived: str | None = None


@cache
def _formats() -> dict:
    return yaml.safe_load(FORMATS.read_text(encoding="utf-8"))


def citations(cited: Cited) -> dict[str, str]:
    """The citation in each language of ``LANGUAGES``."""
    return {language: citation(cited, language) for language in LANGUAGES}


def citation(cited: Cited, language: str) -> str:
    words = _formats()[language]
    author = cited.author or cited.site
    parts = [_sentence(author), f"({_date(cited.published, words)}).", _sentence(cited.title)]
    if cited.author:
        parts.append(_sentence(cited.site))
    parts.append(f"{cited.url}.")
    if cited.captured and cited.archived:
        moment = datetime.fromisoformat(cited.captured).astimezone(UTC)
        captured = words["captured"].format(**_fields(moment, words), time=moment.strftime("%H:%M"))
        parts.append(words["archived"].format(captured=captured, archived=cited.archived))
    parts.append(words["text"].format(permalink=cited.permalink, hash=cited.content_hash))
    return " ".join(parts)


def _date(published: str | None, words: dict) -> str:
    """The publication day as the language writes it (a date the archive keeps starts 'YYYY-MM-DD')."""
    try:
        day = datetime.strptime((published or "")[:10], "%Y-%m-%d")
    except ValueError:
        return words["no_date"]
    return words["date"].format(**_fields(day, words))


def _fields(moment: datetime, words: dict) -> dict[str, object]:
    """Year, month number, day, and the month's name where the language names months (``months``)."""
    names = words.get("months") or [None] * 12
    return {"year": moment.year, "month": moment.month, "month_name": names[moment.month - 1], "day": moment.day}


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."
