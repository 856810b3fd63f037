"""The read-only query path, enforced by the server.

``proda query`` without ``--write`` connects as a store user whose group may
only read records: no create, update or delete on any type, no schema or
security changes.  ArcadeDB checks these permissions on every record it
touches, whatever the Cypher, procedure or nesting that asked for it, so no
text filter is needed (the old keyword filter was bypassed by quoting the
write inside ``do.when``).  Neo4j enforces the READ access mode of
``execute_read`` itself, so the neo4j backend needs no second user.

``WRITE_PROCEDURES`` lists the engine's procedures that change the graph
(``Procedure.isWriteProcedure()`` in ArcadeDB 26.10, with their ``apoc.``
aliases); tests run each of them through the read-only path and check the
store is unchanged.
"""

from __future__ import annotations

import json
import secrets

READER_USER = "proda_reader"
READER_GROUP = "proda_reader"

_READER_GROUP = {"resultSetLimit": -1, "readTimeout": -1, "access": [],
                 "types": {"*": {"access": ["readRecord"]}}}

WRITE_PROCEDURES = (
    "do.when", "apoc.do.when", "merge.node", "apoc.merge.node", "merge.relationship", "apoc.merge.relationship",
    "refactor.mergeNodes", "apoc.refactor.mergeNodes", "refactor.cloneNodesWithRelationships",
    "apoc.refactor.cloneNodesWithRelationships", "db.migrateLegacyTemporals",
)


def ensure_reader(java_server, database: str) -> tuple[str, str]:
    """Create (or re-key) the read-only user of ``database``; a fresh random password per server start."""
    import jpype

    json_object = jpype.JClass("com.arcadedb.serializer.json.JSONObject")
    sec = java_server.getSecurity()
    sec.saveGroup("*", READER_GROUP, json_object(json.dumps(_READER_GROUP)))
    password = secrets.token_urlsafe(18)
    if sec.existsUser(READER_USER):
        sec.dropUser(READER_USER)
    user = {"name": READER_USER, "password": str(sec.encodePassword(password)), "databases": {database: [READER_GROUP]}}
    sec.createUser(json_object(json.dumps(user)))
    return READER_USER, password


def write_procedures_in_engine() -> list[str]:
    """The write procedures the running engine registers (to keep ``WRITE_PROCEDURES`` honest in tests)."""
    import jpype

    names = set()
    for reg in ("com.arcadedb.function.procedure.ProcedureRegistry",
                "com.arcadedb.query.opencypher.procedures.CypherProcedureRegistry"):
        for p in jpype.JClass(reg).getAllProcedures():
            if bool(p.isWriteProcedure()):
                names.add(str(p.getName()))
    return sorted(names)
