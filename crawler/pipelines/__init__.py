"""The Scrapy item pipelines (ITEM_PIPELINES): the page stages, deduplication, the archive."""
