"""govnews: crawl Vietnamese government news portals into a searchable SQLite archive."""

__version__ = "0.1.0"
