"""The archive at scale: a generated archive of N articles, its size and build time, and search and facet
latency through a real Datasette (datasette_command) on 127.0.0.1, then its exact counts (counts_bench) and
searchers at once (load_bench) on the same server.

Articles are written with archive.bulk (large transactions, the FTS index rebuilt once); their texts are the
demo corpus's paragraphs at log-normal lengths, spread over the registry's sources and the 63 provinces.
"""

import json
import math
import os
import random
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml

from benchmarks import counts_bench, load_bench
from benchmarks.portal import corpus_articles
from govnews.archive.bulk import bulk_load_articles
from govnews.archive.schema import open_archive
from govnews.archive.store import ArchiveWriter, content_hash
from govnews.crawler.sources import DEFAULT_REGISTRY, load_sources
from govnews.crawler.understand.provinces import all_names, unit_2025
from govnews.datasette_config.serve import METADATA, datasette_command
from govnews.text import fold

FIRST_DAY = datetime(2010, 1, 1, 7, 0)
SPAN_DAYS = 16 * 365


def generate_rows(count: int, settings: dict[str, Any], sources: list[Any]) -> Iterator[dict]:
    """``count`` complete article rows; folding is done once per corpus paragraph, not per article."""
    rng = random.Random(settings["seed"])
    corpus = corpus_articles()
    pools = {lang: [(p, fold(p)) for a in corpus if a.lang == lang for p in a.paragraphs] for lang in ("vi", "en")}
    titles = {lang: [(a.title, fold(a.title)) for a in corpus if a.lang == lang] for lang in ("vi", "en")}
    authors = [a.author for a in corpus if a.author] + [None] * 20
    provinces = all_names()
    units = {name: unit_2025(name) for name in provinces}
    for number in range(count):
        lang = "en" if rng.random() < settings["english_share"] else "vi"
        source = rng.choice(sources)
        province = source.province or rng.choice(provinces)
        chars = min(settings["max_chars"], rng.lognormvariate(math.log(settings["median_chars"]), settings["sigma"]))
        paragraphs, size = [], 0
        while size < chars:
            paragraph = rng.choice(pools[lang])
            paragraphs.append(paragraph)
            size += len(paragraph[0])
        title, title_folded = rng.choice(titles[lang])
        text = "\n\n".join(p for p, _ in paragraphs)
        published = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS), minutes=rng.randrange(720))
        seen = "2025-11-01T00:00:00+00:00"
        yield {
            "url": f"{source.url.rstrip('/')}/tin-tuc/{number}.html",
            "source_id": source.id,
            "title": title,
            "published": published.isoformat() + "+07:00",
            "year": published.year,
            "author": rng.choice(authors),
            "province": province,
            "province_2025": units[province],
            "language": lang,
            "text": text,
            "topic_score": round(rng.uniform(3, 30), 1),
            "topic_terms": json.dumps(["bình đẳng giới"], ensure_ascii=False),
            "content_hash": content_hash(title, text),
            "first_seen": seen,
            "last_seen": seen,
            "changed_at": seen,
            "search_folded": f"{title_folded}\n" + "\n\n".join(f for _, f in paragraphs),
        }


def build(db_path: Path, count: int, settings: dict[str, Any]) -> dict[str, Any]:
    """Create the archive at ``db_path`` with ``count`` articles; times and size."""
    sources = load_sources(DEFAULT_REGISTRY)
    db = open_archive(db_path)
    writer = ArchiveWriter(db)
    run_id = writer.start_run(sources)
    start = time.perf_counter()
    times = bulk_load_articles(db, generate_rows(count, settings, sources), settings["batch_rows"])
    writer.finish_run(run_id, "finished", {})
    writer.close()
    size = db_path.stat().st_size
    return {
        "articles": count,
        "build_s": round(time.perf_counter() - start, 1),
        "insert_s": round(times["insert_s"], 1),
        "index_s": round(times["index_s"], 1),
        "db_mb": round(size / 1e6, 1),
        "bytes_per_article": round(size / count),
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, timeout: float) -> tuple[int, float, bytes]:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    return status, (time.perf_counter() - start) * 1000, body


def _percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive") if len(samples) > 1 else samples * 99
    return {
        "p50_ms": round(cuts[49], 1),
        "p95_ms": round(cuts[94], 1),
        "p99_ms": round(cuts[98], 1),
        "max_ms": round(max(samples), 1),
        "samples": len(samples),
    }


@contextmanager
def _serving(db_path: Path, settings: dict[str, Any], metadata: Path | None = None) -> Iterator[int]:
    """Datasette serving ``db_path`` (with another metadata file if given) on a free port, for the block."""
    port = _free_port()
    command = datasette_command(db_path, port)
    if metadata is not None:
        command[command.index("--metadata") + 1] = str(metadata)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + settings["datasette_start_timeout_s"]
        while True:
            try:
                if _get(f"http://127.0.0.1:{port}/-/versions.json", 5)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("Datasette did not start")
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _without_page_cache(folder: Path) -> Path:
    """metadata.yml with the page cache off: latencies of answers made for their request."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["plugins"]["govnews_search"]["page_cache"] = {"entries": 0}
    path = folder / "metadata-no-page-cache.yml"
    path.write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")
    return path


def measure(db_path: Path, config: dict[str, Any], sizes: dict[str, Any], log: Any) -> dict[str, Any]:
    """Search and facet-page latency, exact counts and searchers at once through Datasette serving ``db_path``, with
    the page cache off (every answer made for its request); then searchers at once again with it on."""
    settings = config["archive"]
    with tempfile.TemporaryDirectory(prefix="govnews-bench-metadata-") as folder:
        with _serving(db_path, settings, _without_page_cache(Path(folder))) as port:
            made = _measure(port, db_path, config, sizes, log)
    with _serving(db_path, settings) as port:
        log("archive: searchers at once, page cache on")
        cached = load_bench.measure(f"http://127.0.0.1:{port}/{db_path.stem}", config, sizes, _percentiles, log)
    return {**made, "load_page_cache": cached}


def _measure(port: int, db_path: Path, config: dict[str, Any], sizes: dict[str, Any], log: Any) -> dict[str, Any]:
    settings = config["archive"]
    base = f"http://127.0.0.1:{port}/{db_path.stem}/articles"
    timeout = settings["request_timeout_s"]
    log("archive: searches through Datasette")
    searches, errors, slowest = [], [], {}
    for query in config["searches"]:
        params = {"_search": query["q"], "_size": 20, **{k: v for k, v in query.items() if k != "q"}}
        url = f"{base}.json?{urlencode(params)}"
        _get(url, timeout)  # warm-up
        for _ in range(sizes["search_repeats"]):
            status, ms, _ = _get(url, timeout)
            searches.append(ms)
            slowest[urlencode(params)] = max(ms, slowest.get(urlencode(params), 0.0))
            if status != 200:
                errors.append({"q": query["q"], "status": status})
    log("archive: ranked searches (the search box's canned query)")
    ranked = []
    for query in config["searches"]:
        if set(query) != {"q"}:
            continue  # filtered searches stay on the table page
        url = f"http://127.0.0.1:{port}/{db_path.stem}/search.json?{urlencode({'q': query['q']})}"
        _get(url, timeout)
        for _ in range(sizes["search_repeats"]):
            status, ms, _ = _get(url, timeout)
            ranked.append(ms)
            if status != 200:
                errors.append({"ranked": query["q"], "status": status})
    log("archive: facet pages")
    facets, timed_out = [], set()
    for params in config["facet_pages"]:
        url = f"{base}?{urlencode(params)}"
        _get(url, timeout)
        for _ in range(sizes["facet_repeats"]):
            status, ms, _ = _get(url, timeout)
            facets.append(ms)
            if status != 200:
                errors.append({"page": params, "status": status})
        status, _, body = _get(f"{base}.json?{urlencode(params)}", timeout)
        if status == 200:
            timed_out.update(json.loads(body).get("facets_timed_out") or [])
    server = f"http://127.0.0.1:{port}/{db_path.stem}"

    def get(url: str) -> tuple[int, float, bytes]:
        return _get(url, timeout)

    counts = counts_bench.measure(get, server, db_path, config, sizes, _percentiles, log)
    load = load_bench.measure(server, config, sizes, _percentiles, log)
    return {
        "search": _percentiles(searches),
        "ranked_search": _percentiles(ranked),
        "facet_pages": _percentiles(facets),
        "facets_timed_out": sorted(timed_out),
        # Where p95 comes from: the five searches with the slowest single request.
        "slowest_searches": {q: round(ms, 1) for q, ms in sorted(slowest.items(), key=lambda kv: -kv[1])[:5]},
        "errors": errors,
        "counts": counts,
        "load": load,
    }


def run(sizes: dict[str, Any], config: dict[str, Any], work: Path, log: Any) -> dict[str, Any]:
    count = sizes["archive_articles"]
    db_path = work / "archive.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    log(f"archive: generating {count:,} articles")
    built = build(db_path, count, config["archive"])
    return {**built, **measure(db_path, config, sizes, log), "cpu_count": os.cpu_count()}
