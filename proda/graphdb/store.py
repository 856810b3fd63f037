"""The graph store: one ``neo4j`` driver code path for both backends.

Reads go through ``execute_read``; writes through ``execute_write`` (managed
transactions, retried by the driver on transient errors), batched as
``UNWIND $rows``.  Named queries come from :mod:`proda.cypher`.

A user's query without ``--write`` (``read_only``) runs as the embedded
store's read-only user, so the server refuses any write however it is
phrased (see :mod:`proda.graphdb.readonly`); on Neo4j, in a READ transaction,
which Neo4j enforces.  Writes racing another process's identical MERGE (two
ingests of the same files) can fail on a unique index; they are retried, and
the MERGE then matches what the other process wrote.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

from proda import cypher
from proda.config import Config
from proda.graphdb.embedded import EmbeddedServer
from proda.graphdb.errors import ReadOnlyQuery, StoreError, StoreUnavailable

def _one_line(e: Exception) -> str:
    msg = getattr(e, "message", None) or str(e)
    return " ".join(str(msg).split())[:400]


def _hint(msg: str) -> str:
    """What to do about the errors a user can fix by configuration."""
    if "heap budget exceeded" in msg.lower():
        return ("the embedded store ran out of query memory; raise [store] heap in proda.toml "
                f"(or PRODA_STORE_HEAP, e.g. 8g) ({msg[:200]})")
    return msg


_CONFLICT_RETRIES = 8
# The driver logs every transient retry (two ingests racing on one record) as a warning on stderr; the retry is
# expected and the outcome is what counts: a failure still raises and prints one line.
logging.getLogger("neo4j.pool").setLevel(logging.ERROR)
logging.getLogger("neo4j").setLevel(logging.ERROR)
_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _is_conflict(msg: str) -> bool:
    """A concurrent writer got there first (unique key or record version): safe to retry an idempotent MERGE."""
    m = msg.lower()
    return "duplicated key" in m or "concurrentmodification" in m or "concurrent modification" in m


def _is_refused_write(code_and_msg: str) -> bool:
    """The server's own refusal: ArcadeDB's Security.Forbidden, Neo4j's AccessMode (a write in a READ transaction)."""
    m = code_and_msg.lower()
    return "security.forbidden" in m or "accessmode" in m or "writing in read access mode" in m


def _connect(uri: str, auth: tuple[str, str]):
    """A verified driver, or one line saying why not."""
    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in _SCHEMES:
        raise StoreUnavailable(f"{uri!r}: not a graph database URI (expected one of "
                               f"{', '.join(s + '://' for s in _SCHEMES)})")
    try:
        driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=10, max_transaction_retry_time=15)
    except (ConfigurationError, ValueError, TypeError) as e:
        raise StoreUnavailable(f"{uri!r}: not a usable graph database URI (expected bolt://, neo4j://, "
                               f"neo4j+s:// ...): {_one_line(e)}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise StoreUnavailable(f"{uri}: authentication failed (check NEO4J_USER / NEO4J_PASSWORD)") from None
    except (ServiceUnavailable, OSError, ValueError, DriverError) as e:
        driver.close()
        raise StoreUnavailable(f"{uri}: cannot reach the graph database ({_one_line(e)})") from None
    except Neo4jError as e:
        driver.close()
        raise StoreUnavailable(f"{uri}: {_one_line(e)}") from None
    return driver


class GraphStore:
    """A connected store.  Use as a context manager; ``close()`` also stops an owned embedded server."""

    def __init__(self, uri: str, auth: tuple[str, str], database: str, backend: str,
                 server: EmbeddedServer | None = None, batch_size: int = 1000,
                 reader_auth: tuple[str, str] | None = None):
        self.uri, self.database, self.backend = uri, database, backend
        self.server = server
        self.batch_size = batch_size
        self._reader_auth = reader_auth
        self._reader = None
        self.driver = None
        try:
            self.driver = _connect(uri, auth)
        except BaseException:
            self._stop_server()
            raise

    # -- context management --------------------------------------------------------
    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            for d in (self._reader, self.driver):
                if d is not None:
                    d.close()
        finally:
            self._reader = None
            self._stop_server()

    def _stop_server(self) -> None:
        if self.server is not None:
            self.server.stop()

    # -- queries -------------------------------------------------------------------
    @staticmethod
    def text(name_or_text: str) -> str:
        """A named query (``"kb_stats"``) or, for ``proda query``, a user's Cypher text."""
        return cypher.load(name_or_text) if re.fullmatch(r"[a-z0-9_]+", name_or_text) else name_or_text

    def read(self, name: str, /, **params: Any) -> list[dict]:
        """Run a named (or raw) read query; rows as dicts."""
        q = self.text(name)
        return self._run(q, params, write=False)

    def read_only(self, text: str, params: dict[str, Any] | None = None) -> list[dict]:
        """A user's query that must not write, refused by the server if it tries (see the module docstring)."""
        driver = self.driver
        if self._reader_auth is not None:
            if self._reader is None:
                self._reader = _connect(self.uri, self._reader_auth)
            driver = self._reader
        return self._run(text, params or {}, write=False, driver=driver)

    def write_text(self, text: str, params: dict[str, Any] | None = None) -> list[dict]:
        """An ad-hoc Cypher text in a WRITE transaction (``proda query --write``; values only as params)."""
        return self._run(text, params or {}, write=True)

    def write(self, name: str, /, **params: Any) -> list[dict]:
        return self._run(self.text(name), params, write=True)

    def write_rows(self, name: str, rows: Sequence[dict], /, batch_size: int | None = None,
                   on_batch: Callable[[int], None] | None = None, **params: Any) -> int:
        """``UNWIND $rows`` a named query over ``rows`` in batches, one managed transaction per batch."""
        q = self.text(name)
        n = batch_size or self.batch_size
        for i in range(0, len(rows), n):
            batch = list(rows[i : i + n])
            self._run(q, {**params, "rows": batch}, write=True)
            if on_batch:
                on_batch(len(batch))
        return len(rows)

    def _run(self, q: str, params: dict[str, Any], write: bool, driver=None) -> list[dict]:
        def work(tx):
            return tx.run(q, params).data()

        driver = driver or self.driver
        for attempt in range(_CONFLICT_RETRIES + 1):
            try:
                with driver.session(database=self.database) as s:
                    return s.execute_write(work) if write else s.execute_read(work)
            except ServiceUnavailable as e:
                raise StoreUnavailable(f"{self.uri}: lost the graph database ({_one_line(e)})") from None
            except Neo4jError as e:
                msg = _one_line(e)
                if write and attempt < _CONFLICT_RETRIES and _is_conflict(msg):
                    time.sleep(min(2.0, 0.05 * 2**attempt))  # another process wrote the same key: MERGE again
                    continue
                if _is_refused_write(f"{e.code} {msg}"):
                    raise ReadOnlyQuery(f"refused: the query tries to write or read files and ran read-only "
                                        f"({msg[:200]}); pass --write to allow it") from None
                raise StoreError(f"query failed: {_hint(msg)}") from None
            except (ValueError, OverflowError, TypeError) as e:  # a parameter Bolt cannot carry
                raise StoreError(f"query parameters cannot be sent: {_one_line(e)}") from None
            except DriverError as e:
                raise StoreUnavailable(f"{self.uri}: {_one_line(e)}") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def count(self, name: str, /, **params: Any) -> int:
        rows = self.read(name, **params)
        return int(next(iter(rows[0].values()))) if rows else 0


def write_phase(store: GraphStore, name: str, rows: list[dict], label: str,
                progress: Callable[[str, int, int], None] | None, batch_size: int | None = None) -> None:
    """``store.write_rows`` reporting ``progress(label, rows written, rows)`` after each batch."""
    total, done = len(rows), 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(label, done, total)

    if rows:
        store.write_rows(name, rows, batch_size=batch_size, on_batch=tick)


def open_store(cfg: Config, ensure: bool = True) -> GraphStore:
    """Connect to the configured backend and make sure its schema exists."""
    from proda.graphdb import ddl

    sc = cfg.store
    if sc.backend == "neo4j":
        if not sc.uri:
            raise StoreError("store.backend is 'neo4j' but no URI is set (proda.toml [store] uri or NEO4J_URI)")
        store = GraphStore(sc.uri, (sc.user, sc.password), sc.database if sc.database != "kb" else "neo4j",
                           "neo4j", batch_size=sc.batch_size)
    else:
        server = EmbeddedServer(cfg.path(sc.path), database=sc.database, heap=sc.heap)
        ep = server.start()
        store = GraphStore(ep.uri, (ep.user, ep.password), ep.database, "embedded", server=server,
                           batch_size=sc.batch_size, reader_auth=ep.reader)
    if ensure:
        try:
            ddl.ensure_schema(store)
        except BaseException as e:  # the server must not outlive a failed start (it would hold the store)
            store.close()
            if isinstance(e, Exception) and not isinstance(e, StoreError):
                raise StoreError(f"cannot prepare the store's schema: {_one_line(e)}") from None
            raise
    return store
