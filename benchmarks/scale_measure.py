"""How :mod:`scale` measures a phase: wall time, units per second and the peak resident set of the process tree.

Why apart from ``scale.py``: this is the benchmark's instrument, the same whatever phase it times (loading, generating,
localising); ``scale.py`` keeps what is measured and the tables.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager


class PeakRSS:
    """Samples the resident set of this process and its children (the process tree) in a thread."""

    def __init__(self, interval: float = 0.5):
        import psutil

        self.proc = psutil.Process()
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def rss(self) -> int:
        total = self.proc.memory_info().rss
        for c in self.proc.children(recursive=True):
            try:
                total += c.memory_info().rss
            except Exception:  # noqa: BLE001 - a child may exit between listing and reading
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.rss())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        self.peak = self.rss()
        self._t.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, self.rss())


@contextmanager
def phase(results: dict, name: str, units: int | None = None, unit: str = "units"):
    rec: dict = {}
    with PeakRSS() as mem:
        t = time.perf_counter()
        yield rec
        wall = time.perf_counter() - t
    n = rec.get("units", units)
    rec.update({"wall_s": round(wall, 2), "peak_rss_mb": round(mem.peak / 2**20)})
    if n is not None:
        rec.update({"units": n, "unit": unit, "per_s": round(n / wall, 1) if wall > 0 else None})
    results[name] = rec
    print(f"  {name:24s} {wall:8.1f} s  {rec.get('per_s') or '':>10} {unit}/s  peak {rec['peak_rss_mb']} MB", flush=True)
