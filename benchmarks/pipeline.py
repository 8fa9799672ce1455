"""Pipeline throughput, its extraction-only limit, peak RSS, the crawl profile and the no-change recrawl.

One generated portal per size N, served from this process; every crawl, the server probe and the extraction
limit run in processes of their own (see processes.py).
"""

import os
import random
from pathlib import Path
from typing import Any

from benchmarks.portal import GeneratedPortalServer, html_pages, serve_generated
from benchmarks.processes import extraction_rate, in_fresh_process, probe_server, timed_crawl
from benchmarks.profile_crawl import components, profiled_crawl
from govnews.archive.schema import open_archive


def run(sizes: dict[str, Any], config: dict[str, Any], work: Path, log: Any) -> dict[str, Any]:
    """Every pipeline figure for the sizes of one profile (quick or full)."""
    portal = config["portal"]
    extra = [*portal["crawl_settings"]]
    results: dict[str, Any] = {"runs": [], "profile": None, "recrawl": None, "scaling": []}
    wanted = sorted({*sizes["sizes"], sizes["profile_size"], sizes["recrawl_size"], sizes["scaling_size"]})
    for n in wanted:
        log(f"pipeline: generating a portal of {n:,} articles")
        server = serve_generated(n, portal)
        try:
            settings = [*extra, f"GOVNEWS_MAX_PAGES_PER_SOURCE={3 * n + 1000}"]
            sources = work / f"sources-{n}.yml"
            server.write_sources(sources)
            if n in sizes["sizes"] or n == sizes["recrawl_size"]:
                results["runs"].append(_measure(n, server, sources, settings, sizes, config, work, log))
                if n == sizes["recrawl_size"]:
                    results["recrawl"] = _recrawl(server, sources, work / f"crawl-{n}.db", settings, log)
            if n == sizes["profile_size"]:
                results["profile"] = _profile(n, sources, settings, config, work, log)
            if n == sizes["scaling_size"]:
                results["scaling"] = _scaling(n, sources, settings, sizes["scaling_workers"], work, log)
        finally:
            server.stop()
    results["runs"] = [r for r in results["runs"] if r["n"] in sizes["sizes"]]
    return results


def _measure(
    n: int,
    server: GeneratedPortalServer,
    sources: Path,
    settings: list[str],
    sizes: dict[str, Any],
    config: dict[str, Any],
    work: Path,
    log: Any,
) -> dict[str, Any]:
    portal_id = config["portal"]["id"]
    pages = html_pages(server, portal_id)
    rng = random.Random(n)
    sample = rng.sample(pages, min(len(pages), sizes["extraction_sample"]))
    log(f"pipeline N={n:,}: server probe")
    probe = in_fresh_process(
        probe_server,
        [url for url, _ in sample],
        sizes["server_probe_requests"],
        config["portal"]["server_probe_concurrency"],
    )
    log(f"pipeline N={n:,}: crawl")
    db = work / f"crawl-{n}.db"
    server.clear_requests()
    crawl = in_fresh_process(timed_crawl, str(sources), str(db), settings)
    if crawl["returncode"] != 0:
        raise RuntimeError(f"crawl of N={n} failed: {crawl['stderr_tail']}")
    first = _served(server, portal_id)
    run_row, articles = _archive_counts(db)
    log(f"pipeline N={n:,}: extraction alone, 1 process and {os.cpu_count()}")
    # Both in fresh processes: in this one, the generated portal's objects make every garbage collection
    # slower, which understated the one-process limit more the larger N was.
    single = in_fresh_process(extraction_rate, sample, 1)
    multi = in_fresh_process(extraction_rate, sample, os.cpu_count() or 1)
    pages_per_s = run_row["pages"] / crawl["wall_s"]
    return {
        "n": n,
        "site_html_pages": len(pages),
        "mean_page_kb": round(sum(len(h.encode()) for _, h in sample) / len(sample) / 1024, 1),
        "requests": first["requests"],
        "pages": run_row["pages"],
        "articles": articles,
        "wall_s": round(crawl["wall_s"], 2),
        "pages_per_s": round(pages_per_s, 1),
        "peak_rss_mb": round(crawl["peak_rss_mb"], 1),
        "peak_tree_pss_mb": round(crawl["peak_tree_pss_mb"], 1),
        "server_probe": probe,
        "extract_1proc_pages_per_s": round(single["pages_per_s"], 1),
        "extract_nproc_pages_per_s": round(multi["pages_per_s"], 1),
        "extract_processes": multi["processes"],
        "ratio_pipeline_to_1proc": round(pages_per_s / single["pages_per_s"], 3),
        "ratio_pipeline_to_nproc": round(pages_per_s / multi["pages_per_s"], 3),
        "served_first": first,
    }


def _recrawl(server: GeneratedPortalServer, sources: Path, db: Path, settings: list[str], log: Any) -> dict[str, Any]:
    """A second crawl of the unchanged portal into the same archive, as a share of the first."""
    portal_id = next(p.id for p in server.portals)
    first = _served(server, portal_id)  # the timed crawl just made it
    log("recrawl: second crawl, nothing changed")
    server.clear_requests()
    crawl = in_fresh_process(timed_crawl, str(sources), str(db), settings)
    if crawl["returncode"] != 0:
        raise RuntimeError(f"recrawl failed: {crawl['stderr_tail']}")
    second = _served(server, portal_id)
    run_row, _ = _archive_counts(db)
    return {
        "first": first,
        "second": second,
        "second_run": {
            k: run_row.get(k) for k in ("requests", "pages", "articles_new", "articles_updated", "articles_unchanged")
        },
        "second_wall_s": round(crawl["wall_s"], 2),
        "requests_share": round(second["requests"] / max(1, first["requests"]), 3),
        "bytes_share": round(second["bytes"] / max(1, first["bytes"]), 3),
    }


def _scaling(
    n: int, sources: Path, settings: list[str], workers: list[int], work: Path, log: Any
) -> list[dict[str, Any]]:
    """The same crawl with page understanding in 0 (the crawl process), 1, 2... worker processes: how the
    pipeline scales with the cores it is given."""
    rows = []
    for count in workers:
        log(f"scaling: crawl of N={n:,} with GOVNEWS_WORKERS={count}")
        db = work / f"scaling-{n}-{count}.db"
        crawl = in_fresh_process(timed_crawl, str(sources), str(db), [*settings, f"GOVNEWS_WORKERS={count}"])
        if crawl["returncode"] != 0:
            raise RuntimeError(f"crawl with {count} workers failed: {crawl['stderr_tail']}")
        run_row, _ = _archive_counts(db)
        rows.append(
            {
                "n": n,
                "workers": count,
                "pages": run_row["pages"],
                "wall_s": round(crawl["wall_s"], 2),
                "pages_per_s": round(run_row["pages"] / crawl["wall_s"], 1),
                "peak_tree_pss_mb": round(crawl["peak_tree_pss_mb"], 1),
            }
        )
    return rows


def _profile(
    n: int, sources: Path, settings: list[str], config: dict[str, Any], work: Path, log: Any
) -> dict[str, Any]:
    log(f"profile: crawl of N={n:,} under cProfile")
    out = work / f"crawl-{n}.prof"
    # In-process understanding, so the profile sees where the time goes (workers would hide it).
    result = profiled_crawl(sources, work / f"profiled-{n}.db", [*settings, "GOVNEWS_WORKERS=0"], out)
    if result.returncode != 0:
        raise RuntimeError(f"profiled crawl failed: {result.stderr[-1500:]}")
    _archive_counts(work / f"profiled-{n}.db")  # the crawl really ran
    return {"n": n, "stats_file": str(out), **components(out, config["profile_components"])}


def _served(server: GeneratedPortalServer, portal_id: str) -> dict[str, int]:
    """Requests the portal answered since the log was cleared, and the body bytes it sent."""
    site = server.site(portal_id)
    log = server.requests(portal_id)
    sent = 0
    for entry in log:
        response = site.lookup(entry.path)
        if entry.method == "GET" and entry.status == 200 and response is not None:
            sent += len(response.body)
    return {"requests": len(log), "bytes": sent, "not_modified": sum(e.status == 304 for e in log)}


def _archive_counts(db_path: Path) -> tuple[dict[str, Any], int]:
    """The last crawl run's row and the number of archived articles."""
    db = open_archive(db_path, create=False)
    try:
        runs = list(db["crawl_runs"].rows)
        if not runs or not runs[-1]["pages"]:
            raise RuntimeError(f"{db_path}: the crawl archived nothing (see its log)")
        run_row = max(runs, key=lambda r: r["id"])
        return run_row, db["articles"].count
    finally:
        db.close()
