"""Processes under limits. The parent has a zygote (crawler/attachments/zygote.py, which has imported the worker and
pdfium once) fork the child, in a session of its own, with its output in files, and keeps a wall clock: at the
deadline the whole process group, tools included, is killed. The child limits itself (address space, CPU, file size,
open files, no core) before it opens the file, and runs each tool under the same limits. Limits are set inside the
child rather than by a preexec_fn in the parent because the crawler calls from threads, where preexec_fn may
deadlock; the child has one thread, so its tools get a preexec_fn."""

import atexit
import json
import math
import os
import resource
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govnews.crawler.attachments.config import AttachmentLimits, section

MIB = 1 << 20


@dataclass(frozen=True)
class Finished:
    """How a process ended: its exit code (negative: the signal), whether the wall clock killed it, its output."""

    returncode: int
    timed_out: bool
    stdout: bytes
    stderr: str

    @property
    def signal_name(self) -> str | None:
        if self.returncode >= 0:
            return None
        try:
            return signal.Signals(-self.returncode).name
        except ValueError:
            return f"signal {-self.returncode}"

    def last_error_line(self) -> str:
        """The last non-empty line of stderr, cut to child.stderr_chars: a reason quotes it."""
        lines = [line.strip() for line in self.stderr.splitlines() if line.strip()]
        return lines[-1][: section("child")["stderr_chars"]] if lines else ""


def _set_limits(memory_mb: int, cpu_seconds: float, file_bytes: int) -> None:
    child = section("child")
    cpu = math.ceil(cpu_seconds) + child["cpu_grace_seconds"]
    for which, value in (
        (resource.RLIMIT_AS, memory_mb * MIB),
        (resource.RLIMIT_CPU, cpu),
        (resource.RLIMIT_FSIZE, file_bytes),
        (resource.RLIMIT_NOFILE, child["open_files"]),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(which, (value, value))


def limit_self(limits: AttachmentLimits) -> None:
    """The child's first act: nothing it opens afterwards can take more than the limits."""
    _set_limits(limits.memory_mb, limits.seconds, section("child")["file_mb"] * MIB)


def address_space_mb() -> float:
    """This process's address space now (VmSize), in MB: what RLIMIT_AS is measured against."""
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmSize:"))
    return int(line.split()[1]) / 1024


class Zygote:
    """One zygote process (crawler/attachments/zygote.py) and its pipes: a child forked per request, one at a time."""

    def __init__(self) -> None:
        child = section("child")
        # -P: the working directory is not put on sys.path (a folder named like a module there must not shadow it).
        # A session of its own: the terminal's Ctrl-C is the crawl's to handle; the zygote ends when its stdin closes.
        self.process = subprocess.Popen(
            [sys.executable, "-P", "-m", child["module"]],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=os.environ | child["env"],
            start_new_session=True,
            bufsize=0,
        )
        self.pending = b""

    def start(self, request: dict[str, Any]) -> int:
        """Send a request; the pid of the child forked for it."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        line = self.reply(None)
        assert line is not None
        return line

    def reply(self, seconds: float | None) -> int | None:
        """The next number the zygote writes, or None when none came within ``seconds``."""
        assert self.process.stdout is not None
        deadline = None if seconds is None else time.monotonic() + seconds
        while b"\n" not in self.pending:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not select.select([self.process.stdout], [], [], wait)[0]:
                return None
            chunk = os.read(self.process.stdout.fileno(), 64)
            if not chunk:
                raise RuntimeError(f"the attachment zygote exited ({self.process.wait()})")
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return int(line)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


# Zygotes not running a child, taken by the crawler's threads one each, started when none is idle (as many as the
# threads that extract at once); closed at exit, or by stop_zygotes when a crawl ends, so that their CPU and their
# children's is the crawl's (RUSAGE_CHILDREN counts only children that were waited for).
_idle: list[Zygote] = []
_lock = threading.Lock()


def run_child(request: dict[str, Any], workdir: Path, seconds: float) -> Finished:
    """Run the request in a child forked by a zygote, with its answer and errors in files under `workdir`; kill its
    process group after `seconds`."""
    child = section("child")
    out_path, err_path = workdir / "child.out", workdir / "child.err"
    with _lock:
        zygote = _idle.pop() if _idle else None
    zygote = zygote or Zygote()
    try:
        pid = zygote.start({**request, "answer": str(out_path), "errors": str(err_path)})
        returncode = zygote.reply(seconds)
        finished = returncode is not None
        if returncode is None:
            _kill_group(pid)
            returncode = zygote.reply(None)
            assert returncode is not None
    except BaseException:
        zygote.process.kill()
        zygote.close()
        raise
    with _lock:
        _idle.append(zygote)
    return Finished(
        returncode,
        not finished,
        _read_capped(out_path, child["result_mb"] * MIB),
        _read_tail(err_path, child["stderr_chars"] * 8),
    )


@atexit.register
def stop_zygotes() -> None:
    """Close the idle zygotes (each exits when its stdin closes) and wait for them."""
    with _lock:
        stopping, _idle[:] = list(_idle), []
    for zygote in stopping:
        zygote.close()


def run_tool(arguments: Sequence[str], workdir: Path, limits: AttachmentLimits, deadline: float, name: str) -> Finished:
    """Run one external tool from inside the child: the child's limits, the child's remaining time (less a margin
    so the child can still answer 'timeout'), stdout captured to a file capped by RLIMIT_FSIZE."""
    child = section("child")
    remaining = deadline - time.monotonic() - child["tool_margin_seconds"]
    if remaining <= 0:
        return Finished(-signal.SIGKILL, True, b"", "")
    cap = child["tool_output_mb"] * MIB
    out_path, err_path = workdir / f"{name}.out", workdir / f"{name}.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        try:
            proc = subprocess.Popen(
                arguments,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                env=os.environ | child["env"],
                preexec_fn=_tool_limits(limits.memory_mb, remaining, cap),  # the child has no other thread
            )
        except OSError as exc:  # the tool is not installed
            return Finished(127, False, b"", str(exc))
        try:
            returncode = proc.wait(timeout=remaining)
            timed_out = False
        except subprocess.TimeoutExpired:
            proc.kill()
            returncode = proc.wait()
            timed_out = True
    return Finished(returncode, timed_out, _read_capped(out_path, cap), _read_tail(err_path, child["stderr_chars"] * 8))


def _tool_limits(memory_mb: int, seconds: float, file_bytes: int) -> Callable[[], None]:
    return lambda: _set_limits(memory_mb, seconds, file_bytes)


def _kill_group(pid: int) -> None:
    """Kill whatever the child left running (a tool it was waiting for when it was stopped)."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _read_capped(path: Path, cap: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(cap)


def _read_tail(path: Path, chars: int) -> str:
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - chars))
        return handle.read().decode("utf-8", errors="replace")
