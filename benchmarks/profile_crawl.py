"""Where crawl time goes: `govnews crawl` under cProfile in a child process, self time summed by component.

Run as ``python -m benchmarks.profile_crawl OUT.prof crawl --sources ... --db ...`` (what ``profiled_crawl``
does). Time spent in C functions (lxml, sqlite3, re) is charged to the Python code that called them, so that
'extraction' includes lxml's parsing and 'SQLite writes' the executes, and waiting on sockets is its own line.
"""

import cProfile
import pstats
import subprocess
import sys
from pathlib import Path
from typing import Any

from govnews.crawler.demo.run import DEMO_SETTINGS

IDLE = "idle (waiting on sockets)"
IDLE_FUNCTIONS = ("select.epoll", "select.poll", "select.select")
OTHER = "other (stdlib, logging, start-up)"
REPO = Path(__file__).resolve().parents[1]  # the child imports benchmarks from here


def profiled_crawl(sources: Path, db: Path, extra: list[str], out: Path) -> subprocess.CompletedProcess:
    """The demo crawl of crawl_into, with the same settings, under cProfile; the stats land in ``out``."""
    command = [
        sys.executable,
        "-m",
        "benchmarks.profile_crawl",
        str(out),
        "crawl",
        "--sources",
        str(sources),
        "--db",
        str(db),
    ]
    for setting in (*DEMO_SETTINGS, *extra):
        command += ["-s", setting]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)


def components(stats_file: Path, rules: dict[str, list[str]]) -> dict[str, Any]:
    """Seconds and shares of self time per component of config.yml's ``profile_components``, and the top functions."""
    stats = pstats.Stats(str(stats_file)).stats  # type: ignore[attr-defined]
    totals: dict[str, float] = {}
    for (file, _, function), (_, _, self_time, _, callers) in stats.items():
        for name, share in _owners(file, function, self_time, callers, rules):
            totals[name] = totals.get(name, 0.0) + share
    total = sum(totals.values()) or 1.0
    top = sorted(stats.items(), key=lambda kv: kv[1][2], reverse=True)[:15]
    return {
        "profiled_s": total,
        "components": {
            name: {"s": round(seconds, 2), "share": round(seconds / total, 3)}
            for name, seconds in sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
        },
        "top_self_time": [
            {"function": f"{_short(file)}:{line}:{function}", "s": round(values[2], 2)}
            for (file, line, function), values in top
        ],
    }


def _owners(
    file: str, function: str, self_time: float, callers: dict, rules: dict[str, list[str]]
) -> list[tuple[str, float]]:
    """Which components a function's self time belongs to; a C function's is split among its callers
    (by the time each caller spent in it); a C function called by a C function is 'other'."""
    if file != "~":
        return [(_component(file, rules), self_time)]
    if any(name in function for name in IDLE_FUNCTIONS):
        return [(IDLE, self_time)]
    if not callers:
        return [(OTHER, self_time)]
    caller_time = sum(values[2] for values in callers.values()) or 1.0
    return [(_component(caller[0], rules), self_time * values[2] / caller_time) for caller, values in callers.items()]


def _component(file: str, rules: dict[str, list[str]]) -> str:
    for name, patterns in rules.items():
        if any(f"/{pattern}" in file for pattern in patterns):
            return name
    return OTHER


def _short(file: str) -> str:
    for marker in ("site-packages/", "/work/main/", "python3.11/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def main() -> None:
    """Child entry point: profile ``crawler.cli`` with the remaining arguments, dump the stats."""
    from govnews.crawler.cli import main as cli

    out, args = sys.argv[1], sys.argv[2:]
    profile = cProfile.Profile()
    profile.enable()
    try:
        cli.main(args, prog_name="govnews", standalone_mode=False)
    finally:
        profile.disable()
        profile.dump_stats(out)


if __name__ == "__main__":
    main()
