"""The benchmark harness runs end to end at tiny sizes and writes the figures docs/benchmarks.md reports.

A smoke check only: no timing is asserted (CI machines vary); `make bench` is the measurement.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Run by `make bench-smoke` (CI runs it after `make test`), not in the test suite: about 100 s of crawls and servers.
pytestmark = pytest.mark.bench

REPO = Path(__file__).resolve().parents[1]


def test_quick_harness_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    command = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--quick",
        "--sizes",
        "30",
        "--articles",
        "1500",
        "--templates",  # two templates unlike each other run the per-template harness and its worst-of end to end
        "nukeviet",
        "tables1258",
        "--out",
        str(out),
        "--work-dir",
        str(tmp_path / "work"),
    ]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert {"machine", "pipeline", "archive", "targets"} <= set(results)
    run = results["pipeline"]["runs"][0]
    assert run["n"] == 30 and run["articles"] > 0 and run["pages"] > 30
    for key in (
        "pages_per_s",
        "peak_rss_mb",
        "extract_1proc_pages_per_s",
        "extract_nproc_pages_per_s",
        "ratio_pipeline_to_1proc",
    ):
        assert run[key] > 0, key
    assert run["server_probe"]["pages_per_s"] > 0
    assert run["peak_tree_pss_mb"] >= run["peak_rss_mb"] * 0.5 > 0  # sampled from /proc: the tree was seen
    scaling = results["pipeline"]["scaling"]
    assert [r["workers"] for r in scaling] == [0, 2] and all(r["pages_per_s"] > 0 for r in scaling)
    profile = results["pipeline"]["profile"]
    assert profile["profiled_s"] > 0 and "extraction (trafilatura, lxml, htmldate)" in profile["components"]
    recrawl = results["pipeline"]["recrawl"]
    assert recrawl["first"]["requests"] > 0 and "requests_share" in recrawl and "bytes_share" in recrawl
    archive = results["archive"]
    assert archive["articles"] == 1500 and archive["bytes_per_article"] > 0 and archive["errors"] == []
    for figure in ("search", "facet_pages"):
        assert {"p50_ms", "p95_ms", "p99_ms"} <= set(archive[figure])
    counts = archive["counts"]
    assert counts["errors"] == [] and counts["not_exact"] == [] and counts["exact_searches"] > 0
    assert counts["checked"] and all(check["same"] for check in counts["checked"]), counts["checked"]
    assert archive["load"]["errors"] == [] and archive["load"]["all"]["samples"] > 0
    assert "pages/s" in result.stdout and "search via Datasette" in result.stdout
    templates = results["templates"]
    assert [row["template"] for row in templates["rows"]] == ["nukeviet", "tables1258"]
    assert templates["worst_cpu"] in {row["template"] for row in templates["rows"]}
    for row in templates["rows"]:
        assert row["html_pages"] > 0 and row["cpu_ratio"] > 0 and row["rate_ratio"] > 0, row
    distributed = results["distributed"]
    assert [run["workers"] for run in distributed["runs"]] == [1, 2]
    for run in distributed["runs"]:
        assert run["pages"] > 0 and run["pages_per_s"] > 0 and run["min_gap_s"] > 0, run
        assert run["lost_pages"] == 0 and run["duplicate_fetches"] == 0, run
    assert distributed["single_machine"]["pages_per_s"] > 0 and distributed["redis_bytes_per_1000_queued_sites"] > 0
    assert distributed["waiting_pages"]["pages"] > 0 and distributed["waiting_pages"]["redis_bytes_per_1000"] > 0
    assert "distributed crawl" in result.stdout
