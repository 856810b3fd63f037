UNWIND $rows AS r
MERGE (ch:Chain {id: r.id})
SET ch.name = r.name, ch.caption = r.name, ch.summary = r.summary, ch.preconditions = r.preconditions,
    ch.negative_constraints = r.negative_constraints, ch.domain = coalesce(ch.domain, r.domain),
    ch.length = r.length, ch.kind = r.kind
WITH ch, r
OPTIONAL MATCH (c:Concept {id: r.about})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (ch)-[:ABOUT]->(c))
