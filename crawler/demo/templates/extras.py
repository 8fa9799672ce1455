"""What the later holdout templates print besides the corpus text: menus, tags, photos and tables (extras.yml)."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.text import ascii_slug

EXTRAS_FILE = Path(__file__).parent / "extras.yml"


@cache
def load_extras() -> dict[str, Any]:
    return yaml.safe_load(EXTRAS_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Photo:
    after: int
    caption: str
    credit: str


@dataclass(frozen=True)
class DataTable:
    after: int
    title: str
    rows: tuple[tuple[str, ...], ...]


def photo(article: CorpusArticle, default: bool = True) -> Photo | None:
    """The article's in-body photo: its own from extras.yml, else (when ``default``) a stock caption."""
    extras = load_extras()
    raw = (extras.get("media") or {}).get(article.id, {}).get("photo")
    if raw:
        return Photo(int(raw.get("after", 0)), str(raw["caption"]), str(raw.get("credit") or ""))
    if not default:
        return None
    captions = extras["default_captions"]
    credit = f"Ảnh: {article.author}" if article.author and article.number % 2 else "Ảnh: PV"
    return Photo(0, captions[article.number % len(captions)], credit)


def table(article: CorpusArticle) -> DataTable | None:
    raw = (load_extras().get("media") or {}).get(article.id, {}).get("table")
    if not raw:
        return None
    return DataTable(int(raw.get("after", 0)), str(raw["title"]), tuple(tuple(str(c) for c in r) for r in raw["rows"]))


def menu() -> list[tuple[str, list[str]]]:
    return [(section, list(leaves)) for section, leaves in load_extras()["mega_menu"].items()]


def tags_of(article: CorpusArticle, limit: int = 5) -> list[str]:
    """The vocabulary tags whose words the article's title or text contains, in vocabulary order."""
    text = f"{article.title} {article.body}".casefold()
    return [t for t in load_extras()["tags"] if t.casefold() in text][:limit]


def all_tags() -> list[str]:
    return list(load_extras()["tags"])


def tag_slug(tag: str) -> str:
    return ascii_slug(tag)
