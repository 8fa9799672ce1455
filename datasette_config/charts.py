"""Geometry for the province page's and the trends' SVGs (drawn server-side: no JavaScript, no CDN, no map tiles).

Only numbers and names leave this module; the template writes the SVG elements, so Jinja escapes every name.
"""

import math
from collections import defaultdict
from dataclasses import dataclass

from govnews.crawler.understand import provinces

# Mainland Việt Nam and its islands fit this box (degrees); the map keeps the true aspect at 16° N.
LAT_RANGE = (8.3, 23.6)
LON_RANGE = (102.0, 110.0)
MAP_HEIGHT = 640
MAP_MARGIN = 24
MAX_RADIUS = 26
MIN_RADIUS = 3
CELL = 34
LABEL_WIDTH = 130
ROW_HEIGHT = 22
# A trend's bars: one per month, a year's label under each January.
BAR_AREA = (960, 160)  # at most this wide and this high
BAR_STEP = 24  # at most this wide a month (a few months do not make giant bars)
BAR_MARGIN = (44, 12, 22)  # left (the axis' numbers), top, bottom (the years)
TICK_GAP = 30  # a year's label this close after the previous one is left out


@dataclass(frozen=True)
class MapPoint:
    name: str
    province_2025: str | None
    articles: int
    x: float
    y: float
    r: float


@dataclass(frozen=True)
class Heatmap:
    years: list[int]
    rows: list[tuple[str, int, list[tuple[int, int, float]]]]  # province, total, (year, count, opacity) per year
    width: int
    height: int


@dataclass(frozen=True)
class Bar:
    label: str
    articles: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    ticks: list[tuple[float, str]]  # x and label of each year's first bar
    most: int  # the tallest bar's count, written on the axis
    width: int
    height: int
    base: float  # y of the axis
    top: float  # y of the tallest bar's top


def map_size() -> tuple[int, int]:
    """Width and height of the map: longitude shrunk by cos(16°) so the country keeps its shape."""
    scale = (MAP_HEIGHT - 2 * MAP_MARGIN) / (LAT_RANGE[1] - LAT_RANGE[0])
    width = (LON_RANGE[1] - LON_RANGE[0]) * scale * math.cos(math.radians(16)) + 2 * MAP_MARGIN
    return round(width), MAP_HEIGHT


def province_points(counts: dict[str, int]) -> list[MapPoint]:
    """One point per pre-2025 province at its centroid, area proportional to its article count (0: a dot)."""
    scale = (MAP_HEIGHT - 2 * MAP_MARGIN) / (LAT_RANGE[1] - LAT_RANGE[0])
    shrink = math.cos(math.radians(16))
    most = max(counts.values(), default=0) or 1
    points = []
    for name in provinces.all_names():
        centre = provinces.centroid(name)
        if centre is None:
            continue
        lat, lon = centre
        n = counts.get(name, 0)
        radius = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(n / most) if n else MIN_RADIUS - 1
        points.append(
            MapPoint(
                name=name,
                province_2025=provinces.unit_2025(name),
                articles=n,
                x=round(MAP_MARGIN + (lon - LON_RANGE[0]) * scale * shrink, 1),
                y=round(MAP_MARGIN + (LAT_RANGE[1] - lat) * scale, 1),
                r=round(radius, 1),
            )
        )
    return sorted(points, key=lambda p: -p.r)  # small circles drawn last, on top


def heatmap(rows: list[dict]) -> Heatmap:
    """Province x year grid from (province, year, articles) rows; busiest provinces first, darker = more."""
    by_province: dict[str, dict[int, int]] = defaultdict(dict)
    for row in rows:
        if row["province"] and row["year"] is not None:
            by_province[row["province"]][int(row["year"])] = int(row["articles"])
    years = sorted({year for per_year in by_province.values() for year in per_year})
    if years:
        years = list(range(years[0], years[-1] + 1))
    most = max((n for per_year in by_province.values() for n in per_year.values()), default=1)
    grid = []
    for name, per_year in sorted(by_province.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        cells = [(year, per_year.get(year, 0), _shade(per_year.get(year, 0), most)) for year in years]
        grid.append((name, sum(per_year.values()), cells))
    return Heatmap(years, grid, LABEL_WIDTH + CELL * (len(years) + 1), ROW_HEIGHT * (len(grid) + 1) + 4)


def _shade(n: int, most: int) -> float:
    return round(0.2 + 0.8 * n / most, 2) if n else 0.0


def month_bars(months: list[tuple[str, int]]) -> BarChart:
    """One bar per month ('YYYY-MM', articles), height proportional to its count; each year labelled at its first
    month (unless that is too close to the previous label)."""
    (area_width, area_height), (left, top, bottom) = BAR_AREA, BAR_MARGIN
    step = min(area_width / max(len(months), 1), BAR_STEP)
    most = max((n for _, n in months), default=0)
    base = top + area_height
    bars: list[Bar] = []
    ticks: list[tuple[float, str]] = []
    for i, (month, n) in enumerate(months):
        x = round(left + i * step, 1)
        height = round(area_height * n / most, 1) if most else 0.0
        bars.append(Bar(month, n, x, round(base - height, 1), round(max(step - 1, 1), 1), height))
        first_of_year = i == 0 or months[i - 1][0][:4] != month[:4]
        if first_of_year and (not ticks or x - ticks[-1][0] >= TICK_GAP):
            ticks.append((x, month[:4]))
    return BarChart(bars, ticks, most, round(left + step * len(months) + 8), round(base + bottom), base, top)
