"""Datasette plugin: the pages people read — home search box, article page, province map and chart.

All SQL comes from metadata.yml's canned queries (datasette_config/canned.py); templates get plain values
and Jinja's autoescape does the rest (no ``|safe`` on archived data anywhere).
"""

from urllib.parse import urlsplit

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from govnews.datasette_config import canned, charts

ARTICLES = "articles"
LINK_SCHEMES = frozenset({"http", "https"})


def http_url(value: object) -> str | None:
    """``value`` if it is an http(s) URL, else None: archived links never become javascript: or data: links."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme.lower() in LINK_SCHEMES and parts.netloc else None


def paragraphs(text: object) -> list[str]:
    """The archive keeps an article body as paragraphs separated by blank lines."""
    if not isinstance(text, str):
        return []
    return [part.strip() for part in text.split("\n\n") if part.strip()]


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["http_url"] = http_url
    env.filters["paragraphs"] = paragraphs


@hookimpl
def extra_template_vars(view_name, table, request, datasette, database):
    """The archive's name for the home page; the documents, attached files and earlier versions of an article for its
    page."""

    async def inner():
        values = {"archive_db": canned.archive_name(datasette)}
        if view_name == "row" and table == ARTICLES and request is not None:
            url = tilde_decode(request.url_vars["pks"])
            values["cited_documents"] = await canned.run(datasette, database, "article_documents", {"url": url})
            values["attached_files"] = await canned.run(datasette, database, "article_files", {"url": url})
            values["earlier_versions"] = await canned.run(datasette, database, "article_versions", {"url": url})
        return values

    return inner


@hookimpl
def register_routes():
    return [(r"^/-/provinces$", provinces_page)]


async def provinces_page(datasette, request):
    """Every province with its article count on a map of centroids, and a province x year chart."""
    database = canned.archive_name(datasette)
    rows = await canned.run(datasette, database, "articles_per_province_year", {}) if database else []
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["province"]] = counts.get(row["province"], 0) + row["articles"]
    width, height = charts.map_size()
    points = charts.province_points(counts)
    html = await datasette.render_template(
        "provinces.html",
        {
            "database": database,
            "points": points,
            "listed": sorted(points, key=lambda p: (-p.articles, p.name)),
            "map_width": width,
            "map_height": height,
            "heatmap": charts.heatmap(rows),
            "cell": charts.CELL,
            "label_width": charts.LABEL_WIDTH,
            "row_height": charts.ROW_HEIGHT,
        },
        request=request,
        view_name="provinces",
    )
    return Response.html(html)
