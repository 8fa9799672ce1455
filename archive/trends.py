"""Trends of a search: articles per month and per year, overall and by province (the view news research starts
from: how often, where and when portals wrote about something).

Counted two ways, both exact over what they count (measured in docs/publishing.md):

- ``counts_sql(selection, exact=True)``: every match. Each matching rowid the index streams is looked up in
  ``article_cells`` (schema v8: month, year, province and source by rowid, a few MB that stay cached), never in
  the wide article rows. It grows with the matches (about 3 µs each on a loaded 2-core machine: seconds for a
  word most of a million articles hold), so the caller gives it a time budget and remembers what it counted
  (``CHANGES_SQL`` tells when that is no longer the archive's).
- ``counts_sql(selection, exact=False)``: the newest ``SEARCH_WINDOW`` matches only (the search window), by rowid
  lookups: 10-50 ms whatever the archive's size. Every match when the search has no more than that
  (``WINDOW_COUNT_SQL`` tells); otherwise each number is a floor, and the page must say so.
"""

from collections import Counter
from dataclasses import dataclass

from govnews.archive.schema import CELL_PROVINCES
from govnews.archive.search import SEARCH_WINDOW
from govnews.archive.selection import MATCHES_SQL, Selection

# A publication date the archive keeps starts 'YYYY-MM'; anything else counts as undated.
_MONTH = "[0-9][0-9][0-9][0-9]-[0-1][0-9]"
# How many matches the window holds, plus one: more than SEARCH_WINDOW means the window is not every match.
WINDOW_COUNT_SQL = f"select count(*) from ({MATCHES_SQL} order by rowid desc limit {SEARCH_WINDOW + 1})"
# About how many articles the archive holds (rowids only grow): what counting every match of an unfiltered search
# reads, the whole archive's index.
ARCHIVE_SIZE_SQL = "select coalesce(max(rowid), 0) from articles"
# Moves with every write to articles (schema v8): counts made at one value are exact while it holds.
CHANGES_SQL = "select n from article_changes"


def counts_sql(selection: Selection, exact: bool) -> str:
    """(month 'YYYY-MM' or None, province or None, articles) of the selection's matches, every one or the window's.

    Every match: the rowids FTS5 streams joined to ``article_cells`` by its integer key, the filters applied there,
    grouped by the integer ``cell`` and only then turned into a month and a province.
    The window is small: its rows are looked up in ``articles`` itself.
    """
    if exact:
        ordinal = f"(cell / {CELL_PROVINCES})"
        return (
            "with cells(cell, articles) as (\n"
            "  select cell, count(*) from articles_fts join article_cells on article_cells.id = articles_fts.rowid\n"
            f"  where articles_fts match :match{selection.filter_sql()} group by cell\n"
            ")\n"
            f"select case when {ordinal} > 0 then printf('%04d-%02d', ({ordinal} - 1) / 12, ({ordinal} - 1) % 12 + 1)"
            " end as month,\n"
            "       article_cell_provinces.province, articles\n"
            f"from cells left join article_cell_provinces on code = cells.cell % {CELL_PROVINCES}\n"
            "order by month, province"
        )
    return (
        f"with matched(id) as materialized ({MATCHES_SQL} order by rowid desc limit {SEARCH_WINDOW})\n"
        f"select case when published glob '{_MONTH}*' then substr(published, 1, 7) end as month, province,\n"
        "       count(*) as articles\n"
        f"from articles where rowid in matched{selection.filter_sql()}\n"
        "group by month, province order by month, province"
    )


@dataclass(frozen=True)
class Trend:
    """A selection's counts: ``cells`` (month or None, province or None, articles); ``exact`` when they count every
    match, else they count the newest ``SEARCH_WINDOW`` matches (before the filters) and each is a floor;
    ``counting`` when every match is being counted meanwhile (asking again later gets the exact counts)."""

    selection: Selection
    cells: tuple[tuple[str | None, str | None, int], ...]
    exact: bool
    window: int = SEARCH_WINDOW
    counting: bool = False

    def years_by_count(self) -> list[tuple[int | None, int]]:
        """Articles per year (None: undated), most first: a search page's year facet."""
        counts: Counter[int | None] = Counter()
        for month, _, n in self.cells:
            counts[int(month[:4]) if month else None] += n
        return sorted(counts.items(), key=lambda item: (-item[1], item[0] or 0))

    @property
    def articles(self) -> int:
        return sum(n for _, _, n in self.cells)

    @property
    def undated(self) -> int:
        """Articles without a publication date: in every total, in no month or year."""
        return sum(n for month, _, n in self.cells if month is None)

    def months(self) -> list[tuple[str, int]]:
        """Every month from the first to the last with an article, zeros included."""
        counts = Counter({month: 0 for month, _, _ in self.cells if month})
        for month, _, n in self.cells:
            if month:
                counts[month] += n
        if not counts:
            return []
        first, last = min(counts), max(counts)
        return [(month, counts[month]) for month in _month_range(first, last)]

    def years(self) -> list[tuple[int, int]]:
        """Every year from the first to the last with an article, zeros included."""
        counts: Counter[int] = Counter()
        for month, n in self.months():
            counts[int(month[:4])] += n
        return sorted(counts.items())

    def provinces(self) -> list[tuple[str | None, int]]:
        """Articles per province (None: national or unknown), most first."""
        counts: Counter[str | None] = Counter()
        for _, province, n in self.cells:
            counts[province] += n
        return sorted(counts.items(), key=lambda item: (-item[1], item[0] or ""))

    def by_province(self, unit: str) -> list[tuple[str | None, str | None, int]]:
        """(province, period, articles) for ``unit`` 'month' or 'year' (period None: undated), non-zero only."""
        counts: Counter[tuple[str | None, str | None]] = Counter()
        for month, province, n in self.cells:
            period = month if unit == "month" or month is None else month[:4]
            counts[(province, period)] += n
        return [(p, period, n) for (p, period), n in sorted(counts.items(), key=lambda kv: _key(kv[0]))]


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _key(pair: tuple[str | None, str | None]) -> tuple[str, str]:
    return (pair[0] or "", pair[1] or "")
