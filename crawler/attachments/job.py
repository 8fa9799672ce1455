"""One extraction as the child sees it: the body's file, its limits and deadline, the tools it may run, and the
two ways an extractor ends (an Extracted text, or a Failure with a status)."""

import time
from dataclasses import dataclass
from pathlib import Path

from govnews.crawler.attachments.config import AttachmentLimits, section
from govnews.crawler.attachments.sandbox import Finished, run_tool


class Failure(Exception):
    """An extraction that ends without text: 'encrypted', 'scanned', 'timeout', 'too_large' or 'error'."""

    def __init__(self, status: str, reason: str, pages: int | None = None, extractor: str | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.pages = pages
        self.extractor = extractor


@dataclass
class Extracted:
    text: str
    extractor: str
    pages: int | None = None
    legacy_encoding: str | None = None
    ocr: bool = False
    ocr_confidence: float | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Job:
    path: Path
    workdir: Path
    limits: AttachmentLimits
    deadline: float  # time.monotonic() by which the child must have answered

    def check_time(self, what: str) -> None:
        """Between pages: stop with 'timeout' before the parent's clock kills the child without an answer."""
        if time.monotonic() >= self.deadline:
            raise Failure("timeout", f"{self.limits.seconds:g} s spent before {what}")

    def tool(self, name: str, **values: object) -> Finished:
        """Run tools.<name> from attachments.yml with {input}, {pages}... filled in; a tool out of time ends the
        extraction with 'timeout'."""
        values = {"input": self.path, **values}
        arguments = [part.format(**values) for part in section("tools")[name]]
        finished = run_tool(arguments, self.workdir, self.limits, self.deadline, name)
        if finished.timed_out:
            raise Failure("timeout", f"{name} ran past the {self.limits.seconds:g} s limit")
        return finished
