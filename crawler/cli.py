"""The govnews command line: crawl, reextract, serve, search, demo, sources, and dist (a crawl spread over machines)."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from govnews.crawler.sources import DEFAULT_REGISTRY, SourcesError, load_sources

if TYPE_CHECKING:
    from govnews.archive.lock import ArchiveLock


class UsageProblem(click.ClickException):
    """Bad input: one line on stderr, exit status 2, nothing archived touched."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"govnews: error: {self.format_message()}", err=True)


class ArchiveInUse(UsageProblem):
    """Another crawl holds the archive: one line, exit status 3, so a cron job can tell 'busy' from 'broken'."""

    exit_code = 3


class CrawlFailed(UsageProblem):
    """The archive failed under a running crawl (disk full, say): one line, exit status 1, committed rows kept."""

    exit_code = 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govnews")
def main() -> None:
    """Crawl Vietnamese government news portals into a searchable SQLite archive."""


@main.command()
@click.option(
    "--sources",
    "sources_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sources file (YAML, top-level 'sources:' list). Default: the bundled registry.",
)
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Archive database (SQLite); created if missing.",
)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a Scrapy or govnews setting, as 'scrapy crawl -s' does. Repeatable.",
)
def crawl(sources_path: Path | None, db_path: Path, overrides: tuple[str, ...]) -> None:
    """Crawl every source in the sources file into the archive."""
    from govnews.archive.schema import ArchiveError
    from govnews.crawler.runner import project, run_crawl, validate_overrides

    sources_path = sources_path or DEFAULT_REGISTRY
    try:
        load_sources(sources_path)
        settings = validate_overrides(overrides)
    except (SourcesError, ValueError) as exc:
        raise UsageProblem(str(exc)) from None
    busy_timeout = settings.get("GOVNEWS_DB_BUSY_TIMEOUT", project().getfloat("GOVNEWS_DB_BUSY_TIMEOUT"))
    lock = _lock(db_path)
    try:
        _check_archive(db_path, busy_timeout=busy_timeout, write=True)
        summary = run_crawl(sources_path, db_path, settings)
    except ArchiveError as exc:
        raise CrawlFailed(str(exc)) from None
    finally:
        lock.release()
    click.echo(summary)


@main.command()
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Archive to rebuild (created if missing, e.g. from a copy of another archive's WARC files).",
)
@click.option(
    "--warc-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of WARC files to rebuild from. Default: the archive's own (ARCHIVE.warc/ beside it).",
)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a govnews setting (topic file and threshold, minimum article length). Repeatable.",
)
def reextract(db_path: Path, warc_dir: Path | None, overrides: tuple[str, ...]) -> None:
    """Rebuild articles from the WARC files alone, offline, with today's extraction and topic rules."""
    from govnews.crawler.reextract import WarcMissing
    from govnews.crawler.reextract import reextract as rebuild
    from govnews.crawler.runner import project, validate_overrides

    try:
        settings = project()
        settings.update(validate_overrides(overrides), priority="cmdline")
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    _check_archive(db_path)
    lock = _lock(db_path)
    try:
        click.echo(rebuild(db_path, settings, warc_dir).line())
    except WarcMissing as exc:
        raise UsageProblem(str(exc)) from None
    finally:
        lock.release()


@main.command()
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Archive database to publish (read-only).",
)
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port on 127.0.0.1.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind; only change it to publish beyond this machine.",
)
def serve(db_path: Path, port: int, host: str) -> None:
    """Publish the archive with Datasette, read-only."""
    from govnews.datasette_config.serve import serve as run_datasette

    if not db_path.is_file():
        raise UsageProblem(f"{db_path}: no such archive")
    _check_archive(db_path, create=False)
    run_datasette(db_path, port=port, host=host)


@main.command()
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Archive database to search (opened read-only).",
)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000), help="Results at most.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line instead of tab-separated columns.")
@click.argument("query")
def search(db_path: Path, limit: int, as_json: bool, query: str) -> None:
    """Search the archive as the published site's ranked search does: published date, province, title and URL of
    each match, best first (an article found through an attached file's text names the file after its title).
    Syllables typed together are a phrase ('binh dang gioi'), with or without diacritics; a comma separates words,
    "quotes" force a phrase, OR gives alternatives, -word excludes (put -- before a query that starts with '-'),
    prefix* matches a word's start (docs/publishing.md)."""
    import json
    import sqlite3

    import sqlite_utils

    from govnews.archive.search import search as ranked_search

    if not db_path.is_file():
        raise UsageProblem(f"{db_path}: no such archive")
    _check_archive(db_path, create=False)
    db = sqlite_utils.Database(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True))
    try:
        for row in ranked_search(db, query, limit=limit):
            if as_json:
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                title = row["title"] or "-"
                if row["matched_in"] == "attachment":  # four columns still: the file is named in the title's
                    title = f"{title} [attachment: {row['attachment_url']}]"
                click.echo("\t".join([row["published"] or "-", row["province"] or "-", title, row["url"]]))
    finally:
        db.close()


@main.command()
@click.option(
    "--db",
    "db_path",
    default=Path("demo-archive/demo.db"),
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the demo archive.",
)
@click.option(
    "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port for Datasette on 127.0.0.1."
)
@click.option(
    "--serve/--no-serve",
    "serve_after",
    default=True,
    show_default=True,
    help="Serve the archive with Datasette once the crawl is done.",
)
def demo(db_path: Path, port: int, serve_after: bool) -> None:
    """Serve the bundled demo portals on 127.0.0.1, crawl them, then publish the archive."""
    from govnews.crawler.demo.run import run_demo

    run_demo(db_path, port=port, serve_after=serve_after)


@main.command()
@click.option(
    "--sources",
    "sources_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sources file to list and validate. Default: the bundled registry.",
)
@click.option("--check", is_flag=True, help="Also fetch each home page and report its HTTP status.")
def sources(sources_path: Path | None, check: bool) -> None:
    """List and validate a sources file."""
    sources_path = sources_path or DEFAULT_REGISTRY
    try:
        entries = load_sources(sources_path)
    except SourcesError as exc:
        raise UsageProblem(str(exc)) from None
    for source in entries:
        line = f"{source.id}\t{source.province or '-'}\t{source.url}"
        if check:
            from govnews.crawler.runner import probe

            line += f"\t{probe(source.url)}"
        click.echo(line)
    provinces = {s.province for s in entries if s.province}
    click.echo(f"{len(entries)} sources, {len(provinces)} provinces: {sources_path}", err=True)


@main.group()
def dist() -> None:
    """A crawl spread over processes and machines through Redis: enqueue a run's sources, start workers on any
    number of machines, run the one writer beside the archive, follow the run with status (docs/distributed.md)."""


def _redis_option(command: Any) -> Any:
    return click.option(
        "--redis",
        "redis_url",
        envvar="GOVNEWS_REDIS",
        required=True,
        metavar="URL",
        help="The run's Redis: redis://HOST:PORT/DB, redis://:PASSWORD@HOST:PORT/DB or unix:///PATH/redis.sock "
        "(default: the GOVNEWS_REDIS environment variable, which keeps a password off the process list).",
    )(command)


def _queue_option(command: Any) -> Any:
    return click.option(
        "--queue",
        default="govnews",
        show_default=True,
        callback=_check_queue,
        help="Name of the run in Redis (lower-case letters, digits, - and _): runs under different names can "
        "share one Redis.",
    )(command)


def _check_queue(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from govnews.crawler.distributed.run import Keys

    try:
        Keys(value)
    except ValueError as exc:
        raise UsageProblem(f"--queue: {exc}") from None
    return value


@dist.command(short_help="Start a run: its sites queued in Redis for the workers.")
@_redis_option
@_queue_option
@click.option(
    "--sources",
    "sources_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sources file (YAML, top-level 'sources:' list). Default: the bundled registry.",
)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="A Scrapy or govnews setting for every worker of the run (delays, budgets, GOVNEWS_DIST_CLAIM_IDLE...). "
    "Repeatable.",
)
def enqueue(redis_url: str, queue: str, sources_path: Path | None, overrides: tuple[str, ...]) -> None:
    """Start a run: one entry per site (the sources on one host are one site) for the workers to claim. A finished
    run under the same queue name is replaced; one still going on is refused (exit 3)."""
    from dataclasses import asdict

    from govnews.crawler.distributed.run import Keys, RunInProgress
    from govnews.crawler.distributed.run import enqueue as start_run
    from govnews.crawler.runner import validate_overrides

    sources_path = sources_path or DEFAULT_REGISTRY
    try:
        entries = load_sources(sources_path)
        settings = validate_overrides(overrides)
    except (SourcesError, ValueError) as exc:
        raise UsageProblem(str(exc)) from None
    sources = [{k: v for k, v in asdict(source).items() if k != "verified"} for source in entries]
    with _redis_errors():
        from govnews.crawler.distributed.connection import connect

        try:
            sites = start_run(connect(redis_url), Keys(queue), sources, settings)
        except RunInProgress as exc:
            raise ArchiveInUse(str(exc)) from None
    click.echo(f"govnews: queue {queue}: {len(sources)} sources enqueued as {sites} sites")


@dist.command(short_help="Crawl the run's sites, one worker per site at a time.")
@_redis_option
@_queue_option
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The archive (or a copy of it, with its WARC folder) that tells the crawls what earlier runs know; only "
    "read. Left out, every site is crawled as for the first time.",
)
@click.option(
    "--processes",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes to run on this machine (each crawls on one core).",
)
@click.option(
    "--sites",
    "capacity",
    default=4,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Sites each worker process crawls at once (each with its own delay).",
)
def worker(redis_url: str, queue: str, db_path: Path | None, processes: int, capacity: int) -> None:
    """Claim sites of the run and crawl them (the run's settings, the one spider), sending pages to the writer;
    exit when no site is left to crawl or to take over from a worker that died."""
    if db_path is not None:
        if not db_path.is_file():
            raise UsageProblem(f"{db_path}: no such archive (start the writer first, or leave --db out)")
        _check_archive(db_path, create=False)
    if processes > 1:
        from govnews.crawler.dist_worker import spawn_workers
        from govnews.crawler.distributed.connection import connect
        from govnews.crawler.distributed.run import Keys, load_run

        with _redis_errors():  # one line here, not one from each process
            load_run(connect(redis_url), Keys(queue))
        sys.exit(spawn_workers(redis_url, queue, db_path, capacity, processes))
    from govnews.crawler.dist_worker import run_worker

    with _redis_errors():
        click.echo(run_worker(redis_url, queue, db_path, capacity, echo=_say))


@dist.command(short_help="Write the workers' pages into the archive (one process).")
@_redis_option
@_queue_option
@click.option(
    "--db",
    "db_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Archive database (SQLite) the run is written into; created if missing. Its WARC files go beside it.",
)
def writer(redis_url: str, queue: str, db_path: Path) -> None:
    """Write the pages the workers send into the archive (the only process writing it), until every site is
    crawled and every page written; a restart after a crash redoes what was not acknowledged."""
    from govnews.archive.schema import ArchiveError
    from govnews.crawler.dist_writer import run_writer

    lock = _lock(db_path)
    try:
        _check_archive(db_path, write=True)
        with _redis_errors():
            click.echo(run_writer(redis_url, queue, db_path, echo=_say))
    except ArchiveError as exc:
        raise CrawlFailed(str(exc)) from None
    finally:
        lock.release()


@dist.command(short_help="Show a run's sites, pages and the writer's lag.")
@_redis_option
@_queue_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of lines of text.")
def status(redis_url: str, queue: str, as_json: bool) -> None:
    """Show a run: sites waiting, being crawled (by which worker, renewed how long ago) and done; pages sent per
    source; pages not yet written and how old the oldest is (the writer's lag)."""
    import json
    from dataclasses import asdict

    from govnews.crawler.distributed.connection import connect
    from govnews.crawler.distributed.run import Keys, run_state

    with _redis_errors():
        state = run_state(connect(redis_url), Keys(queue))
    if as_json:
        click.echo(json.dumps({**asdict(state), "done": state.done, "finished": state.finished}))
        return
    lag = f", oldest {state.oldest_unwritten_seconds:.1f} s" if state.oldest_unwritten_seconds is not None else ""
    click.echo(
        f"sites: {state.sites} ({state.waiting} waiting, {len(state.active)} being crawled, {state.done} done)"
        f"{'; finished' if state.finished else ''}"
    )
    click.echo(
        f"pages: {sum(state.pages.values())} sent, {state.unwritten} not yet written "
        f"({state.backlog_bytes / 1e6:.1f} MB{lag})"
    )
    for active in state.active:
        taken = f", delivered {active.deliveries} times" if active.deliveries > 1 else ""
        click.echo(f"crawling: {active.site}\t{active.consumer}\trenewed {active.idle_seconds:.1f} s ago{taken}")
    for source_id, pages in sorted(state.pages.items()):
        click.echo(f"source: {source_id}\t{pages} pages sent")


def _say(line: str) -> None:
    click.echo(line, err=True)


@contextmanager
def _redis_errors() -> Iterator[None]:
    """Redis unreachable or without the run: one line, exit 2; Redis failing under a run: one line, exit 1."""
    import redis

    from govnews.crawler.distributed.connection import RedisUnavailable, one_line
    from govnews.crawler.distributed.run import NoRun

    try:
        yield
    except (RedisUnavailable, NoRun) as exc:
        raise UsageProblem(str(exc)) from None
    except redis.RedisError as exc:
        raise CrawlFailed(f"Redis: {one_line(exc)}") from None


def _lock(db_path: Path) -> "ArchiveLock":
    """The archive's writer lock, or a one-line 'busy' error (exit 3) when another run holds it."""
    from govnews.archive.lock import ArchiveBusy, ArchiveLock

    if not db_path.parent.is_dir():
        _check_archive(db_path)  # says which folder is missing
    try:
        return ArchiveLock(db_path).acquire()
    except ArchiveBusy as exc:
        raise ArchiveInUse(str(exc)) from None


def _check_archive(db_path: Path, create: bool = True, busy_timeout: float | None = None, write: bool = False) -> None:
    """Refuse an unusable archive before anything runs; ``write`` also asks for the write lock (crawls)."""
    from govnews.archive.schema import BUSY_TIMEOUT, ArchiveError, check_writable, open_archive

    try:
        db = open_archive(db_path, create=create, busy_timeout=BUSY_TIMEOUT if busy_timeout is None else busy_timeout)
        try:
            if write:
                check_writable(db)
        finally:
            db.close()
    except ArchiveError as exc:
        raise UsageProblem(str(exc)) from None


if __name__ == "__main__":
    sys.exit(main())
