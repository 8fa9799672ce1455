"""A live progress line while a crawl runs on a terminal; silent under cron (stderr not a terminal)."""

import sys
from typing import Any

from scrapy import signals
from twisted.internet import task


class ProgressLine:
    """Every GOVNEWS_PROGRESS_SECONDS, rewrite one stderr line: requests, pages, articles, errors."""

    def __init__(self, crawler: Any, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ProgressLine":
        line = cls(crawler, crawler.settings.getfloat("GOVNEWS_PROGRESS_SECONDS"))
        if line.interval > 0 and sys.stderr.isatty():
            crawler.signals.connect(line.spider_opened, signal=signals.spider_opened)
            crawler.signals.connect(line.spider_closed, signal=signals.spider_closed)
        return line

    def spider_opened(self) -> None:
        self.loop = task.LoopingCall(self.show)
        self.loop.start(self.interval, now=False)

    def show(self) -> None:
        stats = self.crawler.stats
        counts = stats.get_value("item_scraped_count", 0)
        sys.stderr.write(
            f"\rgovnews: {stats.get_value('downloader/request_count', 0)} requests, {counts} pages, "
            f"{stats.get_value('downloader/response_status_count/304', 0)} not modified, "
            f"{stats.get_value('govnews/skipped', 0)} known articles skipped  "
        )
        sys.stderr.flush()

    def spider_closed(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
            sys.stderr.write("\n")
