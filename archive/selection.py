"""A search as a researcher narrows it: the words typed and the province, year and source filters.

Trends and exports count and list the same articles the articles table lists for ``?_search=`` with these
filters: every word's phrase, exclusions applied (``archive.search.fold_query``), not the ranked search's
scattered syllables ('Thương binh … Đảng … giới thiệu' is no match for 'bình đẳng giới'). Unlike the table page,
they are not limited to the search window: the filters apply to every match.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from govnews.archive.search import NOTHING, fold_query

# The filters a selection takes, each an `articles` column compared for equality.
FILTERS = ("province", "year", "source_id")
# Every match of the words, newest archived first (FTS5 streams rowids in either order).
MATCHES_SQL = "select rowid from articles_fts where articles_fts match :match"


class SelectionError(ValueError):
    """A filter value that cannot be one (a year that is not a number)."""


@dataclass(frozen=True)
class Selection:
    q: str
    province: str | None = None
    year: int | None = None
    source_id: str | None = None

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "Selection":
        """The selection of a request's query string (``q`` or ``_search``, and the filters); blanks are absent."""
        values = {name: (args.get(name) or "").strip() or None for name in ("q", "_search", *FILTERS)}
        year = values["year"]
        if year is not None and not year.isdigit():
            raise SelectionError(f"year must be a number, not {year!r}")
        return cls(
            q=values["q"] or values["_search"] or "",
            province=values["province"],
            year=int(year) if year is not None else None,
            source_id=values["source_id"],
        )

    @property
    def empty(self) -> bool:
        """Nothing to find: no word, or only exclusions (the search finds nothing, as everywhere else)."""
        return fold_query(self.q) == NOTHING

    def filters(self) -> dict[str, Any]:
        """The filters set, by column."""
        return {name: getattr(self, name) for name in FILTERS if getattr(self, name) is not None}

    def filter_sql(self) -> str:
        """`` and column = :column`` for each filter set (the columns are ours, the values parameters)."""
        return "".join(f" and {name} = :{name}" for name in self.filters())

    def params(self) -> dict[str, Any]:
        """The parameters of ``MATCHES_SQL`` and ``filter_sql``."""
        return {"match": fold_query(self.q), **self.filters()}

    def args(self) -> dict[str, str]:
        """The query string that selects this again (the search page's, the trends', the export's)."""
        return {"q": self.q, **{name: str(value) for name, value in self.filters().items()}}
