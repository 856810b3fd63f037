"""The embedded default: ArcadeDB in-process, reached through its Bolt plugin.

Why Bolt and not ArcadeDB's Python API: every query then goes through the
official ``neo4j`` driver, so the embedded store and a real Neo4j share one
code path.  The server binds 127.0.0.1 on free ports with random passwords
(root for the pipeline, a read-only user for ``proda query``; see
:mod:`proda.graphdb.readonly`).  How a second ``proda`` process on the same
project attaches, and why the owner keeps serving until its clients finish,
is in :mod:`proda.graphdb.attach`.  A process that finds the store locked and
cannot attach gets ``StoreInUse``.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from proda.graphdb.attach import INFO_FILE, AttachLock, read_json, store_id, write_private_json
from proda.graphdb.errors import StoreError, StoreInUse
from proda.graphdb.jvm import _python_signals, _quiet_stderr, _restore_signals, jit_args, jvm_heap

BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"

_LOG_PROPERTIES = """\
handlers = java.util.logging.FileHandler
.level = WARNING
com.arcadedb.level = WARNING
java.util.logging.FileHandler.level = INFO
java.util.logging.FileHandler.pattern = {log}
java.util.logging.FileHandler.formatter = java.util.logging.SimpleFormatter
java.util.logging.FileHandler.limit = 10000000
java.util.logging.FileHandler.count = 3
"""


@dataclass
class Endpoint:
    uri: str
    user: str
    password: str
    database: str
    attached: bool  # True: another process owns the server
    reader: tuple[str, str] | None = None  # the read-only user's (name, password)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_open(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1.0):
        return True
    return False


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stderr_note(text: str) -> None:
    with contextlib.suppress(Exception):
        sys.stderr.write(text + "\n")
        sys.stderr.flush()


class EmbeddedServer:
    """Owns (or attaches to) the ArcadeDB server of one project store folder."""

    def __init__(self, path: Path, database: str = "kb", heap: str = "auto"):
        self.path = Path(path).resolve()
        self.database = database
        self.heap = jvm_heap(heap)
        self._server = None
        self._db = None
        self._lock = AttachLock(self.path)
        self.endpoint: Endpoint | None = None

    # -- lifecycle -----------------------------------------------------------------
    def start(self) -> Endpoint:
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: the store path exists and is not a folder "
                             "(set [store] path in proda.toml or PRODA_STORE_PATH to a folder)")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{self.path}: cannot create the store folder ({e.strerror or e})") from None
        if not os.access(self.path, os.W_OK | os.X_OK):
            raise StoreError(f"{self.path}: the store folder is not writable")
        # A client may wait for an owner that is finishing (it stops once its clients are gone).
        deadline = time.monotonic() + float(os.environ.get("PRODA_ATTACH_WAIT", "60"))
        while True:
            attached = self._try_attach()
            if attached:
                self.endpoint = attached
                return attached
            try:
                self.endpoint = self._start_owned()
                return self.endpoint
            except StoreInUse:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)

    def _info_path(self) -> Path:
        return self.path / INFO_FILE

    def _try_attach(self) -> Endpoint | None:
        """Attach as a client when ``server.json`` names a live server of this very store."""
        try:
            if not self._lock.try_shared():
                return None  # the owner is stopping right now
        except OSError as e:
            raise StoreError(f"{self.path}: cannot use the store folder ({e.strerror or e})") from None
        info = read_json(self._info_path())
        ok = (info and info.get("pid") != os.getpid() and info.get("path") == str(self.path)
              and info.get("store_id") and info.get("store_id") == store_id(self.path, create=False)
              and isinstance(info.get("pid"), int) and _pid_alive(info["pid"])
              and isinstance(info.get("bolt_port"), int) and _port_open(info["bolt_port"]))
        if not ok:
            self._lock.release()
            if info and info.get("pid") != os.getpid() and not (
                    isinstance(info.get("pid"), int) and _pid_alive(info["pid"]) and info.get("path") == str(self.path)):
                with contextlib.suppress(OSError):
                    self._info_path().unlink()  # stale (its owner died) or copied from another store
            return None
        reader = (info["reader_user"], info["reader_password"]) if info.get("reader_user") else None
        return Endpoint(f"bolt://127.0.0.1:{info['bolt_port']}", "root", info["password"], info["database"], True,
                        reader)

    def _start_owned(self) -> Endpoint:
        try:
            if self._info_path().exists() and not self._info_path().is_file():
                raise StoreError(f"{self._info_path()}: exists and is not a regular file; remove it")
            logdir = self.path / "log"
            logdir.mkdir(exist_ok=True)
            props = self.path / "arcadedb-log.properties"
            props.write_text(_LOG_PROPERTIES.format(log=(logdir / "arcadedb.log").as_posix()))
            password = self._password()
        except OSError as e:
            raise StoreError(f"{self.path}: cannot prepare the store folder ({e.strerror or e})") from None
        os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(logdir / "hs_err_%p.log"))
        try:
            import arcadedb_embedded as arcadedb
            from arcadedb_embedded.jvm import start_jvm
        except ImportError as e:  # pragma: no cover - dependency is declared
            raise StoreError(f"embedded store needs the arcadedb-embedded package: {e}") from None
        import jpype

        if not jpype.isJVMStarted():  # one JVM per process: later stores share the first one's settings
            saved = _python_signals()
            with _quiet_stderr():  # the JVM prints "Using incubator modules" on every start
                # -Xrs: the JVM leaves SIGINT/SIGTERM to Python, so Ctrl-C and kill stop the store cleanly;
                # jit_args: the quick compiler only, for an ingest (proda/graphdb/jvm.py)
                start_jvm(heap_size=self.heap, jvm_args=[f"-Djava.util.logging.config.file={props}", "-Xrs",
                                                         *jit_args()])
            _restore_signals(saved)
        bolt, http = _free_port(), _free_port()
        server = arcadedb.create_server(
            str(self.path / "server"),
            root_password=password,
            config={"http_port": http, "host": "127.0.0.1", "server_plugins": BOLT_PLUGIN, "bolt_port": bolt},
        )
        try:
            server.start()
        except Exception as e:  # ArcadeDBError wrapping the Java LockException
            msg = str(e)
            if "locked by another process" in msg or "LockException" in msg:
                raise StoreInUse(f"{self.path}: store is in use by another process and could not be attached to") from None
            raise StoreError(f"{self.path}: embedded store failed to start: {_first_line(msg)}") from None
        self._server = server
        _RUNNING.add(self)
        atexit.register(self.stop)
        try:
            exists = (self.path / "server" / "databases" / self.database).exists()
            self._db = server.get_database(self.database) if exists else server.create_database(self.database)
            from proda.graphdb.readonly import ensure_reader

            reader = ensure_reader(server._java_server, self.database)
            sid = store_id(self.path, create=True)
            info = {"pid": os.getpid(), "bolt_port": bolt, "http_port": http, "password": password,
                    "database": self.database, "started": time.time(), "path": str(self.path), "store_id": sid,
                    "reader_user": reader[0], "reader_password": reader[1]}
            write_private_json(self._info_path(), info)
        except BaseException as e:
            self.stop(wait_for_clients=False)
            if not isinstance(e, Exception):
                raise
            msg = str(e)
            if "locked" in msg:
                raise StoreInUse(f"{self.path}: store is in use by another process") from None
            if isinstance(e, OSError):
                raise StoreError(f"{self.path}: cannot write the store's files ({e.strerror or e})") from None
            raise StoreError(f"{self.path}: cannot open embedded database: {_first_line(msg)}") from None
        return Endpoint(f"bolt://127.0.0.1:{bolt}", "root", password, self.database, False, reader)

    def _password(self) -> str:
        """The root password: random, made once per store (ArcadeDB keeps the first one it was given)."""
        f = self.path / "secret"
        if f.exists():
            return f.read_text().strip()
        pw = secrets.token_urlsafe(18)
        fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(pw)
        return pw

    def stop(self, wait_for_clients: bool = True) -> None:
        """A client lets go of the server; the owner waits for its clients, then stops it."""
        if self._server is None:
            self._lock.release()
            return
        if wait_for_clients:
            self._lock.exclusive(lambda: _stderr_note(
                "waiting for other proda processes using this store to finish (Ctrl-C to stop now)"))
        with contextlib.suppress(OSError, ValueError):
            if read_json(self._info_path()).get("pid") == os.getpid():
                self._info_path().unlink()
        server, self._server, self._db = self._server, None, None
        with contextlib.suppress(Exception):
            server.stop()
        _RUNNING.discard(self)
        self._lock.release()

    # -- backend-specific access (DDL, full-text and vector search) ------------------
    @property
    def owner(self) -> bool:
        return self._db is not None

    def sql(self, command: str) -> None:
        """Run ArcadeDB SQL (DDL only: schema creation has no portable Cypher form)."""
        if self._db is None:
            raise StoreError("SQL is only available in the process that owns the embedded store")
        self._db.command("sql", command)

    def set_embeddings(self, rows: list[tuple[str, list[float]]], batch_size: int = 2000) -> None:
        """``Concept.embedding`` by id, in-process, one transaction per batch."""
        if self._db is None:
            raise StoreError("in-process writes need the process that owns the embedded store")
        import numpy as np
        from arcadedb_embedded.vector import to_java_float_array

        for i in range(0, len(rows), batch_size):
            with self._db.transaction():
                for cid, emb in rows[i : i + batch_size]:
                    vec = to_java_float_array(np.asarray(emb, dtype=np.float32))
                    self._db.command("sql", "UPDATE Concept SET embedding = ? WHERE id = ?", vec, cid)

    def empty(self, labels) -> bool:
        """True when none of ``labels`` has a node (types that do not exist yet count as empty)."""
        if self._db is None:
            raise StoreError("in-process reads need the process that owns the embedded store")
        schema = self._db._java_db.getSchema()
        return all(not schema.existsType(lb) or self._db.count_type(lb) == 0 for lb in labels)

    def bulk_write(self, plan, progress=None, chunk: int = 50_000) -> dict[str, float]:
        """Write a :class:`proda.graphdb.bulk.Plan` into an empty store through ArcadeDB's batch graph API.

        Vertices cross the JPype boundary as one JSON array per chunk and come back
        as RIDs; edges as joined RID strings (JSON rows when they carry properties).
        The concept full-text index is dropped first and built once at the end.
        Returns seconds per label / edge type.
        """
        if self._db is None:
            raise StoreError("in-process writes need the process that owns the embedded store")
        from proda.graphdb.ddl import ARCADE_FULLTEXT, ARCADE_FULLTEXT_NAME

        db = self._db
        schema = db._java_db.getSchema()
        for label in plan.nodes:
            schema.getOrCreateVertexType(label)
        for etype in plan.edges:
            schema.getOrCreateEdgeType(etype)
        seconds: dict[str, float] = {}
        rid: dict[tuple[str, str], str] = {}
        fulltext = schema.existsIndex(ARCADE_FULLTEXT_NAME)
        if fulltext:
            db.command("sql", f"DROP INDEX `{ARCADE_FULLTEXT_NAME}`")
        try:
            for label, nodes in plan.nodes.items():
                t = time.perf_counter()
                ids, rows = list(nodes), list(nodes.values())
                with db.graph_batch(bidirectional=True) as batch:
                    for i in range(0, len(rows), chunk):
                        rids = _create_vertices(batch, label, rows[i : i + chunk])
                        if len(rids) != len(rows[i : i + chunk]):
                            raise StoreError(f"bulk load: {label}: {len(rids)} records for {len(rows[i:i + chunk])} rows")
                        rid.update(zip(((label, k) for k in ids[i : i + chunk]), rids))
                        if progress:
                            progress(label, min(i + chunk, len(rows)), len(rows))
                seconds[label] = time.perf_counter() - t
            for etype, edges in plan.edges.items():
                t = time.perf_counter()
                keys, props = list(edges), list(edges.values())
                with_props = any(props)
                with db.graph_batch(bidirectional=True) as batch:
                    for i in range(0, len(keys), chunk):
                        part = keys[i : i + chunk]
                        batch.new_edges([rid[k[0], k[1]] for k in part], etype, [rid[k[2], k[3]] for k in part],
                                        props[i : i + chunk] if with_props else None)
                        if progress:
                            progress(etype, min(i + chunk, len(keys)), len(keys))
                seconds[etype] = time.perf_counter() - t
        finally:
            if fulltext:
                t = time.perf_counter()
                db.command("sql", ARCADE_FULLTEXT)
                seconds["full-text index"] = time.perf_counter() - t
        return seconds

    def sql_query(self, query: str, *args) -> list[dict]:
        if self._db is None:
            raise StoreError("SQL is only available in the process that owns the embedded store")
        return self._db.query("sql", query, *args).to_list()


# ---------------------------------------------------------------------------------- process exit
# Servers started by this process, so they can be stopped before a hard exit (see exit_process).
_RUNNING: set = set()


def jvm_started() -> bool:
    jpype = sys.modules.get("jpype")
    return bool(jpype and jpype.isJVMStarted())


def exit_process(code: int):
    """Stop this process's embedded servers, flush, and leave with ``code`` without tearing the JVM down.

    The JVM's teardown at interpreter exit can crash (SIGSEGV, exit 139) after every byte is written and the
    store is closed: JPype-hosted daemon threads touch freed memory (the same class of bug other JPype hosts
    work around the same way).  The work is done by then; only the exit code would be wrong.
    """
    for server in list(_RUNNING):
        server.stop()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _first_line(msg: str) -> str:
    lines = [ln for ln in str(msg).splitlines() if ln.strip()]
    return (lines[0] if lines else "unknown error")[:300]


def _create_vertices(batch, label: str, rows: list[dict]) -> list[str]:
    """RIDs of new vertices: one JSON crossing for plain values (lists of scalars included), else per value."""
    import jpype

    try:
        payload = json.dumps(rows, allow_nan=False)
        batcher = jpype.JClass("com.arcadedb.python.VertexBatcher")
    except Exception:  # a value JSON cannot carry exactly (NaN, a set), or no bridge class in this engine
        return batch.create_vertices(label, rows)
    joined = str(batcher.createVerticesJson(batch._java_graph_batch, label, payload))
    return joined.split(";") if joined else []
