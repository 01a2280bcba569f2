"""Attributions waiting for a model slot wait in the kernel, not inside a gunicorn worker.

gunicorn.conf.py opens a Unix datagram socket pair in the master before it forks. A worker whose
model slots are all taken passes a newly accepted POST connection, unread, into the pair (the file
descriptor rides in the message as SCM_RIGHTS); a worker with a free slot takes the oldest one out
and serves it as if it had accepted it itself. A connection in the pair belongs to no worker, so a
worker killed with SIGKILL loses only what it was running. Without gunicorn (tests, Flask's own
server) nothing is installed and nothing is passed on.
"""
from __future__ import annotations

import array
import select
import socket

_pair: tuple[socket.socket, socket.socket] | None = None
CLASSIFY_WAIT_S = 0.01  # how long a just-accepted connection may take to send its request line
POST = b"POST "


def install() -> None:
    """Open the shared socket pair (in the gunicorn master, before forking)."""
    global _pair
    sending, receiving = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    sending.setblocking(False)
    receiving.setblocking(False)
    _pair = (sending, receiving)


def installed() -> bool:
    """True in a gunicorn worker (or master) where the pair exists."""
    return _pair is not None


def receiving_end() -> socket.socket:
    """The end a worker with a free slot polls for waiting connections."""
    assert _pair is not None, "handoff.install() first"
    return _pair[1]


def is_post(connection: socket.socket, wait_s: float = CLASSIFY_WAIT_S) -> bool:
    """True when the connection's first bytes, peeked and left unread, open a POST request.

    Waits up to wait_s for a client that connected but has not written yet; a slower one counts as
    no POST (it is served where it was accepted, as before).
    """
    try:
        if not select.select([connection], [], [], wait_s)[0]:
            return False
        return connection.recv(len(POST), socket.MSG_PEEK | socket.MSG_DONTWAIT).startswith(POST)
    except OSError:  # BlockingIOError and InterruptedError among them
        return False


def pass_on(connection: socket.socket) -> bool:
    """Queue an accepted connection for any worker; False when the pair's buffer is full (it stays here)."""
    if _pair is None:
        return False
    try:
        _pair[0].sendmsg([b"c"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [connection.fileno()]))])
    except OSError:  # BlockingIOError and InterruptedError among them
        return False
    return True


def take() -> socket.socket | None:
    """The oldest connection waiting in the pair, or None when there is none (another worker took it)."""
    if _pair is None:
        return None
    descriptors = array.array("i")
    try:
        _, extra, _, _ = _pair[1].recvmsg(1, socket.CMSG_SPACE(descriptors.itemsize))
    except (BlockingIOError, InterruptedError):
        return None
    for level, kind, data in extra:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            descriptors.frombytes(data[:len(data) - len(data) % descriptors.itemsize])
    return socket.socket(fileno=descriptors[0]) if descriptors else None
