"""Processes under limits. The parent starts the child (`python -m ...worker`) in a session of its own, with its
output in files and a wall clock: at the deadline the whole process group, tools included, is killed. The child
limits itself (address space, CPU, file size, open files, no core) before it imports an extractor, and runs each
tool under the same limits. Limits are set inside the child rather than by a preexec_fn in the parent because the
crawler calls from threads, where preexec_fn may deadlock; the child has one thread, so its tools get a preexec_fn."""

import math
import os
import resource
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from govnews.crawler.attachments.config import AttachmentLimits, section

MIB = 1 << 20
_POLL_SECONDS = 0.01


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


def child_command(request: str) -> list[str]:
    # -P: the working directory is not put on sys.path (a folder named like a module there must not shadow it).
    return [sys.executable, "-P", "-m", section("child")["module"], request]


def run_child(command: Sequence[str], workdir: Path, seconds: float) -> Finished:
    """Run the child with its answer and errors in files under `workdir`; kill its process group after `seconds`."""
    child = section("child")
    env = os.environ | child["env"]
    out_path, err_path = workdir / "child.out", workdir / "child.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True, env=env, cwd=workdir
        )
        finished = _wait_unreaped(proc.pid, seconds)
        _kill_group(proc.pid)
        returncode = proc.wait()
    return Finished(
        returncode,
        not finished,
        _read_capped(out_path, child["result_mb"] * MIB),
        _read_tail(err_path, child["stderr_chars"] * 8),
    )


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


def _wait_unreaped(pid: int, seconds: float) -> bool:
    """Wait for the child to exit without reaping it, so its process group id cannot be reused before the group is
    killed. True if it exited within `seconds`."""
    try:
        handle = os.pidfd_open(pid)
    except OSError:  # Linux before 5.3: poll instead
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                return True
            time.sleep(_POLL_SECONDS)
        return False
    try:
        ready, _, _ = select.select([handle], [], [], max(0.0, seconds))
        return bool(ready)
    finally:
        os.close(handle)


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
