"""Shared fixtures: the fixture portals served on 127.0.0.1 and one crawl of them per test session."""

from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

from govnews.crawler.demo.run import crawl_into
from govnews.crawler.demo.server import PortalServer


@dataclass
class CrawledPortals:
    server: PortalServer
    db_path: Path
    db: sqlite_utils.Database
    stdout: str
    stderr: str
    returncode: int
    # What each portal was asked for during the crawl (later tests fetch pages from the same server).
    requests: dict[str, list]


@pytest.fixture(scope="session")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> CrawledPortals:
    """All fixture portals crawled once with `govnews crawl` into a fresh archive."""
    tmp = tmp_path_factory.mktemp("crawl")
    with PortalServer() as server:
        sources = tmp / "sources.yml"
        server.write_sources(sources)
        db_path = tmp / "archive.db"
        result = crawl_into(sources, db_path)
        requests = {portal.id: server.requests(portal.id) for portal in server.portals}
        yield CrawledPortals(
            server, db_path, sqlite_utils.Database(db_path), result.stdout, result.stderr, result.returncode, requests
        )
