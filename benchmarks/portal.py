"""A generated portal of N article pages: the dienbien fixture's SharePoint template, the demo corpus's texts.

(The other generated templates, NukeViet, a windows-1258 table layout and WordPress, are in portal_*.py; a
portal block's ``template`` names which one, SharePoint when it names none.)

Articles take a corpus article's title, lead, author and cited documents and are lengthened with paragraphs
drawn from the whole corpus to a log-normal body length (as real news bodies). Every page then carries the
weight real portal pages carry outside the body, up to its drawn size (30-80 KB): a mega-menu of links and
inline scripts. Listings, pagination and the sitemap are the template's own.
"""

import json
import math
import random
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from govnews.crawler.demo.corpus import BUNDLED_CORPUS, CorpusArticle, load_portal_articles
from govnews.crawler.demo.portals import PortalSpec, load_specs
from govnews.crawler.demo.server import PortalServer
from govnews.crawler.demo.templates.base import Template
from govnews.crawler.demo.templates.sharepoint import SharePoint

FIRST_DAY = datetime(2012, 1, 1, 7, 0)
SPAN_DAYS = 13 * 365


def corpus_articles() -> list[CorpusArticle]:
    """Every article of the bundled corpus, all portals."""
    articles = []
    for spec in load_specs():
        articles += load_portal_articles(BUNDLED_CORPUS, spec.id, {c.slug for c in spec.categories})
    return articles


def generate_articles(count: int, spec: PortalSpec, body: dict[str, Any], seed: int) -> list[CorpusArticle]:
    """``count`` articles for ``spec``'s categories; on-topic ones are filed under its main category mostly.

    ``body`` has the log-normal body length in characters: ``median_chars``, ``sigma``, ``max_chars``.
    """
    rng = random.Random(seed)
    bases = corpus_articles()
    pools = {lang: [p for a in bases if a.lang == lang for p in a.paragraphs] for lang in {a.lang for a in bases}}
    others = [c.slug for c in spec.categories if c.slug != spec.main_category and c.lang == "vi"]
    articles = []
    for number in range(1, count + 1):
        base = rng.choice(bases)
        lang = "vi" if base.lang != "en" or not any(c.lang == "en" for c in spec.categories) else "en"
        pool = pools.get(lang) or pools["vi"]
        chars = min(body["max_chars"], rng.lognormvariate(math.log(body["median_chars"]), body["sigma"]))
        paragraphs, size = list(base.paragraphs), sum(len(p) for p in base.paragraphs)
        while size < chars:
            paragraph = rng.choice(pool)
            paragraphs.append(paragraph)
            size += len(paragraph)
        on_main = base.on_topic and rng.random() < 0.7
        published = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS), minutes=rng.randrange(600))
        articles.append(
            replace(
                base,
                id=f"bench-{number:06d}",
                category=spec.main_category if on_main else rng.choice(others),
                published=published.isoformat() + "+07:00",
                province=spec.province,
                lang="vi",
                access="normal",
                paragraphs=tuple(paragraphs),
            )
        )
    return articles


class GeneratedSharePoint(SharePoint):
    """The SharePoint template with its listings computed once (the fixture's per-call scans are quadratic),
    and pages padded to real portals' weight with a mega-menu and inline scripts."""

    def __init__(
        self,
        spec: PortalSpec,
        articles: list[CorpusArticle],
        base_url: str,
        strings: dict[str, Any],
        page_size: int,
        page_kb: tuple[int, int],
        seed: int,
    ):
        super().__init__(spec, articles, base_url, strings)
        self._page_size = page_size
        self._page_kb = page_kb
        self._rng = random.Random(seed)
        self._titles = [a.title for a in articles[:400]]
        self._listed = super().listed()
        self._listings: dict[str, list[CorpusArticle]] = {}
        self._positions: dict[str, dict[str, int]] = {}

    @property
    def page_size(self) -> int:
        return self._page_size

    def page(self, title: str, main: str) -> str:
        """The template's page, padded to a size drawn from ``page_kb``: 40% menu links, 60% inline script."""
        html = super().page(title, main)
        missing = self._rng.randint(self._page_kb[0] * 1024, self._page_kb[1] * 1024) - len(html.encode())
        if missing <= 0:
            return html
        menu, script = self._menu(int(missing * 0.4)), self._script(int(missing * 0.6))
        return html.replace("</head>", f"{script}</head>", 1).replace(
            '<div class="tandan-body">', f'<div class="tandan-mega-menu">{menu}</div>\n<div class="tandan-body">', 1
        )

    def _menu(self, size: int) -> str:
        items, used, i = [], 0, 0
        while used < size:
            item = f'<li class="tandan-mega-item"><a href="#m{i}">{self._titles[i % len(self._titles)][:60]}</a></li>'
            items.append(item)
            used += len(item.encode())
            i += 1
        return f"<ul>{''.join(items)}</ul>"

    def _script(self, size: int) -> str:
        rows, used, i = [], 0, 0
        while used < size:
            row = json.dumps({"id": i, "t": self._titles[i % len(self._titles)], "u": f"#w{i}"}, ensure_ascii=False)
            rows.append(row)
            used += len(row.encode()) + 1
            i += 1
        return f'<script type="text/javascript">var g_tandanWidgets = [{",".join(rows)}];</script>'

    def listed(self, category: str | None = None) -> list[CorpusArticle]:
        if category is None:
            return self._listed
        return [a for a in self._listed if a.category == category]

    def listing(self, category: str) -> list[CorpusArticle]:
        if category not in self._listings:
            self._listings[category] = super().listing(category)
            self._positions[category] = {a.id: i for i, a in enumerate(self._listings[category])}
        return self._listings[category]

    def related(self, article: CorpusArticle) -> list[CorpusArticle]:
        """As the template's: the nearest older articles of the category first, then the nearest newer."""
        pool = self.listing(article.category)
        i = self._positions[article.category].get(article.id)
        if i is None:
            return super().related(article)
        return (pool[i + 1 : i + 1 + self.related_count] + pool[:i][::-1])[: self.related_count]


class GeneratedPortalServer(PortalServer):
    """PortalServer serving one generated portal (the server runs in this process, the crawl in a child)."""

    def __init__(self, articles: list[CorpusArticle], portal: dict[str, Any]):
        super().__init__(portals=[portal["id"]])
        self.generated = articles
        self.portal = portal

    def build_site(self, spec: PortalSpec, url: str, strings: dict) -> Template:
        portal = self.portal
        site: Template
        if portal.get("template", "sharepoint") == "sharepoint":
            site = GeneratedSharePoint(
                spec, self.generated, url, strings, portal["page_size"], tuple(portal["page_kb"]), portal["seed"]
            )
        else:
            module = _template_module(portal["template"])
            site = module.Generated(module.spec_of(spec), self.generated, url, strings, portal)
        site.build()
        return site


def _template_module(name: str) -> Any:
    """The module of a generated template other than SharePoint: its ``spec_of`` and ``Generated`` class."""
    from benchmarks import portal_nukeviet, portal_tables, portal_wordpress

    modules = {"nukeviet": portal_nukeviet, "tables1258": portal_tables, "wordpress": portal_wordpress}
    if name not in modules:
        raise ValueError(f"unknown generated template {name!r}: one of sharepoint, {', '.join(modules)}")
    return modules[name]


def serve_generated(count: int, portal: dict[str, Any]) -> GeneratedPortalServer:
    """A started server with ``count`` generated articles, per config.yml's ``portal`` block (or a template's
    block of ``templates``: its ``template`` may add categories to the fixture portal's)."""
    spec = next(s for s in load_specs() if s.id == portal["id"])
    if portal.get("template", "sharepoint") != "sharepoint":
        spec = _template_module(portal["template"]).spec_of(spec)
    articles = generate_articles(count, spec, portal["body"], portal["seed"])
    return GeneratedPortalServer(articles, portal).start()


def decoded(body: bytes, content_type: str) -> str:
    """A page's text as the crawl reads it: decoded in the charset its Content-Type declares (windows-1258 too)."""
    charset = content_type.partition("charset=")[2].split(";")[0].strip() or "utf-8"
    return body.decode(charset)


def html_pages(server: PortalServer, portal_id: str) -> list[tuple[str, str]]:
    """(url, html) of every HTML page the portal serves with status 200: what the crawl fetches and extracts."""
    site = server.site(portal_id)
    return [
        (site.url(path), decoded(response.body, response.content_type))
        for path, response in site.routes.items()
        if response.status == 200 and response.content_type.startswith("text/html")
    ]
