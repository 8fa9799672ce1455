"""`govnews dist`: every option explained, bad input one line on stderr and a non-zero exit, never a traceback."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from govnews.archive.lock import ArchiveLock
from govnews.crawler.cli import main
from tests.redis_server import running_redis


def dist(*args: str, redis_url: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "govnews.crawler.cli", "dist", *args]
    if redis_url is not None:
        command[5:5] = ["--redis", redis_url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def assert_one_line_error(result: subprocess.CompletedProcess, status: int, *words: str) -> None:
    assert result.returncode == status, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("govnews: error: "), result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_redis(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yml"
    path.write_text(
        "sources:\n  - id: a\n    name: A\n    url: http://127.0.0.2:9/\n  - id: b\n    name: B\n    url: http://127.0.0.3:9/\n",
        encoding="utf-8",
    )
    return path


def test_every_option_of_every_dist_command_says_what_it_is_for():
    group = main.commands["dist"]
    assert isinstance(group, click.Group) and set(group.commands) == {"enqueue", "worker", "writer", "status"}
    for command in group.commands.values():
        assert command.help
        for param in command.params:
            assert isinstance(param, click.Option) and param.help, (command.name, param.name)


def test_redis_that_cannot_be_reached_or_named(tmp_path):
    assert_one_line_error(dist("status", redis_url=f"unix://{tmp_path}/none.sock"), 2, "cannot use Redis")
    assert_one_line_error(dist("status", redis_url="ftp://x"), 2, "cannot use Redis")
    hidden = dist("status", redis_url="redis://:secret@127.0.0.1:1/0")
    assert_one_line_error(hidden, 2, "redis://:***@127.0.0.1:1/0")
    assert "secret" not in hidden.stderr


def test_bad_input_to_enqueue(redis_url, sources, tmp_path):
    missing = dist("enqueue", "--sources", str(tmp_path / "nope.yml"), redis_url=redis_url)
    assert_one_line_error(missing, 2, "no such file")
    assert_one_line_error(dist("enqueue", "--sources", str(sources), "-s", "NOPE=1", redis_url=redis_url), 2, "NOPE")
    assert_one_line_error(dist("enqueue", "--queue", "Bad Name", redis_url=redis_url), 2, "--queue")


def test_a_run_in_progress_is_not_replaced_and_is_shown(redis_url, sources):
    first = dist("enqueue", "--queue", "busy", "--sources", str(sources), redis_url=redis_url)
    assert first.returncode == 0 and "2 sources enqueued as 2 sites" in first.stdout, first.stderr
    assert_one_line_error(
        dist("enqueue", "--queue", "busy", "--sources", str(sources), redis_url=redis_url), 3, "still going on"
    )
    shown = dist("status", "--queue", "busy", redis_url=redis_url)
    assert shown.returncode == 0 and shown.stdout.startswith("sites: 2 (2 waiting, 0 being crawled, 0 done)")


def test_workers_and_writer_refuse_what_they_cannot_use(redis_url, sources, tmp_path):
    assert_one_line_error(dist("worker", "--queue", "empty", redis_url=redis_url), 2, "no run enqueued")
    several = dist("worker", "--queue", "empty", "--processes", "3", redis_url=redis_url)
    assert_one_line_error(several, 2, "no run enqueued")
    assert_one_line_error(dist("status", "--queue", "empty", redis_url=redis_url), 2, "no run enqueued")
    missing = dist("worker", "--db", str(tmp_path / "none.db"), redis_url=redis_url)
    assert_one_line_error(missing, 2, "none.db", "no such archive")
    db_path = tmp_path / "archive.db"
    lock = ArchiveLock(db_path).acquire()
    try:
        assert_one_line_error(dist("writer", "--db", str(db_path), redis_url=redis_url), 3, "another govnews run")
    finally:
        lock.release()
    assert_one_line_error(dist("writer", "--db", str(tmp_path / "no" / "a.db"), redis_url=redis_url), 2, "folder")
