"""Load the demo corpus: ``<corpus_dir>/<portal_id>.yml`` files in the schema of docs/demo-corpus.md."""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

BUNDLED_CORPUS = Path(__file__).parent / "corpus"
AUTHOR_STYLES = ("signature", "byline", "label", "none")
ACCESS = ("normal", "sitemap_only", "feed_only")


class CorpusError(ValueError):
    """A corpus file the server cannot render; the message names the file and the article."""


@dataclass(frozen=True)
class Document:
    kind: str
    number: str
    date: str | None


@dataclass(frozen=True)
class CorpusArticle:
    id: str
    category: str
    title: str
    published: str
    author: str | None
    author_style: str
    province: str | None
    on_topic: bool
    hard_negative: bool
    lang: str
    access: str
    lead: str
    paragraphs: tuple[str, ...]
    documents: tuple[Document, ...]
    # When the article was last edited (ISO 8601), if ever: sitemaps report it as lastmod.
    modified: str | None = None

    @property
    def number(self) -> int:
        """The NNN of '<portal>-NNN': templates derive their numeric ids from it."""
        tail = self.id.rsplit("-", 1)[-1]
        return int(tail) if tail.isdigit() else sum(map(ord, self.id))

    @property
    def body(self) -> str:
        """The gold body: lead and paragraphs joined by a blank line, lead omitted when empty."""
        return "\n\n".join(p for p in (self.lead, *self.paragraphs) if p)


def load_portal_articles(corpus_dir: Path, portal_id: str, categories: set[str]) -> list[CorpusArticle]:
    """Articles of one portal; a missing file is an empty portal (the corpus may still be being written)."""
    path = Path(corpus_dir) / f"{portal_id}.yml"
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    articles = [_article(path, raw, categories) for raw in data.get("articles") or []]
    ids = [a.id for a in articles]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise CorpusError(f"{path}: duplicate article ids {sorted(dupes)}")
    return articles


def _article(path: Path, raw: dict, categories: set[str]) -> CorpusArticle:
    where = f"{path}: article {raw.get('id')!r}"
    for key in ("id", "category", "title", "published", "paragraphs"):
        if not raw.get(key):
            raise CorpusError(f"{where}: missing {key}")
    if raw["category"] not in categories:
        raise CorpusError(f"{where}: category {raw['category']!r} is not one of {sorted(categories)}")
    style = raw.get("author_style") or ("signature" if raw.get("author") else "none")
    if style not in AUTHOR_STYLES:
        raise CorpusError(f"{where}: author_style {style!r} is not one of {AUTHOR_STYLES}")
    access = raw.get("access") or "normal"
    if access not in ACCESS:
        raise CorpusError(f"{where}: access {access!r} is not one of {ACCESS}")
    documents = tuple(
        Document(kind=str(d.get("kind") or ""), number=str(d["number"]), date=_iso(d.get("date")))
        for d in raw.get("documents") or []
    )
    return CorpusArticle(
        id=str(raw["id"]),
        category=str(raw["category"]),
        title=str(raw["title"]).strip(),
        published=_iso_text(raw["published"]),  # checked present above
        author=_opt(raw.get("author")),
        author_style=style if raw.get("author") else "none",
        province=_opt(raw.get("province")),
        on_topic=bool(raw.get("on_topic")),
        hard_negative=bool(raw.get("hard_negative")),
        lang=str(raw.get("lang") or "vi"),
        access=access,
        lead=str(raw.get("lead") or "").strip(),
        paragraphs=tuple(str(p).strip() for p in raw["paragraphs"]),
        documents=documents,
        modified=_opt(raw.get("modified")),
    )


def _iso(value: object) -> str | None:
    """YAML turns unquoted dates into date/datetime objects; the corpus contract is ISO strings."""
    return None if value in (None, "") else _iso_text(value)


def _iso_text(value: object) -> str:
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


def _opt(value: object) -> str | None:
    return None if value in (None, "") else str(value)
