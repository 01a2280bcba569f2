"""How many attributions the whole server (every gunicorn worker) is running or holding, in shared memory.

gunicorn.conf.py installs the table in the master before it forks; each worker claims a row after
the fork and counts its admitted requests there, and the master clears a worker's row when the
worker exits (a killed worker's requests do not keep counting). Without gunicorn (tests, a plain
Flask server) nothing is installed and each process counts only itself.
"""
from __future__ import annotations

import multiprocessing
import os

_table: "SharedTable | None" = None
_row: int | None = None


class SharedTable:
    """One row per worker: its pid and how many attributions it has admitted."""

    def __init__(self, rows: int):
        """Allocate the shared rows (before the fork)."""
        self.lock = multiprocessing.Lock()
        self.pids = multiprocessing.RawArray("q", rows)
        self.counts = multiprocessing.RawArray("i", rows)

    def claim(self, pid: int) -> int:
        """Take a free row for pid (a row whose worker has gone, or an empty one)."""
        with self.lock:
            for row, owner in enumerate(self.pids):
                if owner in (0, pid) or not alive(owner):
                    self.pids[row], self.counts[row] = pid, 0
                    return row
        raise RuntimeError("more gunicorn workers than admission rows; raise the rows in gunicorn.conf.py")

    def clear(self, pid: int) -> None:
        """Forget a worker that exited."""
        with self.lock:
            for row, owner in enumerate(self.pids):
                if owner == pid:
                    self.pids[row], self.counts[row] = 0, 0

    def try_add(self, row: int, limit: int) -> bool:
        """Count one more admitted attribution in row unless the server already holds limit."""
        with self.lock:
            if sum(self.counts) >= limit:
                return False
            self.counts[row] += 1
            return True

    def remove(self, row: int) -> None:
        """Count one attribution less in row."""
        with self.lock:
            self.counts[row] = max(0, self.counts[row] - 1)

    def total(self) -> int:
        """Attributions admitted across the server."""
        return sum(self.counts)

    def another_idle(self, row: int) -> bool:
        """True when this row holds work and another live worker's row holds none."""
        if self.counts[row] == 0:
            return False
        return any(owner and other != row and self.counts[other] == 0 for other, owner in enumerate(self.pids))


def alive(pid: int) -> bool:
    """True while a process with this pid exists."""
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def install(rows: int) -> None:
    """Create the shared table (in the gunicorn master, before forking)."""
    global _table
    _table = SharedTable(rows)


def claim_row(pid: int) -> None:
    """Take this worker's row (gunicorn post_fork)."""
    global _row
    if _table is not None:
        _row = _table.claim(pid)


def release_worker(pid: int) -> None:
    """Clear an exited worker's row (gunicorn child_exit, in the master)."""
    if _table is not None:
        _table.clear(pid)


def shared() -> tuple["SharedTable", int] | None:
    """This worker's table and row, or None outside gunicorn."""
    return (_table, _row) if _table is not None and _row is not None else None


def better_taken_elsewhere() -> bool:
    """True when this worker is busy and another is idle: a new connection is better accepted there."""
    found = shared()
    return found is not None and found[0].another_idle(found[1])
