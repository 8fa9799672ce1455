"""Portal definitions from ``portals.yml``: which template, categories and traps each fixture portal has."""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PORTALS_FILE = Path(__file__).parent / "portals.yml"
STRINGS_FILE = Path(__file__).parent / "strings.yml"


@dataclass(frozen=True)
class Category:
    slug: str
    name: str
    key: str
    lang: str = "vi"


@dataclass(frozen=True)
class PortalSpec:
    id: str
    name: str
    province: str | None
    template: str
    holdout: bool
    encoding: str
    page_size: int
    article_id_base: int
    owner: str
    license: str
    address: str
    categories: tuple[Category, ...]
    main_category: str
    features: dict[str, Any] = field(default_factory=dict)
    # The measuring stick: a blind portal scored by `evaluate` only, never a test's pass mark (nobody tunes on it).
    stick: bool = False

    def category(self, slug: str) -> Category:
        return next(c for c in self.categories if c.slug == slug)


@cache
def load_specs() -> tuple[PortalSpec, ...]:
    """Every portal of portals.yml, in file order (which is also the port order)."""
    data = yaml.safe_load(PORTALS_FILE.read_text(encoding="utf-8"))
    specs = []
    for raw in data["portals"]:
        raw = dict(raw)
        raw["categories"] = tuple(Category(**{k: str(v) for k, v in c.items()}) for c in raw["categories"])
        raw["features"] = raw.get("features") or {}
        specs.append(PortalSpec(**raw))
    return tuple(specs)


@cache
def load_strings() -> dict[str, Any]:
    """The shared boilerplate vocabulary of strings.yml."""
    return yaml.safe_load(STRINGS_FILE.read_text(encoding="utf-8"))
