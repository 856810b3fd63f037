UNWIND $rows AS r
MATCH (ch:Chain {id: r.chain_id})
MERGE (s:Step {id: r.id})
SET s.chain_id = r.chain_id, s.position = r.position, s.text = r.text,
    s.caption = toString(r.position) + '. ' + left(r.text, 40)
MERGE (ch)-[h:HAS_STEP]->(s)
SET h.position = r.position
WITH s, r
OPTIONAL MATCH (p:Step {id: r.prev})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (p)-[:NEXT_STEP]->(s))
