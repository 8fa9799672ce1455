"""Serve an archive with Datasette: read-only connections, our metadata, settings and templates, loopback only.

Not ``--immutable``: a crawl may be writing the archive (WAL) and immutable mode would serve stale rows.
Datasette reads through ``mode=ro`` connections and runs no write plugins, so the web side cannot write.
The database is named after the file stem (``archive.db`` -> ``/archive``); the govnews_search plugin applies
the archive's metadata under whatever that name is.
"""

import signal
import subprocess
import sys
from pathlib import Path

import yaml

from govnews.archive.schema import open_archive

HERE = Path(__file__).resolve().parent
METADATA = HERE / "metadata.yml"
SETTINGS = HERE / "settings.yml"
TEMPLATES = HERE / "templates"
STOP_TIMEOUT_S = 10


def _setting_args() -> list[str]:
    args: list[str] = []
    for name, value in yaml.safe_load(SETTINGS.read_text(encoding="utf-8")).items():
        if isinstance(value, bool):
            value = "on" if value else "off"
        args += ["--setting", name, str(value)]
    return args


def datasette_command(db_path: str | Path, port: int, host: str = "127.0.0.1") -> list[str]:
    """The command line that serves ``db_path`` on ``host:port`` (run it with subprocess)."""
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(METADATA),
        "--template-dir",
        str(TEMPLATES),
        *_setting_args(),
    ]


def serve(db_path: str | Path, port: int, host: str = "127.0.0.1") -> int:
    """Check (and migrate) the archive, then run Datasette on ``host:port`` until stopped; return its exit code.

    Ctrl-C or SIGTERM stop Datasette too, so no server is left behind. Call it from the main thread.
    """
    open_archive(db_path, create=False).close()
    process = subprocess.Popen(datasette_command(db_path, port, host))
    previous = signal.signal(signal.SIGTERM, lambda *_: process.terminate())
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        try:
            return process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()
    finally:
        signal.signal(signal.SIGTERM, previous)
