"""A Scrapy DNS resolver for tests: every *.test name (RFC 2606, never a real host) is 127.0.0.1, and nothing
else resolves, so tests can give fixture sites host names without any traffic leaving the machine."""

import ipaddress
from collections.abc import Sequence

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError


class LoopbackResolver(CachingThreadedResolver):
    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred:  # noqa: N802 (Twisted)
        try:
            if ipaddress.ip_address(name).is_loopback:
                return defer.succeed(name)
        except ValueError:
            if name.endswith(".test") or name == "localhost":
                return defer.succeed("127.0.0.1")
        return defer.fail(DNSLookupError(f"{name}: only loopback and *.test names resolve in tests"))
