"""Work that must run in a process of its own: a crawl (whose peak RSS and CPU are read), the server probe,
extraction, the reference (trafilatura and langdetect alone).

Each runs in a freshly spawned parent, so ``RUSAGE_CHILDREN`` after the crawl is that crawl's peak and CPU alone,
and the probe's HTTP client never shares a GIL with the server it measures.
"""

import http.client
import multiprocessing
import os
import pickle
import resource
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from govnews.crawler.demo.run import crawl_into


def in_fresh_process(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` in a newly spawned process (no inherited threads, servers or rusage)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def timed_crawl(sources: str, db: str, extra: list[str]) -> dict[str, Any]:
    """`govnews crawl` through crawl_into (the demo's loopback-fast settings plus ``extra``): wall time, the
    peak RSS of its largest process, and the peak memory (PSS) of the crawl and its workers together."""
    sampler = _TreeSampler(os.getpid())
    sampler.start()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        result = crawl_into(Path(sources), Path(db), tuple(extra))
    finally:
        wall = time.perf_counter() - start
        sampler.stop()
    # The crawl is this process's only child, and its workers are its children, joined before it exits: the
    # CPU of the whole tree, start-up included, lands in RUSAGE_CHILDREN once the crawl has been waited for.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kb = usage.ru_maxrss  # KB on Linux
    return {
        "returncode": result.returncode,
        "wall_s": wall,
        "cpu_user_s": usage.ru_utime - before.ru_utime,
        "cpu_sys_s": usage.ru_stime - before.ru_stime,
        "peak_rss_mb": peak_kb / 1024,
        "peak_tree_pss_mb": sampler.peak_kb / 1024,
        "summary": result.stdout.strip().splitlines()[-1:] or [""],
        "stderr_tail": result.stderr[-1500:],
    }


class _TreeSampler(threading.Thread):
    """The memory of every descendant of ``root`` summed, sampled from /proc twice a second; its peak.

    Summed as PSS (proportional set size): a shared library or page mapped by the crawl and its workers counts
    once in the sum, not once a process as summed RSS would."""

    def __init__(self, root: int, interval_s: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.root, self.interval_s, self.peak_kb = root, interval_s, 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.interval_s):
            self.peak_kb = max(self.peak_kb, sum(map(_pss_kb, _descendants(self.root))))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # gone since the listing
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])  # the field after the state
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid, ppid in parents.items() if ppid == frontier[-1]]
        frontier.pop()
        found += children
        frontier += children
    return found


def _pss_kb(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in rollup.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def at_once(threads: list[threading.Thread]) -> float:
    """Start every thread, wait for all; the wall time in seconds (the load and probe benchmarks' clients)."""
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


def probe_server(urls: list[str], total: int, concurrency: int, budget_s: float = 30.0) -> dict[str, Any]:
    """GET ``urls`` round-robin over ``concurrency`` keep-alive connections, ``total`` requests at most."""
    counter = iter(range(total))
    lock = threading.Lock()
    done = {"requests": 0, "bytes": 0}
    deadline = time.perf_counter() + budget_s

    def worker() -> None:
        host = urlsplit(urls[0])
        connection = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
        while time.perf_counter() < deadline:
            with lock:
                number = next(counter, None)
            if number is None:
                break
            parts = urlsplit(urls[number % len(urls)])
            connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
            size = len(connection.getresponse().read())
            with lock:
                done["requests"] += 1
                done["bytes"] += size
        connection.close()

    wall = at_once([threading.Thread(target=worker) for _ in range(concurrency)])
    return {
        "requests": done["requests"],
        "pages_per_s": done["requests"] / wall,
        "mb_per_s": done["bytes"] / wall / 1e6,
        "concurrency": concurrency,
    }


def _extract(url: str, html: str) -> bool:
    """The crawl's extraction stage alone on one page: whether it found an article."""
    from govnews.crawler.items import PageItem
    from govnews.crawler.stages import Extract

    item = PageItem(
        url=url,
        requested_url=url,
        source_id="bench",
        source_province=None,
        status=200,
        fetched_at="2026-01-01T00:00:00+00:00",
        html=html,
    )
    return Extract()(item).kind == "article"


def _warm() -> None:
    _extract("http://x/", "<html><body><article><p>" + "Bình đẳng giới. " * 40 + "</p></article></body></html>")


def _extract_one(page: tuple[str, str]) -> bool:
    return _extract(page[0], page[1])


def extraction_rate(pages: list[tuple[str, str]], processes: int) -> dict[str, Any]:
    """Pages per second of the extraction stage alone over ``pages`` (url, html), in 1 or more processes."""
    if processes == 1:
        _warm()
        start = time.perf_counter()
        extracted = sum(_extract_one(page) for page in pages)
        wall = time.perf_counter() - start
    else:
        context = multiprocessing.get_context("spawn")
        with context.Pool(processes, initializer=_warm) as pool:
            pool.map(_warm_barrier, range(processes))  # every worker has imported and warmed up
            start = time.perf_counter()
            extracted = sum(pool.imap_unordered(_extract_one, pages, chunksize=8))
            wall = time.perf_counter() - start
    return {"processes": processes, "pages": len(pages), "extracted": extracted, "pages_per_s": len(pages) / wall}


def _warm_barrier(_: int) -> int:
    return os.getpid()


def write_pages(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    """(url, content type, body) of each page, pickled one after another: read back one at a time."""
    with path.open("wb") as out:
        for page in pages:
            pickle.dump(page, out, protocol=pickle.HIGHEST_PROTOCOL)


def _read_pages(path: Path) -> Iterator[tuple[str, str, bytes]]:
    with path.open("rb") as source:
        while True:
            try:
                yield pickle.load(source)
            except EOFError:
                return


def _reference_call(url: str, html: str) -> str | None:
    """The reference: trafilatura.bare_extraction(html, url=url, with_metadata=True), then langdetect.detect of
    its text (None when there is no text, or too little for langdetect)."""
    import trafilatura
    from langdetect import LangDetectException, detect

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    text = getattr(document, "text", None)  # a trafilatura Document (as_dict is off), or None
    if not text:
        return None
    try:
        return detect(text)
    except LangDetectException:
        return None


def reference_rate(pages_file: str) -> dict[str, Any]:
    """The reference over the pages of ``pages_file`` (write_pages), one process: CPU (process_time) and wall
    time of the calls alone, each page decoded (in the charset its Content-Type declares) before the clocks."""
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # langdetect is random otherwise
    warm = "<html><body><article><p>" + "Bình đẳng giới là mục tiêu chung. " * 40 + "</p></article></body></html>"
    _reference_call("http://127.0.0.1/warm-up.html", warm)  # imports, and langdetect's profiles
    cpu = wall = 0.0
    pages = found = size = 0
    languages: dict[str, int] = {}
    for url, content_type, body in _read_pages(Path(pages_file)):
        size += len(body)
        charset = content_type.partition("charset=")[2].split(";")[0].strip() or "utf-8"
        html = body.decode(charset)
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        language = _reference_call(url, html)
        wall += time.perf_counter() - wall_start
        cpu += time.process_time() - cpu_start
        pages += 1
        if language:
            found += 1
            languages[language] = languages.get(language, 0) + 1
    return {"pages": pages, "bytes": size, "with_text": found, "languages": languages, "cpu_s": cpu, "wall_s": wall}
