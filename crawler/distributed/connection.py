"""One Redis URL names the server of a run (redis://, rediss://, unix://); an unreachable one is a one-line error."""

from urllib.parse import urlsplit, urlunsplit

import redis

# Every reply and field stays bytes: page bodies are binary, and the rest is decoded where it is read.
SOCKET_TIMEOUT = 30.0


class RedisUnavailable(Exception):
    """Redis cannot be reached or answered with an error; the message is one line."""


def connect(url: str) -> redis.Redis:
    """A client for ``url``, checked with a PING; RedisUnavailable (one line, no password) when it fails."""
    try:
        client = redis.Redis.from_url(url, socket_timeout=SOCKET_TIMEOUT, socket_connect_timeout=10)
        client.ping()
    except (redis.RedisError, ValueError, OSError) as exc:
        raise RedisUnavailable(f"{shown(url)}: cannot use Redis: {one_line(exc)}") from None
    return client


def shown(url: str) -> str:
    """``url`` with its password masked, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
