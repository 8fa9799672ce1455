"""The process every extraction child is forked from: `python -P -m govnews.crawler.attachments.zygote`.

Starting a fresh interpreter and importing the worker and pdfium was most of a small file's cost (89 of about 95 ms
of CPU for a one-page PDF); a fork of a process that has done it once costs a few. The zygote reads one request a
line on stdin, forks a child that runs it (crawler/attachments/worker.py `run_forked`: a session of its own, its
limits, the answer and stderr in files), writes the child's pid, waits for it to exit without reaping it, kills what
is left of its process group (tools), reaps it and writes its exit code (negative: the signal). It runs one child at a
time and holds no file's data between requests; it exits when its stdin closes."""

import json
import os
import signal
import sys
from importlib import import_module

from govnews.crawler.attachments import worker
from govnews.crawler.attachments.config import install, section


def main() -> int:
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    for line in requests:
        request = json.loads(line)
        install(request["config"])
        for module in section("child")["preload"]:
            import_module(module)  # once: already imported the next time
        pid = os.fork()
        if pid == 0:
            try:
                worker.run_forked(request)
            finally:
                os._exit(70)  # run_forked never returns; this is for an exception escaping it
        replies.write(f"{pid}\n".encode())
        replies.flush()
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: its group id stays its own
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        _, status = os.waitpid(pid, 0)
        replies.write(f"{os.waitstatus_to_exitcode(status)}\n".encode())
        replies.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
