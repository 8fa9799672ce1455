"""The source registry: sources.yml, the portals govnews crawls (see crawler.sources)."""
