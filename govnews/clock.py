"""One spelling of 'now' for every timestamp the archive keeps."""

from datetime import UTC, datetime


def utc_now() -> str:
    """The current UTC time, ISO 8601 to the second: '2026-12-07T01:02:03+00:00'."""
    return datetime.now(UTC).isoformat(timespec="seconds")
