"""Benchmarks of govnews: pipeline throughput and its limit, memory, archive search latency, recrawl cost.

`make bench` / `make bench-quick` run ``python -m benchmarks.run``; docs/benchmarks.md has the numbers.
"""
