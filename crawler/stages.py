"""The page stages: what one fetched page is, decided in order, the same way in a crawl and in a rebuild.

extract → missing → understand → language → topic. Each stage is a callable taking and returning a
``PageItem``; the ``settings`` it reads are declared on it, so the worker processes of
``crawler/pipelines/pages.py`` receive them without a list kept anywhere else. Deduplication is not a page
stage: it needs the whole source (``crawler/dedupe.py``, run after the stages by ``crawler/pipelines/dedupe.py``
and by reextract).
"""

import os
from typing import Any, ClassVar

from govnews.crawler import attached
from govnews.crawler.extract import article_region, extract_tree, folded_texts, parse, prepare
from govnews.crawler.items import PageItem
from govnews.crawler.understand import bylines, dates, documents, missing, page, pagekind, provinces
from govnews.crawler.understand.language import detect_language
from govnews.crawler.understand.topic import TopicModel


class Stage:
    """A page stage: ``settings`` names the settings ``from_settings`` reads (none by default)."""

    settings: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def from_settings(cls, settings: Any) -> "Stage":
        return cls()

    def __call__(self, item: PageItem) -> PageItem:
        raise NotImplementedError


class Extract(Stage):
    """Main text with trafilatura, whether the page is an article or a listing, and an article's attached files."""

    settings = ("GOVNEWS_MIN_ARTICLE_CHARS",)

    def __init__(self, min_chars: int = 0) -> None:
        self.min_chars = min_chars

    @classmethod
    def from_settings(cls, settings: Any) -> "Extract":
        return cls(settings.getint("GOVNEWS_MIN_ARTICLE_CHARS"))

    def __call__(self, item: PageItem) -> PageItem:
        if item.kind_hint != "page" or not item.html:
            item.kind = item.kind_hint
            return item
        root = parse(item.html)
        tree = prepare(root) if root is not None else None
        texts = folded_texts(tree) if tree is not None else None
        extraction = extract_tree(tree, item.url, texts) if tree is not None and texts is not None else None
        if extraction is None or texts is None:
            item.kind = "listing"
            return item
        item.kind = pagekind.classify(extraction.paragraphs, self.min_chars, texts, item.url)
        if item.kind == "article":
            item.article = {
                "url": item.canonical_from_page or item.url,
                "source_id": item.source_id,
                "title": extraction.title,
                "text": extraction.text,
                "author": None,  # the Understand stage's (bylines)
            }
            item.site_name = extraction.sitename
            item.attachments = attached.attached_links(tree, article_region(extraction.paragraphs, texts), item.url)
            # Dates and bylines read extraction's parse of the page (in NFC, as Parsed keeps every page).
            item.parsed = page.Parsed(item.html, root)
        return item


class Missing(Stage):
    """A URL that held an archived article and now answers 200 with a 'not found' page is gone.

    Portals that delete an article often answer 200 with a notice instead of 404. Only a URL that held an
    article in an earlier run and now holds none is read for the notice: a first crawl keeps such pages as
    whatever page kind extraction found."""

    def __call__(self, item: PageItem) -> PageItem:
        if item.archived_article is None or item.kind_hint != "page" or item.kind == "article":
            return item
        notice = missing.missing_notice(item.parsed_page())
        if notice is not None:
            item.kind = "gone"
            item.reason = f"soft 404: {notice[:120]}"
        return item


class Understand(Stage):
    """Vietnamese page understanding: publication date, title, author, province, cited documents."""

    def __call__(self, item: PageItem) -> PageItem:
        article = item.article
        if item.kind != "article" or article is None:
            return item
        parsed = item.parsed_page()
        article["title"] = bylines.clean_title(article["title"] or "", item.site_name)
        author, text = bylines.author_of(parsed, article["text"])
        article["author"] = author
        article["text"] = text
        published = dates.publication_date(parsed, item.url, text) or dates.title_date(article["title"])
        other = pagekind.not_an_article(article["title"], text.split("\n\n"), dated=published is not None, url=item.url)
        if other is not None:
            item.kind, item.article = other, None
            item.reason = f"{other} page" + ("" if published else ", undated")
            return item
        article["published"] = published
        article["year"] = int(published[:4]) if published else None
        province = item.source_province or provinces.detect(article["title"], text)
        article["province"] = province
        article["province_2025"] = provinces.unit_2025(province) if province else None
        item.documents = documents.find_documents(text)
        return item


class Language(Stage):
    """The article's language (crawler.understand.language)."""

    def __call__(self, item: PageItem) -> PageItem:
        if item.kind == "article" and item.article is not None:
            item.article["language"] = detect_language(item.article["text"])
        return item


class Topic(Stage):
    """Keep on-topic articles; off-topic ones are recorded in `pages` only. `topic_score` is the lexicon's score
    and `topic_terms` its terms; the decision is TopicModel's (the lexicon with its trained classifier,
    docs/topic.md)."""

    settings = ("GOVNEWS_TOPIC_FILE", "GOVNEWS_TOPIC_THRESHOLD")

    def __init__(self, model: TopicModel) -> None:
        self.model = model

    @classmethod
    def from_settings(cls, settings: Any) -> "Topic":
        threshold = settings.get("GOVNEWS_TOPIC_THRESHOLD")
        return cls(
            TopicModel.load(
                settings.get("GOVNEWS_TOPIC_FILE"), threshold=None if threshold is None else float(threshold)
            )
        )

    def __call__(self, item: PageItem) -> PageItem:
        article = item.article
        if item.kind != "article" or article is None:
            return item
        result = self.model.score(article["title"] or "", article["text"])
        article["topic_score"] = round(result.score, 3)
        article["topic_terms"] = result.terms
        if not result.on_topic:
            item.kind = "offtopic"
            item.reason = (
                f"topic score {result.score:.2f}"
                + ("" if result.probability is None else f", classifier {result.probability:.2f}")
                + (", topic words in passing" if result.in_passing else "")
            )
        return item


# The order, stated once.
STAGES: tuple[type[Stage], ...] = (Extract, Missing, Understand, Language, Topic)
# Every setting a stage reads: what a worker process needs of the crawl's settings.
STAGE_SETTINGS: tuple[str, ...] = tuple(dict.fromkeys(name for stage in STAGES for name in stage.settings))


def stage_values(settings: Any) -> dict[str, Any]:
    """The values of STAGE_SETTINGS: what a worker process is started with (crawler/page_pool.py)."""
    return {name: settings.get(name) for name in STAGE_SETTINGS}


class PageProcessor:
    """The stages in order on one page: in the crawl (inline or in a worker), in reextract and the evaluation."""

    def __init__(self, settings: Any) -> None:
        self.stages = [stage.from_settings(settings) for stage in STAGES]

    def process(self, item: PageItem) -> PageItem:
        for stage in self.stages:
            item = stage(item)
        # A tree is large, and a worker process cannot send it back.
        item.parsed = None
        return item


def worker_count(value: Any) -> int:
    """GOVNEWS_WORKERS as a number of processes: 'auto' is one per core this process may use, 0 on one core."""
    if str(value).strip().lower() == "auto":
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return cores if cores > 1 else 0
    try:
        count = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"GOVNEWS_WORKERS={value}: expected 'auto' or a whole number of processes") from None
    if count < 0:
        raise ValueError(f"GOVNEWS_WORKERS={value}: expected 'auto' or a whole number of processes")
    return count
