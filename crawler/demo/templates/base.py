"""What every fixture-portal template shares: the article set, listings, gold, responses and routing."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from govnews.crawler.demo.corpus import CorpusArticle
from govnews.crawler.demo.gold import GoldArticle
from govnews.crawler.demo.portals import PortalSpec
from govnews.crawler.demo.text import When, encode_cp1258, esc, tcvn3_pdf, tiny_pdf


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


class Template:
    """A CMS look-alike: subclasses define URL forms and markup, this class the content plan.

    ``routes`` maps a route key (path + sorted query, see ``route_key``) to a pre-rendered response.
    """

    sitemap_path: str | None = None
    feed_path: str | None = None
    ignored_params: tuple[str, ...] = ()
    related_count = 5

    def __init__(self, spec: PortalSpec, articles: list[CorpusArticle], base_url: str, strings: dict[str, Any]):
        self.spec = spec
        self.base = base_url.rstrip("/")
        self.s = strings
        self.articles = sorted(articles, key=lambda a: (When.parse(a.published).at, a.id), reverse=True)
        self.when = {a.id: When.parse(a.published) for a in self.articles}
        self.routes: dict[str, Response] = {}

    # ---- subclass interface -------------------------------------------------------------
    def article_path(self, article: CorpusArticle) -> str:
        """The canonical path (+ query) of an article on this portal."""
        raise NotImplementedError

    def build(self) -> None:
        """Fill ``self.routes`` with every page of the portal."""
        raise NotImplementedError

    def robots(self) -> str:
        raise NotImplementedError

    def dynamic(self, path: str, params: list[tuple[str, str]]) -> Response | None:
        """Pages rendered per request (traps whose URL space has no end); None = 404."""
        return None

    def personalize(self, body: bytes) -> bytes:
        """Per-response changes to a pre-rendered body (session ids); identity by default."""
        return body

    # ---- routing --------------------------------------------------------------------------
    def route_key(self, path_qs: str) -> str:
        """Path plus query sorted by name, session parameters dropped: how pages are looked up."""
        parts = urlsplit(path_qs)
        params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in self.ignored_params]
        query = urlencode(sorted(params))
        return (parts.path or "/") + (f"?{query}" if query else "")

    def add(self, path_qs: str, response: Response) -> None:
        self.routes[self.route_key(path_qs)] = response

    def lookup(self, path_qs: str) -> Response | None:
        found = self.routes.get(self.route_key(path_qs))
        if found is not None:
            return found
        parts = urlsplit(path_qs)
        return self.dynamic(parts.path, parse_qsl(parts.query, keep_blank_values=True))

    def url(self, path_qs: str) -> str:
        return self.base + path_qs

    def canonical_url(self, article: CorpusArticle) -> str:
        return self.url(self.route_key(self.article_path(article)))

    # ---- content plan ---------------------------------------------------------------------
    def access(self, article: CorpusArticle) -> str:
        """The corpus access, or 'normal' when the portal has no sitemap/feed to hide it in."""
        if article.access == "sitemap_only" and not self.sitemap_path:
            return "normal"
        if article.access == "feed_only" and not self.feed_path:
            return "normal"
        return article.access

    def listed(self, category: str | None = None) -> list[CorpusArticle]:
        """Articles reachable by links (newest first), optionally of one category."""
        return [a for a in self.articles if self.access(a) == "normal" and (category is None or a.category == category)]

    def listing(self, category: str) -> list[CorpusArticle]:
        """What a category's listing shows: its own articles and, in the main on-topic category, the
        on-topic articles filed elsewhere too (multi-category posts), so that it paginates deep."""
        if category != self.spec.main_category:
            return self.listed(category)
        language = self.spec.category(category).lang
        return [a for a in self.listed() if a.category == category or (a.on_topic and a.lang == language)]

    def in_sitemap(self) -> list[CorpusArticle]:
        return [a for a in self.articles if self.access(a) != "feed_only"]

    def in_feed(self) -> list[CorpusArticle]:
        return [a for a in self.articles if self.access(a) != "sitemap_only"]

    @property
    def page_size(self) -> int:
        """Small enough that the main category paginates at least four pages deep."""
        main = len(self.listing(self.spec.main_category))
        return max(1, min(self.spec.page_size, main // 4))

    def chunks(self, items: list[CorpusArticle]) -> list[list[CorpusArticle]]:
        size = self.page_size
        return [items[i : i + size] for i in range(0, len(items), size)] or [[]]

    def related(self, article: CorpusArticle) -> list[CorpusArticle]:
        """Other linked articles of the same category, the nearest older ones first."""
        pool = [a for a in self.listing(article.category) if a.id != article.id]
        older = [a for a in pool if self.when[a.id].at <= self.when[article.id].at]
        newer = [a for a in pool if a not in older]
        return (older + newer[::-1])[: self.related_count]

    def featured(self, count: int = 3) -> list[CorpusArticle]:
        listed = self.listed()
        return ([a for a in listed if a.on_topic and a.lang == "vi"] or listed)[:count]

    def latest(self, count: int = 6, lang: str = "vi") -> list[CorpusArticle]:
        return [a for a in self.listed() if a.lang == lang][:count]

    def neighbours(self, article: CorpusArticle) -> tuple[list[CorpusArticle], list[CorpusArticle]]:
        """NukeViet-style 'Những tin mới hơn' / 'Những tin cũ hơn' within the category."""
        pool = self.listing(article.category)
        if article not in pool:
            return [], pool[:3]
        i = pool.index(article)
        return pool[max(0, i - 3) : i], pool[i + 1 : i + 4]

    def views(self, article: CorpusArticle) -> int:
        return 17 + (article.number * 37) % 480

    def numeric_id(self, article: CorpusArticle) -> int:
        return self.spec.article_id_base + article.number

    def attachment(self, article: CorpusArticle) -> str | None:
        """'KH-54.pdf' for some articles citing a plan or decision (portals with attachments on)."""
        if not self.spec.features.get("attachments") or not article.documents or article.number % 2:
            return None
        number, _, code = article.documents[0].number.partition("/")
        kind = code.split("/")[-1].split("-")[0] or "VB"
        return f"{kind}-{number}.pdf".replace("Đ", "D")

    def gold(self) -> list[GoldArticle]:
        return [
            GoldArticle(
                id=a.id,
                url=self.canonical_url(a),
                title=a.title,
                published=a.published,
                author=a.author,
                province=a.province,
                on_topic=a.on_topic,
                hard_negative=a.hard_negative,
                lang=a.lang,
                text=a.body,
                documents=[{"kind": d.kind, "number": d.number, "date": d.date} for d in a.documents],
                access=self.access(a),
            )
            for a in self.articles
        ]

    # ---- rendering helpers ----------------------------------------------------------------
    def not_found(self) -> Response:
        return self.html(
            f"<!DOCTYPE html><html><head><title>404 - {esc(self.spec.name)}</title></head>"
            f'<body><h1>404</h1><p>{esc(self.s["not_found"])}</p><p><a href="/">{esc(self.s["home"])}</a></p>'
            "</body></html>",
            status=404,
        )

    def title_links(self, articles: list[CorpusArticle]) -> str:
        """<li><a href=...>title</a></li> rows, the commonest list on every portal."""
        return "".join(f'<li><a href="{esc(self.article_path(a))}">{esc(a.title)}</a></li>' for a in articles)

    def teaser(self, article: CorpusArticle, limit: int = 180) -> str:
        text = article.lead or article.paragraphs[0]
        return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "..."

    def html(self, text: str, status: int = 200) -> Response:
        if self.spec.encoding.lower() in ("windows-1258", "cp1258"):
            body = encode_cp1258(text)
        else:
            body = text.encode(self.spec.encoding)
        return Response(status, body, f"text/html; charset={self.spec.encoding}")

    def text(self, text: str, content_type: str = "text/plain") -> Response:
        return Response(200, text.encode("utf-8"), f"{content_type}; charset=utf-8")

    def redirect(self, location: str, status: int = 301) -> Response:
        return Response(status, b"", "text/html; charset=utf-8", {"Location": self.url(location)})

    def pdf(self, name: str, article: CorpusArticle | None = None) -> Response:
        """A file an article attaches: the plan or decision it cites, typed in .VnTime (TCVN3) as provincial offices
        long did, its number in the heading and the article's own words for its body; without an article, a PDF
        saying only its name."""
        if article is None or not article.documents:
            return Response(200, tiny_pdf(name), "application/pdf")
        document = article.documents[0]
        lines = [self.spec.name.upper(), f"Số: {document.number}", document.kind.upper(), article.title]
        return Response(200, tcvn3_pdf([*lines, *article.paragraphs[:3]]), "application/pdf")

    def paragraphs(self, article: CorpusArticle, lead: bool = True, style: str = "") -> str:
        attr = f' style="{style}"' if style else ""
        parts = ([article.lead] if lead and article.lead else []) + list(article.paragraphs)
        return "\n".join(f"<p{attr}>{esc(p)}</p>" for p in parts)

    def signature(self, article: CorpusArticle) -> str:
        """The short author line after the body ('signature' style), in one of two real forms."""
        if article.author_style != "signature" or not article.author:
            return ""
        if article.number % 2:
            return f'<p style="text-align:right"><strong>{esc(article.author)}</strong></p>'
        return f"<p>{esc(article.author)}</p>"

    def label(self, article: CorpusArticle, label: str | None = None) -> str:
        if article.author_style != "label" or not article.author:
            return ""
        label = label or (self.s["en"]["author_label"] if article.lang == "en" else self.s["author_label"])
        return f'<p class="author" style="text-align:right"><strong>{esc(label)}</strong> {esc(article.author)}</p>'

    def byline_author(self, article: CorpusArticle) -> str | None:
        return article.author if article.author_style == "byline" else None

    def weekday(self, article: CorpusArticle) -> str:
        return self.s["weekdays"][self.when[article.id].at.weekday()]

    def footer_lines(self) -> list[str]:
        s = self.s
        return [
            f"{s['footer_owner']} {self.spec.owner}",
            f"{s['footer_editor']} {s['footer_editor_name']}",
            self.spec.license,
            f"Địa chỉ: {self.spec.address}",
            s["footer_phone"],
            f"{s['footer_copyright']} {self.spec.name}. {s['footer_reuse']}",
        ]

    def stats(self) -> list[tuple[str, str]]:
        counts = ("125", "3.482", "96.517", "7.650.047")
        return list(zip(self.s["stats"], counts, strict=True))

    def robots_disallowed(self) -> list[str]:
        """Prefixes Disallowed for 'User-agent: *' in this portal's robots.txt."""
        prefixes, applies = [], False
        for line in self.robots().splitlines():
            field_name, _, value = line.partition(":")
            field_name, value = field_name.strip().lower(), value.strip()
            if field_name == "user-agent":
                applies = value == "*"
            elif field_name == "disallow" and applies and value:
                prefixes.append(value)
        return prefixes

    def sitemap_xml(self, articles: list[CorpusArticle], extra: Sequence[str] = ()) -> str:
        rows = [f"<url><loc>{esc(self.url(p))}</loc><changefreq>daily</changefreq></url>" for p in extra]
        rows += [
            f"<url><loc>{esc(self.canonical_url(a))}</loc>"
            f"<lastmod>{a.modified or self.when[a.id].machine()}</lastmod></url>"
            for a in articles
        ]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n"
        )

    def sitemap_index(self, paths: list[str]) -> str:
        rows = "\n".join(f"<sitemap><loc>{esc(self.url(p))}</loc></sitemap>" for p in paths)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "\n</sitemapindex>\n"
        )

    def rss(self, title: str, link: str, articles: list[CorpusArticle]) -> str:
        items = "\n".join(
            f"<item><title>{esc(a.title)}</title><link>{esc(self.canonical_url(a))}</link>"
            f'<guid isPermaLink="true">{esc(self.canonical_url(a))}</guid>'
            f"<description>{esc(a.lead or a.paragraphs[0])}</description>"
            f"<pubDate>{self.when[a.id].rfc822()}</pubDate></item>"
            for a in articles
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(title)}</title><link>{esc(self.url(link))}</link>"
            f"<description>{esc(self.spec.name)}</description><language>vi</language>\n{items}\n</channel></rss>\n"
        )
