"""Datasette plugin: a search's trend — articles per month and per year, overall and by province — as a page
(``/<db>/-/trends?q=...&province=...&year=...&source_id=...``), an SVG chart (``.svg``), CSV and JSON.

The search pages show the chart as an image: the list of matches does not wait for it. Counts come from
datasette_config/counting.py: every match (remembered while the archive is unchanged, or counted within the
``exact_ms`` budget), else the newest ``SEARCH_WINDOW`` matches while every match is counted in the background,
and then the page, the chart, every CSV row and the JSON document say so.
"""

import csv
import io
import json
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils.asgi import Response

from govnews.archive.search import SEARCH_WINDOW, fold_query
from govnews.archive.selection import Selection, SelectionError
from govnews.archive.trends import Trend
from govnews.crawler.understand import provinces
from govnews.datasette_config import charts
from govnews.datasette_config.counting import trend_of
from govnews.datasette_config.page_cache import do_not_keep
from govnews.datasette_config.plugins.govnews_search import RANKED_QUERY, SEARCH_TABLE, WINDOW_ARG
from govnews.datasette_config.selected import archive_selection

ROUTE = r"^/(?P<database>[^/]+)/-/trends(\.(?P<format>json|csv|svg))?$"
UNITS = ("month", "year")
# What the counts count, for CSV and JSON readers (the pages say it in both languages).
COUNTED = {True: "every match", False: f"the newest {SEARCH_WINDOW} matches before the filters; each count a floor"}
# Archived strings never run in an SVG opened on its own: no scripts, no outside resources.
SVG_HEADERS = {"content-security-policy": "default-src 'none'; style-src 'unsafe-inline'"}


@hookimpl
def register_routes():
    return [(ROUTE, trends_view)]


@hookimpl
def extra_template_vars(view_name, request, datasette, database):
    """``trend_args``: the query string of the search shown (ranked or on the articles table), for its chart and
    exports, and ``search_counts``: its counts (the total, by province, by year: the trend's, exact or said not
    to be); neither elsewhere."""
    if view_name != "table" or request is None:
        return {}
    page = request.url_vars.get("table")
    args = {name: request.args.get(name) for name in request.args.keys()}
    if page == SEARCH_TABLE:
        args["q"] = args.get(WINDOW_ARG) or args.get("_search") or ""
    elif page == RANKED_QUERY:
        args = {"q": args.get("q", "")}
    else:
        return {}
    try:
        selection = Selection.from_args(args)
    except SelectionError:
        return {}
    if selection.empty:
        return {"trend_args": None}

    async def search_vars() -> dict[str, Any]:
        try:
            counts = await trend_of(datasette, database, selection)
        except QueryInterrupted:
            counts = None
            do_not_keep()
        return {"trend_args": selection.args(), "search_counts": counts, "window": SEARCH_WINDOW}

    return search_vars


async def trends_view(datasette, request):
    found = archive_selection(datasette, request)
    if isinstance(found, Response):
        return found
    _, selection = found
    database = request.url_vars["database"]
    unit = request.args.get("unit") or "month"
    if unit not in UNITS:
        return Response.text(f"unit must be one of {', '.join(UNITS)}\n", status=400)
    try:
        trend = await trend_of(datasette, database, selection)
    except QueryInterrupted:
        return Response.text("counting this search took too long\n", status=400)
    fmt = request.url_vars.get("format")
    if fmt == "json":
        body = json.dumps(as_json(trend), ensure_ascii=False)
        return Response(body, content_type="application/json; charset=utf-8")
    if fmt == "csv":
        body = as_csv(trend, unit, request.args.get("by") == "province")
        return Response(body, content_type="text/csv; charset=utf-8")
    chart = charts.month_bars(trend.months())
    context = {"database": database, "trend": trend, "chart": chart, "window": SEARCH_WINDOW}
    if fmt == "svg":
        svg = await datasette.render_template("trends.svg", context, request=request)
        return Response(svg, content_type="image/svg+xml; charset=utf-8", headers=SVG_HEADERS)
    years = [
        {"province": province, "year": int(period), "articles": n}
        for province, period, n in trend.by_province("year")
        if province and period
    ]
    context |= {
        "heatmap": charts.heatmap(years),
        "cell": charts.CELL,
        "label_width": charts.LABEL_WIDTH,
        "row_height": charts.ROW_HEIGHT,
        "provinces": provinces.all_names(),
        "links": trend_links(datasette, database, selection),
    }
    html = await datasette.render_template("trends.html", context, request=request, view_name="trends")
    return Response.html(html)


def trend_links(datasette: Any, database: str, selection: Selection) -> dict[str, str]:
    """The trend page's links: its data in each form, and the articles it counts."""
    args = selection.args()
    here = f"{datasette.urls.database(database)}/-/trends"
    forms = {
        "csv_month": (".csv", {}),
        "csv_year": (".csv", {"unit": "year"}),
        "csv_province_month": (".csv", {"by": "province"}),
        "csv_province_year": (".csv", {"unit": "year", "by": "province"}),
        "json": (".json", {}),
        "svg": (".svg", {}),
    }
    links = {name: f"{here}{suffix}?{urlencode(args | extra)}" for name, (suffix, extra) in forms.items()}
    table_args = {"_search": selection.q, **{k: v for k, v in args.items() if k != "q"}}
    links["articles"] = f"{datasette.urls.table(database, SEARCH_TABLE)}?{urlencode(table_args)}"
    return links


def as_json(trend: Trend) -> dict[str, Any]:
    """Every number of the trend page, with what was searched and what was counted."""
    selection = trend.selection
    return {
        "q": selection.q,
        "fts_query": fold_query(selection.q),
        "filters": selection.filters(),
        "exact": trend.exact,
        "counting": trend.counting,
        "counted": COUNTED[trend.exact],
        "articles": trend.articles,
        "undated": trend.undated,
        "months": [{"month": month, "articles": n} for month, n in trend.months()],
        "years": [{"year": year, "articles": n} for year, n in trend.years()],
        "provinces": [{"province": province, "articles": n} for province, n in trend.provinces()],
        "province_months": [
            {"province": p, "month": period, "articles": n} for p, period, n in trend.by_province("month")
        ],
        "province_years": [
            {"province": p, "year": int(period) if period else None, "articles": n}
            for p, period, n in trend.by_province("year")
        ],
    }


def as_csv(trend: Trend, unit: str, by_province: bool) -> str:
    """One row a period (every month or year from the first to the last, zeros included, and undated articles with
    an empty period), or with ``by_province`` one row a province and period with articles; each row says what
    was counted."""
    out = io.StringIO()
    writer = csv.writer(out)
    counted = COUNTED[trend.exact]
    if by_province:
        writer.writerow(["province", unit, "articles", "counted"])
        writer.writerows([p or "", period or "", n, counted] for p, period, n in trend.by_province(unit))
    else:
        writer.writerow([unit, "articles", "counted"])
        writer.writerows([period, n, counted] for period, n in (trend.months() if unit == "month" else trend.years()))
        if trend.undated:
            writer.writerow(["", trend.undated, counted])
    return out.getvalue()
