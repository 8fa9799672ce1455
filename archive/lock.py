"""One writer at a time: a crawl (or a rebuild) holds ARCHIVE.db.lock for as long as it runs.

The lock is an flock(2) on a file beside the archive, so it goes away with its process, however that
process ends (Ctrl-C, SIGTERM, kill -9, the machine dying): a stale lock never blocks the next run.
"""

import fcntl
import os
from pathlib import Path
from typing import TextIO


class ArchiveBusy(Exception):
    """Another process holds the archive's lock; the message is one line."""


class ArchiveLock:
    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(f"{db_path}.lock")
        self._handle: TextIO | None = None

    def acquire(self) -> "ArchiveLock":
        handle = open(self.path, "a+")  # noqa: SIM115 (held for the life of the lock)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise ArchiveBusy(
                f"{self.path.with_suffix('')}: another govnews run (pid {holder}) is working on "
                "this archive; try again when it has finished"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
