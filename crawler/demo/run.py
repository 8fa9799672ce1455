"""`govnews demo`: the bundled portals, crawled offline into an archive, then published."""

import subprocess
import sys
from pathlib import Path

import click

# Loopback portals answer instantly and are ours: crawl them fast. Real portals get the polite defaults.
DEMO_SETTINGS = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS_PER_DOMAIN=4",
    "GOVNEWS_MAX_CRAWL_DELAY=0.05",
    "LOG_LEVEL=WARNING",
    # The demo and the tests crawl a few hundred pages: worker processes would cost more to start than they save.
    "GOVNEWS_WORKERS=0",
)


def crawl_command(sources: Path, db_path: Path, extra: tuple[str, ...] = ()) -> list[str]:
    """`govnews crawl` of ``sources`` into ``db_path`` with the demo's loopback settings, ``extra`` on top."""
    command = [sys.executable, "-m", "govnews.crawler.cli", "crawl", "--sources", str(sources), "--db", str(db_path)]
    for setting in (*DEMO_SETTINGS, *extra):
        command += ["-s", setting]
    return command


def crawl_into(
    sources: Path, db_path: Path, extra: tuple[str, ...] = (), capture: bool = True
) -> subprocess.CompletedProcess:
    """Run `govnews crawl` with the demo settings in a child process (Scrapy's reactor runs once a process)."""
    return subprocess.run(crawl_command(sources, db_path, extra), capture_output=capture, text=True, check=False)


def run_demo(db_path: Path, port: int, serve_after: bool) -> None:
    """Serve the demo portals on 127.0.0.1, crawl them into ``db_path``, then serve it with Datasette."""
    from govnews.crawler.demo.server import PortalServer

    db_path.parent.mkdir(parents=True, exist_ok=True)
    sources_path = db_path.with_name("demo-sources.yml")
    with PortalServer() as portals:
        portals.write_sources(sources_path)
        for portal in portals.portals:
            click.echo(f"portal {portal.id:16} {portal.url}  ({portal.name})")
        result = crawl_into(sources_path, db_path, capture=False)
        if result.returncode != 0:
            raise click.ClickException(f"the demo crawl failed (exit {result.returncode})")
        if not serve_after:
            return
        from govnews.datasette_config.serve import serve

        click.echo(f"Datasette: http://127.0.0.1:{port}/  (Ctrl-C to stop)")
        serve(db_path, port=port)
