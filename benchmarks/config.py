"""The benchmark sizes and settings of config.yml, with the quick or full profile chosen."""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

CONFIG_FILE = Path(__file__).with_name("config.yml")
RESULTS_DIR = Path(__file__).with_name("results")


@cache
def load() -> dict[str, Any]:
    return yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))


def sizes(quick: bool) -> dict[str, Any]:
    """The size block (`quick` or `full`) of config.yml."""
    return dict(load()["quick" if quick else "full"])
