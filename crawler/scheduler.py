"""Scrapy's scheduler with the frontier on disk: the pending requests of a run wait in a folder beside the archive.

The frontier is the part of a crawl's memory that grows with a site: a sitemap hands over every URL at once,
and a pending Request (its meta, headers, callbacks) is 1-2 KB of heap. Scrapy keeps them on disk only with
JOBDIR, which also resumes a stopped job; govnews resumes through its archive instead (docs/recrawl.md), so the
folder belongs to one run: emptied when the run opens (a killed run's leftovers) and removed when it closes.
Only one crawl runs on an archive at a time (archive/lock.py), so the folder needs no unique name; the site crawls
of a distributed worker, which share an archive read-only, each get their own (GOVNEWS_FRONTIER_DIR).
A user who sets JOBDIR gets Scrapy's own behaviour.
"""

import shutil
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.core.scheduler import Scheduler
from scrapy.squeues import PickleFifoDiskQueue
from twisted.internet.defer import Deferred


def frontier_folder(db_path: str | Path) -> Path:
    """Where a run's pending requests wait: beside the archive, 'archive.db' -> 'archive.frontier/'."""
    return Path(db_path).with_suffix(".frontier")


class DiskFrontierScheduler(Scheduler):
    frontier: Path | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DiskFrontierScheduler":
        scheduler = super().from_crawler(crawler)
        db_path = crawler.settings.get("GOVNEWS_DB")
        folder = crawler.settings.get("GOVNEWS_FRONTIER_DIR") or (db_path and frontier_folder(db_path))
        if scheduler.dqdir is None and folder and crawler.settings.getbool("GOVNEWS_FRONTIER_ON_DISK"):
            scheduler.frontier = Path(folder)
            shutil.rmtree(scheduler.frontier, ignore_errors=True)
            scheduler.dqdir = scheduler._dqdir(str(scheduler.frontier))
        return scheduler

    def close(self, reason: str) -> Deferred[None] | None:
        closed = super().close(reason)
        if self.frontier is not None:
            shutil.rmtree(self.frontier, ignore_errors=True)
        return closed


class NamedCallbacksDiskQueue(PickleFifoDiskQueue):  # type: ignore[valid-type,misc]  # made by a function
    """Scrapy's pickled FIFO disk queue, naming a request's callback and errback by the method's own name.

    Request.to_dict finds each name with inspect.getmembers over the whole spider: twice a request pushed, a tenth
    of the crawl process's own work on a page of links (issue #14's profile). A bound method of the spider is
    named by its __name__ here, checked against the spider's attribute of that name; the queue's entries are what
    to_dict makes, and Scrapy's request_from_dict reads them back."""

    def push(self, request: Request) -> None:
        entry = request.replace(callback=None, errback=None).to_dict(spider=self.spider)
        entry["callback"], entry["errback"] = self._name(request.callback), self._name(request.errback)
        super(PickleFifoDiskQueue, self).push(entry)  # type: ignore[misc]  # the pickling queue beneath to_dict

    def _name(self, method: Any) -> Any:
        if not callable(method):
            return method  # None, or a name already
        name = getattr(method, "__name__", "")
        if getattr(getattr(self.spider, name, None), "__func__", None) is not getattr(method, "__func__", object()):
            raise ValueError(f"{method!r} is not a method of {self.spider!r}: a request on disk names its callback")
        return name
