"""Running one crawl in this process: settings assembled, overrides checked, a summary line returned."""

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import scrapy.settings.default_settings as scrapy_defaults
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

import govnews.crawler.settings as project_settings


def project() -> Settings:
    """The project's settings (crawler/settings.py) over Scrapy's defaults."""
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    return settings


def _known_default(name: str) -> tuple[bool, Any]:
    for module in (project_settings, scrapy_defaults):
        if hasattr(module, name):
            return True, getattr(module, name)
    return False, None


def validate_overrides(overrides: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """Parse '-s NAME=VALUE' pairs; an unknown name or a value of the wrong type is a ValueError."""
    parsed: dict[str, Any] = {}
    for pair in overrides:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ValueError(f"-s {pair!r}: expected NAME=VALUE")
        known, default = _known_default(name)
        if not known or not name.isupper():
            raise ValueError(f"-s {name}: unknown setting")
        parsed[name] = _typed(name, value, default)
        check = _CHECKS.get(name)
        if check is not None:
            check(parsed[name])
    return parsed


def _workers(value: Any) -> None:
    from govnews.crawler.stages import worker_count

    worker_count(value)


# Settings whose values a type alone does not check: each raises a one-line ValueError.
_CHECKS = {"GOVNEWS_WORKERS": _workers}


def _typed(name: str, value: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            low = value.strip().lower()
            if low not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError
            return low in ("true", "1", "yes")
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, dict | list):
            loaded = json.loads(value)
            if not isinstance(loaded, type(default)):
                raise ValueError
            return loaded
    except ValueError:
        raise ValueError(f"-s {name}={value}: expected a {type(default).__name__}") from None
    return value


def run_crawl(sources_path: Path, db_path: Path, overrides: dict[str, Any]) -> str:
    """Crawl every source into the archive; return the run's one-line summary.

    Raises ArchiveError when the run was stopped because the archive could not be written.
    """
    from govnews.archive.schema import ArchiveError
    from govnews.crawler.extensions import ARCHIVE_ERROR_STAT

    settings = project()
    settings.update(overrides, priority="cmdline")
    settings.set("GOVNEWS_SOURCES", str(sources_path), priority="cmdline")
    settings.set("GOVNEWS_DB", str(db_path), priority="cmdline")
    process = CrawlerProcess(settings)  # the root log handler: LOG_INSTALL_ROOT_HANDLER (default on)
    crawler = process.create_crawler("portal")  # found through SPIDER_MODULES
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    if stats.get(ARCHIVE_ERROR_STAT):
        raise ArchiveError(f"{stats[ARCHIVE_ERROR_STAT]}; the run was stopped, earlier batches are kept")
    counts = {k.removeprefix("govnews/"): v for k, v in stats.items() if k.startswith("govnews/")}
    return (
        f"govnews: run {counts.get('run_id', '?')} {stats.get('finish_reason', 'unknown')}: "
        f"{counts.get('requests', 0)} requests, {counts.get('pages', 0)} pages, "
        f"{counts.get('articles_new', 0)} new, {counts.get('articles_updated', 0)} updated, "
        f"{counts.get('articles_unchanged', 0)} unchanged, {counts.get('offtopic', 0)} off-topic, "
        f"{counts.get('errors', 0)} errors"
    )


def probe(url: str, timeout: float = 15.0) -> str:
    """One polite GET of a home page: its HTTP status, or why there was none."""
    request = urllib.request.Request(url, headers={"User-Agent": project().get("USER_AGENT")})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return str(response.status)
    except urllib.error.HTTPError as exc:
        return str(exc.code)
    except (urllib.error.URLError, OSError) as exc:
        return f"unreachable ({getattr(exc, 'reason', exc)})"
