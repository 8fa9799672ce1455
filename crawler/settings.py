"""Every Scrapy and govnews setting in one place; override any of them with ``govnews crawl -s NAME=VALUE``."""

BOT_NAME = "govnews"
SPIDER_MODULES = ["govnews.spiders"]
NEWSPIDER_MODULE = "govnews.spiders"

# An honest User-Agent naming the project and where to read about it.
USER_AGENT = "govnews/0.1 (+https://github.com/govnews/govnews; archive of Vietnamese government news)"

# Politeness: government servers are small. Fast only when the user asks (-s DOWNLOAD_DELAY=0 on loopback).
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
# A run never outlasts this many seconds, whatever the servers do (a daily cron run never meets the next).
CLOSESPIDER_TIMEOUT = 12 * 3600
# Browsers follow 20 redirects; moved portals chain old paths through many (Scrapy's default is 20 too).
REDIRECT_MAX_TIMES = 20
COOKIES_ENABLED = False
# No control port: Scrapy's telnet console and its remote-control HTTP server both run code sent to them, and an
# unattended crawler on a shared server must not listen for that (tests/test_no_control_port.py checks no socket).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
# Our own link budget and hop counter replace Scrapy's depth middleware (pagination must not count as depth).
DEPTH_LIMIT = 0
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "govnews.crawler.scheduler.NamedCallbacksDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
# Pending requests wait on disk beside the archive, not in memory (crawler/scheduler.py).
SCHEDULER = "govnews.crawler.scheduler.DiskFrontierScheduler"
# A callback's output (one page item, its links) is handled by this many tasks, not Scrapy's 100 per response.
CONCURRENT_ITEMS = 16
# Responses (by body size) held while the pipelines catch up, before downloads pause: each held page is its body,
# its text and the item's copy of it (Scrapy's default 5 MB made about 90 pages, ~20 MB).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 2_000_000
# The spider never requests a URL twice (its own `seen` set); Scrapy's duplicate filter would only drop
# redirects back to a seen URL silently, so that a redirect loop or a moved page left no row in `pages`.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
# Let error responses reach the spider so that every fetched URL is recorded in `pages`.
HTTPERROR_ALLOW_ALL = True
# Scrapy reads a callback's source (inspect.getsource, ast.parse) to warn of a generator that returns a value, and
# forgets it once the requests holding that callback are gone: on a 1,000-page crawl it read parse() again about
# 90 times, a few ms of CPU each. The spider's callbacks return no value.
WARN_ON_GENERATOR_RETURN_VALUE = False

DOWNLOADER_MIDDLEWARES = {
    # Our RobotsMiddleware obeys the robots.txt the spider reads first (one fetch per site, RFC 9309 5xx).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "govnews.crawler.middlewares.RobotsMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "govnews.crawler.middlewares.BackoffRetryMiddleware": 550,
    # After RedirectMiddleware (600), whose new request would otherwise keep the answer from reaching it.
    "govnews.crawler.middlewares.CrawlDelayMiddleware": 950,
    # After decompression (590), before anything reads the text.
    "govnews.crawler.middlewares.CharsetMiddleware": 585,
    # After DownloadTimeoutMiddleware (350) has set each request's timeout.
    "govnews.crawler.middlewares.RunBudgetMiddleware": 360,
}

# Stop at the first failed archive write (disk full, lock held too long) instead of fetching for nothing.
EXTENSIONS = {
    "govnews.crawler.extensions.ArchiveGuard": 500,
    "govnews.crawler.progress.ProgressLine": 510,
}

ITEM_PIPELINES = {
    # The page stages of crawler/stages.py, inline or in GOVNEWS_WORKERS processes
    "govnews.crawler.pipelines.pages.PagePipeline": 100,
    "govnews.crawler.pipelines.dedupe.DedupePipeline": 800,
    # Attachments: files of on-topic articles followed, fetched files read (crawler/attachments)
    "govnews.crawler.pipelines.attachments.AttachmentPipeline": 850,
    "govnews.crawler.pipelines.store.StorePipeline": 900,
}

# --- govnews settings -------------------------------------------------------------------------------
# The sources file and the archive (the CLI sets both from --sources / --db).
GOVNEWS_SOURCES = None
GOVNEWS_DB = None
# Link hops from the home page; pagination links do not count as a hop.
GOVNEWS_MAX_DEPTH = 6
# Pages fetched per source at most (a source's `max_pages` overrides it).
GOVNEWS_MAX_PAGES_PER_SOURCE = 5000
# At most this many URLs of one shape that differ only in a date (calendars, archives) per source.
GOVNEWS_MAX_DATE_VARIANTS = 8
# Pages of one listing followed through pagination at most.
GOVNEWS_MAX_LISTING_PAGES = 200
# Pagination stops after this many pages in a row that link to nothing new (past its end, many portals serve
# the last page again for any page number).
GOVNEWS_MAX_STALE_PAGES = 3
# Topic: the lexicon file (None = the bundled gender-equality lexicon, which decides with its trained classifier
# topic_gender.model.json; a file of your own decides alone unless a <name>.model.json sits beside it) and the
# lexicon score an article needs (docs/topic.md).
GOVNEWS_TOPIC_FILE = None
GOVNEWS_TOPIC_THRESHOLD = None
# Articles written to SQLite per transaction.
GOVNEWS_BATCH_SIZE = 50
# HTML pages larger than this are not handed to extraction (their links are still followed).
GOVNEWS_MAX_HTML_BYTES = 3 * 1024 * 1024
# Minimum characters of extracted body for a page to count as an article.
GOVNEWS_MIN_ARTICLE_CHARS = 250
# robots.txt Crawl-delay is honoured up to this many seconds between requests to one site.
GOVNEWS_MAX_CRAWL_DELAY = 60.0

# --- recrawls (docs/recrawl.md) ---------------------------------------------------------------------
# A known article page is fetched again (conditionally) once its copy is this many days old.
GOVNEWS_REVISIT_DAYS = 30.0
# Younger articles are revisited sooner, since news is edited in its first days: {age in days: revisit after
# days}, youngest first; older than every age here, GOVNEWS_REVISIT_DAYS. Age counts from the publication date.
# Cost, for a portal publishing 3 articles a day: about 40 conditional requests a night (mostly 304s).
GOVNEWS_REVISIT_RECENT = {2: 1.0, 14: 3.0, 60: 7.0}
# Listing pages that hold only known articles followed through pagination on a recrawl.
GOVNEWS_RECRAWL_STALE_PAGES = 1
# Fetch every page again, with no validators (after an extraction change, say).
GOVNEWS_RECRAWL_FORCE = False
# WARC files are rotated at this size.
GOVNEWS_WARC_MAX_BYTES = 1024 * 1024 * 1024
# Retries wait GOVNEWS_RETRY_BACKOFF x 2^(n-1) seconds, or the server's Retry-After, at most GOVNEWS_MAX_RETRY_AFTER.
GOVNEWS_RETRY_BACKOFF = 2.0
GOVNEWS_MAX_RETRY_AFTER = 120.0
# A robots.txt answering 5xx/429 is asked again only if the server's Retry-After is at most this many seconds; a
# longer one leaves the site disallowed for this run (RFC 9309 2.3.1.4) instead of holding the run open.
GOVNEWS_ROBOTS_MAX_RETRY_AFTER = 10.0
# A run's pending requests wait in ARCHIVE.frontier/ (removed when the run ends) instead of in memory, where a
# large sitemap's would take 1-2 KB each.
GOVNEWS_FRONTIER_ON_DISK = True
# Where they wait instead, when set (a distributed worker gives each of its site crawls a folder of its own).
GOVNEWS_FRONTIER_DIR = None
# Seconds to wait for another process's lock on the archive before giving up with an error.
GOVNEWS_DB_BUSY_TIMEOUT = 30.0
# Seconds between progress lines when the crawl runs on a terminal (0: none).
GOVNEWS_PROGRESS_SECONDS = 2.0
# --- attachments (docs/attachments.md) ------------------------------------------------------------------
# Files linked from on-topic articles (plans, decisions, reports as PDF, DOC, DOCX, XLS) are fetched, their type
# sniffed from their first bytes, and their text archived in `attachments` (False: links are recorded only).
GOVNEWS_ATTACHMENTS = True
# Files followed from one article, and from one source in one run, at most.
GOVNEWS_ATTACHMENTS_PER_ARTICLE = 10
GOVNEWS_ATTACHMENTS_PER_SOURCE = 500
# A file larger than this is not downloaded (its link says 'too_large').
GOVNEWS_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
# Read the text of scanned PDFs with tesseract (slow: seconds a page); off, they are marked 'scanned'.
GOVNEWS_ATTACHMENT_OCR = False
# Files read at once, each in a child process with the limits below.
GOVNEWS_ATTACHMENT_WORKERS = 2
# Per file: wall seconds, memory (MB, the child's address space) and PDF pages read; None = the defaults of
# crawler/attachments/attachments.yml (30 s, 1024 MB, 300 pages).
GOVNEWS_ATTACHMENT_SECONDS = None
GOVNEWS_ATTACHMENT_MEMORY_MB = None
GOVNEWS_ATTACHMENT_MAX_PAGES = None
# Worker processes that understand pages (extraction, dates, topic...): "auto" = one per core the process may use
# (none on a one-core machine, where they would only add overhead), 0 = in the crawl process, N = that many.
GOVNEWS_WORKERS = "auto"

# --- distributed crawl (docs/distributed.md) ---------------------------------------------------------------
# Set with `govnews dist enqueue -s NAME=VALUE`: every worker of the run applies the run's settings.
# A site whose worker has not renewed its claim for this many seconds is taken over by another worker (a worker
# renews every fifth of it while it crawls): a worker killed with -9 holds its sites this long at most.
GOVNEWS_DIST_CLAIM_IDLE = 60.0
# Workers pause (and so stop fetching) while the pages sent and not yet written by the writer take this many
# megabytes of Redis's memory.
GOVNEWS_DIST_MAX_BACKLOG_MB = 256.0
# Where a worker's crawl sends its pages: the Redis URL and queue name (`govnews dist worker` sets both).
GOVNEWS_DIST_REDIS = None
GOVNEWS_DIST_QUEUE = "govnews"
