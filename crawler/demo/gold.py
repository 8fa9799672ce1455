"""What a perfect crawl of a fixture portal would archive, article by article."""

from dataclasses import dataclass


@dataclass(frozen=True)
class GoldArticle:
    """One article as the crawler must key and extract it.

    ``url`` is canonical (sorted query, no session/print parameters); ``access`` is the corpus
    value, or 'normal' where the portal lacks the sitemap or feed it names.
    """

    id: str
    url: str
    title: str
    published: str
    author: str | None
    province: str | None
    on_topic: bool
    hard_negative: bool
    lang: str
    text: str
    documents: list[dict]
    access: str
