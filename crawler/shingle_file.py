"""The word shingles of a run's articles on disk, for the near-duplicate check of crawler/dedupe.py.

Only articles of one source with the same title and publication day are ever compared, and such pairs are rare; yet
every article's shingles must be at hand when its twin arrives. Held in memory (4 bytes a shingle, about 700 an
article) they were what grew most with a crawl: 4.3 KB an article with their groups, 86 MB of a 20,000-article
crawl. Written once to an unnamed file and read back only for a comparison, they cost the crawl a write per article.
"""

import os
import tempfile
from array import array
from pathlib import Path

_SIZE_BITS = 32


class ShingleFile:
    """(key, shingles) records appended to an unnamed temporary file (gone when closed, or when the process dies);
    each record is named by an int handle, its offset and size."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self._file = tempfile.TemporaryFile(dir=directory, buffering=0)
        self._end = 0

    def add(self, key: bytes, shingles: frozenset[int]) -> int:
        """Write one record; its handle."""
        record = len(key).to_bytes(4, "little") + key + array("I", shingles).tobytes()
        if os.pwrite(self._file.fileno(), record, self._end) != len(record):
            raise OSError(f"{self._file.name}: short write of a shingle record (disk full?)")
        handle = self._end << _SIZE_BITS | len(record)
        self._end += len(record)
        return handle

    def read(self, handle: int) -> tuple[bytes, frozenset[int]]:
        """The key and the shingles of the record ``handle`` names."""
        record = os.pread(self._file.fileno(), handle & (1 << _SIZE_BITS) - 1, handle >> _SIZE_BITS)
        key_end = 4 + int.from_bytes(record[:4], "little")
        shingles = array("I")
        shingles.frombytes(record[key_end:])
        return record[4:key_end], frozenset(shingles)

    def close(self) -> None:
        self._file.close()
