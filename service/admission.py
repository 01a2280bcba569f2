"""How many attributions the whole server (every gunicorn worker) is running or holding, in shared memory.

gunicorn.conf.py installs the table in the master before it forks; each worker claims a row after
the fork and counts its admitted requests there, and the master clears a worker's row when the
worker exits (a killed worker's requests do not keep counting). Connections waiting between workers
(service/handoff.py) are counted apart and survive a worker's death, as they do. Without gunicorn (tests, a plain
Flask server) nothing is installed and each process counts only itself.
"""
from __future__ import annotations

import multiprocessing
import os
import threading

_table: "SharedTable | None" = None
_row: int | None = None
_model_ready = False  # this process's model answers (set by the engine; read by the gunicorn worker)


class SharedTable:
    """One row per worker: its pid and how many attributions it has admitted; and how many wait between
    workers (service/handoff.py), counted apart because they belong to no worker."""

    def __init__(self, rows: int):
        """Allocate the shared rows (before the fork)."""
        self.lock = multiprocessing.Lock()
        self.pids = multiprocessing.RawArray("q", rows)
        self.counts = multiprocessing.RawArray("i", rows)
        self.queued = multiprocessing.RawValue("i", 0)

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
            if self.total() >= limit:
                return False
            self.counts[row] += 1
            return True

    def try_queue(self, limit: int) -> bool:
        """Count one more connection waiting between workers unless the server already holds limit."""
        with self.lock:
            if self.total() >= limit:
                return False
            self.queued.value += 1
            return True

    def dequeue(self) -> None:
        """Count one waiting connection less: it went nowhere (its client left, or it was no attribution)."""
        with self.lock:
            self.queued.value = max(0, self.queued.value - 1)

    def admit_queued(self, row: int) -> None:
        """Move one waiting connection's count into row: it was admitted when it was queued, so it is never
        refused after waiting."""
        with self.lock:
            self.queued.value = max(0, self.queued.value - 1)
            self.counts[row] += 1

    def remove(self, row: int) -> None:
        """Count one attribution less in row."""
        with self.lock:
            self.counts[row] = max(0, self.counts[row] - 1)

    def total(self) -> int:
        """Attributions admitted across the server, those waiting between workers included."""
        return sum(self.counts) + self.queued.value


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


def admitted_here() -> int:
    """Attributions this worker's app has admitted (0 outside gunicorn)."""
    found = shared()
    return found[0].counts[found[1]] if found else 0


def try_queue(limit: int) -> bool:
    """Count a connection passed between workers, unless the server already holds limit (or is no gunicorn)."""
    return _table is not None and _table.try_queue(limit)


def dequeue() -> None:
    """Count a waiting connection that went nowhere."""
    if _table is not None:
        _table.dequeue()


class Reservation:
    """The count a connection took when it was queued between workers, until its app admits it (the count
    moves to that worker's row), it ends unadmitted, or it is still uploading after RESERVATION_S (the count
    is dropped: a slow client must not hold the server's capacity; it is admitted, or refused, as any other)."""

    _lock = threading.Lock()

    def __init__(self):
        """Held from the moment the connection was taken from between workers."""
        self.state = "held"

    def settle(self, outcome: str) -> bool:
        """Move from held to outcome ("admitted" or "dropped"); False when it had settled already."""
        with self._lock:
            if self.state != "held":
                return False
            self.state = outcome
        return True


RESERVATION_S = 0.5
_handed = threading.local()  # per request thread: the reservation of the connection it handles, if any


def handling_handed_over(reservation: "Reservation | None") -> None:
    """Say which reservation, if any, the request this thread now handles holds (the gunicorn worker sets it)."""
    _handed.reservation = reservation


def drop_reservation(reservation: "Reservation | None") -> None:
    """Stop counting a reservation that was never admitted (a bad request, a client that left or is slow)."""
    if reservation is not None and reservation.settle("dropped"):
        dequeue()


def finish_handed_over() -> None:
    """After the request: a reservation never admitted stops counting."""
    drop_reservation(getattr(_handed, "reservation", None))
    _handed.reservation = None


def claim_handed_over() -> bool:
    """For the engine's admission: True (once) when this thread's request holds a reservation from waiting
    between workers; its count then moves into this worker's row, so it is not refused after waiting."""
    reservation, found = getattr(_handed, "reservation", None), shared()
    if reservation is None or found is None or not reservation.settle("admitted"):
        return False
    found[0].admit_queued(found[1])
    return True


def mark_model_ready() -> None:
    """Say this process's model has loaded: its worker may now take connections waiting between workers."""
    global _model_ready
    _model_ready = True


def model_ready() -> bool:
    """True once this process's model has loaded."""
    return _model_ready
