// after ingest_prerequisites: keep one PREREQUISITE edge per (dependent, prerequisite) pair of $rows.  Two ingests
// racing on the same documents can each MERGE the same edge (a relationship MERGE between existing nodes takes no
// lock on the embedded store), so the pair can end up doubled; each ingest runs this after its own write, so the
// last writer's pass sees every copy.  The copies carry the same `how` (same rows), so any one may stay.
UNWIND $rows AS r
MATCH (b:Concept {id: r.dependent})-[p:PREREQUISITE]->(a:Concept {id: r.prerequisite})
WITH b, a, collect(p) AS ps
WHERE size(ps) > 1
UNWIND ps[1..] AS extra
DELETE extra
