"""What a benchmark ran on, and how much memory a process used at its peak."""
from __future__ import annotations

import datetime as dt
import os
import platform
import resource
import subprocess
import threading
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("corpus-bot", "numpy", "bm25s", "tantivy", "PyStemmer", "rapidfuzz", "matplotlib")

# Single-threaded numeric libraries in every child, so neither engine gets a second core the
# other does not: the machine has two, and a shared one at that.
SINGLE_THREAD_ENV = {
    name: "1"
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                 "NUMEXPR_NUM_THREADS", "NUMBA_NUM_THREADS", "RAYON_NUM_THREADS")
}


def child_env() -> dict[str, str]:
    """The environment of a measured child: one thread, and the repository importable."""
    env = dict(os.environ, **SINGLE_THREAD_ENV)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return env


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MiB (VmHWM; ru_maxrss where no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _rss_kb(pid: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: str) -> list[str]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += task.read_text().split()
        except OSError:
            continue
    return found


class TreeMemory:
    """The peak resident memory of this process and its child processes together, in MiB.

    A build may run worker processes, whose memory VmHWM of the parent does not count. A
    thread sums the resident memory of the whole process tree every 20 ms; the peak reported
    is the highest sum seen, and never less than this process's own high-water mark."""

    INTERVAL = 0.02

    def __init__(self):
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self.INTERVAL):
            tree, total = [str(os.getpid())], 0
            while tree:
                pid = tree.pop()
                total += _rss_kb(pid)
                tree += _children(pid)
            self.peak_kb = max(self.peak_kb, total)

    @property
    def peak_mb(self) -> float:
        return max(self.peak_kb / 1024, peak_rss_mb())


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 ** 2, 1)
    except OSError:
        pass
    return None


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=REPO_ROOT,
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def machine_info() -> dict:
    return {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "cpu": _cpu_model(),
        "ram_gb": _ram_gb(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "packages": {p: _version(p) for p in PACKAGES},
        "git_commit": _git_commit(),
    }


def machine_line(machine: dict) -> str:
    """One line under a results table: when, on what, at which commit."""
    return (f"{machine['date']} · {machine['cpu']} · {machine['nproc']} cores · {machine['ram_gb']} GB RAM"
            f" · Python {machine['python']} · commit {machine['git_commit']}")
