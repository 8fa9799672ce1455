"""`make bench` / `make bench-quick`: every benchmark, a table on stdout, the figures in benchmarks/results/.

python -m benchmarks.run [--quick] [--sizes 1000 5000] [--articles 200000] [--skip-archive] [--out FILE]
                         [--templates nukeviet tables1258] [--skip-templates] [--skip-pipeline]
                         [--skip-attachments] [--skip-distributed]
"""

import argparse
import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import archive_bench, attachment_bench, config, distributed_bench, pipeline, template_bench
from benchmarks.report import table, targets


def machine() -> dict[str, Any]:
    """What the numbers came from."""
    model = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if Path("/proc/cpuinfo").exists()
        else ""
    )
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": round(memory, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "load_average_at_start": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small sizes of config.yml (CI's smoke check)")
    parser.add_argument("--sizes", type=int, nargs="+", help="portal sizes N to crawl (overrides config.yml)")
    parser.add_argument("--articles", type=int, help="articles in the generated archive (overrides config.yml)")
    parser.add_argument("--skip-archive", action="store_true", help="pipeline figures only")
    parser.add_argument("--skip-pipeline", action="store_true", help="no pipeline figures (runs, profile, recrawl)")
    parser.add_argument("--skip-templates", action="store_true", help="no per-template crawl vs reference figures")
    parser.add_argument("--skip-attachments", action="store_true", help="no attachment extraction figures")
    parser.add_argument("--skip-distributed", action="store_true", help="no distributed crawl figures (Redis)")
    parser.add_argument("--templates", nargs="+", help="only these templates of config.yml's `templates`")
    parser.add_argument("--out", type=Path, help="results JSON (default: benchmarks/results/<time>.json)")
    parser.add_argument("--work-dir", type=Path, help="where crawl databases go (default: a temporary folder)")
    args = parser.parse_args(argv)

    sizes = config.sizes(args.quick)
    if args.sizes:
        smallest = min(args.sizes)
        sizes.update(
            sizes=args.sizes,
            profile_size=smallest,
            recrawl_size=smallest,
            scaling_size=smallest,
            template_size=smallest,
        )
    if args.articles:
        sizes["archive_articles"] = args.articles
    settings = config.load()
    started = time.monotonic()

    def log(message: str) -> None:
        print(f"[{time.monotonic() - started:7.1f}s] {message}", file=sys.stderr, flush=True)

    results: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "profile": "quick" if args.quick else "full",
        "sizes": sizes,
        "machine": machine(),
    }
    with tempfile.TemporaryDirectory(prefix="govnews-bench-") as scratch:
        work = args.work_dir or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        if not args.skip_pipeline:
            results["pipeline"] = pipeline.run(sizes, settings, work, log)
        if not args.skip_templates:
            results["templates"] = template_bench.run(sizes, settings, work, log, args.templates)
        if not args.skip_attachments:
            results["attachments"] = attachment_bench.run(sizes, settings, work, log)
        if not args.skip_distributed:
            results["distributed"] = distributed_bench.run(sizes, settings, work, log)
        if not args.skip_archive:
            results["archive"] = archive_bench.run(sizes, settings, work, log)
    results["targets"] = targets(results)
    results["total_s"] = round(time.monotonic() - started, 1)
    out = args.out or config.RESULTS_DIR / f"bench-{results['profile']}-{results['when'].replace(':', '')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(table(results))
    print(f"\nresults: {out}")
    return results


if __name__ == "__main__":
    main()
