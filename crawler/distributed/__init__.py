"""A crawl spread over machines through Redis (docs/distributed.md): the run's sites in one stream, handed to
workers one site at a time, and the items the workers finish in another, read by the one writer of the archive.

Only the Redis side lives here (no Scrapy, no archive): `crawler/dist_worker.py` and `crawler/dist_writer.py`
put it together with the crawl and the archive.
"""
