"""One owner, many clients: how ``proda`` processes share one embedded store folder.

The first process to open a store starts the ArcadeDB server in-process (the
*owner*) and publishes ``server.json`` (mode 0600): its pid, Bolt port,
credentials, the store's id and absolute path.  Every later process on the
same folder *attaches* as a Bolt client instead of fighting over the
database lock.

Why "the owner keeps serving until its clients finish" (and not a hand-over
or an always-on daemon): a client holds a shared ``flock`` on
``attach.lock`` for as long as it uses the server; the owner, when its own
command is done, takes the same lock exclusively before it stops the server.
The kernel releases a dead client's lock, so a SIGKILLed client never keeps
the owner waiting, and nothing has to be migrated between JVMs.  While the
owner waits new clients can still attach.  Only when the exclusive lock is
held does the owner remove ``server.json``; a process that then finds no
``server.json`` starts its own server once the lock is free.

Attaching verifies more than "a pid is alive and a port is open": the
``server.json`` must name this very folder and the store id kept in
``store.json``.  A copied project (``cp -a A B``) carries A's files, but
B's path differs, so B starts its own server instead of writing into A.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

INFO_FILE = "server.json"
LOCK_FILE = "attach.lock"
ID_FILE = "store.json"


def write_private_json(path: Path, data: dict) -> None:
    """Atomically (tmp + rename) and readable by the owner only: the file holds passwords."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh)
    os.replace(tmp, path)


def read_json(path: Path) -> dict:
    """A JSON object from ``path``; {} when missing, unreadable, not a regular file or not an object."""
    try:
        if not path.is_file():
            return {}
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def store_id(path: Path, *, create: bool) -> str:
    """The id of the store at ``path``; the owner (``create``) makes a new one for a new or copied store."""
    f = path / ID_FILE
    data = read_json(f)
    if data.get("id") and data.get("path") == str(path):
        return str(data["id"])
    if not create:
        return ""
    sid = secrets.token_hex(12)
    write_private_json(f, {"id": sid, "path": str(path), "created": time.time()})
    return sid


class AttachLock:
    """The ``attach.lock`` file: shared by clients while attached, exclusive for an owner about to stop."""

    def __init__(self, path: Path):
        self.file = path / LOCK_FILE
        self.fd: int | None = None

    def _open(self) -> int:
        if self.fd is None:
            self.fd = os.open(self.file, os.O_RDWR | os.O_CREAT, 0o600)
        return self.fd

    def try_shared(self) -> bool:
        try:
            fcntl.flock(self._open(), fcntl.LOCK_SH | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def exclusive(self, notify: Callable[[], None] | None = None, poll: float = 0.2) -> bool:
        """Wait until no client holds the lock; ``notify()`` once if that means waiting.

        A Ctrl-C or SIGTERM while waiting gives up the wait (False): the caller stops anyway.
        """
        fd = self._open()
        told = False
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return True
                except BlockingIOError:
                    if not told and notify:
                        notify()
                        told = True
                    time.sleep(poll)
        except (KeyboardInterrupt, SystemExit):
            return False

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self.fd, fcntl.LOCK_UN)
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None
