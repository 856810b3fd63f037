"""The JVM under the embedded store: its heap, its stderr at start, and who owns Ctrl-C and SIGTERM."""

from __future__ import annotations

import contextlib
import os
import re
import signal

from proda.graphdb.errors import StoreError


@contextlib.contextmanager
def _quiet_stderr():
    try:
        saved = os.dup(2)
    except OSError:  # no fd 2 (e.g. a daemon): nothing to silence
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)



_HEAP = re.compile(r"(\d+)([kmg])", re.IGNORECASE)
MIN_HEAP_MB = 256  # below this the JVM spends minutes in OutOfMemoryError before failing


def heap_mb(setting: str) -> int | None:
    """Megabytes of a ``6g`` / ``512m`` heap setting; None when it is not one."""
    m = _HEAP.fullmatch(setting.strip())
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2).lower()
    return {"k": n // 1024, "m": n, "g": n * 1024}[unit]


def jvm_heap(setting: str) -> str:
    """The JVM's -Xmx: ``auto`` is a quarter of physical memory within 2-8 GiB.

    2 GiB (the old fixed default) left a 228k-concept load spending most of a minute in garbage collection.
    """
    if setting.strip().lower() != "auto":
        mb = heap_mb(setting)
        if mb is None or mb < MIN_HEAP_MB:
            raise StoreError(f"store.heap {setting!r}: expected 'auto' or a size of at least {MIN_HEAP_MB}m "
                             "such as '512m' or '6g'")
        return setting.strip()
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return "2g"
    return f"{max(2, min(8, total // 4 // 2**30))}g"


# C1 only, for an ingest: its store queries are too few for the optimising C2 compiler to pay back its own work --
# its compiler thread used 12 of the 65 CPU-seconds of the ingest process on a 150k-word ingest, and with C1 only
# that process needed 52 (benchmarks/ingest_phases.py, 2026-12-01).  Not for every command: localising 16k failed
# items (benchmarks/scale.py at 0.1, a long hot loop of reads) took 65 s with C1 only against 46 s with C2 in the
# same hour.  What is written is the same: only how the JVM compiles its own code changes.
QUICK_JIT = ("-XX:TieredStopAtLevel=1",)
_JIT_FLAGS = ("TieredStopAtLevel", "TieredCompilation")
_QUICK = {"on": False}  # set by prefer_quick_jit() before the process starts its JVM


def prefer_quick_jit() -> None:
    """Start this process's JVM (when it is started later) with C1 only: ``proda ingest`` and its benchmarks."""
    _QUICK["on"] = True


def jit_args(env: str | None = None) -> list[str]:
    """:data:`QUICK_JIT` when :func:`prefer_quick_jit` was called, unless ``ARCADEDB_JVM_ARGS`` sets the compilers
    itself (``-XX:TieredStopAtLevel=4`` keeps both); arcadedb_embedded puts that variable before our flags, which
    would otherwise override it."""
    env = os.environ.get("ARCADEDB_JVM_ARGS", "") if env is None else env
    return list(QUICK_JIT) if _QUICK["on"] and not any(f in env for f in _JIT_FLAGS) else []


def _python_signals() -> dict:
    return {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}


def _restore_signals(saved: dict) -> None:
    """Give Ctrl-C and SIGTERM back to Python after the JVM started (it installs its own handlers)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return
    for sig, handler in saved.items():
        with contextlib.suppress(ValueError, OSError, TypeError):
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
